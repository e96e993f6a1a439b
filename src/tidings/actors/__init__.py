"""The actors stage: mentions -> Actor clusters with CAMEO-style codes.

Public surface used by other stages (events, quotes):
- ``actor_at(doc, start, end)``: the Actor whose mention covers tokens [start, end), or None.
- ``party_for(doc, start, end)``: a coded ``Party`` for any token range (a clustered
  actor, or coded from the words themselves, e.g. "the Iraqi government" -> IRQGOV).
"""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.model import Actor, Party


def actor_at(doc: Doc, start: int, end: int) -> Actor | None:
    """The actor one of whose mentions overlaps tokens [start, end) (the longest overlap)."""
    spans = doc.spans.get("tidings_actors") if doc.spans is not None else None
    if not spans:
        return None
    best, best_len = None, 0
    for sp in spans:
        overlap = min(sp.end, end) - max(sp.start, start)
        if overlap > best_len:
            best, best_len = sp.label_, overlap
    if best is None:
        return None
    for a in doc._.actors or []:
        if a.id == best:
            return a
    return None


def party_for(doc: Doc, start: int, end: int) -> Party | None:
    """A Party for tokens [start, end): the clustered actor if any, else None (for now)."""
    actor = actor_at(doc, start, end)
    span = doc[start:end]
    if actor is None:
        return None
    return Party(
        actor=actor.id,
        text=span.text,
        code=actor.code,
        country=actor.country,
        sectors=list(actor.sectors),
        start=span.start_char,
        end=span.end_char,
    )


__all__ = ["actor_at", "party_for"]
