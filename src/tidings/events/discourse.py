"""What earlier sentences of an article tell the events of later ones.

``Memory`` keeps the sources of earlier events (for reactions: "The EU condemned the
operation" targets the operation's author), the events themselves by CAMEO root (for
claims: "claimed responsibility for the attacks" targets the attacks' targets) and the
latest group of actors acting together (for an unresolved "they").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tidings.events.lexicon import Lexicon
from tidings.events.matching import Found, match_pattern
from tidings.events.parties import NOUN_POS, prep_objects
from tidings.events.reportable import DIRECTED
from tidings.events.roles import lemma
from tidings.events.wordsets import ACTS, LIGHT
from tidings.model import Party

JOINING = frozenset({"join", "attend"})  # "joined the talks": a meeting already under way
JOINED = "the host of the meeting joined (earlier event)"  # the evidence of such a target
# The roots of acts claimed without naming them ("claimed responsibility.").
VIOLENT = ("18", "19", "20")


class Memory:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.history: list[tuple[int, Party]] = []  # (sentence start token, source) of earlier events
        # (sentence start, CAMEO root, sources, targets) of earlier events, for reactions and claims
        self.acts: list[tuple[int, str, list[Party], list[Party]]] = []
        self.sent_starts: list[int] = []
        self.current_matched: set[int] = set()  # words of the pattern being coded: no referent
        self.group: tuple[int, list[Party]] | None = None  # (sentence start, sources acting together)
        self.plural: tuple[int, list[Party]] | None = None  # (sentence start, a plural source)

    def remember(self, found: list[Found], sent: Span) -> None:
        for f in found:
            for src in f.sources:
                if src is not None and src.country:
                    self.history.append((sent.start, src))
            pairs = f.dyads()
            srcs = unique([a for a, _ in pairs] + ([b for _, b in pairs if b is not None] if f.pairs else []))
            tgts = unique([b for _, b in pairs if b is not None and not f.pairs])
            if srcs and f.notes.get("target") != JOINED:  # one joining a meeting is no meeting of its own
                self.acts.append((sent.start, f.code[:2], srcs, tgts))
            group = [x for x in f.sources if x is not None and (x.code or x.country)]
            if len(group) >= 2:
                self.group = (sent.start, group)
            elif group and plural_head(f.trigger.doc, group[0]):
                self.plural = (sent.start, group)  # "Protesters marched ...": a later "they"

    def they(self, sources: list[Party | None]) -> list[Party | None]:
        """'They called on Turkey ...': an unresolved 'they' is the latest group of sources
        (two or more coded actors acting together in this or the three sentences before),
        else the latest plural source in this or the two sentences before."""
        group = self.group if self.group is not None and self.group[0] in self.sent_starts[-4:] else None
        if group is None and self.plural is not None and self.plural[0] in self.sent_starts[-3:]:
            group = self.plural  # else the latest plural source ("protesters", "police officers")
        if group is None:
            return sources
        out: list[Party | None] = []
        for s in sources:
            if s is not None and s.text.lower() in ("they", "them", "their") and not (s.code or s.country):
                out.extend(group[1])
            else:
                out.append(s)
        return out

    def reacted_to(self, tok: Token) -> tuple[Token | None, set[str]]:
        """The act a reaction or claim is about ("condemned the operation", "claimed
        responsibility for the attacks", "denounced the conclusions of the summit") and the
        CAMEO roots its noun can have."""
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and lemma(obj) in ("responsibility", "credit"):
            claim = obj
            obj = next((o for o in prep_objects(obj, ["for"])), None)
            if obj is None:  # "The Taliban have claimed responsibility.": the latest violent act
                return claim, set(VIOLENT)
        if obj is None and tok.pos_ == "VERB":
            obj = judged(tok)  # "ruled the prorogation was unlawful"
        if obj is None and tok.pos_ in NOUN_POS:
            obj = next(
                (o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"), None
            )
        if obj is None or (
            obj.i in self.current_matched
            and (lemma(tok) in LIGHT or (obj.dep_ != "nsubjpass" and not self.names_act(obj)))
        ):
            # a word of the pattern names no act ("expressed condolences"), but the subject
            # of a passive reaction is what it reacts to ("The call was seconded by X"; not
            # "Similar attributions were made by X", where it is the act itself), and so is
            # an act noun the pattern asks for ("declined the request", "attacked the
            # impeachment investigation")
            return None, set()
        obj = antecedent(obj) or obj  # "The attack was claimed by X" after "an attack on Y"
        roots = {p.code[:2] for p in self.lex.candidates(lemma(obj), True) if p.code}
        if not roots and lemma(obj) not in ACTS:
            inner = prep_objects(obj, ["of"])  # "the conclusions of the summit"
            if inner:
                obj = inner[0]
                roots = {p.code[:2] for p in self.lex.candidates(lemma(obj), True) if p.code}
        return obj, roots

    def names_act(self, noun: Token) -> bool:
        """``noun`` names an act: an event noun of the lexicon, or a word for any act ("move")."""
        return noun.pos_ in NOUN_POS and (lemma(noun) in ACTS or bool(self.lex.candidates(lemma(noun), True)))

    def told_before(self, noun: Token) -> list[Party | None]:
        """The authors of an act a definite noun names again ("the airstrike", "the attack"
        after "US forces killed X in an airstrike"): the sources of the latest event of the
        noun's CAMEO root in this or the three sentences before, when they are coded."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children):
            return []
        inner = match_pattern(noun, self.lex.candidates(lemma(noun), True), False)
        root = (inner[0].code or "")[:2] if inner is not None else ""
        if not root:
            return []
        recent = set(self.sent_starts[-3:]) | {noun.sent.start}
        for start, code, sources, _ in reversed(self.acts):
            if start not in recent:
                break
            if code == root and any(p.code or p.country for p in sources):
                return list(sources)
        return []

    def earlier_act(self, roots: set[str], window: int = 8) -> tuple[list[Party], list[Party]] | None:
        """The latest earlier event with one of these roots (this and the last sentences)."""
        recent = set(self.sent_starts[-window:])
        for start, root, srcs, tgts in reversed(self.acts):
            if start not in recent:
                break
            if root in roots and (tgts or len(srcs) > 1 or root not in DIRECTED):
                # an act towards someone read with no one it was towards ("the Italian
                # minister joined the talks") is no event (``reportable``), nor what is reacted to
                return srcs, tgts
        return None

    def reaction_target(self, tok: Token, sources: list[Party], code: str = "") -> list[Party]:
        """'X condemned the operation': the operation's author, from an earlier event. A
        verdict (116, "the court ruled the prorogation was unlawful") judges acts of its own
        country: there the author need only be another actor than the court."""
        obj, roots = self.reacted_to(tok)
        if obj is None or (not roots and lemma(obj) not in ACTS):
            return []
        countries = {s.country for s in sources if s.country}
        act = self.earlier_act(roots) if roots else None
        if act is not None and code == "116":
            own = {x for s in sources for x in (s.actor, s.code) if x}
            authors = [p for p in act[0] if p.country and not {p.actor, p.code} & own]
            if authors:
                return authors
        if act is not None:
            authors = [p for p in act[0] if p.country and p.country not in countries]
            if authors:
                return authors
        recent = set(self.sent_starts[-3:])  # this sentence and the two before it
        for start, prev in reversed(self.history):
            if start not in recent:
                break
            if prev.country and prev.country not in countries:
                return [prev]
        return self.lead_author(obj, sources) if not roots else []

    def lead_author(self, obj: Token, sources: list[Party]) -> list[Party]:
        """'USCIRF also criticized the move', told sentences after the lead: a definite word for
        any act ("the move", "the decision") with no act of its kind just before stands for the
        story's main act, the first of its lead (first three sentences), by another actor."""
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children):
            return []
        lead = set(self.sent_starts[:3])
        own = {s.actor for s in sources if s.actor}
        for start, _root, srcs, _tgts in self.acts:
            if start not in lead:
                break
            authors = [p for p in srcs if p.country and p.actor not in own]
            if authors:
                return authors[:1]
        return []

    def joined_host(self, tok: Token, sources: list[Party], code: str) -> list[Party]:
        """'The Italian foreign minister joined the talks': a meeting (04) joined with no one
        named is with the first party of the latest earlier meeting (its host, named first)."""
        if code[:2] != "04" or lemma(tok) not in JOINING:
            return []
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or "04" not in {p.code[:2] for p in self.lex.candidates(lemma(obj), True) if p.code}:
            return []
        act = self.earlier_act({"04"})
        countries = {s.country for s in sources if s.country}
        if act is None or not act[0] or not act[0][0].country or act[0][0].country in countries:
            return []
        return [act[0][0]]

    def claim_target(self, tok: Token, sources: list[Party]) -> list[Party]:
        """'claimed responsibility for the attacks': the attacks' targets (015, 016). A claim
        that names no act ("subsequently claimed responsibility.") is of the story's latest act
        of force, however far back the story told it."""
        obj, roots = self.reacted_to(tok)
        unnamed = obj is not None and lemma(obj) in ("responsibility", "credit")
        act = self.earlier_act(roots) if obj is not None and roots else None
        if unnamed and not (act and act[1]):
            recent = set(self.sent_starts)  # the whole story so far: its latest act that struck someone
            act = next(
                ((a, t) for start, r, a, t in reversed(self.acts) if start in recent and r in roots and t),
                None,
            )
        own = {x for s in sources for x in (s.actor, s.code) if x}
        # "The Taliban have claimed responsibility" for an attack on Afghan forces: the
        # claimant's own country can be the target; the claimant itself cannot
        return [p for p in act[1] if not {p.actor, p.code} & own] if act else []


