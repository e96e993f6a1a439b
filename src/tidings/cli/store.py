"""CLI commands of the store area: ingest, recode, events, actors, quotes, series.

Each parses its options and calls one library function in tidings.store / tidings.query,
then writes the result with tidings.export.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from tidings.cli._util import (
    WORKERS,
    ColumnOpt,
    DateOpt,
    DictOpt,
    ModelOpt,
    NoDefaultOpt,
    OutputOpt,
    PathsArg,
    WorkersOpt,
    app,
    bad,
    check_dictionaries,
    check_output,
    check_paths,
    parse_columns,
    parse_date_option,
)
from tidings.cli.checks import check_cameo, check_country, check_plover
from tidings.errors import Errors, TidingsError, format_message


class ExportFormat(StrEnum):
    """Formats of ``tidings events``."""

    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    gdelt = "gdelt"
    plover = "plover"


class TableFormat(StrEnum):
    """Formats of ``series``, ``actors`` and ``quotes`` (GDELT and PLOVER hold events only)."""

    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class Order(StrEnum):
    day = "day"
    day_desc = "-day"
    articles = "articles"
    goldstein = "goldstein"
    goldstein_desc = "-goldstein"


class By(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db", metavar="URL", help="DuckDB file (default ./tidings.duckdb) or postgresql://... URL."
    ),
]
FormatOpt = Annotated[
    ExportFormat,
    typer.Option(
        "--format", metavar="FORMAT", help="table, csv, jsonl, parquet (needs --output), gdelt or plover."
    ),
]
TableFormatOpt = Annotated[
    TableFormat,
    typer.Option("--format", metavar="FORMAT", help="table, csv, jsonl or parquet (needs --output)."),
]
LimitOpt = Annotated[
    int | None, typer.Option("--limit", metavar="N", min=0, help="At most N rows (default: all; table: 50).")
]
OffsetOpt = Annotated[int, typer.Option("--offset", metavar="N", min=0, help="Skip N rows first.")]
BatchOpt = Annotated[int, typer.Option("--batch-size", metavar="N", min=1, help="Documents per transaction.")]

EVENT_TABLE = [
    "date",
    "source_code",
    "target_code",
    "cameo",
    "plover_event",
    "quad_class",
    "goldstein",
    "place_name",
    "num_articles",
    "num_sources",
    "source_name",
    "target_name",
]


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


def _write(
    records: Iterable[dict[str, Any]],
    fmt: StrEnum,
    output: Path | None,
    kind: str,
    table_columns: list[str] | None = None,
    include_text: bool = False,
) -> None:
    from tidings.export import export

    if fmt.value == "table":
        from tidings.cli.output import write_table

        write_table(list(records), output, table_columns)
        return
    if fmt.value == "parquet" and output is None:
        raise bad("--format", "parquet is a binary file: give --output FILE")
    try:
        export(records, fmt.value, output, kind=kind, table_columns=table_columns, include_text=include_text)
    except ValueError as e:
        raise bad("--format", str(e)) from e


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
    workers: WorkersOpt = WORKERS,
    batch_size: BatchOpt = 64,
    column: ColumnOpt = None,
    model: ModelOpt = None,
    dask: DaskOpt = None,
    parquet_shards: ShardsOpt = None,
) -> None:
    """Analyse articles and store them (each article once, by content hash)."""
    from tidings.run import Analysis, IngestInterrupted
    from tidings.run import ingest as run_ingest

    check_paths(paths)  # before the database is opened: a missing input creates nothing
    parse_date_option(date)
    parse_columns(column)
    analysis = Analysis(
        model=model,
        dictionaries=check_dictionaries(dictionary),
        default_dictionaries=not no_default_dictionaries,
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
    workers: WorkersOpt = WORKERS,
    batch_size: BatchOpt = 64,
    model: ModelOpt = None,
) -> None:
    """Re-code stored documents (stored text and date) with the given dictionaries."""
    from tidings.run import Analysis, IngestInterrupted
    from tidings.run import recode as run_recode

    dictionaries = check_dictionaries(dictionary)
    store = _open(db, write=True, must_exist=True)
    try:
        analysis = Analysis(
            model=model,
            dictionaries=dictionaries,
            default_dictionaries=not no_default_dictionaries,
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


def _event_filter(
    actor,
    source,
    target,
    dyad,
    undirected,
    cameo,
    plover,
    quad,
    since,
    until,
    place,
    country,
    text,
    document,
    min_articles,
    include_unasserted=False,
) -> Any:
    from tidings.query import EventFilter, parse_dyad

    try:
        parse_dyad(dyad)
    except ValueError as e:
        raise bad("--dyad", str(e)) from e
    date_from, date_to = parse_date_option(since, "--since"), parse_date_option(until, "--until")
    if date_from and date_to and date_from > date_to:
        raise bad("--until", f"{date_to} is before --since {date_from}")
    return EventFilter(
        actor=actor,
        source=source,
        target=target,
        dyad=dyad,
        undirected=undirected,
        cameo=check_cameo(cameo),
        plover=check_plover(plover),
        quad_class=quad,
        date_from=date_from,
        date_to=date_to,
        place=place,
        country=check_country(country),
        text=text,
        document=document,
        min_articles=min_articles,
        include_unasserted=include_unasserted,
    )


ActorOpt = Annotated[
    str | None,
    typer.Option(
        "--actor", metavar="CODE|NAME", help="Actor code prefix (IRN, IRNGOV) or name part, either side."
    ),
]
SourceOpt = Annotated[
    str | None, typer.Option("--source", metavar="CODE|NAME", help="Source actor code prefix or name part.")
]
TargetOpt = Annotated[
    str | None, typer.Option("--target", metavar="CODE|NAME", help="Target actor code prefix or name part.")
]
DyadOpt = Annotated[
    str | None,
    typer.Option(
        "--dyad", metavar="SOURCE:TARGET", help="SOURCE:TARGET code prefixes, e.g. IRN:IRQ (directed)."
    ),
]
UndirectedOpt = Annotated[bool, typer.Option("--undirected", help="With --dyad: either direction.")]
CameoOpt = Annotated[
    str | None, typer.Option("--cameo", metavar="CODE", help="CAMEO code or root prefix, e.g. 04 or 042.")
]
PloverOpt = Annotated[
    str | None,
    typer.Option(
        "--plover", metavar="TYPE", help="PLOVER event type: AGREE, CONSULT, SUPPORT ... ASSAULT, OTHER."
    ),
]
QuadOpt = Annotated[int | None, typer.Option("--quad", metavar="1-4", min=1, max=4, help="Quad class 1-4.")]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since",
        "--from",
        metavar="YYYY-MM-DD",
        help="Events whose whole period (day, week, month, year) starts on or after YYYY-MM-DD.",
    ),
]
UntilOpt = Annotated[
    str | None,
    typer.Option(
        "--until",
        "--to",
        metavar="YYYY-MM-DD",
        help="Events whose whole period ends on or before YYYY-MM-DD.",
    ),
]
UnassertedOpt = Annotated[
    bool,
    typer.Option(
        "--include-unasserted",
        help="Also negated, hypothetical, conditional, "
        "intended, obligation and denied events (left out by default).",
    ),
]
PlaceOpt = Annotated[
    str | None, typer.Option("--place", metavar="NAME|ID", help="Place name part or GeoNames id.")
]
CountryOpt = Annotated[
    str | None,
    typer.Option(
        "--country", metavar="CODE", help="Country of the event's place, ISO alpha-2 or alpha-3 (IQ or IRQ)."
    ),
]
TextOpt = Annotated[
    str | None, typer.Option("--text", metavar="WORDS", help="Words in a reporting sentence.")
]
DocumentOpt = Annotated[
    str | None, typer.Option("--document", metavar="ID", help="Only events reported by this document id.")
]
MinArticlesOpt = Annotated[
    int | None, typer.Option("--min-articles", metavar="N", min=1, help="Reported by at least N articles.")
]


@app.command()
def events(
    db: DbOpt = None,
    actor: ActorOpt = None,
    source: SourceOpt = None,
    target: TargetOpt = None,
    dyad: DyadOpt = None,
    undirected: UndirectedOpt = False,
    cameo: CameoOpt = None,
    plover: PloverOpt = None,
    quad: QuadOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    place: PlaceOpt = None,
    country: CountryOpt = None,
    text: TextOpt = None,
    document: DocumentOpt = None,
    min_articles: MinArticlesOpt = None,
    include_unasserted: UnassertedOpt = False,
    with_text: Annotated[
        bool,
        typer.Option(
            "--with-text",
            help="PLOVER: include the reporting sentence as 'text' "
            "(only where the rights to the text allow).",
        ),
    ] = False,
    order: Annotated[
        Order,
        typer.Option(
            "--order",
            metavar="ORDER",
            help="day (oldest first), -day, articles (most reported first), goldstein or -goldstein.",
        ),
    ] = Order.day,
    format: FormatOpt = ExportFormat.table,
    output: OutputOpt = None,
    limit: LimitOpt = None,
    offset: OffsetOpt = 0,
) -> None:
    """List deduplicated events (one row per real-world event, with report counts)."""
    from tidings.query import events as query_events
    from tidings.query import iter_events

    f = _event_filter(
        actor,
        source,
        target,
        dyad,
        undirected,
        cameo,
        plover,
        quad,
        since,
        until,
        place,
        country,
        text,
        document,
        min_articles,
        include_unasserted,
    )
    output = check_output(output)
    if format is ExportFormat.parquet and output is None:
        raise bad("--format", "parquet is a binary file: give --output FILE")
    store = _open(db, write=False)
    try:
        if limit is None and format is ExportFormat.table and output is None:
            limit = 50
        if limit is None and offset == 0 and format not in (ExportFormat.table, ExportFormat.parquet):
            _write(
                iter_events(store, f, order=order.value), format, output, "events", EVENT_TABLE, with_text
            )  # streamed, page by page
            return
        page = query_events(store, f, limit=limit, offset=offset, order=order.value)
    finally:
        store.close()
    _write(page.items, format, output, "events", EVENT_TABLE, with_text)
    if format is ExportFormat.table and output is None:
        _err(f"{len(page.items)} of {page.total} event(s)")


@app.command()
def series(
    db: DbOpt = None,
    by: Annotated[
        By,
        typer.Option("--by", metavar="PERIOD", help="Period: day, week (ISO, from Monday), month or year."),
    ] = By.day,
    actor: ActorOpt = None,
    source: SourceOpt = None,
    target: TargetOpt = None,
    dyad: DyadOpt = None,
    undirected: UndirectedOpt = False,
    cameo: CameoOpt = None,
    plover: PloverOpt = None,
    quad: QuadOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    place: PlaceOpt = None,
    country: CountryOpt = None,
    text: TextOpt = None,
    include_unasserted: UnassertedOpt = False,
    format: TableFormatOpt = TableFormat.table,
    output: OutputOpt = None,
) -> None:
    """Event counts per period and quad class, with Goldstein sum and mean.

    An event counts in a period when its own date lies inside it: an event dated only to a
    month is in --by month and --by year series, not in daily or weekly ones (the count of
    such events is printed on stderr)."""
    from tidings.query import series as query_series
    from tidings.query import series_coverage

    f = _event_filter(
        actor,
        source,
        target,
        dyad,
        undirected,
        cameo,
        plover,
        quad,
        since,
        until,
        place,
        country,
        text,
        None,
        None,
        include_unasserted,
    )
    output = check_output(output)
    store = _open(db, write=False)
    try:
        rows = query_series(store, f, by=by.value)
        cover = series_coverage(store, f, by=by.value)
    finally:
        store.close()
    _write(rows, format, output, "series")
    if cover["coarser"] or cover["undated"]:
        _err(
            f"{cover['binned']} of {cover['events']} event(s) in this series; {cover['coarser']} dated more "
            f"coarsely than a {by.value} and {cover['undated']} undated are not"
        )


@app.command()
def actors(
    db: DbOpt = None,
    name: Annotated[str | None, typer.Option("--name", metavar="WORDS", help="Name part.")] = None,
    code: Annotated[
        str | None, typer.Option("--code", metavar="CODE", help="Code prefix, e.g. IRN or IRNGOV.")
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", metavar="CODE", help="The actor's country, e.g. IRN (or IR).")
    ] = None,
    document: Annotated[
        str | None,
        typer.Option("--document", metavar="ID", help="Only actors mentioned in this document id."),
    ] = None,
    format: TableFormatOpt = TableFormat.table,
    output: OutputOpt = None,
    limit: LimitOpt = None,
    offset: OffsetOpt = 0,
) -> None:
    """Actors across stored documents, most reported first."""
    from tidings.query import ActorFilter
    from tidings.query import actors as query_actors

    output = check_output(output)
    if country:
        from tidings.cli.checks import alpha3

        country = alpha3(check_country(country) or "")  # actors carry alpha-3 codes
    store = _open(db, write=False)
    try:
        if limit is None and format is TableFormat.table and output is None:
            limit = 50
        page = query_actors(
            store,
            ActorFilter(name=name, code=code, country=country, document=document),
            limit=limit,
            offset=offset,
        )
    finally:
        store.close()
    _write(page.items, format, output, "actors")


@app.command()
def quotes(
    db: DbOpt = None,
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", metavar="NAME|CODE", help="Speaker name part or actor code prefix."),
    ] = None,
    text: Annotated[str | None, typer.Option("--text", metavar="WORDS", help="Words in the quote.")] = None,
    document: Annotated[
        str | None, typer.Option("--document", metavar="ID", help="Only quotes in this document id.")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            "--from",
            metavar="YYYY-MM-DD",
            help="Quotes in documents published on or after this day.",
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            "--to",
            metavar="YYYY-MM-DD",
            help="Quotes in documents published on or before this day.",
        ),
    ] = None,
    format: TableFormatOpt = TableFormat.table,
    output: OutputOpt = None,
    limit: LimitOpt = None,
    offset: OffsetOpt = 0,
) -> None:
    """Quotes with their speakers."""
    from tidings.query import QuoteFilter
    from tidings.query import quotes as query_quotes

    output = check_output(output)
    flt = QuoteFilter(
        speaker=speaker,
        text=text,
        document=document,
        date_from=parse_date_option(since, "--since"),
        date_to=parse_date_option(until, "--until"),
    )
    store = _open(db, write=False)
    try:
        if limit is None and format is TableFormat.table and output is None:
            limit = 50
        page = query_quotes(store, flt, limit=limit, offset=offset)
    finally:
        store.close()
    _write(
        page.items,
        format,
        output,
        "quotes",
        ["published", "speaker_code", "speaker", "speaker_text", "cue", "kind", "text"],
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
