"""tidings' Doc extensions (``doc._.actors`` ...) and the ``doc.user_data`` keys stages share.

Every stage reads and writes the Doc through these names, so they live here, below all
stages, and importing this module registers nothing: ``register_extensions()`` does, once.
List-valued extensions default to a fresh empty list per Doc.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# ``doc.user_data`` keys.
HITS_KEY = "tidings_actor_hits"  # the actors stage's dictionary hits, as tuples (see actors.lexicon.Hit)
SEQ_KEY = "tidings_seq"  # a Doc's position in the batch tidings.pipeline runs
TEXT_KEY = "tidings_text"  # the Doc's text, built once (see doc_text)

# name -> default of each Doc extension that is not a list.
VALUE_EXTENSIONS: dict[str, Any] = {
    "article": None,  # tidings.model.Article being analysed (publication date, dateline ...)
    "skip_coding": False,  # True for non-English text: parsed, not coded
}

# Doc extensions holding a list each; a Doc's own empty list until a stage sets one.
LIST_EXTENSIONS: tuple[str, ...] = (
    "actors",  # list[tidings.model.Actor]; mention spans in doc.spans["tidings_actors"]
    "events",  # list[tidings.model.Event]
    "quotes",  # list[tidings.model.Quote]
    "times",  # list[tidings.model.TimeRef]; spans in doc.spans["tidings_times"]
    "places",  # list[tidings.model.Place]; spans in doc.spans["tidings_places"]
)


def _list_accessors(name: str) -> tuple[Callable[[Any], list[Any]], Callable[[Any, list[Any]], None]]:
    # The same user_data key spaCy uses for a default-valued extension, so Doc.to_bytes keeps it.
    key = ("._.", name, None, None)

    def get(doc: Any) -> list[Any]:
        value = doc.user_data.get(key)
        if value is None:
            value = doc.user_data[key] = []
        return value

    def put(doc: Any, value: list[Any]) -> None:
        doc.user_data[key] = value

    return get, put


def doc_text(doc: Any) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds that string from every token at each
    access, and the stages slice it per event (profiled: half of the events stage's time on
    Wikinews articles). Kept in ``doc.user_data`` and checked against the Doc's length."""
    text = doc.user_data.get(TEXT_KEY)
    n = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(text, str) or len(text) != n:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def register_extensions() -> None:
    """Add the Doc extensions (each only once per process)."""
    from spacy.tokens import Doc

    for name, default in VALUE_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in LIST_EXTENSIONS:
        if not Doc.has_extension(name):
            get, put = _list_accessors(name)
            Doc.set_extension(name, getter=get, setter=put)


def ensure_defaults(doc: Any) -> None:
    """Kept for callers written when list extensions started as None: gives ``doc`` its lists."""
    for name in LIST_EXTENSIONS:
        getattr(doc._, name)
