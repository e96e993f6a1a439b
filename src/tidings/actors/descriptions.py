"""Descriptions and groups headed by a role noun.

Singular person descriptions link to the most recent person with a compatible title and
country ("the top diplomat", "the foreign minister", "Iran's foreign minister"); groups are
clustered by code and title ("the Iraqi government" x3); generic heads take the sector of
their modifier ("terrorist organizations") and "the group" alone refers back to the last
non-state armed group; "the agency" after "the Saudi Press Agency" joins that organisation.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.clusters import GENDERED_PRONOUNS, Cluster, Mention, State, latest_before
from tidings.actors.codes import join_code
from tidings.actors.coding import Coding
from tidings.actors.collectives import owned_group
from tidings.actors.lexicon import Hit

INDEFINITE = frozenset(
    {"a", "an", "another", "any", "some", "no", "every", "each", "several", "many", "two", "three"}
)
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
GROUP_NOUNS = frozenset(
    {"group", "organization", "organisation", "faction", "movement", "cell", "network", "outfit"}
)
NON_STATE = frozenset({"REB", "UAF", "INS", "SEP", "RAD"})
# Role nouns that name a stance or act when they take these prepositions.
ABSTRACT_PREPS = {
    "opposition": ("to", "against"),
    "leadership": ("of", "in"),
    "government": ("by",),
    "support": ("for", "to"),
}
# Generic titles that a more specific title satisfies ("the minister" -> the foreign minister).
GENERIC_TITLES = {
    "minister": ("minister",),
    "official": (
        "minister",
        "president",
        "adviser",
        "advisor",
        "ambassador",
        "diplomat",
        "official",
        "governor",
        "spokesperson",
        "secretary",
    ),
    "diplomat": ("foreign minister", "ambassador", "diplomat", "deputy foreign minister"),
    "leader": ("president", "prime minister", "supreme leader", "monarch", "chancellor", "leader"),
    "head": ("president", "prime minister", "chief", "head", "minister", "director"),
    "spokesperson": ("spokesperson",),
}


def descriptions(st: State) -> None:
    doc = st.doc
    done: set[int] = set()
    groups: dict[tuple[str, str, str], Cluster] = {}
    for h in st.hits:
        if h.kind != "role":
            continue
        head = _description_head(st, h)
        if head is None or head.i in done:
            continue
        done.add(head.i)
        s = head.left_edge.i
        if h.start < s and all(doc[i].head.i == head.head.i for i in range(h.start, s)):
            # "two people smugglers" parsed as two objects of the verb: the role's own words
            # still count
            s = doc[h.start].left_edge.i
        while s < head.i and doc[s].is_punct:
            s += 1
        e_code = head.i + 1
        for ch in head.children:  # "members of the House of Commons", "the president of Iran"
            if ch.dep_ == "prep" and ch.lower_ in ("of", "for") and ch.i > head.i:
                e_code = max(e_code, ch.right_edge.i + 1)
        c = st.coding(s, e_code)
        m = st.mention(s, head.i + 1, "description", head=head.i)
        if c.generic and not c.sectors:
            _generic_reference(st, c, m, head)
        elif c.ref == "counterpart":
            _counterpart(st, c, m, head)
        elif owned_group(st, c, m, head):  # "his staffers": coded once "his" is resolved
            pass
        elif c.code:
            _coded_description(st, c, m, head, groups)


def _description_head(st: State, h: Hit) -> Token | None:
    """The noun a role hit heads (following role compounds: "foreign ministry spokesman"), or
    None when the phrase is not a description of a party."""
    doc = st.doc
    head = doc[h.end - 1]
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
        nxt = head.head
        hi = st.tok2hit[nxt.i]
        if nxt.i in st.person_tok or hi < 0 or st.hits[hi].kind != "role":
            return None
        head = nxt
    if st.covered[head.i] or head.pos_ not in ("NOUN", "PROPN") and not _nominal_participle(head):
        return None
    if abstract_use(head):
        return None  # "Iran's opposition to the stationing": the stance, not a party
    if any(t.tag_ in ("WDT", "WP$", "WP") for t in doc[head.left_edge.i : head.i]):
        return None  # "whose commander-in-chief is X": X is coded by its own name
    if river_bank(head):
        return None  # "the eastern bank of the Dnipro": a shore, not a firm
    if any(c.dep_ == "appos" and c.i in st.person_tok for c in head.children):
        return None
    if head.dep_ == "appos" and head.head.i in st.person_tok:
        return None
    return head


SIDES = frozenset({"east", "west", "north", "south", "eastern", "western", "northern", "southern", "left", "right", "opposite", "far", "river"})  # fmt: skip


def abstract_use(head: Token) -> bool:
    """A role word with the preposition of its abstract sense (``ABSTRACT_PREPS``):
    "opposition to the ban", "support for Kyiv"."""
    return any(c.dep_ == "prep" and c.lower_ in ABSTRACT_PREPS.get(head.lower_, ()) for c in head.children)


def stance(head: Token) -> bool:
    """A role word that names a stance here, not a party: its abstract sense
    (``abstract_use``), or a bare "opposition" voiced or expressed."""
    if abstract_use(head):
        return True
    return (
        head.lower_ == "opposition"
        and head.dep_ == "dobj"
        and head.head.lemma_.lower() in ("voice", "express", "state", "signal", "register")
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in head.children)
    )


def river_bank(head: Token) -> bool:
    """A bank with a side or a river ("the eastern bank of the Dnipro", "the river bank",
    "the banks of the Nile"): the shore."""
    if head.lemma_.lower() != "bank":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in SIDES for c in head.children):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.ent_type_ == "LOC" or o.lower_ == "river" for o in c.children)
        for c in head.children
    )


def _nominal_participle(head: Token) -> bool:
    """'ordered the accused remain', 'the accused performed': a participle the parser left a
    verb that a determiner and a noun's dependency show is a noun phrase."""
    return (
        head.tag_ in ("VBN", "VBD", "JJ")
        and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")
        and any(c.dep_ == "det" and c.lower_ == "the" and c.i < head.i for c in head.children)
    )


