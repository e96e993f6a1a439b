"""Short forms of organisation names: a later, shorter mention of an organisation the article
named in full joins it.

- A one-word name in brackets right after an organisation's name ("The Philippine Institute of
  Volcanology and Seismology (Phivolcs)"), which the NER may take for a person.
- The first word of a multi-word organisation name, used alone as a name ("Mahan Air" ...
  "Mahan has been the subject of sanctions"): the NER often takes such a word for a person; a
  one-word "person" never named in full, with no role and no knowledge-base entry, whose word
  starts an organisation named before it is that organisation.
- The capitalised head of a body's name alone ("the United States House of Representatives" ...
  "The House issued a request").
- The last words of an organisation name ("the U.S. Navy" ... "the Navy"): an organisation
  mention whose own words give no country and that repeats the end of longer organisation
  names of one country joins the nearest such name before it (else the first after it).
"""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.actors.clusters import Cluster, Mention, State


def short_names(st: State) -> None:
    orgs = [cl for cl in st.clusters if cl.kind == "organisation" and cl.mentions]
    if not orgs:
        return
    forms = [(cl, m, _words(st.doc, m)) for cl in orgs for m in cl.mentions]
    for cl in list(st.clusters):
        if cl.kind == "person" and cl.mentions:
            _first_word(st, cl, forms)
    for cl in orgs:
        if cl.mentions and not cl.country and not cl.coded_by_kb:
            _last_words(st, cl, forms)
    _head_words(st, [cl for cl in orgs if cl.mentions and cl.code])


def _words(doc: Doc, m: Mention) -> tuple[str, ...]:
    return tuple(t.text for t in doc[m.start : m.end] if t.lower_ != "the" and not t.is_punct)


def _move(st: State, cl: Cluster, host: Cluster, rule: str) -> None:
    for m in cl.mentions:
        host.add(m)
        if m.kind == "name":
            m.kind = "organisation"
        for i in range(m.start, m.end):
            if st.person_tok.get(i) is m:
                del st.person_tok[i]
    cl.mentions = []
    evidence = host.evidence.setdefault("short_names", [])
    if isinstance(evidence, list):
        evidence.append(f"{cl.name!r}: {rule}")


def _first_word(st: State, cl: Cluster, forms: list[tuple[Cluster, Mention, tuple[str, ...]]]) -> None:
    if cl.coded_by_kb or cl.sectors or cl.country:
        return
    names = [m for m in cl.mentions if m.kind == "name"]
    if not names or any(m.end - m.start != 1 for m in names):
        return
    first = min(m.start for m in names)
    doc = st.doc
    if 0 < first < len(doc) - 1 and doc[first - 1].text == "(" and doc[first + 1].text == ")":
        named = [o for o, m, w in forms if m.end == first - 1 and len(w) > 1]
        if named:  # "The Philippine Institute of Volcanology and Seismology (Phivolcs)"
            _move(st, cl, named[0], "the short form in brackets after its name")
            return
    word = doc[first].text
    hosts = {id(o): o for o, m, w in forms if len(w) > 1 and w[0] == word and m.start < first}
    if len(hosts) == 1:
        _move(st, cl, next(iter(hosts.values())), "the first word of its name, used alone")


def _last_words(st: State, cl: Cluster, forms: list[tuple[Cluster, Mention, tuple[str, ...]]]) -> None:
    own = {_words(st.doc, m) for m in cl.mentions if m.kind == "organisation"}
    if len(own) != 1:
        return
    short = next(iter(own))
    if not short:
        return
    hosts = [
        (m.start, o)
        for o, m, w in forms
        if o is not cl and o.country and len(w) > len(short) and w[-len(short) :] == short
    ]
    if not hosts or len({o.country for _, o in hosts}) != 1:
        return
    start = min(m.start for m in cl.mentions)
    before = [h for h in hosts if h[0] < start]
    host = max(before, key=lambda h: h[0])[1] if before else min(hosts, key=lambda h: h[0])[1]
    _move(st, cl, host, "the last words of its name")


def _head_words(st: State, orgs: list[Cluster]) -> None:
    """ "The United States House of Representatives" ... "The House issued a request": the
    capitalised head of a body's name ("X of Y"), alone after "the", is that body when one
    body of the article has that head."""
    doc = st.doc
    heads: dict[str, list[tuple[int, Cluster]]] = {}
    for cl in orgs:
        for m in cl.mentions:
            root = doc[m.head]
            if (
                m.end - m.start >= 3
                and root.pos_ == "PROPN"
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
            ):
                heads.setdefault(root.text, []).append((m.end, cl))
    for word, named in heads.items():
        if len({id(cl) for _, cl in named}) != 1:
            continue
        first_end, host = min(named, key=lambda x: x[0])
        for t in doc[first_end:]:
            if t.text != word or t.pos_ != "PROPN" or st.covered[t.i] or doc[t.i - 1].lower_ != "the":
                continue
            if any(c.dep_ in ("prep", "compound", "amod") for c in t.children) or t.dep_ == "compound":
                continue  # "the House Intelligence Committee", "the House of Lords": another name
            m = st.mention(t.i - 1, t.i + 1, "organisation", head=t.i)
            host.add(m)
            st.cover(m)
