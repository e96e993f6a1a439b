"""A folder of hostile files ingested into a store that already holds articles: each bad file
becomes an error row with its code, the good ones are stored, and nothing already stored is
changed; ingesting the folder again changes nothing at all."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from tests.reliability.helpers import store_rows
from tidings.run import Analysis, ingest
from tidings.store import Store

pytestmark = pytest.mark.slow

LAUGHS = '<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
)


def _hostile_folder(root: Path) -> dict[str, str | None]:
    """Writes the folder; returns file name -> expected error code (None: stored)."""
    (root / "sub").mkdir(parents=True)
    good = "Chad and Sudan agreed on Monday to reopen their shared border after talks in N'Djamena."
    files = {
        "a-nested.jsonl": (
            "[" * 50_000 + "]" * 50_000 + "\n" + f'{{"id": "nested-ok", "text": "{good}"}}\n',
            "E010",
        ),
        "b-nul.jsonl": (
            '{"id": "nul", "text": "Kenya\\u0000 and Ethiopia signed a trade deal in Nairobi on Friday."}\n',
            None,
        ),
        "c-empty.txt": ("", "E003"),
        "e-bomb.rss": (
            f'<?xml version="1.0"?><!--{" " * 70_000}--><!DOCTYPE rss [{LAUGHS}]><rss><channel><item>'
            "<description>&lol9;</description></item></channel></rss>",
            "E015",
        ),
        "f-html.html": (
            f"<!DOCTYPE html [{LAUGHS}]><html><body><article><p>" + "Peru and Chile held border talks in "
            "Lima on Tuesday, officials said, and agreed to meet again next month. "
            * 3
            + "&lol9;</p></article></body></html>",
            None,
        ),
    }
    for name, (text, _) in files.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "d-mixed.txt").write_bytes(
        "Caf\u00e9 talks: ".encode() + "r\u00e9union \u00e0 Gen\u00e8ve, said Monday.".encode("cp1252")
    )
    (root / "g-long.jsonl").write_bytes(
        b'{"id": "long", "text": "' + b"a" * (17 * 1024 * 1024) + b'"}'
    )  # no newline
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "h-dangling.txt").symlink_to(root / "nowhere.txt")
    os.mkfifo(root / "i-fifo.txt")
    want = {name: code for name, (_, code) in files.items()}
    want.update({"d-mixed.txt": None, "g-long.jsonl": "E016", "h-dangling.txt": "E001", "i-fifo.txt": "E001"})
    return want


def test_hostile_folder_harms_nothing_stored(tmp_path, small_corpus, pipeline):
    db = str(tmp_path / "store.duckdb")
    ingest([str(small_corpus)], db, analysis=Analysis.using(pipeline))
    before = store_rows(db)
    folder = tmp_path / "hostile"
    want = _hostile_folder(folder)
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "j-sock.txt"))
    want["j-sock.txt"] = "E001"
    try:
        report = ingest([str(folder)], db, analysis=Analysis.using(pipeline), batch_size=2)
    finally:
        sock.close()
    after = store_rows(db)
    for table, rows in before.items():  # every row stored before is still there, unchanged
        if table != "errors":
            assert set(rows) <= set(after[table]), table
    with Store(db, read_only=True) as s:
        errors = s.db.fetchall("SELECT origin, code FROM errors")
        stored = s.db.fetchall("SELECT origin FROM documents")
    got_errors = {(Path(o.split(":")[0].split("#")[0]).name, c) for o, c in errors}
    assert got_errors == {(n, c) for n, c in want.items() if c} | {("d-mixed.txt", "W101")}, got_errors
    stored_names = {Path(o[0].split(":")[0]).name for o in stored} - {Path(small_corpus).name}
    assert stored_names == {n for n, c in want.items() if c is None} | {"a-nested.jsonl"}  # its good line
    assert (
        report.stats.stored == len(stored_names) and report.stats.failures == len(got_errors) - 1
    )  # W101 is a warning
    again = ingest([str(folder)], db, analysis=Analysis.using(pipeline))
    assert again.stats.stored == 0
    assert store_rows(db) == after


@pytest.mark.postgres
def test_nul_and_huge_ids_do_not_block_a_postgresql_ingest(tmp_path, private_pg, pipeline):
    """PostgreSQL refuses NUL in text and cannot index keys over ~2.7 KB: one article with a NUL
    in its id, title, url, source or date, or a 20,000-character id, would fail its whole batch
    on every rerun. Readers drop NUL; ids over 512 characters keep their start and a hash."""
    import json
    import random

    f = tmp_path / "nul.jsonl"
    lines = [
        {
            "id": "a\u0000b",
            "title": "T\u0000alks",
            "url": "https://example.org/\u00001",
            "source": "Wire\u0000",
            "published": "2022-10-16",
            "text": "Iran and Iraq held talks in Baghdad on Monday.",
        },
        {
            "id": "c",
            "published": "\u0000not a date",
            "text": "Chad and Sudan agreed on Monday to reopen the border.",
        },
        {"id": "empty\u0000", "text": ""},
        {
            "id": "".join(random.Random(1).choices("abcdefghijklmnopqrstuvwxyz0123456789", k=20_000)),
            "text": "Kenya and Ethiopia signed a trade agreement in Nairobi on Friday.",
        },
    ]
    f.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    url = private_pg.create_database("nul")
    report = ingest([str(f)], url, analysis=Analysis.using(pipeline), batch_size=10)
    assert (report.stats.stored, report.stats.failures) == (3, 1)
    with Store(url, read_only=True) as s:
        docs = s.db.fetchall("SELECT id, title, url, source FROM documents ORDER BY id")
        errors = s.db.fetchall("SELECT document_id, code FROM errors ORDER BY code")
    assert docs[0] == ("ab", "Talks", "https://example.org/1", "Wire") and docs[1][0] == "c"
    long_id = docs[2][0]
    assert len(long_id) == 512 and long_id.startswith(lines[3]["id"][:495]) and long_id[495] == "~"
    assert errors == [("empty", "E011"), ("c", "W104")]
    again = ingest([str(f)], url, analysis=Analysis.using(pipeline))  # the same ids again: nothing new
    assert (again.stats.stored, again.stats.skipped) == (0, 3)
