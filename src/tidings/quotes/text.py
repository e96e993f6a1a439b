"""Quote ids: a content hash of the article and the quote's offsets (the quote modules read
the Doc's text with ``tidings.nlp.extensions.doc_text``, built once per Doc for every stage).
"""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from tidings.nlp.extensions import doc_text


def quote_id(doc: Doc, start: int, end: int) -> str:
    """A content hash: the same text gives the same id in every run."""
    article = getattr(doc._, "article", None)
    basis = (article.content_hash if article is not None else "") or hashlib.sha1(
        doc_text(doc).encode("utf-8")
    ).hexdigest()
    return "q" + hashlib.sha1(f"{basis}|{start}|{end}".encode()).hexdigest()[:15]


__all__ = ["quote_id"]
