"""Group nouns whose members are named elsewhere (issue 15).

- "African countries including Algeria and Morocco", "groups such as Hamas": the named
  members (``included``);
- "Turkey and Greece had poor relations, but the leaders of the two countries spoke",
  "They invited both countries": a definite plural of a state noun names the nearest
  coordination of two or more states before it in this or the previous sentence
  (``earlier_group``).

Both give tokens; ``Parties.each`` codes one party per member.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from tidings.events.wordsets import ACTOR_NOUNS, ANAPHORS, NOUN_POS
from tidings.model import Party

STATE_NOUNS = frozenset({"country", "nation", "state", "government", "side", "neighbour", "neighbor"})
GROUP_DETS = frozenset({"the", "both", "these", "those", "two", "three", "four"})
LOOKBACK = 120  # tokens, at most


def included(tok: Token) -> list[Token]:
    """The named members of a plural group noun: "countries including Algeria and Morocco",
    "groups such as Hamas and Hezbollah" (none for a name or a singular noun)."""
    if tok.tag_ != "NNS":
        return []
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        such = c.lower_ == "as" and any(a.lower_ == "such" for a in c.children)
        if c.lower_ in ("including", "like") or such:
            objs = [o for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if objs:
                return members(objs[0])
    return []


def members(tok: Token) -> list[Token]:
    return [tok, *(c for c in tok.conjuncts if c.i > tok.i and c.pos_ == "PROPN")]


def group_noun(tok: Token) -> Token | None:
    """The state noun of "the two countries", "both nations", "the leaders of the two
    countries" (none when the phrase names its own members: "European countries")."""
    if tok.tag_ == "NNS" and tok.lemma_.lower() not in STATE_NOUNS:
        of = [
            o
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        ]
        return group_noun(of[0]) if of else None
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in STATE_NOUNS:
        return None
    if any(c.dep_ in ("amod", "compound", "nmod", "poss") or c.dep_ == "prep" for c in tok.children):
        return None
    return (
        tok
        if any(
            c.lower_ in GROUP_DETS for c in tok.children if c.dep_ in ("det", "nummod", "predet", "preconj")
        )
        else None
    )


def earlier_group(tok: Token, party: Callable[[Token], Party | None]) -> list[Token]:
    """The nearest coordination of two or more coded states before ``tok`` that a group noun
    on it refers to ("the leaders of the two countries" after "Turkey and Greece")."""
    noun = group_noun(tok)
    if noun is None:
        return []
    doc = tok.doc
    start = noun.sent.start
    start = doc[start - 1].sent.start if start > 0 else start  # this and the previous sentence
    for t in reversed(doc[max(start, noun.i - LOOKBACK) : noun.i]):
        if t.pos_ != "PROPN" or t.dep_ == "conj" or not t.conjuncts:
            continue
        heads = members(t)
        parties = [party(h) for h in heads]
        countries = {p.country for p in parties if p is not None and p.country}
        if len(heads) >= 2 and len(countries) == len(heads):
            return heads
    return []


def owns(t: Token, head: Token, p: Party | None, avoid: set[str]) -> bool:
    """``t`` names whose ``head`` is ("the House's decision", "a Trump lawsuit", "the loss of
    X") as a coded actor ``p`` that ``avoid`` (the sources' countries, codes, actors) does
    not name by code or actor: another actor of the sources' own country."""
    if p is None or not p.code or p.code in avoid or p.actor in avoid:
        return False
    if t.dep_ in ("poss", "compound"):
        return t.head.i == head.i
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == head.i


def acts_as_actor(noun: Token) -> bool:
    """``noun`` names an actor that can do what a participle on it says ("a coalition
    fighting X", "protesters blocking Y"), not a thing ("a message blaming X")."""
    if noun.pos_ not in NOUN_POS or noun.lower_ in ANAPHORS:
        return False
    return noun.lemma_.lower() in ACTOR_NOUNS or noun.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")


def hosted(
    pairs: list[tuple[Party, Party | None]], code: str, country: str | None
) -> list[tuple[Party, Party | None]]:
    """'Shoukry and his Greek, Cypriot and French counterparts gathered in Cairo': a meeting
    (040) of a coordinated group held in one member's country is that host's meeting with each
    visitor (043 / 042, gold/GUIDELINES.md), not also the visitors' meetings with each other
    in a third country (044); the host is the source of each pair ("Cyprus and Greece met
    in Athens": GRC -> CYP 043)."""
    if code != "040" or country is None or len(pairs) < 2:
        return pairs
    if not any(p is not None and p.country == country for pair in pairs for p in pair):
        return pairs
    out: list[tuple[Party, Party | None]] = []
    for a, b in pairs:
        if a.country == country:
            out.append((a, b))
        elif b is not None and b.country == country:
            out.append((b, a))
    return out
