"""Find events in an annotated Doc: clause roles from the dependency parse, codes from the lexicon.

``find_events(doc, lexicon)`` is the pure function under the events component. For each
sentence it looks up every verb and noun in the lexicon (one dict lookup per token), picks
the most specific matching pattern, and reads the roles off the parse:

- verbs: subject -> source; object, dative or prepositional object -> target; passive
  "was attacked by X": agent -> source, subject -> target; coordinated subjects or
  objects give one event per pair; a verb without a subject inherits it from the verb it
  is conjoined with or controlled by ("agreed to meet", "refused to meet");
- reported speech: the embedded clause is coded on its own; "we"/"I" inside it is the
  speaker; "X must do Y" said by Z (or "according to Z") is a demand Z -> X;
- event nouns: "by X" / "X's" / "Iranian ..." -> source, "with/against/to X" -> target,
  "between A and B" -> both; a noun in "In a meeting with X, A said" or "A held talks with
  X" takes its source from the governing clause;
- meetings are recoded host (043) / visit (042) / third location (044) by their place.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from tidings.events.codes import code_info, compose
from tidings.events.lexicon import Lexicon, Pattern
from tidings.events.modality import modality as clause_modality
from tidings.events.modality import negated as is_negated
from tidings.events.parties import (
    NAME_ENTS,
    NOUN_POS,
    PRONOUNS,
    Parties,
    agent,
    coordinated,
    np_tokens,
    prep_objects,
    speaker_of,
    subjects,
)
from tidings.events.petrarch_roles import (  # PETRARCH patterns: their own matcher and roles
    Matched,
    actor_finder,
    drop_reporting,
    is_known,
    other_code,
    petrarch_hit,
    reverse_found,
    slot_roles,
    yields_to_native,
)
from tidings.model import Action, Event, Party

# Verbs that only carry an event noun ("held talks", "launched an attack").
LIGHT = {
    "hold", "have", "conduct", "launch", "carry", "stage", "make", "give", "issue", "express",
    "voice", "impose", "begin", "start", "continue", "resume", "attend", "join", "lodge", "file",
    "level", "mount", "wage", "deliver", "offer", "extend", "pay", "take", "step", "escalate",
    "intensify", "announce", "order", "commit", "perpetrate", "undertake", "call",
    "increase", "boost", "strengthen", "expand", "deepen", "conclude", "sign", "unseal",
}
# Event codes that react to someone else's act ("criticized the move", "welcomed the decision").
REACTIONS = {"05", "11"}
# Codes whose coordinated subjects act on each other ("Turkey and Libya signed a deal").
SYMMETRIC = {"050", "054", "057", "0311", "0312", "0313", "0314", "036", "037"}
# Nouns that name an act, whose author is the target of a reaction to it.
ACTS = {
    "move", "decision", "plan", "action", "policy", "step", "measure", "statement", "remark",
    "comment", "proclamation", "announcement", "order", "law", "bill", "deal", "agreement",
    "proposal", "offer", "initiative", "withdrawal", "deployment", "demarcation", "conduct",
}
UNRESOLVED = {"i", "we", "us", "me", "our", "my", "you", "your", "they", "them", "their", "it", "its", "who", "he", "she", "him", "her", "his", "this", "that", "one", "someone", "everyone", "people"}
# Clause boundaries: required words of a pattern are looked for inside the trigger's own clause.
BOUNDARY = {"ccomp", "advcl", "relcl", "conj", "cc", "parataxis", "punct", "csubj", "mark", "nsubj", "acl"}
TARGET_PREPS = ("with", "against", "to", "on", "at", "toward", "towards", "into", "from", "over", "for", "upon")
PARTICLES = frozenset({"in", "out", "up", "down", "off", "back", "away"})
# "In a meeting with X, A said": prepositions that set an event noun as the clause's circumstance.
CIRCUMSTANCE = {"in", "during", "at", "after", "before", "following", "amid", "throughout", "on", "upon", "ahead"}


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

    def dyads(self) -> list[tuple[Party, Party | None]]:
        if self.pairs is not None:
            return self.pairs
        return [(s, t) for s in self.sources if s is not None for t in self.targets]


# --- words around a trigger ---------------------------------------------------------------


def frame(tok: Token, depth: int = 3) -> dict[str, Token]:
    """Words in the trigger's own clause (children, grandchildren ...) by lemma and form."""
    out: dict[str, Token] = {}
    stack = [(c, 1) for c in tok.children if c.dep_ not in BOUNDARY]
    while stack:
        t, d = stack.pop()
        out.setdefault(t.lower_, t)
        out.setdefault(t.lemma_.lower(), t)
        if d < depth:
            stack.extend((c, d + 1) for c in t.children if c.dep_ not in BOUNDARY)
    return out


