"""Person names: candidates (dictionary people, NER PERSON spans trimmed of titles), clustered
by name; coded from the knowledge base, else from the role words around the name.

A name whose words (hyphens and case ignored) end another name joins it ("Amir-Abdollahian",
"Al-Araji", "Bayramov"); a first name alone joins the full name ("Qaboos"); a one-letter
spelling variant of a surname joins it ("Saree"). Role words before the name ("Iranian
Foreign Minister X"), in an apposition ("X, Iraq's national security adviser") or the noun it
is in apposition to ("his Iraqi counterpart X") code it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tidings.actors.clusters import (
    GENDERED_PRONOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    Cluster,
    Mention,
    State,
    edit1,
    is_suffix,
    name_key,
)
from tidings.actors.coding import Coding, span_root
from tidings.actors.lexicon import Hit
from tidings.actors.orgnames import org_name_ending
from tidings.actors.titles import title_word
from tidings.actors.towns import town_entries, town_not_person

_NAME_TOKEN = re.compile(r"^([^\W\d_][\w'’.]*|-)$")


def _given_name_before(st: State, tok: Token, first: Token) -> bool:
    """``tok`` is a capitalised word the NER left out of the name starting at ``first``: a
    proper-noun compound of the name's head, outside any entity, lexicon hit or sentence start."""
    return (
        tok.pos_ == "PROPN"
        and tok.dep_ == "compound"
        and tok.head.i >= first.i
        and tok.ent_type_ == ""
        and st.tok2hit[tok.i] < 0
        and not tok.is_sent_start
        and tok.text[:1].isupper()
        and tok.text.isalpha()
        and not tok.whitespace_ == ""
    )


def person_candidates(st: State) -> list[tuple[int, int, Hit | None]]:
    doc = st.doc
    cands: dict[tuple[int, int], Hit | None] = {}
    person_hits = [
        h for h in st.hits if h.kind == "person" or (h.kind == "actor" and _actor_is_person(st, h))
    ]
    for h in person_hits:
        cands[(h.start, h.end)] = h
    for ent in doc.ents:
        if ent.label_ != "PERSON" and not _person_by_apposition(st, ent) or org_name_ending(ent):
            continue
        if _named_settlement(ent) or town_not_person(ent):
            continue  # "the city of Kherson", "withdrew from Kherson": a place, whatever the NER's label
        s, e = ent.start, ent.end
        for k in range(e - 1, s - 1, -1):  # a name does not run over a line break
            if doc[k].is_space or "\n" in doc[k].text:
                s = k + 1
                break
        while s < e and (
            st.tok2hit[s] >= 0
            and not st.hits[st.tok2hit[s]].is_name
            or doc[s].is_lower
            and doc[s].lower_ not in NAME_PARTICLES
            or doc[s].lower_ in HONORIFICS
            or doc[s].is_punct
        ):
            s += 1
        while e > s and (doc[e - 1].lower_ in ("'s", "’s", "'") or doc[e - 1].is_punct):
            e -= 1
        while s == ent.start and s > 0 and _given_name_before(st, doc[s - 1], doc[s]):
            s -= 1  # "Mayor of London Sadiq Khan" with only "Khan" labelled: "Sadiq" too
        if (
            e <= s
            or not doc[e - 1].text[:1].isupper()
            or any(not _NAME_TOKEN.match(t.text) for t in doc[s:e])
        ):
            continue  # "la decisión", "‍En el": not a name
        if any(
            st.tok2hit[i] >= 0 and st.hits[st.tok2hit[i]].kind in ("organisation", "country", "capital")
            for i in range(s, e)
        ):
            continue
        overlap = [k for k in cands if k[0] < e and s < k[1]]
        if overlap:
            continue
        cands[(s, e)] = None
    return sorted(((s, e, h) for (s, e), h in cands.items()), key=lambda x: x[0])


# Nouns of a settlement or an area whose "of" names it ("the city of Kherson", "the port of Berdyansk").
SETTLEMENTS = frozenset(
    {
        "city", "town", "village", "port", "region", "province", "district", "county", "capital",
        "island", "municipality", "suburb", "neighbourhood", "neighborhood", "settlement", "oblast",
    }
)  # fmt: skip


