"""Pronoun and counterpart rules: functions over the resolver's ``State``.

he/him/his/she/her: a pronoun in a phrase before its clause's subject refers to that subject
("For his part, al-Araji said"); otherwise the most recent subject in the sentence or the
three before, skipping the subject of the same verb for "him", the owner of the noun for "his"
and gender mismatches. they/them/their: the last plural group or organisation subject.
Counterparts take the sector and title of the other party and their own country.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.clusters import GENDERED_PRONOUNS, SUBJECT_DEPS, Cluster, Mention, State
from tidings.actors.codes import join_code

GROUP_PRONOUNS = frozenset({"they", "them", "their", "themselves"})

PRONOUN_WINDOW = 4  # sentences back, the pronoun's own not counted


def pronouns(st: State) -> None:
    doc = st.doc
    for t in doc:
        g = GENDERED_PRONOUNS.get(t.lower_)
        if g is None or t.pos_ != "PRON":
            continue
        cl = _cataphora(st, t) or _antecedent(st, t, g)
        if cl is not None:
            m = st.mention(t.i, t.i + 1, "pronoun")
            cl.add(m)
            st.person_tok[t.i] = m
            if cl.gender is None:
                cl.gender = g  # later pronouns of the other gender look elsewhere


def group_pronouns(st: State) -> None:
    """they/them/their -> the most recent plural group or organisation that was a subject in
    this sentence (before the pronoun) or the one before ("Protesters have claimed ... their
    government", "The Taliban have claimed responsibility. They ...")."""
    doc = st.doc
    subjects: list[Mention] = sorted(
        (
            m
            for cl in st.clusters
            if cl.kind in ("group", "organisation") and cl.code
            for m in cl.mentions
            if m.subject and m.kind != "pronoun"
        ),
        key=lambda m: m.start,
    )
    if not subjects:
        return
    for t in doc:
        if t.lower_ not in GROUP_PRONOUNS or t.pos_ != "PRON":
            continue
        s = st.sent_of(t.i)
        cands = [
            m
            for m in subjects
            if m.start < t.i
            and s - 1 <= m.sent <= s
            and (
                doc[m.head].tag_ in ("NNS", "NNPS")
                or m.cluster is not None
                and m.cluster.kind == "organisation"
            )
        ]
        if t.dep_ == "poss":  # "their moves": not the group the noun phrase itself names
            cands = [m for m in cands if not (m.start <= t.head.i < m.end)]
        if cands and cands[-1].cluster is not None:
            m = st.mention(t.i, t.i + 1, "pronoun")
            cands[-1].cluster.add(m)


THING_PRONOUNS = frozenset({"it", "its", "itself"})
# "It is unclear", "it seems": "it" as the subject of these verbs usually refers to nothing.
EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "remain", "take", "matter", "happen", "rain"})


def thing_pronouns(st: State) -> None:
    """it/its -> the most recent country or organisation that was a subject in this sentence
    (before the pronoun) or the one before ("China said it would retaliate. Its foreign ministry
    ..."; "The White House said it would respond")."""
    doc = st.doc
    subjects: list[Mention] = sorted(
        (
            m
            for cl in st.clusters
            if cl.kind in ("country", "organisation") and cl.code
            for m in cl.mentions
            if m.subject and m.kind != "pronoun" and _singular_thing(doc, m)
        ),
        key=lambda m: m.start,
    )
    if not subjects:
        return
    for t in doc:
        if t.lower_ not in THING_PRONOUNS or t.pos_ != "PRON" or t.dep_ not in (*SUBJECT_DEPS, "poss"):
            continue  # "permission for it", "granting it access": an object "it" is mostly a thing
        if (
            t.dep_ == "nsubjpass"
            or t.dep_ in SUBJECT_DEPS
            and (t.head.lemma_.lower() in EXPLETIVE_HEADS or t.head.pos_ == "ADJ")
        ):
            continue  # "it was agreed that", "it is clear"
        cl = _thing_antecedent(st, t, subjects)
        if cl is not None:
            cl.add(st.mention(t.i, t.i + 1, "pronoun"))


