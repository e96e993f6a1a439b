"""Hand-built parsed Docs for the times and places unit tests (no model needed)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc


def parsed(
    text: str,
    rows: list[str],
    ents: list[str] | None = None,
    published: dt.date | None = None,
    dateline: str | None = None,
) -> Doc:
    """A Doc for ``text`` from rows "word lemma POS TAG dep head" (head: absolute index), with
    ``doc._.article`` published on ``published``; ``ents`` in spaCy's IOB form ("B-GPE", "O")."""
    from tidings.model import Article
    from tidings.registrations import ensure_defaults, register

    register()
    words, lemmas, pos, tags, deps, heads = [], [], [], [], [], []
    for row in rows:
        w, lem, p, tag, dep, head = row.split(" ")
        words.append(w)
        lemmas.append(lem)
        pos.append(p)
        tags.append(tag)
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
        tags=tags,
        deps=deps,
        heads=heads,
        ents=ents,
    )
    assert doc.text == text, doc.text
    doc._.article = Article(id="t", text=text, published=published, dateline=dateline)
    ensure_defaults(doc)
    return doc


@pytest.fixture
def build():
    return parsed


def token_index(doc, word: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == word][nth]


def sent_index(doc, tok: int) -> int:
    return next(i for i, s in enumerate(doc.sents) if s.start <= tok < s.end)
