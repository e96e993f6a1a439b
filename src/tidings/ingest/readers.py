"""Readers: files, folders, JSONL, CSV, HTML, RSS/Atom and stdin -> raw documents.

Each reader yields ``RawDoc`` (what the source says) or ``Failure`` (what went wrong,
with the file and line); ``tidings.ingest.prepare`` turns a RawDoc into an ``Article``.
A reader never stops at a bad record: it reports it and goes on with the next.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from tidings.errors import Errors, TidingsError
from tidings.ingest.decode import looks_binary, strip_nul
from tidings.ingest.raw import Item, RawDoc, fail, read_text_bytes
from tidings.model import Failure

TEXT_EXT = {".txt", ".text", ".md"}
JSONL_EXT = {".jsonl", ".ndjson", ".json"}
CSV_EXT = {".csv", ".tsv"}
HTML_EXT = {".html", ".htm", ".xhtml"}
FEED_EXT = {".rss", ".atom", ".xml"}
KNOWN_EXT = TEXT_EXT | JSONL_EXT | CSV_EXT | HTML_EXT | FEED_EXT

DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own max_length; longer texts are not news articles
MAX_LINE_BYTES = 16 * 1024 * 1024  # one JSONL/CSV record; longer lines are refused

# CSV column names tried in order when no mapping is given.
CSV_DEFAULTS: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "guid"),
    "text": ("text", "body", "content", "article", "story"),
    "title": ("title", "headline"),
    "url": ("url", "link", "href"),
    "source": ("source", "publisher", "outlet"),
    "published": ("published", "date", "pubdate", "publication_date", "datetime"),
}


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    csv_columns: dict[str, str] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Read every path (file, folder, http(s) URL, or ``-`` for stdin) in order."""
    for p in paths:
        if str(p) == "-":
            yield from read_stream((stdin or sys.stdin.buffer), "<stdin>", max_chars=max_chars)
            continue
        if str(p).lower().startswith(("http://", "https://")):  # a page or a feed: tidings.ingest.urls
            from tidings.ingest.urls import read_url

            yield from read_url(str(p))
            continue
        path = Path(p)
        if path.is_dir():
            yield from read_folder(path, csv_columns=csv_columns, max_chars=max_chars)
        elif path.exists():
            yield from read_file(path, csv_columns=csv_columns, max_chars=max_chars)
        else:
            yield fail(TidingsError(Errors.E004, str(path), path=str(path)))


def read_folder(root: Path, **kw: Any) -> Iterator[Item]:
    """All files with a known extension under ``root``, recursively, in sorted order.

    Symbolic links to folders are not followed (no loops); unreadable entries are
    reported and skipped.
    """
    errors: list[Failure] = []

    def onerror(e: OSError) -> None:
        errors.append(fail(TidingsError(Errors.E001, e.filename, path=e.filename, reason=e.strerror)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=False):
        dirnames.sort()
        yield from errors
        errors.clear()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or path.suffix.lower() not in KNOWN_EXT:
                continue
            if path.is_symlink() and not path.exists():
                yield fail(
                    TidingsError(Errors.E001, str(path), path=str(path), reason="broken symbolic link")
                )
                continue
            yield from read_file(path, **kw)
    yield from errors


def read_file(
    path: Path, *, csv_columns: dict[str, str] | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Item]:
    ext = path.suffix.lower()
    origin = str(path)
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            # FIFOs, sockets and devices would block or never end: not documents.
            raise TidingsError(Errors.E001, origin, path=origin, reason="not a regular file")
        size = st.st_size
        if size == 0:
            raise TidingsError(Errors.E003, origin, path=origin)
        if ext in JSONL_EXT:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, origin, max_chars=max_chars)
            return
        if ext in CSV_EXT:
            with path.open("rb") as fh:
                yield from read_csv(fh, origin, columns=csv_columns, delimiter="\t" if ext == ".tsv" else ",")
            return
        if size > max_chars * 4 + 1024:
            # Refuse before reading: a UTF-8 character is at most 4 bytes.
            raise TidingsError(Errors.E020, origin, where=origin, size=size, limit=max_chars)
        data = path.read_bytes()
    except TidingsError as e:
        yield fail(e)
        return
    except OSError as e:
        yield fail(TidingsError(Errors.E001, origin, path=origin, reason=e.strerror or str(e)))
        return
    if ext in HTML_EXT:
        yield from read_html_bytes(data, origin)
    elif ext in FEED_EXT:
        yield from read_feed_bytes(data, origin)
    else:
        yield from read_text_bytes(data, origin)


def _lines(fh: IO[bytes], origin: str) -> Iterator[tuple[int, bytes | TidingsError]]:
    """Numbered lines, each at most MAX_LINE_BYTES; a longer line is skipped, not held."""
    n = 0
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        n += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # drain the rest of the long line
                line = fh.readline(MAX_LINE_BYTES)
            yield n, TidingsError(Errors.E016, f"{origin}:{n}", where=f"{origin}:{n}", limit=MAX_LINE_BYTES)
            continue
        yield n, line


