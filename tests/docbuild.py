"""Hand-built parsed Docs for unit tests: no model, every token's analysis written out."""

from __future__ import annotations

import datetime as dt

import spacy
from spacy.tokens import Doc


def make_doc(
    text: str,
    columns: dict[str, list],
    ents: list[str] | None = None,
    published: dt.date | None = None,
    dateline: str | None = None,
) -> Doc:
    """A Doc whose tokens are ``columns["words"]`` laid over ``text`` (spaces inferred), with
    the other columns (lemmas, pos, tags, deps, heads) as given, ``ents`` in IOB form, and
    ``doc._.article`` published on ``published``."""
    from tidings.model import Article
    from tidings.registrations import ensure_defaults, register

    register()
    spaces, at = [], 0
    for w in columns["words"]:
        at = text.index(w, at) + len(w)
        spaces.append(text[at : at + 1] == " ")
    doc = Doc(spacy.blank("en").vocab, spaces=spaces, ents=ents, **columns)
    assert doc.text == text, doc.text
    doc._.article = Article(id="t", text=text, published=published, dateline=dateline)
    ensure_defaults(doc)
    return doc


def parsed(
    text: str,
    rows: list[str],
    ents: list[str] | None = None,
    published: dt.date | None = None,
    dateline: str | None = None,
) -> Doc:
    """A Doc from rows "word lemma POS TAG dep head" (head: absolute token index)."""
    cols: dict[str, list] = {k: [] for k in ("words", "lemmas", "pos", "tags", "deps", "heads")}
    for row in rows:
        w, lem, p, tag, dep, head = row.split(" ")
        for key, value in zip(cols, (w, lem, p, tag, dep, int(head)), strict=True):
            cols[key].append(value)
    return make_doc(text, cols, ents, published, dateline)


def token_index(doc: Doc, word: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == word][nth]


def sent_index(doc: Doc, tok: int) -> int:
    return next(i for i, s in enumerate(doc.sents) if s.start <= tok < s.end)
