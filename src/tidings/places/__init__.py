"""The places stage: toponyms -> GeoNames places.

Public surface used by the events stage:
- ``event_location(doc, sent_index, token_indices)``: the EventLocation for an event whose
  clause covers ``token_indices`` in sentence ``sent_index``, or None.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tidings.model import EventLocation


def event_location(doc: Doc, sent_index: int, token_indices: Sequence[int]) -> EventLocation | None:
    """Foundation version: no location."""
    return None


__all__ = ["event_location"]
