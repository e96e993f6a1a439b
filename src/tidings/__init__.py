"""tidings: news articles -> event data (who did what to whom, when and where).

Analyse: ``tidings.extract(text, published=...)`` one text; ``tidings.Pipeline().process(items)``
many (texts, dicts or Articles); ``tidings.read(paths)`` reads files into Articles.

Store and query, the functions the CLI calls: ``tidings.run.ingest(paths, db)`` and
``tidings.Store(db)``; ``tidings.query.events(store, tidings.EventFilter(dyad="IRN:IRQ"))``,
``tidings.series(store, f, by="month")``, ``tidings.query.actors``, ``tidings.query.quotes``,
``tidings.documents``; ``tidings.to_dataframe(rows, kind="events")`` makes a pandas
DataFrame. (``ingest``, ``events``, ``actors`` and ``quotes`` are also the names of
tidings' subpackages, so those four are reached through ``tidings.run`` / ``tidings.query``.)
Heavy modules load on first use, not at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tidings._version import __version__

if TYPE_CHECKING:
    import datetime as dt

    from tidings.model import Document

# Public names served from their modules on first use (importing tidings stays cheap).
_LAZY = {
    "Pipeline": "tidings.pipeline",
    "BadDate": "tidings.pubdate",
    "read": "tidings.ingest",
    "Article": "tidings.model",
    "Document": "tidings.model",
    "Failure": "tidings.model",
    "Store": "tidings.store",
    "recode": "tidings.run",
    "EventFilter": "tidings.query",
    "ActorFilter": "tidings.query",
    "QuoteFilter": "tidings.query",
    "iter_events": "tidings.query",
    "event": "tidings.query",
    "series": "tidings.query",
    "documents": "tidings.query",
    "document": "tidings.query",
    "to_dataframe": "tidings.export",
}


def extract(
    text: str,
    published: dt.date | dt.datetime | str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Document:
    """Analyse one article text and return its Document record.

    ``published``: a date, a datetime or a date string ("2022-10-16", "16/10/2022",
    "October 16, 2022"); an unreadable one raises ``tidings.BadDate`` (a ValueError)."""
    from tidings.pipeline import extract as _extract

    return _extract(text, published=published, title=title, url=url)


# Subpackages offered as namespaces: tidings.run.ingest, tidings.query.events ...
_MODULES = ("run", "store", "query", "export")


def __getattr__(name: str) -> Any:
    import importlib

    if name in _MODULES:
        return importlib.import_module(f"tidings.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tidings' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_MODULES})


__all__ = ["__version__", "extract", *_LAZY, *_MODULES]
