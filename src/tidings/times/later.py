"""An act dated only when a later sentence names it again ("Police arrested the accused ...
After his arrest on Friday, he stayed in the police station"): the date that sentence gives
the act's noun."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from tidings.model import TimeRef
from tidings.times.clause import within
from tidings.times.keys import SPAN_KEY

LATER = 2  # how many sentences on the act may be dated by name


def _noun_of(span: Span) -> Token | None:
    """The noun a date expression is attached to ("his arrest on Friday" -> arrest), or None
    when the climb meets a verb first."""
    tok = span.root
    for _ in range(3):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.pos_ == "NOUN":
            return tok
    return None


def dated_later(doc: Doc, sent: Span, token_indices: Sequence[int]) -> tuple[TimeRef, Span] | None:
    """The date and sentence of a later mention of the event's own word as a noun with a
    date of its own, within ``LATER`` sentences; None when there is none."""
    from tidings.times.focus import end_bound

    lemmas = {doc[i].lemma_.lower() for i in token_indices if doc[i].pos_ in ("VERB", "NOUN")}
    times: list[TimeRef] = list(doc._.times or [])
    nxt = sent
    for _ in range(LATER):
        if nxt.end >= len(doc):
            return None
        nxt = doc[nxt.end].sent
        for span in within(doc.spans[SPAN_KEY], nxt):
            noun = _noun_of(span)
            ref = times[int(span.label_)]
            if noun is None or noun.lemma_.lower() not in lemmas or ref.value in (None, "PRESENT_REF"):
                continue
            if not end_bound(span):
                return ref, nxt
    return None