def _named_settlement(ent: Span) -> bool:
    """A name the gazetteer knows, told as the place a settlement noun is 'of': "the city of
    Kherson" (a name it does not know keeps the NER's reading: no country could be given)."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    if noun.lemma_.lower() not in SETTLEMENTS or noun.i > ent.start:
        return False
    return bool(town_entries(ent.text))


def _person_by_apposition(st: State, ent: Span) -> bool:
    """'a State Department spokesperson, Morgan Ortagus,', 'Viktar Babaryka, who was arrested':
    a person whatever the NER's label."""
    root = span_root(st.doc, ent.start, ent.end)
    if not all(t.pos_ == "PROPN" for t in ent) or len(ent) > 4 or ent.label_ not in ("ORG", "GPE", "NORP"):
        return False
    if any(st.tok2hit[i] >= 0 for i in range(ent.start, ent.end)):
        return False

    def person_role(tok: Token) -> bool:
        hi = st.tok2hit[tok.i]
        return hi >= 0 and st.hits[hi].kind == "role" and st.hits[hi].get("ref") == "person"

    if root.dep_ == "appos" and person_role(root.head):
        return True
    # "Sviatlana Tsikhanouskaya, an opposition candidate for ...": the role is the apposition
    if any(c.dep_ == "appos" and c.i > root.i and person_role(c) for c in root.children):
        return True
    # "the campaign of Viktar Babaryka, who was arrested": "who" speaks of a person
    return any(
        c.dep_ == "relcl"
        and c.i > root.i
        and any(w.lower_ in PERSON_RELATIVES and w.i < c.i and w.i > root.i for w in c.children)
        for c in root.children
    )


PERSON_RELATIVES = frozenset({"who", "whom"})


def _actor_is_person(st: State, h: Hit) -> bool:
    for ent in st.doc.ents:
        if ent.start <= h.start < ent.end:
            return ent.label_ == "PERSON"
    return False


def names(st: State) -> None:
    doc = st.doc
    cands = person_candidates(st)
    persons: list[Cluster] = []
    singles = []
    for s, e, hit in cands:
        key = name_key(list(doc[s:e]))
        if not key:
            continue
        if hit is None and _joint_name(doc[s:e], persons):
            continue
        if len(key) == 1 and hit is None:
            singles.append((s, e, key))
            continue
        cl = None
        for c in persons:
            if hit is not None and c.evidence.get("entry") == hit.name:
                cl = c
                break
            if is_suffix(key, c.key) or is_suffix(c.key, key):
                cl = c
                break
        if cl is None:
            cl = Cluster(kind="person", name=doc[s:e].text, key=key)
            persons.append(cl)
            st.clusters.append(cl)
        if len(key) > len(cl.key):
            cl.key, cl.name = key, doc[s:e].text
        if hit is not None and not cl.coded_by_kb:
            cl.coded_by_kb = True
            cl.name = hit.name
            cl.key = max(cl.key, name_key(list(doc[s:e])), key=len)
            cl.country, cl.sectors, cl.code = hit.country, list(hit.sectors), hit.code
            cl.title = hit.title
            cl.gender = hit.get("gender")
            cl.evidence = {"rule": "person dictionary", "entry": hit.name, "source": hit.source}
        m = st.mention(s, e, "name")
        cl.add(m)
        st.cover(m, person=True)
    for s, e, key in singles:
        _attach_single(st, s, e, key, persons, create=True)
    # names NER labelled otherwise (ORG "Amir-Abdollahian", "Bayramov") or missed
    _other_name_mentions(st, persons)


def _joint_name(span, persons: list[Cluster]) -> bool:
    """ "Browne-Jorgensen" after "Harry Browne" and "Jo Jorgensen": two surnames joined (a ticket)."""
    if "-" not in span.text:
        return False
    parts = [p for p in span.text.replace("\u2013", "-").split("-") if p.strip()]
    if len(parts) != 2:
        return False
    owners = []
    for part in parts:
        words = part.lower().split()
        owner = next((c for c in persons if c.key and words and c.key[-1] == words[-1]), None)
        if owner is None:
            return False
        owners.append(owner)
    return owners[0] is not owners[1]


def _attach_single(
    st: State, s: int, e: int, key: tuple[str, ...], persons: list[Cluster], create: bool
) -> bool:
    best, best_d = None, None
    best_n = -1
    for c in persons:
        if len(c.key) > len(key) and is_suffix(key, c.key) or c.key == key:
            # two people of one surname ("Usman Khan" ... "Sadiq Khan (no relation)"): the one
            # named more often before, then the nearest
            n = sum(m.start < s for m in c.mentions)
            d = min(abs(m.start - s) + (0 if m.start < s else 10_000) for m in c.mentions)
            if best_d is None or n > best_n or n == best_n and d < best_d:
                best, best_d, best_n = c, d, n
    if best is None:  # a first name used alone ("Qaboos" for "Qaboos bin Said", "Haitham")
        for c in persons:
            if len(c.key) > 1 and c.key[0] == key[0] and any(x.start < s for x in c.mentions):
                d = min(abs(x.start - s) for x in c.mentions)
                if best_d is None or d < best_d:
                    best, best_d = c, d
    if best is None:  # a one-letter spelling variant of a surname ("Sarea" / "Saree")
        for c in persons:
            if (
                c.key
                and len(key[0]) >= 5
                and edit1(key[0], c.key[-1])
                and any(x.start < s for x in c.mentions)
            ):
                best = c
                break
    if best is None:
        if not create:
            return False
        best = Cluster(kind="person", name=st.doc[s:e].text, key=key)
        persons.append(best)
        st.clusters.append(best)
    m = st.mention(s, e, "name")
    best.add(m)
    st.cover(m, person=True)
    return True


