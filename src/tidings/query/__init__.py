"""Querying a Store: filter dataclasses in, pages of plain dicts out (for the CLI and the web API).

from tidings.store import Store
from tidings.query import EventFilter, events, series
with Store("tidings.duckdb") as s:
    page = events(s, EventFilter(dyad="IRN:IRQ", cameo="04"), limit=50)
    rows = series(s, EventFilter(dyad="IRN:IRQ", undirected=True), by="month")
"""

from __future__ import annotations

from tidings.query.events import (
    actors,
    document,
    documents,
    errors,
    event,
    event_mentions,
    event_where,
    events,
    iter_events,
    quotes,
    series,
    series_coverage,
)
from tidings.query.filters import ActorFilter, EventFilter, Page, QuoteFilter, parse_dyad
from tidings.query.rows import EVENT_COLUMNS, EVENT_FIELDS, SERIES_FIELDS, event_record

__all__ = [
    "EVENT_COLUMNS",
    "EVENT_FIELDS",
    "SERIES_FIELDS",
    "event_record",
    "series_coverage",
    "ActorFilter",
    "EventFilter",
    "Page",
    "QuoteFilter",
    "actors",
    "document",
    "documents",
    "errors",
    "event",
    "event_mentions",
    "event_where",
    "events",
    "iter_events",
    "parse_dyad",
    "quotes",
    "series",
]
