"""``tidings extract``: analyse articles and print one document object each."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer

from tidings.cli._util import (
    ColumnOpt,
    DateOpt,
    DictOpt,
    MaxCharsOpt,
    ModelOpt,
    NoDefaultOpt,
    PathsArg,
    WorkersOpt,
    app,
    parse_columns,
    parse_date_option,
)


class OutFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


@app.command()
def extract(
    paths: PathsArg,
    date: DateOpt = None,
    format: Annotated[OutFormat, typer.Option("--format", help="jsonl (one object per line), json or table.")] = OutFormat.jsonl,
    dictionary: DictOpt = None,
    no_default_dictionaries: NoDefaultOpt = False,
    workers: WorkersOpt = 1,
    column: ColumnOpt = None,
    model: ModelOpt = None,
    max_chars: MaxCharsOpt = None,
) -> None:
    """Analyse articles and print one document object each (DESIGN.md schema)."""
    from tidings.cli.output import Report, render_table
    from tidings.model import Failure
    from tidings.run import Analysis, analyse_paths

    analysis = Analysis(model=model, dictionaries=[str(d) for d in dictionary or []],
                        default_dictionaries=not no_default_dictionaries, workers=workers,
                        max_chars=max_chars)
    results = analyse_paths(paths, analysis, date=parse_date_option(date), csv_columns=parse_columns(column))
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

