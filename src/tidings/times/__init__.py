"""The times stage: date expressions -> TimeRef with TIMEX3 values.

Public surface used by the events stage:
- ``event_date(doc, sent_index, token_indices)``: the EventDate for an event whose clause
  covers ``token_indices`` in sentence ``sent_index``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tidings.model import EventDate


def event_date(doc: Doc, sent_index: int, token_indices: Sequence[int]) -> EventDate:
    """Foundation version: the publication date, marked as such."""
    article = doc._.article
    if article is not None and article.published is not None:
        return EventDate(value=article.published.isoformat(), granularity="day", text=None, source="publication")
    return EventDate(value=None, granularity=None, text=None, source="none")


__all__ = ["event_date"]
