"""Reading: sources -> cleaned ``Article`` records (or ``Failure`` records), streaming."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Iterator
from typing import IO, Any

from tidings.errors import Errors, TidingsError, Warnings, warning
from tidings.ingest.clean import clean, date_from_url
from tidings.ingest.language import detect_language
from tidings.ingest.raw import RawDoc
from tidings.ingest.readers import DEFAULT_MAX_CHARS, read_paths
from tidings.model import Article, Failure

__all__ = ["Article", "Failure", "RawDoc", "prepare", "read", "parse_date", "content_hash"]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_date(value: Any) -> dt.date | None:
    """A metadata date (ISO string, RFC 822 string, date or datetime) as a date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        return None


def _meta(v: str | None) -> str | None:
    """Metadata from any reader (HTML titles, feed links ...) without NUL: databases refuse it."""
    return v.replace("\x00", "") or None if v and "\x00" in v else v


MAX_ID_CHARS = 512  # the web API's limit; PostgreSQL cannot index keys over ~2.7 KB at all


def _doc_id(v: str | None) -> str | None:
    """An over-long id (a feed's whole link list, a pasted text) would make PostgreSQL refuse its
    batch on every run: keep its start and a hash of the whole, the same on every run."""
    if v is None or len(v) <= MAX_ID_CHARS:
        return v
    return v[: MAX_ID_CHARS - 17] + "~" + hashlib.sha256(v.encode("utf-8", "replace")).hexdigest()[:16]


def prepare(
    raw: RawDoc, *, date: dt.date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Article | Failure:
    """Clean the text, settle the publication date and language, hash the content."""
    where = raw.origin
    warnings = list(raw.warnings)
    if len(raw.text) > max_chars:
        return Failure(
            id=raw.id,
            origin=where,
            error=TidingsError(Errors.E020, where, where=where, size=len(raw.text), limit=max_chars).record(),
        )
    text, line_date, dateline, agency = clean(raw.text)
    if not text:
        return Failure(id=raw.id, origin=where, error=TidingsError(Errors.E021, where, where=where).record())
    meta_date = parse_date(raw.published)
    if raw.published is not None and meta_date is None:
        warnings.append(
            warning(Warnings.W104, where, where=where, value=(_meta(str(raw.published)) or "")[:40])
        )
    published: dt.date | None = None
    published_from = None
    for candidate, how in (
        (date, "caller"),
        (meta_date, "metadata"),
        (line_date, "dateline"),
        (date_from_url(raw.url), "url"),
    ):
        if candidate is not None:
            published, published_from = candidate, how
            break
    language = detect_language(text)
    if language not in (None, "en"):
        warnings.append(warning(Warnings.W102, where, where=where, language=language))
    digest = content_hash(text)
    return Article(
        id=_doc_id(_meta(raw.id)) or digest[:16],
        text=text,
        title=_meta(raw.title),
        url=_meta(raw.url),
        source=_meta(raw.source) or agency,
        published=published,
        published_from=published_from,  # type: ignore[arg-type]
        language=language,
        content_hash=digest,
        dateline=dateline,
        dateline_source=agency,
        origin=where,
        warnings=warnings,
    )


def read(
    paths: Iterable[str | os.PathLike[str]],
    *,
    date: dt.date | None = None,
    csv_columns: dict[str, str] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | Failure]:
    """Every document under ``paths`` as an Article, or a Failure saying what was wrong."""
    for item in read_paths(paths, csv_columns=csv_columns, max_chars=max_chars, stdin=stdin):
        if isinstance(item, Failure):
            yield item
        else:
            yield prepare(item, date=date, max_chars=max_chars)


def article_from_text(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    url: str | None = None,
    id: str | None = None,
    source: str | None = None,
) -> Article | Failure:
    raw = RawDoc(text=text, origin=id or "<text>", id=id, title=title, url=url, source=source, published=None)
    return prepare(raw, date=parse_date(published))
