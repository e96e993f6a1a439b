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

import hashlib
from collections import Counter

from spacy.tokens import Doc, Span, Token

from tidings.events.claims import admitted_act_targets, phrase_target, struck_country
from tidings.events.codes import compose, is_code
from tidings.events.discourse import JOINED, Memory
from tidings.events.evaluations import allegations, evaluations, stances, sympathies
from tidings.events.lexicon import Lexicon, Pattern
from tidings.events.matching import Found, explicit_partner, match_pattern, prune
from tidings.events.merging import merge_mentions
from tidings.events.modality import denied
from tidings.events.modality import modality as clause_modality
from tidings.events.modality import negated as is_negated
from tidings.events.noun_clauses import demanded, noun_clause, noun_control, that_clause
from tidings.events.parties import (
    NAME_ENTS,
    NOUN_POS,
    Parties,
    clause_object,
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
    reverse_found,
    slot_roles,
    transformed,
    yields_to_native,
)
from tidings.events.precision import REACTED, counterpart, kept, named_act_author, reacted_target
from tidings.events.records import acts_at_home, inside_other_act, records
from tidings.events.roles import Roles, claimed, lemma, reciprocal
from tidings.events.vocab import CLAIMS, SYMMETRIC, SYMMETRIC_ROOTS, UNRESOLVED, depth
from tidings.model import Event, Party
from tidings.nlp.extensions import doc_text


