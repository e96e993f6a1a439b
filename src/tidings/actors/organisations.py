"""Organisations: dictionary organisations, and NER organisations coded from their words
("Kurdistan Regional Government" -> IRQ + GOV); acronyms defined in the text ("Islamic
Revolution Guards Corps (IRGC)") join them."""

from __future__ import annotations

from tidings.actors.clusters import Cluster, Mention, State, latest_before
from tidings.actors.codes import join_code
from tidings.actors.coding import span_root
from tidings.actors.descriptions import org_for_description
from tidings.actors.lexicon import Hit
from tidings.actors.orgnames import place_before


def organisations(st: State) -> None:
    doc = st.doc
    by_name: dict[str, Cluster] = {}
    acronyms: dict[str, Cluster] = {}
    for h in st.hits:
        if not (h.kind == "organisation" or (h.kind == "actor" and h.start not in st.person_tok)):
            continue
        if st.covered[h.start]:
            continue
        branch = _branch_country(st, h)
        name = h.name if branch is None else f"{h.name} {doc[branch.start : branch.end].text}"
        cl = by_name.get(name)
        if cl is None:
            cl = by_name[name] = Cluster(kind="organisation", name=name, key=(name.lower(),))
            p = h.parsed
            cl.country, cl.sectors, cl.code, cl.title = p.country, list(p.sectors), p.code, h.title
            cl.evidence = {"rule": "organisation dictionary", "entry": h.name, "source": h.source}
            if branch is not None:  # "CNN Philippines": the outlet's sector, the branch's country
                cl.country = branch.country
                cl.code = join_code(cl.country, cl.sectors)
                cl.evidence["country_from"] = f"country named after the organisation: {branch.source}"
            cl.coded_by_kb = True
            st.clusters.append(cl)
        m = st.mention(h.start, h.end if branch is None else branch.end, "organisation")
        s = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
        m.start = s
        cl.add(m)
        st.cover(m)
        _acronym_after(st, m, cl, acronyms)
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "NORP", "FAC") or any(st.covered[ent.start : ent.end]):
            continue
        c = st.coding(ent.start, ent.end, attached=False)
        if not c.code or not c.sectors or c.ref == "country" or c.ref == "counterpart":
            continue
        if not span_root(doc, ent.start, ent.end).text[:1].isupper():
            continue
        place = None if c.country else place_before(st, ent, span_root(doc, ent.start, ent.end))
        if place is not None:  # "the UK's National Crime Agency", "Berlin non-profit X"
            c.country, c.code = place.country, join_code(place.country, c.sectors)
            c.evidence.append(f"place {place.name!r} before the name: {place.source}")
        text = " ".join(t.text for t in ent if t.lower_ != "the")
        key = (text.lower(),)
        cl = by_name.get(text)
        if cl is None and not c.country:  # "Parliament" after "the Parliament of Iraq"
            m0 = st.mention(ent.start, ent.end, "organisation")
            cl = org_for_description(
                st, span_root(doc, ent.start, ent.end), m0, c.title, None if c.weak else c.sectors
            )
        if cl is None:
            cl = by_name[text] = Cluster(kind="organisation", name=text, key=key)
            cl.set_coding(c, "organisation named in the text, coded from its words")
            st.clusters.append(cl)
        m = st.mention(ent.start, ent.end, "organisation")
        cl.add(m)
        st.cover(m)
        _acronym_after(st, m, cl, acronyms)
    if acronyms:
        for t in doc:
            if t.text in acronyms and not st.covered[t.i]:
                m = st.mention(t.i, t.i + 1, "acronym")
                acronyms[t.text].add(m)
                st.cover(m)


def _branch_country(st: State, h: Hit) -> Hit | None:
    """The country of a national branch named after a national organisation, as one proper
    name whose head is the country ("CNN Philippines", "Google India"); None otherwise."""
    doc = st.doc
    if not h.country or h.end >= len(doc) or st.tok2hit[h.end] < 0:
        return None
    nxt = st.hits[st.tok2hit[h.end]]
    if nxt.kind != "country" or nxt.start != h.end or not nxt.country or nxt.country == h.country:
        return None
    root = span_root(doc, h.start, h.end)
    if doc[nxt.end - 1].pos_ != "PROPN" or not nxt.start <= root.head.i < nxt.end or root.dep_ != "compound":
        return None
    if nxt.end < len(doc) and doc[nxt.end].pos_ == "PROPN":
        return None  # "the CNN Philippines Bureau" names something else
    return nxt


def _acronym_after(st: State, m: Mention, cl: Cluster, acronyms: dict[str, Cluster]) -> None:
    doc = st.doc
    if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
        acr = doc[m.end + 1]
        if acr.text.isupper() and 2 <= len(acr.text) <= 8:
            acronyms.setdefault(acr.text, cl)
            known = cl.evidence.setdefault("acronyms", [])
            if isinstance(known, list) and acr.text not in known:
                known.append(acr.text)


# Nouns by which a story refers back to an international organisation it named: "The EU ...
# the bloc", "NATO ... the alliance", "ASEAN leaders met ... The bloc urged".
BLOC_NOUNS = frozenset({"bloc", "alliance", "union"})
BLOC_WINDOW = 3  # sentences before


def bloc_references(st: State) -> None:
    """A bare "the bloc", "the alliance" or "the union" is the international organisation (an
    IGO code) mentioned last before it, in its sentence or the BLOC_WINDOW before."""
    doc = st.doc
    for t in doc:
        if t.lower_ not in BLOC_NOUNS or st.covered[t.i] or t.i == 0:
            continue
        if not (t.tag_ == "NN" or (t.tag_ == "NNP" and t.text.islower())):
            continue  # the tagger's NNP for a lower-case "bloc" is still the noun, not a name
        if doc[t.i - 1].lower_ != "the" or any(c.dep_ not in ("det", "case", "punct") for c in t.children):
            continue  # "the customs union", "the African Union" (a name), "the bloc's members" stays
        m = st.mention(t.i - 1, t.i + 1, "reference", head=t.i)

        def keep(cl: Cluster, m: Mention = m) -> bool:
            return (
                cl.kind == "organisation"
                and (cl.code or "").startswith("IGO")
                and any(m.sent - BLOC_WINDOW <= x.sent and x.start < m.start for x in cl.mentions)
            )

        cl = latest_before(st.clusters, m.start, keep)
        if cl is not None:
            cl.add(m)
            st.cover(m)
