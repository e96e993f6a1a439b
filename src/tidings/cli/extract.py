"""``tidings extract``: analyse articles and print (or write) one document object each."""

from __future__ import annotations

import contextlib
import json
import sys
from enum import StrEnum
from typing import IO, Annotated

import typer

from tidings.cli._util import (
    WORKERS,
    ColumnOpt,
    DateOpt,
    DictOpt,
    LearnedOpt,
    MaxCharsOpt,
    ModelOpt,
    NoActorsOpt,
    NoDefaultOpt,
    NoVerbsOpt,
    OutputOpt,
    PartialOpt,
    PathsArg,
    WorkersOpt,
    app,
    check_dictionaries,
    check_output,
    check_paths,
    default_set,
    learned_filter,
    parse_columns,
    parse_date_option,
    partial_events,
)


class OutFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


@app.command()
def extract(
    paths: PathsArg,
    date: DateOpt = None,
    format: Annotated[
        OutFormat,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="jsonl (one document object per line), json (one array) or table (events per document, for reading).",
        ),
    ] = OutFormat.jsonl,
    output: OutputOpt = None,
    dictionary: DictOpt = None,
    no_default_dictionaries: NoDefaultOpt = False,
    no_default_actors: NoActorsOpt = False,
    no_default_verbs: NoVerbsOpt = False,
    workers: WorkersOpt = WORKERS,
    column: ColumnOpt = None,
    model: ModelOpt = None,
    max_chars: MaxCharsOpt = None,
    learned: LearnedOpt = None,
    partial: PartialOpt = None,
) -> None:
    """Analyse articles and print one document object each: its text, sentences, actors,
    events, quotes, dates and places, every one with character offsets into the text."""
    from tidings.cli.output import Report
    from tidings.run import Analysis, analyse_paths

    check_paths(paths)
    learned_filter(learned)
    partial_events(partial)
    output = check_output(output)
    dictionaries = check_dictionaries(dictionary)
    day, columns = parse_date_option(date), parse_columns(column)
    defaults = default_set(no_default_dictionaries, no_default_actors, no_default_verbs)
    analysis = Analysis(
        model=model,
        dictionaries=dictionaries,
        default_dictionaries=defaults,  # type: ignore[arg-type]
        workers=workers,
        max_chars=max_chars,
    )
    report = Report()
    with contextlib.ExitStack() as stack:
        out: IO[str] = stack.enter_context(open(output, "w", encoding="utf-8")) if output else sys.stdout
        results = analyse_paths(paths, analysis, date=day, csv_columns=columns)
        _write(results, format, out, report, stack, paths)
    report.print_summary()
    raise typer.Exit(report.exit_code)


def _write(
    results, fmt: OutFormat, out: IO[str], report, stack: contextlib.ExitStack, paths: list[str]
) -> None:
    from tidings.cli.output import render_table
    from tidings.model import Failure
    from tidings.run.progress import Progress

    total = None
    if "-" not in paths:
        from tidings.ingest.files import count_articles

        total = count_articles(paths)
    progress = stack.enter_context(Progress(total, out=sys.stderr).shown())
    first = True
    if fmt is OutFormat.json:
        out.write("[")
    for result in progress.wrap(results):
        report.add(result)
        if isinstance(result, Failure):
            continue
        if fmt is OutFormat.table:
            out.write(render_table(result) + "\n")
        elif fmt is OutFormat.json:
            out.write(
                ("\n" if first else ",\n") + json.dumps(result.to_json_dict(), ensure_ascii=False, indent=1)
            )
        else:
            out.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
        first = False
        out.flush()
    if fmt is OutFormat.json:
        out.write("\n]\n")
