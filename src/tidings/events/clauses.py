"""Where a role sits outside the trigger's own phrase: the author of the statement a passive
verb acts through, the targets of a control noun's infinitive, the subject a "target of"
clause names (helpers of ``roles``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from tidings.events.parties import PARTICLES, agent, coordinated, prep_objects
from tidings.events.wordsets import LIGHT, MEDIA, TARGET_PREPS
from tidings.model import Party

if TYPE_CHECKING:
    from tidings.events.parties import Parties


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def statement_authors(verb: Token) -> list[Token]:
    """'was condemned in a joint statement by Egypt, Greece and Cyprus', 'was announced
    through a decree by X': the authors of the medium a passive verb acts through."""
    for o in prep_objects(verb, ["in", "through", "via", "with"]):
        if o.pos_ == "NOUN" and lemma(o) in MEDIA:
            by = prep_objects(o, ["by", "from"])
            if by:
                return by
    return []


def infinitive_targets(tok: Token) -> Iterator[list[Token]]:
    """Where the target of a control noun's infinitive may be: its object, a preposition on
    it, a preposition on its object ("refusal to ratify the pact with the EU")."""
    for c in tok.children:
        if c.dep_ == "acl" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children):
            objs = [o for o in c.children if o.dep_ in ("dobj", "dative")]
            yield [t for o in objs for t in coordinated(o)]
            yield prep_objects(c, TARGET_PREPS)
            yield [x for o in objs for x in prep_objects(o, TARGET_PREPS)]


# CAMEO codes of a transfer: providing aid of any kind (07), pledging it (033x), handing over
# suspects (063), promising to (0313) and returning persons or property (084)
TRANSFER = ("07", "033", "063", "0313", "084")


def recipients(tok: Token, code: str) -> list[Token]:
    """'delivered tanks to Ukraine', 'pledged to send jets to Ukraine', 'tanks were sent to
    Ukraine by Germany', 'gave Ukraine tanks': a transfer targets whoever receives it, not
    what is given."""
    if not code.startswith(TRANSFER):
        return []
    for t in (tok, *(c for c in tok.children if c.dep_ == "xcomp")):
        to = prep_objects(t, ["to"])
        if to:
            return to
        given = [c for c in t.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if given:
            return [x for c in given for x in coordinated(c)]
    return []


def subject_of_role(tok: Token) -> list[Token]:
    """'Mahan has been the subject of US sanctions', 'Iran became the target of attacks':
    the clause's subject is what the act named after 'of' is aimed at."""
    role = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if role is None or lemma(role) not in ("subject", "target", "object", "victim") or role.dep_ != "attr":
        return []
    return [s for c in role.head.children if c.dep_ == "nsubj" for s in coordinated(c)]


def act_author(parties: Parties, act: Token) -> Party | None:
    """Who did the act an event noun names: its own modifiers first ("Israeli airstrikes
    on Gaza", "a US drone strike", "Iran's attack on ..."), then "by X", then the first
    actor anywhere in its phrase (not "on Gaza" before "Israeli")."""
    for c in act.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < act.i:
            p = parties.inside(c, set())
            if p is not None and (p.code or p.country):
                return p
    for b in prep_objects(act, ["by"]):
        p = parties.party(b)
        if p is not None and (p.code or p.country):
            return p
    return parties.inside(act, set())


# Verbs of feeling whose passive names who feels it as the subject ("was disappointed by X").
FEELINGS = frozenset(
    {
        "disappoint", "dismay", "alarm", "anger", "outrage", "frustrate", "concern", "worry",
        "trouble", "shock", "sadden", "upset", "offend", "disturb", "please", "encourage", "hearten",
    }
)  # fmt: skip


def felt(verb: Token) -> bool:
    """'the United States was disappointed by the Parliament's decision': the one who feels is
    the subject (the source of the reaction), what they feel it about the agent (its target)."""
    return lemma(verb) in FEELINGS and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


AUTHOR_ENTS = ("ORG", "GPE", "NORP", "PERSON")


def asked_act_authors(verb: Token, objects: list[Token], names_act: Callable[[Token], bool]) -> list[Token]:
    """'called for G7 action', 'demanded the release of the journalist by Russia': an appeal or
    demand for an act is made of whoever is to do it, the author the act's phrase names ("by
    X", "X's", a name before it)."""
    out: list[Token] = []
    for o in [*prep_objects(verb, ["for"]), *objects]:
        if o.pos_ != "NOUN" or not names_act(o):
            continue
        out.extend(prep_objects(o, ["by"]))
        out.extend(
            c
            for c in o.children
            if c.i < o.i
            and (c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.ent_type_ in AUTHOR_ENTS))
            and c.lower_ not in ("its", "their", "his", "her", "our", "my", "your")
        )
    return out


# Verbs whose coordinated subjects act on each other both ways ("A and B exchanged fire").
RECIPROCAL = {"exchange", "trade", "clash", "fight", "battle", "skirmish", "spar", "swap"}