def _singular_thing(doc, m: Mention) -> bool:
    """A mention "it" can stand for: not a plural description ("the companies"); a plural
    proper name is one body or country ("the Syrian Democratic Forces", "the Philippines")."""
    tag = doc[m.head].tag_
    return tag != "NNS" and (tag != "NNPS" or m.kind not in ("description", "group"))


def _thing_antecedent(st: State, t: Token, subjects: list[Mention]) -> Cluster | None:
    """The actor "it"/"its" stands for, or None when the nearest subject is something else
    ("the new supply ... as it would not affect"; "the project is in its planning stage")."""
    doc = st.doc
    s = st.sent_of(t.i)
    sent = doc[t.i].sent
    speaker = _reporting_subject(t, subjects)
    if speaker is not None:  # "Iran rejected the offer ... and said it would continue"
        return speaker
    # a subject after the pronoun in its own clause: "Because of its drilling, Turkey is ..."
    verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    later = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > t.i] if verb is not None else []
    nouns = [x for x in doc[sent.start : t.i] if x.dep_ in SUBJECT_DEPS and x.pos_ in ("NOUN", "PROPN")]
    if later:
        nouns = [later[0]]
    if nouns and not any(m.start <= nouns[-1].i < m.end for m in subjects):
        return None
    cands = [
        m for m in subjects if (m.start < t.i or later and m.start <= later[0].i) and s - 1 <= m.sent <= s
    ]
    if t.dep_ == "poss":  # "its moves": not the actor the noun phrase itself names
        cands = [m for m in cands if not (m.start <= t.head.i < m.end)]
    if later:
        cands = [m for m in cands if m.start <= later[0].i < m.end] or cands
    if not cands:
        return None
    m = cands[-1]
    if not later and (_other_thing_between(st, m.end, t.i) or _other_actor_between(st, m, t.i)):
        return None
    return m.cluster


def _reporting_subject(t: Token, subjects: list[Mention]) -> Cluster | None:
    """'X said it would ...': "it" as the subject of a clause reported by X's verb is X."""
    if t.dep_ not in SUBJECT_DEPS or t.head.dep_ != "ccomp":
        return None
    gov = t.head.head
    heads = [gov, gov.head] if gov.dep_ == "conj" else [gov]
    for h in heads:
        for c in h.children:
            if c.dep_ in SUBJECT_DEPS and c.i < t.i:
                for m in subjects:
                    if m.start <= c.i < m.end:
                        return m.cluster
    return None


def _other_actor_between(st: State, m: Mention, end: int) -> bool:
    """Another organisation, country or group named between the antecedent and the pronoun
    ("threatened the company, its reputation"): too close to call."""
    return any(
        o is not m.cluster
        and o.kind in ("organisation", "country", "group")
        and any(m.end <= x.start < end and x.kind != "pronoun" for x in o.mentions)
        for o in st.clusters
    )


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


def _other_thing_between(st: State, start: int, end: int) -> bool:
    """A singular noun argument that is no actor between the antecedent and the pronoun ("the
    company's stock price, as well as its reputation"; "Facebook to remove a post from its site")."""
    for x in st.doc[start:end]:
        if (
            x.tag_ in ("NN", "NNP")
            and x.dep_ in ARGUMENT_DEPS
            and not st.covered[x.i]
            and st.tok2hit[x.i] < 0
            and x.i not in st.person_tok
        ):
            return True
    return False


def _cluster_at(st: State, i: int) -> Cluster | None:
    m = st.person_tok.get(i)
    return m.cluster if m is not None and m.cluster is not None and m.cluster.kind == "person" else None


