"""A coded trigger before it has parties (``Found``) and the lexicon pattern matching behind it.

``match_pattern`` checks a trigger's candidate patterns (most specific first) against the
words of its own clause (``frame``): dependents up to four levels down that do not cross into
another clause.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.events.families import announced
from tidings.events.lexicon import Pattern, spelled
from tidings.events.parties import PARTICLES as PREP_PARTICLES
from tidings.events.parties import prep_objects
from tidings.events.wordsets import RECOGNISED
from tidings.model import Party

# Clause boundaries: required words of a pattern are looked for inside the trigger's own clause.
BOUNDARY = {"ccomp", "advcl", "relcl", "conj", "cc", "parataxis", "punct", "csubj", "mark", "nsubj", "acl"}
PARTICLES = PREP_PARTICLES | {"in"}  # "took in", "handed back": particles of phrasal verbs


@dataclass
class Found:
    """One coded trigger before it becomes Events (one per source-target pair)."""

    trigger: Token
    pattern: Pattern
    code: str
    matched: list[Token]
    sources: list[Party | None]
    targets: list[Party | None]
    rule: str
    negated: bool = False
    modality: str = "asserted"
    extra_tokens: list[Token] = field(default_factory=list)
    notes: dict[str, object] = field(default_factory=dict)
    pairs: list[tuple[Party, Party | None]] | None = None  # explicit pairs (symmetric events)

    def __post_init__(self) -> None:
        # "said it would send missiles" is an intent (0332), "will not lift sanctions" a
        # refusal (1244), "would attack if ..." a threat (1384): the announcement is the event
        if self.pattern.petrarch is None and self.pattern.code is not None:
            code, negated, family = announced(self.trigger, self.code, self.modality, self.negated)
            if family is not None:
                self.notes["announced"] = {"from": self.code, "family": family}
                self.code, self.negated, self.modality = code, negated, "future"

    def dyads(self) -> list[tuple[Party, Party | None]]:
        if self.pairs is not None:
            return self.pairs
        return [(s, t) for s in self.sources if s is not None for t in self.targets]


def frame(tok: Token, depth: int = 4) -> dict[str, Token]:
    """Words in the trigger's own clause (children, grandchildren ...) by lemma and form."""
    out: dict[str, Token] = {}
    stack = [(c, 1) for c in tok.children if c.dep_ not in BOUNDARY or _in_clause(c, tok)]
    stack.extend((c, 1) for c in _raised(tok))
    if tok.dep_ == "relcl":  # "a coalition which was joined by X": the antecedent is an argument
        stack.append((tok.head, depth))
    # a verdict on a complement clause ("ruled [that] the draft is unconstitutional"): the
    # complement's predicate adjective belongs to the verdict, nothing else of that clause
    stack.extend(
        (a, depth) for c in tok.children if c.dep_ == "ccomp" for a in c.children if a.dep_ == "acomp"
    )
    # a predicate adjective after the object that the parser hung on it ("called the agreement
    # null and void", "found the strike justified"): the verb's complement
    for o in tok.children:
        if o.dep_ in ("oprd", "acomp") and o.pos_ == "ADJ":  # "called it null and void"
            stack.extend((c, depth) for c in o.children if c.dep_ == "conj" and c.pos_ == "ADJ")
        if o.dep_ == "dobj":
            for a in o.children:
                if a.dep_ in ("acl", "amod", "oprd") and a.pos_ == "ADJ" and a.i > o.i:
                    stack.append((a, depth - 1))
                    stack.extend((c, depth) for c in a.children if c.dep_ == "conj" and c.pos_ == "ADJ")
    while stack:
        t, d = stack.pop()
        out.setdefault(t.lower_, t)
        out.setdefault(t.lemma_.lower(), t)
        out.setdefault(spelled(t.lemma_.lower()), t)  # "mobilisation" as "mobilization"
        if t.i >= 2 and t.doc[t.i - 1].text == "-":  # "live - fire" as "live-fire"
            out.setdefault(f"{t.doc[t.i - 2].lower_}-{t.lower_}", t)
            out.setdefault(f"{t.doc[t.i - 2].lower_}-{t.lemma_.lower()}", t)
        if d < depth:
            stack.extend((c, d + 1) for c in t.children if c.dep_ not in BOUNDARY or _in_clause(c, tok))
    return out


