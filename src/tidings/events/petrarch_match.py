"""Match PETRARCH verb patterns on a dependency parse, as PETRARCH defines them.

A pattern codes only when its words and slots are found where it puts them:

- words after ``*`` follow the verb, in order, inside the verb's phrase (the tokens from
  the verb to the right edge of its subtree); words before ``*`` precede the verb, in
  order, in its sentence;
- ``_`` joins adjacent words; a space lets other words stand between them;
- a word matches a token's form or lemma (``TIES`` matches "ties", ``RELATION``
  "relations"); a synonym set matches any member, multi-word members word by word;
- ``$`` / ``+`` must be filled by a coded actor's noun phrase at that place: it becomes
  the source / the target, whatever the parse's subject and object are;
- ``%`` must be filled by coordinated actors ("Arnor and Gondor"): each acts on the other;
- ``^`` skips a phrase (any words).

``Compiled.match(verb, actor_at)`` returns the tokens that matched and the slot fillers,
or ``None``; ``actor_at(token)`` is the extractor's test for "a coded actor heads here".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from tidings.events.petrarch import Element, Verb, VerbPattern

_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
# (first token index of the actor's noun phrase, index after it, its head) or None
# CAMEO's "make statement, not specified below": the code of a plain speech verb
PLAIN_STATEMENT = "010"
ActorAt = Callable[[Token], "tuple[int, int, Token] | None"]
# Dependents that open a clause of their own: their words are not the verb's phrase.
CLAUSES = frozenset({"advcl", "relcl", "acl", "parataxis", "csubj", "conj"})
# A pattern's words stand in the verb's own noun and prepositional phrases (PETRARCH matches
# the heads of the verb phrase's NPs and PPs): not in a clause it reports or a preposition's
WORD_CLAUSES = CLAUSES | {"pcomp"}


@dataclass
class Hit:
    """What a PETRARCH pattern matched: its word tokens and its slot fillers."""

    tokens: list[Token] = field(default_factory=list)
    source: Token | None = None
    target: Token | None = None
    compound: list[Token] = field(default_factory=list)
    verb: Token | None = None  # the verb the pattern matched on
    refines: bool = False  # with the built-in lexicon: recodes the lexicon's event of the verb


class Matched(list[Token]):
    """The matched tokens, as the extractor expects them, carrying the PETRARCH slots (and,
    for a refinement of a built-in lexicon entry, that entry with the pattern's code)."""

    hit: Hit
    as_pattern: Any = None


def word_matches(tok: Token, word: str) -> bool:
    """A pattern word matches a whole word, as PETRARCH reads them (its dictionaries hold
    complete words, not TABARI's stems: PLAN is no "plane"): the token's form, its regular
    plural (RELATION: "relations"), or a noun's lemma (TIES: "tie")."""
    form = tok.lower_
    if word == form or form in plurals(word):
        return True
    if word in ("n't", "not") and form in ("n't", "not"):
        return True
    return tok.pos_ not in ("VERB", "AUX") and word == tok.lemma_.lower()


def plurals(word: str) -> frozenset[str]:
    """A word's regular plurals as PETRARCH generates them: +S, +ES after S, X, Z, CH, SH,
    Y -> IES after a consonant."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return frozenset({word[:-1] + "ies", word + "s"})
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return frozenset({word + "es"})
    return frozenset({word + "s"})


def inflections(verb: str) -> frozenset[str]:
    """A dictionary verb's regular forms, as PETRARCH generates them: the verb, +S (+ES after
    s, x, z, ch, sh; Y -> IES), +ED and +ING (E dropped; Y -> IED; a final consonant after
    one vowel doubled: STOPPED). Irregular forms are the ones the dictionary lists."""
    v = verb.lower()
    out = {v}
    if v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
        out |= {v[:-1] + "ies", v[:-1] + "ied", v + "ing"}
    else:
        out.add(v + ("es" if v.endswith(("s", "x", "z", "ch", "sh", "o")) else "s"))
        stem = v[:-1] if v.endswith("e") else v
        out |= {stem + "ed", stem + "ing"}
        if len(v) >= 3 and v[-1] not in "aeiouwxy" and v[-2] in "aeiou" and v[-3] not in "aeiou":
            out |= {v + v[-1] + "ed", v + v[-1] + "ing"}
    return frozenset(out)


@dataclass(frozen=True)
class Compiled:
    """A verb of a block with one of the block's patterns (or none: the verb alone)."""

    verb: Verb
    pattern: VerbPattern | None
    code: str | None
    reverse: str | None

    @property
    def slots(self) -> set[str]:
        return self.pattern.slots if self.pattern else set()

    def is_form(self, tok: Token) -> bool:
        """The token is the verb in one of its forms (regular or listed): PETRARCH reads
        words, so a misspelt "departes" is no form of DEPART whatever its lemma."""
        return tok.lower_ in inflections(self.verb.lemma) or tok.lower_ in self.verb.forms

    def steps(self) -> tuple[list[tuple[Element, bool]], list[tuple[Element, bool]]]:
        """(elements after the verb, elements before it nearest first), each with
        "adjacent to the previous step"."""
        v, p = self.verb, self.pattern
        upper: list[tuple[Element, bool]] = [
            (Element("word", ((w,),)), i == 0) for i, w in enumerate(v.after)
        ]
        lower_text: list[Element] = [Element("word", ((w,),), glued=i > 0) for i, w in enumerate(v.before)]
        verb_glued = bool(v.before)
        if p is not None:
            upper += [(e, e.glued) for e in p.upper]
            if v.before and p.lower:
                lower_text = [*p.lower, *lower_text]
            elif p.lower:
                lower_text, verb_glued = list(p.lower), p.verb_glued
        lower: list[tuple[Element, bool]] = []
        rev = list(reversed(lower_text))
        for j, e in enumerate(rev):
            glue = verb_glued if j == 0 else rev[j - 1].glued
            words = tuple(tuple(reversed(w)) for w in e.words)
            lower.append((Element(e.kind, words, e.glued), glue))
        return upper, lower

    def match(self, verb: Token, actor_at: ActorAt) -> Hit | None:
        sent = verb.sent
        doc = verb.doc
        after = [doc[i] for i in range(verb.i + 1, verb.right_edge.i + 1)]
        before = [doc[i] for i in range(verb.i - 1, sent.start - 1, -1)]
        upper, lower = self.steps()
        hit = Hit()
        outside = frozenset(t.i for t in after if not in_phrase(t, verb, WORD_CLAUSES, quotes=False))
        if not _seq(upper, 0, after, True, actor_at, hit, forward=True, outside=outside):
            return None
        if not _seq(lower, 0, before, True, actor_at, hit, forward=False):
            return None
        return hit