def _other_name_mentions(st: State, persons: list[Cluster]) -> None:
    if not persons:
        return
    doc = st.doc
    last_words = {c.key[-1] for c in persons if c.key}
    first_words = {c.key[0]: c for c in persons if len(c.key) > 1}
    i = 0
    n = len(doc)
    while i < n:
        t = doc[i]
        # a known surname counts whatever its tag ("Stamenković et al" as INTJ, "Sanders" as NOUN)
        known = t.text[:1].isupper() and t.lower_ in last_words
        if st.covered[i] or (t.pos_ != "PROPN" and not known) or st.tok2hit[i] >= 0:
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and not st.covered[j]
            and "\n" not in doc[j - 1].whitespace_
            and not doc[j].is_space
            and (doc[j].pos_ == "PROPN" or doc[j].text == "-" and j + 1 < n and doc[j + 1].pos_ == "PROPN")
            and st.tok2hit[j] < 0
        ):
            j += 1
        key = name_key(list(doc[i:j]))
        if known and j > i + 1 and key and key[-1] not in last_words:
            j, key = i + 1, name_key([t])  # "Stamenković et al": "et al" tagged PROPN, no name's end
        fuzzy = len(key) == 1 and len(key[0]) >= 5 and any(edit1(key[0], w) for w in last_words)
        if len(key) == 1 and key[0] in first_words and key[0] not in last_words:
            c = first_words[key[0]]  # "Qaboos" for "Qaboos bin Said" (tagged GPE by the NER)
            if any(x.start < i for x in c.mentions):
                m = st.mention(i, j, "name")
                c.add(m)
                st.cover(m, person=True)
        elif key and (key[-1] in last_words or fuzzy):
            for c in persons:
                if is_suffix(key, c.key) or fuzzy and c.key and edit1(key[0], c.key[-1]):
                    m = st.mention(i, j, "name")
                    c.add(m)
                    st.cover(m, person=True)
                    break
        i = j


def name_contexts(st: State) -> None:
    """Code persons from the role words around their names; register counterparts."""
    doc = st.doc
    for cl in [c for c in st.clusters if c.kind == "person" and not c.listed]:
        best: Coding | None = None
        for m in list(cl.mentions):
            if m.kind != "name":
                continue
            for s, e, extend in _contexts(st, m):
                c = st.coding(s, e)
                if c.ref == "counterpart":
                    head = span_root(doc, s, e)
                    poss = [t for t in head.children if t.dep_ == "poss" and t.lower_ in GENDERED_PRONOUNS]
                    st.pending_counterparts.append((cl, poss[0].i if poss else -1))
                    cl.counterpart_country = cl.counterpart_country or c.country
                    cl.inherit_country = cl.inherit_country or c.inherit_country
                    extend_mention = True
                else:
                    extend_mention = bool(c.code)
                if c.code and _better(c, best):
                    best = c
                if extend_mention and extend is not None:
                    if extend:
                        m.start = min(m.start, s)
                        st.cover(m, person=True)
                    else:
                        dm = st.mention(s, _description_end(doc, s, e), "description")
                        cl.add(dm)
                        st.cover(dm, person=True)
        if best is not None and (not cl.coded_by_kb or _undated_entry_loses(st, cl, best)):
            if cl.coded_by_kb:  # without a date, a dated entry does not overrule the text
                cl.coded_by_kb = False
                entry = cl.evidence.get("entry")
                cl.set_coding(best, "role words around the name")
                cl.evidence["dictionary_entry_not_used"] = f"{entry}: no publication date"
            else:
                cl.set_coding(best, "role words around the name")
        elif best is not None and best.title and not cl.title:
            cl.title = best.title


