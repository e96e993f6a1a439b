"""Tie events to the quotes they were reported in (the event's action lies in the quote), and
leave no quote attributed to a bare pronoun: a speaker "I"/"you"/"they" ... is the speaker of
the quote it stands in ("“I will not resign,” she said" inside a quote by X -> X), the actor the
pronoun was resolved to, or no speaker at all."""

from __future__ import annotations

from collections.abc import Sequence

from tidings.model import Event, Quote


def _inside(q: Quote, start: int, end: int) -> bool:
    if q.kind == "direct" and q.parts:  # not the cue between the pieces
        return any(p.start <= start and end <= p.end for p in q.parts)
    return q.start <= start and end <= q.end


PRONOUN_SPEAKERS = frozenset("i me we us you they them he him she her it one".split())


def resolve_pronoun_speakers(quotes: Sequence[Quote]) -> None:
    """A speaker that is only a pronoun keeps its actor if the actors stage resolved it; else it
    takes the speaker of the innermost quote around it, else the quote has no speaker."""
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.actor is not None or sp.text.strip().lower() not in PRONOUN_SPEAKERS:
            continue
        outer = [
            o
            for o in quotes
            if o is not q
            and o.speaker is not None
            and o.speaker.actor is not None
            and sp.start is not None
            and sp.end is not None
            and _inside(o, sp.start, sp.end)
        ]
        q.speaker = min(outer, key=lambda o: o.end - o.start).speaker.model_copy() if outer else None


def link_events(quotes: Sequence[Quote], events: Sequence[Event]) -> None:
    """Set ``quote.events`` and ``event.quote`` for every event whose action is quoted.

    An event inside nested spans goes to the innermost (shortest) quote. Pronoun speakers are
    resolved first (``resolve_pronoun_speakers``)."""
    resolve_pronoun_speakers(quotes)
    for q in quotes:
        q.events = []
    for ev in events:
        holders = [q for q in quotes if _inside(q, ev.action.start, ev.action.end)]
        if not holders:
            continue
        q = min(holders, key=lambda x: x.end - x.start)
        q.events.append(ev.id)
        ev.quote = q.id


__all__ = ["link_events", "resolve_pronoun_speakers"]