class Extractor:
    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lex = lexicon
        self.parties = Parties(doc)
        self.roles = Roles(doc, lexicon, self.parties)
        self.memory = Memory(lexicon)
        self.roles.memory = self.memory
        self.actor_at = actor_finder(self.parties, np_tokens, NOUN_POS)

    def candidates(self, tok: Token) -> list[Pattern]:
        if tok.ent_type_ in NAME_ENTS:  # "Asia's 6th Summit", "Operation Desert Storm": names
            return []
        if tok.pos_ == "VERB":
            # a control verb's own root comes last: "asked X to waive immunity" -> 020
            return self.lex.candidates(lemma(tok), False, tok.lower_) + self.control_alone(tok)
        if tok.pos_ in NOUN_POS:
            return self.lex.candidates(lemma(tok), True) + self.control_alone(tok)
        return []

    def claimed_acts(self, found: list[Found]) -> None:
        """'claimed responsibility for a bombing that killed 12 soldiers': the claim (015)
        targets the bombing's targets; a denied act ("denied responsibility for") is not asserted."""
        for f in found:
            if f.code not in CLAIMS:
                continue
            if f.code == "015" and not [t for t in f.targets if t is not None and (t.code or t.country)]:
                # "acknowledged that its military had shot down a Ukrainian jet": whom that act struck
                told = admitted_act_targets(f.trigger, [(a.trigger, a.targets) for a in found if a is not f])
                f.targets = list(told) or f.targets
            for act in found:
                if act is not f and claimed(act.trigger) and act.trigger.head.head.head.i == f.trigger.i:
                    if not [t for t in f.targets if t is not None and (t.code or t.country)]:
                        f.targets = [t for t in act.targets if t is not None] or f.targets
                    if f.code == "016":
                        act.modality = "denied"

    def claimed_phrase_target(self, tok: Token, sources: list[Party]) -> list[Party]:
        """'The attack on oil plants in Saudi Arabia was claimed by X': the act's own target."""
        return phrase_target(self.memory.reacted_to(tok)[0], self.roles, sources)

    def demanded(self, tok: Token) -> bool:
        return demanded(tok, self.lex)  # "demanded that X ...", "the EU's demand that X ..."

    def noun_control(self, tok: Token) -> bool:
        return noun_control(tok, self.lex)  # "China's refusal to release X"

    def control_alone(self, tok: Token) -> list[Pattern]:
        """A control verb whose complement is no event codes its own root ("asked X to waive
        immunity" -> 020, "refused to comment on it" -> 120)."""
        ctl = self.lex.controls.get(lemma(tok))
        if tok.pos_ == "VERB":
            governs = any(c.dep_ == "xcomp" or clause_object(c) for c in tok.children)
        else:  # "the AU's commitment to keep peacekeepers in Somalia"
            governs = any(self.noun_control(c) or self.demanded(c) for c in tok.children)
        if not ctl or not governs:
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

    def sentence(self, sent: Span) -> list[Found]:
        self.memory.sent_starts.append(sent.start)
        self.parties.note_speaker(sent)
        toks = [t for t in sent if t.pos_ in ("VERB", "NOUN", "PROPN")]
        cands = [(t, self.candidates(t)) for t in toks]
        cands = [(t, c) for t, c in cands if c]
        cands.sort(key=lambda tc: (depth(tc[0]), tc[0].i))
        consumed: set[int] = set()
        found: list[Found] = []
        for tok, plist in cands:
            if tok.i in consumed:
                continue
            f = self.code_token(tok, plist, consumed)
            if f is not None:
                found.append(f)
        found.extend(self.demands(sent, consumed, found))
        found.extend(evaluations(self, sent, consumed, found))
        found.extend(allegations(self, found))
        found.extend(sympathies(self, sent, consumed, found))
        found.extend(stances(self, sent, consumed, found))
        self.claimed_acts(found)
        for f in found:
            f.sources = prune(f.sources)
            f.targets = prune(f.targets) or [None]
            # "Iran and Azerbaijan held talks": coordinated sources and no target -> pairs
            symmetric = f.code[:2] in SYMMETRIC_ROOTS or f.code in SYMMETRIC
            if len(f.sources) >= 2 and symmetric and not explicit_partner(f) and f.pattern.petrarch is None:
                # "Israel and the UAE signed an agreement at the White House": the host of
                # the place is no party; the signatories act with each other
                f.targets = [None]
            if f.targets == [None] and len(f.sources) >= 2:
                srcs = [x for x in f.sources if x is not None]
                if reciprocal(f.trigger):
                    f.pairs = [(a, b) for a in srcs for b in srcs if a is not b]
                    f.notes["pairs"] = "reciprocal: both directions"
                elif f.code[:2] in SYMMETRIC_ROOTS or f.code in SYMMETRIC:
                    f.pairs = [(a, b) for i, a in enumerate(srcs) for b in srcs[i + 1 :]]
                    f.notes["pairs"] = "symmetric: one event per pair, the first named as source"
        found = drop_reporting(transformed(found, self.lex, self.parties, self.actor_at))
        found.extend(reverse_found(found))
        self.parties.note_subject(sent)
        self.memory.remember(found, sent)
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
        if self.defers_to_complement(tok, pattern):
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
        # "refused to meet", "is ready to hold talks": a verb or adjective whose complement this is
        ctl_head = (
            tok.head if (is_verb and tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "ADJ")) else None
        )
        ctl_head = tok.head if is_verb and self.demanded(tok) else ctl_head
        if ctl_head is None and is_verb and self.noun_control(tok):
            ctl_head = tok.head  # "China's refusal to release the two Canadians"
        if ctl_head is not None:
            code, rule, negated, modality = self.control(
                ctl_head, code, rule, negated, modality, extra, notes, consumed
            )
        speaker_tok = speaker_of(tok)
        speaker = self.parties.party(speaker_tok) if speaker_tok is not None else None
        sources, targets = self.parties_of(tok, pattern, speaker, ctl_head, rule, code, matched)
        pairs = None
        if isinstance(matched, Matched):
            sources, targets, pairs = slot_roles(
                matched.hit, tok, self.parties, speaker, sources, targets, self.actor_at
            )
        if denied(tok):
            modality = "denied"  # "denied that its forces shelled the town": not asserted
            notes["modality"] = "the clause is what a denial denies"
        sources = self.known_sources(tok, is_verb, sources, targets)
        if not sources:
            return None
        code, matched, targets = self.refine(
            tok, code, matched, [s for s in sources if s is not None], targets, consumed, notes
        )
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
            pairs=pairs,
        )

    def defers_to_complement(self, tok: Token, pattern: Pattern) -> bool:
        """A control verb or noun ("refused", "China's refusal") with an event complement defers to it."""
        if pattern.specificity != 0 or lemma(tok) not in self.lex.controls:
            return False
        for c in tok.children:
            governed = c.dep_ == "xcomp" or self.demanded(c) or self.noun_control(c)
            cands = self.candidates(c) if governed else []
            if cands and match_pattern(c, cands, is_negated(c)) is not None:
                return True
        return False

    def known_sources(
        self, tok: Token, is_verb: bool, sources: list[Party | None], targets: list[Party | None]
    ) -> list[Party | None]:
        """The sources worth an event: no unresolved pronoun ("I", "we", "they"), and for an
        event noun an author or some coded party ("trade between African nations": none)."""
        sources = self.memory.they(sources)
        sources = [
            s
            for s in sources
            if s is not None and not (s.text.lower() in UNRESOLVED and not (s.code or s.country))
        ]
        if sources and not is_verb and not prep_objects(tok, ["by"]):
            if not any(x.code or x.country for x in [*sources, *targets] if x):
                return []
        return sources

    def parties_of(
        self,
        tok: Token,
        pattern: Pattern,
        speaker: Party | None,
        ctl_head: Token | None,
        rule: str,
        code: str,
        matched: list[Token],
    ) -> tuple[list[Party | None], list[Party | None]]:
        """Sources and targets of a trigger, with the control verb's addressee when it has one."""
        is_verb = tok.pos_ == "VERB"
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
        if ctl_head is not None and ctl_head.pos_ == "NOUN":
            # "China's refusal to release X": the noun's author; an appeal's addressee
            # ("Germany's call on Poland to rethink ...") or the act's own target
            n_src, n_tgt = self.roles.noun_roles(ctl_head, pattern, speaker)
            sources = n_src or sources
            if code[:2] in ("02", "10") and any(t is not None for t in n_tgt):
                targets = n_tgt
        if ctl_head is not None and (clause_object(tok) or that_clause(tok)) and rule == "control":
            # "demanded that Russia release X": the demander -> Russia ("the EU's demand that ...": the EU)
            if ctl_head.pos_ == "VERB":
                sources = [self.parties.party(h, speaker) for h in subjects(ctl_head)[0]]
            targets = self.roles.targets_from(subjects(tok)[0], speaker, set())
        elif not is_verb and (clause := noun_clause(tok, self.lex, accusing=True)) is not None:
            targets = self.roles.targets_from(subjects(clause)[0], speaker, set()) or targets
        return sources, targets

    def refine(
        self,
        tok: Token,
        code: str,
        matched: list[Token],
        sources: list[Party],
        targets: list[Party | None],
        consumed: set[int],
        notes: dict[str, object],
    ) -> tuple[str, list[Token], list[Party | None]]:
        """An event noun as subject gives its code ("an airstrike killed X": 195); reactions
        and claims with no target take one from the act they are about."""
        noun = self.roles.event_subjects.get(tok.i)
        if noun is not None:
            consumed.add(noun.i)
            inner = match_pattern(noun, self.lex.candidates(lemma(noun), True), False)
            if (
                inner is not None
                and inner[0].code
                and inner[0].code[:2] in ("18", "19", "20")
                and code[:2] in ("18", "19")
            ):
                code = inner[0].code  # "an airstrike killed X": 195, not 1823
                notes["subject_event"] = {"noun": noun.text, "entry": inner[0].entry}
                if tok.i in self.roles.unnamed:
                    notes["source"] = "no actor named: the act itself is the subject"
                matched.append(noun)  # in place: a PETRARCH match keeps its slots (.hit)
        self.memory.current_matched = {t.i for t in matched}
        if code[:2] in REACTED and [t for t in targets if t is not None]:
            named = named_act_author(tok, self.parties, sources, self.memory)
            have = {x for t in targets if t is not None for x in (t.actor, t.code) if x}
            if named and not {x for p in named for x in (p.actor, p.code) if x} & have:
                # "criticized Trump's ban on travel from China": the ban's author, not its object
                targets = list(named)
                notes["target"] = "author of the act reacted to (its phrase)"
        if not [t for t in targets if t is not None] and code[:2] in REACTED:
            refs = reacted_target(tok, code, self.parties, self.memory, sources)
            if refs:
                targets = list(refs)
                notes["target"] = "author of the act reacted to (its phrase or an earlier event)"
        elif not [t for t in targets if t is not None] and code in CLAIMS:
            refs = self.memory.claim_target(tok, sources) or self.claimed_phrase_target(tok, sources)
            if refs:
                targets = list(refs)
                notes["target"] = "target of the act claimed or denied (earlier event)"
            elif code == "015" and (refs := struck_country(tok, self.lex, sources)):
                targets, notes["target"] = list(refs), "the country where the claimed act took place"
        if not [t for t in targets if t is not None] and (refs := counterpart(tok, self.memory, sources)):
            targets, notes["target"] = list(refs), "the counterpart of a bilateral relation (context)"
        if not [t for t in targets if t is not None] and (
            refs := self.memory.joined_host(tok, sources, code)
        ):
            targets, notes["target"] = list(refs), JOINED
        return code, matched, targets

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