def judged(verb: Token) -> Token | None:
    """'ruled the prorogation was unlawful', 'found the ban to be illegal': what a judgement
    is about is the subject of the clause that judges it (a clause with an adjective or noun
    as its predicate), when that subject is an act ("prorogation"), not an actor."""
    for c in verb.children:
        if c.dep_ == "ccomp" and any(g.dep_ in ("acomp", "attr") for g in c.children):
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in NOUN_POS and not subj.ent_type_:
                return subj
    return None


AIMED = ("on", "against", "at")


def antecedent(noun: Token, sentences: int = 3) -> Token | None:
    """'... after an attack on oil infrastructure in Saudi Arabia. The attack was claimed by
    X': a definite act noun that names no aim itself stands for the latest same noun in the
    sentences just before that does ("on", "against", "at" X), whose aim is then its own."""
    if noun.pos_ not in NOUN_POS or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return None
    if prep_objects(noun, AIMED):
        return None
    seen = 0
    for i in range(noun.sent.start - 1, -1, -1):
        t = noun.doc[i]
        if t.pos_ == noun.pos_ and lemma(t) == lemma(noun) and prep_objects(t, AIMED):
            return t
        if t.is_sent_start:
            seen += 1
            if seen >= sentences:
                break
    return None


DEFINITE = ("the", "this", "that", "these", "those")


def unique(parties: list[Party]) -> list[Party]:
    out: list[Party] = []
    for p in parties:
        if not any((p.code or p.text) == (q.code or q.text) for q in out):
            out.append(p)
    return out


def plural_head(doc: Doc, p: Party) -> bool:
    """The party's phrase is plural ("protesters", "Hong Kong police officers")."""
    if p.start is None or p.end is None:
        return False
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("NNS", "NNPS")
