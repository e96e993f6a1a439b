"""HTML pages -> main text, title, date and canonical URL (trafilatura + lxml)."""

from __future__ import annotations

from tidings.errors import Errors, TidingsError
from tidings.ingest.decode import strip_nul
from tidings.ingest.raw import RawDoc

MAX_HTML_BYTES = 20 * 1024 * 1024
MIN_WORDS = 10  # fewer words than this is a page with no article


def _canonical_url(data: bytes) -> str | None:
    """``<link rel=canonical>`` or ``og:url``; trafilatura sometimes misses the former."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(data[:MAX_HTML_BYTES])
    except (ValueError, TypeError, SyntaxError):
        return None
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = tree.xpath(xpath)
        if found and str(found[0]).strip():
            return str(found[0]).strip()
    return None


def extract_html(data: bytes, origin: str) -> RawDoc:
    import trafilatura

    if len(data) > MAX_HTML_BYTES:
        raise TidingsError(Errors.E018, origin, path=origin, limit=MAX_HTML_BYTES)
    try:
        doc = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except (ValueError, TypeError, RecursionError) as e:  # malformed markup deep inside lxml
        raise TidingsError(Errors.E014, origin, path=origin) from e
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < MIN_WORDS:
        # Navigation crumbs ("Home") are not an article.
        raise TidingsError(Errors.E014, origin, path=origin)
    title = getattr(doc, "title", None)
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :]  # the headline is the title, not the first sentence
    return RawDoc(
        text=strip_nul(text),
        origin=origin,
        title=title,
        url=_canonical_url(data) or getattr(doc, "url", None),
        source=getattr(doc, "sitename", None),
        published=getattr(doc, "date", None),
    )
