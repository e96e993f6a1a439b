"""Hand-built parsed Docs for the quotes unit tests (no model needed)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tests.docbuild import make_doc


def parsed(text: str, rows: list[str], ents: list[str] | None = None) -> Doc:
    """A Doc for ``text`` from rows "word lemma POS dep head [TAG]" (head: absolute index)."""
    cols: dict[str, list] = {k: [] for k in ("words", "lemmas", "pos", "deps", "heads", "tags")}
    for row in rows:
        w, lem, p, dep, head, *tag = row.split(" ")
        for key, value in zip(cols, (w, lem, p, dep, int(head), tag[0] if tag else ""), strict=True):
            cols[key].append(value)
    return make_doc(text, cols, ents)


@pytest.fixture
def build():
    return parsed
