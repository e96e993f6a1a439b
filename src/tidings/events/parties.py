"""Parties of an event: noun phrases to coded Party records, and the clause roles around a verb.

``Parties`` asks the actors stage (``tidings.actors.party_for``) first and falls back to
the words themselves when they still name an actor; the helpers below read subjects,
agents, objects and speakers off the dependency parse.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from tidings.actors.coding import HELD
from tidings.actors.descriptions import stance
from tidings.events.anaphora import organisation
from tidings.events.compounds import coordinated_members
from tidings.events.groups import acts_as_actor, earlier_group, included, owns  # noqa: F401
from tidings.events.legal import noted
from tidings.events.nationals import armed, nationalities
from tidings.events.speakers import PERSONAL, SELF_PRONOUNS, speaker_party
from tidings.events.wordsets import (  # noqa: F401  (re-exported: the word sets were defined here)
    ACTOR_NOUNS,
    ANAPHORS,
    FIRST_PERSON,
    FORCES,
    NAME_ENTS,
    NOUN_POS,
    OTHERS_ACTS,
    PEOPLE,
    PERSON_ROLES,
    PUNISHING,
    QUANTITIES,
    SPEECH,
    WEAPONS,
)
from tidings.model import Party


def np_tokens(tok: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok`` (no conjuncts, clauses or PPs but 'of')."""
    lo = hi = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        lo, hi = min(lo, t.i), max(hi, t.i)
        for c in t.children:
            if c.dep_ in (
                "conj",
                "cc",
                "relcl",
                "acl",
                "advcl",
                "ccomp",
                "preconj",
                "punct",
                "parataxis",
                "case",
            ):
                continue
            if c.dep_ == "prep" and c.lower_ != "of":
                continue
            if c.dep_ == "appos" and c.i < t.i:
                continue
            stack.append(c)
    return lo, hi + 1


