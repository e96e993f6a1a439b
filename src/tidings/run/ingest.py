"""Runs that end in a store: read -> skip what is stored -> analyse -> write in batches.

The flow goes one way: the CLI calls these functions; they read (``tidings.ingest``),
drop articles whose content hash is already stored before any analysis, analyse with one
``Analysis`` (the caller's Pipeline, local processes or a Dask cluster) and hand the
results to the store a batch at a time, one transaction each. Killing a run at any moment
loses at most the batch in flight; running it again completes the database.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from tidings.errors import Errors, StoreError
from tidings.model import Article, Document, Failure
from tidings.run.progress import Progress
from tidings.store.store import BatchStats, Store

Result = Document | Failure
Analyse = Callable[[Iterable[Article | Failure]], Iterable[Result]]
BatchProgress = Callable[[int, BatchStats], None]


@dataclass
class Analysis:
    """How a run analyses: calling it turns Articles into Documents, in input order.

    With ``pipeline`` (a tidings Pipeline) it runs in this process; else ``dask`` (a
    scheduler address or "local") sends the work to a Dask cluster; else ``workers``
    local processes each load the model (one: this process)."""

    model: str | None = None
    dictionaries: Sequence[str] = ()
    default_dictionaries: bool = True
    workers: int = 1
    dask: str | None = None
    max_chars: int | None = None
    pipeline: Any = None

    @classmethod
    def using(cls, pipeline: Any) -> Analysis:
        """Analyse with this already-built Pipeline."""
        return cls(model=pipeline.model, dictionaries=pipeline.dictionaries,
                   default_dictionaries=pipeline.default_dictionaries, pipeline=pipeline)

    def pipeline_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"model": self.model, "dictionaries": [str(d) for d in self.dictionaries],
                                  "default_dictionaries": self.default_dictionaries}
        if self.max_chars is not None:
            kwargs["max_chars"] = self.max_chars
        return kwargs

    def __call__(self, items: Iterable[Article | Failure]) -> Iterable[Result]:
        if self.pipeline is not None:
            return self.pipeline.process(items)
        if self.dask:
            from tidings.run.dask import process_dask

            return process_dask(items=items, address=self.dask, **self.pipeline_kwargs())
        from tidings.run.local import process_parallel

        return process_parallel(items, self.workers, **self.pipeline_kwargs())

    def info(self) -> dict[str, Any]:
        """Versions of tidings, spaCy and the model, and the dictionaries: recorded with each run."""
        from tidings.run.info import run_info

        return run_info(self.model, self.dictionaries, self.default_dictionaries)


@dataclass
class IngestReport:
    run_id: str
    stats: BatchStats
    batches: int = 0
    failures: list[Failure] = field(default_factory=list)


class IngestInterrupted(StoreError):
    """An ingest or recode stopped part-way (database unreachable, disk full ...), E302. Every
    committed batch is complete and nothing else was written: running it again finishes."""


def analyse_paths(
    paths: Iterable[str | os.PathLike[str]],
    analysis: Analysis,
    *,
    date: dt.date | None = None,
    csv_columns: dict[str, str] | None = None,
) -> Iterable[Result]:
    """Read and analyse every document under ``paths`` (``tidings extract``), in input order."""
    from tidings.ingest import read
    from tidings.ingest.readers import DEFAULT_MAX_CHARS

    limit = analysis.max_chars or DEFAULT_MAX_CHARS
    return analysis(read(paths, date=date, csv_columns=csv_columns, max_chars=limit))


def new_only(
    items: Iterable[Article | Failure],
    known_hashes: Callable[[Sequence[str]], set[str]],
    skipped: Callable[[], None],
    chunk: int = 256,
) -> Iterator[Article | Failure]:
    """Drop articles already written (``known_hashes``) or seen earlier in this run, before any
    analysis, calling ``skipped`` for each one dropped."""
    seen: set[str] = set()
    it = iter(items)
    while block := list(itertools.islice(it, chunk)):
        known = known_hashes([a.content_hash for a in block if isinstance(a, Article)])
        for a in block:
            if isinstance(a, Article):
                if a.content_hash in known or a.content_hash in seen:
                    skipped()
                    continue
                seen.add(a.content_hash)
            yield a


def batches(results: Iterable[Result], size: int) -> Iterator[list[Result]]:
    it = iter(results)
    while batch := list(itertools.islice(it, size)):
        yield batch


def shown(display: IO[str] | None, paths: Iterable[str | os.PathLike[str]]) -> Progress | None:
    """A progress display on ``display`` with the number of documents under ``paths`` as total."""
    if display is None:
        return None
    from tidings.ingest.files import count_articles

    return Progress(count_articles([str(p) for p in paths]), out=display)


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    db: str | Store | None = None,
    *,
    date: dt.date | None = None,
    csv_columns: dict[str, str] | None = None,
    analysis: Analysis | None = None,
    batch_size: int = 64,
    progress: BatchProgress | None = None,
    display: IO[str] | None = None,
) -> IngestReport:
    """Read, analyse and store every article under ``paths``; returns what was written.

    ``progress`` is called after each committed batch; ``display`` (a stream, e.g. stderr)
    shows a progress line there, and then ``progress`` only when it is not a terminal."""
    from tidings.ingest import read

    paths = list(paths) if not isinstance(paths, list | tuple) else paths
    items = read(paths, date=date, csv_columns=csv_columns)
    return ingest_items(items, db, analysis=analysis, batch_size=batch_size, progress=progress,
                        options={"paths": [str(p) for p in paths], "date": date}, show=shown(display, paths))


def ingest_items(
    items: Iterable[Article | Failure],
    db: str | Store | None = None,
    *,
    analysis: Analysis | None = None,
    batch_size: int = 64,
    progress: BatchProgress | None = None,
    options: dict[str, Any] | None = None,
    show: Progress | None = None,
) -> IngestReport:
    """Like ``ingest`` for Articles already read (e.g. from ``tidings.ingest.read``)."""
    analysis = analysis or Analysis()
    store = db if isinstance(db, Store) else Store(db)
    try:
        run_id = store.start_run("ingest", analysis.info(),
                                 {**(options or {}), "workers": analysis.workers, "batch_size": batch_size})
        report = IngestReport(run_id, BatchStats())
        datelines: dict[str, str | None] = {}

        def remember(stream: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
            for a in stream:
                if isinstance(a, Article) and a.dateline_source:
                    datelines[a.id] = a.dateline_source
                yield a

        def skipped() -> None:
            report.stats.skipped += 1

        results = analysis(remember(new_only(items, store.known_hashes, skipped)))

        def write(batch: list[Result]) -> BatchStats:
            stats = store.write(batch, run_id, datelines)
            for r in batch:
                datelines.pop(getattr(r, "id", None) or "", None)
            return stats

        return write_batches(store, "ingest", report, results, batch_size, write, progress, show)
    finally:
        if not isinstance(db, Store):
            _close(store, quiet=sys.exc_info()[0] is not None)


def recode(
    db: str | Store | None = None,
    *,
    analysis: Analysis | None = None,
    batch_size: int = 64,
    progress: BatchProgress | None = None,
) -> IngestReport:
    """Re-analyse every stored document with (new) dictionaries, from the stored text only."""
    analysis = analysis or Analysis()
    store = db if isinstance(db, Store) else Store(db)
    try:
        run_id = store.start_run("recode", analysis.info(), {"workers": analysis.workers, "batch_size": batch_size})
        report = IngestReport(run_id, BatchStats())
        ids = store.document_ids()
        articles = (a for i in range(0, len(ids), 256) for a in store.articles(ids[i : i + 256]))

        def write(batch: list[Result]) -> BatchStats:
            docs = [r for r in batch if isinstance(r, Document)]
            fails = [r for r in batch if isinstance(r, Failure)]
            return store.replace_analysis(docs, run_id, fails)

        return write_batches(store, "recode", report, analysis(articles), batch_size, write, progress, None)
    finally:
        if not isinstance(db, Store):
            _close(store, quiet=sys.exc_info()[0] is not None)


def write_batches(
    store: Store,
    command: str,
    report: IngestReport,
    results: Iterable[Result],
    batch_size: int,
    write: Callable[[list[Result]], BatchStats],
    progress: BatchProgress | None,
    show: Progress | None,
) -> IngestReport:
    """Write ``results`` a transaction per batch and close the run as done or failed."""
    status = "failed"
    try:
        for batch in batches(show.wrap(results) if show else results, batch_size):
            report.stats.add(write(batch))
            report.failures.extend(r for r in batch if isinstance(r, Failure))
            report.batches += 1
            if show:
                show.tick(0, skipped=report.stats.skipped)
            if progress and not (show and show.tty):
                progress(report.batches, report.stats)
        status = "done"
    except Exception as e:  # a database gone, a full disk ...: say what is stored and what to do
        raise _interrupted(command, report, e) from e
    finally:
        if show:
            show.close()
        _finish(store, report.run_id, report.stats, status)
    return report


def _interrupted(command: str, report: IngestReport, e: Exception) -> IngestInterrupted:
    module = type(e).__module__.split(".")[0]
    kind = "a database error" if module in ("duckdb", "psycopg", "_duckdb") else "an error"
    detail = (str(e).strip().splitlines() or [""])[0][:300]
    return IngestInterrupted(Errors.E302, None, command=command, kind=kind, batches=report.batches,
                             stored=report.stats.stored, reason=f"{type(e).__name__}: {detail}")


def _finish(store: Store, run_id: str, stats: BatchStats, status: str) -> None:
    """Record the run's end; when the run failed because the database did, do not hide that error."""
    try:
        store.finish_run(run_id, stats, status)
    except Exception:
        if status == "done":
            raise


def _close(store: Store, quiet: bool) -> None:
    try:
        store.close()
    except Exception:
        if not quiet:
            raise
