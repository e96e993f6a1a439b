"""CLI commands of the evaluate area; registered on ``tidings.cli.app`` when the CLI loads."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tidings.cli._util import DictOpt, NoDefaultOpt, app, check_dictionaries


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(metavar="GOLD.jsonl", help="Gold JSONL file: one article per line, {\"text\", \"published\", \"events\": [hand-coded events]}.", exists=True, dir_okay=False)],
    format: Annotated[EvalFormat, typer.Option("--format", metavar="FORMAT", help="table or json.")] = EvalFormat.table,
    dictionary: DictOpt = None,
    no_default_dictionaries: NoDefaultOpt = False,
) -> None:
    """Score extracted events against gold: precision, recall and F1 per field."""
    from tidings.evaluate import evaluate as run
    from tidings.evaluate import render_table

    scores = run(gold, check_dictionaries(dictionary), not no_default_dictionaries)
    if format is EvalFormat.json:
        typer.echo(json.dumps(scores.as_dict(), indent=1))
    else:
        typer.echo(render_table(scores))
