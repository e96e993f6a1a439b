"""People coded from the office-holder knowledge base (``tidings.actors.leaders``).

Runs after the names and their role words: a person the dictionaries did not code is looked
up by name on the publication date among the countries the document names. Titles in the
text win: when role words already coded the person, the entry only fills a missing country
(on a dated article) and is recorded as evidence when it agrees. Without a publication date
the entry is used only for people the text gives no role for.
"""

from __future__ import annotations

from tidings.actors.clusters import NAME_PARTICLES, Cluster, State
from tidings.actors.codes import ETHNIC, REGIONS, join_code, parse_code
from tidings.actors.leaders import OfficeHolders, normalise, office_holders

RULE = "office holder knowledge base"


def document_countries(st: State) -> frozenset[str]:
    """States the document names (any country word, locations included) or that its actors have."""
    out = {h.country for h in st.hits if h.is_place and h.country}
    out |= {cl.country for cl in st.clusters if cl.country}
    return frozenset(c for c in out if len(c) == 3 and c not in REGIONS and c not in ETHNIC)


def code_people(st: State, kb: OfficeHolders | None = None) -> None:
    people = [cl for cl in st.clusters if cl.kind == "person" and cl.key and not cl.coded_by_kb]
    if not people:
        return
    kb = kb or office_holders()
    countries = document_countries(st)
    for cl in people:
        words = cl.key
        while len(words) > 1 and words[0] in NAME_PARTICLES:
            words = words[1:]  # "al-Araji": a surname with its particle
        terms, how = kb.lookup(words, st.published, countries)
        if terms:
            _apply(st, cl, terms[0], how)
        elif len(words) == 1 and any(
            kb.term(i).country in countries for i in kb.by_surname.get(normalise(words[0]), ())
        ):
            cl.evidence = {**cl.evidence, "office_holder_out_of_term": words[0]}


def _apply(st: State, cl: Cluster, term, how: str) -> None:
    former = "former" in how
    code = (term.country + "ELI") if former and term.country else term.code
    p = parse_code(code)
    record = term.record(how)
    if cl.country or cl.sectors:  # role words in the text win
        if not cl.country and p.country and st.published is not None and not former:
            cl.country = p.country
            cl.code = join_code(cl.country, cl.sectors)
            cl.evidence = {**cl.evidence, "country_from": RULE}
        elif not cl.sectors and cl.country == p.country and st.published is not None:
            cl.sectors = list(p.sectors) if not former else ["ELI"]  # "Hong Kong's Carrie Lam"
            cl.code = join_code(cl.country, cl.sectors)
            cl.evidence = {**cl.evidence, "sectors_from": RULE}
        if cl.country == p.country or cl.code == code:
            cl.evidence = {**cl.evidence, "office": record}
        return
    cl.country, cl.sectors, cl.code = p.country, list(p.sectors), p.code
    if not former:
        cl.title = term.canonical_title
    cl.coded_by_kb = True
    cl.evidence = {"rule": RULE + (" (former office holder: ELI)" if former else ""), "office": record}
