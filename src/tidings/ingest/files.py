"""The files a run will read, in reading order, and how many documents they hold.

``expand_files`` lists the files under some paths in the order ``read`` reads them (Dask
workers read them in groups); ``count_articles`` counts the documents cheaply (lines of
JSONL, rows of CSV, items of a feed, one per text/HTML file) so a progress display can show
an ETA; both give None when stdin is among the paths.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable
from pathlib import Path

from tidings.ingest.readers import CSV_EXT, FEED_EXT, JSONL_EXT, KNOWN_EXT

_FEED_ITEM = re.compile(rb"<(?:item|entry)[\s>]")


def expand_files(paths: Iterable[str]) -> list[str] | None:
    """The files under ``paths`` in reading order, or None when stdin is among them."""
    out: list[str] = []
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
                dirnames.sort()
                out.extend(
                    str(Path(dirpath) / f)
                    for f in sorted(filenames)
                    if not f.startswith(".") and Path(f).suffix.lower() in KNOWN_EXT
                )
        else:
            out.append(str(path))
    return out


def _count_file(path: Path) -> int:
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
