"""CLI commands that read the store: events, series, actors, quotes.

Each parses its options, calls one function of tidings.query on a read-only store and writes
the result with tidings.export (or a table on the terminal).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from tidings.cli._util import OutputOpt, app, bad, check_output, parse_date_option
from tidings.cli.checks import check_country
from tidings.cli.filters import (
    ActorOpt,
    CameoOpt,
    CountryOpt,
    DocumentOpt,
    DyadOpt,
    MinArticlesOpt,
    PlaceOpt,
    PloverOpt,
    QuadOpt,
    SinceOpt,
    SourceOpt,
    TargetOpt,
    TextOpt,
    UnassertedOpt,
    UndirectedOpt,
    UntilOpt,
    event_filter_of,
)
from tidings.cli.store import DbOpt, _err, _open


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
WithTextOpt = Annotated[
    bool,
    typer.Option(
        "--with-text",
        help="PLOVER: include the reporting sentence as 'text' (only where the rights to the text allow).",
    ),
]
OrderOpt = Annotated[
    Order,
    typer.Option(
        "--order",
        metavar="ORDER",
        help="day (oldest first), -day, articles (most reported first), goldstein or -goldstein.",
    ),
]

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
    with_text: WithTextOpt = False,
    order: OrderOpt = Order.day,
    format: FormatOpt = ExportFormat.table,
    output: OutputOpt = None,
    limit: LimitOpt = None,
    offset: OffsetOpt = 0,
) -> None:
    """List deduplicated events (one row per real-world event, with report counts)."""
    from tidings.query import events as query_events
    from tidings.query import iter_events

    f = event_filter_of(locals())
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

    f = event_filter_of(locals())
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
