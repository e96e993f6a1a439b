"""Options that select events, shared by ``tidings events`` and ``tidings series``, and the
``EventFilter`` they make (each value checked: a bad one is a usage error, exit 2)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from tidings.cli._util import bad, parse_date_option
from tidings.cli.checks import check_cameo, check_country, check_plover

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
        "intended, obligation, denied and alleged events (left out by default).",
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


# The event-filter options a command may have (each command's parameters of these names).
FILTER_OPTIONS = (
    "actor", "source", "target", "dyad", "undirected", "cameo", "plover", "quad", "since", "until",
    "place", "country", "text", "document", "min_articles", "include_unasserted",
)  # fmt: skip


def event_filter_of(params: dict[str, Any]) -> Any:
    """The EventFilter of a command's parameters (its ``locals()``): the options it has."""
    return event_filter(**{k: params[k] for k in FILTER_OPTIONS if k in params})


def event_filter(
    *,
    actor=None,
    source=None,
    target=None,
    dyad=None,
    undirected=False,
    cameo=None,
    plover=None,
    quad=None,
    since=None,
    until=None,
    place=None,
    country=None,
    text=None,
    document=None,
    min_articles=None,
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
