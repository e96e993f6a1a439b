"""The places stage: toponyms -> GeoNames places.

Public surface used by the events stage:
- ``event_location(doc, sent_index, token_indices)``: the EventLocation for an event whose
  clause covers ``token_indices`` in sentence ``sent_index``, or None.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from tidings.model import EventLocation, Place
from tidings.times.clause import rank, sentence, within

SPAN_KEY = "tidings_places"
# Prepositions that make a place the scene of what happens ("in Tehran", "near Mosul").
LOCATIVE = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "around",
    "within",
    "off",
    "along",
    "into",
    "on",
}


def is_locative(span: Span) -> bool:
    """True when the place is the object of a locative preposition, directly or as the
    qualifier of one ("in Astana, Kazakhstan": Kazakhstan too)."""
    tok = span.root
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
            tok = tok.head.head  # "in the port town of Mokha"
            continue
        if tok.dep_ in ("appos", "conj", "npadvmod", "compound", "nmod") and tok.head is not tok:
            tok = tok.head
            continue
        return False
    return False


def _modifies_event(span: Span, event_toks: set[int], place: Place) -> bool:
    """A town or region naming the event's noun: "a Kabul car bombing". Countries in that
    position are usually the actor ("a US airstrike"), so they do not count."""
    root = span.root
    return (
        root.dep_ in ("compound", "nmod")
        and root.head.i in event_toks
        and place.feature is not None
        and place.feature != "A.PCLI"
    )


def _specificity(place: Place) -> int:
    feature = place.feature or ""
    return 0 if feature.startswith("P.") else 1 if feature == "A.ADM1" else 2


def event_location(doc: Doc, sent_index: int, token_indices: Sequence[int]) -> EventLocation | None:
    """The place attached to the event's clause ("in Tehran"), else the dateline's place
    when the sentence names no scene of its own, else None."""
    places: dict[str, Place] = {p.id: p for p in (doc._.places or [])}
    sent = sentence(doc, sent_index) if token_indices else None
    if sent is None:
        return None
    spans = within(doc.spans[SPAN_KEY], sent) if SPAN_KEY in doc.spans else []
    event_toks = set(token_indices)
    scenes = [s for s in spans if is_locative(s)]
    modifiers = [
        s
        for s in spans
        if s not in scenes and s.label_ in places and _modifies_event(s, event_toks, places[s.label_])
    ]
    best = None
    for span in scenes + modifiers:
        place = places.get(span.label_)
        if place is None:
            continue
        level, distance = rank(span, doc, token_indices)
        if level > 1:
            continue
        # the more specific of "Astana, Kazakhstan": a qualifier never wins over what it qualifies
        qualifies = (
            span.start > 0
            and doc[span.start - 1].text == ","
            and any(o.end == span.start - 1 for o in scenes)
        )
        key = (level, qualifies, _specificity(place), distance)
        if best is None or key < best[0]:
            best = (key, place)
    if best is not None:
        place = best[1]
        return EventLocation(place=place.id, text=place.text, source="clause")
    if not scenes and "dateline" in places:
        return EventLocation(place="dateline", text=places["dateline"].name, source="dateline")
    return None


__all__ = ["event_location", "is_locative", "SPAN_KEY"]
