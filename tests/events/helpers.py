"""Hand-built Docs for unit tests of the events stage (no model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from tidings.registrations import ensure_defaults, register

_VOCAB = None


def make_doc(rows: list[tuple[str, str, str, str, int, str]], ents: list[tuple[int, int, str]] = ()) -> Doc:
    """rows: (word, lemma, pos, dep, head index, tag); ents: (start, end, label)."""
    global _VOCAB
    register()
    if _VOCAB is None:
        _VOCAB = spacy.blank("en").vocab
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" for i in range(len(rows))]
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        tags=[r[5] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
        ents=_iob(len(rows), ents),
    )
    ensure_defaults(doc)
    return doc


def _iob(n: int, ents) -> list[str]:
    tags = ["O"] * n
    for s, e, label in ents:
        tags[s] = f"B-{label}"
        for i in range(s + 1, e):
            tags[i] = f"I-{label}"
    return tags


def coded_events(pipeline, text: str, day=None, modality: bool = False) -> list[tuple]:
    """(code, source code, target code[, modality]) of each event the real pipeline finds in
    ``text``, published on ``day`` (2024-05-08 unless given)."""
    import datetime as dt

    from tidings.ingest import article_from_text

    article = article_from_text(text, published=day or dt.date(2024, 5, 8), id="x")
    (doc,) = list(pipeline.process([article]))
    rows = [(e.cameo, e.source.code, e.target.code if e.target else None, e.modality) for e in doc.events]
    return rows if modality else [r[:3] for r in rows]
