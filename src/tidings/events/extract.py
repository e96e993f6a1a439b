"""Find events in an annotated Doc: clause roles from the dependency parse, codes from the lexicon.

``find_events(doc, lexicon)`` is the pure function under the events component. For each
sentence it looks up every verb and noun in the lexicon (one dict lookup per token), picks
the most specific matching pattern (``matching``), reads the roles off the parse
(``roles``) and turns each source-target pair into an Event (``records``):

- control verbs recode their complement ("refused to meet" -> 125); reported speech keeps
  the embedded clause's roles, "we"/"I" inside it being the speaker; "X must do Y" said by
  Z (or "according to Z") is a demand Z -> X;
- reactions ("condemned the move") target the author of the act reacted to;
- meetings are recoded host (043) / visit (042) / third location (044) by their place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tidings.events.codes import compose, is_code
from tidings.events.lexicon import Lexicon, Pattern
from tidings.events.matching import Found, match_pattern
from tidings.events.modality import modality as clause_modality
from tidings.events.modality import negated as is_negated
from tidings.events.parties import (
    NAME_ENTS,
    NOUN_POS,
    Parties,
    coordinated,
    prep_objects,
    speaker_of,
    subjects,
)
from tidings.events.records import merge_mentions, records
from tidings.events.roles import ACTS, Roles, claimed, lemma
from tidings.model import Event, Party

# Event codes that react to someone else's act ("criticized the move", "welcomed the decision").
REACTIONS = {"05", "11"}
# Codes whose target is the target of the act claimed or denied ("claimed the attack").
CLAIMS = {"015", "016"}
# Verbs whose clause complement is what they deny.
DENIALS = {"deny", "dismiss", "refute", "reject", "disclaim"}
# Codes whose coordinated subjects act on each other ("Turkey and Libya signed a deal").
SYMMETRIC = {
    "030",
    "031",
    "0311",
    "0312",
    "0313",
    "0314",
    "036",
    "037",
    "050",
    "054",
    "057",
    "085",
    "087",
    "0871",
}
SYMMETRIC_ROOTS = ("04", "06")
# Verbs whose coordinated subjects act on each other both ways ("A and B exchanged fire").
RECIPROCAL = {"exchange", "trade", "clash", "fight", "battle", "skirmish", "spar", "swap"}
UNRESOLVED = {
    "i",
    "we",
    "us",
    "me",
    "our",
    "my",
    "you",
    "your",
    "they",
    "them",
    "their",
    "it",
    "its",
    "who",
    "he",
    "she",
    "him",
    "her",
    "his",
    "this",
    "that",
    "one",
    "someone",
    "everyone",
    "people",
}


def _depth(tok: Token) -> int:
    d, t = 0, tok
    while t.head.i != t.i and d < 50:
        t, d = t.head, d + 1
    return d


class Extractor:
    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lex = lexicon
        self.parties = Parties(doc)
        self.roles = Roles(doc, lexicon, self.parties)
        self.history: list[tuple[int, Party]] = []  # (sentence start token, source) of earlier events
        # (sentence start, CAMEO root, sources, targets) of earlier events, for reactions and claims
        self.acts: list[tuple[int, str, list[Party], list[Party]]] = []
        self.sent_starts: list[int] = []
        self.current_matched: set[int] = set()
        self.group: tuple[int, list[Party]] | None = None  # (sentence start, sources acting together)

    def candidates(self, tok: Token) -> list[Pattern]:
        if tok.ent_type_ in NAME_ENTS:  # "Asia's 6th Summit", "Operation Desert Storm": names
            return []
        if tok.pos_ == "VERB":
            # a control verb's own root comes last: "asked X to waive immunity" -> 020
            return self.lex.candidates(lemma(tok), False) + self.control_alone(tok)
        if tok.pos_ in NOUN_POS:
            return self.lex.candidates(lemma(tok), True)
        return []

    def claimed_acts(self, found: list[Found]) -> None:
        """'claimed responsibility for a bombing that killed 12 soldiers': the claim (015)
        targets the bombing's targets; a denied act ("denied responsibility for") is not asserted."""
        for f in found:
            if f.code not in CLAIMS:
                continue
            for act in found:
                if act is not f and claimed(act.trigger) and act.trigger.head.head.head.i == f.trigger.i:
                    if not [t for t in f.targets if t is not None]:
                        f.targets = [t for t in act.targets if t is not None] or f.targets
                    if f.code == "016":
                        act.modality = "denied"

    def demanded(self, tok: Token) -> bool:
        """'demanded that Russia release ...', 'urged that ...': a clause an appeal or demand governs."""
        if tok.dep_ != "ccomp" or tok.head.pos_ != "VERB":
            return False
        ctl = self.lex.controls.get(lemma(tok.head))
        return bool(ctl) and (ctl[0].code or "") in ("02", "10")

    def control_alone(self, tok: Token) -> list[Pattern]:
        """A control verb whose complement is no event codes its own root ("asked X to waive
        immunity" -> 020, "refused to comment on it" -> 120)."""
        ctl = self.lex.controls.get(lemma(tok))
        if not ctl or not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            return []
        code = (ctl[0].code or "") + "0"
        if not is_code(code):
            return []
        return [
            Pattern(
                code=code,
                trigger=lemma(tok),
                entry=ctl[0].entry,
                origin=ctl[0].origin,
                priority=ctl[0].priority,
            )
        ]

    def remember(self, found: list[Found], sent: Span) -> None:
        for f in found:
            for src in f.sources:
                if src is not None and src.country:
                    self.history.append((sent.start, src))
            pairs = f.dyads()
            srcs = _unique(
                [a for a, _ in pairs] + ([b for _, b in pairs if b is not None] if f.pairs else [])
            )
            tgts = _unique([b for _, b in pairs if b is not None and not f.pairs])
            if srcs:
                self.acts.append((sent.start, f.code[:2], srcs, tgts))
            group = [x for x in f.sources if x is not None and (x.code or x.country)]
            if len(group) >= 2:
                self.group = (sent.start, group)

    def they(self, sources: list[Party | None]) -> list[Party | None]:
        """'They called on Turkey ...': an unresolved 'they' is the latest group of sources
        (two or more coded actors acting together in this or the two sentences before)."""
        if self.group is None or self.group[0] not in self.sent_starts[-3:]:
            return sources
        out: list[Party | None] = []
        for s in sources:
            if s is not None and s.text.lower() in ("they", "them") and not (s.code or s.country):
                out.extend(self.group[1])
            else:
                out.append(s)
        return out

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
        self.claimed_acts(found)
        for f in found:
            f.sources = _prune(f.sources)  # type: ignore[arg-type]
            f.targets = _prune(f.targets) or [None]
            # "Iran and Azerbaijan held talks": coordinated sources and no target -> pairs
            if f.targets == [None] and len(f.sources) >= 2:
                srcs = [x for x in f.sources if x is not None]
                if reciprocal(f.trigger):
                    f.pairs = [(a, b) for a in srcs for b in srcs if a is not b]
                    f.notes["pairs"] = "reciprocal: both directions"
                elif f.code[:2] in SYMMETRIC_ROOTS or f.code in SYMMETRIC:
                    f.pairs = [(a, b) for i, a in enumerate(srcs) for b in srcs[i + 1 :]]
        self.parties.note_subject(sent)
        self.remember(found, sent)
        return found

    def code_token(self, tok: Token, plist: list[Pattern], consumed: set[int]) -> Found | None:
        neg = is_negated(tok)
        hit = match_pattern(tok, plist, neg)
        if hit is None:
            return None
        pattern, matched = hit
        is_verb = tok.pos_ == "VERB"
        # A control verb ("refused", "agreed") with an event complement defers to it.
        if is_verb and pattern.specificity == 0 and lemma(tok) in self.lex.controls:
            for c in tok.children:
                cands = self.candidates(c) if c.dep_ == "xcomp" or self.demanded(c) else []
                if cands and match_pattern(c, cands, is_negated(c)) is not None:
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
        ctl_head = tok.head if (is_verb and tok.dep_ == "xcomp" and tok.head.pos_ == "VERB") else None
        ctl_head = tok.head if is_verb and self.demanded(tok) else ctl_head
        if ctl_head is not None:
            code, rule, negated, modality = self.control(
                ctl_head, code, rule, negated, modality, extra, notes, consumed
            )
        speaker_tok = speaker_of(tok)
        speaker = self.parties.party(speaker_tok) if speaker_tok is not None else None
        if is_verb:
            sources, targets = self.roles.verb_roles(tok, pattern, speaker, ctl_head, matched)
            if ctl_head is not None and rule == "control" and code[:2] in ("02", "10"):
                # object control: "urged Iran to return to talks" -> the appeal is to Iran
                addressees = [
                    t for c in ctl_head.children if c.dep_ in ("dobj", "dative") for t in coordinated(c)
                ]
                if not addressees:
                    addressees = prep_objects(ctl_head, ["on", "upon", "to", "from"])
                if addressees:
                    targets = self.roles.targets_from(addressees, speaker, set())
        else:
            sources, targets = self.roles.noun_roles(tok, pattern, speaker)
        if ctl_head is not None and tok.dep_ == "ccomp" and rule == "control":
            # "demanded that Russia release X": the demander -> Russia
            sources = [self.parties.party(h, speaker) for h in subjects(ctl_head)[0]]
            targets = self.roles.targets_from(subjects(tok)[0], speaker, set())
        if denied(tok):
            modality = "denied"  # "denied that its forces shelled the town": not asserted
            notes["modality"] = "the clause is what a denial denies"
        # a pronoun the actors stage could not resolve ("I", "we", "they") is no source
        sources = self.they(sources)
        sources = [
            s
            for s in sources
            if s is not None and not (s.text.lower() in UNRESOLVED and not (s.code or s.country))
        ]
        if not sources:
            return None
        if (
            not is_verb
            and not prep_objects(tok, ["by"])
            and not any(x.code or x.country for x in [*sources, *targets] if x)
        ):
            return None  # "trade between African nations", "an investigation": no author, no coded actor
        noun = self.roles.event_subjects.get(tok.i)
        if noun is not None:
            consumed.add(noun.i)
            inner = match_pattern(noun, self.lex.candidates(lemma(noun), True), False)
            if (
                inner is not None
                and inner[0].code
                and inner[0].code[:2] in ("18", "19", "20")
                and code[:2] == "18"
            ):
                code = inner[0].code  # "an airstrike killed X": 195, not 1823
                notes["subject_event"] = {"noun": noun.text, "entry": inner[0].entry}
                if tok.i in self.roles.unnamed:
                    notes["source"] = "no actor named: the act itself is the subject"
                matched = [*matched, noun]
        self.current_matched = {t.i for t in matched}
        if not [t for t in targets if t is not None] and code[:2] in REACTIONS:
            refs = self.reaction_target(tok, sources)
            if refs:
                targets = list(refs)
                notes["target"] = "author of the act reacted to (earlier event)"
        elif not [t for t in targets if t is not None] and code in CLAIMS:
            refs = self.claim_target(tok, sources)
            if refs:
                targets = list(refs)
                notes["target"] = "target of the act claimed or denied (earlier event)"
        return Found(
            trigger=tok,
            pattern=pattern,
            code=code,
            matched=matched,
            sources=list(sources),
            targets=list(targets) or [None],
            rule=rule,
            negated=negated,
            modality=modality,
            extra_tokens=extra,
            notes=notes,
        )

    def control(
        self,
        ctl_head: Token,
        code: str,
        rule: str,
        negated: bool,
        modality: str,
        extra: list[Token],
        notes: dict[str, object],
        consumed: set[int],
    ) -> tuple[str, str, bool, str]:
        """Control verbs: "refused to meet" -> 125, "agreed to cooperate" -> 031."""
        ctl = self.lex.controls.get(lemma(ctl_head))
        if not ctl:
            return code, rule, negated, modality
        family = ctl[0].code or ""
        composed = compose(family, code)
        extra.append(ctl_head)
        consumed.add(ctl_head.i)
        notes["control"] = {"verb": ctl_head.text, "entry": ctl[0].entry, "origin": ctl[0].origin}
        ctl_neg = is_negated(ctl_head)
        if composed is None and family in ("02", "10", "13"):
            composed = family + "0"  # "asked X to investigate": an appeal, whatever X is to do
        if composed is not None:
            return composed, "control", ctl_neg, clause_modality(ctl_head)
        if family == "03":
            return code, rule, negated, "intended"
        if family == "12":
            return code, rule, not ctl_neg, modality
        return code, rule, negated, modality

    def reacted_to(self, tok: Token) -> tuple[Token | None, set[str]]:
        """The act a reaction or claim is about ("condemned the operation", "claimed
        responsibility for the attacks", "denounced the conclusions of the summit") and the
        CAMEO roots its noun can have."""
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and lemma(obj) in ("responsibility", "credit"):
            obj = next((o for o in prep_objects(obj, ["for"])), None)
        if obj is None and tok.pos_ in NOUN_POS:
            obj = next(
                (o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"), None
            )
        if obj is None or obj.i in self.current_matched:
            return None, set()
        roots = {p.code[:2] for p in self.lex.candidates(lemma(obj), True) if p.code}
        if not roots and lemma(obj) not in ACTS:
            inner = prep_objects(obj, ["of"])  # "the conclusions of the summit"
            if inner:
                obj = inner[0]
                roots = {p.code[:2] for p in self.lex.candidates(lemma(obj), True) if p.code}
        return obj, roots

    def earlier_act(self, roots: set[str], window: int = 8) -> tuple[list[Party], list[Party]] | None:
        """The latest earlier event with one of these roots (this and the last sentences)."""
        recent = set(self.sent_starts[-window:])
        for start, root, srcs, tgts in reversed(self.acts):
            if start not in recent:
                break
            if root in roots:
                return srcs, tgts
        return None

    def reaction_target(self, tok: Token, sources: list[Party]) -> list[Party]:
        """'X condemned the operation': the operation's author, from an earlier event."""
        obj, roots = self.reacted_to(tok)
        if obj is None or (not roots and lemma(obj) not in ACTS):
            return []
        countries = {s.country for s in sources if s.country}
        act = self.earlier_act(roots) if roots else None
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
        return []

    def claim_target(self, tok: Token, sources: list[Party]) -> list[Party]:
        """'claimed responsibility for the attacks': the attacks' targets (015, 016)."""
        obj, roots = self.reacted_to(tok)
        act = self.earlier_act(roots) if obj is not None and roots else None
        countries = {s.country for s in sources if s.country}
        return [p for p in act[1] if p.country not in countries] if act else []

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
            pattern = Pattern(
                code=code,
                trigger=lemma(tok),
                entry="<must/should> reported by a speaker",
                origin="rule:demand",
            )
            out.append(
                Found(
                    trigger=tok,
                    pattern=pattern,
                    code=code,
                    matched=[c for c in tok.children if c.dep_ == "aux"],
                    sources=[speaker],
                    targets=list(targets),
                    rule="demand",
                    modality="asserted",
                )
            )
            consumed.add(tok.i)
        return out


def inside_other_act(doc: Doc, f: Found, lexicon: Lexicon, text: str) -> bool:
    """``text`` (a date) lies in the phrase of an event noun that ``f``'s trigger governs
    ("praised the summit held on Thursday"), not in the trigger's own clause."""
    own = {f.trigger.i, *(m.i for m in f.extra_tokens), *(m.i for m in f.matched)}
    for c in f.trigger.children:
        if c.dep_ not in ("dobj", "nsubjpass", "attr", "prep"):
            continue
        for n in c.subtree:
            if n.i in own or n.pos_ not in NOUN_POS or not lexicon.candidates(lemma(n), True):
                continue
            if text in doc[n.left_edge.i : n.right_edge.i + 1].text:
                return True
    return False


def acts_at_home(f: Found, country: str) -> bool:
    """A source or target of ``f`` belongs to ``country`` (or none is known)."""
    known = [p.country for p in (*f.sources, *f.targets) if p is not None and p.country]
    return not known or country in known


def denied(tok: Token) -> bool:
    """The clause of ``tok`` is the object of a denial ("denied that ...", "denied shelling")."""
    t = tok
    for _ in range(3):
        if t.dep_ in ("ccomp", "xcomp", "dobj") and t.head.i != t.i and lemma(t.head) in DENIALS:
            return True
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        t = t.head
    return False


def _unique(parties: list[Party]) -> list[Party]:
    out: list[Party] = []
    for p in parties:
        if not any((p.code or p.text) == (q.code or q.text) for q in out):
            out.append(p)
    return out


def reciprocal(tok: Token) -> bool:
    """'exchanged fire', 'traded accusations', 'accused each other'."""
    if lemma(tok) in RECIPROCAL:
        return True
    return any(
        t.lower_ in ("other", "another") and t.nbor(-1).lower_ in ("each", "one")
        for t in tok.subtree
        if t.i > 0
    )


def _prune(parties: list[Party | None]) -> list[Party | None]:
    """Drop uncoded common-noun parties coordinated with coded ones ("the government and country")."""
    coded = [p for p in parties if p is not None and (p.code or p.country)]
    if coded:
        return [p for p in parties if p is not None and (p.code or p.country)]
    return parties


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
        if lexicon.sentence_discards and lexicon.discards_sentence(sent.text):
            continue
        found = ex.sentence(sent)
        for f in found:
            token_indices = sorted({f.trigger.i, *(t.i for t in f.extra_tokens), *(t.i for t in f.matched)})
            date = event_date(doc, si, token_indices)
            if date.text and inside_other_act(doc, f, lexicon, date.text):
                # "praised the summit held on Thursday": that date is the summit's
                date = event_date(doc, si, [])
                f.notes["date"] = "the date in the object's phrase belongs to the act named there"
            location = event_location(doc, si, token_indices)
            loc_country = location_country(doc, f.trigger, location, sent)
            if (
                location is not None
                and location.source == "dateline"
                and loc_country
                and not acts_at_home(f, loc_country)
            ):
                location, loc_country = None, None  # the source acts abroad: the dateline is not its place
            events.extend(records(doc, f, si, sent, (date, location, loc_country), seen))
    return merge_mentions(events)