class Parties:
    """Resolves token heads to Party records, with the actors stage first and fallbacks."""

    def __init__(self, doc: Doc) -> None:
        from tidings import actors

        self.doc = doc
        self.party_for = getattr(actors, "party_for", None)
        self.parties_for = getattr(actors, "parties_for", None)
        self.cache: dict[tuple[int, int], Party | None] = {}
        self.last_subject: Token | None = None  # resolved lazily, only when a pronoun needs it
        self.last_speaker: Token | None = None  # subject of the latest speech verb
        self.last_person: tuple[Token, Party | None] | None = None
        self.last_inside: Token | None = None  # the token ``inside`` found its party at
        self.defendant: Party | None = None  # the latest party arrested or charged (``legal``)

    def each(self, tok: Token, speaker: Party | None = None) -> list[Party | None]:
        """One party per coordinated modifier ("Indian and Pakistani troops": INDMIL, PAKMIL)."""
        found = coordinated_members(self.doc, tok, *np_tokens(tok), self.parties_for, self.party_for)
        if found:  # "Indian and Pakistani troops"; "US President Trump and Turkish President X"
            return list(found)
        if split := nationalities(self.doc, tok, self.party(tok, speaker)):
            return list(split)  # "his Greek, Cypriot and French counterparts" coded as one actor
        members = [m for m in included(tok) or earlier_group(tok, self.party) if self.party(m, speaker)]
        if members:  # "countries including Algeria and Morocco", "the two countries": each of them
            return [self.party(m, speaker) for m in members]
        p = self.party(tok, speaker)
        if p is None or not (p.code or p.country):
            # "endorsed his former rival, Joe Biden": the name in apposition
            named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            q = self.party(named[0], speaker) if named else None
            if q is not None and q.country:
                return [q]
        return [p]

    def party(self, tok: Token, speaker: Party | None = None) -> Party | None:
        if tok.lower_ in FIRST_PERSON or lets(tok):
            if speaker is None and self.last_speaker is not None and 0 < tok.i - self.last_speaker.i < 120:
                # a quote whose speech verb is in an earlier clause or sentence
                speaker = self.party(self.last_speaker)
            if speaker is not None:
                return speaker
        if tok.lower_ in PERSONAL and (said := self._reported(tok)) is not None:
            return said  # "Queen Elizabeth II announced she will comply": the speaker
        if tok.lower_ in ("he", "she", "his", "her", "him") and self.last_subject is not None:
            p = self.party_for(self.doc, tok.i, tok.i + 1) if self.party_for else None
            if p is None or not (p.code or p.country):
                # the actors stage did not resolve the pronoun: the last person who was the
                # subject of a main clause before it
                if self.last_person is None or self.last_person[0].i != self.last_subject.i:
                    self.last_person = (self.last_subject, self.party(self.last_subject))
                person = self.last_person[1]
                if person is None:
                    return None
                return person.model_copy(
                    update={"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)}
                )
        if tok.lower_ in RELATIVES and tok.head.dep_ == "relcl" and tok.head.head.pos_ in NOUN_POS:
            # "Viktar Babaryka, who was arrested in June": the relative pronoun's antecedent
            return self.party(tok.head.head, speaker)
        lo, hi = np_tokens(tok)
        key = (lo, hi)
        if key not in self.cache:
            found = organisation(self.doc, tok, self._resolve(tok, lo, hi), self.party_for)
            self.cache[key] = noted(self, tok, found)  # 'the network', 'the accused': named before
        return self.cache[key]

    def _reported(self, tok: Token) -> Party | None:
        """'he'/'she' the actors stage left unresolved, subject of a clause a person reports."""
        p = self.party_for(self.doc, tok.i, tok.i + 1) if self.party_for else None
        return speaker_party(self, tok) if p is None or not (p.code or p.country) else None

    def _resolve(self, tok: Token, lo: int, hi: int) -> Party | None:
        doc = self.doc
        portion = tok.lower_ in PORTIONS and tok.pos_ in ("PRON", "DET", "ADJ", "NOUN")
        if tok.lemma_.lower() in QUANTITIES or tok.ent_type_ == "CARDINAL" or portion:
            # "thousands of protesters", "dozens of soldiers", "some of the children", "all but
            # the youngest of their children": the people counted
            of = next(
                (
                    o
                    for h in [tok, *(tok.conjuncts if portion else ())]
                    for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children
                    if o.dep_ == "pobj"
                ),
                None,
            )
            if of is not None:
                return self.party(of)
            if tok.lemma_.lower() in QUANTITIES:
                # "huge crowds marched", "hundreds of thousands rallied": civilians; "Egyptian
                # crowds": the actors stage codes that country's people
                span = doc[lo:hi]
                named = any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE") for t in span if t.i != tok.i)
                p = self.party_for(doc, lo, hi) if self.party_for and named else None
                if p is not None and p.country:
                    if p.start is None:
                        p = p.model_copy(update={"start": span.start_char, "end": span.end_char})
                    return p
                return Party(
                    text=span.text, code="---CVL", sectors=["CVL"], start=span.start_char, end=span.end_char
                )
        if stance(tok):
            return None  # "expressed opposition to the appointment": a stance, no party
        span = doc[lo:hi]
        p = self.party_for(doc, lo, hi) if self.party_for else None
        lemma = tok.lemma_.lower()
        if tok.ent_type_ in NAME_ENTS - {"ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}:
            return None  # "a few years", "the same day", "20": not actors
        if (
            p is not None
            and p.actor is None
            and tok.pos_ != "PROPN"
            and not tok.ent_type_
            and lemma not in ACTOR_NOUNS
            and not (lemma in HELD and p.code)  # "Islamic State positions": the group's
        ):
            p = None  # "talks" is not an actor, whatever the words around it
        if (p is None or not (p.code or p.country)) and tok.lower_ in SELF_PRONOUNS:
            p = speaker_party(self, tok) or p  # "Iran said it would retaliate": Iran
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            owned = self._owned(tok, p, span)  # "the Kremlin denied that its forces shelled ..."
            p = owned or p
        if p is not None:
            if p.start is None:
                p = p.model_copy(update={"start": span.start_char, "end": span.end_char})
            return p
        if lemma in WEAPONS:
            return armed(doc, tok, span, self.party_for)
        actorish = (
            tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in span)
            or lemma in ACTOR_NOUNS
            or (
                tok.pos_ == "PRON"
                and tok.lower_ in ANAPHORS | FIRST_PERSON
                and tok.lower_ not in ("it", "this", "that")
            )
        )
        if not actorish:
            return None
        return Party(text=span.text, start=span.start_char, end=span.end_char)

    def _owned(self, tok: Token, p: Party | None, span: Span) -> Party | None:
        """'its forces', 'their army' with no country of their own: the country of the
        subject of the clause above ("the Kremlin denied that its forces shelled ...")."""
        if p is not None and p.country:
            return None
        sector = (p.sectors if p is not None and p.sectors else None) or (
            ["MIL"] if tok.lemma_.lower() in FORCES else None
        )
        inside = {t.i for t in tok.subtree}
        for verb in tok.ancestors:
            subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i not in inside]
            if verb.pos_ not in ("VERB", "AUX") or not subj:
                continue
            owner = self.party(subj[0])
            if owner is None or not owner.country or not sector:
                return None
            return Party(
                text=span.text,
                code=owner.country + sector[0],
                country=owner.country,
                sectors=list(sector),
                start=span.start_char,
                end=span.end_char,
            )
        return None

    def inside(self, tok: Token, avoid: set[str]) -> Party | None:
        """The first named actor inside the phrase under ``tok`` whose country is not in ``avoid``
        (else one of that country that ``avoid`` does not name: domestic news).

        "Iran's position" -> Iran; "terrorist sites in Iraq's Kurdistan region" -> Iraq;
        then nationality adjectives ("the deployment of Western military"), never "anti-X".
        """
        sub = list(tok.subtree)
        uncoded: Party | None = None
        kin: tuple[Token, Party | None] | None = None  # the source's country, another actor of it
        self.last_inside = None
        for want_pos in ("PROPN", "ADJ"):
            for t in sub:
                if t.pos_ != want_pos:
                    continue
                if want_pos == "PROPN" and t.ent_type_ not in ("GPE", "ORG", "PERSON", "NORP"):
                    continue
                if t.dep_ == "compound" and t.head.pos_ == "PROPN":
                    continue
                if t.i > 0 and (t.nbor(-1).lower_ in ("anti", "-", "non") or t.lower_.startswith("anti")):
                    continue
                p = self._entity_party(t) if want_pos == "PROPN" else self._adj_party(t)
                if p is not None and (p.country is None or p.country not in avoid) and p.actor not in avoid:
                    if p.code or p.country:
                        self.last_inside = t
                        return p
                    uncoded = uncoded or p  # "the Ukrainian port of Berdyansk": the coded one first
                elif kin is None and owns(t, tok, p, avoid):
                    kin = (t, p)  # a judge "dismissed a Trump lawsuit": USAJUD -> USAGOV
        if kin is not None:
            self.last_inside, uncoded = kin
        return uncoded

    def _entity_party(self, t: Token) -> Party | None:
        """The party for the whole named entity around ``t`` ("United States", not "United")."""
        if not t.ent_type_:
            return self.party(t)
        doc = self.doc
        lo, hi = t.i, t.i + 1
        while lo > 0 and doc[lo].ent_iob_ == "I":
            lo -= 1
        while hi < len(doc) and doc[hi].ent_iob_ == "I":
            hi += 1
        p = self.party_for(doc, lo, hi) if self.party_for else None
        if p is None:
            span = doc[lo:hi]
            return Party(text=span.text, start=span.start_char, end=span.end_char)
        return p

    def _adj_party(self, t: Token) -> Party | None:
        """'Western military' -> the phrase the adjective modifies, coded by the actors stage."""
        head = t.head if t.dep_ == "amod" else t
        lo, hi = np_tokens(head)
        p = self.party_for(self.doc, lo, hi) if self.party_for else None
        if p is not None and (p.country or p.actor):  # a sector alone ("military") names no one
            return p
        q = self.party_for(self.doc, t.i, t.i + 1) if self.party_for else None
        if q is not None and (q.country or q.actor):  # "Western" -> WST, even if "Western military" is not
            span = self.doc[lo:hi]
            return q.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char})
        if t.ent_type_ == "NORP":  # "Western military": a nationality, even if not coded
            span = self.doc[lo:hi]
            return Party(text=span.text, start=span.start_char, end=span.end_char)
        return None

    def note_speaker(self, sent: Span) -> None:
        """Remember the (named) subject of the first speech verb of this sentence."""
        for t in sent:
            if t.pos_ == "VERB" and (t.lemma_.lower() in SPEECH or t.lemma_.lower() in QUOTE_INTRO):
                # "..., also speaking via Twitter:": a participle speaks for its clause's subject
                heads = [t, t.head] if t.dep_ == "advcl" and t.tag_ == "VBG" else [t]
                for h in heads:
                    for c in h.children:
                        if c.dep_ == "nsubj" and c.pos_ != "PRON":
                            self.last_speaker = c
                            return

    def note_subject(self, sent: Span) -> None:
        """Remember the person who is the subject of this sentence's main clause."""
        root = sent.root
        for c in root.children:
            if c.dep_ == "nsubj" and c.pos_ != "PRON":
                lo, hi = np_tokens(c)
                span = self.doc[lo:hi]
                named = c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP", "LOC", "FAC")
                if named or any(t.ent_type_ == "PERSON" for t in span) or c.lemma_.lower() in PERSON_ROLES:
                    self.last_subject = c
                return


