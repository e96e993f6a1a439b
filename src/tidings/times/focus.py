"""The story's time focus: the date a sentence that names none inherits.

A news story tells one occasion after another, and a sentence without a date goes on with
the occasion told last ("On Wednesday, the ministers gathered in Cairo. ... They called on
Turkey to halt its drilling."). ``focus_date`` looks back from a sentence for that date:

1. the last date of the two sentences before it in the same paragraph (any granularity but
   a decade), as before;
2. else the last date of an occasion in the sentences before it, across paragraph breaks
   (up to ``FOCUS_SENTENCES``): a day, week, weekend or month; a year alone is more often
   background ("It was founded in 1992") than the occasion.

Dates that are no occasion of the story are never a focus: plans (after the publication
date), a date that modifies a noun ("the November 27 border agreement", "his January 2
remarks": the noun's own date), a date in a subordinate or past-perfect clause
(background: "Siarhei, who was arrested in May"; "had been blocked on October 23") and dates the events stage marked as the date of another act
(``ACT_DATES``), nor the end of a stretch ("until October 14": ``end_bound``), nor a plan told in the future
("May is to step down today").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from tidings.model import TimeRef
from tidings.nlp.extensions import doc_text
from tidings.times.clause import clause_head, clause_of, context_sentences, within
from tidings.times.keys import SPAN_KEY
from tidings.times.tense import clause_tense

# how many sentences back, across paragraphs, the occasion told last is looked for
FOCUS_SENTENCES = 15
_OCCASION = {"day", "week", "weekend", "month"}
_NOUN_MODIFIER = {"compound", "nmod", "amod", "poss"}
_SUBORDINATE = {"relcl", "csubj"}


_DEICTIC = {"today", "yesterday", "tonight", "tomorrow", "this", "last"}


def quoted(doc: Doc, span: Span) -> bool:
    """``span`` lies inside a quotation (an odd number of quotation marks before it in its
    paragraph)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    before = text[start : span.start_char]
    return (before.count('"') + before.count("\u201c") + before.count("\u201d")) % 2 == 1


def quoted_deixis(doc: Doc, span: Span, ref: TimeRef) -> bool:
    """A relative date ("today", "last week") inside a quotation."""
    return ref.anchor is not None and span[0].lower_ in _DEICTIC and quoted(doc, span)


_END_BOUNDS = {"until", "till", "pending"}


def end_bound(span: Span) -> bool:
    """The date closes a stretch rather than dating an act: "remain in custody until his
    next court appearance on April 5", "the prorogation of Parliament until October 14".
    The preposition starts the expression or governs the noun phrase it sits in."""
    if span[0].lower_ in _END_BOUNDS:
        return True
    tok = span.root
    for _ in range(4):
        if tok.lower_ in _END_BOUNDS and tok.dep_ == "prep":
            return True
        if tok.head is tok or tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False


def _planned(span: Span) -> bool:
    """The date is that of a plan, whatever its day ("May is to step down today", "will
    vote on Friday"): the story goes on with what happened, not with what is to come."""

    if clause_tense(span.root) == "future":
        return True
    verb = span.root
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VB" and "to" in aux and verb.head.lemma_ == "be"


def _bare_participle(verb: Token) -> bool:
    """An adverbial clause with neither subject nor marker ("Started in July 2008, ..."), not
    "while returning from its patrol in late February 1944"."""
    if verb.dep_ != "advcl":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _background(span: Span) -> bool:
    """The date modifies a noun, sits in a subordinate clause (relative, adverbial,
    a bare participle: "Siarhei, who was arrested in May"; "Started in July 2008, ...") or in a
    past-perfect one."""
    root = span.root
    if root.dep_ in _NOUN_MODIFIER and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= span.end:
        return True
    verb = clause_of(root)
    if verb.pos_ in ("VERB", "AUX") and (verb.dep_ in _SUBORDINATE or _bare_participle(verb)):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)


def _candidates(doc: Doc, sent: Span, owned: set[tuple[int, str]], published: str | None) -> list[TimeRef]:

    times: list[TimeRef] = list(doc._.times or [])
    out = []
    for sp in within(doc.spans[SPAN_KEY], sent):
        ref = times[int(sp.label_)]
        if (sent.start, sp.text) in owned or ref.value in (None, "PRESENT_REF"):
            continue
        if ref.granularity == "decade" or after_publication(ref, published):
            continue  # plans are no focus
        if _background(sp) or quoted_deixis(doc, sp, ref) or end_bound(sp) or _planned(sp):
            continue  # a quoted "today" is the speaker's day, not the story's
        out.append(ref)
    return out


def after_publication(ref: TimeRef, published: str | None) -> bool:
    """``ref`` lies after the publication date (a plan): compared at its own granularity."""
    if not published or not ref.value or ref.value == "PRESENT_REF":
        return False
    if ref.granularity in ("week", "weekend"):
        year, week, _ = dt.date.fromisoformat(published).isocalendar()
        return ref.value[:8] > f"{year}-W{week:02d}"
    if ref.granularity in ("day", "month", "year"):
        return ref.value > published[: len(ref.value)]
    return False


def _previous_sentences(doc: Doc, sent: Span, n: int) -> list[Span]:
    out: list[Span] = []
    cur = sent
    while len(out) < n and cur.start > 0:
        cur = doc[cur.start - 1].sent
        out.append(cur)
    return out


def focus_date(doc: Doc, sent: Span, owned: set[tuple[int, str]]) -> TimeRef | None:
    """The date ``sent`` inherits from the sentences before it (see the module docstring).
    A coarse date that holds a day told shortly before it gives way to that day
    ("Yesterday, parliament voted ... The move follows the killing last week.")."""
    article = doc._.article
    published = article.published.isoformat() if article is not None and article.published else None
    seen: list[TimeRef] = []
    found: TimeRef | None = None
    for prev in context_sentences(doc, sent):
        refs = _candidates(doc, prev, owned, published)
        if refs:
            found = refs[-1]
            break
    if found is None:
        for prev in _previous_sentences(doc, sent, FOCUS_SENTENCES):
            refs = [r for r in _candidates(doc, prev, owned, published) if r.granularity in _OCCASION]
            if refs:
                found = refs[-1]
                break
    if found is None or found.granularity == "day":
        return found
    for prev in _previous_sentences(doc, sent, FOCUS_SENTENCES):
        seen.extend(reversed(_candidates(doc, prev, owned, published)))
    return next((r for r in seen if r.granularity == "day" and _holds(found, r)), found)


def _holds(coarse: TimeRef, day: TimeRef) -> bool:
    if not coarse.value or not day.value:
        return False
    if coarse.granularity in ("week", "weekend"):
        year, week, _ = dt.date.fromisoformat(day.value).isocalendar()
        return coarse.value[:8] == f"{year}-W{week:02d}"
    return coarse.granularity in ("month", "year") and day.value.startswith(coarse.value)


def governs(span: Span, doc: Doc, token_indices: Sequence[int]) -> bool:
    """The date sits in a clause above the event's ("On Monday, Fars reported Iran issued
    warrants ... and demanded ...": Monday dates the demand, not "in January" of the
    assassination named there)."""
    verb = clause_of(span.root)
    head = clause_head(doc, token_indices)
    return verb.i == head.i or verb.is_ancestor(head)
