"""Facilities the index lacks, placed by the town the text says they are in.

The offline index holds no buildings, streets or bridges, but a news story often says
where one is: "at Fishmongers' Hall in London", "on Streatham High Road, London", "at
Richard J. Donovan Correctional Facility in San Diego County", "London's Fishmongers' Hall".
A FAC entity the gazetteer does not know, or an organisation whose last word is a
facility's ("the Al Noor Mosque", "the Superior Court"), followed by "in Y" or ", Y" or
preceded by "Y's", where Y is a town, a first- or second-level division the document
resolved, is a place with its own text at Y's point (``reason`` "facility in London, at
its point"). An embassy or consulate "in" a country sits in its capital ("the United
States Embassy in Iraq" -> Baghdad; the exceptions, such as most embassies in Israel in
Tel Aviv, lie within 100 km of the capital). A later mention of the same facility with no
qualifier is the same place ("at Richard J. Donovan Correctional Facility at 2:21 p.m.").

Called by ``tidings.places.find.find_places`` on the resolved mentions.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from tidings.places.gazetteer import gazetteer
from tidings.places.modifiers import FACILITY_HEADS
from tidings.places.resolve import Mention

# Organisations whose last word says they are a building or site (beyond the facility heads
# of names that carry their town: "Baghdad International Airport").
BUILDING_HEADS = FACILITY_HEADS | {
    "hall", "embassy", "consulate", "facility", "hotel", "mosque", "school", "college", "theatre", "theater",
    "museum", "centre", "center", "tower", "market", "mall", "square", "street", "road", "avenue", "bridge",
    "penitentiary", "courthouse", "barracks", "camp",
}  # fmt: skip
EMBASSIES = {"embassy", "consulate"}
_QUALIFIER_KINDS = ("city", "admin1", "admin2")


def _bare(doc: Doc, ent: Span) -> Span:
    """The entity without a leading "the" and a trailing possessive or punctuation."""
    span = ent
    if span[0].lower_ == "the" and len(span) > 1:
        span = doc[span.start + 1 : span.end]
    while len(span) > 1 and (span[-1].is_punct or span[-1].tag_ == "POS"):
        span = doc[span.start : span.end - 1]
    return span


# Last words that make even a "person" the NER saw a building ("Richard J. Donovan
# Correctional Facility"); not "hall" or "street", which are surnames too.
NOT_PERSON_HEADS = {
    "facility", "prison", "penitentiary", "jail", "airport", "hospital", "mosque", "embassy", "courthouse",
    "stadium", "cathedral", "church", "synagogue", "museum",
}  # fmt: skip


def _candidate(doc: Doc, ent: Span) -> Span | None:
    """A facility name the text may place: a FAC entity, or an ORG (or a PERSON, for a few
    unmistakable last words) that names a building."""
    if ent.label_ not in ("FAC", "ORG", "PERSON"):
        return None
    span = _bare(doc, ent)
    if not span.text[:1].isupper() and not span.text[:1].isdigit():
        return None
    if ent.label_ == "ORG" and span[-1].lower_ not in BUILDING_HEADS:
        return None
    if ent.label_ == "PERSON" and (len(span) < 2 or span[-1].lower_ not in NOT_PERSON_HEADS):
        return None
    return span


def _qualifier(
    doc: Doc, span: Span, by_start: dict[int, Mention], by_end: dict[int, Mention]
) -> Mention | None:
    """The resolved town or division that says where ``span`` is: "X in Y", "X, Y", "Y's X"."""
    nxt = span.end
    if nxt < len(doc) and doc[nxt].lower_ in ("in", ",") and (m := by_start.get(nxt + 1)) is not None:
        return m
    if (
        span.start >= 1
        and doc[span.start - 1].tag_ == "POS"
        and (m := by_end.get(span.start - 1)) is not None
    ):
        return m
    return None


def located_facilities(doc: Doc, ents: Sequence[Span], mentions: list[Mention]) -> list[Mention]:
    """New mentions for the facilities the text places (see the module docstring), each with
    its entry and reason set; ``mentions`` are the document's resolved ones. Returns them
    with the unresolved mentions they replace dropped, in text order."""
    usable = [m for m in mentions if m.entry is not None and m.source not in ("embedded", "adjective")]
    by_start = {m.span.start: m for m in usable}
    by_end = {m.span.end: m for m in usable}
    named = [m for m in mentions if m.entry is not None and m.source != "embedded"]
    placed: dict[str, Mention] = {}
    new: list[Mention] = []
    for ent in ents:
        span = _candidate(doc, ent)
        if span is None or any(_blocks(m.span, span) for m in named):
            continue
        q = _qualifier(doc, span, by_start, by_end)
        entry, reason = None, ""
        if q is not None and q.entry is not None:
            if q.entry.kind in _QUALIFIER_KINDS:
                entry, reason = q.entry, f"facility in {q.entry.name}, at its point"
            elif q.entry.kind == "country" and span[-1].lower_ in EMBASSIES and doc[span.end].lower_ == "in":
                entry = gazetteer().capital(q.entry.country)
                reason = f"facility in {q.span.text}, at its capital {entry.name}" if entry else ""
        if entry is None and span.text in placed:
            first = placed[span.text]
            entry, reason = first.entry, f"facility as {span.text!r} earlier; {first.reason}"
        if entry is None:
            continue
        m = Mention(span, "ner", "FAC", entry=entry, candidates=[(entry, True)], reason=reason)
        placed.setdefault(span.text, m)
        new.append(m)
    if not new:
        return mentions
    kept: list[Mention] = []
    for m in mentions:
        inside = any(f.span.start <= m.span.start and m.span.end <= f.span.end for f in new)
        if inside and m.entry is None:
            continue  # the unresolved name the facility replaces
        if inside and m.source != "embedded":
            m.source = "embedded"  # "Streatham" in "Streatham High Road": part of the name, not the scene
        kept.append(m)
    return sorted(kept + new, key=lambda m: m.span.start)


def _blocks(found: Span, span: Span) -> bool:
    """A resolved mention that overlaps the facility's name without lying wholly inside it
    (or is the whole name: the index knows it) leaves the name alone."""
    if found.end <= span.start or span.end <= found.start:
        return False
    return not (span.start <= found.start and found.end <= span.end) or (found.start, found.end) == (
        span.start,
        span.end,
    )
