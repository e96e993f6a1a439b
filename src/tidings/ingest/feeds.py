"""RSS and Atom files -> one document per entry (feedparser), entity expansion refused."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from tidings.errors import Errors, TidingsError
from tidings.ingest.decode import strip_nul
from tidings.ingest.raw import Item, RawDoc, fail

_DOCTYPE_ENTITY = re.compile(rb"<!ENTITY", re.I)


def _html_to_text(fragment: str) -> str:
    from lxml import html as lxml_html

    if "<" not in fragment:
        return fragment
    try:
        node = lxml_html.fromstring(fragment)
    except (ValueError, TypeError, SyntaxError):
        return re.sub(r"<[^>]+>", " ", fragment)
    for br in node.iter("br", "p", "div", "li"):
        br.tail = ("\n" + br.tail) if br.tail else "\n"
    return node.text_content()


def read_feed(data: bytes, origin: str) -> Iterator[Item]:
    import feedparser

    if _DOCTYPE_ENTITY.search(data):
        # Entity declarations in a feed are an XML bomb or an external-entity attack,
        # never news: refuse the whole file. The whole file is searched: a DOCTYPE may
        # follow any amount of comments or whitespace.
        raise TidingsError(Errors.E015, origin, path=origin, reason="feed declares XML entities; refused")
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        raise TidingsError(Errors.E015, origin, path=origin, reason=reason[:200])
    channel = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{n}"
        body = ""
        if entry.get("content"):
            body = "\n".join(c.get("value", "") for c in entry.content)
        body = body or entry.get("summary", "") or ""
        text = _html_to_text(body).strip()
        if not text:
            yield fail(TidingsError(Errors.E019, where, where=where), id=entry.get("id"))
            continue
        published = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
        yield RawDoc(
            text=strip_nul(text),
            origin=where,
            id=entry.get("id") or entry.get("link"),
            title=entry.get("title"),
            url=entry.get("link"),
            source=channel,
            published=published,
        )
