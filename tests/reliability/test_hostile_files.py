"""Hostile files: each is refused or read with a clear message, and the batch goes on."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

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
    p.write_text(
        '{"id": "n", "text": "Iran\\u0000 and Iraq met in Baghdad on Monday to discuss security."}\n'
    )
    (a,) = read([p])
    assert "\x00" not in a.text and a.text.startswith("Iran and Iraq")


def test_mixed_encodings_are_replaced_with_a_warning(tmp_path: Path):
    p = tmp_path / "mixed.txt"
    p.write_bytes(
        "Caf\u00e9 talks: ".encode()
        + "r\u00e9union in Gen\u00e8ve, officials said on Monday.".encode("cp1252")
    )
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


# -- XML entities: never expanded, never resolved -----------------------------------------------

ARTICLE_P = (
    "<p>"
    + " ".join(["Iran and Iraq held talks in Baghdad on Monday about border security and trade."] * 4)
    + "</p>"
)
# "billion laughs": lol9 expands to 10^9 copies of "lol" (3 GB) if a parser expands entities
LAUGHS = '<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
)
XXE = '<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY xxe2 SYSTEM "http://127.0.0.1:9/x">'


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_html_entity_bomb_and_external_entities_are_not_expanded(tmp_path: Path):

    (tmp_path / "bomb.html").write_text(
        f"<!DOCTYPE html [{LAUGHS}]><html><head><title>Talks</title></head><body>"
        f"<article>{ARTICLE_P}<p>&lol9;</p></article></body></html>"
    )
    (tmp_path / "xxe.html").write_text(
        f"<!DOCTYPE html [{XXE}]><html><body><article>{ARTICLE_P}<p>&xxe; &xxe2;</p></article></body></html>"
    )
    before = _peak_rss_mb()
    arts, fails = _split(read([tmp_path]))
    assert _peak_rss_mb() - before < 100  # entities are not expanded (no wall-clock assertion)
    assert fails == [] and sorted(Path(a.origin).name for a in arts) == ["bomb.html", "xxe.html"]
    for a in arts:
        assert a.text.startswith("Iran and Iraq held talks") and len(a.text) < 1000
        assert a.text.count("lol") <= 1 and "root:" not in a.text


@pytest.mark.parametrize("pad", [0, 70_000, 1_000_000])
@pytest.mark.parametrize("entities", [LAUGHS, XXE])
def test_feed_declaring_entities_is_refused_wherever_the_doctype_is(tmp_path: Path, pad: int, entities: str):
    """A DOCTYPE may follow any amount of comment: the refusal must not stop at the first 64 KB."""
    feed = tmp_path / "bomb.rss"
    feed.write_text(
        f'<?xml version="1.0"?><!--{" " * pad}--><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
        "<title>c</title><item><title>t</title><description>Iran and Iraq held talks. &lol9; &xxe;"
        "</description></item></channel></rss>"
    )
    good = tmp_path / "z.txt"
    good.write_text("Chad and Sudan agreed on Monday to reopen their shared border.")
    arts, fails = _split(read([tmp_path]))
    assert [Path(a.origin).name for a in arts] == ["z.txt"]  # the batch goes on
    assert [(Path(f.origin).name, f.error.code) for f in fails] == [("bomb.rss", "E015")]
    assert "entities" in fails[0].error.message


# -- unreadable files and folders -----------------------------------------------------------------

# The interpreter lives under /root (mode 700), so the child starts as root, reads a warm-up
# folder (every lazy import done), then drops to nobody before reading the test folder.
_READ_AS_NOBODY = """
import json, os, sys
from tidings.ingest import read
from tidings.model import Article
list(read([sys.argv[2]]))
os.setgroups([]); os.setgid(65534); os.setuid(65534)
out = [[type(i).__name__, i.origin, i.id if isinstance(i, Article) else i.error.code,
        "" if isinstance(i, Article) else i.error.message] for i in read([sys.argv[1]])]
print(json.dumps(out))
"""


def test_unreadable_files_and_folders_are_reported_and_the_batch_goes_on(tmp_path: Path):
    """chmod 000 does not stop root (CAP_DAC_OVERRIDE), and the tests run as root here: the
    reader then runs in a child process that has dropped to the 'nobody' user, for whom the
    permissions are real. As an ordinary user the same folder is read in-process."""
    import json
    import shutil
    import subprocess
    import sys
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="tidings-unreadable-"))  # under /tmp, reachable by nobody
    try:
        os.chmod(root, 0o755)
        (root / "a-ok.txt").write_text("Iran and Iraq held talks in Baghdad on Monday.")
        (root / "b-secret.txt").write_text("Chad and Sudan agreed on Monday to reopen the border.")
        (root / "c-secret.jsonl").write_text(GOOD)
        (root / "d-closed").mkdir()
        (root / "d-closed" / "inside.txt").write_text("Russia and Ukraine exchanged prisoners on Tuesday.")
        (root / "e-ok.jsonl").write_text(GOOD)
        for p in ("b-secret.txt", "c-secret.jsonl", "d-closed"):
            os.chmod(root / p, 0o000)
        if os.geteuid() == 0:
            warm = tmp_path / "warm"
            warm.mkdir()
            (warm / "w.txt").write_text("Iran and Iraq held talks in Baghdad on Monday.")
            (warm / "w.jsonl").write_text(GOOD)
            proc = subprocess.run(
                [sys.executable, "-c", _READ_AS_NOBODY, str(root), str(warm)],
                capture_output=True,
                text=True,
                timeout=120,
                cwd="/",
                env={**os.environ, "HOME": "/tmp"},
            )
            assert proc.returncode == 0, proc.stderr[-2000:]
            got = json.loads(proc.stdout)
        else:
            got = [
                [
                    type(i).__name__,
                    i.origin,
                    i.id if isinstance(i, Article) else i.error.code,
                    "" if isinstance(i, Article) else i.error.message,
                ]
                for i in read([root])
            ]
        names = sorted((Path(o).name, kind, code) for kind, o, code, _ in got)
        assert names == [
            ("a-ok.txt", "Article", names[0][2]),
            ("b-secret.txt", "Failure", "E001"),
            ("c-secret.jsonl", "Failure", "E001"),
            ("d-closed", "Failure", "E001"),
            ("e-ok.jsonl:1", "Article", "good"),
        ], got
        assert all("ermission" in msg for kind, _, _, msg in got if kind == "Failure"), got
    finally:
        for p in ("b-secret.txt", "c-secret.jsonl", "d-closed"):
            os.chmod(root / p, 0o755)
        shutil.rmtree(root, ignore_errors=True)
