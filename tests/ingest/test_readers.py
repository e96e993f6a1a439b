"""Every reader on real inputs (the seed, Wikinews CSVs and pages built from them)."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
from pathlib import Path

import pytest

from tests.conftest import SEED, WIKINEWS, wikinews_rows
from tidings.ingest import read
from tidings.model import Article, Failure


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def failures(items):
    return [i for i in items if isinstance(i, Failure)]


def test_plain_text_seed():
    (a,) = list(read([SEED], date=dt.date(2022, 10, 16)))
    assert isinstance(a, Article)
    assert a.dateline == "Tehran"
    assert a.text.startswith("The Iraqi government and the Kurdistan Regional Government")
    assert "Creative Commons" not in a.text
    assert a.published == dt.date(2022, 10, 16) and a.published_from == "caller"
    assert a.language == "en"


def test_wikinews_csv_loads_with_defaults(shared):
    items = list(read([WIKINEWS / "wikinews_2019.csv", WIKINEWS / "wikinews_2020.csv"]))
    arts, fails = articles(items), failures(items)
    assert len(arts) == 294 and len(fails) == 1
    assert fails[0].error.code == "E021"  # the "TEST PAGE" row has only a date line
    first = arts[0]
    assert first.title == "Magnitogorsk apartment building collapses after explosion, dozens dead"
    assert first.url.startswith("https://en.wikinews.org/")
    assert first.published == dt.date(2019, 1, 4) and first.published_from == "metadata"
    assert first.text.startswith("An apartment building collapsed on Monday")
    assert first.origin.endswith("wikinews_2019.csv:2")
    assert len({a.content_hash for a in arts}) == 294


def test_csv_column_mapping(tmp_path):
    p = tmp_path / "m.csv"
    p.write_text(
        "doc,body,headline,when\n7,Iran and Iraq agreed to cooperate on border security.,Deal,2022-10-16\n",
        encoding="utf-8",
    )
    (a,) = list(
        read([p], csv_columns={"id": "doc", "text": "body", "title": "headline", "published": "when"})
    )
    assert (a.id, a.title, a.published) == ("7", "Deal", dt.date(2022, 10, 16))
    (f,) = list(read([p], csv_columns={"text": "nope"}))
    assert f.error.code == "E013" and "nope" in f.error.message


def test_jsonl_reader(tmp_path):
    rows = wikinews_rows()[:3]
    p = tmp_path / "a.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows):
            fh.write(
                json.dumps(
                    {
                        "id": f"w{i}",
                        "text": r["text"],
                        "title": r["title"],
                        "url": r["url"],
                        "source": "Wikinews",
                        "published": r["date"],
                    }
                )
                + "\n"
            )
        fh.write("\n")  # blank lines are ignored
        fh.write('{"id": "x", "text": "trunc')  # truncated last line
    items = list(read([p]))
    arts = articles(items)
    assert [a.id for a in arts] == ["w0", "w1", "w2"]
    assert arts[1].source == "Wikinews" and arts[1].published == dt.date.fromisoformat(rows[1]["date"])
    (f,) = failures(items)
    assert f.error.code == "E010" and f.origin == f"{p}:5"


def _wikinews_html(row: dict[str, str]) -> str:
    paras = [p.strip() for p in row["text"].split("\n") if p.strip()][1:]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return (
        f"<html><head><title>{html.escape(row['title'])} - Wikinews</title>"
        f'<link rel="canonical" href="{row["url"]}">'
        f'<meta property="article:published_time" content="{row["date"]}T12:00:00Z"></head>'
        f"<body><nav><a href='/'>Home</a> | <a href='/x'>Random</a></nav><article><h1>{html.escape(row['title'])}</h1>{body}</article>"
        "<footer>Copyright notice and links</footer></body></html>"
    )


def test_html_reader(tmp_path):
    row = wikinews_rows()[5]
    p = tmp_path / "page.html"
    p.write_text(_wikinews_html(row), encoding="utf-8")
    (a,) = list(read([p]))
    assert isinstance(a, Article), a
    assert a.url == row["url"]
    assert a.published == dt.date.fromisoformat(row["date"]) and a.published_from == "metadata"
    assert row["title"] in (a.title or "")
    first_para = [x.strip() for x in row["text"].split("\n") if x.strip()][1]
    assert first_para[:60] in a.text
    assert "Copyright notice" not in a.text and "Random" not in a.text


def test_rss_and_atom(tmp_path):
    rows = wikinews_rows()[10:13]
    items = "".join(
        f"<item><title>{html.escape(r['title'])}</title><link>{html.escape(r['url'])}</link>"
        f"<guid>g{i}</guid><pubDate>{dt.date.fromisoformat(r['date']).strftime('%a, %d %b %Y')} 10:00:00 +0000</pubDate>"
        f"<description>{html.escape('<p>' + r['text'] + '</p>')}</description></item>"
        for i, r in enumerate(rows)
    )
    rss = tmp_path / "feed.rss"
    rss.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wikinews</title>{items}</channel></rss>',
        encoding="utf-8",
    )
    got = articles(read([rss]))
    assert [a.id for a in got] == ["g0", "g1", "g2"]
    assert [a.published for a in got] == [dt.date.fromisoformat(r["date"]) for r in rows]
    assert got[0].source == "Wikinews" and got[0].url == rows[0]["url"]
    entries = "".join(
        f"<entry><title>{html.escape(r['title'])}</title><id>urn:{i}</id><link href='{html.escape(r['url'])}'/>"
        f"<updated>{r['date']}T10:00:00Z</updated><content type='html'>{html.escape(r['text'])}</content></entry>"
        for i, r in enumerate(rows)
    )
    atom = tmp_path / "feed.atom"
    atom.write_text(
        f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>WN</title>{entries}</feed>',
        encoding="utf-8",
    )
    got = articles(read([atom]))
    assert (
        len(got) == 3
        and got[2].title == rows[2]["title"]
        and got[2].published == dt.date.fromisoformat(rows[2]["date"])
    )


def test_feed_with_entities_is_refused(tmp_path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><item><description>&b;</description></item></channel></rss>'
    )
    (f,) = list(read([bomb]))
    assert f.error.code == "E015" and "entities" in f.error.message


def test_folder_is_recursive_sorted_and_by_extension(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("Iran and Iraq held talks in Baghdad on Monday.")
    (tmp_path / "b" / "c" / "d.txt").write_text("Russia and Ukraine exchanged prisoners on Tuesday.")
    (tmp_path / "b" / "notes.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "b" / "loop").symlink_to(tmp_path, target_is_directory=True)
    got = list(read([tmp_path]))
    assert [Path(a.origin).name for a in got] == ["a.txt", "d.txt"]


def test_stdin_text_and_jsonl():
    (a,) = list(read(["-"], stdin=io.BytesIO(SEED.read_bytes())))
    assert a.dateline == "Tehran" and a.origin == "<stdin>"
    data = b'{"id": "1", "text": "Iran and Iraq held talks."}\n{"id": "2", "text": "Chad and Sudan closed the border."}\n'
    got = list(read(["-"], stdin=io.BytesIO(data)))
    assert [g.id for g in got] == ["1", "2"]


def test_missing_path():
    (f,) = list(read(["/nonexistent/file.txt"]))
    assert f.error.code == "E004"


@pytest.mark.parametrize("name", ["a.txt", "b.jsonl", "c.html"])
def test_empty_files(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(b"")
    (f,) = list(read([p]))
    assert f.error.code == "E003" and name in f.error.message