# Verbs that introduce the speaker of a quote though they code no statement: "Tanya Chan spoke
# to the press after the speech: "I really urge ..."", "speaking via Twitter: "I offered ...""
QUOTE_INTRO = frozenset({"speak", "comment", "post", "testify", "recount", "recall"})


def coordinated(tok: Token) -> list[Token]:
    """``tok`` and the heads coordinated with it ("Iran and Azerbaijan")."""
    return [tok, *[c for c in tok.conjuncts if c.i > tok.i and c.pos_ in NOUN_POS + ("PRON",)]]


def subjects(verb: Token) -> tuple[list[Token], bool]:
    """Subject heads of ``verb`` (inherited through conj/xcomp); True when they are passive."""
    v = verb
    # "and was occupied by X"; "Rebuked by X, Y ...": a participle with an agent
    own = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ == "aux" for c in verb.children)
    )
    # "appeared in court, charged with murder": a bare past participle in an adverbial
    # clause tells what was done to the subject it shares
    own = own or (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )
    via = ""  # the last link climbed to reach the subject
    for _ in range(4):
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subs:
            # the verb's own voice: "Turkey faces sanctions and was condemned by X" (passive),
            # "A bombing was reported to have killed X", "was arrested after attacking" (active);
            # "X is expected to send" keeps the passive (what that infinitive's modality is
            # is not read here)
            reported = via == "xcomp" and v.lemma_.lower() in SPEECH
            passive = own or (subs[0].dep_ == "nsubjpass" and via in ("", "conj", "xcomp") and not reported)
            return [t for s in subs for t in coordinated(s)], passive
        if v.dep_ in ("conj", "xcomp", "advcl", "acomp") and v.head.i != v.i:  # acomp: "is ready to"
            via = v.dep_ if via in ("", "conj") else via
            v = v.head
            continue
        if (
            v.dep_ == "acl"
            and v.head.pos_ == "NOUN"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
        ):
            # "attempts by Giuliani to encourage ...", "Iran's plan to enrich ...": the noun's author
            author = prep_objects(v.head, ["by"]) or [c for c in v.head.children if c.dep_ == "poss"]
            if author:
                return coordinated(author[0]), False
        if v.dep_ == "acl" and v.tag_ == "VBG" and acts_as_actor(v.head):
            return coordinated(v.head), False  # "a coalition fighting the Houthis": the coalition
        if (
            v.dep_ == "acl"
            and v.tag_ in ("VBG", "VB")
            and v.head.dep_ in ("dobj", "pobj")
            and v.head.head.i != v.head.i
            and v.head.lemma_.lower() not in OTHERS_ACTS
            and not any(d.dep_ == "det" and d.lower_ in ("any", "every", "no") for d in v.head.children)
        ):
            # "posted a message blaming Iran", "voted on a resolution to expel": the author
            up = v.head.head if v.head.dep_ == "dobj" else v.head.head.head
            if up.pos_ == "VERB":
                v = up
                continue
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":
            controller = object_controller(v)
            if controller is not None:
                return coordinated(controller), False
            # "emphasized the significance of strengthening ties": the verb above the noun
            up = v.head.head
            while up.pos_ in NOUN_POS and up.dep_ in ("dobj", "pobj") and up.head.i != up.i:
                up = up.head if up.head.pos_ == "VERB" else up.head.head
            if up.pos_ == "VERB":
                # "were found guilty of raping X", "was accused of inciting": the subject
                # does the gerund's act, whatever the voice of the verb above
                v, via = up, "pcomp"
                continue
        break
    return [], False


