"""``ingest`` and ``recode``: the library functions behind ``tidings ingest`` / ``tidings recode``.

Ingest streams: read -> skip articles whose content hash is stored -> analyse (one or
more processes) -> write in batches, one transaction each. Killing it at any moment
loses at most the batch in flight; running it again completes the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings.model import Article, Document, Failure
from tidings.store.store import BatchStats, Store

Progress = Callable[[int, BatchStats], None]


@dataclass
class IngestReport:
    run_id: str
    stats: BatchStats
    batches: int = 0
    failures: list[Failure] = field(default_factory=list)


def _file_info(path: Path, label: str) -> dict[str, Any]:
    data = path.read_bytes()
    head = data[:2000].decode("utf-8", "replace")
    m = re.search(r"version\s*[:=]\s*([\w.\-]+)", head, re.I)
    return {"name": label, "sha256": hashlib.sha256(data).hexdigest(), "version": m.group(1) if m else None}


def dictionary_info(dictionaries: Sequence[str | os.PathLike[str]] = (), default_dictionaries: bool = True) -> list[dict[str, Any]]:
    """Name, sha256 and declared version of every dictionary file a run uses."""
    out = []
    if default_dictionaries:
        data = Path(__file__).resolve().parent.parent / "data"
        for p in sorted(data.rglob("*")) if data.is_dir() else []:
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py":
                out.append(_file_info(p, "tidings:" + p.relative_to(data).as_posix()))
    for d in dictionaries:
        out.append(_file_info(Path(d), str(d)))
    return out


def model_info(model: str | None) -> dict[str, Any]:
    """spaCy pipeline name and version from its meta.json, without loading the pipeline."""
    import spacy
    import spacy.util

    from tidings.nlp import DEFAULT_MODEL

    name = model or os.environ.get("TIDINGS_MODEL") or DEFAULT_MODEL
    info: dict[str, Any] = {"model_name": name, "model_version": None, "spacy_version": spacy.__version__}
    try:
        path = Path(name) if Path(name).exists() else spacy.util.get_package_path(name)
        meta = spacy.util.load_meta(path / "meta.json")
        info["model_name"] = f"{meta.get('lang', '')}_{meta.get('name', '')}".strip("_") or name
        info["model_version"] = meta.get("version")
    except (OSError, ValueError, ImportError, ModuleNotFoundError):
        pass
    return info


def run_info(model: str | None, dictionaries: Sequence[str | os.PathLike[str]], default_dictionaries: bool) -> dict[str, Any]:
    from tidings import __version__

    return {"tidings_version": __version__, **model_info(model),
            "dictionaries": dictionary_info(dictionaries, default_dictionaries)}


class IngestInterrupted(RuntimeError):
    """An ingest or recode stopped part-way (database unreachable, disk full ...). Every
    committed batch is complete and nothing else was written: running it again finishes."""


def _interrupted(command: str, report: IngestReport, e: Exception) -> str:
    module = type(e).__module__.split(".")[0]
    kind = "a database error" if module in ("duckdb", "psycopg", "_duckdb") else "an error"
    detail = (str(e).strip().splitlines() or [""])[0][:300]
    return (f"{command} stopped by {kind} after {report.batches} committed batch(es), "
            f"{report.stats.stored} document(s) stored ({type(e).__name__}: {detail}). Each batch is written "
            f"whole or not at all, so the store is consistent; run the same command again to finish the rest.")


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


def _new_only(items: Iterable[Article | Failure], store: Store, stats: BatchStats,
              chunk: int = 256) -> Iterator[Article | Failure]:
    """Drop articles already stored (or seen earlier in this run) before any analysis."""
    seen: set[str] = set()
    it = iter(items)
    while block := list(itertools.islice(it, chunk)):
        known = store.known_hashes([a.content_hash for a in block if isinstance(a, Article)])
        for a in block:
            if isinstance(a, Article):
                if a.content_hash in known or a.content_hash in seen:
                    stats.skipped += 1
                    continue
                seen.add(a.content_hash)
            yield a


def _batches(results: Iterable[Document | Failure], size: int) -> Iterator[list[Document | Failure]]:
    it = iter(results)
    while batch := list(itertools.islice(it, size)):
        yield batch


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    db: str | Store | None = None,
    *,
    date: dt.date | None = None,
    dictionaries: Sequence[str | os.PathLike[str]] = (),
    default_dictionaries: bool = True,
    workers: int = 1,
    batch_size: int = 64,
    model: str | None = None,
    csv_columns: dict[str, str] | None = None,
    pipeline: Any = None,
    progress: Progress | None = None,
    process: Callable[[Iterable[Article | Failure]], Iterable[Document | Failure]] | None = None,
) -> IngestReport:
    """Read, analyse and store every article under ``paths``; returns what was written.

    ``process`` (optional) analyses the new articles instead of local processes, e.g. on
    a Dask cluster (tidings.run.dask.process_dask); it must keep input order."""
    from tidings.ingest import read

    items = read(paths, date=date, csv_columns=csv_columns)
    return ingest_items(items, db, dictionaries=dictionaries, default_dictionaries=default_dictionaries,
                        workers=workers, batch_size=batch_size, model=model, pipeline=pipeline, progress=progress,
                        process=process,
                        options={"paths": [str(p) for p in paths] if isinstance(paths, list | tuple) else None,
                                 "date": date})


def ingest_items(
    items: Iterable[Article | Failure],
    db: str | Store | None = None,
    *,
    dictionaries: Sequence[str | os.PathLike[str]] = (),
    default_dictionaries: bool = True,
    workers: int = 1,
    batch_size: int = 64,
    model: str | None = None,
    pipeline: Any = None,
    progress: Progress | None = None,
    options: dict[str, Any] | None = None,
    process: Callable[[Iterable[Article | Failure]], Iterable[Document | Failure]] | None = None,
) -> IngestReport:
    """Like ``ingest`` for Articles already read (e.g. from ``tidings.ingest.read``)."""

    store = db if isinstance(db, Store) else Store(db)
    try:
        if pipeline is not None:
            model, dictionaries, default_dictionaries = pipeline.model, pipeline.dictionaries, pipeline.default_dictionaries
        info = run_info(model, dictionaries, default_dictionaries)
        command = "ingest"
        run_id = store.start_run(command, info, {**(options or {}), "workers": workers, "batch_size": batch_size})
        report = IngestReport(run_id, BatchStats())
        datelines: dict[str, str | None] = {}

        def remember(stream: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
            for a in stream:
                if isinstance(a, Article) and a.dateline_source:
                    datelines[a.id] = a.dateline_source
                yield a

        fresh = remember(_new_only(items, store, report.stats))
        results = process(fresh) if process is not None else _analyse(
            fresh, pipeline, workers, model, dictionaries, default_dictionaries)

        def write(batch: list[Document | Failure]) -> BatchStats:
            stats = store.write(batch, run_id, datelines)
            for r in batch:
                datelines.pop(getattr(r, "id", None) or "", None)
            return stats

        return _write_batches(store, command, report, results, batch_size, write, progress)
    finally:
        if not isinstance(db, Store):
            _close(store, quiet=sys.exc_info()[0] is not None)


def stored_articles(store: Store, ids: Sequence[str] | None = None) -> Iterator[Article]:
    """Stored documents as Articles (cleaned text, publication date), for re-coding."""
    sql = ("SELECT id, text, title, url, source, published, language, content_hash, dateline, dateline_source, origin"
           " FROM documents")
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE id IN ({','.join('?' * len(ids))})"
        params = list(ids)
    for r in store.db.dicts(sql + " ORDER BY id", params):
        yield Article(id=r["id"], text=r["text"], title=r["title"], url=r["url"], source=r["source"],
                      published=r["published"], language=r["language"], content_hash=r["content_hash"],
                      dateline=r["dateline"], dateline_source=r["dateline_source"], origin=r["origin"])


def recode(
    db: str | Store | None = None,
    *,
    dictionaries: Sequence[str | os.PathLike[str]] = (),
    default_dictionaries: bool = True,
    workers: int = 1,
    batch_size: int = 64,
    model: str | None = None,
    pipeline: Any = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Re-analyse every stored document with (new) dictionaries, from the stored text only."""

    store = db if isinstance(db, Store) else Store(db)
    try:
        if pipeline is not None:
            model, dictionaries, default_dictionaries = pipeline.model, pipeline.dictionaries, pipeline.default_dictionaries
        info = run_info(model, dictionaries, default_dictionaries)
        command = "recode"
        run_id = store.start_run(command, info, {"workers": workers, "batch_size": batch_size})
        report = IngestReport(run_id, BatchStats())
        ids = [r[0] for r in store.db.fetchall("SELECT id FROM documents ORDER BY id")]
        articles = (a for i in range(0, len(ids), 256) for a in stored_articles(store, ids[i : i + 256]))
        results = _analyse(articles, pipeline, workers, model, dictionaries, default_dictionaries)

        def write(batch: list[Document | Failure]) -> BatchStats:
            docs = [r for r in batch if isinstance(r, Document)]
            fails = [r for r in batch if isinstance(r, Failure)]
            return store.replace_analysis(docs, run_id, fails)

        return _write_batches(store, command, report, results, batch_size, write, progress)
    finally:
        if not isinstance(db, Store):
            _close(store, quiet=sys.exc_info()[0] is not None)