def match_pattern(tok: Token, candidates: list[Pattern], neg: bool, actor_at=None) -> tuple[Pattern, list[Token]] | None:  # type: ignore[no-untyped-def]
    if not candidates:
        return None
    words = frame(tok) if any(p.required for p in candidates) else {}
    for p in candidates:
        if p.negated and not neg:
            continue
        if p.petrarch is not None:  # a PETRARCH pattern: words and slots where it puts them
            pm = petrarch_hit(p, tok, actor_at)
            if pm is None:
                continue
            return p, pm
        matched: list[Token] = []
        others = {w for sl in p.required for w in sl if not (sl & set(p.target_preps))}
        for slot in p.required:
            if slot <= PARTICLES:  # "give in", "back down": the particle belongs to the trigger
                hit = next((c for c in tok.children if c.lower_ in slot and (c.dep_ == "prt" or (
                    c.dep_ in ("prep", "advmod") and not any(o.dep_ == "pobj" for o in c.children)))), None)
            else:
                hit = next((words[w] for w in slot if w in words), None)
            if hit is not None and p.target_preps and slot & set(p.target_preps):
                # a target preposition ("meet with+") hangs off the trigger or another word
                # of the pattern ("head a delegation to X"), not off some deeper clause
                if not (hit.head.i == tok.i or hit.head.lemma_.lower() in others or hit.head.lower_ in others):
                    hit = None
            if hit is None:
                break
            matched.append(hit)
        else:
            return p, matched
    return None


# --- the extractor ------------------------------------------------------------------------


def _depth(tok: Token) -> int:
    d, t = 0, tok
    while t.head.i != t.i and d < 50:
        t, d = t.head, d + 1
    return d


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


