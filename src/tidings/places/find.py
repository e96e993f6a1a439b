"""Finding toponyms in a parsed Doc and resolving them to gazetteer places (pure: Doc in, Places out).

Mentions: spaCy GPE/LOC entities (kept even when unresolved), FAC entities the gazetteer
knows, and proper-noun runs outside any entity that name a country, a region or a city of
100,000 people or more. Adjectives are never places ("Iranian" is a demonym).

Disambiguation, in this order: the "X, Y" qualifier ("Astana, Kazakhstan"); countries,
regions and continents before towns of the same name; then a score over population,
capital status and the document's countries (countries named in the text and the
dateline's country).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from tidings.model import Place
from tidings.places.gazetteer import Entry, gazetteer

BIG_CITY = 100_000
# Capitalised words the gazetteer knows as towns but that are rarely places in news text.
NOT_PLACES = {
    "president", "minister", "police", "god", "of", "reading", "mobile", "nice", "split", "bath", "government",
    "union", "university", "new", "north", "south", "east", "west", "central", "said", "march", "may",
    "university", "republic", "state", "independence", "victoria", "trump", "biden", "obama", "washington post",
}  # fmt: skip
_REGIONISH = {"country", "region", "continent"}


@dataclass
class Mention:
    span: Span
    source: str  # ner, gazetteer
    label: str
    entry: Entry | None = None
    candidates: list[tuple[Entry, bool]] = field(default_factory=list)


@dataclass
class Context:
    countries: Counter[str] = field(default_factory=Counter)
    dateline_country: str | None = None


def _lookup_text(span: Span) -> str:
    text = span.text
    if text.endswith("'s") or text.endswith("\u2019s"):
        text = text[:-2]
    return text


def score(entry: Entry, own_name: bool, ctx: Context, qualifier: str | None = None) -> float:
    """Higher is likelier: population, capital, the document's countries, own name vs alias."""
    s = math.log10(entry.population + 10)
    if entry.kind in _REGIONISH:
        s += 8
    if entry.feature == "P.PPLC":
        s += 1.5
    if entry.kind == "city":
        s += 0.5  # "Tehran" the city before Tehran province
    if own_name:
        s += 1.0
    if entry.country and ctx.countries.get(entry.country):
        s += 2.0 + min(ctx.countries[entry.country], 5) * 0.2
    if entry.country and entry.country == ctx.dateline_country:
        s += 1.5
    if qualifier is not None:
        s += 20 if entry.country == qualifier else -5
    return s


def choose(cands: list[tuple[Entry, bool]], ctx: Context, qualifier: str | None = None) -> Entry | None:
    if not cands:
        return None
    return max(cands, key=lambda c: score(c[0], c[1], ctx, qualifier))[0]


def _confident(e: Entry, ctx: Context) -> bool:
    """A small town in a country the story never names is more likely a wrong reading
    ("Saba" the news agency -> Saba, Honduras) than a place: leave it unresolved."""
    if e.kind != "city" or e.population >= 50_000:
        return True
    return bool(e.country and (ctx.countries.get(e.country) or e.country == ctx.dateline_country))


def _mentions(doc: Doc) -> list[Mention]:
    gaz = gazetteer()
    out: list[Mention] = []
    covered: set[int] = set()
    for ent in doc.ents:
        covered.update(range(ent.start, ent.end))
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        span = ent
        if span[0].lower_ == "the" and len(span) > 1:
            span = doc[span.start + 1 : span.end]
        if all(t.tag_ == "JJ" for t in span):
            continue
        cands = gaz.lookup(_lookup_text(span))
        if ent.label_ == "FAC" and not cands:
            continue
        out.append(Mention(span, "ner", ent.label_, candidates=cands))
    # proper-noun runs the NER missed
    i, n = 0, len(doc)
    while i < n:
        if i in covered or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while j < n and j not in covered and doc[j].pos_ == "PROPN" and j - i < 4:
            j += 1
        span = doc[i:j]
        if span.text.lower() not in NOT_PLACES:
            cands = [
                (e, own)
                for e, own in gaz.lookup(span.text)
                if own and (e.kind in _REGIONISH or e.population >= BIG_CITY)
            ]
            if cands:
                out.append(Mention(span, "gazetteer", "GPE", candidates=cands))
        i = j
    out.sort(key=lambda m: m.span.start)
    return out


def find_places(doc: Doc) -> list[tuple[Span, Place]]:
    """Every toponym in ``doc`` with its place; ids are "pl1", "pl2" ... in text order."""
    mentions = _mentions(doc)
    ctx = Context()
    article = doc._.article
    dateline_entry = None
    if article is not None and article.dateline:
        dateline_entry = choose(gazetteer().lookup(article.dateline), ctx)
        if dateline_entry is not None:
            ctx.dateline_country = dateline_entry.country
    # countries named in the text: the unambiguous context for everything else
    for m in mentions:
        countries = [e for e, _ in m.candidates if e.kind == "country"]
        if countries:
            ctx.countries[countries[0].country or ""] += 1
    for m in mentions:
        m.entry = choose(m.candidates, ctx)
        if m.entry is not None and not _confident(m.entry, ctx):
            m.entry = None
    # "X, Y": Y (a country or first-level division) qualifies X
    for a, b in zip(mentions, mentions[1:], strict=False):
        if (
            b.entry is not None
            and b.entry.kind in ("country", "admin1")
            and b.span.start == a.span.end + 1
            and doc[a.span.end].text == ","
        ):
            a.entry = choose(a.candidates, ctx, qualifier=b.entry.country) or a.entry
    places: list[tuple[Span, Place]] = []
    for m in mentions:
        e = m.entry
        places.append((m.span, _place(f"pl{len(places) + 1}", m.span.text, m.span.start_char, m.span.end_char, e, m.source)))
    return places


def dateline_place(doc: Doc) -> Place | None:
    """The dateline's place ("TEHRAN-"), a record with an empty text span: the dateline is
    not part of the analysed text."""
    article = doc._.article
    if article is None or not article.dateline:
        return None
    entry = choose(gazetteer().lookup(article.dateline), Context())
    if entry is None:
        return None
    return _place("dateline", "", 0, 0, entry, "dateline")


def _place(pid: str, text: str, start: int, end: int, e: Entry | None, source: str) -> Place:
    if e is None:
        return Place(id=pid, text=text, start=start, end=end, name=text, source=source)
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
    )
