"""Parties the text leaves implicit, found from the event's place.

- "anti-government protests continue in Baghdad", "weeks of protests against the extradition
  bill" (in a story set in Hong Kong): a protest noun whose phrase names no one who protests
  is made by the people of the country where it happens (CAMEO 14 coding of crowds: the
  civilians of that country, ``CVL``), as gold/GUIDELINES.md codes unnamed crowds;
- "Siarhei, who was arrested in May", "two journalists were charged in Tehran": an arrest or
  charge (173) in the passive that names no one who made it was made by the authorities of
  the country where it happened (police ``COP`` for an arrest, the courts ``JUD`` for a
  charge), else of the country of the person arrested; so is a verdict or sentence (116,
  "two officers were found guilty", "was convicted of fraud"), always by the courts.

With no country for the place (nor, for an arrest, the person), no source is implied. An
implied party's text is the act's own words (it is traceable, and says no name was given).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.lexicon import Pattern
from tidings.events.parties import np_tokens
from tidings.model import Party


def sentence_index(tok: Token) -> int:
    start = tok.sent.start
    return next(i for i, s in enumerate(tok.doc.sents) if s.start == start)


JUDICIAL = frozenset(
    {"charge", "indict", "convict", "prosecute", "sentence", "try", "indictment", "conviction", "prosecution"}
)


def guilty(tok: Token) -> bool:
    """'were found guilty', 'was found not guilty': a verdict told with "find"."""
    return tok.lemma_.lower() == "find" and any(c.lower_ in ("guilty", "innocent") for c in tok.children)


def scene_country(tok: Token) -> str | None:
    from tidings.events.place import location_country
    from tidings.places import event_location

    location = event_location(tok.doc, sentence_index(tok), [tok.i])
    return location_country(tok.doc, tok, location, tok.sent)


def authorities(tok: Token, pattern: Pattern, targets: list[Party | None]) -> list[Party | None]:
    """Who made an arrest or charge (173), or a verdict or sentence (116: "was convicted",
    "were found guilty", "was sentenced"), told in the passive with no agent: the
    authorities of its scene's country, else of the arrested or convicted person's country
    (a verdict is a court's, ``JUD``)."""
    code = pattern.code or ""
    # "was charged with murder" may come coded as an accusation (112): a charge all the same
    verdict = code[:3] in ("112", "116") and (tok.lemma_.lower() in JUDICIAL or guilty(tok))
    if (code[:3] != "173" and not verdict) or not any(t is not None and t.country for t in targets):
        return []
    country = scene_country(tok) or next(t.country for t in targets if t is not None and t.country)
    sector = "JUD" if verdict or tok.lemma_.lower() in JUDICIAL else "COP"
    return [implied(tok, tok.i, tok.i + 1, country, sector)]


def protesters(tok: Token, pattern: Pattern) -> list[Party | None]:
    """The crowd behind a protest noun (CAMEO 14) that names none: the civilians of the
    country of its place (clause, sentence or story scene), else nothing."""
    if (pattern.code or "")[:2] != "14" or tok.pos_ != "NOUN":
        return []
    country = scene_country(tok)
    if not country:
        return []
    return [implied(tok, *np_tokens(tok), country, "CVL")]


def implied(tok: Token, lo: int, hi: int, country: str, sector: str) -> Party:
    """An implied party keeps the act's own words as its text, so that it stays traceable
    ("anti-government protests" for the crowd, "arrested" for the police)."""
    span = tok.doc[lo:hi]
    code = country + sector
    return Party(
        text=span.text, start=span.start_char, end=span.end_char, code=code, country=country, sectors=[sector]
    )