class Extractor:
    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lex = lexicon
        self.parties = Parties(doc)
        self.history: list[tuple[int, Party]] = []  # (sentence start token, source) of earlier events
        self.sent_starts: list[int] = []
        self.current_matched: set[int] = set()
        self.event_subjects: dict[int, Token] = {}  # verb index -> event noun that is its subject
        self.actor_at = actor_finder(self.parties, np_tokens, NOUN_POS)

    def candidates(self, tok: Token) -> list[Pattern]:
        if tok.ent_type_ in NAME_ENTS:  # "Asia's 6th Summit", "Operation Desert Storm": names
            return []
        if tok.pos_ == "VERB":
            return self.lex.candidates(_lemma(tok), False, tok.lower_)
        if tok.pos_ in NOUN_POS:
            return self.lex.candidates(_lemma(tok), True)
        return []

    def remember(self, found: list[Found], sent: Span) -> None:
        for f in found:
            for src in f.sources:
                if src is not None and src.country:
                    self.history.append((sent.start, src))

    def sentence(self, sent: Span) -> list[Found]:
        self.sent_starts.append(sent.start)
        self.parties.note_speaker(sent)
        toks = [t for t in sent if t.pos_ in ("VERB", "NOUN", "PROPN")]
        cands = [(t, self.candidates(t)) for t in toks]
        cands = [(t, c) for t, c in cands if c]
        cands.sort(key=lambda tc: (_depth(tc[0]), tc[0].i))
        consumed: set[int] = set()
        found: list[Found] = []
        for tok, plist in cands:
            if tok.i in consumed:
                continue
            f = self.code_token(tok, plist, consumed)
            if f is not None:
                found.append(f)
        found.extend(self.demands(sent, consumed, found))
        for f in found:
            f.sources = _prune(f.sources)  # type: ignore[arg-type]
            f.targets = _prune(f.targets) or [None]
            # "Iran and Azerbaijan held talks": coordinated sources and no target -> pairs
            if f.targets == [None] and len(f.sources) >= 2 and (f.code[:2] in ("04", "06") or f.code in SYMMETRIC):
                srcs = [x for x in f.sources if x is not None]
                f.pairs = [(a, b) for i, a in enumerate(srcs) for b in srcs[i + 1 :]]
        found = drop_reporting(found)
        found.extend(reverse_found(found))
        self.parties.note_subject(sent)
        self.remember(found, sent)
        return found

    def code_token(self, tok: Token, plist: list[Pattern], consumed: set[int]) -> Found | None:
        neg = is_negated(tok)
        hit = match_pattern(tok, plist, neg, self.actor_at)
        if hit is None:
            return None
        pattern, matched = hit
        if isinstance(matched, Matched) and yields_to_native(self.lex, matched):
            return None
        is_verb = tok.pos_ == "VERB"
        # A control verb ("refused", "agreed") with an event complement defers to it.
        if is_verb and pattern.specificity == 0 and _lemma(tok) in self.lex.controls:
            for c in tok.children:
                if c.dep_ == "xcomp" and self.candidates(c):
                    return None
        consumed.update(t.i for t in matched)
        if pattern.code is None:  # a blocker entry
            return None
        code = pattern.code
        rule = "verb" if is_verb else "noun"
        modality = clause_modality(tok)
        negated = neg and not pattern.negated
        extra: list[Token] = []
        notes: dict[str, object] = {}
        # control verbs: "refused to meet" -> 125, "agreed to cooperate" -> 031
        ctl_head = tok.head if (is_verb and tok.dep_ == "xcomp" and tok.head.pos_ == "VERB") else None
        ctl = self.lex.controls.get(_lemma(ctl_head)) if ctl_head is not None else None
        if ctl_head is not None and ctl:
            family = ctl[0].code or ""
            composed = compose(family, code)
            extra.append(ctl_head)
            consumed.add(ctl_head.i)
            notes["control"] = {"verb": ctl_head.text, "entry": ctl[0].entry, "origin": ctl[0].origin}
            ctl_neg = is_negated(ctl_head)
            if composed is None and family in ("02", "10", "13"):
                composed = family + "0"  # "asked X to investigate": an appeal, whatever X is to do
            if composed is not None:
                code, rule = composed, "control"
                negated = ctl_neg
                modality = clause_modality(ctl_head)
            elif family == "03":
                modality = "intended"
            elif family == "12":
                negated = not ctl_neg
        speaker_tok = speaker_of(tok)
        speaker = self.parties.party(speaker_tok) if speaker_tok is not None else None
        if is_verb:
            sources, targets = self.verb_roles(tok, pattern, speaker, ctl_head, matched)
            if ctl_head is not None and rule == "control" and code[:2] in ("02", "10"):
                # object control: "urged Iran to return to talks" -> the appeal is to Iran
                addressees = [t for c in ctl_head.children if c.dep_ in ("dobj", "dative") for t in coordinated(c)]
                if not addressees:
                    addressees = prep_objects(ctl_head, ["on", "upon", "to", "from"])
                if addressees:
                    targets = self._targets_from(addressees, speaker, set())
        else:
            sources, targets = self.noun_roles(tok, pattern, speaker)
        pairs = None
        if isinstance(matched, Matched):
            sources, targets, pairs = slot_roles(matched.hit, tok, self.parties, speaker, sources, targets, self.actor_at)
        # a pronoun the actors stage could not resolve ("I", "we", "they") is no source
        sources = [s for s in sources if s is not None and not (s.text.lower() in UNRESOLVED and not (s.code or s.country))]
        if not sources:
            return None
        noun = self.event_subjects.get(tok.i)
        if noun is not None:
            consumed.add(noun.i)
            inner = match_pattern(noun, self.lex.candidates(_lemma(noun), True), False)
            if inner is not None and inner[0].code and inner[0].code[:2] in ("18", "19", "20") and code[:2] == "18":
                code = inner[0].code  # "an airstrike killed X": 195, not 1823
                notes["subject_event"] = {"noun": noun.text, "entry": inner[0].entry}
                matched = [*matched, noun]
        self.current_matched = {t.i for t in matched}
        if not [t for t in targets if t is not None] and code[:2] in REACTIONS:
            ref = self.reaction_target(tok, sources)
            if ref is not None:
                targets = [ref]
                notes["target"] = "author of the act reacted to (earlier event)"
        return Found(
            trigger=tok, pattern=pattern, code=code, matched=matched, sources=list(sources),
            targets=list(targets) or [None], rule=rule, negated=negated, modality=modality,
            extra_tokens=extra, notes=notes, pairs=pairs,
        )

    def reaction_target(self, tok: Token, sources: list[Party]) -> Party | None:
        """'X condemned the operation': the operation's author, from the latest earlier event."""
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None and tok.pos_ in NOUN_POS:
            obj = next((o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"), None)
        if obj is None or obj.i in self.current_matched:
            return None
        lemma = _lemma(obj)
        if lemma not in ACTS and not self.lex.candidates(lemma, True):
            return None
        countries = {s.country for s in sources if s.country}
        recent = set(self.sent_starts[-3:])  # this sentence and the two before it
        for start, prev in reversed(self.history):
            if start not in recent:
                break
            if prev.country and prev.country not in countries:
                return prev
        return None

    def _targets_from(self, heads: list[Token], speaker: Party | None, avoid: set[str]) -> list[Party | None]:
        out: list[Party | None] = []
        for h in heads:
            p = self.parties.party(h, speaker)
            if p is None or (p.code is None and p.country is None and h.pos_ != "PROPN" and h.ent_type_ == ""):
                inner = self.parties.inside(h, avoid)
                p = inner or p
            if p is not None:
                out.append(p)
        return out

    def verb_roles(
        self, tok: Token, pattern: Pattern, speaker: Party | None, ctl_head: Token | None,
        matched: list[Token] = [],  # noqa: B006
    ) -> tuple[list[Party | None], list[Party | None]]:
        subs, passive = subjects(tok)
        agents = agent(tok)
        if passive:
            src_heads, tgt_heads = agents, subs
        else:
            src_heads, tgt_heads = subs, []
        sources = []
        for h in src_heads:
            if h.pos_ == "NOUN" and self.lex.candidates(_lemma(h), True):
                # "a US military airstrike killed X": the act's author is the source
                sources.append(self.parties.inside(h, set()))
                self.event_subjects[tok.i] = h
            else:
                sources.extend(self.expand(h, speaker))
        avoid = {x for p in sources if p is not None for x in (p.country, p.actor) if x}
        if not tgt_heads:
            if pattern.target_preps:
                tgt_heads = prep_objects(tok, pattern.target_preps)
            if not tgt_heads:
                objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "obj")]
                # object control: "urged Iran to return" -> the controller's object
                if not objs and ctl_head is not None:
                    objs = [c for c in ctl_head.children if c.dep_ in ("dobj", "dative")]
                tgt_heads = [t for o in objs for t in coordinated(o)]
            if not tgt_heads:
                tgt_heads = prep_objects(tok, TARGET_PREPS)
            if not tgt_heads:
                # "levied sanctions against X", "offered support for X": the pattern's noun
                for m in matched:
                    if m.pos_ in NOUN_POS:
                        tgt_heads = prep_objects(m, TARGET_PREPS)
                        if tgt_heads:
                            break
            if not tgt_heads:
                # "refused to meet X", "threatened to attack X": the complement's object
                for c in tok.children:
                    if c.dep_ == "xcomp":
                        objs = [o for o in c.children if o.dep_ in ("dobj", "dative")]
                        tgt_heads = [t for o in objs for t in coordinated(o)] or prep_objects(c, TARGET_PREPS)
                        break
        targets = self._targets_from(tgt_heads, speaker, avoid)
        return sources, targets

    def noun_roles(self, tok: Token, pattern: Pattern, speaker: Party | None) -> tuple[list[Party | None], list[Party | None]]:
        P = self.parties
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
            if len(pairs) >= 2:
                return [pairs[0]], pairs[1:]
        if _lemma(tok) in PATIENT_NOUNS:
            # "Khashoggi's killing", "Navalny's arrest": a person as possessor is the victim
            poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS
                    and c.ent_type_ not in ("GPE", "NORP", "ORG")]
            if poss:
                tgt_heads = coordinated(poss[0])
        src_heads = prep_objects(tok, ["by"])
        if not src_heads:
            for c in tok.children:
                if c.dep_ == "poss" and c.lower_ not in PRONOUNS:
                    if tgt_heads and c.i == tgt_heads[0].i:
                        continue
                    src_heads = coordinated(c)
                    break
                if (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
                        and len(c.text) > 3 and not c.lower_.startswith(("anti", "pro"))
                        and not (c.i > 0 and c.nbor(-1).lower_ in ("-", "anti", "pro", "non"))):
                    src_heads = [c]
                    break
        sources: list[Party | None] = [P.party(h, speaker) for h in src_heads]
        if not any(sources):
            # "In a meeting with X, A said ..." / "A held talks with X": the clause's subject
            gov = None
            if tok.dep_ == "pobj" and tok.head.lower_ in CIRCUMSTANCE and tok.head.head.pos_ == "VERB" and pattern.code and pattern.code[:2] in ("04", "03", "05", "06"):
                gov = tok.head.head
            elif tok.dep_ in ("dobj", "attr") and tok.head.pos_ == "VERB" and _lemma(tok.head) in LIGHT:
                gov = tok.head
            if gov is not None:
                subs, passive = subjects(gov)
                heads = agent(gov) if passive else subs
                sp = speaker_of(gov)
                sp_party = P.party(sp) if sp is not None else speaker
                sources = [P.party(h, sp_party) for h in heads]
        avoid = {x for p in sources if p is not None for x in (p.country, p.actor) if x}
        preps = list(pattern.target_preps) + [p for p in TARGET_PREPS if p not in pattern.target_preps]
        tgt_heads = tgt_heads or prep_objects(tok, preps)
        if not tgt_heads and any(s is not None for s in sources):
            tgt_heads = prep_objects(tok, ["of"])  # "the killing of X", "the arrest of X"
        if not tgt_heads and tok.dep_ == "dobj" and _lemma(tok.head) in LIGHT:
            tgt_heads = prep_objects(tok.head, preps)
        targets = self._targets_from(tgt_heads, speaker, avoid)
        return sources, targets

    def expand(self, head: Token, speaker: Party | None = None) -> list[Party | None]:
        """'the delegations of Cyprus, Greece and Israel' -> one party per country."""
        if head.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.conjuncts for o in c.children)
            for c in head.children
        ):
            parties = self._between(head)
            if len([p for p in parties if p is not None]) >= 2:
                return parties
        return [self.parties.party(head, speaker)]

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
        return [P.party(head)]

    def demands(self, sent: Span, consumed: set[int], found: list[Found]) -> list[Found]:
        """'X must/should do Y', said by Z or 'according to Z': a demand Z -> X (10x)."""
        out: list[Found] = []
        coded = {f.trigger.i for f in found}
        heads = [t.head for t in sent if t.dep_ == "aux" and t.lower_ in ("must", "should")]
        for tok in heads:
            if tok.pos_ != "VERB" or (tok.i in consumed and tok.i not in coded):
                continue
            sp = speaker_of(tok)
            if sp is None:
                continue
            speaker = self.parties.party(sp)
            subs, _ = subjects(tok)
            targets = [self.parties.party(s, speaker) for s in subs]
            targets = [t for t in targets if t is not None and t is not speaker]
            if speaker is None or not targets:
                continue
            inner = next((f for f in found if f.trigger.i == tok.i), None)
            if inner is not None:  # the demanded act did not happen: only the demand is an event
                found.remove(inner)
            code = compose("10", inner.code) if inner else None
            code = code or "100"
            pattern = Pattern(code=code, trigger=_lemma(tok), entry="<must/should> reported by a speaker", origin="rule:demand")
            out.append(Found(
                trigger=tok, pattern=pattern, code=code, matched=[c for c in tok.children if c.dep_ == "aux"],
                sources=[speaker], targets=list(targets), rule="demand", modality="asserted",
            ))
            consumed.add(tok.i)
        return out


