"""Which found events are no events, and targets the clause leaves implicit.

Precision (issue 15, point 3): an event noun that names no target ("the investigation",
"Jamal's killing", "Iranian assistance") only describes; it is kept when the clause's own
verb carries it (those are coded on the verb). Implied targets (point 2):

- "praised bilateral relations", "strengthen mutual cooperation": the counterpart in
  context, the latest party of another country that acted in this or the two sentences
  before;
- a reaction to an act whose author the act's own phrase names ("attacked the proclamation
  ... by the President of the United States", "criticized Pelosi's announcement") targets
  that author.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.discourse import Memory
from tidings.events.lexicon import Lexicon
from tidings.events.matching import Found
from tidings.events.parties import ACTOR_NOUNS, NOUN_POS, SPEECH, Parties, prep_objects
from tidings.events.reportable import BUILT_IN
from tidings.events.roles import claimed, hyphen_pair
from tidings.events.vocab import REACTIONS
from tidings.model import Event, Party

# Adjectives that make the counterpart of the relation the target.
MUTUAL = frozenset({"bilateral", "mutual"})
ACTOR_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
REACTED = REACTIONS | {"12"}  # codes whose object is an act by someone else
RELATIVE = frozenset({"WDT", "WP", "WP$"})  # which, who, that
DENIAL = "016"


def coded(p: Party | None) -> bool:
    return p is not None and bool(p.code or p.country)


def kept(f: Found, events: list[Event], lexicon: Lexicon) -> list[Event]:
    """The events of ``f`` worth reporting (``describes`` says why the others are not)."""
    if (
        describes(f.trigger, lexicon)
        or (f.rule == "noun" and names_actor(f.trigger, lexicon))
        or (f.rule == "noun" and f.code[:2] == PROTEST_ROOT and protest_setting(f.trigger, lexicon))
        or (f.rule == "verb" and f.pattern.origin.startswith(BUILT_IN) and habitual(f.trigger))
        or (f.rule == "verb" and f.code[:2] == PROTEST_ROOT and shown(f.trigger))
        or (f.rule == "verb" and called_for_winner(f))
    ):
        return []  # habitual: the built-in lexicon's reading (PETRARCH dictionaries keep theirs)
    return [
        e
        for e in events
        if not one_sided_aside(f, e)
        and not norm(f, e)
        and not private_attendance(f, e)
        and not private_dealings(f, e)
    ]


PRIVATE = frozenset({"CVL", "ELI"})
# Roots of ordinary dealings: appeals, intents, meetings, cooperation. Between private people
# ("Watts recommended Baker", "met bassist Jack Bruce", "collaborated with Fela Kuti") they are
# no political event; praise, apology, forgiveness and violence between them are kept.
DEALINGS = frozenset({"02", "03", "04", "06"})


def private_dealings(f: Found, e: Event) -> bool:
    """An appeal, intent, meeting or cooperation between two named private people (civilians
    or celebrities, named as persons, on both sides)."""
    if e.cameo[:2] not in DEALINGS or e.target is None:
        return False
    doc = f.trigger.doc
    for side in (e.source, e.target):
        if not side.sectors or not set(side.sectors) <= PRIVATE or side.start is None or side.end is None:
            return False
        span = doc.char_span(side.start, side.end, alignment_mode="expand")
        if span is None or span.root.ent_type_ != "PERSON":
            return False
    return True


def called_for_winner(f: Found) -> bool:
    """ "The AP called the election for Biden", "called Nevada for Biden": a race declared won,
    not an appeal ("called for talks" has no object before its "for")."""
    tok = f.trigger
    fors = [m for m in f.matched if m.lower_ == "for"]
    if tok.lemma_.lower() != "call" or not fors:
        return False
    return any(c.dep_ == "dobj" and c.i < fors[0].i for c in tok.children)


def shown(tok: Token) -> bool:
    """ "was demonstrating miniature screens", "demonstrated that the system works": to
    demonstrate something is to show it, not to protest (141 takes no object)."""
    return tok.lemma_.lower() == "demonstrate" and any(
        c.dep_ in ("dobj", "ccomp") or c.dep_ == "mark" for c in tok.children
    )


def private_attendance(f: Found, e: Event) -> bool:
    """ "More than a million people attended the funeral procession", "relatives of the boy
    attended the ceremony": ordinary people attending a ceremony (CVL) perform no political
    symbolic act (017); an official attending one ("the US ambassador attended a memorial")
    does."""
    return f.pattern.trigger == "attend" and f.code == "017" and e.source.sectors == ["CVL"]


GOVERNMENT = "GOV"


def norm(f: Found, e: Event) -> bool:
    """A "must/should" clause about people named by a common noun alone tells how things
    ought to be, not a demand on an actor: "People must know that bishops serve them",
    "priests should follow strict rules", "the general public should use face coverings",
    "the courts should decide". A government stays the one a demand is made on ("the Iraqi
    government must take responsibility", "the government must resign")."""
    if f.rule != "demand" or e.target is None or GOVERNMENT in (e.target.sectors or []):
        return False
    subjects = [c for c in f.trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and not any(t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENTS for t in s.subtree)
        for s in subjects
    )


def passive_past(verb: Token) -> bool:
    """'was arrested', 'were killed', 'had been detained': a past act done to the subject."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a in ("was", "were") for a in aux) and not {"is", "are"} & set(aux)


def describes(tok: Token, lexicon: Lexicon) -> bool:
    """The trigger is in a relative clause on a noun that names no act: "the YPG militia,
    which support the PKK", "the United States, which has retreated from ..." describe."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "relcl":
            head = a.head
            if head.pos_ in NOUN_POS and lexicon.candidates(head.lemma_.lower(), True):
                return False  # "a bombing that killed 12 soldiers": the act itself
            if a.i == tok.i and passive_past(tok):
                return False  # "Babaryka, who was arrested in June": what was done to them
            # "in which Turkey and Libya agreed": a clause with a subject of its own tells an act
            return all(c.tag_ in RELATIVE for c in a.children if c.dep_ in ("nsubj", "nsubjpass"))
    return False


PROTEST_ROOT = "14"
SETTING_PREPS = frozenset({"during", "throughout"})


def protest_setting(tok: Token, lexicon: Lexicon) -> bool:
    """A protest noun that only sets the time or the topic of another act: "supporters during
    a rally", "arrested throughout the protests", "a plan for yesterday's march" (a noun naming
    no act), not "a call for protests" nor "protests against the law"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.pos_ != "ADP":
        return False
    if prep.lower_ in SETTING_PREPS:
        return True
    return prep.lower_ == "for" and _noun_naming_no_act(prep.head, prep, lexicon)


def names_actor(tok: Token, lexicon: Lexicon) -> bool:
    """An event noun that modifies a noun naming no act describes who that is: "riot police",
    "aid workers", "protest leaders" (not "a bomb attack", "the ceasefire agreement")."""
    return tok.dep_ == "compound" and _noun_naming_no_act(tok.head, tok, lexicon)


def _noun_naming_no_act(noun: Token, child: Token, lexicon: Lexicon) -> bool:
    """``noun``, the head of ``child`` (not ``child`` itself at a root), is a noun the lexicon
    has no event pattern for."""
    return noun.pos_ in NOUN_POS and noun is not child and not lexicon.candidates(noun.lemma_.lower(), True)


SPEAKERS = frozenset({"i", "we", "you"})  # "I strongly reject", "we warn": a speech act now
QUOTES = frozenset({'"', "“", "”"})


def habitual(tok: Token) -> bool:
    """A simple present with no auxiliary, said of a third party outside a quotation, tells
    how things are or usually go, not an act: "Mahan flies fighters to Syria", "she opposes
    the police state", "they plan to return the flag". In a quotation or in the first or
    second person it is the speech act itself ("I strongly reject", "we warn the Saudis")."""
    if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and tok.dep_ == "conj":
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or any(c.lower_ in SPEAKERS for c in subj):
        return False
    before = tok.doc[tok.sent.start : tok.i]
    return sum(t.text in QUOTES for t in before) % 2 == 0


def main_clause(tok: Token) -> bool:
    """The sentence's main assertion, or what its main speech verb reports ("stated that
    the Islamic Republic will not put up with ...")."""
    while tok.dep_ in ("conj", "parataxis") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH:
        return main_clause(tok.head)
    return tok.dep_ == "ROOT"


def one_sided_aside(f: Found, e: Event) -> bool:
    """An event with no target that is not its sentence's main assertion: an event noun
    ("the investigation", "Jamal's killing"), a subordinate clause ("to help stop the
    aggression", "after the group took over"), or a present-tense statement of how things
    are ("Turkey opposes", "the Taliban seeks to retake control"). What a denial denies
    stays, marked ``denied``."""
    if e.target is not None or f.pairs or claimed(f.trigger) or e.modality == "denied":
        return False
    if f.rule == "verb" and f.code == DENIAL:
        return False  # a denial is one-sided wherever it is told ("..., which he denied")
    tok = f.trigger
    if f.rule == "noun" and topic(tok):
        return False  # "The hunger strike entered its tenth day": the sentence is about the act
    if f.rule == "noun":
        # a control noun with its infinitive tells an act: "the AU's commitment to keep ..."
        return not any(c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children) for c in tok.children)
    if f.rule == "control" and tok.dep_ == "acl" and tok.head.pos_ in NOUN_POS:
        gov = tok.head  # "the AU's commitment to keep peacekeepers ... reassured X": the clause of the noun
        while gov.pos_ in NOUN_POS + ("ADP",) and gov.head is not gov:
            gov = gov.head
        return not main_clause(gov)
    if f.rule == "control" and tok.dep_ == "xcomp":
        tok = tok.head  # "the Taliban threatened to carry out bombings": the control verb's clause
    return not main_clause(tok) or tok.tag_ in ("VBZ", "VBP")