def _contexts(st: State, m: Mention) -> list[tuple[int, int, bool | None]]:
    """Token ranges that describe the person named by mention ``m`` (True: directly before it;
    None: a phrase that codes the person but names another actor, "of the World Bank")."""
    doc = st.doc
    root = span_root(doc, m.start, m.end)
    out: list[tuple[int, int, bool | None]] = []
    le = root.left_edge.i
    if le < m.start:
        # contiguous modifiers before the name, stopping at a coordination or another name
        s = m.start
        while (
            s - 1 >= le
            and title_word(st, s - 1)
            and (s - 1) not in st.person_tok
            and not doc[s - 1].is_space
            and "\n" not in doc[s - 1].whitespace_
        ):
            if doc[s - 1].dep_ == "conj" and not (s - 1 == m.start - 1 and st.tok2hit[s - 1] >= 0):
                break  # "US President Trump and Turkish President Erdogan": the role next to the name is his
            s -= 1
        while s < m.start and (
            doc[s].lower_ in GENDERED_PRONOUNS or doc[s].dep_ == "det" and doc[s].lower_ != "the"
        ):
            s += 1
        if any(st.tok2hit[i] >= 0 for i in range(s, m.start)):
            out.append((s, m.start, True))
    out = _with_title(st, m, root, out)
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < m.start:
        h = root.head
        if st.tok2hit[h.i] >= 0 and st.hits[st.tok2hit[h.i]].kind == "role":
            out.append((h.left_edge.i, h.i + 1, False))
    if m.start >= 2 and doc[m.start - 1].text == "," and not out:
        # "A member of the Tunisian Parliament, Samir Dilou said": a role phrase, a comma and the
        # name is an apposition whatever the parser made of it; take the widest role-headed phrase
        best = None
        x: Token | None = doc[m.start - 2]
        while x is not None and x.i < m.start - 1:
            hi = st.tok2hit[x.i]
            if (
                x.pos_ in ("NOUN", "PROPN")
                and hi >= 0
                and st.hits[hi].kind == "role"
                and x.i not in st.person_tok
            ):
                best = x
            x = x.head if x.head.i != x.i else None
        if best is not None and best.left_edge.i < m.start - 1:
            out.append((best.left_edge.i, m.start - 1, False))
    if m.end < len(doc) and doc[m.end].lower_ in ("of", "from") and doc[m.end].head.i == root.i:
        # "Mike Ryan of the World Health Organization", "Eliud Kipchoge from Kenya"
        prep = doc[m.end]
        if any(st.tok2hit[i] >= 0 for i in range(prep.i, prep.right_edge.i + 1)):
            out.append((prep.i + 1, prep.right_edge.i + 1, None))  # codes, is no mention of the person
    if m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "of":
        # "Sharif Hotak, of the Maidan Wardak provincial council, said"
        prep = doc[m.end + 1]
        if any(st.tok2hit[i] >= 0 for i in range(prep.i, prep.right_edge.i + 1)):
            out.append((prep.i + 1, prep.right_edge.i + 1, False))
    as_role = _as_role(st, root)
    if as_role is not None:
        out.append((*as_role, False))
    for child in root.children:
        if child.dep_ != "appos" or child.i < m.end:
            continue
        # "X, an Iraq War veteran, activist, ... and a candidate for the Libertarian nomination"
        for noun in _conjuncts(child):
            if st.tok2hit[noun.i] >= 0 and st.hits[st.tok2hit[noun.i]].kind == "role":
                left = min((c.left_edge.i for c in noun.children if c.i < noun.i), default=noun.i)
                out.append((left, _role_end(noun), False))
    return [(s, e, x) for s, e, x in out if "\n" not in doc[s:e].text]


def _role_end(noun: Token) -> int:
    """End of a role noun's phrase: its words after it, not a coordinated role's
    ("an Iraq War veteran, activist, ... and a candidate for the Libertarian nomination") nor a
    relative clause's ("the lawyer who represented X in her lawsuit against President Y")."""
    return 1 + max(
        [noun.i, *(c.right_edge.i for c in noun.children if c.i > noun.i and c.dep_ not in ("conj", "relcl"))]
    )


# Verbs that put a person in an office named with "as" ("was sworn in as governor").
INSTALLING = frozenset(
    "swear appoint name install confirm reappoint inaugurate elect re-elect reelect choose select designate".split()
)