def _seq(
    steps: list[tuple[Element, bool]],
    k: int,
    toks: list[Token],
    first: bool,
    actor_at: ActorAt,
    hit: Hit,
    *,
    forward: bool,
    outside: frozenset[int] = frozenset(),
) -> bool:
    """Match steps[k:] on toks (toks[0] is next to the previous step); backtracks."""
    if k == len(steps):
        return True
    elem, glued = steps[k]
    starts = [0] if glued else range(len(toks))
    if elem.kind == "skip":  # "^": one noun phrase (its last noun ends it), then go on
        end = next(
            (
                j
                for j, t in enumerate(toks)
                if t.pos_ in _NOUNS and not (j + 1 < len(toks) and toks[j + 1].pos_ in _NOUNS)
            ),
            None,
        )
        rest = toks[end + 1 :] if end is not None else []
        return end is not None and _seq(
            steps, k + 1, rest, False, actor_at, hit, forward=forward, outside=outside
        )
    for s in starts:
        for used, fill in _fits(elem, toks, s, actor_at, forward, outside):
            saved = (list(hit.tokens), hit.source, hit.target, list(hit.compound))
            _record(elem, fill, hit)
            if _seq(steps, k + 1, toks[s + used :], False, actor_at, hit, forward=forward, outside=outside):
                return True
            hit.tokens, hit.source, hit.target, hit.compound = saved
    return False


