"""Named organisations that no dictionary knows and whose own words carry no sector: coded from
the role words around the name ("UK-based retailer Tesco" -> GBR + BUS, "news agency Interfax"
-> MED, "UOKiK, the Polish anti-monopoly agency" -> POL + GOV), else from the word the name ends
with ("NBC News" -> MED, "Salling Group" -> BUS, "Sechenov University" -> EDU). Later mentions of
the same name ("Tesco", "Tesco's"), of its first word when it ends in a company word ("Salling"
for "Salling Group") and of an acronym defined after it ("(NFP)") join the organisation. A
sector-less name takes its country from the context like any other actor (``context``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tidings.actors.clusters import Cluster, State
from tidings.actors.coding import Coding, span_root
from tidings.actors.lexicon import Hit

# The last word of an organisation's name -> its CAMEO sector (names of firms, media, schools,
# hospitals and charities; CAMEO codebook 1.1b3 agent codes).
NAME_WORDS = {
    **dict.fromkeys(
        "news herald times post gazette journal tribune telegraph bulletin radio tv television "
        "magazine daily weekly chronicle courier observer express monitor".split(),
        "MED",
    ),
    **dict.fromkeys(
        "group inc inc. corp corp. corporation ltd ltd. llc plc gmbh ag co. company holdings airlines airways "
        "studios entertainment motors technologies pharmaceuticals biotherapeutics industries railways".split(),
        "BUS",
    ),
    **dict.fromkeys("university college school academy".split(), "EDU"),
    **dict.fromkeys("hospital clinic".split(), "HLH"),
    **dict.fromkeys("foundation society coalition association trust".split(), "NGO"),
    **dict.fromkeys("hotel resort bank".split(), "BUS"),
}
MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod", "punct", "det", "nummod"})
# Heads of the names of state bodies: with a country or "National"/"Federal"/"State" in the name
# ("Philippine Institute of Volcanology", "United States Geological Survey") the body is GOV.
STATE_BODY_WORDS = frozenset(
    "institute council service survey agency office authority commission administration bureau "
    "department brigade directorate inspectorate centre center".split()
)
STATE_MARKS = frozenset("national federal state royal central".split())
COMPANY_WORDS = frozenset(w for w, s in NAME_WORDS.items() if s == "BUS")
# a word anywhere in the name that gives the body's sector ("the Legislative Yuan": LEG)
NAME_MARKS = {"legislative": "LEG", "parliamentary": "LEG", "university": "EDU"}
# "the state-run Indian Railways": a firm or body run by the state is GOV (media stay MED)
STATE_RUN = frozenset({"state-run", "state-owned", "government-run", "government-owned", "state-controlled"})


def org_name_ending(span: Span) -> bool:
    """Whether a name ends with a word that names an organisation ("Indian Railways", "Boston
    University"): the NER's PERSON label on it is a mistake."""
    return len(span) > 1 and span[-1].lower_ in NAME_WORDS and span[-1].text[:1].isupper()


def named_organisations(st: State) -> None:
    doc = st.doc
    made: dict[str, Cluster] = {}
    ents = [e for e in doc.ents if e.label_ == "ORG" or e.label_ == "PERSON" and org_name_ending(e)]
    for ent in [*ents, *_untagged_names(st)]:
        ent = _before_parenthesis(ent)
        if not len(ent) or any(st.covered[ent.start : ent.end]):
            continue
        root = span_root(doc, ent.start, ent.end)
        if not root.text[:1].isupper():
            continue
        words = [t for t in ent if t.lower_ != "the"]
        if not words:
            continue
        name = " ".join(t.text for t in words)
        cl = made.get(name)
        if cl is None:
            coded = _coding_of(st, ent, root)
            if coded is None:
                continue
            c, start, how = coded
            cl = made[name] = Cluster(kind="organisation", name=name, key=(name.lower(),))
            cl.set_coding(c, how)
            st.clusters.append(cl)
        else:
            start = ent.start
        m = st.mention(start, ent.end, "organisation", head=root.i)
        cl.add(m)
        st.cover(m)
    for name, cl in sorted(made.items()):
        _later_mentions(st, name, cl)


def _before_parenthesis(ent: Span) -> Span:
    """The name without the short form the NER often takes into it ("The Philippine Institute of
    Volcanology and Seismology (Phivolcs")."""
    cut = next((t.i for t in ent if t.text == "("), None)
    return ent if cut is None else ent.doc[ent.start : cut]


def _untagged_names(st: State) -> list[Span]:
    """Proper nouns the NER left untagged but an apposition names as an organisation
    ("UOKiK, the Polish anti-monopoly agency", "Met Éireann, the national meteorological
    service")."""
    doc = st.doc
    out = []
    for t in doc:
        if t.pos_ != "PROPN" or t.ent_type_ or st.covered[t.i] or not t.text[:1].isupper():
            continue
        appos = [c for c in t.children if c.dep_ == "appos" and c.i > t.i and st.tok2hit[c.i] >= 0]
        hit = st.hits[st.tok2hit[appos[0].i]] if appos else None
        if hit is None or hit.kind != "role" or hit.get("ref") not in ("org", "group"):
            continue
        s = t.i
        while (
            s - 1 >= 0
            and doc[s - 1].pos_ == "PROPN"
            and doc[s - 1].head.i == t.i
            and not doc[s - 1].ent_type_
        ):
            s -= 1
        out.append(doc[s : t.i + 1])
    return out


def _coding_of(st: State, ent: Span, root: Token) -> tuple[Coding, int, str] | None:
    """(coding, first token of the mention, rule) for an organisation name, or None; a body
    without a country of its own takes the country its name's possessive names ("the UK's
    National Crime Agency")."""
    coded = _coding_from_words(st, ent, root)
    if coded is not None and not coded[0].country:
        place = place_before(st, ent, root)
        if place is not None:
            coded[0].country, coded[0].code = place.country, None
            coded[0].evidence.append(f"place {place.name!r} before the name: {place.source}")
    return coded


AGENT_SUFFIXES = frozenset(
    {"backed", "led", "supported", "allied", "sponsored", "funded", "aligned", "linked"}
)


def place_before(st: State, ent: Span, root: Token) -> Hit | None:
    """A country or capital among the modifiers just before an organisation's name or as its
    possessive ("Berlin non-profit Cinema for Peace Foundation", "the UK's National Crime
    Agency"); not a backer ("the Russia-backed ...")."""
    doc = st.doc
    s = ent.start
    while s - 1 >= 0 and not doc[s - 1].is_space and not st.covered[s - 1]:
        t = doc[s - 1]
        if t.dep_ not in MODIFIER_DEPS | {"poss", "case"} or t.ent_type_ in ("ORG", "PERSON"):
            break
        if t.is_punct and t.text != "-":
            break
        s -= 1
    toks = [t for t in doc[s : ent.start] if t.dep_ != "poss" or t.head.i == root.i or t.head.i >= ent.start]
    toks += [t for t in root.children if t.dep_ == "poss" and t.i < s]
    for t in sorted(toks, key=lambda t: -t.i):
        hit = st.hit_at(t.i)
        if hit is None or not hit.is_place or not hit.country or hit.end > ent.start:
            continue
        if hit.end + 1 < len(doc) and doc[hit.end].text == "-" and doc[hit.end + 1].lower_ in AGENT_SUFFIXES:
            continue
        return hit
    return None


def _coding_from_words(st: State, ent: Span, root: Token) -> tuple[Coding, int, str] | None:
    own = st.coding(ent.start, ent.end, attached=False)
    for s, e, before in _role_contexts(st, ent, root):
        c = st.coding(s, e, attached=False)
        if c.sectors and c.ref not in ("person", "country", "counterpart"):
            c.country = c.country or own.country
            c.code = None
            return (
                c,
                (s if before else ent.start),
                "organisation named in the text, coded from the role words around it",
            )
    if root.lower_ in STATE_BODY_WORDS and _state_named(st, ent, root, own.country):
        c = Coding(country=own.country, sectors=["GOV"], evidence=[f"state body {root.text!r}: GOV"])
        return c, ent.start, "organisation named in the text, a state body by its name"
    last = ent[-1].lower_ if ent[-1].lower_ not in ("'s", "’s") else ent[-2].lower_ if len(ent) > 1 else ""
    sector = NAME_WORDS.get(last) if len(ent) > 1 else None
    how = f"name ending in {ent[-1].text!r}: {sector}"
    if sector is None and len(ent) > 1:
        # the name's head before its "of" phrase or a name after it: "the American Journal of
        # Preventive Medicine", "The Hotel Arpit Palace", "Marriage Equality Coalition Taiwan"
        head = _name_head(ent)
        if head is not None and head.lower_ in NAME_WORDS:
            sector, how = NAME_WORDS[head.lower_], f"{head.text!r} heads the name: {NAME_WORDS[head.lower_]}"
    if sector is None:
        marks = [t for t in ent if t.lower_ in NAME_MARKS and t.text[:1].isupper()]
        sector = NAME_MARKS[marks[0].lower_] if marks and len(ent) > 1 else None
        how = f"{marks[0].text!r} in the name: {sector}" if marks else ""
    if sector is None:
        return None
    if sector != "MED" and _state_run(st, ent):
        sector, how = "GOV", f"{how}; run by the state: GOV"
    c = Coding(country=own.country, sectors=[sector], evidence=[how])
    return c, ent.start, "organisation named in the text, coded from the words of its name"


def _name_head(ent: Span) -> Token | None:
    """The word that says what a multiword name is: the last capitalised word before "of"
    ("Journal of Preventive Medicine"), or the first word followed by a name ("Hotel Arpit
    Palace"), or a kind word followed by only a place ("Marriage Equality Coalition Taiwan")."""
    words = [t for t in ent if t.lower_ not in ("the", "a")]
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), None)
    if of is not None and of > 0:
        return words[of - 1]
    if words and words[0].lower_ in NAME_WORDS and words[0].text[:1].isupper():
        return words[0]
    kinds = [t for t in words[:-1] if t.lower_ in NAME_WORDS and t.text[:1].isupper()]
    if kinds and all(t.ent_type_ == "GPE" or t.pos_ == "PROPN" for t in words[words.index(kinds[-1]) + 1 :]):
        return kinds[-1]
    return None


