"""Progress of a long run: a one-line display on a terminal, periodic log lines otherwise.

``count_articles`` counts the documents under some paths cheaply (lines of JSONL, rows of
CSV, items of a feed, one per text/HTML file) so the display can show an ETA; it gives
None when the total cannot be known without reading everything (stdin).
"""

from __future__ import annotations

import csv
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO

_FEED_ITEM = re.compile(rb"<(?:item|entry)[\s>]")


def _count_file(path: Path) -> int:
    from tidings.ingest.readers import CSV_EXT, FEED_EXT, JSONL_EXT

    ext = path.suffix.lower()
    if ext in JSONL_EXT and ext != ".json":
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    if ext in CSV_EXT:
        with path.open(encoding="utf-8", errors="replace", newline="") as fh:
            return max(0, sum(1 for _ in csv.reader(fh, delimiter="\t" if ext == ".tsv" else ",")) - 1)
    if ext in FEED_EXT:
        return len(_FEED_ITEM.findall(path.read_bytes())) or 1
    return 1


def count_articles(paths: Iterable[str]) -> int | None:
    """How many documents ``paths`` hold, or None when unknown (stdin, a .json array)."""
    from tidings.run.dask import expand_files

    files = expand_files([str(p) for p in paths])
    if files is None:
        return None
    total = 0
    for f in files:
        p = Path(f)
        if p.suffix.lower() == ".json" or not p.is_file():
            return None
        try:
            total += _count_file(p)
        except OSError:
            total += 1
    return total


def _eta(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    """Counts analysed and skipped documents; draws a line (TTY) or logs every ``every`` s."""

    def __init__(self, total: int | None = None, out: IO[str] | None = None, tty: bool | None = None,
                 every: float = 30.0, clock=time.monotonic) -> None:
        self.total = total
        self.out = out or sys.stderr
        self.tty = self.out.isatty() if tty is None else tty
        self.every = every if not self.tty else 0.2
        self.clock = clock
        self.start = clock()
        self.last = self.start
        self.analysed = 0
        self.skipped = 0
        self.drawn = False

    @property
    def done(self) -> int:
        return self.analysed + self.skipped

    def line(self) -> str:
        elapsed = max(self.clock() - self.start, 1e-9)
        rate = self.analysed / elapsed
        parts = [f"{self.done}" + (f"/{self.total}" if self.total is not None else "") + " articles",
                 f"{rate:.2f} articles/s"]
        if self.skipped:
            parts.append(f"{self.skipped} already stored")
        if self.total is not None:
            left = max(self.total - self.done, 0)
            parts.append(f"ETA {_eta(left / rate)}" if rate > 0 else "ETA ?")
        return ", ".join(parts)

    def tick(self, analysed: int = 0, skipped: int | None = None) -> None:
        self.analysed += analysed
        if skipped is not None:
            self.skipped = skipped
        now = self.clock()
        if now - self.last >= self.every:
            self.last = now
            self._draw()

    def _draw(self) -> None:
        if self.tty:
            self.out.write("\r\x1b[K" + self.line())
            self.drawn = True
        else:
            self.out.write(f"tidings: {self.line()}\n")
        self.out.flush()

    def close(self) -> None:
        if self.tty:
            self._draw()
            self.out.write("\n")
            self.out.flush()

    def wrap(self, results: Iterable) -> Iterable:
        """Pass results through, counting each one."""
        for r in results:
            self.tick(1)
            yield r
