"""The times stage: date expressions -> TimeRef with TIMEX3 values.

Public surface used by the events stage:
- ``event_date(doc, sent_index, token_indices)``: the EventDate for an event whose clause
  covers ``token_indices`` in sentence ``sent_index``.
- ``resolve(text, anchor, tense)``: one expression -> TIMEX3 value and granularity.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from tidings.model import EventDate, TimeRef
from tidings.times.clause import rank, sentence, within
from tidings.times.focus import after_publication, end_bound, focus_date, governs, quoted, quoted_deixis
from tidings.times.keys import SPAN_KEY
from tidings.times.later import dated_later
from tidings.times.resolve import resolve

# doc.user_data key: a list of (sentence start, text) of dates that belong to an act named in a
# noun phrase ("praised the recent summit ... on Thursday"), set by the events stage
ACT_DATES = "tidings_act_dates"


def event_date(doc: Doc, sent_index: int, token_indices: Sequence[int]) -> EventDate:
    """The date of the expression attached to the event's clause, else the nearest date in
    its sentence, else the publication date (``source`` says which)."""
    times: list[TimeRef] = list(doc._.times or [])
    sent = sentence(doc, sent_index) if token_indices else None
    if sent is not None and times and SPAN_KEY in doc.spans:
        found = _in_sentence(doc, sent, token_indices, times)
        if found is not None:
            level, ref = found
            how = "attached to the event's clause" if level < 2 else "elsewhere in its sentence"
            return EventDate(
                value=ref.value,
                granularity=ref.granularity,
                text=ref.text,
                source="expression" if level < 2 else "sentence",
                evidence=f"{ref.text!r} {how}",
            )
    if sent is None and not token_indices and sent_index >= 0:
        sent = sentence(doc, sent_index)  # the sentence's own dates belong to another act
    if sent is not None and times and SPAN_KEY in doc.spans:
        # no date of its own: the story's time focus, the occasion told last
        if token_indices and (later := dated_later(doc, sent, token_indices)) is not None:
            ref, where = later
            return EventDate(
                value=ref.value,
                granularity=ref.granularity,
                text=ref.text,
                source="context",
                evidence=f"{ref.text!r} of the act named again later: {_cut(where.text)!r}",
            )
        owned = {(int(s), str(t)) for s, t in doc.user_data.get(ACT_DATES, [])}
        focus = focus_date(doc, sent, owned)
        if focus is not None:
            return EventDate(
                value=focus.value,
                granularity=focus.granularity,
                text=focus.text,
                source="context",
                evidence=_focus_evidence(doc, sent, focus),
            )
    article = doc._.article
    if article is not None and article.published is not None:
        return EventDate(
            value=article.published.isoformat(),
            granularity="day",
            text=None,
            source="publication",
            evidence="no date in reach: the publication date",
        )
    return EventDate(value=None, granularity=None, text=None, source="none")


def _focus_evidence(doc: Doc, sent: Span, focus: TimeRef) -> str:
    """Where an inherited date came from: "the story's time focus, 'on Friday' in the
    sentence 2 before: 'An Australian, Brenton Tarrant, ...'"."""
    where = doc.char_span(focus.start, focus.end, alignment_mode="expand")
    if where is None:
        return f"the story's time focus, {focus.text!r}"
    src = where.sent
    back = sum(1 for s in doc.sents if src.start <= s.start < sent.start)
    return f"the story's time focus, {focus.text!r} in the sentence {back} before: {_cut(src.text)!r}"


def _cut(text: str) -> str:
    words = text.strip()
    return words[:77].rstrip() + "..." if len(words) > 80 else words


def _in_sentence(
    doc: Doc, sent: Span, token_indices: Sequence[int], times: list[TimeRef]
) -> tuple[int, TimeRef] | None:
    """The sentence's date for the event: attached, else same clause, else one in a clause
    above the event's, else the nearest. A plan ("would become compulsory from June 15")
    gives way to a date on or before publication of a clause above it ("Yesterday, the
    secretary announced that ..."): the event is the announcement of the plan."""
    best = None
    governing_past = None
    article = doc._.article
    published = article.published.isoformat() if article is not None and article.published else None
    for span in within(doc.spans[SPAN_KEY], sent):
        ref = times[int(span.label_)]
        if ref.value == "PRESENT_REF":
            continue  # "now" says nothing the publication date does not
        if end_bound(span):
            continue  # "remain in custody until April 5": the stretch ends then, the order was earlier
        if quoted_deixis(doc, span, ref) and not quoted(doc, doc[token_indices[0] : token_indices[0] + 1]):
            continue  # a quoted "today" is the speaker's day, not that of the event told around it
        key = rank(span, doc, token_indices)
        above = governs(span, doc, token_indices)
        if key[0] == 2:  # only in the sentence: a clause above the event first
            key = (2, int(not above) * 1000 + key[1])
        if best is None or key < best[0]:
            best = (key, ref)
        if above and ref.value and not after_publication(ref, published):
            governing_past = governing_past or (key, ref)
    if best is None:
        return None
    if governing_past is not None and after_publication(best[1], published):
        best = governing_past
    return best[0][0], best[1]


__all__ = ["event_date", "resolve", "SPAN_KEY", "ACT_DATES"]
