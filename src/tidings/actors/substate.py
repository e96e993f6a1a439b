"""Sub-national governments: "the state of Montana", "the Province of Ontario" and a state or
province that acts ("California sued the administration") are the government of that area, coded
as its country's government (CAMEO has no sub-national codes: ``USAGOV``, ``CANGOV``).

The area must be a sub-national region of the dictionaries (regions.tsv: US states, Canadian
provinces, Australian states, ...), so "state of emergency", "state media", "head of state" and
"Secretary of State" never match: the word after "of" has to be such a region. Runs before the
countries are placed, so that the region's words join this mention rather than a bare place.
"""

from __future__ import annotations

from tidings.actors.clusters import Cluster, State
from tidings.actors.countries import PLACE_PREPS, _acts, is_location
from tidings.actors.lexicon import Hit

AREA_WORDS = frozenset({"state", "province", "commonwealth", "territory"})


def state_governments(st: State) -> None:
    made: dict[str, Cluster] = {}
    for h in st.hits:
        if h.kind != "region" or not h.country or len(h.country) != 3 or st.covered[h.start]:
            continue
        start = _area_phrase(st, h)
        if start is None and not (_acts(st.doc[h.end - 1]) and not is_location(st, h)):
            continue
        if start is not None and _a_place(st.doc[start if st.doc[start].lower_ != "the" else start + 1]):
            continue  # "in the state of Montana": a location
        rule = (
            "'the state of' + a sub-national area" if start is not None else "a sub-national area that acts"
        )
        code = h.country + "GOV"
        cl = made.get(code)
        if cl is None:
            cl = made[code] = Cluster(kind="organisation", name=f"{h.name} (government)", key=(code,))
            cl.country, cl.sectors, cl.code = h.country, ["GOV"], code
            cl.evidence = {"rule": f"{rule}: its government, coded as the country's", "entry": h.name}
            st.clusters.append(cl)
        m = st.mention(h.start if start is None else start, h.end, "organisation")
        cl.add(m)
        st.cover(m)


def _a_place(word) -> bool:
    return word.dep_ == "pobj" and word.head.lower_ in PLACE_PREPS


def _area_phrase(st: State, h: Hit) -> int | None:
    """Start of "(the) state/province of <area>" ending at the region hit ``h``, else None."""
    doc = st.doc
    s = h.start
    if s < 2 or doc[s - 1].lower_ != "of" or doc[s - 2].lower_ not in AREA_WORDS:
        return None
    if st.covered[s - 2] or st.covered[s - 1]:
        return None
    s -= 2
    if s > 0 and doc[s - 1].lower_ == "the" and not st.covered[s - 1]:
        s -= 1
    return s
