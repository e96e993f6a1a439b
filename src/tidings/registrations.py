"""Registers tidings' Doc extensions and spaCy component factories, once, on demand.

Nothing happens at import time of ``tidings``; ``register()`` is called when a pipeline
is built. Factory names carry a version (``tidings_events_v1``): change behaviour by
adding ``_v2``, never by renaming.
"""

from __future__ import annotations

from typing import Any

_DONE = False

# name -> default value of each Doc extension the stages share.
DOC_EXTENSIONS: dict[str, Any] = {
    "article": None,  # tidings.model.Article being analysed (publication date, dateline ...)
    "skip_coding": False,  # True for non-English text: parsed, not coded
    "actors": [],  # list[tidings.model.Actor]; mention spans in doc.spans["tidings_actors"]
    "events": [],  # list[tidings.model.Event]
    "quotes": [],  # list[tidings.model.Quote]
    "times": [],  # list[tidings.model.TimeRef]; spans in doc.spans["tidings_times"]
    "places": [],  # list[tidings.model.Place]; spans in doc.spans["tidings_places"]
    "stage_errors": [],  # list[tidings.model.ErrorRecord]
}

# Stage order: events need actors, times and places; quotes link to events.
STAGES: list[tuple[str, str]] = [
    ("tidings_actors", "tidings_actors_v1"),
    ("tidings_times", "tidings_times_v1"),
    ("tidings_places", "tidings_places_v1"),
    ("tidings_events", "tidings_events_v1"),
    ("tidings_quotes", "tidings_quotes_v1"),
]


def register() -> None:
    global _DONE
    if _DONE:
        return
    from spacy.tokens import Doc

    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            # Lists must not be shared between Docs: give each Doc its own via a getter-less
            # default of None and fill in ``ensure_defaults``.
            Doc.set_extension(name, default=None if isinstance(default, list) else default)
    # Importing the component modules runs their @Language.factory decorators.
    import tidings.actors.component  # noqa: F401
    import tidings.events.component  # noqa: F401
    import tidings.nlp.paragraphs  # noqa: F401
    import tidings.places.component  # noqa: F401
    import tidings.quotes.component  # noqa: F401
    import tidings.times.component  # noqa: F401

    _DONE = True


def ensure_defaults(doc: Any) -> None:
    """Give ``doc`` fresh empty lists for every list-valued extension still unset."""
    for name, default in DOC_EXTENSIONS.items():
        if isinstance(default, list) and getattr(doc._, name) is None:
            setattr(doc._, name, [])
