"""HTTP(S) fetching for URL sources: bounded, polite and conditional (httpx).

Every request has a connect/read timeout and an overall deadline, a size limit on the
*decoded* body (a gzip bomb is cut off like any large page), a bounded number of
redirects followed by hand (loops and non-HTTP targets are refused), conditional GET
(``If-None-Match`` / ``If-Modified-Since``), at most ``per_host`` requests in flight per
host, and a User-Agent that names tidings and its version. Failures are ``TidingsError``
with a code E030-E035 whose message starts with the URL.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from tidings._version import __version__
from tidings.errors import TidingsError, warning
from tidings.model import ErrorRecord

USER_AGENT = f"tidings/{__version__} (news articles to event data; research crawler)"
ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8"
REDIRECTS = frozenset({301, 302, 303, 307, 308})

FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
)
XML_TYPES = frozenset({"application/xml", "text/xml"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
SNIFF_TYPES = frozenset({"", "application/octet-stream"})  # servers that do not say: look at the bytes


def is_url(value: object) -> bool:
    """An http:// or https:// URL (what ``tidings ingest`` and ``watch`` fetch instead of reading a file)."""
    s = str(value)
    return s[:8].lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 20.0  # seconds to connect, and between two chunks of the body
    deadline: float = 60.0  # seconds for one whole response, however it trickles
    max_bytes: int = 10 * 1024 * 1024  # decoded body
    max_redirects: int = 5
    per_host: int = 2  # requests in flight to one host
    workers: int = 8  # requests in flight in all


@dataclass
class Response:
    """A fetched resource (status 200) or a ``not_modified`` answer (304) to a conditional GET."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str  # media type, lower case, without parameters
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Fetcher:
    """One HTTP client shared by threads; ``get`` is safe to call from many at once."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        import httpx

        self.options = options or FetchOptions()
        o = self.options
        self._client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
            timeout=httpx.Timeout(o.timeout),
            follow_redirects=False,
            limits=httpx.Limits(
                max_connections=max(o.workers, o.per_host), max_keepalive_connections=o.workers
            ),
        )
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _slot(self, url: str) -> Iterator[None]:
        """At most ``per_host`` requests to one scheme://host:port at a time."""
        with self._lock:
            sem = self._slots.setdefault(_host(url), threading.BoundedSemaphore(self.options.per_host))
        with sem:
            yield

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url`` following at most ``max_redirects`` redirects; raises TidingsError E030-E035."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + self.options.deadline
        seen = [url]
        current = url
        for _ in range(self.options.max_redirects + 1):
            if not is_url(current):
                raise TidingsError(
                    "E034",
                    url,
                    url=url,
                    reason="not an http(s) URL"
                    if current == url
                    else f"redirected to {current[:200]!r}, which is not an http(s) URL",
                )
            with self._slot(current):
                answer = self._request(url, current, headers, deadline)
            if isinstance(answer, Response):
                return answer
            if answer in seen:
                hops = " -> ".join([*seen[seen.index(answer) :], answer])
                raise TidingsError("E034", url, url=url, reason=f"redirect loop ({hops[:300]})")
            seen.append(answer)
            current = answer
        raise TidingsError(
            "E034",
            url,
            url=url,
            reason=f"more than {self.options.max_redirects} redirects (last to {current[:200]})",
        )

    def _request(self, url: str, current: str, headers: dict[str, str], deadline: float) -> Response | str:
        """One hop: a Response, or the next URL when redirected."""
        import httpx

        try:
            with self._client.stream("GET", current, headers=headers) as r:
                if r.status_code in REDIRECTS and "location" in r.headers:
                    return urljoin(current, r.headers["location"].strip())
                if r.status_code == 304:
                    return Response(
                        url,
                        current,
                        304,
                        "",
                        None,
                        b"",
                        r.headers.get("etag"),
                        r.headers.get("last-modified"),
                    )
                if not 200 <= r.status_code < 300:
                    raise TidingsError(
                        "E032", url, url=url, status=r.status_code, phrase=r.reason_phrase or ""
                    )
                body = self._read(url, r, deadline)
                media, charset = _content_type(r.headers.get("content-type", ""))
                return Response(
                    url,
                    str(r.url),
                    r.status_code,
                    media,
                    charset,
                    body,
                    r.headers.get("etag"),
                    r.headers.get("last-modified"),
                )
        except httpx.TimeoutException as e:
            raise TidingsError("E031", url, url=url, seconds=self.options.timeout) from e
        except httpx.DecodingError as e:
            raise TidingsError(
                "E030", url, url=url, reason=f"cannot decode the compressed body: {e}"[:300]
            ) from e
        except httpx.HTTPError as e:  # refused, reset, DNS, TLS, malformed answers
            raise TidingsError("E030", url, url=url, reason=(str(e) or type(e).__name__)[:300]) from e

    def _read(self, url: str, r: Any, deadline: float) -> bytes:
        limit = self.options.max_bytes
        declared = r.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise TidingsError("E033", url, url=url, limit=limit)
        chunks: list[bytes] = []
        size = 0
        for chunk in r.iter_bytes():  # decoded: the limit holds for what a compressed body expands to
            size += len(chunk)
            if size > limit:
                raise TidingsError("E033", url, url=url, limit=limit)
            if time.monotonic() > deadline:
                raise TidingsError("E031", url, url=url, seconds=self.options.deadline)
            chunks.append(chunk)
        return b"".join(chunks)


def _content_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for p in params.split(";"):
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset" and v.strip():
            charset = v.strip().strip("\"'").lower()
    return media.strip().lower(), charset


def kind_of(resp: Response) -> str:
    """``feed``, ``html`` or ``text`` from the content type, looking at the bytes when it is vague."""
    ct = resp.content_type
    if ct in FEED_TYPES:
        return "feed"
    if ct in HTML_TYPES:
        return "html"
    if ct in TEXT_TYPES:
        return "text"
    if ct in XML_TYPES or ct in SNIFF_TYPES:
        head = resp.body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        if head.startswith(b"<"):
            return "html"
        if ct in SNIFF_TYPES and head and b"\x00" not in head[:1024]:
            return "text"
    raise TidingsError("E035", resp.url, url=resp.url, ctype=ct or "none")


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)


def _decodes(data: bytes, charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_body(resp: Response) -> tuple[str, list[ErrorRecord]]:
    """The body as text. A byte order mark wins; then valid UTF-8 (servers often declare Latin-1 for
    UTF-8 pages); then the charset of the header, of ``<meta>`` or of the XML declaration; then a guess
    (charset_normalizer). A declared charset that does not fit the bytes gives a W105 warning."""
    data = resp.body
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), []
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    declared = [c for c in (resp.charset, m.group(1).decode("ascii").lower() if m else None) if c]
    if any(c.replace("-", "").startswith(("utf16", "utf32")) for c in declared):
        text = _decodes(data, declared[0])
        if text is not None:
            return text, []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    for c in declared:
        text = _decodes(data, c)
        if text is not None:
            return text, []
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[:65536]).best()
    used = best.encoding if best is not None else "cp1252"
    text = _decodes(data, used) or data.decode("cp1252", errors="replace")
    return text, [
        warning("W105", resp.url, where=resp.url, declared=declared[0] if declared else "none", used=used)
    ]


def utf8_xml(text: str) -> bytes:
    """A feed's text as UTF-8 bytes whose XML declaration says so (the parser trusts the declaration)."""
    data = text.encode("utf-8")
    m = _XML_ENCODING.search(data[:512])
    if m:
        data = data[: m.start(1)] + b"utf-8" + data[m.end(1) :]
    return data