def _in_clause(c: Token, trigger: Token) -> bool:
    """A boundary relation that does not start another clause: a coordinated noun ("water
    cannon and tear gas", "hospitals and schools"), an event noun's own participle ("a bomb
    planted by X", "the attack carried out by X"; an argument's participle and a relative clause
    stay out) and a bare word
    the parser made a side clause ("taken 240 people hostage": "hostage" an advcl)."""
    if c.dep_ == "conj":
        return c.pos_ in ("NOUN", "PROPN") and c.head.pos_ in ("NOUN", "PROPN")
    if c.dep_ == "acl":
        return c.head.i == trigger.i and trigger.pos_ == "NOUN" and c.tag_ == "VBN"
    if c.dep_ == "advcl":
        return c.i > c.head.i and not any(True for _ in c.children)
    return False


def prefixed(tok: Token, prefix: str) -> bool:
    """``tok`` ends the hyphenated compound ``prefix``-``tok`` ("test - fired", "sit - in")."""
    at = tok.i
    for part in reversed(prefix.split("-")):
        if (
            at < 2
            or tok.doc[at - 1].text != "-"
            or part not in (tok.doc[at - 2].lower_, tok.doc[at - 2].lemma_.lower())
        ):
            return False
        at -= 2
    return True


def _raised(tok: Token) -> list[Token]:
    """Objects the parser put in another clause. "allow/let/urge X to do": X is parsed as the
    subject of the infinitive ("allowed its convoys to reach", "let UN agencies into": a noun
    parsed as the complement), but X is the verb's own argument."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ not in ("ccomp", "xcomp"):
            continue
        if c.pos_ in ("NOUN", "PROPN"):
            out.append(c)
        elif any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or c.lower_ in PARTICLES:
            # "allowed inspectors to return", "allowed inspectors back": the verb's object
            out.extend(s for s in c.children if s.dep_ == "nsubj")
    # "returned looted artefacts", "freed detained activists": a participle right after the
    # verb, with no subject or auxiliary of its own, that the parser made a clause is the
    # object's modifier; its object is the verb's
    for c in tok.children:
        if (
            c.dep_ == "advcl"
            and c.i == tok.i + 1
            and c.tag_ == "VBN"
            and not any(x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for x in c.children)
        ):
            out.extend(x for x in c.children if x.dep_ == "dobj")
    # "a plan to increase trade was promised", "rejected a request to send aid trucks": the
    # infinitive of the verb's object says what is promised or rejected
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN":
            out.extend(
                a
                for a in c.children
                if a.dep_ == "acl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
            )
    # "beaten and detained dozens of demonstrators": a verb with no object of its own shares
    # the object of the verb coordinated after it
    if tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i:
                out.extend(x for x in c.children if x.dep_ == "dobj")
    return out


def match_pattern(
    tok: Token, candidates: list[Pattern], neg: bool, actor_at=None
) -> tuple[Pattern, list[Token]] | None:
    if not candidates:
        return None
    words = frame(tok) if any(p.required for p in candidates) else {}
    for p in candidates:
        if (p.negated and not neg) or (p.prefix and not prefixed(tok, p.prefix)):
            continue
        if p.petrarch is not None:  # a PETRARCH pattern: words and slots where it puts them
            from tidings.events.petrarch_roles import petrarch_hit

            pm = petrarch_hit(p, tok, actor_at, candidates, match_pattern)
            if pm is None:
                continue
            return pm.as_pattern or p, pm  # a refinement: the lexicon's entry, recoded
        matched: list[Token] = []
        others, preps = p.other_words, p.prep_words
        for slot in p.required:
            if slot <= PARTICLES and not slot & preps:
                # "give in", "back down": the particle belongs to the trigger ("arrive in+"
                # is a preposition with its object)
                hit = next(
                    (
                        c
                        for c in tok.children
                        if c.lower_ in slot
                        and (
                            c.dep_ == "prt"
                            or (
                                c.dep_ in ("prep", "advmod") and not any(o.dep_ == "pobj" for o in c.children)
                            )
                        )
                    ),
                    None,
                )
            else:
                # the earliest word of the slot (a frozenset: its order depends on the hash seed)
                # "=attack": the word as a noun ("threatened an attack"; "threatened to attack"
                # is the control verb over its complement)
                hits = [
                    t
                    for w in slot
                    if (t := words.get(w.lstrip("="))) is not None
                    and (not w.startswith("=") or t.pos_ in ("NOUN", "PROPN"))
                ]
                hit = min(hits, key=lambda t: t.i) if hits else None
            if hit is not None and p.light and not matched and (not _object_of(hit, tok) or _called_off(tok)):
                hit = None  # "held talks", "rallies were held": the noun is the verb's object
            if hit is not None and preps and slot & preps:
                hit = hit if _target_prep(hit, tok, slot, others) else None
            if hit is None:
                break
            matched.append(hit)
        else:
            return p, matched
    return None


def _target_prep(prep: Token, tok: Token, slot: frozenset[str], others: frozenset[str]) -> bool:
    """A target preposition ("meet with+") hangs off the trigger or another word of the
    pattern ("head a delegation to X"), not off some deeper clause; one that is also a
    particle word needs a noun object after the trigger ("arrived in Washington"; a fronted
    phrase, "In so ruling, the court demonstrated ...", is an adverbial)."""
    if not (prep.head.i == tok.i or prep.head.lemma_.lower() in others or prep.head.lower_ in others):
        return False
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if objs and all(o.ent_type_ in ("DATE", "TIME") for o in objs):
        return False  # "called the deal void on Tuesday": a time, not whom the act is towards
    if slot <= PARTICLES:
        return prep.i > tok.i and any(
            o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON") for o in prep.children
        )
    return True


def _called_off(verb: Token) -> bool:
    """ "called off the march", "held off the attack": the light verb undoes its noun's act."""
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _object_of(noun: Token, verb: Token) -> bool:
    """``noun`` is the object or passive subject of ``verb`` ("carried out strikes")."""
    if noun.head.i != verb.i:
        return False
    # a passive one names its author ("rallies were held by crowds"), else the noun keeps it
    # ("the EU's appeal ... was issued")
    return noun.dep_ in ("dobj", "attr", "oprd") or (
        noun.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in verb.children)
    )


