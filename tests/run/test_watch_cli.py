"""Real `tidings watch` / `tidings ingest URL` processes against servers on 127.0.0.1, stopped by signals."""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from tests.httpserve import STORIES, publish, serve_site
from tidings.store import Store
from tidings.store.watch import WatchState

pytestmark = pytest.mark.slow
WAIT = 180  # seconds: an upper bound for loading the model on a busy machine, never a sleep


class Proc:
    """A `tidings` process whose stderr lines are collected by a thread, to wait on."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.p = subprocess.Popen(
            [sys.executable, "-m", "tidings", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: list[str] = []
        self._q: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.p.stderr is not None
        for line in self.p.stderr:
            self._q.put(line.rstrip("\n"))
        self._q.put(None)

    def wait_for(self, text: str, timeout: float = WAIT) -> str:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._q.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {text!r} within {timeout} s:\n" + "\n".join(self.lines)) from None
            if line is None:
                raise AssertionError(f"exited ({self.p.wait()}) before {text!r}:\n" + "\n".join(self.lines))
            self.lines.append(line)
            if text in line:
                return line

    def finish(self, timeout: float = WAIT) -> int:
        rc = self.p.wait(timeout=timeout)
        while (line := self._q.get(timeout=5)) is not None:
            self.lines.append(line)
        return rc

    def kill(self) -> None:
        if self.p.poll() is None:
            self.p.kill()
            self.p.wait()


@pytest.fixture
def site():
    with serve_site() as s:
        yield s


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_sigint_stops_between_batches_and_a_rerun_goes_on(site, tmp_path):
    db = str(tmp_path / "w.duckdb")
    publish(site, "/a.xml", [0, 1], etag='"a"')
    publish(site, "/b.xml", [2], etag='"b"')
    hold = site.routes["/b.xml"].hold = threading.Event()
    proc = Proc(
        "watch", site.url("/a.xml"), site.url("/b.xml"), "--db", db, "--every", "1s", "--batch-size", "1"
    )
    try:
        with site.changed:  # feed a is done when feed b is asked for
            assert site.changed.wait_for(lambda: any(p == "/b.xml" for p, _h in site.log), timeout=WAIT)
        proc.p.send_signal(signal.SIGINT)
        proc.wait_for("SIGINT: stopping after the current batch")
        hold.set()
        line = proc.wait_for("round 1:")
        assert proc.finish() == 0, "\n".join(proc.lines)
    finally:
        proc.kill()
    assert "2 stored" in line and line.endswith("(stopped)") and proc.lines[-1] == "tidings: stopped"
    assert site.requests("/story/2") == []
    with Store(db) as store:
        assert store.counts()["documents"] == 2
        assert [r["status"] for r in WatchState(store).rounds()] == ["stopped"]
    again = Proc("watch", site.url("/a.xml"), site.url("/b.xml"), "--db", db, "--once")
    assert again.finish() == 0, "\n".join(again.lines)
    assert any("round 1:" in x and "1 stored" in x for x in again.lines)
    assert [len(site.requests(f"/story/{n}")) for n in (0, 1, 2)] == [1, 1, 1]
    with Store(db) as store:
        assert store.counts()["documents"] == 3


def test_serve_in_the_watcher_shows_each_round_and_sigterm_stops_it(site, tmp_path):
    db = str(tmp_path / "live.duckdb")
    port = free_port()
    publish(site, "/feed.xml", [3], etag='"1"')
    proc = Proc("watch", site.url("/feed.xml"), "--db", db, "--every", "0.5s", "--serve", "--port", str(port))

    def documents() -> int:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=10) as r:
            return json.load(r)["documents"]

    try:
        proc.wait_for("serving duckdb at")
        proc.wait_for("1 stored")
        assert documents() == 1  # committed before the round's line is written
        publish(site, "/feed.xml", [3, 4], etag='"2"')
        proc.wait_for("1 stored")
        assert documents() == 2
        # meanwhile a second process cannot open the file: that is why the server lives here
        other = subprocess.run(
            [sys.executable, "-m", "tidings", "serve", "--db", db, "--port", str(free_port())],
            capture_output=True,
            text=True,
            timeout=WAIT,
        )
        assert (
            other.returncode == 2 and "cannot open the store" in other.stderr
        )  # 2: an input error, as for events
        proc.p.send_signal(signal.SIGTERM)
        assert proc.finish() == 0, "\n".join(proc.lines)
    finally:
        proc.kill()
    assert proc.lines[-1] == "tidings: stopped"
    with Store(db) as store:
        assert store.counts()["documents"] == 2


def test_ingest_url_stores_a_feed_and_reports_an_unreachable_one(site, tmp_path):
    db = str(tmp_path / "i.duckdb")
    publish(site, "/feed.xml", [5, 6], etag='"x"')
    dead = f"http://127.0.0.1:{free_port()}/gone.xml"
    proc = Proc("ingest", site.url("/feed.xml"), dead, "--db", db, "--workers", "1")
    assert proc.finish() == 1, "\n".join(proc.lines)
    assert any("2 document(s) stored" in x for x in proc.lines)
    assert any(x.startswith(f"tidings:   E030 {dead}: cannot reach the server") for x in proc.lines)
    with Store(db) as store:
        urls = [r[0] for r in store.db.fetchall("SELECT url FROM documents ORDER BY url")]
        assert urls == [site.url("/story/5"), site.url("/story/6")]
        assert STORIES[5].split(".")[0] in store.db.scalar(
            "SELECT text FROM documents WHERE url = ?", [urls[0]]
        )
