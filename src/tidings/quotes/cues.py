"""Cue verbs in a Doc: the reporting verbs of the cue lexicon (with their particles) and "according to"."""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from tidings.quotes.lexicon import Cue, load_cues

ACCORDING = "according to"


def _is_cue(tok: Token, cues: dict[str, Cue]) -> bool:
    if tok.lower_ == "according":
        return any(c.lower_ == "to" for c in tok.children) or (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
        )
    cue = cues.get(tok.lemma_.lower())
    if cue is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    if cue.particle is not None:
        return any(c.dep_ == "prt" and c.lower_ == cue.particle for c in tok.children)
    return True


def cue_lemma(tok: Token, cues: dict[str, Cue]) -> str:
    if tok.lower_ == "according":
        return ACCORDING
    cue = cues.get(tok.lemma_.lower())
    if cue is not None and cue.particle:
        return f"{cue.lemma} {cue.particle}"
    return tok.lemma_.lower()


_CUE_IDS: dict[frozenset[str], Any] = {}  # cue lemmas -> their hashes (the same in every vocab)


def cue_tokens(doc: Doc, cues: dict[str, Cue] | None = None) -> list[Token]:
    """Every cue verb (and "according") in ``doc``, in order."""
    cues = cues if cues is not None else load_cues()
    key = frozenset(cues)
    ids = _CUE_IDS.get(key)
    if ids is None:  # lemma hashes of the cues, once per lexicon
        ids = _CUE_IDS[key] = numpy.array(
            [doc.vocab.strings[w] for w in [*cues, "according"]], dtype="uint64"
        )
    arr = doc.to_array([LEMMA, LOWER])
    hits = numpy.nonzero(numpy.isin(arr[:, 0], ids) | numpy.isin(arr[:, 1], ids[-1:]))[0]
    return [doc[int(i)] for i in hits if _is_cue(doc[int(i)], cues)]
