"""The text of the Doc being searched for quotes, and quote ids.

``doc.text`` rebuilds the string from every token, so ``find_quotes`` keeps it here while it
runs (``keep_text``) and the other quote modules read it with ``doc_text``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc

_TEXT: dict[int, str] = {}


def doc_text(doc: Doc) -> str:
    text = _TEXT.get(id(doc))
    return text if text is not None else doc.text


@contextmanager
def keep_text(doc: Doc) -> Iterator[None]:
    """While inside, ``doc_text(doc)`` is the article's text when the Doc was made from it."""
    article = getattr(doc._, "article", None)
    # the pipeline makes each Doc from its article's text: reuse it rather than rebuild it
    same = (
        article is not None and len(doc) > 0 and len(article.text) == doc[-1].idx + len(doc[-1].text_with_ws)
    )
    _TEXT[id(doc)] = article.text if same else doc.text
    try:
        yield
    finally:
        _TEXT.pop(id(doc), None)


def quote_id(doc: Doc, start: int, end: int) -> str:
    """A content hash: the same text gives the same id in every run."""
    article = getattr(doc._, "article", None)
    basis = (article.content_hash if article is not None else "") or hashlib.sha1(
        doc_text(doc).encode("utf-8")
    ).hexdigest()
    return "q" + hashlib.sha1(f"{basis}|{start}|{end}".encode()).hexdigest()[:15]
