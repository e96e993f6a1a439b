"""Countries named outside other mentions become country actors, including capitals as
metonyms ("Tehran and Baghdad have ties"); a place after "in/at/near ..." is a location, and a
country name modifying a thing ("the Iran deal") is not an actor."""

from __future__ import annotations

from tidings.actors.clusters import Cluster, State
from tidings.actors.lexicon import Hit

PLACE_PREPS = frozenset(
    {"in", "at", "near", "across", "throughout", "inside", "within", "into", "around", "outside"}
)


def places(st: State) -> None:
    doc = st.doc
    by_code: dict[str, Cluster] = {}
    for h in st.hits:
        if not h.is_place or st.covered[h.start] and h.kind in ("demonym",):
            continue
        if st.covered[h.start] and not (
            h.kind in ("country",)
            and doc[h.end - 1].dep_ == "poss"
            or h.kind == "country"
            and h.end < len(doc)
            and doc[h.end].lower_ in ("'s", "’s")
        ):
            continue
        tok = doc[h.end - 1]
        if h.kind == "demonym" and (tok.dep_ in ("amod", "compound", "nmod") or tok.pos_ == "ADJ"):
            continue
        if (
            tok.dep_ in ("compound", "amod", "nmod")
            and tok.head.i > tok.i
            and st.tok2hit[tok.head.i] < 0
            and tok.head.i not in st.person_tok
        ):
            continue  # "the Iran nuclear deal": a modifier of a thing, not the actor
        if is_location(st, h):
            continue
        if h.end + 1 < len(doc) and doc[h.end].text == "-" and doc[h.end + 1].tag_ in ("VBN", "VBD", "VBG"):
            continue  # "US-built", "Saudi-led": part of an adjective, not the actor
        if (
            h.start > 0
            and doc[h.start - 1].lower_ in ("anti", "pro")
            or (h.start > 1 and doc[h.start - 1].text == "-" and doc[h.start - 2].lower_ in ("anti", "pro"))
        ):
            continue
        code = h.code
        if not code:
            continue
        cl = by_code.get(code)
        if cl is None:
            cl = by_code[code] = Cluster(kind="country", name=h.name, key=(code,))
            p = h.parsed
            cl.country, cl.sectors, cl.code = p.country, list(p.sectors), p.code
            cl.evidence = {"rule": f"{h.kind} name", "entry": h.name, "source": h.source}
            st.clusters.append(cl)
        s = h.start
        if (
            h.kind in ("country", "multinational")
            and s > 0
            and doc[s - 1].lower_ == "the"
            and not st.covered[s - 1]
        ):
            s -= 1
        cl.add(st.mention(s, h.end, "place"))


def is_location(st: State, h: Hit) -> bool:
    doc = st.doc
    tok = doc[h.end - 1]
    head = tok
    while head.dep_ in ("compound", "poss", "amod", "nmod", "case") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
        return True
    prev = doc[h.start - 1] if h.start > 0 else None
    return prev is not None and prev.lower_ in PLACE_PREPS and prev.dep_ == "prep"
