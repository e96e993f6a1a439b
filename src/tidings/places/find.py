"""Finding toponyms in a parsed Doc and resolving them to gazetteer places (pure: Doc in, Places out).

Mentions: spaCy GPE/LOC entities, FAC entities the gazetteer knows, and proper-noun runs
the NER missed or mislabelled (after a locative preposition any town of the index; elsewhere
countries, regions, first-level divisions and cities of 100,000+). Adjectives are never
places ("Iranian" is a demonym); parts of person and organisation names are not towns.

Disambiguation, in this order: the "X, Y" qualifier ("Astana, Kazakhstan"); countries,
regions and continents before towns of the same name; then a score over population,
capital status and the document's countries (countries named in the text, countries of its
big cities and first-level divisions, and the dateline's country). docs/times-places.md
explains each rule with the case that motivated it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import IDX, POS
from spacy.symbols import PROPN  # type: ignore[import-not-found]
from spacy.tokens import Doc, Span

from tidings.model import Place
from tidings.nlp.extensions import doc_text
from tidings.places.facilities import located_facilities
from tidings.places.gazetteer import Entry, gazetteer
from tidings.places.modifiers import (
    FACILITY_HEADS,
    adjectives,
    court_districts,
    district_of,
    embedded,
    facility,
)
from tidings.places.resolve import BIG_CITY, Context, Mention, choose, choose_why, resolve, score
from tidings.places.words import CALENDAR, NOT_PLACES, NOT_PLACES_NER  # noqa: F401

__all__ = ["BIG_CITY", "Context", "Mention", "choose", "dateline_place", "find_places", "score"]
_REGIONISH = {"country", "region", "continent"}
DIRECTIONS = {
    "east",
    "west",
    "north",
    "south",
    "central",
    "eastern",
    "western",
    "northern",
    "southern",
    "southeast",
    "south-east",
    "northeast",
    "northwest",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
}


def _lookup_text(span: Span) -> str:
    text = span.text
    if text.endswith("'s") or text.endswith("\u2019s"):
        text = text[:-2]
    return text


LOCATIVE_BEFORE = {
    "in", "at", "near", "from", "to", "between", "of", "outside", "across", "into", "toward", "towards", "via",
    "and", "on", "over",
}  # fmt: skip
STRONG_BEFORE = {
    "in",
    "at",
    "near",
    "from",
    "to",
    "outside",
    "into",
    "across",
    "toward",
    "towards",
    "via",
    "between",
}
PLACE_NOUNS = {
    "city", "town", "village", "mayor", "governor", "province", "region", "district", "capital", "outskirts",
    "suburb", "state", "county", "port", "island", "resident", "people", "municipality", "area", "centre",
    "center", "street", "president", "government", "prime", "minister", "king", "embassy", "republic",
}  # fmt: skip
PLACE_WORDS = {
    "city",
    "town",
    "village",
    "province",
    "region",
    "district",
    "county",
    "port",
    "island",
    "municipality",
}
_SUFFIXES = (" city", " province", " district", " governorate", " oblast", " prefecture", " region", " state")


def _lookup(text: str) -> list[tuple[Entry, bool]]:
    """Gazetteer entries for a name, retried without a generic suffix ("Tandag City")."""
    cands = gazetteer().lookup(text)
    if not cands:
        low = text.lower()
        for suf in _SUFFIXES:
            if low.endswith(suf) and len(text) > len(suf) + 2:
                return gazetteer().lookup(text[: -len(suf)])
    return cands


def _scene(doc: Doc, i: int) -> bool:
    """True when doc[i] follows "in", "at", "near" or "outside" (with or without "the"), or
    "the city of", "the town of" ..."""
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    if i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lemma_.lower() in PLACE_WORDS:
        return True
    return i > 0 and doc[i - 1].lower_ in ("in", "at", "near", "outside")


def _person_parts(ents: Sequence[Span]) -> tuple[set[str], set[str], set[str]]:
    """Words of the document's multi-word person names ("John Bolton" -> john, bolton) that
    the NER never calls a place, the subset that ends a name (surnames), and all surnames."""
    places = {t.lower_ for e in ents if e.label_ in ("GPE", "LOC") for t in e}
    names = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
    parts = {t.lower_ for e in names for t in e if t.text[:1].isupper()} - places
    surnames = {e[-1].lower_ for e in names}
    return parts, surnames - places, surnames


def _ent_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Start and end of the entity token i is in, from the IOB tags."""
    start, end, n = i, i + 1, len(doc)
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < n and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _run_mention(doc: Doc, i: int, j: int, persons: tuple[set[str], set[str], set[str]]) -> Mention | None:
    """A place for the proper-noun run doc[i:j], or None. After a locative preposition any
    town the gazetteer knows will do (and the run may be cut: "of Ukraine Volodymyr
    Zelenskyy" -> Ukraine); elsewhere only countries, regions and cities of 100,000+."""
    k = i - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    prev = doc[k].lower_ if k >= 0 else ""
    locative = prev in LOCATIVE_BEFORE and not (
        prev == "and" and (k < 1 or doc[k - 1].ent_type_ not in ("GPE", "LOC"))
    )
    # "in X", or "of X" after a word for a place ("the mayor of X", "the city of X")
    # ... or "of X" after a compass point ("73 km north of X")
    strong = prev in STRONG_BEFORE or (
        prev == "of"
        and k > 0
        and (doc[k - 1].lemma_.lower() in PLACE_NOUNS or doc[k - 1].lower_ in DIRECTIONS)
    )
    # a member of a list of places: "Carrascal, Cantilan, Madrid, Lanuza, and Cortes"
    last = doc[j - 1]
    if last.dep_ in ("conj", "appos") and last.head.ent_type_ in ("GPE", "LOC") and prev in (",", "and"):
        locative = strong = True
    ent = doc[i].ent_type_
    if ent in ("ORG", "PERSON", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "NORP"):
        start, end = _ent_bounds(doc, i)  # the entity around token i (no doc.ents per mention)
        if ent == "PERSON" and (start < i or end > j):
            return None  # part of a person's name: "John Bolton"
        # the NER named something else: only a clear place phrase overrules it
        # ("in La Llagosta"), and never inside a longer name ("Department of Justice")
        locative = strong and start == i
    ends = range(j, i, -1) if locative else (j,)
    for k in ends:
        span = doc[i:k]
        if span.text.lower() in NOT_PLACES or all(t.tag_ == "JJ" for t in span):
            continue
        if k - i == 1 and span[0].lower_ in persons[0]:
            continue  # "Bolton" after "John Bolton"
        cands = [
            (e, own)
            for e, own in _lookup(span.text)
            if e.kind in _REGIONISH
            or e.kind == "admin1"
            and own
            or e.population >= (0 if locative else BIG_CITY)
            and (own or locative)
        ]
        if cands:
            return Mention(span, "gazetteer", "GPE", candidates=cands)
    return None


