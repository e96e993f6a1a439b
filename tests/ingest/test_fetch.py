"""Fetching pages and feeds from servers the tests start on 127.0.0.1 (tidings.ingest.fetch / urls)."""

from __future__ import annotations

import datetime as dt
import gzip
import socket
import threading

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.httpserve import article_html, rss, serve_site
from tidings.ingest import read
from tidings.ingest.fetch import USER_AGENT, Fetcher, FetchOptions
from tidings.ingest.readers import RawDoc
from tidings.ingest.urls import read_url
from tidings.model import Article, Failure

BODY = (
    "Iran's foreign minister met Iraq's national security adviser in Tehran on Saturday to discuss border "
    "security.\n\nThe two officials agreed to meet again next month, the ministry said in a statement."
)
FRENCH = (
    "Le président français a rencontré le ministre à Genève où il a déclaré que la coopération était "
    "nécessaire pour la sécurité régionale et la stabilité économique de l'Europe entière."
)


@pytest.fixture
def site():
    with serve_site() as s:
        yield s


def one(url: str, **options) -> RawDoc | Failure:
    items = list(read_url(url, options=FetchOptions(**options) if options else None))
    assert len(items) == 1, items
    return items[0]


def test_page_gives_text_title_date_canonical_url_and_names_tidings(site):
    site.route(
        "/news/meeting",
        article_html("Iran and Iraq meet", BODY, canonical="/world/iran-iraq", date="2022-10-15"),
    )
    doc = one(site.url("/news/meeting"))
    assert isinstance(doc, RawDoc)
    assert doc.title == "Iran and Iraq meet"
    assert doc.text.startswith("Iran's foreign minister met Iraq's national security adviser")
    assert "Contact us" not in doc.text and "Home" not in doc.text
    assert doc.url == site.url("/world/iran-iraq")  # canonical, made absolute
    assert doc.id == doc.url and doc.origin == site.url("/news/meeting")
    assert str(doc.published).startswith("2022-10-15")
    (headers,) = site.requests("/news/meeting")
    assert headers["user-agent"] == USER_AGENT and USER_AGENT.startswith("tidings/0.")
    assert "gzip" in headers["accept-encoding"]


def test_feed_entries_become_their_pages_in_order_with_feed_metadata(site):
    items = []
    for n in range(1, 6):
        site.route(f"/a/{n}", article_html(f"Story {n}", f"Story number {n}. " + BODY))
        items.append(
            {
                "title": f"Feed title {n}",
                "link": f"/a/{n}",
                "guid": f"urn:story:{n}",
                "pubDate": f"Sat, 0{n} Oct 2022 10:00:00 GMT",
            }
        )
    site.route("/feed.xml", rss(items), ctype="application/rss+xml")
    docs = list(read_url(site.url("/feed.xml")))
    assert [d.id for d in docs] == [f"urn:story:{n}" for n in range(1, 6)]
    assert [d.text.split(".")[0] for d in docs] == [f"Story number {n}" for n in range(1, 6)]
    assert docs[0].published == dt.date(2022, 10, 1)  # the feed's date wins over the page's guess
    assert docs[0].source == "Test Wire" and docs[0].title == "Story 1"
    assert docs[2].url == site.url("/a/3")


def test_per_host_limit_caps_requests_in_flight(site):
    def wait_for_company(s, handler):
        # Hold each request until a second one is in flight (or it is the last one): with a
        # working limit of 2 the server sees exactly 2 at once, never more.
        with s.changed:
            s.changed.wait_for(lambda: s.in_flight >= 2 or len(s.log) == 9, timeout=5)
        body = article_html("Held", BODY).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    items = []
    for n in range(8):
        site.route(f"/p/{n}", handler=wait_for_company)
        items.append({"title": f"t{n}", "link": f"/p/{n}"})
    site.route("/feed.xml", rss(items), ctype="application/rss+xml")
    docs = list(read_url(site.url("/feed.xml"), options=FetchOptions(per_host=2, workers=8)))
    assert len(docs) == 8 and all(isinstance(d, RawDoc) for d in docs)
    assert site.max_in_flight == 2


@pytest.mark.parametrize("status", [404, 500])
def test_http_errors_are_one_failure_naming_the_url(site, status):
    site.route("/gone", "nope", status=status, ctype="text/plain")
    f = one(site.url("/gone"))
    assert isinstance(f, Failure) and f.error.code == "E032"
    assert f.error.message.startswith(site.url("/gone") + ": HTTP " + str(status))


