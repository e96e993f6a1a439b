"""The story's focus place: where the article's lead says its story happens.

A news story names its scene in the lead ("... collapsed in a former rebel-held
neighbourhood of Aleppo, Syria") and then tells the rest of the story there without
naming it again. When an event's sentence names no toponym and nothing nearer places it
(its own clause, its paragraph, its noun named again), the event takes the lead's scene:
the first town or first-level division a locative phrase names in the article's first
``LEAD_SENTENCES`` sentences, attached to the clause of that sentence's root (not a
background clause's), for events told within ``REACH`` sentences of the start. Countries
are left out (in a lead they are more often actors or the story's background than its
scene), and so are places the lead only names inside a person's description. Used by ``tidings.places.event`` before the dateline step."""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from spacy.tokens import Doc, Span

from tidings.model import EventLocation, Place

LEAD_SENTENCES = 2
REACH = 10  # sentences: 5, 10 and 20 measured on events dev (59, 62, 62 of 73; 30, 35, 41 spurious)


def lead_scene(
    doc: Doc,
    sent_index: int,
    spans: list[Span],
    places: dict[str, Place],
    is_locative: Callable[[Span], bool],
) -> EventLocation | None:
    """The lead's first scene (see the module docstring), or None. ``spans``: the place
    spans of the whole document; ``is_locative``: whether a span is a scene ("in X"), from
    ``tidings.places.event`` (passed in, so that the two modules do not import each other)."""
    from tidings.places.roles import describes_person
    from tidings.times.clause import rank

    if sent_index > REACH:
        return None
    sents = list(islice(doc.sents, min(LEAD_SENTENCES, sent_index)))  # the focus carries forward only
    if not sents:
        return None
    end = sents[-1].end
    for span in sorted(spans, key=lambda s: s.start):
        if span.start >= end:
            break
        place = places.get(span.label_)
        if place is None or place.source in ("embedded", "dateline", "adjective") or place.lat is None:
            continue
        feature = place.feature or ""
        if not (feature.startswith("P.") or feature == "A.ADM1"):
            continue
        i = next(k for k, s in enumerate(sents) if s.start <= span.start < s.end)
        if is_locative(span) and not describes_person(span) and rank(span, doc, [sents[i].root.i])[0] <= 1:
            return EventLocation(
                place=place.id,
                text=place.text,
                source="context",
                evidence=f"the story's scene: {span.text!r} in the lead (sentence {i + 1})",
            )
    return None
