"""A common noun for a kind of facility, taken as the facility of that kind the story names.

"Sirhan Sirhan was stabbed in the neck while in prison" ... "Sirhan was serving his time at
Richard J. Donovan Correctional Facility in San Diego County": the prison is the one the
story names. When an event's own clause has a bare locative of a facility's kind ("in
prison", "at the court", "in hospital") and the sentence names no scene, the nearest place
of the document that is a facility of that kind (by its last words: "Correctional
Facility", "Prison", "District Court") is the event's place; evidence "'in prison': the
prison the story names, 'Richard J. Donovan Correctional Facility'". Used by
``tidings.places.event`` after the sentence's own scenes.

Also here: a town found elsewhere in the event's sentence narrowed to a facility in that
town that the next sentence names (``more_precise``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from tidings.model import EventLocation, Place
from tidings.nlp.extensions import doc_text
from tidings.places.mentions import InSentence
from tidings.times.clause import rank, within

# Common nouns (lemmas) and the kind of facility they stand for.
KIND_OF = {
    "prison": "prison", "jail": "prison", "gaol": "prison", "penitentiary": "prison",
    "court": "court", "courthouse": "court", "courtroom": "court",
    "hospital": "hospital", "mosque": "mosque", "church": "church", "cathedral": "church",
    "stadium": "stadium", "airport": "airport",
}  # fmt: skip
# Last words of a facility's name beyond those nouns themselves ("Correctional Facility").
NAME_KINDS = {
    ("correctional", "facility"): "prison",
    ("detention", "centre"): "prison",
    ("detention", "center"): "prison",
    ("medical", "centre"): "hospital",
    ("medical", "center"): "hospital",
}
_PREPS = {"in", "at", "inside", "outside"}


def facility_kind(span: Span) -> str | None:
    """The kind of facility a name is, by its last words ("Christchurch District Court": court)."""
    if len(span) >= 2 and (kind := NAME_KINDS.get((span[-2].lower_, span[-1].lower_))) is not None:
        return kind
    return KIND_OF.get(span[-1].lower_)


def _bare_kinds(doc: Doc, sent: Span, token_indices: Sequence[int]) -> list[tuple[int, str, str]]:
    """(token, kind, phrase) of each bare locative of a facility's kind attached to the event."""
    out = []
    for t in sent:
        if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ not in _PREPS:
            continue
        kind = KIND_OF.get(t.lemma_.lower())
        if kind is None or rank(doc[t.i : t.i + 1], doc, token_indices)[0] > 1:
            continue
        out.append((t.i, kind, doc[t.head.i : t.i + 1].text))
    return out


def named_facility(
    doc: Doc, sent: Span, token_indices: Sequence[int], spans: Sequence[Span], places: dict[str, Place]
) -> EventLocation | None:
    """The facility the story names for the event's bare "in prison" (see the module
    docstring), or None. ``spans``: the place spans of the whole document."""
    bare = _bare_kinds(doc, sent, token_indices)
    if not bare:
        return None
    facilities = [
        s
        for s in spans
        if s.label_ in places
        and (places[s.label_].reason or "").startswith("facility")
        and places[s.label_].lat is not None
    ]
    for i, kind, phrase in bare:
        same = [s for s in facilities if facility_kind(s) == kind]
        if same:
            span = min(same, key=lambda s: (abs(s.start - i), s.start))
            place = places[span.label_]
            return EventLocation(
                place=place.id,
                text=place.text,
                source="clause",
                evidence=f"{phrase!r}: the {kind} the story names, {span.text!r}",
            )
    return None


def more_precise(
    doc: Doc,
    sent: Span,
    found: EventLocation,
    spans: list[Span],
    places: dict[str, Place],
    in_sentence: InSentence,
) -> EventLocation:
    """A town found elsewhere in the event's sentence (not attached to it), narrowed to the
    facility in that town the next sentence of the paragraph names as its act's scene ("On
    Sunday in London, ... began to stab people. Reportedly he injured a man and two women on
    Streatham High Road, London" -> Streatham High Road). The point stays the town's."""
    place = places.get(found.place or "")
    if found.source != "sentence" or place is None or place.geonameid is None or sent.end >= len(doc):
        return found
    if (place.reason or "").startswith("facility"):
        return found
    nxt = doc[sent.end].sent
    gap = doc_text(doc)[sent.start_char : nxt.start_char]
    if "\n" in gap[len(gap.rstrip()) :]:
        return found  # a line break ends the paragraph
    there = in_sentence(doc, [nxt.root.i], within(spans, nxt), places)
    fac = places.get(there.place or "") if there is not None and there.source == "clause" else None
    if fac is None or not (fac.reason or "").startswith("facility") or fac.geonameid != place.geonameid:
        return found
    evidence = f"{found.evidence}; more precisely {fac.text!r}, the next sentence's scene"
    return EventLocation(place=fac.id, text=fac.text, source=found.source, evidence=evidence)