def _state_named(st: State, ent: Span, root: Token, country: str | None) -> bool:
    """A body's name that makes it a state body: a state mark ("National", "Federal") or its
    country; an institute named after a city or region only ("the Beijing Gender Health
    Education Institute") may as well be private, and follows what the article says of it."""
    if any(t.lower_ in STATE_MARKS for t in ent):
        return True
    if root.lower_ != "institute":
        return country is not None
    kinds = {st.hits[st.tok2hit[i]].kind for i in range(ent.start, ent.end) if st.tok2hit[i] >= 0}
    return country is not None and bool(kinds & {"country", "demonym"})


def _state_run(st: State, ent: Span) -> bool:
    """ "The state-run Indian Railways": a state-run/-owned modifier just before the name."""
    before = st.doc[max(0, ent.start - 4) : ent.start].text.lower().replace(" - ", "-").replace(" -", "-")
    return any(w in before.split() for w in STATE_RUN)


def _role_contexts(st: State, ent: Span, root: Token) -> list[tuple[int, int, bool]]:
    """Role words before the name in its phrase ("Denmark-based retailer"), a role noun the name
    is in apposition to ("news agency Interfax"), or a role-headed apposition after it."""
    doc = st.doc
    out: list[tuple[int, int, bool]] = []
    s = ent.start
    while s - 1 >= 0 and not doc[s - 1].is_space and not st.covered[s - 1]:
        t = doc[s - 1]
        if t.dep_ not in MODIFIER_DEPS or (t.is_punct and t.text != "-") or t.ent_type_ in ("ORG", "PERSON"):
            break
        s -= 1
    while s < ent.start and doc[s].dep_ == "det":
        s += 1
    if s < ent.start and any(st.tok2hit[i] >= 0 for i in range(s, ent.start)):
        out.append((s, ent.start, True))
    h = root.head
    if root.dep_ in ("appos", "compound") and h.i != root.i and st.tok2hit[h.i] >= 0 and h.i < ent.start:
        if st.hits[st.tok2hit[h.i]].kind == "role" and not st.covered[h.i]:
            out.append((h.left_edge.i, h.i + 1, False))
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end and st.tok2hit[child.i] >= 0:
            if st.hits[st.tok2hit[child.i]].kind == "role":
                out.append((child.left_edge.i, child.right_edge.i + 1, False))
    return [(a, b, x) for a, b, x in out if "\n" not in doc[a:b].text]


COMMON = frozenset("the and or in of for to on".split())


def _later_mentions(st: State, name: str, cl: Cluster) -> None:
    doc = st.doc
    words = name.split()
    forms = [words]
    if len(words) == 2 and words[1].lower() in COMPANY_WORDS:
        forms.append(words[:1])  # "Salling" for "Salling Group"
    for form in forms:
        n = len(form)
        for i in range(len(doc) - n + 1):
            if st.covered[i] or [t.text for t in doc[i : i + n]] != form:
                continue
            if any(st.covered[i : i + n]):
                continue
            m = st.mention(i, i + n, "organisation")
            cl.add(m)
            st.cover(m)
    for m in list(cl.mentions):
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
            acr = doc[m.end + 1].text
            if acr[:1].isupper() and acr.isalpha() and 2 <= len(acr) <= 10 and acr.lower() not in COMMON:
                for t in doc:
                    if t.text == acr and not st.covered[t.i]:
                        am = st.mention(t.i, t.i + 1, "acronym")
                        cl.add(am)
                        st.cover(am)