def _prune(parties: list[Party | None]) -> list[Party | None]:
    """Drop uncoded common-noun parties coordinated with coded ones ("the government and country")."""
    coded = [p for p in parties if p is not None and (p.code or p.country)]
    if coded:
        return [p for p in parties if p is not None and (p.code or p.country)]
    return parties


# --- records ----------------------------------------------------------------------------


def _same(a: Party, b: Party | None) -> bool:
    if b is None:
        return False
    if a.actor and a.actor == b.actor:
        return True
    return a.start is not None and a.start == b.start and a.end == b.end


def confidence(f: Found, source: Party, target: Party | None) -> float:
    c = 0.45
    c += 0.1 * min(f.pattern.specificity, 2)
    c += 0.15 if source.code or source.country else 0.0
    c += 0.1 if target is not None and (target.code or target.country) else 0.0
    if f.rule in ("control", "demand"):
        c += 0.05
    if f.negated:
        c -= 0.25
    if f.modality != "asserted":
        c -= 0.1
    if f.pattern.priority > 0 and not f.pattern.origin.startswith("rule:"):
        c -= 0.05  # user / imported dictionaries: less tested than the default lexicon
    if source.text.lower() in PRONOUNS and not (source.code or source.country):
        c -= 0.15
    return round(max(0.05, min(0.99, c)), 2)