def _ner_mention(
    doc: Doc,
    span: Span,
    label: str,
    persons: tuple[set[str], set[str], set[str]],
    cands: list[tuple[Entry, bool]] | None = None,
) -> Mention | None:
    if cands is None:
        cands = _lookup(_lookup_text(span))
    if all(t.tag_ == "JJ" for t in span) or span.text.lower() in NOT_PLACES_NER:
        return None
    if len(span) == 1 and span[0].lower_ in persons[1]:
        return None  # "Cummings" after "Elijah Cummings": a person
    if len(span) == 1 and not cands and span[0].lower_ in persons[2]:
        return None  # "in Navalny's blood" after "Alexei Navalny": no town of that name either
    if not span.text[:1].isupper():
        # "east Asia", "west coast city": only a region or country named in lower case will do
        cands = [c for c in cands if c[0].kind in _REGIONISH]
        if not cands:
            return None
    if not cands and (label == "FAC" or not _scene(doc, span.start)):
        return None  # an unknown name is kept only where it is clearly a place: "in Babyninsky"
    return Mention(span, "ner", label, candidates=cands)


# Lower-case words that, like a direction, name a part of a country or division
# ("mainland China", "rural Syria"): they belong to the toponym's text.
PART_WORDS = {"mainland", "coastal", "inland", "rural"}


