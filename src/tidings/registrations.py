"""tidings' spaCy component factories, registered in one place, on demand.

Importing a component module (``tidings.events.component`` ...) registers nothing; the
factories are added here by ``register()``, which ``tidings.nlp.load`` calls, and which
spaCy reaches in a process that never imported tidings through the ``spacy_factories``
entry points in pyproject.toml (each names an attribute of this module: looking one up
runs ``register()`` and hands spaCy the factory). Factory names carry a version
(``tidings_events_v1``): change behaviour by adding ``_v2``, never by renaming.
"""

from __future__ import annotations

import importlib
from typing import Any

from tidings.nlp.extensions import ensure_defaults, register_extensions

# Stage order: events need actors, times and places; quotes link to events.
STAGES: list[tuple[str, str]] = [
    ("tidings_actors", "tidings_actors_v1"),
    ("tidings_times", "tidings_times_v1"),
    ("tidings_places", "tidings_places_v1"),
    ("tidings_events", "tidings_events_v1"),
    ("tidings_quotes", "tidings_quotes_v1"),
]

_DICTIONARIES = {"dictionaries": [], "default_dictionaries": True}

# factory name -> (module, function, default config); None marks a stateless component.
FACTORIES: dict[str, tuple[str, str, dict[str, Any] | None]] = {
    "tidings_paragraphs_v1": ("tidings.nlp.paragraphs", "paragraphs", None),
    "tidings_actors_v1": ("tidings.actors.component", "make_actors_stage", _DICTIONARIES),
    "tidings_times_v1": ("tidings.times.component", "make_times_stage", {}),
    "tidings_places_v1": ("tidings.places.component", "make_places_stage", {}),
    "tidings_events_v1": ("tidings.events.component", "make_events_stage", _DICTIONARIES),
    "tidings_quotes_v1": ("tidings.quotes.component", "make_quotes_stage", {}),
}

_DONE = False


def _function(name: str) -> Any:
    module, attr, _ = FACTORIES[name]
    return getattr(importlib.import_module(module), attr)


def register_factories() -> None:
    """Add every tidings factory to spaCy's registry (each only once per process)."""
    from spacy.language import Language

    for name, (_, _, config) in FACTORIES.items():
        if Language.has_factory(name):
            continue
        func = _function(name)
        if config is None:
            Language.component(name, func=func)
        else:
            Language.factory(name, default_config=dict(config), func=func)


def register() -> None:
    """Doc extensions and component factories: what a tidings pipeline needs to run."""
    global _DONE
    if _DONE:
        return
    register_extensions()
    register_factories()
    _DONE = True


def __getattr__(name: str) -> Any:
    # spaCy loads each ``spacy_factories`` entry point as ``tidings.registrations:<factory>``.
    if name in FACTORIES:
        register()
        return _function(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FACTORIES", "STAGES", "ensure_defaults", "register", "register_factories"]