def _cataphora(st: State, p: Token) -> Cluster | None:
    """'For his part, al-Araji said' / 'During a call with his counterpart, the minister said'."""
    child = p
    for anc in p.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            subjs = [c for c in anc.children if c.dep_ in SUBJECT_DEPS]
            if not subjs:
                return None
            if (
                subjs[0].i > p.i
                and child.dep_ in ("prep", "advcl", "npadvmod", "advmod")
                and child.i < subjs[0].i
            ):
                for subj in subjs:
                    cl = _cluster_at(st, subj.i)
                    if cl is not None:
                        return cl
            return None
        child = anc
    return None


def _antecedent(st: State, p: Token, gender: str) -> Cluster | None:
    s = st.sent_of(p.i)
    is_subj = p.dep_ in SUBJECT_DEPS
    blocked: set[int] = set()
    if p.dep_ in ("dobj", "pobj", "iobj", "dative"):
        verb = p.head if p.dep_ != "pobj" else p.head.head
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS:
                cl = _cluster_at(st, c.i)
                if cl is not None:
                    blocked.add(id(cl))
    # the noun phrase the possessive belongs to is someone else ("his counterpart")
    if p.dep_ == "poss":
        cl = _cluster_at(st, p.head.i)
        if cl is not None:
            blocked.add(id(cl))
    # Look back PRONOUN_WINDOW sentences; a long quotation between a speaker and "he
    # continued" is common, and paragraph breaks now end sentences.
    lo = s - PRONOUN_WINDOW
    mentions = sorted(
        (
            m
            for cl in st.clusters
            if cl.kind == "person"
            for m in cl.mentions
            if m.start < p.i and lo <= m.sent <= s
        ),
        key=lambda m: m.start,
    )

    def ok(m: Mention) -> bool:
        cl = m.cluster
        return cl is not None and id(cl) not in blocked and (cl.gender is None or cl.gender == gender)

    for sent in range(s, lo - 1, -1):
        in_sent = [m for m in mentions if m.sent == sent and ok(m)]
        if not in_sent:
            continue
        subjects = [m for m in in_sent if m.subject]
        if sent == s:
            if subjects:
                return subjects[-1].cluster
            if is_subj:
                obj = _object_of_joined_clause(st, p, in_sent)
                if obj is not None:
                    return obj
                continue
            return in_sent[-1].cluster
        if subjects:
            return subjects[-1].cluster
        return in_sent[-1].cluster
    return None


def _object_of_joined_clause(st: State, p: Token, in_sent: list[Mention]) -> Cluster | None:
    """ "The press asked Trump about it, but he declined to comment": with no person subject in
    the sentence, the subject pronoun of a clause joined to the first one is the person that
    clause's verb acts on."""
    verb = p.head
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    for m in reversed(in_sent):
        h = st.doc[m.head]
        if h.head.i == verb.head.i and h.dep_ in ("dobj", "dative", "iobj"):
            return m.cluster
    return None


def counterparts(st: State) -> None:
    for cl, poss in st.pending_counterparts:
        other = None
        if poss >= 0:
            other = _cluster_at(st, poss)
        if other is None:
            first = min(cl.mentions, key=lambda m: m.start)
            for m in sorted(
                (
                    m
                    for c in st.clusters
                    if c is not cl and c.kind == "person"
                    for m in c.mentions
                    if m.subject and m.sent == first.sent
                ),
                key=lambda m: m.start,
            ):
                other = m.cluster
                break
        if other is None or other is cl:
            continue
        if not cl.coded_by_kb:
            cl.sectors = list(other.sectors)
            cl.country = (
                cl.counterpart_country or cl.country or (other.country if cl.inherit_country else None)
            )
            cl.code = join_code(cl.country, cl.sectors)
            cl.title = cl.title or other.title
            cl.evidence = {
                "rule": "counterpart: sector and title of the other party, country from the text",
                "other": other.name,
                "country_from": cl.counterpart_country,
                **{k: v for k, v in cl.evidence.items() if k == "listed"},
            }
        elif not cl.title:
            cl.title = other.title
