"""Which found events are no events, and targets the clause leaves implicit.

Precision (issue 15, point 3): an event noun that names no target ("the investigation",
"Jamal's killing", "Iranian assistance") only describes; it is kept when the clause's own
verb carries it (those are coded on the verb). Implied targets (point 2):

- "praised bilateral relations", "strengthen mutual cooperation": the counterpart in
  context, the latest party of another country that acted in this or the two sentences
  before;
- a reaction to an act whose author the act's own phrase names ("attacked the proclamation
  ... by the President of the United States", "criticized Pelosi's announcement") targets
  that author.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.discourse import Memory
from tidings.events.matching import Found
from tidings.events.parties import Parties, prep_objects
from tidings.events.roles import claimed
from tidings.model import Event, Party

# Adjectives that make the counterpart of the relation the target.
MUTUAL = frozenset({"bilateral", "mutual"})


def coded(p: Party | None) -> bool:
    return p is not None and bool(p.code or p.country)


def kept(f: Found, events: list[Event]) -> list[Event]:
    """The events of ``f`` worth reporting: an event noun needs a target party (after
    the records stage placed one), a pair, or a claim behind it."""
    if f.rule != "noun" or f.pairs or claimed(f.trigger):
        return events
    return [e for e in events if e.target is not None]


def objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr")]


def counterpart(tok: Token, memory: Memory, sources: list[Party]) -> list[Party]:
    """'Bayramov praised bilateral relations': the other side, from context."""
    if not any(a.lower_ in MUTUAL for o in objects(tok) for a in o.children if a.dep_ == "amod"):
        return []
    countries = {s.country for s in sources if s.country}
    recent = set(memory.sent_starts[-3:])
    for start, prev in reversed(memory.history):
        if start not in recent:
            break
        if prev.country and prev.country not in countries:
            return [prev]
    return []


def act_author(tok: Token, parties: Parties, sources: list[Party]) -> list[Party]:
    """'attacked the proclamation ... by the President of the United States', 'criticized
    Pelosi's announcement': the author the reacted-to act's phrase names."""
    own = {x for s in sources for x in (s.actor, s.code) if x}
    for o in objects(tok):
        heads = prep_objects(o, ["by"]) + [c for c in o.children if c.dep_ == "poss"]
        for h in heads:
            p = parties.party(h)
            if coded(p) and p is not None and not {p.actor, p.code} & own:
                return [p]
    return []
