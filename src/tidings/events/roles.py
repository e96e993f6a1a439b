"""The parties of a coded trigger, read off the parse: ``Roles.verb_roles`` and ``Roles.noun_roles``.

Verbs: subject -> source; object, dative or prepositional object -> target; passive "was
attacked by X": agent -> source, subject -> target; coordinated subjects or objects give
one party each; an event noun as subject ("a US drone strike killed three") gives the
actor named in it. Event nouns: "by X" / "X's" / "Iranian ..." -> source, "with/against/to
X" -> target, "between A and B" -> both; "In a meeting with X, A said" / "A held talks
with X" take the source from the governing clause.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from tidings.events.clauses import (  # noqa: F401  (reciprocal re-exported)
    ADDRESSED,
    act_author,
    against_prefix,
    asked_act_authors,
    carrier_agents,
    condition_subjects,
    conveyed_to,
    felt,
    infinitive_targets,
    recipients,
    reciprocal,
    statement_authors,
    subject_of_role,
    suspected_authors,
)
from tidings.events.implied import authorities, protesters
from tidings.events.lexicon import Lexicon, Pattern
from tidings.events.matching import match_pattern
from tidings.events.noun_clauses import object_by
from tidings.events.owners import owner, posted_to
from tidings.events.parties import (
    ACTOR_NOUNS,
    ANAPHORS,
    NOUN_POS,
    Parties,
    agent,
    clause_object,
    coordinated,
    names_people,
    np_tokens,
    people_object,
    prep_objects,
    speaker_of,
    subjects,
)
from tidings.events.vocab import SYMMETRIC, SYMMETRIC_ROOTS
from tidings.events.wordsets import (
    AUTHORING,
    AUTHORITY,
    CIRCUMSTANCE,
    CLAUSE_TARGET,
    CONDITIONED,
    DETER,
    FORCE_ROOTS,
    LIGHT,
    MEDIATION,
    PARTICIPATE,
    PATIENT_NOUNS,
    PUNISHING,
    TARGET_PREPS,
)
from tidings.model import Party

if TYPE_CHECKING:
    from tidings.events.discourse import Memory


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def claimed(tok: Token) -> bool:
    """``tok`` is the act in "claimed/took/denied responsibility for <act>"."""
    r = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    return (
        r is not None
        and lemma(r) in ("responsibility", "credit")
        and r.head.pos_ == "VERB"
        and r.head.i != r.i
    )


# Roots of appeals and statements addressed to someone, and the verbs of messages whose
# addressee a participle's appeal inherits.
ADDRESSED_ASIDES = frozenset({"01", "02", "03", "05"})
MESSAGE_VERBS = frozenset({"write", "call", "phone", "telephone", "appeal", "turn", "speak", "send", "contact", "address", "email", "petition", "approach"})  # fmt: skip


# Verbs whose subject undergoes the act their object names ("Russia faces new EU sanctions").
UNDERGO = frozenset({"face", "receive", "suffer", "undergo", "endure", "incur", "draw"})
# Roots of acts done to someone against their will, which a subject can face or be under.
UNDERGONE_ROOTS = frozenset({"11", "12", "13", "16", "17", "18", "19", "20"})


def undergone_by(tok: Token, code: str | None) -> list[Token]:
    """'Russia faces new EU sanctions', 'Turkey is under EU sanctions', 'the plan drew
    criticism from X': the subject undergoes the act the noun names (its target), when the
    act is one done against someone."""
    if (code or "")[:2] not in UNDERGONE_ROOTS:
        return []
    if tok.dep_ == "dobj" and lemma(tok.head) in UNDERGO:
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ in ("VERB", "AUX"):
        verb = tok.head.head
    else:
        return []
    return active_subjects(verb)


def active_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` when it is active (a passive verb's subject is done to)."""
    subs, passive = subjects(verb)
    return [] if passive else subs


# Roots of reactions that someone acts in spite of ("despite criticism by X").
DEFIED_ROOTS = frozenset({"10", "11", "12", "13", "14", "16", "17"})


