"""The one way scorers (and tests) analyse gold texts: whole Documents, or a Doc up to a stage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from tidings.model import Article, Document, Failure


def article_for(row: dict[str, Any], index: int = 0) -> Article:
    """The Article of one gold line (its text, ``published`` date, title, url and id)."""
    from tidings.ingest import article_from_text

    published = row.get("published")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    article = article_from_text(
        row["text"],
        published=published,
        title=row.get("title"),
        url=row.get("url"),
        id=str(row.get("id") or index),
    )
    if isinstance(article, Failure):
        raise ValueError(f"{row.get('id', index)}: {article.error.message}")
    return article


def documents(rows: Sequence[dict[str, Any]], pipeline: Any = None) -> list[Document | Failure]:
    """Every gold line through the whole pipeline, in order (a failed one stays a Failure)."""
    from tidings.pipeline import Pipeline

    pipe = pipeline or Pipeline()
    return list(pipe.process(article_for(r, i) for i, r in enumerate(rows)))


def doc_upto(nlp: Any, row: dict[str, Any], stop: str | None = None, skip: Iterable[str] = ()) -> Any:
    """A spaCy Doc of one gold line annotated by ``nlp``'s components up to and including
    ``stop`` (all when None), leaving out those named in ``skip``."""
    from tidings.registrations import ensure_defaults

    article = article_for(row)
    doc = nlp.make_doc(article.text)
    doc._.article = article
    ensure_defaults(doc)
    left_out = set(skip)
    for name, proc in nlp.pipeline:
        if name not in left_out:
            doc = proc(doc)
        if name == stop:
            break
    return doc
