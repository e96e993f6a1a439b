"""Titles that hold a preposition: "Secretary of State", "Minister of Foreign Affairs".

The parser makes "of" a ``prep`` inside such a title ("Montana Secretary of State Corey
Stapleton"), and the reading of the words before a name stops at a preposition; a preposition
that lies inside one role phrase of the lexicon (the phrase covers the words on both sides of
it) does not end the title.
"""

from __future__ import annotations

from tidings.actors.clusters import State


def inside_role_phrase(st: State, i: int) -> bool:
    """Token ``i`` is inside one role phrase that goes on before and after it."""
    if i <= 0 or i + 1 >= len(st.doc):
        return False
    h = st.tok2hit[i]
    return h >= 0 and st.hits[h].kind == "role" and st.tok2hit[i - 1] == h and st.tok2hit[i + 1] == h


def title_word(st: State, i: int) -> bool:
    """Token ``i`` may belong to the words directly before a name: no coordination, punctuation
    (but a hyphen) or preposition, unless inside a role phrase ("Secretary of State")."""
    t = st.doc[i]
    return t.dep_ not in ("cc", "punct", "prep") or t.text == "-" or inside_role_phrase(st, i)