def defied_by(tok: Token, code: str | None) -> list[Token]:
    """'He announced the change despite criticism by the Greek foreign minister', 'the vote went
    ahead amid protests by the opposition': the clause's subject is whom the criticism or
    protest is against."""
    if (
        (code or "")[:2] not in DEFIED_ROOTS
        or tok.dep_ != "pobj"
        or tok.head.lower_ not in ("despite", "amid")
    ):
        return []
    verb = tok.head.head
    return active_subjects(verb) if verb.pos_ in ("VERB", "AUX") else []


def punished_for(tok: Token) -> list[Token] | None:
    """The people a punishing or accusing verb is about when ``tok`` names the act it is for:
    its object when active ("arrested a man for the murder"), its subject when passive ("was
    jailed for the rape of"); None when ``tok`` is no such act."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("for", "of", "with") or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and names_people(verb) and lemma(verb.head) in PUNISHING:
        return coordinated(verb)  # "arrested a man for the murder", the prep parsed on "man"
    if verb.pos_ != "VERB" or lemma(verb) not in PUNISHING:
        return None
    subs, passive = subjects(verb)
    if passive:
        return subs or None
    obj = people_object(verb, prep)
    return coordinated(obj) if obj is not None else None


def hyphen_pair(parties: Parties, at: Token) -> list[Party]:
    """The two countries of a hyphenated pair of nationality words around ``at`` ("Turkish-Libyan",
    "US-Iran"), each as a party of its own word; else none."""
    doc = at.doc
    if at.i + 2 < len(doc) and doc[at.i + 1].text in ("-", "–"):
        a, b = at, doc[at.i + 2]
    elif at.i >= 2 and doc[at.i - 1].text in ("-", "–"):
        a, b = doc[at.i - 2], at
    else:
        return []
    if parties.party_for is None or any(t.pos_ not in ("ADJ", "PROPN") for t in (a, b)):
        return []
    out = []
    for t in (a, b):
        q = parties.party_for(doc, t.i, t.i + 1)
        if q is None or not q.country or q.sectors:
            return []
        out.append(q.model_copy(update={"text": t.text, "start": t.idx, "end": t.idx + len(t.text)}))
    return out if out[0].country != out[1].country else []


class Roles:
    """Sources and targets of triggers in one Doc (the Parties resolver does the coding)."""

    def __init__(self, doc: Doc, lexicon: Lexicon, parties: Parties) -> None:
        self.doc = doc
        self.lex = lexicon
        self.parties = parties
        self.event_subjects: dict[int, Token] = {}  # verb index -> event noun that is its subject
        self.unnamed: set[int] = set()  # verbs whose source is an act by no one named
        self.memory: Memory | None = None  # the extractor's events told before ("the airstrike" again)

    def targets_from(self, heads: list[Token], speaker: Party | None, avoid: set[str]) -> list[Party | None]:
        out: list[Party | None] = []
        for h in heads:
            each = self.parties.each(h, speaker)
            if len(each) == 1 and h.pos_ == "NOUN":
                each = self.expand(h, speaker)  # "with the navies of China, India and Oman"
            if len(each) > 1:
                out.extend(each)
                continue
            between = prep_objects(h, ["between", "among"]) if h.pos_ == "NOUN" else []
            if len(between) >= 2 and not (h.ent_type_ or h.lemma_.lower() in ACTOR_NOUNS):
                # "welcomed the agreement between Armenia and Azerbaijan": both are targets
                out.extend(self.targets_from(between, speaker, avoid))
                continue
            p = each[0]
            if (
                p is not None
                and p.country
                and p.country in avoid
                and (posted := posted_to(self.parties, h, speaker))
            ):
                out.append(posted)  # "recalled its ambassador from Turkey": the country of the post
                continue
            if p is None or (
                p.code is None and p.country is None and h.pos_ != "PROPN" and h.ent_type_ == ""
            ):
                inner = self.parties.inside(h, avoid)
                at = self.parties.last_inside
                if inner is not None and at is not None and len(coordinated(at)) > 1:
                    # "cooperation with China, India and Russia": each of them
                    out.extend(
                        x for x in (self.parties.party(c, speaker) for c in coordinated(at)) if x is not None
                    )
                    continue
                pair = hyphen_pair(self.parties, at) if inner is not None and at is not None else []
                if len(pair) == 2:
                    out.extend(pair)  # "the Turkish-Libyan border agreement": Turkey and Libya
                    continue
                p = inner or owner(self.parties, h, speaker, avoid) or p
            if p is not None:
                out.append(p)
        return out

    def verb_roles(
        self,
        tok: Token,
        pattern: Pattern,
        speaker: Party | None,
        ctl_head: Token | None,
        matched: list[Token] = [],  # noqa: B006
    ) -> tuple[list[Party | None], list[Party | None]]:
        subs, passive = subjects(tok)
        agents = agent(tok)
        passive = passive or (not subs and bool(agents))  # "was sentenced ... by a court": no subject parsed
        if passive and not agents:
            agents = statement_authors(tok)  # "was condemned in a joint statement by A, B and C"
        if passive and agents and subs and felt(tok):  # "X was disappointed by Y's decision": X -> Y
            srcs = [p for h in subs for p in self.expand(h, speaker)]
            own = {x for p in srcs if p is not None for x in (p.country, p.actor, p.code) if x}
            return srcs, self.targets_from(agents, speaker, own)
        if passive:
            src_heads, tgt_heads = agents, subs
            if not agents:
                # "was killed in a US counter-terrorism operation": the operation's author
                acts = [o for o in prep_objects(tok, ["in", "during", "by"]) if self._names_act(o)]
                found: list[Party | None] = [
                    p for p in (self.parties.inside(o, set()) for o in acts) if p is not None
                ]
                if found:
                    return found, self.targets_from(subs, speaker, set())
                told = self.memory.told_before(acts[0]) if acts and self.memory is not None else []
                if told:  # "who was also killed in the airstrike": the airstrike told before
                    return told, self.targets_from(subs, speaker, set())
                targets = self.targets_from(subs, speaker, set())
                authority = self.reporting_authority(tok, pattern) or authorities(tok, pattern, targets)
                if authority:
                    return authority, targets
        else:
            src_heads, tgt_heads = subs, []
        sources = []
        for h in src_heads:
            # "by a court in Multan": a noun that names an actor is no act, whatever "court" can mean
            act_noun = h.pos_ == "NOUN" and lemma(h) not in ACTOR_NOUNS
            inner = match_pattern(h, self.lex.candidates(lemma(h), True), False) if act_noun else None
            if inner is not None:  # not "its forces shelled": "force" names an act only as "cyber force"
                # "a US military airstrike killed X": the act's author is the source; "a car
                # bomb killed five": an act by no one named keeps the act's words, uncoded
                author = act_author(self.parties, h)
                if author is None and (inner[0].code or "")[:2] in ("18", "20"):
                    lo, hi = np_tokens(h)
                    span = self.doc[lo:hi]
                    author = Party(text=span.text, start=span.start_char, end=span.end_char)
                    self.unnamed.add(tok.i)
                sources.append(author)
                self.event_subjects[tok.i] = h
            else:
                expanded: list[Party | None] = list(self.expand(h, speaker))
                if act_noun and not any(p is not None and (p.code or p.country) for p in expanded):
                    # "Israeli strikes hit", "US-led strikes killed": a noun that can name an
                    # act ("strike" is also a labour strike), its author in its modifiers
                    author = act_author(self.parties, h) if self._names_act(h) else None
                    if author is not None and (author.code or author.country):
                        expanded = [author]
                sources.extend(expanded)
        if not sources:
            # "a memorandum was signed between Cyprus, Greece and Israel": all of them
            between = prep_objects(tok, ["between", "among"])
            if len(between) >= 2:
                return [p for h in between for p in self.parties.each(h, speaker)], []
        avoid = {x for p in sources if p is not None for x in (p.country, p.actor, p.code) if x}
        if passive:
            given = recipients(tok, pattern.code or "")  # "tanks were sent to Ukraine by X"
            if (pattern.code or "")[:2] == "09":  # "abuses by X are being examined"
                given = suspected_authors(tgt_heads, self._names_act)
            targets = self.targets_from(given, speaker, avoid) or self.targets_from(tgt_heads, speaker, avoid)
            if targets:
                return sources, targets
        own = {p.code for p in sources if p is not None and p.code}
        own |= {p.country for p in sources if p is not None and p.country}
        itself: list[Party | None] = []
        for heads in self._target_candidates(tok, pattern, ctl_head, matched):
            # the first place that names an actor: "went on strike against X" skips "strike"
            targets = self.targets_from(heads, speaker, avoid)
            if (
                targets
                and own
                and all(
                    t is not None and (t.code in own or not t.sectors and t.country in own) for t in targets
                )
            ):
                # "Trump withdrew the US from a treaty with Iran": the source's own state is
                # no target while another place names one
                itself = itself or targets
                continue
            if targets:
                return sources, targets
        return sources, itself

    def reporting_authority(self, tok: Token, pattern: Pattern) -> list[Party | None]:
        """'The NCA announced that 337 suspects were arrested': an arrest, charge or seizure
        (17) in the passive with no agent, reported by the police, a court, a government or
        an army, was made by that authority."""
        if (pattern.code or "")[:2] != "17":
            return []
        sp = speaker_of(tok)
        p = self.parties.party(sp) if sp is not None else None
        if p is None or not AUTHORITY & set(p.sectors or []):
            return []
        return [p]

    def _posture_targets(self, tok: Token) -> Iterator[list[Token]]:
        """A show of force, alert or mobilisation targets whom it is directed against (CAMEO
        15): 'near NATO's northern flank', 'to deter protesters', 'after threats from X'."""
        near = prep_objects(tok, ["near", "around", "toward", "towards", "against", "off"])
        yield [x for o in near for x in coordinated(o)]
        yield [c for o in near for c in o.children if c.dep_ == "poss"]
        for c in tok.children:
            if c.dep_ in ("advcl", "xcomp") and lemma(c) in DETER:
                yield [t for o in c.children if o.dep_ == "dobj" for t in coordinated(o)]
        for o in prep_objects(tok, ["after", "following"]):  # "after threats from X"
            yield [*prep_objects(o, ["from", "by"]), *(c for c in o.children if c.dep_ == "poss")]

    def _names_act(self, tok: Token) -> bool:
        """The lexicon has an event-noun reading of ``tok`` ("strike", "abuses")."""
        return bool(self.lex.candidates(lemma(tok), True))

    def _target_candidates(
        self, tok: Token, pattern: Pattern, ctl_head: Token | None, matched: list[Token]
    ) -> Iterator[list[Token]]:
        """Where a verb's target may be, most telling first."""
        if pattern.target_preps:
            yield prep_objects(tok, pattern.target_preps)
        yield recipients(tok, pattern.code or "")
        if (pattern.code or "")[:2] == "15":
            yield from self._posture_targets(tok)
        if (pattern.code or "") in MEDIATION:  # "mediated between Israel and Hamas"
            for t in (tok, *(c for c in tok.children if c.dep_ == "xcomp")):
                yield [x for o in prep_objects(t, ["between"]) for x in coordinated(o)]
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "obj")]
        if not objs and ctl_head is not None:  # object control: "urged Iran to return"
            objs = [c for c in ctl_head.children if c.dep_ in ("dobj", "dative")]
        if (pattern.code or "")[:2] in ("02", "10"):  # "called for G7 action": whose act is asked for
            yield asked_act_authors(tok, objs, self._names_act)
        if (pattern.code or "")[:2] == "09":  # "opened an inquiry into abuses by X"
            into = [*prep_objects(tok, ["into"]), *(x for m in matched for x in prep_objects(m, ["into"]))]
            yield suspected_authors([*objs, *into], self._names_act)
        yield [t for o in objs for t in coordinated(o)]
        # "allowed IAEA inspectors to return": the pattern's object parsed as the clause's subject
        yield [t for m in matched if m.dep_ == "nsubj" and m.head.head.i == tok.i for t in coordinated(m)]
        if not objs and (pattern.code or "")[:2] in CLAUSE_TARGET and pattern.petrarch is None:
            # "alleged the government is hiding figures", "recommended the US troops withdraw":
            # whom an accusation or appeal is about is the subject of the clause it governs
            # (not for PETRARCH patterns: their "said" codes are reports, ``drop_reporting``)
            yield [s for c in tok.children if c.dep_ == "ccomp" for s in subjects(c)[0]]
        yield prep_objects(tok, TARGET_PREPS)
        for m in [*matched, *objs]:  # "levied sanctions against X", "used weapons against X"
            if m.pos_ in NOUN_POS:
                yield prep_objects(m, TARGET_PREPS)
        ctl = self.lex.controls.get(lemma(tok))
        if ctl and (ctl[0].code or "") in ("02", "10"):  # "demanded that Russia release X"
            for c in tok.children:
                if clause_object(c):  # also "called for NATO members to increase spending"
                    yield subjects(c)[0]
        for c in tok.children:  # "refused to meet X", "promised to provide aid to X"
            if c.dep_ == "xcomp":
                yield [t for o in c.children if o.dep_ in ("dobj", "dative") for t in coordinated(o)]
                yield prep_objects(c, TARGET_PREPS)
        if (pattern.code or "")[:2] in ("18", "19", "20"):
            # "detonated car bombs outside the ministry", "shelled districts of Kherson",
            # "captured the town of Avdiivka": where force struck names whom it struck
            yield prep_objects(tok, ["outside", "near", "inside", "around"])
            yield [x for o in objs for x in prep_objects(o, ["of"])]
        if (pattern.code or "")[:2] == "14":
            # "protested outside the parliament", "rallied in front of the US embassy": a
            # protest held at an institution is directed at it (a plain place names no actor)
            yield prep_objects(tok, ["outside", "at"])
            yield [
                x for f in prep_objects(tok, ["in"]) if f.lower_ == "front" for x in prep_objects(f, ["of"])
            ]
        if (pattern.code or "")[:2] in CONDITIONED:  # "offered to resign if the opposition ..."
            yield condition_subjects(tok, ctl_head)
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and (pattern.code or "")[:2] in ADDRESSED_ASIDES:
            # "wrote to the US Embassy asking to waive her immunity", "called Putin, urging ...":
            # an appeal told as a participle on a message is addressed to the message's addressee
            head = tok.head
            if lemma(head) in MESSAGE_VERBS:
                yield [
                    *prep_objects(head, ["to"]),
                    *(c for c in head.children if c.dep_ in ("dobj", "dative")),
                ]

    def noun_roles(
        self, tok: Token, pattern: Pattern, speaker: Party | None
    ) -> tuple[list[Party | None], list[Party | None]]:
        P = self.parties
        acted = self.agent_act(tok, pattern, speaker)
        if acted is not None:
            return acted
        src_heads: list[Token] = []
        tgt_heads: list[Token] = []
        # "a summit between A and B", "talks between the presidents of A and B"
        between = prep_objects(tok, ["between", "among"])
        if not between and pattern.code and pattern.code[:2] == "04":
            of = prep_objects(tok, ["of"])
            between = of if len(of) >= 2 else []
        if between:
            pairs = self._between(between[0]) if len(between) == 1 else [P.party(b, speaker) for b in between]
            pairs = [p for p in pairs if p is not None]
            code = pattern.code or ""
            if len(pairs) >= 3 and (code[:2] in SYMMETRIC_ROOTS or code in SYMMETRIC):
                return list(pairs), []  # "the trilateral meeting of A, B and C": each pair of them
            if len(pairs) >= 2:
                return [pairs[0]], pairs[1:]
        if lemma(tok) in PATIENT_NOUNS:
            # "Khashoggi's killing", "Navalny's arrest": a person as possessor is the victim
            poss = [
                c
                for c in tok.children
                if c.dep_ == "poss"
                and (c.lower_ not in ANAPHORS or c.lower_ in ("his", "her"))  # "his arrest"; "its" is a body
                and c.ent_type_ not in ("GPE", "NORP", "ORG")
            ]
            if poss:
                tgt_heads = coordinated(poss[0])
        # "a phone call made by Trump to Zelensky", "strikes carried out by X on Y"
        acl = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and agent(c)), None)
        src_heads = prep_objects(tok, ["by"]) or (agent(acl) if acl is not None else []) or object_by(tok)
        if not src_heads and undergone_by(tok, pattern.code):
            # "Russia faced condemnation from the UN", "drew criticism from the EU" (the
            # preposition on the noun or on the verb)
            src_heads = prep_objects(tok, ["from"]) or (
                prep_objects(tok.head, ["from"]) if tok.dep_ == "dobj" else []
            )
        if not src_heads:
            for c in tok.children:
                if c.dep_ == "poss" and (
                    c.lower_ not in ANAPHORS or c.lower_ == "their"
                ):  # "their demands": a group
                    if tgt_heads and c.i == tgt_heads[0].i:
                        continue
                    src_heads = coordinated(c)
                    break
                if (
                    c.dep_ in ("amod", "compound")
                    and c.ent_type_ in ("NORP", "GPE", "ORG")
                    and (len(c.text) > 3 or (c.text.isupper() and len(c.text) >= 2))
                    and not c.lower_.startswith(("anti", "pro"))
                    and not against_prefix(c)
                ):
                    src_heads = [c]
                    break
        sources: list[Party | None] = [P.party(h, speaker) for h in src_heads]
        if not any(sources) and (carriers := carrier_agents(tok)):  # "tributes were paid by X"
            sources = [p for h in carriers for p in P.each(h, speaker)]
        if not any(sources):
            sources = self.governed_sources(tok, pattern, speaker) or protesters(tok, pattern) or sources
        avoid = {x for p in sources if p is not None for x in (p.country, p.actor, p.code) if x}
        preps = list(pattern.target_preps) + [p for p in TARGET_PREPS if p not in pattern.target_preps]
        if (pattern.code or "")[:2] == "14" and "with" not in pattern.target_preps:
            preps.remove("with")  # "a protest with the Iraq Veterans": who protests along, not the target
        # "his arrest", "the arrest of X": the person held (an arrest's author may be implied)
        custody = (pattern.code or "")[:3] == "173" and lemma(tok) in PATIENT_NOUNS
        patients = (tgt_heads or prep_objects(tok, ["of"])) if custody and not any(sources) else []
        tgt_heads = (
            tgt_heads or prep_objects(tok, preps) or (prep_objects(acl, preps) if acl is not None else [])
        )
        if not tgt_heads and any(s is not None for s in sources):
            tgt_heads = prep_objects(tok, ["of"])  # "the killing of X", "the arrest of X"
        tgt_heads = tgt_heads or patients
        if not tgt_heads and tok.dep_ == "dobj" and lemma(tok.head) in LIGHT:
            tgt_heads = prep_objects(tok.head, preps)
        targets = self.targets_from(tgt_heads, speaker, avoid)
        if not targets and (pattern.code or "")[:2] in ADDRESSED:  # "the offer was presented to X"
            targets = self.targets_from(conveyed_to(tok), speaker, avoid)
        if patients and targets and tgt_heads == patients:
            # made by the authorities of the scene's country, else of the person's, as an
            # agentless passive ("was arrested")
            sources = authorities(tok, pattern, targets) or sources
        return sources, targets or self._implied_noun_targets(tok, speaker, avoid, pattern.code)

    def agent_act(
        self, tok: Token, pattern: Pattern, speaker: Party | None
    ) -> tuple[list[Party | None], list[Party | None]] | None:
        """'oil facilities were hit by drone strikes' (a verb no pattern codes): an act of force
        that is a passive verb's agent struck the verb's subject; its author is the actor
        named in it, else the act's own words, uncoded (an act by no one named)."""
        if tok.dep_ != "pobj" or tok.head.dep_ != "agent" or (pattern.code or "")[:2] not in FORCE_ROOTS:
            return None
        subs, passive = subjects(tok.head.head)
        targets = self.targets_from(subs, speaker, set()) if passive else []
        if not targets:
            return None
        author = self.parties.inside(tok, set())
        if author is None:
            lo, hi = np_tokens(tok)
            span = self.doc[lo:hi]
            author = Party(text=span.text, start=span.start_char, end=span.end_char)
        return [author], targets

    def _implied_noun_targets(
        self, tok: Token, speaker: Party | None, avoid: set[str], code: str | None = None
    ) -> list[Party | None]:
        """An event noun's target outside its own phrase: the relative clause's object ("a
        bombing that killed 12 soldiers"), the subject of "X was the target of <noun>", the
        target of a control noun's infinitive ("refusal to extend a loan to Pakistan")."""
        objs = [
            o
            for c in tok.children
            if c.dep_ == "relcl"
            for o in c.children
            if o.dep_ in ("dobj", "nsubjpass")
        ]
        met: list[Token] = []
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.pos_ == "VERB":
            # "in a phone call in late July, Trump encouraged Zelensky to ...": the meeting or
            # call is with whom the clause's coded act is done (meetings and calls only, 04; not
            # "represented his client in a negotiation")
            gov = tok.head.head
            if (code or "")[:2] == "04" and self.lex.candidates(lemma(gov), False):
                met = [t for o in gov.children if o.dep_ in ("dobj", "dative") for t in coordinated(o)]
        for heads in (
            [t for o in objs for t in coordinated(o)],
            subject_of_role(tok),
            *infinitive_targets(tok),
            met,
            undergone_by(tok, code),
            defied_by(tok, code),
        ):
            targets = self.targets_from(heads, speaker, avoid)
            if targets:
                return targets
        return []

    def governed_sources(self, tok: Token, pattern: Pattern, speaker: Party | None) -> list[Party | None]:
        """'In a meeting with X, A said ...', 'A held talks with X', 'A claimed responsibility
        for the bombing': an event noun's source is the subject of the clause it sits in."""
        P = self.parties
        # "In a meeting with X, A said ..." / "A held talks with X": the clause's subject
        gov = None
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in CIRCUMSTANCE
            and tok.head.head.pos_ == "VERB"
            and pattern.code
            and pattern.code[:2] in ("04", "03", "05", "06")
        ):
            gov = tok.head.head
        elif (
            tok.dep_ in ("dobj", "attr") and tok.head.pos_ == "VERB" and lemma(tok.head) in LIGHT | AUTHORING
        ):
            gov = tok.head  # "held talks", "orchestrated the attacks"
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and lemma(tok.head.head) in PARTICIPATE:
            gov = tok.head.head  # "took part in the protest", "was involved in the attack"
        elif claimed(tok):
            gov = tok.head.head.head  # "claimed responsibility for the bombing": the claimant's
        elif (punished := punished_for(tok)) is not None:
            # "jailed a man for the rape of two girls", "was convicted of the murder": the act
            # is the punished person's
            return [p for h in punished for p in P.each(h, speaker)]
        if gov is not None:
            subs, passive = subjects(gov)
            heads = agent(gov) if passive and lemma(gov) not in PARTICIPATE else subs
            sp = speaker_of(gov)
            sp_party = P.party(sp) if sp is not None else speaker
            return [p for h in heads for p in P.each(h, sp_party)]
        return []

    def expand(self, head: Token, speaker: Party | None = None) -> list[Party | None]:
        """'the delegations of Cyprus, Greece and Israel' -> one party per country."""
        if head.pos_ == "NOUN" and any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(o.dep_ == "pobj" and o.conjuncts for o in c.children)
            for c in head.children
        ):
            parties = self._between(head)
            if len([p for p in parties if p is not None]) >= 2:
                return parties
        return self.parties.each(head, speaker)

    def _between(self, head: Token) -> list[Party | None]:
        """'the presidents of Iran and Azerbaijan' -> [Iran's presidents, Azerbaijan's]."""
        P = self.parties
        heads = coordinated(head)
        if len(heads) >= 2:
            return [P.party(h) for h in heads]
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if objs and len(coordinated(objs[0])) >= 2:
                    role = P.party(head)
                    out: list[Party | None] = []
                    for h in coordinated(objs[0]):
                        p = P.party(h)
                        if p is not None and role is not None and role.sectors and not p.sectors:
                            code = (p.country or "") + "".join(role.sectors) if p.country else p.code
                            p = p.model_copy(update={"sectors": list(role.sectors), "code": code})
                        out.append(p)
                    return out
        return list(P.each(head))  # "between the Chinese and Australian leaders": one each