# Verbs that tell that an act happens, goes on or ends: their event-noun subject is the act
# itself, the news of the sentence ("the hunger strike entered its tenth day").
OCCURRENCE = frozenset(
    {
        "begin", "start", "continue", "enter", "come", "end", "resume", "escalate", "intensify",
        "spread", "last", "erupt", "break", "follow", "occur", "happen", "unfold", "drag",
        "persist", "conclude",
    }
)  # fmt: skip


def topic(tok: Token) -> bool:
    """An event noun that is the subject of the sentence's main assertion, a verb of
    occurrence: "The hunger strike entered its tenth day", "The threat of a curfew came after
    ..." (not "the orange warning applied to County Galway": a notice, not an act told)."""
    head = tok.head
    return (
        tok.dep_ == "nsubj"
        and head.lemma_.lower() in OCCURRENCE
        and main_clause(head)
        and head.tag_ not in ("VBZ", "VBP")
    )


def objects(tok: Token) -> list[Token]:
    """The verb's objects; "it" or "this" as the object of a participle clause is the noun
    its main clause acted on ("commented on the agreement, calling it null and void")."""
    out = []
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass", "attr"):
            continue
        if c.lower_ in ("it", "this") and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i:
            main = tok.head
            nouns = [o for o in main.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
            nouns += [
                o
                for p in main.children
                if p.dep_ == "prep" and p.i < tok.i
                for o in p.children
                if o.dep_ == "pobj" and o.pos_ == "NOUN"
            ]
            if nouns:
                out.append(nouns[0])
                continue
        out.append(c)
    return out


def counterpart(tok: Token, memory: Memory, sources: list[Party]) -> list[Party]:
    """'Bayramov praised bilateral relations': the other side, from context."""
    if not any(a.lower_ in MUTUAL for o in objects(tok) for a in o.children if a.dep_ == "amod"):
        return []
    countries = {s.country for s in sources if s.country}
    recent = set(memory.sent_starts[-3:])
    for start, prev in reversed(memory.history):
        if start not in recent:
            break
        if prev.country and prev.country not in countries:
            return [prev]
    return []


def reacted_target(
    tok: Token, code: str, parties: Parties, memory: Memory, sources: list[Party]
) -> list[Party]:
    """A reaction (05, 11) or rejection (12) with no target: the author its object names
    ("rejected opposition demands", "attacked the proclamation ... by X"), else, for a
    reaction, the author of the act reacted to from earlier sentences."""
    named = act_author(tok, parties, sources)
    if named or code[:2] not in REACTIONS | {"12"}:
        return named
    return memory.reaction_target(tok, sources, code)


def named_act_author(tok: Token, parties: Parties, sources: list[Party], memory: Memory) -> list[Party]:
    """The author the reacted-to act's own phrase names, when the object names an act
    ("criticized Trump's ban on travel from China": Trump, not China; "condemned the US
    sanctions on Iran": the US), else none."""
    acts = [o for o in objects(tok) if o.dep_ == "dobj" and memory.names_act(o)]
    # "voiced opposition to Trump's ban", "expressed support for Germany's plan": the act
    # the stance is about
    acts += [
        x
        for o in objects(tok)
        if o.dep_ == "dobj" and o.i in memory.current_matched
        for x in prep_objects(o, ["to", "against", "for", "over", "of"])
        if memory.names_act(x)
    ]
    if not acts:
        return []
    return act_author(tok, parties, sources, modifiers_first=True, acts=acts)


def act_author(
    tok: Token,
    parties: Parties,
    sources: list[Party],
    modifiers_first: bool = False,
    acts: list[Token] | None = None,
) -> list[Party]:
    """'attacked the proclamation ... by the President of the United States', 'criticized
    Pelosi's announcement': the author the reacted-to act's phrase names."""
    own = {x for s in sources for x in (s.actor, s.code) if x}
    for o in objects(tok) if acts is None else acts:
        # "by X" on a noun after the object (the parse often hangs it on a later noun)
        bys = [
            t
            for t in tok.subtree
            if t.lower_ == "by" and t.dep_ == "prep" and t.i > o.i and t.head.pos_ in NOUN_POS
        ]
        by_heads = [c for b in bys for c in b.children if c.dep_ == "pobj"]
        own_heads = [c for c in o.children if c.dep_ == "poss"]
        # "opposition demands", "the Turkish proposal": a modifier naming an actor
        own_heads += [c for c in o.children if c.dep_ in ("compound", "amod") and c.ent_type_ in ACTOR_ENTS]
        own_heads += [c for c in o.children if c.dep_ == "compound" and c.lemma_.lower() in ACTOR_NOUNS]
        # the object's own modifiers before a "by" deeper in its phrase ("the US plan for
        # Gaza's governance by the Palestinian Authority" is the US plan)
        heads = own_heads + by_heads if modifiers_first else by_heads + own_heads
        for h in heads:
            p = parties.party(h)
            if coded(p) and p is not None and not {p.actor, p.code} & own:
                return [p]
        for c in o.children:  # "the Turkish-Libyan agreement": both of them
            pair = hyphen_pair(parties, c) if c.dep_ in ("amod", "compound") else []
            if len(pair) == 2 and not {x for p in pair for x in (p.actor, p.code)} & own:
                return pair
    return []
