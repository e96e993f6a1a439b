"""Hostile files: each is refused or read with a clear message, and the batch goes on."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from tidings.ingest import read
from tidings.ingest.readers import MAX_LINE_BYTES
from tidings.model import Article, Failure

GOOD = '{"id": "good", "text": "Chad and Sudan agreed on Monday to reopen their shared border."}\n'


def _split(items):
    items = list(items)
    arts = [i for i in items if isinstance(i, Article)]
    fails = [i for i in items if isinstance(i, Failure)]
    return arts, fails


def test_deeply_nested_json_line(tmp_path: Path):
    p = tmp_path / "nested.jsonl"
    p.write_text("[" * 100_000 + "]" * 100_000 + "\n" + GOOD)
    arts, fails = _split(read([p]))
    assert [a.id for a in arts] == ["good"]
    assert fails[0].error.code == "E010" and fails[0].origin.endswith("nested.jsonl:1")


def test_overlong_line_without_newline_is_skipped(tmp_path: Path):
    p = tmp_path / "long.jsonl"
    with p.open("wb") as fh:
        fh.write(GOOD.encode())
        fh.write(b'{"id": "x", "text": "' + b"a" * (MAX_LINE_BYTES + 10) + b'"}\n')
        fh.write(GOOD.replace("good", "good2").encode())
    arts, fails = _split(read([p]))
    assert [a.id for a in arts] == ["good", "good2"]
    assert fails[0].error.code == "E016" and "longer than" in fails[0].error.message


def test_nul_bytes_in_jsonl_text_are_dropped(tmp_path: Path):
    p = tmp_path / "nul.jsonl"
    p.write_text('{"id": "n", "text": "Iran\\u0000 and Iraq met in Baghdad on Monday to discuss security."}\n')
    (a,) = read([p])
    assert "\x00" not in a.text and a.text.startswith("Iran and Iraq")


def test_mixed_encodings_are_replaced_with_a_warning(tmp_path: Path):
    p = tmp_path / "mixed.txt"
    p.write_bytes("Caf\u00e9 talks: ".encode() + "r\u00e9union in Gen\u00e8ve, officials said on Monday.".encode("cp1252"))
    (a,) = read([p])
    assert isinstance(a, Article)
    assert a.text.startswith("Café talks") and "\ufffd" in a.text
    assert [w.code for w in a.warnings] == ["W101"]


def test_symlink_loop_broken_link_and_socket_in_folder(tmp_path: Path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "ok.txt").write_text("Iran and Iraq held talks in Baghdad on Monday.")
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(root / "fifo.txt")  # reading it would block forever
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "sock.txt"))
    try:
        arts, fails = _split(read([root]))
    finally:
        sock.close()
    assert [Path(a.origin).name for a in arts] == ["ok.txt"]
    reasons = sorted((Path(f.origin).name, f.error.code) for f in fails)
    assert reasons == [("dangling.txt", "E001"), ("fifo.txt", "E001"), ("sock.txt", "E001")]
