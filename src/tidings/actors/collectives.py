"""Collective nouns owned by a person: "his staffers", "her colleagues", "Qawi's supporters".

Nouns such as staff, aides, colleagues, employees or supporters have no sector of their own
(roles.tsv, title "staff"): with a named owner ("the company's employees", "the party's
supporters") the role coding lends them the owner's country and sector. With a possessive
pronoun or a person's name (not a dictionary entry) the owner is only known once names and
pronouns are resolved: the group is kept aside here and takes its owner's country and sectors
afterwards ("Governor Rosselló ... his staffers": PRIGOV); a group whose owner stays unknown is
dropped (no uncoded party).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.clusters import GENDERED_PRONOUNS, Cluster, Mention, State
from tidings.actors.codes import join_code
from tidings.actors.coding import Coding

COLLECTIVE_TITLE = "staff"


def owned_group(st: State, c: Coding, m: Mention, head: Token) -> bool:
    """Keep an uncoded collective noun with a possessive pronoun aside for its owner."""
    if c.title != COLLECTIVE_TITLE or c.code:
        return False
    poss = [
        t
        for t in head.children
        if t.dep_ == "poss" and (t.lower_ in GENDERED_PRONOUNS or t.i in st.person_tok)
    ]
    if not poss:
        return False
    cl = Cluster(kind="group", name=st.doc[m.start : m.end].text, title=COLLECTIVE_TITLE)
    cl.owner_tok = poss[0].i
    cl.add(m)
    st.clusters.append(cl)
    return True


def owned_groups(st: State) -> None:
    """Code each kept collective from its resolved owner (after pronoun resolution)."""
    for cl in st.clusters:
        if cl.owner_tok is None:
            continue
        owner_mention = st.person_tok.get(cl.owner_tok)
        owner = owner_mention.cluster if owner_mention is not None else None
        if owner is None or owner is cl or not owner.code:
            cl.mentions = []
            continue
        cl.country, cl.sectors = owner.country, list(owner.sectors)
        cl.code = join_code(cl.country, cl.sectors)
        cl.evidence = {
            "rule": "collective noun owned by a person: the owner's country and sectors",
            "owner": owner.name,
        }
        for m in cl.mentions:
            st.cover(m)


# kinship nouns (roles.tsv: CVL, title "civilians"): a relative of a person shares their country
KIN = frozenset(
    "wife husband son daughter brother sister mother father parent parents relative relatives family "
    "families girlfriend boyfriend fiancee fiancée fiance widow widower uncle aunt cousin nephew niece "
    "child children grandson granddaughter grandmother grandfather".split()
)


def kin_countries(st: State) -> None:
    """ "Waseem ... killing his sister", "Relatives of the boy": a kinship noun without a
    country of its own, owned by a person (a resolved possessive pronoun, a name, "of" a
    person), takes the owner's country; each such mention becomes its own group (two people's
    relatives are different people). Runs after pronouns and before the context rules."""
    doc = st.doc
    for cl in [c for c in st.clusters if c.kind == "group" and not c.country and c.sectors == ["CVL"]]:
        for m in list(cl.mentions):
            head = doc[m.head]
            if m.kind == "pronoun" or head.lemma_.lower() not in KIN and head.lower_ not in KIN:
                continue
            owner = _kin_owner(st, head)
            if owner is None or owner is cl or not owner.country:
                continue
            cl.mentions.remove(m)
            kin = Cluster(kind="group", name=doc[m.start : m.end].text, country=owner.country)
            kin.sectors = ["CVL"]
            kin.code = join_code(kin.country, kin.sectors)
            kin.title = cl.title
            kin.evidence = {
                "rule": "kinship noun owned by a person: the owner's country",
                "owner": owner.name,
            }
            kin.add(m)
            st.clusters.append(kin)


def _kin_owner(st: State, head: Token) -> Cluster | None:
    owners = [t for t in head.children if t.dep_ == "poss"]
    owners += [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for t in owners:
        pm = st.person_tok.get(t.i)
        if pm is not None and pm.cluster is not None and pm.cluster.kind == "person":
            return pm.cluster
    return None
