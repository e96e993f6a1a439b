"""A definite organisation noun that names no one: the organisation named before (issue 15).

A story about a company, broadcaster or group names it once ("broadcast corporation
ABS-CBN") and then calls it by its kind: "the government ordered the network to shut down",
"Duterte accused the network of swindling". The actors stage leaves such a generic noun
uncoded; ``organisation`` resolves "the network", "the company", "the firm", "the group"
(singular, with "the", no name or modifier of its own) to the latest earlier named
organisation of the article that is not part of a state (no GOV, LEG, JUD, MIL, COP, SPY
sector: "the network" is not the commission that regulates it), with the noun's own words as
its text.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from tidings.model import Party

KINDS = frozenset(
    {
        "network",
        "company",
        "firm",
        "corporation",
        "broadcaster",
        "channel",
        "group",
        "organisation",
        "organization",
    }
)
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


def bare_kind(tok: Token) -> bool:
    """'the network', 'the company': a singular kind noun with only "the" before it."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in KINDS:
        return False
    left = [c for c in tok.children if c.i < tok.i]
    return bool(left) and all(c.dep_ == "det" and c.lower_ == "the" for c in left)


def organisation(
    doc: Doc, tok: Token, found: Party | None, party_for: Callable[[Doc, int, int], Party | None] | None
) -> Party | None:
    """The organisation "the network" stands for, else ``found`` as it was."""
    if party_for is None or (found is not None and (found.code or found.country)) or not bare_kind(tok):
        return found
    i = tok.i - 1
    while i >= 0:
        t = doc[i]
        if t.ent_type_ == "ORG" and t.ent_iob_ == "B":
            end = i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            p = party_for(doc, i, end)
            if p is not None and p.country and p.sectors and not STATE_SECTORS & set(p.sectors):
                span = doc[tok.left_edge.i : tok.i + 1]
                return p.model_copy(
                    update={"text": span.text, "start": span.start_char, "end": span.end_char}
                )
        i -= 1
    return found
