"""Tie events to the quotes they were reported in (the event's action lies in the quote)."""

from __future__ import annotations

from collections.abc import Sequence

from tidings.model import Event, Quote


def _inside(q: Quote, start: int, end: int) -> bool:
    if q.kind == "direct" and q.parts:  # not the cue between the pieces
        return any(p.start <= start and end <= p.end for p in q.parts)
    return q.start <= start and end <= q.end


def link_events(quotes: Sequence[Quote], events: Sequence[Event]) -> None:
    """Set ``quote.events`` and ``event.quote`` for every event whose action is quoted.

    An event inside nested spans goes to the innermost (shortest) quote."""
    for q in quotes:
        q.events = []
    for ev in events:
        holders = [q for q in quotes if _inside(q, ev.action.start, ev.action.end)]
        if not holders:
            continue
        q = min(holders, key=lambda x: x.end - x.start)
        q.events.append(ev.id)
        ev.quote = q.id


__all__ = ["link_events"]