def event_id(doc: Doc, start: int, end: int, code: str, source: Party, target: Party | None) -> str:
    article = doc._.article
    content = (article.content_hash if article is not None and article.content_hash else None) or hashlib.sha1(
        doc.text.encode("utf-8")
    ).hexdigest()
    key = f"{content}|{start}|{end}|{code}|{source.start}|{target.start if target else ''}"
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# Event nouns whose possessor is a person is the one it happened to ("Khashoggi's killing").
PATIENT_NOUNS = {
    "killing", "murder", "assassination", "arrest", "detention", "release", "kidnapping", "abduction",
    "execution", "death", "deportation", "torture", "poisoning", "imprisonment", "extradition", "expulsion",
}
MILITARY = {"MIL"}
FORCE = ("15", "18", "19", "20")


def recode_force(code: str, source: Party) -> str:
    """CAMEO 18 is unconventional violence; killing or attacking by armed forces, or by a
    state named as such ("the United States' killing of X"), is 19 (190)."""
    if code[:2] != "18" or code in ("181", "1821", "1822", "184", "185", "186"):
        return code
    sectors = set(source.sectors or [])
    if MILITARY & sectors or (source.country and not sectors and source.code == source.country):
        return "190"
    return code


def recode_meeting(doc: Doc, f: Found, source: Party, target: Party | None, location_country: str | None) -> str:
    """040 meetings: host (043) when held in the source's country, visit (042) in the
    target's, third location (044) elsewhere."""
    if f.code != "040" or location_country is None or target is None:
        return f.code
    if source.country and location_country == source.country:
        return "043"
    if target.country and location_country == target.country:
        return "042"
    if source.country and target.country:
        return "044"
    return f.code


