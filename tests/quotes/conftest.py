"""Hand-built parsed Docs for the quotes unit tests (no model needed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc


def parsed(text: str, rows: list[str], ents: list[str] | None = None) -> Doc:
    """A Doc for ``text`` from rows "word lemma POS dep head [TAG]" (head: absolute index)."""
    from tidings.registrations import ensure_defaults, register

    register()
    words, lemmas, pos, deps, heads, tags = [], [], [], [], [], []
    for row in rows:
        w, lem, p, dep, head, *tag = row.split(" ")
        tags.append(tag[0] if tag else "")
        words.append(w)
        lemmas.append(lem)
        pos.append(p)
        deps.append(dep)
        heads.append(int(head))
    spaces, at = [], 0
    for w in words:
        at = text.index(w, at) + len(w)
        spaces.append(text[at : at + 1] == " ")
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        deps=deps,
        heads=heads,
        ents=ents,
        tags=tags,
    )
    assert doc.text == text, doc.text
    ensure_defaults(doc)
    return doc


@pytest.fixture
def build():
    return parsed
