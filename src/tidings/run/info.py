"""What a run records about how it analysed: tidings and spaCy versions, model, dictionaries."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def _file_info(path: Path, label: str) -> dict[str, Any]:
    data = path.read_bytes()
    head = data[:2000].decode("utf-8", "replace")
    m = re.search(r"version\s*[:=]\s*([\w.\-]+)", head, re.I)
    return {"name": label, "sha256": hashlib.sha256(data).hexdigest(), "version": m.group(1) if m else None}


# the built-in files a partial default set leaves out ("--no-default-actors": the actor
# dictionaries; "--no-default-verbs": the verb lexicon)
_LEFT_OUT = {"actors": ("events/lexicon.tsv",), "verbs": ("actors/",)}


def dictionary_info(
    dictionaries: Sequence[str | os.PathLike[str]] = (), default_dictionaries: bool | str = True
) -> list[dict[str, Any]]:
    """Name, sha256 and declared version of every dictionary file a run uses.

    ``default_dictionaries`` is True (all built-in files), False (none), or "actors" / "verbs"
    when only that default set is loaded (``tidings.cli._util.default_set``)."""
    out = []
    if default_dictionaries:
        left_out = _LEFT_OUT.get(str(default_dictionaries), ())
        data = Path(__file__).resolve().parent.parent / "data"
        for p in sorted(data.rglob("*")) if data.is_dir() else []:
            rel = p.relative_to(data).as_posix()
            if (
                p.is_file()
                and "__pycache__" not in p.parts
                and p.suffix != ".py"
                and not rel.startswith(left_out)
            ):
                out.append(_file_info(p, "tidings:" + rel))
    for d in dictionaries:
        out.append(_file_info(Path(d), str(d)))
    return out


def model_info(model: str | None) -> dict[str, Any]:
    """spaCy pipeline name and version from its meta.json, without loading the pipeline."""
    import spacy
    import spacy.util

    from tidings.nlp import DEFAULT_MODEL

    name = model or os.environ.get("TIDINGS_MODEL") or DEFAULT_MODEL
    info: dict[str, Any] = {"model_name": name, "model_version": None, "spacy_version": spacy.__version__}
    try:
        path = Path(name) if Path(name).exists() else spacy.util.get_package_path(name)
        meta = spacy.util.load_meta(path / "meta.json")
        info["model_name"] = f"{meta.get('lang', '')}_{meta.get('name', '')}".strip("_") or name
        info["model_version"] = meta.get("version")
    except (OSError, ValueError, ImportError, ModuleNotFoundError):
        pass
    return info


def run_info(
    model: str | None, dictionaries: Sequence[str | os.PathLike[str]], default_dictionaries: bool | str
) -> dict[str, Any]:
    from tidings._version import __version__

    return {
        "tidings_version": __version__,
        **model_info(model),
        "dictionaries": dictionary_info(dictionaries, default_dictionaries),
    }