def _analyse(
    articles: Iterable[Article | Failure],
    pipeline: Any,
    workers: int,
    model: str | None,
    dictionaries: Sequence[str | os.PathLike[str]],
    default_dictionaries: bool,
) -> Iterable[Document | Failure]:
    """The caller's Pipeline if given, else ``workers`` local processes."""
    from tidings.run import process_parallel

    if pipeline is not None:
        return pipeline.process(articles)
    return process_parallel(articles, workers, model=model, dictionaries=[str(d) for d in dictionaries],
                            default_dictionaries=default_dictionaries)


def _write_batches(
    store: Store,
    command: str,
    report: IngestReport,
    results: Iterable[Document | Failure],
    batch_size: int,
    write: Callable[[list[Document | Failure]], BatchStats],
    progress: Progress | None,
) -> IngestReport:
    """Write ``results`` a transaction per batch and close the run as done or failed."""
    status = "failed"
    try:
        for batch in _batches(results, batch_size):
            report.stats.add(write(batch))
            report.failures.extend(r for r in batch if isinstance(r, Failure))
            report.batches += 1
            if progress:
                progress(report.batches, report.stats)
        status = "done"
    except Exception as e:  # a database gone, a full disk ...: say what is stored and what to do
        raise IngestInterrupted(_interrupted(command, report, e)) from e
    finally:
        _finish(store, report.run_id, report.stats, status)
    return report
