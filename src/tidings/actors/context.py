"""Country from context: functions over the resolver's ``State``.

A state or civil actor named without a country ("officials", "the caretaker Prime Minister
X", "government forces") takes the country of its sentence's subject if that is a state
actor, else of the nearest earlier country or state body (same sentence, then the two
before), else the country the article names most. Only countries the text gave are lent.
"""

from __future__ import annotations

from tidings.actors.clusters import SUBJECT_DEPS, Cluster, Mention, State
from tidings.actors.codes import ETHNIC, REGIONS, join_code

CONTEXT_SECTORS = frozenset(
    {
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "SPY",
        "ELI",
        "HLH",
        "EDU",
        "OPP",
        "CVL",
        "REF",
        "LAB",
        "PTY",
        "UAF",
        "REB",
    }
)
STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def context_countries(st: State) -> None:
    """A state actor named without a country ("officials", "the caretaker Prime Minister X")
    takes the country of the sentence's subject if that is a state or country, else of the
    nearest actor with a country before it (same sentence, then the two before)."""
    doc = st.doc
    owner: dict[int, Cluster] = {}
    for cl in st.clusters:
        for m in cl.mentions:
            for i in range(m.start, m.end):
                if i not in owner or (owner[i].kind == "country" and cl.kind != "country"):
                    owner[i] = cl
    counts: dict[str, int] = {}
    for h in st.hits:  # every country word, locations included ("in southern Yemen")
        if h.is_place and _is_state(h.country):
            counts[h.country] = counts.get(h.country, 0) + 1  # type: ignore[index]
    for other in st.clusters:
        if _is_state(other.country) and other.sectors and set(other.sectors) & STATE:
            counts[other.country] = counts.get(other.country, 0) + len(other.mentions)  # type: ignore[index]
    total = sum(counts.values())
    top = max(counts, key=lambda k: counts[k]) if counts else None
    dominant = top if top is not None and counts[top] >= 0.5 * total and total >= 4 else None
    ordered = sorted((c for c in st.clusters if c.mentions), key=lambda c: min(m.start for m in c.mentions))
    for cl in ordered:
        if (
            cl.coded_by_kb
            or cl.country
            or not cl.sectors
            or cl.sectors[0] not in CONTEXT_SECTORS
            or not cl.mentions
        ):
            continue
        first = min((m for m in cl.mentions if m.kind != "pronoun"), key=lambda m: m.start, default=None)
        if first is None or any(
            t.lower_ in ("foreign", "international", "regional", "world", "western", "outside")
            for t in doc[first.start : first.end]
        ):
            continue
        head = doc[first.head]
        if any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(
                g.dep_ == "pobj"
                and g.i in st.person_tok
                and st.person_tok[g.i].kind == "name"
                and st.person_tok[g.i].cluster is not cl
                for g in c.children
            )
            for c in head.children
        ):
            continue  # "the government of Abdrabbuh Mansur Hadi": the person decides, not the neighbours
        country, how = None, ""
        root = head.sent.root
        for subj in (c for c in root.children if c.dep_ in SUBJECT_DEPS):
            other = owner.get(subj.i)
            if other is not None and other is not cl and _country_source(other):
                country, how = other.country, f"country of the sentence subject {other.name!r}"
                break
        if country is None:
            country, how = _nearest_country(st, cl, first, same_sentence=False)
        if country is None and dominant is not None:
            country, how = dominant, "the country the article names most"
        if country:
            cl.country = country
            cl.code = join_code(country, cl.sectors)
            cl.evidence = {**cl.evidence, "country_from_context": how}


def _nearest_country(st: State, cl: Cluster, first: Mention, same_sentence: bool) -> tuple[str | None, str]:
    """The country of the nearest earlier state actor or country (not media, NGOs, firms)."""
    best, country, how = -1, None, ""
    low = first.sent if same_sentence else first.sent - 2
    for other in st.clusters:
        if other is cl or not _country_source(other):
            continue
        for m in other.mentions:
            if m.start < first.start and low <= m.sent <= first.sent and m.start > best:
                best, country, how = m.start, other.country, f"country of the nearest actor {other.name!r}"
    return country, how


def _country_source(cl: Cluster) -> bool:
    """May this actor lend its country to a neighbour? Countries and state bodies whose country
    the text gave (a guess is not evidence for the next guess; media and NGOs travel)."""
    if not _is_state(cl.country) or "country_from_context" in cl.evidence:
        return False
    return cl.kind == "country" or bool(set(cl.sectors) & STATE)


def _is_state(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code not in REGIONS and code not in ETHNIC  # type: ignore[arg-type]
