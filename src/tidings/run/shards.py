"""Parquet shards as the sink of a run, when no database is wanted.

A directory of ``shard-000000.parquet``, ``shard-000001.parquet`` ... files, one per batch,
each written to a temporary name and renamed, so a shard is whole or absent. One row per
document (or failure): ``kind`` ("document" / "failure"), ``id``, ``content_hash``,
``published``, ``origin``, ``events``, ``error_code`` and ``json`` (the full DESIGN.md
document object). A rerun reads the ``content_hash`` column of the shards present and skips
those articles before analysing them, so it resumes where a crash left off. Read them with
DuckDB: ``SELECT * FROM read_parquet('DIR/shard-*.parquet')``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO

from tidings.model import Article, Document, Failure
from tidings.run.progress import Progress

_SHARD = re.compile(r"^shard-(\d{6,})\.parquet$")


class ShardSink:
    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self._known: set[str] | None = None
        self.next = 1 + max((int(m.group(1)) for p in self.dir.iterdir() if (m := _SHARD.match(p.name))), default=-1)

    def shards(self) -> list[Path]:
        return sorted(p for p in self.dir.iterdir() if _SHARD.match(p.name))

    def all_hashes(self) -> set[str]:
        if self._known is None:
            import pyarrow.parquet as pq

            self._known = set()
            for p in self.shards():
                col = pq.read_table(p, columns=["kind", "content_hash"]).to_pydict()
                self._known.update(h for k, h in zip(col["kind"], col["content_hash"], strict=True)
                                   if k == "document" and h)
        return self._known

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """The same contract as Store.known_hashes: which of these are already written."""
        known = self.all_hashes()
        return {h for h in hashes if h in known}

    def write(self, batch: Iterable[Document | Failure]) -> Path | None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows: dict[str, list] = {k: [] for k in ("kind", "id", "content_hash", "published", "origin", "events",
                                                 "error_code", "json")}
        for r in batch:
            doc = isinstance(r, Document)
            rows["kind"].append("document" if doc else "failure")
            rows["id"].append(r.id)
            rows["content_hash"].append(r.content_hash if doc else None)
            rows["published"].append(r.published if doc else None)
            rows["origin"].append(r.origin)
            rows["events"].append(len(r.events) if doc else 0)
            rows["error_code"].append(None if doc else r.error.code)
            rows["json"].append(r.model_dump_json())
            if doc and r.content_hash:
                self.all_hashes().add(r.content_hash)
        if not rows["kind"]:
            return None
        path = self.dir / f"shard-{self.next:06d}.parquet"
        tmp = path.with_name(f".{path.name}.tmp")
        pq.write_table(pa.table(rows), tmp)
        os.replace(tmp, path)
        self.next += 1
        return path


def ingest_shards(
    items: Iterable[Article | Failure],
    directory: str | os.PathLike[str],
    analyse: Callable[[Iterable[Article | Failure]], Iterable[Document | Failure]],
    batch_size: int = 64,
    progress: Callable[[int, dict[str, int]], None] | None = None,
    show: Progress | None = None,
) -> dict[str, int]:
    """Analyse the articles not yet in the shards under ``directory`` and write new shards.

    Articles whose content hash is already written (or seen earlier in this run) are
    skipped before analysis. ``show`` (optional) counts results on a progress display, and
    then ``progress`` is called only when that is not a terminal. Returns counts: written,
    skipped, failures, shards."""
    from tidings.run.ingest import batches, new_only

    sink = ShardSink(directory)
    counts = {"written": 0, "skipped": 0, "failures": 0, "shards": 0}

    def skipped() -> None:
        counts["skipped"] += 1

    results = analyse(new_only(items, sink.known_hashes, skipped))
    try:
        for batch in batches(show.wrap(results) if show else results, batch_size):
            sink.write(batch)
            counts["shards"] += 1
            counts["failures"] += sum(isinstance(r, Failure) for r in batch)
            counts["written"] += sum(isinstance(r, Document) for r in batch)
            if show:
                show.tick(0, skipped=counts["skipped"])
            if progress and not (show and show.tty):
                progress(counts["shards"], counts)
    finally:
        if show:
            show.close()
    return counts


def write_shards(
    paths: Sequence[str | os.PathLike[str]],
    directory: str | os.PathLike[str],
    analyse: Callable[[Iterable[Article | Failure]], Iterable[Document | Failure]],
    *,
    date: dt.date | None = None,
    csv_columns: dict[str, str] | None = None,
    batch_size: int = 64,
    progress: Callable[[int, dict[str, int]], None] | None = None,
    display: IO[str] | None = None,
) -> dict[str, int]:
    """``ingest_shards`` for every document under ``paths`` (``tidings ingest --parquet-shards``)."""
    from tidings.ingest import read
    from tidings.run.ingest import shown

    items = read(paths, date=date, csv_columns=csv_columns)
    return ingest_shards(items, directory, analyse, batch_size=batch_size, progress=progress,
                         show=shown(display, paths))