def _fits(
    elem: Element, toks: list[Token], s: int, actor_at: ActorAt, forward: bool, outside: frozenset[int]
) -> list[tuple[int, list[Token]]]:
    """Ways ``elem`` can match starting at toks[s]: (tokens used, tokens to record); a word
    never on a token ``outside`` the verb's phrase."""
    if s >= len(toks):
        return []
    if elem.kind == "word":
        out = []
        for seq in elem.words:
            if s + len(seq) <= len(toks) and all(
                toks[s + i].i not in outside and word_matches(toks[s + i], w) for i, w in enumerate(seq)
            ):
                out.append((len(seq), toks[s : s + len(seq)]))
        return out
    if elem.kind == "verb":
        return []
    found = actor_at(toks[s])
    if found is None:
        return []
    lo, hi, head = found
    # the noun phrase must start (forward) or end (backward) at this token
    if forward and lo != toks[s].i or not forward and hi - 1 != toks[s].i:
        return []
    if elem.kind == "compound":
        return _compound(head, toks, s, lo, hi, actor_at, forward)
    return [(hi - lo, [head])]


def in_phrase(tok: Token, verb: Token, cuts: frozenset[str] = CLAUSES, quotes: bool = True) -> bool:
    """``tok`` belongs to the verb's phrase: its complements ("believes Dagolath can cope"),
    not a relative, adverbial or coordinated clause (a clause of ``cuts``), nor (``quotes``)
    a quote, between them."""
    t = tok
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ in cuts and t.pos_ in ("VERB", "AUX") and not _reduced(t):
            return False
        t = t.head
    lo, hi = sorted((tok.i, verb.i))
    return not (quotes and any(x.is_quote for x in verb.doc[lo:hi]))


def _reduced(t: Token) -> bool:
    """A participle modifying a noun ("the roads leading into Mordor"): PETRARCH reads it
    as part of that noun phrase, not a clause of its own."""
    return t.dep_ == "acl" and t.tag_ in ("VBG", "VBN")


def _compound(
    head: Token, toks: list[Token], s: int, lo: int, hi: int, actor_at: ActorAt, forward: bool
) -> list[tuple[int, list[Token]]]:
    """'Arnor and Gondor': the coordinated actors and the tokens they span."""
    heads = [head, *head.conjuncts]
    parties = [h for h in heads if actor_at(h) is not None]
    if len(parties) < 2:
        return []
    first = min(actor_at(h)[0] for h in parties)  # type: ignore[index]
    last = max(actor_at(h)[1] for h in parties)  # type: ignore[index]
    used = (last - toks[s].i) if forward else (toks[s].i - first + 1)
    return [(max(used, hi - lo), sorted(parties, key=lambda t: t.i))]


def _record(elem: Element, fill: list[Token], hit: Hit) -> None:
    if elem.kind == "word":
        hit.tokens.extend(fill)
    elif elem.kind == "source":
        hit.source = fill[0]
    elif elem.kind == "target":
        hit.target = fill[0]
    elif elem.kind == "compound":
        hit.compound = fill


def compile_dictionary(d: object) -> list[Compiled]:
    """One Compiled per (verb, pattern) of each block, and one per coded verb alone."""
    from tidings.events.petrarch import VerbDictionary

    assert isinstance(d, VerbDictionary)
    out: list[Compiled] = []
    for block in d.blocks:
        for verb in block.verbs:
            if verb.code == PLAIN_STATEMENT and verb.reverse is None:
                # tidings codes no plain statement ("said", "told"; docs/events.md, the
                # lexicon's 010): the verb alone blocks, its patterns still code
                out.append(Compiled(verb=verb, pattern=None, code=None, reverse=None))
            elif verb.code is not None or verb.reverse is not None:
                out.append(Compiled(verb=verb, pattern=None, code=verb.code, reverse=verb.reverse))
            for p in block.patterns:
                out.append(Compiled(verb=verb, pattern=p, code=p.code, reverse=p.reverse))
    return out


def filters(c: Compiled) -> tuple[frozenset[str], ...]:
    """The words (and slots) a compiled pattern needs: its specificity in the lexicon."""
    words = [frozenset({w}) for w in (*c.verb.before, *c.verb.after)]
    if c.pattern is not None:
        words += list(c.pattern.words)
        words += [frozenset({s}) for s in sorted(c.pattern.slots)]
    return tuple(words)
