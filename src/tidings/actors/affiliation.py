"""A named person's sector from the body the sentence ties them to (CAMEO codes a member of an
organisation by the organisation's sectors: a professor at a university EDU, a lawyer JUD, the
head of a charity NGO, a member of a party its party code).

Runs after the organisations and the descriptions are resolved (``resolve`` step 3b) and before
private persons: a named person whom neither the dictionaries, the knowledge base nor the role
words next to the name gave a sector takes the sectors (and, lacking one, the country) of

- an organisation, or a role-coded phrase, after a preposition on the name ("Jennifer Lu of
  Marriage Equality Coalition Taiwan", "Dr. Sundar from the project", "X with Amnesty");
- the same after the noun of an apposition ("X, in her fourth year at Y University" is no
  apposition; "X, a fourth-year student at Y University", "X, director of the Z Institute");
- a relative clause on the name whose verb runs, leads, founds or works for a body ("X, who runs
  a charity", "X, who heads the Y Foundation", "X, who teaches at Z University") or says what
  the person is ("X, who is a professor at Z").

A plural title before coordinated names is every one's title ("NASA astronauts Bob Behnken and
Doug Hurley", "Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue":
``shared_titles``). The evidence names the rule and the words. Every mention of the person's cluster (later mentions
by surname included) carries the coding, as for the other person rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.clusters import Cluster, State
from tidings.actors.codes import INTERNATIONAL, join_code
from tidings.actors.coding import span_root

RULE = "the body the sentence ties the person to"
PREPS = frozenset({"of", "from", "at", "with", "for"})
# Verbs of a relative clause that tie the subject to the body they govern or work for.
TIE_VERBS = frozenset(
    "run head lead found co-found cofound chair direct manage own represent work serve teach study "
    "coach edit establish launch start".split()
)
BE = frozenset({"be"})


def affiliations(st: State) -> None:
    people = [
        cl
        for cl in st.clusters
        if cl.kind == "person" and cl.mentions and not cl.sectors and not cl.coded_by_kb
    ]
    if not people:
        return
    owner = _body_owners(st)
    for cl in people:
        for m in sorted(cl.mentions, key=lambda m: m.start):
            if m.kind != "name":
                continue
            root = span_root(st.doc, m.start, m.end)
            found = next(
                (
                    hit
                    for tok, how in _tied_nouns(root, m.end)
                    for hit in [_body_at(st, owner, tok, how)]
                    if hit
                ),
                None,
            )
            if found is not None:
                _apply(cl, *found)
                break


def _tied_nouns(root: Token, end: int) -> list[tuple[Token, str]]:
    """Nouns after the name that the parse ties the person to, with how they are tied."""
    out: list[tuple[Token, str]] = []
    for child in root.children:
        if child.i < end:
            continue
        if child.dep_ == "prep" and child.lower_ in PREPS:
            out += [(o, f"{child.lower_} ...") for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "appos":
            out += [
                (o, f"{child.text} {p.lower_} ...")
                for p in _preps(child)
                for o in p.children
                if o.dep_ == "pobj"
            ]
        elif child.dep_ == "relcl" and (child.lemma_.lower() in TIE_VERBS or child.lemma_.lower() in BE):
            out += _clause_nouns(child)
    return out


def _clause_nouns(verb: Token) -> list[tuple[Token, str]]:
    """ "who runs a charity": the object; "who works for / teaches at Y": the preposition's
    object; "who is a professor at Y": the attribute and its preposition's object."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in verb.children):
        return []
    out: list[tuple[Token, str]] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and (c.dep_ == "attr") == (verb.lemma_.lower() in BE):
            out.append((c, f"who {verb.lemma_} ..."))
            out += [
                (o, f"who {verb.lemma_} ... {p.lower_}")
                for p in _preps(c)
                for o in p.children
                if o.dep_ == "pobj"
            ]
        elif c.dep_ == "prep" and c.lower_ in PREPS and verb.lemma_.lower() not in BE:
            out += [(o, f"who {verb.lemma_} {c.lower_} ...") for o in c.children if o.dep_ == "pobj"]
    return out


def _preps(noun: Token) -> list[Token]:
    return [p for p in noun.children if p.dep_ == "prep" and p.lower_ in PREPS]


def _body_owners(st: State) -> dict[int, Cluster]:
    """Token -> the organisation or group cluster whose mention holds it (coded ones only)."""
    owner: dict[int, Cluster] = {}
    for cl in st.clusters:
        if cl.kind not in ("organisation", "group") or not cl.sectors and not cl.code:
            continue
        for m in cl.mentions:
            for i in range(m.start, m.end):
                owner.setdefault(i, cl)
    return owner


def _body_at(
    st: State, owner: dict[int, Cluster], tok: Token, how: str
) -> tuple[str | None, list[str], str | None, str] | None:
    """(country, sectors, code, evidence) of the body at ``tok``: an organisation cluster, else
    the role words of the phrase ``tok`` heads ("a charity", "the Democratic Party")."""
    body = owner.get(tok.i)
    if body is not None and body.kind in ("organisation", "group"):
        return body.country, list(body.sectors), body.code, f"{how} {body.name!r}"
    hit = st.hit_at(tok.i)
    if hit is None or hit.kind != "role":
        return None
    c = st.coding(tok.left_edge.i, tok.i + 1)
    if not c.sectors or c.ref == "counterpart":
        return None
    words = st.doc[tok.left_edge.i : tok.i + 1].text
    return c.country, list(c.sectors), c.code, f"{how} {words!r}"


def _apply(cl: Cluster, country: str | None, sectors: list[str], code: str | None, words: str) -> None:
    if code and code[:3] in INTERNATIONAL and not cl.country:
        cl.sectors, cl.code = sectors, code  # "an official of the UN": the body's full code
    else:
        cl.country = cl.country or country
        cl.sectors = sectors
        cl.code = join_code(cl.country, cl.sectors)
    cl.evidence = {**cl.evidence, "sector": f"{RULE}: {words}"}


def shared_titles(st: State) -> None:
    """A person named in a coordination after a plural title takes that title's coding."""
    doc = st.doc
    for cl in st.clusters:
        if cl.kind != "person" or not cl.mentions or cl.sectors or cl.coded_by_kb:
            continue
        for m in sorted(cl.mentions, key=lambda m: m.start):
            if m.kind != "name":
                continue
            first = span_root(doc, m.start, m.end)
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            if first is span_root(doc, m.start, m.end) or first.i not in st.person_tok:
                continue
            name = first.i  # the first word of the name the title stands before
            while name - 1 > first.left_edge.i and doc[name - 1].pos_ == "PROPN" and st.tok2hit[name - 1] < 0:
                name -= 1
            s = first.left_edge.i
            while s < name and doc[s].dep_ in ("det", "punct"):
                s += 1
            if name <= s:
                continue
            title = doc[name - 1]
            hit = st.hit_at(title.i)
            if hit is None or hit.kind != "role" or title.tag_ not in ("NNS", "NNPS"):
                continue
            c = st.coding(s, name)
            if c.sectors:
                cl.country = cl.country or c.country
                cl.sectors = list(c.sectors)
                cl.code = join_code(cl.country, cl.sectors)
                cl.title = cl.title or c.title
                words = doc[s:name].text
                cl.evidence = {**cl.evidence, "sector": f"a plural title before coordinated names: {words!r}"}
                break
