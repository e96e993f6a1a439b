"""Places that are not toponyms proper, kept with their own ``source``: country and continent
adjectives used as modifiers ("adjective") and places inside organisations' names
("embedded"). See docs/times-places.md."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from tidings.places.gazetteer import Entry, gazetteer
from tidings.places.resolve import BIG_CITY, Mention

_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+\b")
_NAME_ENTS = ("ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW")


def _own(e: Entry) -> list[tuple[Entry, bool]]:
    return [(e, True)]


def adjectives(doc: Doc, taken: set[int], text: str) -> list[Mention]:
    """Adjectives of countries and continents used as modifiers ("Russian troops", "a European
    summit"): places with source "adjective", resolved to what they name. Plural nouns for
    people ("Russians") and languages ("in Russian") are not."""
    out: list[Mention] = []
    gaz = gazetteer()
    starts = doc.to_array(IDX).tolist()
    words = gaz.demonym_words()
    for match in _CAPITALISED.finditer(text):
        if match.group() not in words:
            continue
        k = bisect.bisect_left(starts, match.start())
        if k >= len(starts) or starts[k] != match.start() or k in taken:
            continue
        tok = doc[k]
        if tok.text != match.group() or tok.tag_ not in ("JJ", "NNP"):
            continue
        # "Russian troops", "Turkish-backed", "German, Irish and other immigrants", "the Malaysian navy" (ORG)
        modifier = tok.dep_ in ("amod", "compound", "nmod") or tok.dep_ == "conj" and tok.head.dep_ == "amod"
        if tok.ent_type_ not in ("NORP", "GPE", "") and not (tok.ent_type_ == "ORG" and tok.tag_ == "JJ"):
            continue
        if not modifier or tok.head.i == tok.i or tok.head.lemma_ in ("language", "translation"):
            continue
        start = tok.i
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if (
            prev is not None
            and prev.i not in taken
            and prev.text[:1].isupper()
            and prev.dep_ in ("amod", "compound")
        ):
            if gaz.demonym(doc[prev.i : tok.i + 1].text) is not None:
                start = prev.i  # "North American", "Latin American"
            elif prev.ent_iob_ == "B" and tok.ent_iob_ == "I":
                continue  # "Central American": an adjective the table lacks, not "American"
        span = doc[start : tok.i + 1]
        e = gaz.demonym(span.text)
        if e is not None:
            out.append(Mention(span, "adjective", "NORP", candidates=_own(e)))
    return out


def embedded(doc: Doc, taken: set[int], ents: Sequence[Span]) -> list[Mention]:
    """Countries, first-level divisions, continents and big cities inside the names of
    organisations and facilities ("Colorado State University", "US Federal Reserve"): places
    with source "embedded", never an event's scene."""
    from tidings.places.words import NOT_PLACES

    out: list[Mention] = []
    gaz = gazetteer()
    for ent in ents:
        if ent.label_ not in _NAME_ENTS or any(t.i in taken for t in ent):
            continue
        words = [(t.text, t.whitespace_) for t in ent]
        i = 0
        while i < len(words):
            found = None
            for j in range(min(len(words), i + 4), i, -1):
                if not all(w[:1].isupper() for w, _ in words[i:j]):
                    continue
                name = "".join(w + ws for w, ws in words[i:j]).strip()
                if name.lower() in NOT_PLACES:
                    continue
                cands: list[tuple[Entry, bool]] = [
                    (e, own)
                    for e, own in gaz.lookup(name)
                    if own
                    and (e.kind in ("country", "admin1", "continent", "region") or e.population >= BIG_CITY)
                ]
                if not cands and j <= i + 2 and (dem := gaz.demonym(name)) is not None:
                    cands = _own(dem)  # "Russian Higher School of Economics"
                if cands:
                    found = Mention(doc[ent.start + i : ent.start + j], "embedded", "GPE", candidates=cands)
                    i = j
                    break
            if found is not None:
                out.append(found)
            else:
                i += 1
    return out


# Last words of facility names that say where they are ("Baghdad International Airport",
# "the Jolo Cathedral"). Parks and streets are left out: they are more often named after
# people ("Victoria Park") than after the town they are in.
FACILITY_HEADS = {
    "airport", "airfield", "airbase", "base", "cathedral", "church", "mosque", "temple", "shrine", "synagogue",
    "stadium", "arena", "bridge", "dam", "palace", "station", "harbour", "harbor", "prison", "refinery",
    "court", "courthouse", "jail", "hospital",
}  # fmt: skip
_DISTRICT_SIDES = {"northern", "southern", "eastern", "western", "central", "middle"}


def court_districts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the U.S. District Court for the Northern District of California": the district of a
    division or country is one place with the district's text, resolved to the division
    ("Northern District" alone would be read as some country's region of that name).
    Returns the mentions with each such division widened and the words it takes in dropped;
    the widened ones get the reason "a court district of ..." once resolved (``district_of``)."""
    out: list[Mention] = []
    for m in mentions:
        i = m.span.start
        kinds = {e.kind for e, _ in m.candidates}
        if (
            i >= 2
            and doc[i - 1].lower_ == "of"
            and doc[i - 2].lower_ == "district"
            and kinds & {"admin1", "country"}
        ):
            start = i - 2
            if start >= 1 and doc[start - 1].lower_ in _DISTRICT_SIDES and doc[start - 1].text[:1].isupper():
                start -= 1
            if doc[start].text[:1].isupper():
                m.span = doc[start : m.span.end]
                out = [o for o in out if o.span.end <= start]
                m.candidates = [(e, own) for e, own in m.candidates if e.kind in ("admin1", "country")]
        out.append(m)
    return out


def district_of(m: Mention) -> bool:
    return (
        m.entry is not None
        and " District of " in f" {m.span.text}"
        and m.span[-1].text == m.entry.name.split()[-1]
    )


def facility(span: Span) -> Mention | None:
    """A facility the gazetteer does not know, named after the town or division it is in
    ("Baghdad International Airport" -> Baghdad): a place with the facility's text and the
    town's point (label "FAC"), or None. Countries do not count: "Kuwait International
    Airport" is not the country's centre."""
    from tidings.places.words import NOT_PLACES

    if len(span) < 2 or span[-1].lower_ not in FACILITY_HEADS or not span[0].text[:1].isupper():
        return None
    gaz = gazetteer()
    for j in range(min(len(span) - 1, 3), 0, -1):
        name = span[:j].text
        if name.lower() in NOT_PLACES or not all(t.text[:1].isupper() for t in span[:j]):
            continue
        cands: list[tuple[Entry, bool]] = [
            (e, own) for e, own in gaz.lookup(name) if own and e.kind in ("city", "admin1")
        ]
        if cands:
            return Mention(span, "ner", "FAC", candidates=cands)
    return None
