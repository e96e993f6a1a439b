"""Choosing a gazetteer reading for each toponym, by evidence, and saying why.

Evidence, strongest first: a qualifier next to the name ("Paris, Texas", "Hyde Park in
London", "London's Hyde Park": the reading must lie in the qualifier's country, first-level
division or, for a town, within 100 km of it); countries, regions and continents before
towns; the first-level divisions and towns the text names (a reading in the same division,
or within 100 km of a town the text names, gains); the document's countries and the
dateline's; population, capital status and own name versus alias. Each chosen reading
carries ``reason``: the evidence that set it apart from the runner-up.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from tidings.places.gazetteer import Entry

BIG_CITY = 100_000
NEAR_KM = 100.0
_REGIONISH = {"country", "region", "continent"}


@dataclass
class Mention:
    span: Span
    source: str  # ner, gazetteer, adjective, embedded
    label: str
    entry: Entry | None = None
    candidates: list[tuple[Entry, bool]] = field(default_factory=list)
    reason: str = ""
    qualifier: Entry | None = None


@dataclass
class Context:
    countries: Counter[str] = field(default_factory=Counter)
    dateline_country: str | None = None
    admin1s: Counter[tuple[str, str]] = field(default_factory=Counter)  # (country, admin1 name)
    towns: list[Entry] = field(default_factory=list)  # towns the text names, for nearness
    shared: Counter[str] = field(default_factory=Counter)  # countries several ambiguous names share


Qualifier = tuple[str | None, str | None]  # (country, admin1 name) of "X, Y"'s Y


def km(a: Entry, b: Entry) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, h)))


def evidence(
    entry: Entry, own_name: bool, ctx: Context, qualifier: Qualifier | Entry | None = None
) -> list[tuple[float, str]]:
    """(weight, reason) terms whose sum ranks ``entry``; higher is likelier."""
    out = [(math.log10(entry.population + 10), "population")]
    if entry.kind in _REGIONISH:
        out.append((8, entry.kind))
    if entry.feature == "P.PPLC":
        out.append((1.5, "capital"))
    if entry.kind == "city":
        out.append((0.5, "town before division"))  # "Tehran" the city before Tehran province
    if own_name:
        out.append((1.0, "own name"))
    cc = entry.country
    if cc and ctx.countries.get(cc):
        out.append((2.0 + min(ctx.countries[cc], 5) * 0.2, f"document country {cc}"))
    if cc and cc == ctx.dateline_country:
        out.append((1.5, f"dateline country {cc}"))
    if cc and ctx.shared.get(cc) and not ctx.countries.get(cc):
        out.append((1.0, f"country of other places named ({cc})"))
    if cc and entry.admin1 and entry.kind in ("city", "admin2") and ctx.admin1s.get((cc, entry.admin1)):
        out.append((1.5, f"in {entry.admin1}, named in the text"))
    if entry.kind == "city" and (near := _near(entry, ctx)) is not None:
        out.append((2.0, f"near {near.name}"))
    if isinstance(qualifier, Entry):
        if _inside(entry, qualifier):
            out.append((20, f"qualifier {qualifier.name}"))
    elif qualifier is not None:
        q_cc, admin1 = qualifier
        out.append((20, f"qualifier {q_cc}") if cc == q_cc else (-5, "outside qualifier"))
        if admin1 is not None and entry.admin1 == admin1:
            out.append((10, f"qualifier {admin1}"))
    return out


def _near(entry: Entry, ctx: Context) -> Entry | None:
    for town in ctx.towns:
        if town.key != entry.key and km(entry, town) <= NEAR_KM:
            return town
    return None


def _inside(entry: Entry, q: Entry) -> bool:
    """True when ``entry`` lies in the qualifier ``q``: its country, its division, or near its town."""
    if entry.key == q.key:
        return False
    if entry.kind == "region" and (q.kind == "city" or entry.country is None):
        return km(entry, q) <= 1000  # a river, range or region is no point: "the Euphrates near Raqqa"
    if q.kind in ("country",):
        return entry.country == q.country
    if q.kind == "admin1":
        return entry.country == q.country and entry.admin1 == q.name
    if q.kind == "city":
        return entry.country == q.country and km(entry, q) <= NEAR_KM
    return km(entry, q) <= 1000  # a region or continent: roughly inside it


def score(entry: Entry, own_name: bool, ctx: Context, qualifier: Qualifier | None = None) -> float:
    return sum(w for w, _ in evidence(entry, own_name, ctx, qualifier))


def choose_why(
    cands: list[tuple[Entry, bool]], ctx: Context, qualifier: Qualifier | Entry | None = None
) -> tuple[Entry | None, str]:
    """The best reading and why: the evidence it has that the runner-up lacks."""
    if not cands:
        return None, ""
    ranked = sorted(
        (
            (sum(w for w, _ in ev), i, e, ev)
            for i, (e, own) in enumerate(cands)
            for ev in [evidence(e, own, ctx, qualifier)]
        ),
        key=lambda r: (-r[0], r[1]),
    )
    best, best_ev = ranked[0][2], ranked[0][3]
    if isinstance(qualifier, Entry) and not any(r.startswith("qualifier") for _, r in best_ev):
        return None, f"no reading in {qualifier.name}"
    distinct = {e.key for _, _, e, _ in ranked}
    if len(distinct) == 1:
        return best, "only reading"
    second, second_ev = ranked[1][2], ranked[1][3]
    theirs = {r for _, r in second_ev}
    terms = [
        r
        for w, r in sorted(best_ev, key=lambda t: -t[0])
        if w >= 0.5 and r != "population" and r not in theirs
    ]
    if best.population > second.population * 2:
        terms.append("larger population")
    return best, ", ".join(terms[:3]) or "larger population"


def choose(cands: list[tuple[Entry, bool]], ctx: Context, qualifier: Qualifier | None = None) -> Entry | None:
    return choose_why(cands, ctx, qualifier)[0]


def confident(e: Entry, ctx: Context) -> bool:
    """A small town in a country the story never names is more likely a wrong reading
    ("Saba" the news agency -> Saba, Honduras) than a place: leave it unresolved."""
    if e.kind not in ("city", "admin2") or e.population >= 50_000:
        return True
    return bool(e.country and (ctx.countries.get(e.country) or e.country == ctx.dateline_country))


def _qualifier_of(doc: Doc, a: Mention, b: Mention) -> bool:
    """True when b qualifies a: "Portland, Maine", "Hyde Park in London"; b a division or country
    (after "in": also a town). "London's Hyde Park" is handled by ``_possessor``."""
    if b.entry is None or b.span.start != a.span.end + 1:
        return False
    sep = doc[a.span.end].lower_
    if sep == ",":
        return b.entry.kind in ("country", "admin1") or (b.entry.kind == "city" and a.label in ("FAC", "LOC"))
    return (
        sep in ("in", "near") and b.entry.kind in ("country", "admin1", "city") and a.label in ("FAC", "LOC")
    )


def _possessor(doc: Doc, a: Mention, b: Mention) -> bool:
    """ "London's Hyde Park": a town or division a, "'s", then the name b."""
    return (
        a.entry is not None
        and a.entry.kind in ("city", "admin1")
        and b.span.start == a.span.end + 1
        and doc[a.span.end].tag_ == "POS"
    )


def dominant(e: Entry, m: Mention) -> bool:
    """A reading clear enough to lend its country to the rest of the document: every reading
    in another country has a tenth of its population or less ("Barcelona" Spain, "England";
    not "Norfolk", a Virginia city and an English county, which must not vote for itself)."""
    return all(c.population * 10 <= e.population for c, _ in m.candidates if c.country != e.country)


def _shared_countries(mentions: list[Mention], ctx: Context) -> None:
    """The country most of the text's ambiguous town names can lie in, when two or more can
    ("Croydon" and "Norfolk": England, Australia or the United States; England for both):
    each name votes once for every country where it has a reading of at least a tenth of its
    largest reading's population."""
    votes: Counter[str] = Counter()
    seen: set[str] = set()
    for m in mentions:
        key = m.span.text.lower()
        towns = [e for e, _ in m.candidates if e.kind in ("city", "admin1", "admin2")]
        if key in seen or m.source == "embedded" or len({e.country for e in towns}) < 2:
            continue
        seen.add(key)
        top = max(e.population for e in towns)
        votes.update({e.country for e in towns if e.country and e.population * 10 >= top})
    if not votes:
        return
    best = max(votes.values())
    leaders = [cc for cc, n in votes.items() if n == best]
    if best >= 2 and len(leaders) == 1:
        ctx.shared[leaders[0]] = best