def read_jsonl(fh: IO[bytes], origin: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """JSON Lines: one ``{"id","text","title"?,"url"?,"source"?,"published"?}`` per line."""
    for n, line in _lines(fh, origin):
        where = f"{origin}:{n}"
        if isinstance(line, TidingsError):
            yield fail(line)
            continue
        if not line.strip():
            continue
        try:
            raw = line.decode("utf-8")
        except UnicodeDecodeError:
            raw = line.decode("utf-8", errors="replace")
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, RecursionError) as e:
            yield fail(TidingsError(Errors.E010, where, where=where, reason=str(e)[:200]))
            continue
        if not isinstance(obj, dict):
            yield fail(TidingsError(Errors.E011, where, where=where, reason=f"got {type(obj).__name__}"))
            continue
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            yield fail(
                TidingsError(Errors.E011, where, where=where, reason="'text' missing or empty"),
                id=_str(obj.get("id")),
            )
            continue
        yield RawDoc(
            text=strip_nul(text),
            origin=where,
            id=_str(obj.get("id")),
            title=_str(obj.get("title")),
            url=_str(obj.get("url")),
            source=_str(obj.get("source")),
            published=_str(obj.get("published") or obj.get("date")),
        )


def _str(v: Any) -> str | None:
    if v is None:
        return None
    s = strip_nul(str(v)).strip()  # a NUL in an id or title would make PostgreSQL refuse the whole batch
    return s or None


def read_csv(
    fh: IO[bytes], origin: str, *, columns: dict[str, str] | None = None, delimiter: str = ","
) -> Iterator[Item]:
    """CSV with a header row; ``columns`` maps our fields (text, title, ...) to CSV columns."""
    csv.field_size_limit(MAX_LINE_BYTES)
    stream = io.TextIOWrapper(fh, encoding="utf-8", errors="replace", newline="")
    reader = csv.DictReader(stream, delimiter=delimiter)
    header = reader.fieldnames or []
    mapping = _csv_mapping(header, columns or {})
    absent = [col for col in (columns or {}).values() if col not in header]
    if absent:  # a --column mapping names a column the file lacks: say so, don't guess
        yield fail(
            TidingsError(Errors.E013, origin, path=origin, column=absent[0], columns=", ".join(header))
        )
        return
    if "text" not in mapping:
        want = (columns or {}).get("text", "text")
        yield fail(TidingsError(Errors.E013, origin, path=origin, column=want, columns=", ".join(header)))
        return
    while True:
        start_line = reader.line_num + 1  # a record may span lines: report where it starts
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            where = f"{origin}:{start_line}"
            yield fail(TidingsError(Errors.E017, where, where=where, reason=str(e)))
            continue
        where = f"{origin}:{start_line}"
        values = {k: _str(row.get(col)) for k, col in mapping.items()}
        if not values.get("text"):
            yield fail(
                TidingsError(Errors.E012, where, where=where, column=mapping["text"]), id=values.get("id")
            )
            continue
        yield RawDoc(
            text=strip_nul(values["text"] or ""),
            origin=where,
            id=values.get("id"),
            title=values.get("title"),
            url=values.get("url"),
            source=values.get("source"),
            published=values.get("published"),
        )


def _csv_mapping(header: Sequence[str], columns: dict[str, str]) -> dict[str, str]:
    lower = {h.lower().strip(): h for h in header if h}
    mapping: dict[str, str] = {}
    for fieldname, candidates in CSV_DEFAULTS.items():
        if fieldname in columns:
            if columns[fieldname] in header:
                mapping[fieldname] = columns[fieldname]
            continue
        for c in candidates:
            if c in lower:
                mapping[fieldname] = lower[c]
                break
    return mapping


def read_html_bytes(data: bytes, origin: str) -> Iterator[Item]:
    """Main text, title, date and canonical URL of an HTML page (trafilatura)."""
    from tidings.ingest.html import extract_html

    try:
        reason = looks_binary(data[:8192])
        if reason:
            raise TidingsError(Errors.E002, origin, path=origin, reason=reason)
        yield extract_html(data, origin)
    except TidingsError as e:
        yield fail(e)


def read_feed_bytes(data: bytes, origin: str) -> Iterator[Item]:
    from tidings.ingest.feeds import read_feed

    try:
        reason = looks_binary(data[:8192])
        if reason:
            raise TidingsError(Errors.E002, origin, path=origin, reason=reason)
        yield from read_feed(data, origin)
    except TidingsError as e:
        yield fail(e)


def read_stream(fh: IO[bytes], origin: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """stdin: JSONL when the first non-blank character is ``{``, HTML/feed when ``<``, else text."""
    head = fh.read(65536)
    first = head.lstrip()[:1]
    rest = io.BufferedReader(_Prefixed(head, fh))
    if first == b"{":
        yield from read_jsonl(rest, origin, max_chars=max_chars)
        return
    data = rest.read(max_chars * 4 + 1025)
    if len(data) > max_chars * 4 + 1024:
        yield fail(TidingsError(Errors.E020, origin, where=origin, size=len(data), limit=max_chars))
        return
    if not data.strip():
        yield fail(TidingsError(Errors.E003, origin, path=origin))
        return
    if first == b"<":
        low = data[:2048].lower()
        if b"<rss" in low or b"<feed" in low or b"<rdf" in low:
            yield from read_feed_bytes(data, origin)
        else:
            yield from read_html_bytes(data, origin)
        return
    yield from read_text_bytes(data, origin)


class _Prefixed(io.RawIOBase):
    """A raw stream that yields ``prefix`` and then the rest of ``fh``."""

    def __init__(self, prefix: bytes, fh: IO[bytes]) -> None:
        self._prefix = prefix
        self._fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._prefix:
            n = min(len(b), len(self._prefix))
            b[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        chunk = self._fh.read(len(b))
        n = len(chunk)
        b[:n] = chunk
        return n