RELATIVES = frozenset({"who", "whom", "which", "that"})
CONTROL_PREPS = ("for", "of", "from", "against")
OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "you"}


# Words that take a part of a group named after "of" ("some of the hostages").
PORTIONS = frozenset(
    "all some most many several both each none few half majority rest youngest eldest oldest".split()
)


def lets(tok: Token) -> bool:
    """The "'s" of "Let's pray for X": "us", the speaker's own side."""
    return tok.lower_ in ("'s", "’s") and tok.dep_ == "nsubj" and tok.head.head.lemma_.lower() == "let"


def names_people(tok: Token) -> bool:
    return acts_as_actor(tok) or tok.lower_ in OBJECT_PRONOUNS or tok.lemma_.lower() in PEOPLE


def object_controller(gerund: Token) -> Token | None:
    """'Police arrested a man for stabbing a teenager', 'accused Iran of supplying weapons',
    'thanked them for helping': a gerund after for/of/from/against on an active verb whose
    object names an actor is that object's act, not the subject's (object control: the
    police did not stab). Returns the object, or None when the verb's subject does the act
    ("emphasized the importance of strengthening ties": no actor as object)."""
    prep = gerund.head
    verb = prep.head
    if prep.lower_ not in CONTROL_PREPS or verb.i == prep.i:
        return None
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB" and names_people(verb):
        return verb  # "arrested a man for stabbing", the prep parsed on "man"
    if verb.pos_ != "VERB":
        # "sentenced X to life in prison without parole for driving ...": the prep parsed low,
        # on a noun below a punishing verb
        up = verb
        for _ in range(4):
            if up.pos_ not in NOUN_POS or up.dep_ not in ("pobj", "dobj") or up.head.i == up.i:
                break
            up = up.head if up.dep_ == "dobj" else up.head.head
        if up.pos_ != "VERB" or up.lemma_.lower() not in PUNISHING:
            return None
        verb = up
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # "was arrested for stabbing": the passive subject, found above
    return people_object(verb, prep)