def _generic_reference(st: State, c: Coding, m: Mention, head: Token) -> None:
    """'the group' alone: the most recent non-state armed group."""
    dets = list(st.doc[m.start : head.i])
    if head.dep_ == "conj":
        dets += [t for t in head.head.children if t.dep_ == "det"]
    if head.lemma_.lower() not in GROUP_NOUNS or any(t.lower_ in INDEFINITE for t in dets):
        return
    cl = _named_in_apposition(st, head) or _group_for_generic(st, c, m)
    if cl is not None:
        m.kind = "reference"
        cl.add(m)
        st.cover(m)


def _counterpart(st: State, c: Coding, m: Mention, head: Token) -> None:
    """'his counterpart'; 'his Greek, Cypriot and French counterparts' -> one per country."""
    name = st.doc[m.start : head.i + 1].text
    plural = head.tag_ in ("NNS", "NNPS") and len(c.countries) > 1
    poss = [t for t in head.children if t.dep_ == "poss" and t.lower_ in GENDERED_PRONOUNS]
    for country in c.countries if plural else [c.country]:
        cl = Cluster(kind="person", name=f"{name} ({country})" if plural else name, key=())
        cl.counterpart_country = country
        cl.inherit_country = c.inherit_country
        st.pending_counterparts.append((cl, poss[0].i if poss else -1))
        st.clusters.append(cl)
        cl.add(Mention(m.start, m.end, m.kind, m.head, m.sent, m.subject) if plural else m)
    st.cover(m, person=True)
    if plural:
        for i in range(m.start, m.end):
            st.person_tok[i] = st.clusters[-1].mentions[-1]


def _coded_description(
    st: State, c: Coding, m: Mention, head: Token, groups: dict[tuple[str, str, str], Cluster]
) -> None:
    doc = st.doc
    s = m.start
    named = _named_in_apposition(st, head) if c.ref in ("org", "group") else None
    if named is not None:  # "The militant organisation, the Islamic State, claimed ..."
        m.kind = "reference"
        named.add(m)
        st.cover(m)
        return
    plural = head.tag_ in ("NNS", "NNPS")
    indefinite = any(t.lower_ in INDEFINITE for t in doc[s : head.i] if t.dep_ in ("det", "nummod"))
    definite = any(t.lower_ in DEFINITE or t.dep_ == "poss" for t in doc[s : head.i])
    based = any(t.lower_ == "based" and t.i > s and doc[t.i - 1].text == "-" for t in doc[s : head.i])
    if (
        c.ref in ("org", "group")
        and not indefinite
        and (not c.country or based and definite and not plural)  # "The Luxembourg-based court"
        and c.name_hit is None
        and (definite or not plural)
    ):
        named = org_for_description(st, head, m, c.title, None if c.weak else c.sectors)
        if named is not None:  # "the agency" after "the Saudi Press Agency"
            named.add(m)
            st.cover(m)
            return
    if c.ref == "group" and definite and not c.country and set(c.sectors) & NON_STATE and c.name_hit is None:
        named = _group_for_generic(st, c, m)
        if named is not None and named.kind == "organisation":  # "the Taliban ... the militants"
            m.kind = "reference"
            named.add(m)
            st.cover(m)
            return
    if c.ref == "person" and not plural:
        cl = None if indefinite else _person_for_description(st, c, m)
        if cl is None:
            cl = Cluster(kind="person", name=_desc_name(st, s, head.i + 1), key=())
            cl.set_coding(c, "description with a role word")
            st.clusters.append(cl)
        elif not cl.country and c.country:
            cl.country = c.country
            cl.code = join_code(cl.country, cl.sectors)
        cl.add(m)
        st.cover(m, person=True)
        return
    countries = c.countries if plural and len(c.countries) > 1 else [c.country]
    for country in countries:
        code = c.code if len(countries) == 1 and c.code else join_code(country, c.sectors)
        if not code:
            continue
        # plural people are one group per head noun: "two men tortured children" are two
        # groups, though both are civilians
        gkey = (code, c.title or "", head.lemma_.lower() if c.ref == "person" else "")
        cl = groups.get(gkey)
        if cl is None:
            cl = groups[gkey] = Cluster(
                kind="group" if c.ref != "org" else "organisation",
                name=_desc_name(st, s, head.i + 1, country if len(countries) > 1 else None),
                key=(),
            )
            cl.set_coding(c, "description with a role word")
            cl.country, cl.code = country, code
            st.clusters.append(cl)
        cl.add(Mention(m.start, m.end, m.kind, m.head, m.sent, m.subject))
    st.cover(m)


