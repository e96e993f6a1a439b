"""Role phrases of several countries followed by a list of names, matched in order.

"Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos
Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively": a plural role noun whose
modifiers name n countries, then a comma and exactly n names separated by commas and "and",
gives the k-th name the k-th country (each a person of its own; a counterpart still takes the
other party's sector and title later, ``pronouns.counterparts``). The role phrase is a mention
of every one of those persons, so that ``parties_for`` returns one party per country. The NER
may tag a name of the list as something else ("Nikos Christodoulides" ORG): the list's shape
makes it a person. Runs after the names are clustered and before ``names.name_contexts``, which
leaves these persons alone (``Cluster.listed``).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.clusters import NAME_PARTICLES, Cluster, Mention, State, name_key
from tidings.actors.codes import join_code

SEPARATORS = frozenset({",", "and"})


def listed_names(st: State) -> None:
    doc = st.doc
    for h in st.hits:
        if h.kind != "role":
            continue
        head = doc[h.end - 1]
        if head.tag_ not in ("NNS", "NNPS") or st.covered[head.i]:
            continue
        s = head.left_edge.i
        while s < head.i and (doc[s].dep_ == "cc" or doc[s].is_punct):
            s += 1
        end = _phrase_end(st, head)
        c = st.coding(s, end)
        if len(c.countries) < 2 or not c.sectors and c.ref != "counterpart":
            continue
        items = _name_list(st, end, len(c.countries))
        if items is None:
            continue
        poss = [t for t in head.children if t.dep_ == "poss"]
        desc = st.mention(s, end, "description", head=head.i)
        for (a, b), country in zip(items, c.countries, strict=True):
            cl = _person(st, a, b)
            cl.listed = True
            if c.ref == "counterpart":  # the country now (the text wins over the knowledge base)
                cl.counterpart_country = cl.country = country
                st.pending_counterparts.append((cl, poss[0].i if poss else -1))
            elif not cl.coded_by_kb:
                cl.country, cl.sectors = country, list(c.sectors)
                cl.code = join_code(country, c.sectors)
                cl.title = c.title or cl.title
                cl.evidence = {"rule": "role words around the name", "from": c.evidence}
            cl.evidence = {**cl.evidence, "listed": f"{country}: a name listed after {_text(st, desc)!r}"}
            cl.add(Mention(desc.start, desc.end, desc.kind, desc.head, desc.sent, desc.subject))
        st.cover(desc, person=True)


def _text(st: State, m: Mention) -> str:
    return st.doc[m.start : m.end].text


def _phrase_end(st: State, head: Token) -> int:
    """The role phrase ends after its head, or after an "of"/"from" phrase of countries that
    follows it ("the foreign ministers of Greece, Cyprus and France")."""
    doc = st.doc
    end = head.i + 1
    if end < len(doc) and doc[end].lower_ in ("of", "from") and doc[end].head.i == head.i:
        right = doc[end].right_edge.i + 1
        if all(
            st.tok2hit[i] >= 0 and st.hits[st.tok2hit[i]].is_place or doc[i].lower_ in SEPARATORS
            for i in range(end + 1, right)
        ):
            end = right
    return end


def _name_list(st: State, end: int, n: int) -> list[tuple[int, int]] | None:
    """Exactly ``n`` names after ", " at token ``end``, separated by commas and "and", followed
    by punctuation, "respectively" or the end of the sentence; else None."""
    doc = st.doc
    if end >= len(doc) or doc[end].text != ",":
        return None
    sent_end = doc[end].sent.end
    items: list[tuple[int, int]] = []
    i = end + 1
    while i < sent_end and len(items) < n:
        a = i
        while i < sent_end and _name_token(doc[i], first=i == a):
            i += 1
        if i == a or not doc[i - 1].text[:1].isupper() or i - a > 5:
            return None
        if any(st.tok2hit[k] >= 0 and st.hits[st.tok2hit[k]].kind != "person" for k in range(a, i)):
            return None  # a country, an organisation or a role word is no name of the list
        items.append((a, i))
        while i < sent_end and doc[i].lower_ in SEPARATORS and len(items) < n:
            i += 1
    if len(items) != n or n < 2:
        return None
    if i < sent_end and not (doc[i].is_punct or doc[i].lower_ == "respectively"):
        return None
    if i + 1 < sent_end and doc[i].text == "," and _name_token(doc[i + 1], first=True):
        if doc[i + 1].lower_ != "respectively" and doc[i + 1].pos_ == "PROPN":
            return None  # more names than countries
    return items


def _name_token(t: Token, first: bool) -> bool:
    if t.is_space or "\n" in t.text:
        return False
    if t.text == "-" and not first:
        return True
    if t.lower_ in NAME_PARTICLES and not first:
        return True
    return t.text[:1].isupper() and t.is_alpha and t.lower_ not in ("and", "respectively")


def _person(st: State, a: int, b: int) -> Cluster:
    """The person cluster named by tokens [a, b): the one already there, else a new one."""
    held: list[Cluster] = []
    for k in range(a, b):
        cl = st.person_tok[k].cluster if k in st.person_tok else None
        if cl is not None and not any(cl is x for x in held):
            held.append(cl)
    if len(held) == 1:
        return held[0]
    cl = Cluster(kind="person", name=st.doc[a:b].text, key=name_key(list(st.doc[a:b])))
    st.clusters.append(cl)
    m = st.mention(a, b, "name")
    cl.add(m)
    st.cover(m, person=True)
    return cl