def people_object(verb: Token, prep: Token) -> Token | None:
    """The object of ``verb`` before ``prep`` that names people ("arrested a man for ...")."""
    return next((o for o in verb.children if o.dep_ == "dobj" and o.i < prep.i and names_people(o)), None)


def clause_object(tok: Token) -> bool:
    """``tok`` heads a clause that is its verb's object: "demanded that X ...", "called for X to ..."."""
    if tok.dep_ == "ccomp":
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)


def agent(verb: Token) -> list[Token]:
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return coordinated(p)
    return []


PARTICLES = frozenset({"back", "over", "away", "out", "off", "down", "up"})


def prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    want = list(preps)
    found: dict[str, list[Token]] = {}
    # "handed back to Japan", "pulled back from Kyiv": the preposition may hang on a particle
    kids = [*tok.children]
    kids += [g for c in kids if c.dep_ in ("prt", "advmod") and c.lower_ in PARTICLES for g in c.children]
    for c in kids:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in want:
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if objs:
                found.setdefault(c.lower_, coordinated(objs[0]))
    for w in want:
        if w in found:
            return found[w]
    return []


def speaker_of(tok: Token) -> Token | None:
    """The subject of the speech verb that reports ``tok``'s clause, or the 'according to' source."""
    t = tok
    for _ in range(6):
        for c in t.children:
            if c.lemma_ == "accord" and c.dep_ == "prep":
                for to in c.children:
                    objs = [p for p in to.children if p.dep_ == "pobj"]
                    if objs:
                        return objs[0]
        if t.dep_ in ("ccomp", "xcomp", "conj", "parataxis", "advcl") and t.head.i != t.i:
            head = t.head
            if head.lemma_.lower() in SPEECH and t.dep_ in ("ccomp", "parataxis"):
                subs, _ = subjects(head)
                return subs[0] if subs else None
            t = head
            continue
        if t.dep_ == "ROOT":
            # quote first, speech verb after: '"We will ...", X said.' parses with the quote's verb as ccomp
            return None
        t = t.head
    return None
