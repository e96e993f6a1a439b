"""CLI commands that write the store: ingest and recode, and the ``--db`` option and opener
that the query commands (tidings.cli.query) share.

Each parses its options and calls one library function in tidings.run / tidings.store.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from tidings.cli._util import (
    WORKERS,
    ColumnOpt,
    DateOpt,
    DictOpt,
    LearnedOpt,
    ModelOpt,
    NoActorsOpt,
    NoDefaultOpt,
    NoVerbsOpt,
    PathsArg,
    WorkersOpt,
    app,
    bad,
    check_dictionaries,
    check_output,
    check_paths,
    default_set,
    learned_filter,
    parse_columns,
    parse_date_option,
)
from tidings.errors import Errors, TidingsError, format_message

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db", metavar="URL", help="DuckDB file (default ./tidings.duckdb) or postgresql://... URL."
    ),
]
BatchOpt = Annotated[int, typer.Option("--batch-size", metavar="N", min=1, help="Documents per transaction.")]


def _err(msg: str) -> None:
    typer.echo(f"tidings: {msg}", err=True)


def _error(code: str, **fields: object) -> None:
    _err(f"error {code}: {format_message(code, **fields)}")


def _open(db: str | None, write: bool = True, must_exist: bool = False) -> Any:
    """Writers migrate; readers open an existing DuckDB file read-only (other readers may share it).
    ``must_exist``: a writer that needs stored documents (recode) does not create a database."""
    from tidings.store import DEFAULT_DB, Store, is_postgres

    url = db or DEFAULT_DB
    if not is_postgres(url):
        path = Path(url.removeprefix("duckdb://"))
        if path.is_dir():
            raise bad("--db", f"{path} is a folder; give a DuckDB file, e.g. {path / 'tidings.duckdb'}")
        if (not write or must_exist) and not path.exists():
            _error(Errors.E301, url=url)
            raise typer.Exit(2)
        if write:
            check_output(path, "--db")
    try:
        return Store(url, read_only=not write and not is_postgres(url))
    except TidingsError as e:  # a schema too new or too old, no PostgreSQL driver
        _err(f"error {e.code}: {e.message}")
        raise typer.Exit(2) from e
    except Exception as e:  # a missing server or a locked file: say which database, then stop
        _error(Errors.E300, url=db or "./tidings.duckdb", reason=f"{type(e).__name__}: {e}")
        raise typer.Exit(2) from e


def _stopped(store: Any, e: TidingsError) -> None:
    """An ingest/recode stopped part-way (database gone, disk full): one clear line, exit 3."""
    try:
        store.close()
    except Exception:  # the connection is broken: nothing more to save
        pass
    _err(f"error {e.code}: {e.message}")
    raise typer.Exit(3) from None


def _progress(batch: int, stats: Any) -> None:
    _err(
        f"batch {batch} committed: {stats.stored} stored, {stats.skipped} already stored, "
        f"{stats.failures} failed, {stats.events} events updated"
    )


DaskOpt = Annotated[
    str | None,
    typer.Option(
        "--dask",
        metavar="ADDRESS",
        help="Analyse on a Dask cluster: scheduler address (tcp://host:8786) or 'local' (a LocalCluster here).",
    ),
]
ShardsOpt = Annotated[
    Path | None,
    typer.Option(
        "--parquet-shards",
        metavar="DIR",
        help="Write Parquet shards to DIR instead of a database (a rerun resumes).",
    ),
]


def _ingest_shards(
    analysis: Any,
    paths: list[str],
    directory: Path,
    date: str | None,
    column: list[str] | None,
    batch_size: int,
) -> None:
    from tidings.run.shards import write_shards

    def log(batch: int, c: dict[str, int]) -> None:
        _err(
            f"shard {batch} written: {c['written']} document(s), {c['skipped']} already written, {c['failures']} failed"
        )

    if directory.exists() and not directory.is_dir():
        raise bad("--parquet-shards", f"{directory} is a file; give a folder (created when missing)")
    c = write_shards(
        paths,
        directory,
        analysis,
        date=parse_date_option(date),
        csv_columns=parse_columns(column),
        batch_size=batch_size,
        progress=log,
        display=sys.stderr,
    )
    _err(
        f"{c['written']} document(s) written, {c['skipped']} already written, {c['failures']} failed, "
        f"{c['shards']} new shard(s) -> {directory}"
    )
    raise typer.Exit(1 if c["failures"] else 0)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt = None,
    date: DateOpt = None,
    dictionary: DictOpt = None,
    no_default_dictionaries: NoDefaultOpt = False,
    no_default_actors: NoActorsOpt = False,
    no_default_verbs: NoVerbsOpt = False,
    workers: WorkersOpt = WORKERS,
    batch_size: BatchOpt = 64,
    column: ColumnOpt = None,
    model: ModelOpt = None,
    dask: DaskOpt = None,
    parquet_shards: ShardsOpt = None,
    learned: LearnedOpt = None,
) -> None:
    """Analyse articles and store them (each article once, by content hash)."""
    learned_filter(learned)
    from tidings.run import Analysis, IngestInterrupted
    from tidings.run import ingest as run_ingest

    check_paths(paths)  # before the database is opened: a missing input creates nothing
    parse_date_option(date)
    parse_columns(column)
    analysis = Analysis(
        model=model,
        dictionaries=check_dictionaries(dictionary),
        default_dictionaries=default_set(no_default_dictionaries, no_default_actors, no_default_verbs),  # type: ignore[arg-type]
        workers=workers,
        dask=dask,
    )
    if parquet_shards is not None:
        _ingest_shards(analysis, paths, parquet_shards, date, column, batch_size)
        return
    store = _open(db)
    try:
        report = run_ingest(
            paths,
            store,
            date=parse_date_option(date),
            csv_columns=parse_columns(column),
            analysis=analysis,
            batch_size=batch_size,
            progress=_progress,
            display=sys.stderr,
        )
    except IngestInterrupted as e:
        _stopped(store, e)
    finally:
        store.close()
    s = report.stats
    _err(
        f"run {report.run_id}: {s.stored} document(s) stored, {s.skipped} already stored, "
        f"{s.replaced} replaced, {s.failures} failed, {s.events} event rows updated -> {db or './tidings.duckdb'}"
    )
    for f in report.failures[:20]:
        where = f.origin or f.id or "?"
        msg = f.error.message
        _err(f"  {f.error.code} {msg if msg.startswith(where) else f'{where}: {msg}'}")
    if len(report.failures) > 20:
        _err(f"  ... and {len(report.failures) - 20} more in the errors table")
    raise typer.Exit(1 if s.failures else 0)


@app.command()
def recode(
    db: DbOpt = None,
    dictionary: DictOpt = None,
    no_default_dictionaries: NoDefaultOpt = False,
    no_default_actors: NoActorsOpt = False,
    no_default_verbs: NoVerbsOpt = False,
    workers: WorkersOpt = WORKERS,
    batch_size: BatchOpt = 64,
    model: ModelOpt = None,
    learned: LearnedOpt = None,
) -> None:
    """Re-code stored documents (stored text and date) with the given dictionaries."""
    learned_filter(learned)
    from tidings.run import Analysis, IngestInterrupted
    from tidings.run import recode as run_recode

    dictionaries = check_dictionaries(dictionary)
    store = _open(db, write=True, must_exist=True)
    try:
        analysis = Analysis(
            model=model,
            dictionaries=dictionaries,
            default_dictionaries=default_set(no_default_dictionaries, no_default_actors, no_default_verbs),  # type: ignore[arg-type]
            workers=workers,
        )
        report = run_recode(store, analysis=analysis, batch_size=batch_size, progress=_progress)
    except IngestInterrupted as e:
        _stopped(store, e)
    finally:
        store.close()
    s = report.stats
    _err(
        f"run {report.run_id}: {s.stored} document(s) re-coded, {s.failures} failed, {s.events} event rows updated"
    )
    raise typer.Exit(1 if s.failures else 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