def led_by(noun: Token) -> bool:
    """``noun`` is named by its leader ("the US-led coalition", "a Saudi-led force")."""
    return any(
        c.dep_ == "amod"
        and c.lower_ == "led"
        and any(g.ent_type_ in ("GPE", "NORP", "ORG") for g in c.children)
        for c in noun.children
    )


def explicit_partner(f: Found) -> bool:
    """The trigger names its partner ("met with X", "held talks with X", "visited X")."""
    for t in (f.trigger, *f.matched):
        if prep_objects(t, ["with", "between", "among", "to"]):
            return True
    objs = [c for c in f.trigger.children if c.dep_ in ("dobj", "dative")]
    if any(o.pos_ == "PROPN" for o in objs):
        return True
    if any(led_by(o) for o in objs):
        return True  # "Australia and Bahrain joined the US-led coalition": its leader
    # "recognised a Palestinian state", "recognised Kosovo's independence": the object names whom
    return any(
        m.dep_ in ("amod", "compound", "poss") and m.ent_type_ in ("NORP", "GPE") and m.i < o.i
        for o in objs
        if o.lemma_.lower() in RECOGNISED
        for m in o.children
    )


def prune(parties: list[Party | None]) -> list[Party | None]:
    """Drop uncoded common-noun parties coordinated with coded ones ("the government and country")."""
    coded = [p for p in parties if p is not None and (p.code or p.country)]
    if coded:
        return [p for p in parties if p is not None and (p.code or p.country)]
    return parties