CIVIL_ORGS = frozenset({"BUS", "MED", "NGO", "EDU", "HLH"})


def _named_in_apposition(st: State, head: Token) -> Cluster | None:
    """The named organisation in apposition right after a description ("the militant
    organisation, the Islamic State"; "the group, Hezbollah,"), or the one it is in apposition
    to ("the European Court of Justice (ECJ) — the supreme court on matters of EU law"): the
    description is that body."""
    named = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    if head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ == "PROPN":
        named.append(head.head)
    for c in named:
        for cl in st.clusters:
            if cl.kind == "organisation" and any(
                x.start <= c.i < x.end and x.kind != "pronoun" for x in cl.mentions
            ):
                return cl
    return None


def org_for_description(
    st: State, head: Token, m: Mention, title: str | None = None, sectors: list[str] | None = None
) -> Cluster | None:
    """'the agency' after 'the Saudi Press Agency'; 'Parliament' after 'the Parliament of Iraq';
    'the company' after 'Boeing' (a firm, outlet, charity, school or hospital of the three
    sentences before)."""
    word = head.lemma_.lower().rstrip("s")

    def keep(cl: Cluster) -> bool:
        if cl.kind not in ("organisation", "group") or not cl.name:
            return False
        words = cl.name.lower().split()
        heads = {words[-1], words[words.index("of") - 1] if "of" in words[1:] else words[-1]}
        # "the court" after "the European Court of Justice": the name's head before "of"
        same_head = cl.kind == "organisation" and word in {w.rstrip("s") for w in heads}
        # "the company" after "Boeing", "the outlet" after "Rappler": same civil sector, recent
        same_sector = (
            cl.kind == "organisation"
            and bool(sectors and cl.sectors and sectors[0] == cl.sectors[0] and sectors[0] in CIVIL_ORGS)
            and any(m.sent - 3 <= x.sent and x.start < m.start for x in cl.mentions)
        )
        if not same_head and not same_sector and not (title and cl.title == title and cl.country):
            return False
        # "government forces" are not the "Syrian Democratic Forces"
        igo = (cl.code or "").startswith("IGO") and same_head  # an IGO's code has no agent sector
        return igo or not (sectors and cl.sectors and sectors[0] != cl.sectors[0])

    return latest_before(st.clusters, m.start, keep)


def _group_for_generic(st: State, c: Coding, m: Mention) -> Cluster | None:
    """'groups that have taken refuge in ...', 'the group', 'the militants' -> the most recent
    non-state armed group or organisation (same country) in this sentence or the three before."""
    low = m.sent - 3

    def keep(cl: Cluster) -> bool:
        armed = bool(set(cl.sectors) & NON_STATE) or (cl.code or "").startswith("IMG")
        if cl.kind not in ("group", "organisation") or not armed:
            return False
        if c.country and cl.country and c.country != cl.country:
            return False
        return cl.kind == "group" or any(low <= x.sent and x.start < m.start for x in cl.mentions)

    return latest_before(st.clusters, m.start, keep)


def _desc_name(st: State, s: int, e: int, country: str | None = None) -> str:
    words = [t.text for t in st.doc[s:e] if t.dep_ != "det" and t.lower_ not in GENDERED_PRONOUNS]
    name = " ".join(words) or st.doc[s:e].text
    return f"{name} ({country})" if country else name


def _person_for_description(st: State, c: Coding, m: Mention) -> Cluster | None:
    def keep(cl: Cluster) -> bool:
        return (
            cl.kind == "person"
            and titles_compatible(c.title, cl.title)
            and not (c.country and cl.country and c.country != cl.country)
            and not (c.sectors and cl.sectors and c.sectors[0] != cl.sectors[0])
        )

    return latest_before(st.clusters, m.start, keep)


def titles_compatible(desc: str | None, known: str | None) -> bool:
    if not desc or not known:
        return False
    if desc == known:
        return True
    return any(word in known for word in GENERIC_TITLES.get(desc, ()))
