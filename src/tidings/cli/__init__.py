"""The ``tidings`` command: each subcommand parses its options and calls one library function.

``_util`` holds the Typer ``app``, the exit codes and the shared options and checks; each
command group is a module (``extract``, ``store``: ingest/recode, ``query``:
events/series/actors/quotes, ``serve``, ``evaluate``, ``watch``) that adds its commands to
``app`` when imported here.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import typer

# Import order is the order of ``tidings --help``: extract first.
from tidings.cli import extract

# isort: split
from tidings.cli import evaluate, serve, store

# isort: split
from tidings.cli import query, watch
from tidings.cli._util import EXIT_CODES, app

__all__ = ["EXIT_CODES", "app", "evaluate", "extract", "main", "query", "serve", "store", "watch"]


def _click() -> Any:
    """The click that typer uses (typer vendors its own copy): its exceptions module."""
    return sys.modules[typer.BadParameter.__module__]


def _usage_line(e: Any, argv: Sequence[str]) -> str:
    """A usage error as one line: ``tidings events: --cameo: '999' is not a CAMEO code ...``."""
    click = _click()
    ctx = getattr(e, "ctx", None)
    if type(e).__name__ == "NoArgsIsHelpError":  # `tidings` or a group alone: the help itself
        return e.format_message()
    where = ctx.command_path if ctx is not None else "tidings"
    if not getattr(e, "message", ""):  # a missing argument: click builds its message itself
        return f"{where}: {_plain(e.format_message())} (see '{where} -h')"
    if isinstance(e, click.BadParameter) and e.param_hint is not None:
        hint = e.param_hint if isinstance(e.param_hint, str) else " / ".join(e.param_hint)
        return f"{where}: {hint.strip(chr(39))}: {_plain(e.message)} (see '{where} -h')"
    if isinstance(e, click.BadParameter) and e.param is not None:
        names = [n for n in getattr(e.param, "opts", []) if n.startswith("--")] or [str(e.param.name).upper()]
        return f"{where}: {names[0]}: {_plain(e.message)} (see '{where} -h')"
    return f"{where}: {e.format_message()} (see '{where} -h')"


def _plain(message: str) -> str:
    """A validation message without pydantic's 'Value error, ' prefix."""
    return message.removeprefix("Value error, ").rstrip(".")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line; every outcome is one of ``EXIT_CODES``."""
    from tidings.errors import TidingsError

    click = _click()
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        code = app(args=args, prog_name="tidings", standalone_mode=False)
    except click.UsageError as e:
        typer.echo(_usage_line(e, args), err=True)
        sys.exit(2)
    except click.ClickException as e:  # a file option click could not open
        typer.echo(f"tidings: {e.format_message()}", err=True)
        sys.exit(2)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("tidings: interrupted", err=True)
        sys.exit(130)
    except TidingsError as e:  # a bad dictionary or option file: the message, not a traceback
        typer.echo(f"tidings: error {e.code}: {e.message}", err=True)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
