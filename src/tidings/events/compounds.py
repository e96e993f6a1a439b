"""Coordinated actors inside one noun phrase: "Indian and Pakistani troops" (a coordinated
modifier) and a coordination the parser buried in a compound chain.

"US President Donald Trump and Turkish President Recep Tayyip Erdogan spoke" often parses
with "Erdogan" as the only subject and "US President Donald Trump and Turkish President" as
compounds (or an apposition) hanging off it: the "and" is not on the head, so
``coordinated`` sees one actor. When an "and" inside the phrase splits it into two parts
that each name a coded actor, and the two differ, each part is one party.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from tidings.model import Party

MODIFIERS = ("amod", "compound", "nmod")


def modifier_coordination(tok: Token) -> bool:
    """``tok`` has a coordinated modifier: "Indian and Pakistani troops"."""
    return any(c.dep_ in MODIFIERS and any(g.dep_ == "conj" for g in c.children) for c in tok.children)


def buried_and(tok: Token, lo: int, hi: int) -> Token | None:
    """The "and" inside [lo, hi) that coordinates words of a compound or apposition under
    ``tok`` (not ``tok``'s own conjuncts, which ``coordinated`` already reads)."""
    for t in tok.doc[lo:hi]:
        if t.dep_ != "cc" or t.lower_ not in ("and", "&") or t.head.i == tok.i or not lo < t.i < hi - 1:
            continue
        if t.ent_iob_ == "I":  # one name: "Trinidad and Tobago", "Bosnia and Herzegovina"
            continue
        up, link = t.head, ""
        while up.i != tok.i and up.dep_ in (*MODIFIERS, "appos", "conj") and up.head.i != up.i:
            up, link = up.head, up.dep_
        # reached through a compound or apposition of the head, not through its own conjuncts
        if up.i == tok.i and link in ("compound", "appos") and t.head.dep_ in ("appos", "compound", "conj"):
            return t
    return None


def compound_members(
    doc: Doc, tok: Token, lo: int, hi: int, party_for: Callable[[Doc, int, int], Party | None] | None
) -> list[Party]:
    """One party per side of a buried "and", when both sides name coded actors that differ."""
    if party_for is None or tok.pos_ != "PROPN":
        return []
    cc = buried_and(tok, lo, hi)
    if cc is None:
        return []
    out: list[Party] = []
    for s, e in ((lo, cc.i), (cc.i + 1, hi)):
        while e > s and doc[e - 1].is_punct:
            e -= 1
        p = party_for(doc, s, e) if e > s else None
        if p is None or not p.code or not any(t.pos_ == "PROPN" for t in doc[s:e]):
            return []
        span = doc[s:e]
        out.append(p.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char}))
    return out if out[0].code != out[1].code else []


def coordinated_members(
    doc: Doc,
    tok: Token,
    lo: int,
    hi: int,
    parties_for: Callable[[Doc, int, int], list[Party]] | None,
    party_for: Callable[[Doc, int, int], Party | None] | None,
) -> list[Party]:
    """Two or more parties the phrase [lo, hi) headed by ``tok`` names by coordination
    inside it, else none."""
    if parties_for is not None and modifier_coordination(tok):
        found = parties_for(doc, lo, hi)
        if len(found) > 1:
            return list(found)
    return compound_members(doc, tok, lo, hi, party_for)
