"""URL sources -> raw documents: an article page, or a feed whose entries become their pages.

A feed entry's page goes through the same HTML reader as a local file (main text, title,
date, canonical URL); the entry's id (guid), title, date and the channel fill in what the
page lacks. Pages of one feed are fetched concurrently (``FetchOptions.workers`` in all,
``per_host`` per host) and come back in feed order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from tidings.errors import TidingsError
from tidings.ingest.decode import strip_nul
from tidings.ingest.fetch import Fetcher, FetchOptions, Response, decode_body, kind_of, utf8_xml
from tidings.ingest.raw import Item, RawDoc, fail, read_text_bytes

_ENTITY = re.compile(rb"<!ENTITY", re.I)


@dataclass(frozen=True)
class Entry:
    """What a feed says about one article."""

    link: str
    id: str | None
    title: str | None
    published: dt.date | None
    channel: str | None
    origin: str  # feed URL#n


def feed_entries(resp: Response) -> tuple[list[Entry], list[Item]]:
    """The entries of a fetched feed with a link (resolved against the feed's URL), and a
    Failure for each entry without one. Raises E015 when the feed cannot be parsed."""
    import feedparser

    text, _warns = decode_body(resp)
    data = utf8_xml(text)
    if _ENTITY.search(data):  # an XML bomb or an external-entity attack, never news
        raise TidingsError("E015", resp.url, path=resp.url, reason="feed declares XML entities; refused")
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        raise TidingsError("E015", resp.url, path=resp.url, reason=reason[:200])
    channel = parsed.feed.get("title")
    entries: list[Entry] = []
    failures: list[Item] = []
    for n, e in enumerate(parsed.entries, start=1):
        where = f"{resp.url}#{n}"
        link = (e.get("link") or "").strip()
        if not link:
            failures.append(
                fail(
                    TidingsError("E016", where, where=where, reason="feed entry has no link"), id=e.get("id")
                )
            )
            continue
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        entries.append(
            Entry(
                link if urlsplit(link).scheme else urljoin(resp.final_url, link),
                e.get("id") or None,
                e.get("title"),
                published,
                channel,
                where,
            )
        )
    return entries, failures


def page_doc(resp: Response, entry: Entry | None = None) -> Item:
    """An article page (or a plain text) as a RawDoc; the entry, if any, fills in metadata."""
    from tidings.ingest.html import extract_html

    origin = resp.url
    try:
        kind = kind_of(resp)
        if kind == "feed":
            raise TidingsError("E034", origin, url=origin, reason="a feed where an article page was expected")
        text, warns = decode_body(resp)
        if kind == "text":
            items = list(read_text_bytes(text.encode("utf-8"), origin, url=resp.final_url))
            doc = items[0]
        else:
            doc = extract_html(text.encode("utf-8"), origin)
            doc.url = doc.url and urljoin(resp.final_url, doc.url) or resp.final_url
    except TidingsError as e:
        return fail(e, id=entry.id if entry else None)
    if isinstance(doc, RawDoc):
        doc.warnings = [*warns, *doc.warnings]
        doc.id = (entry.id if entry else None) or doc.url or resp.url
        if entry is not None:
            doc.title = doc.title or (strip_nul(entry.title) if entry.title else None)
            # the feed's date is metadata; the page's date is a guess
            doc.published = entry.published or doc.published
            doc.source = doc.source or entry.channel
    return doc


def fetch_pages(
    entries: Iterable[Entry], fetcher: Fetcher, stop: Callable[[], bool] | None = None
) -> Iterator[tuple[Entry, Item]]:
    """Each entry with its page (RawDoc or Failure), in entry order, fetched concurrently."""

    def one(entry: Entry) -> Item:
        try:
            resp = fetcher.get(entry.link)
        except TidingsError as e:
            return fail(e, id=entry.id)
        return page_doc(resp, entry)

    window = max(1, fetcher.options.workers) * 2
    pending: deque[tuple[Entry, Future[Item]]] = deque()
    with ThreadPoolExecutor(
        max_workers=max(1, fetcher.options.workers), thread_name_prefix="tidings-fetch"
    ) as pool:
        try:
            for entry in entries:
                if stop is not None and stop():
                    break
                pending.append((entry, pool.submit(one, entry)))
                if len(pending) >= window:
                    e, fut = pending.popleft()
                    yield e, fut.result()
            while pending:
                e, fut = pending.popleft()
                yield e, fut.result()
        finally:
            for _e, fut in pending:
                fut.cancel()


def read_url(
    url: str, *, fetcher: Fetcher | None = None, options: FetchOptions | None = None
) -> Iterator[Item]:
    """Everything a URL holds: an article page, a text, or each entry of a feed as its page."""
    own = fetcher is None
    fetcher = fetcher or Fetcher(options)
    try:
        try:
            resp = fetcher.get(url)
            kind = kind_of(resp)
            if kind != "feed":
                yield page_doc(resp)
                return
            entries, failures = feed_entries(resp)
        except TidingsError as e:
            yield fail(e)
            return
        yield from failures
        for _entry, item in fetch_pages(entries, fetcher):
            yield item
    finally:
        if own:
            fetcher.close()
