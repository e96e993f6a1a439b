"""What ``tidings ingest`` needs from this package: how to analyse (local processes or a
Dask cluster) and how to show progress (a one-line display on a TTY, log lines otherwise)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from tidings.model import Article, Document, Failure
from tidings.run.progress import Progress, count_articles


class IngestRun:
    def __init__(self, paths: Sequence[str], workers: int | None, dask: str | None, model: str | None,
                 dictionaries: Sequence[str], default_dictionaries: bool, out: Any = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.dask = dask
        self.kwargs = {"model": model, "dictionaries": list(dictionaries), "default_dictionaries": default_dictionaries}
        self.out = out or sys.stderr
        self.progress = Progress(count_articles([str(p) for p in paths]), out=self.out)

    def process(self, items: Iterable[Article | Failure]) -> Iterator[Document | Failure]:
        """Analyse ``items`` in input order (all local cores, or the Dask cluster), counting each result."""
        if self.dask:
            from tidings.run.dask import process_dask

            results: Iterable[Any] = process_dask(items=items, address=self.dask, **self.kwargs)
        else:
            from tidings.run.local import process_parallel

            results = process_parallel(items, self.workers, **self.kwargs)
        return self.progress.wrap(results)

    def on_batch(self, log_batch: Callable[[int, Any], None]) -> Callable[[int, Any], None]:
        """The per-batch callback: keeps the skip count; batch lines only when not on a TTY."""

        def cb(batch: int, stats: Any) -> None:
            skipped = stats["skipped"] if isinstance(stats, dict) else stats.skipped
            self.progress.tick(0, skipped=skipped)
            if not self.progress.tty:
                log_batch(batch, stats)

        return cb

    def close(self) -> None:
        self.progress.close()
