"""The ``tidings`` command: each subcommand parses its options and calls one library function.

``_util`` holds the Typer ``app`` and the shared options; each command group is a module
(``extract``, ``store``: ingest/recode/events/series/actors/quotes, ``serve``, ``evaluate``)
that adds its commands to ``app`` when imported here.
"""

from __future__ import annotations

import sys

import typer

# Import order is the order of ``tidings --help``: extract first.
from tidings.cli import extract

# isort: split
from tidings.cli import evaluate, serve, store
from tidings.cli._util import app

__all__ = ["app", "evaluate", "extract", "main", "serve", "store"]


def main() -> None:
    from tidings.errors import TidingsError

    try:
        app()
    except TidingsError as e:  # a bad dictionary or option file: the message, not a traceback
        typer.echo(f"tidings: error {e.code}: {e.message}", err=True)
        sys.exit(2)
