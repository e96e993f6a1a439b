"""The times stage: date expressions -> TimeRef with TIMEX3 values.

Public surface used by the events stage:
- ``event_date(doc, sent_index, token_indices)``: the EventDate for an event whose clause
  covers ``token_indices`` in sentence ``sent_index``.
- ``resolve(text, anchor, tense)``: one expression -> TIMEX3 value and granularity.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from tidings.model import EventDate, TimeRef
from tidings.times.resolve import resolve

SPAN_KEY = "tidings_times"
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "xcomp", "conj", "parataxis", "acl", "csubj"}


def _sentence(doc: Doc, sent_index: int) -> Span | None:
    for i, sent in enumerate(doc.sents):
        if i == sent_index:
            return sent
    return None


def _clause_head(doc: Doc, token_indices: Sequence[int]) -> Token:
    """The token of the event whose head lies outside the event's tokens (or the first one)."""
    toks = set(token_indices)
    for i in token_indices:
        tok = doc[i]
        if tok.head.i not in toks or tok.head is tok:
            return tok
    return doc[token_indices[0]]


def _attachment(time_root: Token, event_toks: set[int]) -> int | None:
    """Steps from a date's root up to the event, or None when another clause lies between."""
    tok, steps = time_root, 0
    while True:
        if tok.i in event_toks:
            return steps
        if tok.head is tok:
            return None
        # crossing into a different clause (a verb not part of the event) ends the climb
        if steps > 0 and tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSE_DEPS | {"ROOT"}:
            return None
        tok, steps = tok.head, steps + 1


def event_date(doc: Doc, sent_index: int, token_indices: Sequence[int]) -> EventDate:
    """The date of the expression attached to the event's clause, else the nearest date in
    its sentence, else the publication date (``source`` says which)."""
    times: list[TimeRef] = list(doc._.times or [])
    groups = doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else []
    sent = _sentence(doc, sent_index) if token_indices else None
    if sent is not None and times:
        head = _clause_head(doc, token_indices)
        event_toks = set(token_indices) | {head.i}
        candidates: list[tuple[int, int, Span, TimeRef]] = []
        for span in groups:
            if span.start < sent.start or span.end > sent.end:
                continue
            ref = times[int(span.label_)]
            if ref.value == "PRESENT_REF":
                continue  # "now" says nothing the publication date does not
            steps = _attachment(span.root, event_toks)
            distance = min(min(abs(t - i) for i in token_indices) for t in range(span.start, span.end))
            candidates.append((0 if steps is not None else 1, steps if steps is not None else distance, span, ref))
        if candidates:
            attached, _, span, ref = min(candidates, key=lambda c: (c[0], c[1]))
            return EventDate(
                value=ref.value,
                granularity=ref.granularity,
                text=ref.text,
                source="expression" if attached == 0 else "sentence",
            )
    article = doc._.article
    if article is not None and article.published is not None:
        return EventDate(value=article.published.isoformat(), granularity="day", text=None, source="publication")
    return EventDate(value=None, granularity=None, text=None, source="none")


__all__ = ["event_date", "resolve", "SPAN_KEY"]