def find_events(doc: Doc, lexicon: Lexicon) -> list[Event]:
    """Every event in ``doc`` (needs a parsed Doc; actors/times/places stages run first)."""
    from tidings.events.place import location_country
    from tidings.places import event_location
    from tidings.times import event_date

    if lexicon.story_discards and lexicon.discards_story(doc.text):
        return []
    ex = Extractor(doc, lexicon)
    events: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    for si, sent in enumerate(doc.sents):
        if lexicon.sentence_discards:
            hit = lexicon.discards_sentence(sent.text)
            if hit:
                continue
        for f in ex.sentence(sent):
            tok = f.trigger
            action_toks = sorted([tok, *f.extra_tokens], key=lambda t: t.i)
            a0, a1 = action_toks[0], action_toks[-1]
            action = Action(
                text=doc.text[a0.idx : a1.idx + len(a1.text)],
                lemma=" ".join(_lemma(t) for t in action_toks),
                start=a0.idx,
                end=a1.idx + len(a1.text),
            )
            token_indices = sorted({tok.i, *(t.i for t in f.extra_tokens), *(t.i for t in f.matched)})
            date = event_date(doc, si, token_indices)
            location = event_location(doc, si, token_indices)
            loc_country = location_country(doc, tok, location, sent)
            for src, tgt in f.dyads():
                if tgt is not None and (_same(src, tgt) or (src.code and src.code == tgt.code)):
                    tgt = None
                if tgt is None and f.code[:2] in FORCE and loc_country and loc_country != src.country:
                    # "Turkey began an offensive into Syria": force used in a country targets it
                    tgt = Party(text=location.text if location and location.text else loc_country,
                                code=loc_country, country=loc_country)
                    f.notes["target"] = "country where force was used"
                code = recode_force(recode_meeting(doc, f, src, tgt, loc_country), src)
                key = (si, code, src.start, tgt.start if tgt else None, action.start)
                if key in seen:
                    continue
                seen.add(key)
                info = code_info(code) if is_known(code) else other_code(code)
                evidence: dict[str, object] = {
                    "rule": f.rule,
                    "entry": f.pattern.entry,
                    "dictionary": f.pattern.origin,
                    "matched": [tok.text, *(t.text for t in f.extra_tokens), *(t.text for t in f.matched)],
                    "sentence": sent.text,
                }
                if code != f.code:
                    why = "meeting place" if f.code == "040" else "armed forces use conventional force"
                    evidence["recoded"] = {"from": f.code, "why": why, "place_country": loc_country}
                evidence.update(f.notes)
                events.append(Event(
                    id=event_id(doc, action.start, action.end, code, src, tgt),
                    sentence=si,
                    source=src,
                    target=tgt,
                    action=action,
                    cameo=code,
                    cameo_label=info.label,
                    plover=info.plover(),
                    goldstein=info.goldstein,
                    quad_class=info.quad_class,
                    negated=f.negated,
                    modality=f.modality,
                    date=date,
                    location=location,
                    confidence=confidence(f, src, tgt),
                    evidence=evidence,
                ))
    return events