def _with_direction(doc: Doc, m: Mention) -> Mention:
    """A lower-case direction or part word before a country or division belongs to the
    toponym's text ("north-eastern Syria", "southern Iraq", "mainland China"); the place
    stays the country or division."""
    i = m.span.start
    if not m.candidates or m.candidates[0][0].kind not in ("country", "admin1"):
        return m
    if (
        i >= 3
        and doc[i - 2].text == "-"
        and doc[i - 3].lower_ in DIRECTIONS
        and doc[i - 1].lower_ in DIRECTIONS
    ):
        start = i - 3  # "north-eastern"
    elif i >= 1 and doc[i - 1].lower_ in DIRECTIONS | PART_WORDS and doc[i - 1].text.islower():
        start = i - 1
    else:
        return m
    if not doc[start].text.islower():
        return m
    m.span = doc[start : m.span.end]
    return m


def _list_parts(doc: Doc, span: Span) -> list[Mention]:
    """Countries and first-level divisions that together make up an entity the gazetteer does
    not know ("Greece Italy"); empty unless every word belongs to one of them."""
    out: list[Mention] = []
    i = span.start
    while i < span.end:
        for j in range(span.end, i, -1):
            cands: list[tuple[Entry, bool]] = [
                (e, own) for e, own in _lookup(doc[i:j].text) if own and e.kind in ("country", "admin1")
            ]
            if cands:
                out.append(Mention(doc[i:j], "ner", "GPE", candidates=cands))
                i = j
                break
        else:
            return []
    return out if len(out) > 1 else []


def _mentions(doc: Doc, ents: Sequence[Span], text: str) -> list[Mention]:
    out: list[Mention] = []
    persons = _person_parts(ents)
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC", "FAC", "ORG"):
            continue
        if ent.label_ == "ORG" and ent[-1].lower_ not in FACILITY_HEADS:
            continue  # an organisation is a place only when it is a facility ("the Jolo Cathedral")
        span = ent
        if span[0].lower_ == "the" and len(span) > 1:
            span = doc[span.start + 1 : span.end]
        while len(span) > 1 and (span[-1].is_punct or span[-1].tag_ == "POS"):
            span = doc[span.start : span.end - 1]  # "Kerman," and "Saudi Arabia's" -> the name
        if span.start > 0 and doc[span.start - 1].lower_ in DIRECTIONS:
            wider = doc[span.start - 1 : span.end]  # "east Asia", "South Caucasus"
            if any(e.kind in _REGIONISH for e, _ in _lookup(wider.text)):
                span = wider
        if span.start > 1 and doc[span.start - 1].tag_ == "POS" and doc[span.start - 2].is_title:
            wider = doc[span.start - 2 : span.end]  # "Hawke's Bay", "King's Lynn": one name
            if _lookup(wider.text):
                span = wider
        cands = _lookup(_lookup_text(span))
        if not cands and (fac := facility(span)) is not None:
            out.append(fac)  # "Baghdad International Airport": the facility at its town's point
            continue
        if ent.label_ == "ORG":
            continue
        commas = [t.i for t in span if t.text == ","]
        if not cands and commas and commas[0] > span.start:
            # one entity for "Karipur, Kerala": two names
            parts = [doc[span.start : commas[0]], doc[commas[0] + 1 : span.end]]
            out.extend(
                m for part in parts if len(part) and (m := _ner_mention(doc, part, ent.label_, persons))
            )
            continue
        if not cands and len(span) > 1 and (listed := _list_parts(doc, span)):
            out.extend(listed)  # one entity for "Greece Italy" (a list the parser ran together)
            continue
        m = _ner_mention(doc, span, ent.label_, persons, cands)
        if m is not None:
            out.append(_with_direction(doc, m))
    # proper-noun runs the NER missed or mislabelled ("Omsk" as ORG, "La Llagosta" as PERSON)
    taken = {i for m in out for i in range(m.span.start, m.span.end)}
    # from arrays: no Token objects for the many tokens that are not capitalised proper nouns
    propn = [pos == PROPN and text[idx : idx + 1].isupper() for idx, pos in doc.to_array([IDX, POS]).tolist()]
    i, n = 0, len(doc)
    missed: list[Span] = []
    while i < n:
        if i in taken or not propn[i]:
            i += 1
            continue
        j = i
        while j < n and j not in taken and doc[j].pos_ == "PROPN" and j - i < 5:
            j += 1
        m = _run_mention(doc, i, j, persons)
        if m is not None:
            out.append(m)
        elif (
            doc[i].ent_type_ in ("", "GPE", "LOC")
            or doc[i].ent_type_ == "ORG"
            and _ent_bounds(doc, i) == (i, j)
        ):
            missed.append(doc[i:j])  # not part of a longer name: "Abqaiq" (ORG) but not "Saudi Aramco"
        i = j
    out.extend(_named_again(out, missed))
    out.sort(key=lambda m: m.span.start)
    return out