def resolve(doc: Doc, mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Choose each mention's reading in ``ctx`` (filled here from the mentions themselves)."""
    for m in mentions:  # countries named in the text: the unambiguous context for everything else
        if m.source == "embedded":
            continue
        countries = [e for e, _ in m.candidates if e.kind == "country"]
        if countries:
            ctx.countries[countries[0].country or ""] += 1
        elif m.candidates and (first := m.candidates[0][0]).kind == "admin1" and dominant(first, m):
            ctx.countries[first.country or ""] += 1  # "England", not "Bay" (a Somali region)
    _shared_countries(mentions, ctx)
    for m in mentions:
        m.entry, m.reason = choose_why(m.candidates, ctx)
    # big cities and first-level divisions name their country and division too ("Barcelona" -> Spain)
    for m in mentions:
        e = m.entry
        if (
            e is not None
            and e.country
            and (e.kind == "admin1" or e.kind == "city" and e.population >= BIG_CITY)
            and dominant(e, m)
        ):
            if not ctx.countries.get(e.country):
                ctx.countries[e.country] += 1
            if e.kind == "admin1":
                ctx.admin1s[(e.country, e.name)] += 1
            elif len({c.key for c, _ in m.candidates}) == 1 or e.population >= 500_000:
                ctx.towns.append(e)
    for m in mentions:
        m.entry, m.reason = choose_why(m.candidates, ctx)
        if m.entry is not None and not confident(m.entry, ctx):
            why = f"small town in a country the text does not name ({m.entry.country})"
            m.entry, m.reason = None, why
    # a name only the gazetteer proposed is dropped when it did not resolve with confidence
    mentions = [m for m in mentions if m.entry is not None or m.source == "ner"]
    for a, b in zip(mentions, mentions[1:], strict=False):
        if _qualifier_of(doc, a, b) and b.entry is not None:
            if b.entry.kind == "city":
                a.entry, a.reason = choose_why(a.candidates, ctx, b.entry)
            else:
                admin1 = b.entry.name if b.entry.kind == "admin1" else None
                e, why = choose_why(a.candidates, ctx, (b.entry.country, admin1))
                if e is not None:
                    a.entry, a.reason = e, why
        elif _possessor(doc, a, b) and a.entry is not None:
            b.entry, b.reason = choose_why(b.candidates, ctx, a.entry)
    # one sense per discourse: a later bare "Dover" is the "Dover, England" named before
    seen: dict[str, Mention] = {}
    for m in mentions:
        key = m.span.text.lower()
        if m.entry is not None and key not in seen:
            seen[key] = m
        elif key in seen and (m.entry is None or m.entry.kind == "city") and seen[key].entry is not None:
            m.entry, m.reason = seen[key].entry, f"as {seen[key].span.text!r} earlier"
    return mentions
