"""Parties the text leaves implicit, found from the event's place.

- "anti-government protests continue in Baghdad", "weeks of protests against the extradition
  bill" (in a story set in Hong Kong): a protest noun whose phrase names no one who protests
  is made by the people of the country where it happens (CAMEO 14 coding of crowds: the
  civilians of that country, ``CVL``), as gold/GUIDELINES.md codes unnamed crowds;
- "Siarhei, who was arrested in May", "two journalists were charged in Tehran": an arrest or
  charge (173) in the passive that names no one who made it was made by the authorities of
  the country where it happened (police ``COP`` for an arrest, the courts ``JUD`` for a
  charge), else of the country of the person arrested.

With no country for the place (nor, for an arrest, the person), no source is implied.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.lexicon import Pattern
from tidings.model import Party


def sentence_index(tok: Token) -> int:
    start = tok.sent.start
    return next(i for i, s in enumerate(tok.doc.sents) if s.start == start)


JUDICIAL = frozenset({"charge", "indict", "convict", "prosecute", "sentence", "try"})


def scene_country(tok: Token) -> str | None:
    from tidings.events.place import location_country
    from tidings.places import event_location

    location = event_location(tok.doc, sentence_index(tok), [tok.i])
    return location_country(tok.doc, tok, location, tok.sent)


def authorities(tok: Token, pattern: Pattern, targets: list[Party | None]) -> list[Party | None]:
    """Who made an arrest or charge (173) told in the passive with no agent: the
    authorities of its scene's country, else of the arrested person's country."""
    if (pattern.code or "")[:3] != "173" or not any(t is not None and t.country for t in targets):
        return []
    country = scene_country(tok) or next(t.country for t in targets if t is not None and t.country)
    sector = "JUD" if tok.lemma_.lower() in JUDICIAL else "COP"
    return [
        Party(
            text=f"{country} authorities (implied)",
            code=country + sector,
            country=country,
            sectors=[sector],
        )
    ]


def protesters(tok: Token, pattern: Pattern) -> list[Party | None]:
    """The crowd behind a protest noun (CAMEO 14) that names none: the civilians of the
    country of its place (clause, sentence or story scene), else nothing."""
    if (pattern.code or "")[:2] != "14" or tok.pos_ != "NOUN":
        return []
    country = scene_country(tok)
    if not country:
        return []
    return [
        Party(
            text=f"{country} protesters (implied)",
            code=country + "CVL",
            country=country,
            sectors=["CVL"],
        )
    ]
