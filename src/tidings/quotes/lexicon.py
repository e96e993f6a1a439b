"""The cue-verb lexicon (src/tidings/data/quotes/cues.tsv), read once per process."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "quotes" / "cues.tsv"


@dataclass(frozen=True)
class Cue:
    lemma: str
    particle: str | None  # "out" for "point out"; None when the verb alone is the cue
    cls: str  # speech, claim, directive, deny


def _parse(lines: list[str]) -> dict[str, Cue]:
    cues: dict[str, Cue] = {}
    for line in lines:
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        lemma, particle, cls = (line.rstrip("\n").split("\t") + ["", ""])[:3]
        cues[lemma] = Cue(lemma, None if particle in ("", "-") else particle, cls or "speech")
    return cues


@functools.lru_cache(maxsize=1)
def load_cues() -> dict[str, Cue]:
    """lemma -> Cue, from the packaged data file."""
    return _parse(CUES_FILE.read_text(encoding="utf-8").splitlines())


__all__ = ["Cue", "load_cues"]