def _named_again(found: list[Mention], missed: list[Span]) -> list[Mention]:
    """Proper-noun runs with the text of a town found elsewhere in the document ("... at
    Abqaiq" ... "Abqaiq was the target"): a name keeps its sense within one story, so the
    run is that town too even where nothing around it says it is a place."""
    known = {m.span.text: m for m in found if m.candidates and m.source != "embedded"}
    return [
        Mention(span, known[span.text].source, known[span.text].label, candidates=known[span.text].candidates)
        for span in missed
        if span.text in known
    ]


def find_places(doc: Doc) -> list[tuple[Span, Place]]:
    """Every toponym in ``doc`` with its place; ids are "pl1", "pl2" ... in text order."""
    ents, text = doc.ents, doc_text(doc)  # each is rebuilt by spaCy at every access: once here
    mentions = _mentions(doc, ents, text)
    mentions += adjectives(doc, {i for m in mentions for i in range(m.span.start, m.span.end)}, text)
    mentions += embedded(doc, {i for m in mentions for i in range(m.span.start, m.span.end)}, ents)
    mentions.sort(key=lambda m: m.span.start)
    mentions = court_districts(doc, mentions)
    ctx = Context()
    article = doc._.article
    if article is not None and article.dateline:
        dateline_entry = choose(gazetteer().lookup(article.dateline), ctx)
        if dateline_entry is not None:
            ctx.dateline_country = dateline_entry.country
    places: list[tuple[Span, Place]] = []
    for m in located_facilities(doc, ents, resolve(doc, mentions, ctx)):
        pid = f"pl{len(places) + 1}"
        if m.reason.startswith("facility"):
            pass  # placed by the town the text says it is in ("Fishmongers' Hall in London")
        elif m.label == "FAC" and m.entry is not None and m.span[-1].lower_ in FACILITY_HEADS:
            m.reason = f"facility named for {m.entry.name}, at its point; {m.reason}"
        elif district_of(m):
            m.reason = f"a court district of {m.entry.name}, at its point; {m.reason}"  # type: ignore[union-attr]
        places.append(
            (
                m.span,
                _place(pid, m.span.text, m.span.start_char, m.span.end_char, m.entry, m.source, m.reason),
            )
        )
    return places


def dateline_place(doc: Doc) -> Place | None:
    """The dateline's place ("TEHRAN-"), a record with an empty text span: the dateline is
    not part of the analysed text."""
    article = doc._.article
    if article is None or not article.dateline:
        return None
    entry, why = choose_why(gazetteer().lookup(article.dateline), Context())
    if entry is None:
        return None
    return _place("dateline", "", 0, 0, entry, "dateline", f"dateline; {why}")


def _place(
    pid: str, text: str, start: int, end: int, e: Entry | None, source: str, reason: str = ""
) -> Place:
    if e is None:
        return Place(id=pid, text=text, start=start, end=end, name=text, source=source, reason=reason or None)
    return Place(
        id=pid,
        text=text,
        start=start,
        end=end,
        geonameid=e.geonameid,
        name=e.name,
        country=e.country,
        admin1=e.admin1,
        lat=e.lat,
        lon=e.lon,
        feature=e.feature,
        population=e.population or None,
        source=source,
        fips=e.fips if e.kind == "country" else gazetteer().fips(e.country),
        admin1_code=e.admin1code,
        reason=reason or None,
    )
