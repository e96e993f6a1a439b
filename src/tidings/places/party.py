"""The place of the event's party: a local body acts where it sits.

"The Minneapolis police fired ...", "a Florida court ruled", "the mayor of Fort Lee",
"Christchurch District Court remanded him", "Wisconsin Governor Tony Evers declared" (a
name's title), "the Minneapolis council voted to disband" (the subject of the verb an
xcomp event depends on): when the event's sentence names no scene, a
town or first-level division that qualifies the event's subject or object, whose head is
a local body (police, a court, a council, a mayor ...), is where the event happened. A
country there is an actor's nationality ("the US government"), not a scene, and is left
out; so are organisations that are not local bodies ("the New York Times reported").
Used by ``tidings.places.event`` after the sentence's own scene and before the story's."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from tidings.model import EventLocation, Place
from tidings.times.clause import clause_head

# Heads of a party that is a local body: it acts at its seat.
LOCAL_BODIES = {
    "police", "policeman", "policemen", "officer", "constable", "sheriff", "deputy", "firefighter",
    "court", "courthouse", "judge", "magistrate", "jury", "prosecutor", "prosecution",
    "council", "councillor", "councilor", "councilman", "mayor", "governor", "legislature",
    "assembly", "lawmaker", "legislator", "senate", "department", "hospital", "coroner",
}  # fmt: skip
TOWN_NOUNS = {"city", "town", "village", "borough", "county", "province", "state", "municipality"}


def _party_heads(doc: Doc, token_indices: Sequence[int]) -> list[Token]:
    """The event's subject and object heads (an agent's or an object's noun for "by"/"of"),
    and their appositions ("Pawel Adamowicz, mayor of the Polish city of Gdansk, was stabbed")."""
    verb = clause_head(doc, token_indices)
    out: list[Token] = []
    verbs = [verb]
    if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verbs.append(verb.head)  # the controller's subject acts: "the Minneapolis council voted to disband"
    for v in verbs:
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "dobj" and v is verb:
                out.append(c)
            elif c.dep_ == "agent" and v is verb:
                out.extend(g for g in c.children if g.dep_ == "pobj")
    out += [a for h in out for a in h.children if a.dep_ == "appos"]
    # a name's title: "Wisconsin Governor Tony Evers declared", "Mayor Bill de Blasio"
    return out + [c for h in out if h.pos_ == "PROPN" for c in h.children if c.dep_ == "compound"]


def _qualifies_body(span: Span, head: Token) -> bool:
    """``span`` names the seat of the body ``head``: inside it ("Christchurch District
    Court"), a compound of it ("Minneapolis police", "a Florida court"), or its "of"
    ("the mayor of Fort Lee", "the police of Paris")."""
    root = span.root
    if span.start <= head.i < span.end:
        return True
    if root.head.i == head.i and root.dep_ in ("compound", "nmod", "amod", "poss"):
        return True
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in TOWN_NOUNS:
        root, prep = prep.head, prep.head.head  # "the mayor of the city of Gdansk"
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i == head.i


def _seat(place: Place) -> bool:
    feature = place.feature or ""
    return feature.startswith("P.") or feature == "A.ADM1" or (place.reason or "").startswith("facility")


def party_place(
    doc: Doc, token_indices: Sequence[int], spans: list[Span], places: dict[str, Place]
) -> EventLocation | None:
    """The seat of the event's party when that party is a local body (see the module
    docstring), or None. ``spans``: every place span of the sentence, embedded ones too."""
    for head in _party_heads(doc, token_indices):
        if head.lemma_.lower() not in LOCAL_BODIES and head.lower_ not in LOCAL_BODIES:
            continue
        for span in spans:
            place = places[span.label_]
            if place.lat is None or place.source == "adjective" or not _seat(place):
                continue
            if _qualifies_body(span, head):
                return EventLocation(
                    place=place.id,
                    text=place.text,
                    source="clause",
                    evidence=f"the seat of the event's party {head.text!r}: {span.text!r}",
                )
    return None
