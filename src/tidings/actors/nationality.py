"""A person's country from a nationality in apposition to the name.

"Sirhan, an ethnic Palestinian from Jordan, ...", "An Australian, Brenton Tarrant, appeared
...", "X, a Jordanian national, ...": the apposition says which country the person is of (CAMEO
codes an individual by nationality). A country named in a "from"/"of" phrase of that
apposition wins over the demonym itself ("a Palestinian from Jordan": JOR, where the gold and
CAMEO's practice code the state of citizenship). Only persons still without a country are
changed: dictionary entries and role words around the name ("Jordanian Foreign Minister X")
keep theirs, and the later context step (the article's country) no longer guesses.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.clusters import State
from tidings.actors.codes import join_code

# nouns that, with a nationality beside them, say only where a person is from
_PERSON_NOUNS = frozenset({"national", "citizen", "native", "man", "woman", "resident", "immigrant"})


def person_nationalities(st: State) -> None:
    """Give persons without a country the country of a nationality in apposition to their name."""
    for cl in st.clusters:
        if cl.kind != "person" or cl.country or cl.coded_by_kb or not cl.mentions:
            continue
        for m in cl.mentions:
            if m.kind != "name":
                continue
            found = _apposition_country(st, st.doc[m.start : m.end].root, m.start, m.end)
            if found is not None:
                country, words = found
                cl.country = country
                cl.code = join_code(country, cl.sectors) if cl.sectors else cl.code
                cl.evidence = {**cl.evidence, "country": f"nationality in apposition: {words!r}"}
                break


def _apposition_country(st: State, root: Token, start: int, end: int) -> tuple[str, str] | None:
    """The country of a nationality apposition of the name headed by ``root``, with its words."""
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= end]
    if root.dep_ == "appos" and root.head.i < start:  # "An Australian, Brenton Tarrant"
        nouns.append(root.head)
    for noun in nouns:
        demonym = _demonym(st, noun)
        if demonym is None:
            continue
        words = st.doc[noun.left_edge.i : noun.right_edge.i + 1].text
        return _from_country(st, noun) or demonym, words
    return None


def _demonym(st: State, noun: Token) -> str | None:
    """The country of ``noun`` when it is a nationality ("an Australian") or a person noun with
    one ("a Jordanian national"), else None. A role noun ("an Iraqi diplomat") is left to the
    role words around the name."""
    hit = _hit(st, noun)
    if hit is not None:
        return hit
    if noun.lemma_.lower() not in _PERSON_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and c.i < noun.i:
            hit = _hit(st, c)
            if hit is not None:
                return hit
    return None


def _hit(st: State, tok: Token) -> str | None:
    k = st.tok2hit[tok.i]
    if k < 0:
        return None
    hit = st.hits[k]
    if hit.kind not in ("demonym", "country") or hit.sectors or not hit.country:
        return None
    return hit.country


def _from_country(st: State, noun: Token) -> str | None:
    """A country in a "from"/"of" phrase of the apposition ("a Palestinian from Jordan")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                country = _hit(st, obj)
                if country is not None:
                    return country
    return None


__all__ = ["person_nationalities"]