def test_unreachable_host_is_e030():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    f = one(f"http://127.0.0.1:{port}/feed")
    assert isinstance(f, Failure) and f.error.code == "E030"
    assert f.error.message.startswith(f"http://127.0.0.1:{port}/feed: cannot reach the server")


def test_slow_server_times_out(site):
    hold = threading.Event()
    site.route("/slow", article_html("Slow", BODY), hold=hold)
    f = one(site.url("/slow"), timeout=0.2)
    hold.set()
    assert isinstance(f, Failure) and f.error.code == "E031"
    assert f.error.origin == site.url("/slow")


def test_redirects_are_followed_bounded_and_loops_refused(site):
    site.route("/old", status=301, headers={"Location": "/new"})
    site.route("/new", article_html("Moved", BODY))
    assert one(site.url("/old")).url == site.url("/new")
    site.route("/a", status=302, headers={"Location": "/b"})
    site.route("/b", status=302, headers={"Location": "/a"})
    f = one(site.url("/a"))
    assert f.error.code == "E034" and "redirect loop" in f.error.message and "/b -> " in f.error.message
    for n in range(7):
        site.route(f"/r{n}", status=307, headers={"Location": f"/r{n + 1}"})
    f = one(site.url("/r0"), max_redirects=5)
    assert f.error.code == "E034" and "more than 5 redirects" in f.error.message
    site.route("/ftp", status=302, headers={"Location": "ftp://127.0.0.1/x"})
    assert "not an http(s) URL" in one(site.url("/ftp")).error.message


def test_size_limit_holds_for_plain_and_compressed_bodies(site):
    site.route("/big", "x" * 5000, ctype="text/plain")
    f = one(site.url("/big"), max_bytes=1000)
    assert f.error.code == "E033" and "1,000 bytes" in f.error.message
    bomb = gzip.compress(b" " * 5_000_000)
    assert len(bomb) < 10_000
    site.route(
        "/bomb", handler=lambda s, h: _raw(h, bomb, {"Content-Encoding": "gzip", "Content-Type": "text/html"})
    )
    assert one(site.url("/bomb"), max_bytes=100_000).error.code == "E033"


def test_gzip_page_is_decoded(site):
    site.route("/gz", article_html("Zipped", BODY), gzip=True)
    doc = one(site.url("/gz"))
    assert isinstance(doc, RawDoc) and doc.title == "Zipped"
    assert site.requests("/gz")[0]["accept-encoding"].startswith("gzip")


def test_wrong_and_missing_charsets(site):
    # declared UTF-8, sent Windows-1252: guessed, with a warning
    site.route("/cp", article_html("Genève", FRENCH).encode("cp1252"), ctype="text/html; charset=utf-8")
    doc = one(site.url("/cp"))
    assert "Le président français a rencontré le ministre à Genève" in doc.text
    assert [w.code for w in doc.warnings] == ["W105"] and "'utf-8'" in doc.warnings[0].message
    # declared Latin-1, sent UTF-8: valid UTF-8 wins
    site.route("/u8", article_html("Genève", FRENCH).encode("utf-8"), ctype="text/html; charset=iso-8859-1")
    doc = one(site.url("/u8"))
    assert "président" in doc.text and "Ã" not in doc.text and doc.warnings == []
    # no charset in the header, one in <meta>
    site.route(
        "/meta",
        article_html(
            "Москва",
            "Москва заявила, что переговоры с Киевом продолжатся в понедельник, "
            "и министр иностранных дел прибудет в Минск для встречи с коллегами.",
            charset="windows-1251",
        ).encode("cp1251"),
        ctype="text/html",
    )
    assert "переговоры с Киевом" in one(site.url("/meta")).text


def test_feed_in_a_legacy_encoding_is_read(site):
    feed = rss([{"title": "Genève talks", "link": "/fr"}]).replace(
        'encoding="utf-8"', 'encoding="iso-8859-1"'
    )
    site.route("/feed.xml", feed.encode("latin-1"), ctype="application/xml")
    site.route("/fr", article_html("Genève talks", FRENCH))
    (doc,) = list(read_url(site.url("/feed.xml")))
    assert doc.title == "Genève talks" and "président" in doc.text


