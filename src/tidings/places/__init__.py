"""The places stage: toponyms -> GeoNames places.

Public surface used by the events stage:
- ``event_location(doc, sent_index, token_indices, source_country=None)``: the
  EventLocation for an event whose clause covers ``token_indices`` in sentence
  ``sent_index``, or None (``tidings.places.event``).
"""

from __future__ import annotations

from tidings.places.event import LOCATIVE, SPAN_KEY, event_location, is_locative

__all__ = ["LOCATIVE", "SPAN_KEY", "event_location", "is_locative"]
