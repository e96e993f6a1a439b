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
