"""Browsing while watching: how soon the page shows a new article, and how the API answers meanwhile.

Serves --articles Wikinews articles as pages of an RSS feed on 127.0.0.1 (the HTTP server of
tests/httpserve.py), then per backend:

- DuckDB: one ``tidings watch FEED --serve`` process (the only way to browse a DuckDB file
  that is being written);
- PostgreSQL: ``tidings watch FEED`` and ``tidings serve`` as two processes (a throwaway
  cluster from the Debian package, or --pg-url).

It reports the first round (articles stored, seconds), the API's answer times (``/api/events``)
while idle and while a round analyses, and the delay from publishing one more article in the
feed to ``/api/stats`` counting it (``--every`` bounds the wait for the next round).

    python bench/watch_bench.py [--articles 30] [--every 5] [--backends duckdb,postgresql] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("TIDINGS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpora" / "wikinews" / "wikinews_2019.csv"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tidings(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "tidings", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


class Lines:
    def __init__(self, proc: subprocess.Popen) -> None:
        self.lines: list[str] = []
        self.cond = threading.Condition()
        threading.Thread(target=self._read, args=(proc,), daemon=True).start()

    def _read(self, proc: subprocess.Popen) -> None:
        for line in proc.stderr:
            with self.cond:
                self.lines.append(line.rstrip())
                self.cond.notify_all()

    def wait(self, text: str, after: int = 0, timeout: float = 600) -> int:
        with self.cond:
            ok = self.cond.wait_for(lambda: any(text in x for x in self.lines[after:]), timeout=timeout)
            if not ok:
                raise RuntimeError(f"no {text!r}:\n" + "\n".join(self.lines[-20:]))
            return next(i for i, x in enumerate(self.lines) if i >= after and text in x)


def _get(url: str) -> tuple[float, dict]:
    t = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as r:
        body = json.load(r)
    return time.perf_counter() - t, body


def _wait_up(api: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            _get(api + "/api/stats")
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _publish(site, rows: list[dict], n: int, etag: str) -> None:
    from tests.httpserve import article_html, rss

    items = []
    for i, r in enumerate(rows[:n]):
        site.route(f"/wn/{i}", article_html(r["title"], r["text"].replace("\n\n", "\n\n")))
        items.append(
            {"title": r["title"], "link": f"/wn/{i}", "guid": f"urn:wn:{i}", "pubDate": _rfc822(r["date"])}
        )
    site.route("/feed.xml", rss(items), ctype="application/rss+xml", etag=etag)


def _rfc822(day: str) -> str:
    import datetime as dt
    from email.utils import format_datetime

    return format_datetime(dt.datetime.fromisoformat(day).replace(hour=12, tzinfo=dt.UTC))


def measure(backend: str, db: str, site, rows: list[dict], n: int, every: float) -> dict:
    api_port = _port()
    api = f"http://127.0.0.1:{api_port}"
    _publish(site, rows, n, etag='"1"')
    serve = None
    if backend == "duckdb":
        watch = _tidings(
            "watch",
            site.url("/feed.xml"),
            "--db",
            db,
            "--every",
            f"{every}s",
            "--serve",
            "--port",
            str(api_port),
        )
    else:
        watch = _tidings("watch", site.url("/feed.xml"), "--db", db, "--every", f"{every}s")
    log = Lines(watch)
    try:
        log.wait("watching")  # the store is open (and migrated) before this line
        if backend != "duckdb":
            serve = _tidings("serve", "--db", db, "--port", str(api_port))
        _wait_up(api)
        busy: list[float] = []
        while not any("round 1:" in x for x in log.lines):  # the first round analyses every article
            busy.append(_get(api + "/api/events?limit=50")[0])
        round_line = next(x for x in log.lines if "round 1:" in x)
        idle = [_get(api + "/api/events?limit=50")[0] for _ in range(20)]  # between rounds
        busy = busy or [float("nan")]
        delays = []
        for k in range(3):
            before = _get(api + "/api/stats")[1]["documents"]
            _publish(site, rows, n + k + 1, etag=f'"{k + 2}"')
            t = time.perf_counter()
            while _get(api + "/api/stats")[1]["documents"] <= before:
                time.sleep(0.05)
            delays.append(time.perf_counter() - t)
        return {
            "backend": backend,
            "articles": n,
            "every_s": every,
            "first_round": round_line,
            "api_events_idle_ms": _ms(idle),
            "api_events_during_round_ms": _ms(busy),
            "publish_to_visible_s": [round(d, 2) for d in delays],
        }
    finally:
        for p in (watch, serve):
            if p is not None and p.poll() is None:
                p.terminate()
                p.wait(60)


def _ms(xs: list[float]) -> dict:
    xs = sorted(xs)
    return {"median": round(statistics.median(xs) * 1000, 1), "max": round(xs[-1] * 1000, 1), "n": len(xs)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=30)
    ap.add_argument("--every", type=float, default=5.0)
    ap.add_argument("--backends", default="duckdb,postgresql")
    ap.add_argument("--pg-url")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    from tests.httpserve import serve_site

    with CORPUS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))[: a.articles + 3]
    out = []
    with serve_site() as site, tempfile.TemporaryDirectory() as tmp:
        for backend in a.backends.split(","):
            if backend == "duckdb":
                out.append(
                    measure("duckdb", str(Path(tmp) / "bench.duckdb"), site, rows, a.articles, a.every)
                )
            elif a.pg_url:
                out.append(measure("postgresql", a.pg_url, site, rows, a.articles, a.every))
            else:
                from tidings.store.pgtemp import TempCluster

                cluster = TempCluster()
                cluster.start()
                try:
                    url = cluster.create_database("watchbench")
                    out.append(measure("postgresql", url, site, rows, a.articles, a.every))
                finally:
                    cluster.stop()
    if a.json:
        print(json.dumps(out, indent=1))
    else:
        for r in out:
            print(f"{r['backend']}: {r['first_round']}")
            print(
                f"  /api/events idle {r['api_events_idle_ms']} ms, during the round {r['api_events_during_round_ms']} ms"
            )
            print(f"  publish -> visible (every {r['every_s']:g} s): {r['publish_to_visible_s']} s")


if __name__ == "__main__":
    main()