def test_conditional_get_sends_validators_and_reads_304(site):
    site.route(
        "/page",
        article_html("Same", BODY),
        etag='"v1"',
        headers={"Last-Modified": "Sat, 15 Oct 2022 10:00:00 GMT"},
    )
    with Fetcher() as f:
        first = f.get(site.url("/page"))
        assert (first.status, first.etag, first.last_modified) == (
            200,
            '"v1"',
            "Sat, 15 Oct 2022 10:00:00 GMT",
        )
        again = f.get(site.url("/page"), etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    h = site.requests("/page")[1]
    assert h["if-none-match"] == '"v1"' and h["if-modified-since"] == "Sat, 15 Oct 2022 10:00:00 GMT"


def test_refused_content_and_broken_feeds(site):
    site.route("/img", b"\x89PNG\r\n\x1a\n", ctype="image/png")
    f = one(site.url("/img"))
    assert f.error.code == "E035" and "'image/png'" in f.error.message
    site.route(
        "/bomb.xml",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel><item>'
        "<link>/x</link></item></channel></rss>",
        ctype="application/rss+xml",
    )
    assert "XML entities" in one(site.url("/bomb.xml")).error.message
    site.route("/broken.xml", "<rss><channel><title>x</title>", ctype="application/rss+xml")
    f = one(site.url("/broken.xml"))
    assert f.error.code == "E015" and f.error.origin == site.url("/broken.xml")
    site.route("/empty", "<html><body><nav>Home</nav></body></html>")
    assert one(site.url("/empty")).error.code == "E014"


def test_read_takes_urls_among_paths(site, tmp_path):
    site.route("/news/1", article_html("Iran and Iraq meet", BODY, date="2022-10-15"))
    local = tmp_path / "local.txt"
    local.write_text(
        "A local article about the meeting of ministers in Baghdad on Sunday morning.", encoding="utf-8"
    )
    got = list(read([site.url("/news/1"), str(local)]))
    assert [type(a) for a in got] == [Article, Article]
    assert got[0].published == dt.date(2022, 10, 15) and got[0].id == site.url("/news/1")
    assert got[0].url == site.url("/news/1") and got[1].origin == str(local)


def _raw(handler, body: bytes, headers: dict[str, str]) -> None:
    handler.send_response(200)
    for k, v in headers.items():
        handler.send_header(k, v)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def test_atom_feed_and_deflate_answers(site):
    import zlib

    site.route(
        "/story",
        handler=lambda s, h: _raw(
            h,
            zlib.compress(article_html("Deflated", BODY).encode()),
            {"Content-Encoding": "deflate", "Content-Type": "text/html"},
        ),
    )
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>'
        "<id>urn:w</id><updated>2022-10-16T08:00:00Z</updated><entry><title>Entry</title><id>urn:e:1</id>"
        '<link href="/story"/><updated>2022-10-16T08:00:00Z</updated></entry></feed>'
    )
    site.route("/atom", atom, ctype="application/atom+xml")
    (doc,) = list(read_url(site.url("/atom")))
    assert (doc.id, doc.title, doc.published, doc.source) == (
        "urn:e:1",
        "Deflated",
        dt.date(2022, 10, 16),
        "Atom Wire",
    )
    assert doc.text.startswith("Iran's foreign minister")


def test_feed_links_to_other_schemes_are_refused(site):
    site.route(
        "/feed.xml", rss([{"title": "local", "link": "file:///etc/passwd"}]), ctype="application/rss+xml"
    )
    (f,) = list(read_url(site.url("/feed.xml")))
    assert isinstance(f, Failure) and f.error.code == "E034"
    assert f.error.message.startswith("file://") and f.error.message.endswith("passwd: not an http(s) URL")


@settings(max_examples=60, deadline=None)
@given(
    # NUL is no text character: readers strip it (E/W paths elsewhere), so it is not generated here
    text=st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=200),
    enc=st.sampled_from(["utf-8", "utf-16", "iso-8859-1", "cp1252", "cp1251"]),
)
def test_declared_charsets_are_honoured_unless_the_bytes_are_utf8(text, enc):
    from tidings.ingest.fetch import Response, decode_body

    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        assume(False)
    got, warns = decode_body(Response("http://x/", "http://x/", 200, "text/html", enc, data))
    try:
        as_utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        as_utf8 = None
    want = as_utf8 if as_utf8 is not None and not enc.startswith("utf-16") else text
    assert got == want
    assert warns == []


@settings(max_examples=40, deadline=None)
@given(
    body=st.binary(max_size=300),
    ctype=st.sampled_from(["", "text/html", "application/xml", "text/plain", "image/gif"]),
)
def test_any_answer_is_a_document_or_one_coded_failure(body, ctype):
    from tidings.ingest.fetch import Response
    from tidings.ingest.urls import page_doc

    got = page_doc(Response("http://x/a", "http://x/a", 200, ctype, None, body))
    assert isinstance(got, RawDoc) or got.error.code in {"E002", "E003", "E014", "E034", "E035"}