def _as_role(st: State, root: Token) -> tuple[int, int] | None:
    """'Pedro Pierluisi was sworn in as Puerto Rico's new governor', 'Rossello appointed
    Pierluisi as secretary of state': the role an "as" phrase on the verb gives its object, or
    its subject when it has none (not "as well as", "such as")."""
    verb = root.head
    if (
        root.dep_ not in ("nsubj", "nsubjpass", "dobj")
        or verb.pos_ not in ("VERB", "AUX")
        or verb.i == root.i
    ):
        return None
    if verb.lemma_.lower() not in INSTALLING:
        return None  # "endorse Joe Biden as president" is a wish, "served as governor" a past
    if root.dep_ != "dobj" and any(c.dep_ == "dobj" for c in verb.children):
        return None  # the subject of "appointed X as ...": the role is the object's
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not identify Sirhan as the victim"
    for prep in verb.children:
        if (
            prep.dep_ != "prep"
            or prep.lower_ != "as"
            or any(c.lower_ in ("well", "such") for c in prep.children)
        ):
            continue
        for noun in prep.children:
            hi = st.tok2hit[noun.i]
            # an office ("as governor", "as secretary of state"), not a private person's word
            # ("identified as the victim", "posing as a tourist")
            if (
                noun.dep_ == "pobj"
                and hi >= 0
                and st.hits[hi].kind == "role"
                and st.hits[hi].code not in ("CVL", "")
                and noun.i not in st.person_tok
            ):
                return noun.left_edge.i, _role_end(noun)
    return None


def _description_end(doc, s: int, e: int) -> int:
    """End of a person's description without a phrase naming another actor after its head
    ("a staff attorney | of the Electronic Frontier Foundation (EFF)"): that actor keeps its
    own mention (and its acronym); the whole range still codes the person."""
    root = span_root(doc, s, e)
    for child in root.children:
        if child.dep_ == "prep" and root.i < child.i < e:
            if any(t.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") for t in doc[child.i : e]):
                return child.i
    return e


def _with_title(
    st: State, m: Mention, root: Token, out: list[tuple[int, int, bool | None]]
) -> list[tuple[int, int, bool | None]]:
    """The whole title with its place, instead of only the place directly before the name."""
    titled = _title_with_place(st, m, root)
    if titled is None:
        return out
    return [o for o in out if o[2] is not True] + [(titled, m.start, True)]


def _title_with_place(st: State, m: Mention, root: Token) -> int | None:
    """Start of a title whose place is named between it and the name ("United States Senator
    from Vermont Bernie Sanders", "Governor of Texas Greg Abbott"): the parser makes the name
    the object of "from"/"of"; "the wife of John Smith" (no place in between) is not a title."""
    doc = st.doc
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("of", "from") or not prep.i < m.start - 1:
        return None
    title = prep.head
    hi = st.tok2hit[title.i]
    if title.i != prep.i - 1 or hi < 0 or st.hits[hi].kind != "role" or title.i in st.person_tok:
        return None
    place = doc[prep.i + 1 : m.start]
    if not all(t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC", "") for t in place):
        return None
    s = title.left_edge.i
    while s < title.i and doc[s].dep_ in ("det", "punct"):
        s += 1
    return s


def _conjuncts(t: Token) -> list[Token]:
    """``t`` and every noun coordinated with it ("a veteran, activist, and a candidate")."""
    out, stack = [], [t]
    while stack:
        x = stack.pop()
        out.append(x)
        stack.extend(c for c in x.children if c.dep_ == "conj")
    return sorted(out, key=lambda x: x.i)


def _better(c: Coding, best: Coding | None) -> bool:
    """Whether description ``c`` codes the person better than ``best``: a party's candidacy
    first, then a description with country and sector. CVL is CAMEO's residual sector: a
    private-life noun ("co-author", "the owner") never replaces a specific sector named for
    the same person ("Professor X, co-author of a study": EDU), and a specific one replaces it."""
    if best is None:
        return True
    if _party_candidate(best):
        return False
    if _party_candidate(c):
        return True
    civil, best_civil = c.sectors == ["CVL"], best.sectors == ["CVL"]
    if civil != best_civil and c.sectors and best.sectors:
        return best_civil
    return bool(c.country and c.sectors and not (best.country and best.sectors))


def _party_candidate(c: Coding) -> bool:
    """A party's candidate or nominee: the affiliation codes the person (CAMEO OPP/GOV of the
    party), before professions named beside it ("attorney X, the Libertarian nominee")."""
    return (
        c.title in ("candidate", "opposition candidate")
        and bool(c.sectors)
        and c.sectors[0] in ("OPP", "GOV")
    )


def _undated_entry_loses(st: State, cl: Cluster, best: Coding) -> bool:
    """Without a publication date a date-bounded dictionary person gets a guessed code; role
    words in the text ("Iranian Foreign Minister X") are evidence and win over it."""
    return (
        st.published is None
        and cl.evidence.get("rule") == "person dictionary"
        and bool(best.country and best.sectors)
    )
