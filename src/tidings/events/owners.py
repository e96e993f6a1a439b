"""Targets named through what they own or where they serve: "attacked its base" is the base's
owner (the actor the possessive refers to, or the body reporting the clause), "recalled its
ambassador to Australia" is the state the envoy is posted to."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.parties import Parties, prep_objects
from tidings.events.speakers import REPORTING
from tidings.model import Party

# a state's representatives abroad: the state they are posted to is the act's other side
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "attaché", "chargé", "charge"})


def _coded(p: Party | None) -> bool:
    return p is not None and bool(p.code or p.country)


def owner(parties: Parties, h: Token, speaker: Party | None, avoid: set[str]) -> Party | None:
    """'attacked its base', 'hit their patrol': a thing no actor names is its owner's, the
    actor a possessive pronoun refers to (not the source itself)."""
    poss = next((c for c in h.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if poss is None:
        return None
    q = parties.party(poss, speaker)
    if not _coded(q):
        q = reporter(parties, poss)  # "Mali's army said rebels had attacked its base"
    if q is None or not _coded(q) or q.code in avoid or q.actor in avoid:
        return None
    return q


def reporter(parties: Parties, poss: Token) -> Party | None:
    """The subject of the verb reporting the clause of ``poss`` when it can be what the
    pronoun stands for: one body for "its", a plural for "their"."""
    verb = next((a for a in poss.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
        return None
    subs = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subs or subs[0].pos_ == "PRON" or subs[0].ent_type_ == "PERSON":
        return None
    if (subs[0].tag_ in ("NNS", "NNPS")) != (poss.lower_ == "their"):
        return None
    q = parties.party(subs[0])
    return q if _coded(q) else None


def posted_to(parties: Parties, h: Token, speaker: Party | None) -> Party | None:
    """The state an envoy of the source's own is posted to or recalled from ("its
    ambassador to Australia", "recalled its diplomats from Turkey"); None for any other noun."""
    if h.lemma_.lower() not in ENVOYS:
        return None
    posts = prep_objects(h, ["to", "from", "in"])
    if h.dep_ in ("dobj", "nsubjpass"):  # "recalled its diplomats from Turkey": on the verb
        posts += prep_objects(h.head, ["to", "from"])
    for o in posts:
        q = parties.party(o, speaker)
        if q is not None and q.country:
            return q
    return None