def find_events(doc: Doc, lexicon: Lexicon) -> list[Event]:
    """Every event in ``doc`` (needs a parsed Doc; actors/times/places stages run first)."""
    from tidings.events.place import location_country
    from tidings.places import event_location
    from tidings.times import event_date

    if lexicon.story_discards and lexicon.discards_story(doc_text(doc)):
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
            events.extend(kept(f, records(doc, f, si, sent, (date, location, loc_country), seen), lexicon))
    return unique_ids(merge_mentions(events, doc))


def unique_ids(events: list[Event]) -> list[Event]:
    """Give events that share an id their own. An event's id is built from its trigger and the
    offsets of its parties' words, and one phrase can be several parties ("his Greek, Cypriot
    and French counterparts, ..., respectively": three targets from one span); those events take
    their parties' codes into the id as well (the others keep theirs)."""
    counts = Counter(e.id for e in events)
    if all(n == 1 for n in counts.values()):
        return events
    taken: set[str] = {e.id for e in events if counts[e.id] == 1}
    for e in events:
        if counts[e.id] == 1:
            continue
        base = f"{e.id}|{e.source.code}|{e.target.code if e.target else ''}"
        new, n = "e" + hashlib.sha1(base.encode("utf-8")).hexdigest()[:16], 1
        while new in taken:  # the same codes from one span twice: numbered in reading order
            new, n = "e" + hashlib.sha1(f"{base}|{n}".encode()).hexdigest()[:16], n + 1
        taken.add(new)
        e.id = new
    return events
