"""Parties the text leaves implicit, found from the event's place.

"anti-government protests continue in Baghdad", "weeks of protests against the extradition
bill" (in a story set in Hong Kong): a protest noun whose phrase names no one who protests
is made by the people of the country where it happens (CAMEO 14 coding of crowds: the
civilians of that country, ``CVL``), as gold/GUIDELINES.md codes unnamed crowds. With no
place in the sentence or the story, no source is implied.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.lexicon import Pattern
from tidings.model import Party


def sentence_index(tok: Token) -> int:
    start = tok.sent.start
    return next(i for i, s in enumerate(tok.doc.sents) if s.start == start)


def protesters(tok: Token, pattern: Pattern) -> list[Party | None]:
    """The crowd behind a protest noun (CAMEO 14) that names none: the civilians of the
    country of its place (clause, sentence or story scene), else nothing."""
    if (pattern.code or "")[:2] != "14" or tok.pos_ != "NOUN":
        return []
    from tidings.events.place import location_country
    from tidings.places import event_location

    location = event_location(tok.doc, sentence_index(tok), [tok.i])
    country = location_country(tok.doc, tok, location, tok.sent)
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
