"""The defendant of a court story: "the accused", "the defendant", "the suspect" (issue 15).

News of crime and courts names the person once ("Brenton Tarrant ... appeared in court,
charged with murder") and then calls them by their role: "Police arrested the accused", "the
defendant denied the charges". ``noted`` remembers, per document, the latest coded party that
is the one arrested, charged, tried, convicted or sentenced (the object or passive subject of
such a verb, or the subject of a clause that a bare participle "charged with ..." describes),
and resolves a later bare role noun that names no one to that party, with the role noun's own
words as its text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tidings.model import Party

if TYPE_CHECKING:
    from tidings.events.parties import Parties

# Role nouns that stand for the person a case is about.
DEFENDANTS = frozenset({"accused", "defendant", "defendants", "suspect", "suspects", "convict"})
# Verbs whose object (or passive subject) is that person.
JUDGED = frozenset(
    {"arrest", "charge", "indict", "convict", "sentence", "try", "detain", "jail", "prosecute", "extradite"}
)


def judged(tok: Token) -> bool:
    """``tok`` is whom a legal act is done to: "X was charged", "police arrested X", "X
    appeared in court, charged with murder"."""
    head = tok.head
    if tok.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in JUDGED:
        return True
    return tok.dep_ == "nsubj" and any(
        c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in JUDGED for c in head.children
    )


def noted(parties: Parties, tok: Token, p: Party | None) -> Party | None:
    """``p`` for ``tok``, remembering a defendant, or the defendant for a bare role noun."""
    if p is not None and p.country and judged(tok):
        parties.defendant = p
        return p
    if (
        (p is None or not (p.code or p.country))
        and tok.lower_ in DEFENDANTS
        and parties.defendant is not None
    ):
        if any(c.dep_ in ("poss", "compound", "amod", "nummod") for c in tok.children):
            return p  # "two suspects", "his co-defendant": not the one the story is about
        return parties.defendant.model_copy(
            update={"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)}
        )
    return p
