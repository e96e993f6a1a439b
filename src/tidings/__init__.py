"""tidings: news articles -> event data (who did what to whom, when and where).

``tidings.extract(text, published=...)`` analyses one text; ``tidings.Pipeline`` streams
many. Heavy modules load on first use, not at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tidings._version import __version__

if TYPE_CHECKING:
    from tidings.model import Document
    from tidings.pipeline import Pipeline


def extract(text: str, published: Any = None, title: str | None = None, url: str | None = None) -> Document:
    """Analyse one article text and return its Document record."""
    from tidings.pipeline import extract as _extract

    return _extract(text, published=published, title=title, url=url)


def __getattr__(name: str) -> Any:
    if name == "Pipeline":
        from tidings.pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)


__all__ = ["Pipeline", "__version__", "extract"]
