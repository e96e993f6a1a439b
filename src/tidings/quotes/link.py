"""Tie events to the quotes they were reported in (the event's action lies in the quote), and
leave no quote attributed to a bare pronoun: a speaker "I"/"you"/"they" ... is the speaker of
the quote it stands in ("“I will not resign,” she said" inside a quote by X -> X), the actor the
pronoun was resolved to, or no speaker at all."""

from __future__ import annotations

from collections.abc import Sequence

from tidings.model import Actor, Event, Party, Quote


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
        inner = min(outer, key=lambda o: o.end - o.start).speaker if outer else None
        q.speaker = inner.model_copy() if inner is not None else None


# a party that is the quote's own speaker ("“We will not back down,” the minister said")
FIRST_PERSON = frozenset("i me we us myself ourselves".split())


def link_events(quotes: Sequence[Quote], events: Sequence[Event], actors: Sequence[Actor] = ()) -> None:
    """Set ``quote.events`` and ``event.quote`` for every event whose action is quoted.

    An event inside nested spans goes to the innermost (shortest) quote. Pronoun speakers are
    resolved first (``resolve_pronoun_speakers``); a first-person party of a quoted event that
    the actors stage left uncoded ("I", "we", "us") is the quote's speaker, when the speaker
    is a coded actor (``speaker_parties``)."""
    resolve_pronoun_speakers(quotes)
    for q in quotes:
        q.events = []
    by_id = {a.id: a for a in actors}
    for ev in events:
        holders = [q for q in quotes if _inside(q, ev.action.start, ev.action.end)]
        if not holders:
            continue
        q = min(holders, key=lambda x: x.end - x.start)
        q.events.append(ev.id)
        ev.quote = q.id
        speaker = by_id.get(q.speaker.actor) if q.speaker is not None and q.speaker.actor else None
        if speaker is not None and speaker.code:
            speaker_parties(ev, q, speaker)


def speaker_parties(ev: Event, q: Quote, speaker: Actor) -> None:
    """ "“I request the government to help us,” said X": an uncoded "I"/"we"/"us" inside the
    quote is X (a "we" speaks for X's side, coded as X is)."""
    for side in ("source", "target"):
        p: Party | None = getattr(ev, side)
        if (
            p is None
            or p.code
            or p.text.strip().lower() not in FIRST_PERSON
            or p.start is None
            or p.end is None
            or not _inside(q, p.start, p.end)
        ):
            continue
        other = ev.target if side == "source" else ev.source
        if other is not None and other.actor == speaker.id:
            continue  # "I told him": the speaker is not on both sides
        setattr(
            ev,
            side,
            p.model_copy(
                update={
                    "actor": speaker.id,
                    "code": speaker.code,
                    "country": speaker.country,
                    "sectors": list(speaker.sectors),
                }
            ),
        )


__all__ = ["link_events", "resolve_pronoun_speakers"]
