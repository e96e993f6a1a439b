"""Which clause a word belongs to: shared by ``event_date`` and ``event_location``.

An expression ("on Saturday", "in Tehran") belongs to an event when the dependency path
from the expression up to the event's words does not cross into another clause, or when
both sit in the same clause (the nearest verb that heads a clause).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from tidings.nlp.extensions import doc_text

# Dependencies that start a clause of its own. "xcomp" is not one: "was reported to have
# killed" is one proposition.
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "conj", "parataxis", "acl", "csubj", "pcomp", "ROOT"}


def sentence(doc: Doc, sent_index: int) -> Span | None:
    for i, sent in enumerate(doc.sents):
        if i == sent_index:
            return sent
    return None


def clause_head(doc: Doc, token_indices: Sequence[int]) -> Token:
    """The event's token whose syntactic head lies outside the event (or the first one)."""
    toks = set(token_indices)
    for i in token_indices:
        tok = doc[i]
        if tok.head.i not in toks or tok.head is tok:
            return tok
    return doc[token_indices[0]]


def clause_of(tok: Token) -> Token:
    """The verb heading the clause ``tok`` is in (the sentence root when none is found)."""
    cur = tok
    for _ in range(40):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in CLAUSE_DEPS:
            return cur
        if cur.head is cur:
            return cur
        cur = cur.head
    return cur


def attachment(expr_root: Token, event_toks: set[int]) -> int | None:
    """Steps from an expression's root up to the event's words, or None when the climb
    leaves the expression's clause first."""
    tok, steps = expr_root, 0
    for _ in range(40):
        if tok.i in event_toks:
            return steps
        if tok.head is tok:
            return None
        if steps > 0 and tok.pos_ in ("VERB", "AUX") and tok.dep_ in CLAUSE_DEPS:
            # a relative clause on the event's noun still describes the event: "the
            # airstrike that killed him at Baghdad airport"
            if not (tok.dep_ in ("relcl", "acl") and tok.head.i in event_toks):
                return None
        tok, steps = tok.head, steps + 1
    return None


def rank(expr: Span, doc: Doc, token_indices: Sequence[int]) -> tuple[int, int]:
    """Sort key of an expression for an event: (0 attached, 1 same clause, 2 same sentence), distance."""
    head = clause_head(doc, token_indices)
    event_toks = set(token_indices) | {head.i}
    steps = attachment(expr.root, event_toks)
    distance = min(abs(t - i) for t in range(expr.start, expr.end) for i in token_indices)
    if steps is not None:
        return 0, steps
    if clause_of(expr.root).i == clause_of(head).i:
        return 1, distance
    return 2, distance


def other_nouns_clause(span: Span, event_toks: set[int]) -> bool:
    """The expression sits in a relative or participial clause on a noun other than the
    event's ("a doctor based in Martinsville", "President Trump, who appointed Murphy in
    2017, responded"): it places or dates that noun's act, not the event."""
    tok = span.root
    for _ in range(12):
        if tok.i in event_toks or tok.head is tok:
            return False
        if tok.dep_ in ("relcl", "acl") and tok.pos_ in ("VERB", "AUX") and tok.head.i not in event_toks:
            return True
        tok = tok.head
    return False


def within(spans: Iterable[Span], sent: Span) -> list[Span]:
    return [s for s in spans if s.start >= sent.start and s.end <= sent.end]


def context_sentences(doc: Doc, sent: Span, n: int = 2) -> list[Span]:
    """Up to ``n`` sentences before ``sent`` in the same paragraph, nearest first: where a
    news story keeps its time and scene when a sentence names neither."""
    out: list[Span] = []
    cur = sent
    while len(out) < n and cur.start > 0:
        prev = doc[cur.start - 1].sent
        gap = doc_text(doc)[prev.start_char : cur.start_char]
        if "\n" in gap[len(gap.rstrip()) :]:  # a line break ends the paragraph
            break
        out.append(prev)
        cur = prev
    return out
