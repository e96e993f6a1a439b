"""Filters for the query functions: plain dataclasses that the CLI and the web API fill in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


def parse_dyad(value: str | tuple[str, str] | None) -> tuple[str, str] | None:
    """``"IRN:IRQ"`` -> ("IRN", "IRQ"); an empty side (``"IRN:"``) matches any actor."""
    if value is None:
        return None
    if isinstance(value, tuple):
        return value
    src, sep, tgt = value.partition(":")
    if not sep:
        raise ValueError(f"dyad {value!r}: use SOURCE:TARGET, e.g. IRN:IRQ")
    return src.strip().upper(), tgt.strip().upper()


@dataclass
class EventFilter:
    """Which deduplicated events to return. Codes match as prefixes (IRN matches IRNGOV)."""

    actor: str | None = None  # code prefix or name part, source or target
    source: str | None = None  # code prefix or name part
    target: str | None = None
    dyad: str | tuple[str, str] | None = None  # "IRN:IRQ" (directed unless undirected)
    undirected: bool = False
    cameo: str | None = None  # code or root prefix: "04", "042"
    plover: str | None = None  # PLOVER event type, e.g. CONSULT
    quad_class: int | None = None  # 1..4
    date_from: dt.date | None = None  # events whose whole period lies on or after this day
    date_to: dt.date | None = None  # ... and on or before this day
    place: str | None = None  # place name part, or a GeoNames id
    country: str | None = None  # country of the event's place: ISO alpha-2 (IQ) or alpha-3 (IRQ)
    text: str | None = None  # words in a reporting sentence
    document: str | None = None  # events reported by this document id
    min_articles: int | None = None
    # Negated, hypothetical, conditional, intended, obligation, denied and alleged events are left out
    # unless asked for (``tidings.model.is_asserted`` is the rule).
    include_unasserted: bool = False


@dataclass
class ActorFilter:
    name: str | None = None  # name part
    code: str | None = None  # code prefix
    country: str | None = None
    document: str | None = None


@dataclass
class QuoteFilter:
    speaker: str | None = None  # speaker name part or actor code prefix
    unattributed: bool = False  # only quotes nobody was found to say
    text: str | None = None
    document: str | None = None
    date_from: dt.date | None = None  # events whose whole period lies on or after this day
    date_to: dt.date | None = None  # ... and on or before this day


@dataclass
class Page:
    """One page of results with the total number that matched."""

    items: list[dict[str, Any]]
    total: int
    limit: int | None
    offset: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "total": self.total,
            "limit": self.limit,
            "offset": self.offset,
            **self.extra,
        }