def reciprocal(tok: Token) -> bool:
    """'exchanged fire', 'traded accusations', 'accused each other'."""
    if lemma(tok) in RECIPROCAL:
        return True
    return any(
        t.lower_ in ("other", "another") and t.nbor(-1).lower_ in ("each", "one")
        for t in tok.subtree
        if t.i > 0
    )


def against_prefix(tok: Token) -> bool:
    """'anti-government', 'pro-Russian', 'non-EU': the name says whom the noun is for or
    against, not whose it is ("the Al-Qaeda attack" keeps its author)."""
    prefixes = ("anti", "pro", "non")
    doc, i = tok.doc, tok.i
    if i > 0 and doc[i - 1].lower_ in prefixes:
        return True
    return i > 1 and doc[i - 1].lower_ == "-" and doc[i - 2].lower_ in prefixes


CONDITIONS = frozenset({"if", "unless", "provided", "once"})


def condition_subjects(tok: Token, ctl_head: Token | None = None) -> list[Token]:
    """Whom an offer, intent or threat is made to when it names no one: the subject of its
    condition ("offered to step down if the opposition ended its protests", "would lift
    sanctions if Venezuela held free elections", "threatened to attack unless NATO troops
    left"). The condition may hang on the verb, on the control verb above it, or on that."""
    # "allow inspectors back if ...": the particle the parser made a clause carries it too
    verbs = [
        tok,
        *(c for c in tok.children if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and c.lower_ in PARTICLES)),
    ]
    if tok.dep_ == "xcomp":
        verbs.append(tok.head)
    if ctl_head is not None and ctl_head not in verbs:
        verbs.append(ctl_head)
    out: list[Token] = []
    for v in verbs:
        for c in v.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children):
                out.extend(s for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
    return out


# Nouns of conduct an investigation looks into, beyond the lexicon's event nouns
CONDUCT = frozenset(
    {
        "activity", "crime", "abuse", "misuse", "conduct", "role", "involvement", "violation",
        "fraud", "corruption", "breach", "handling", "wrongdoing", "misconduct", "atrocity",
    }
)  # fmt: skip


INQUIRIES = frozenset({"investigation", "inquiry", "probe", "examination", "review", "audit"})


def suspected_authors(objects: list[Token], names_act: Callable[[Token], bool]) -> list[Token]:
    """'investigating the misuse of funds by Hungarian officials', 'an inquiry into the activities
    of Russian trawlers', 'allegations of abuses by Ethiopian forces are being examined': an
    investigation (CAMEO 09) targets whoever is suspected of the act its object names."""
    frontier = [*objects]
    for _ in range(3):  # "allegations of abuses by X", "an investigation into crimes by X"
        for o in frontier:
            if lemma(o) in INQUIRIES:  # "an inquiry into crimes by X": "by X" after "into" is the crimes'
                into = prep_objects(o, ["into", "of"])
                late = [b for b in prep_objects(o, ["by"]) if into and b.i > into[-1].i]
                if late:
                    return late
                continue
            if o.pos_ != "NOUN" or not (lemma(o) in CONDUCT or names_act(o)):
                continue
            found = asked_act_authors(o, [o], lambda n: True)
            if not found and lemma(o) in ("activity", "conduct", "role", "involvement"):
                found = prep_objects(o, ["of"])
            if found:
                return found
        frontier = [x for o in frontier for x in prep_objects(o, ["of", "into"])]
    return []


# Verbs that carry a message to someone: "the offer was presented to the US envoy"
CONVEY = frozenset(
    {
        "present", "convey", "relay", "deliver", "send", "hand", "submit", "communicate", "pass",
        "transmit", "forward", "address", "extend", "put", "make", "give",
    }
)  # fmt: skip
ADDRESSED = ("02", "03", "10")  # appeals, offers and intents, demands: made to someone


def conveyed_to(tok: Token) -> list[Token]:
    """'Israel's offer of concessions was presented to the US envoy', 'the demand for aid was
    delivered to the UN coordinator': an appeal, offer or demand told as the subject of a
    passive verb of conveying is made to whom it was conveyed."""
    verb = tok.head
    if tok.dep_ != "nsubjpass" or lemma(verb) not in CONVEY:
        return []
    return prep_objects(verb, ["to"])


def carrier_agents(tok: Token) -> list[Token]:
    """'Tributes were paid by world leaders including X and Y', 'Statements of condemnation
    have come from X, Y and Z': an event noun told as the subject of a light verb in the
    passive, or of "come from", is the act of whoever the agent or "from" names."""
    n = tok
    if n.dep_ == "pobj" and n.head.lower_ == "of" and lemma(n.head.head) in MEDIA:
        n = n.head.head  # "statements of condemnation"
    verb = n.head
    if n.dep_ == "nsubjpass" and lemma(verb) in LIGHT:
        return agent(verb)
    if n.dep_ == "nsubj" and lemma(verb) in ("come", "pour"):
        return prep_objects(verb, ["from"])
    return []
