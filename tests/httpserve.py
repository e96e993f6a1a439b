"""A small HTTP server on 127.0.0.1 for the fetching tests: routes set by the test, requests logged.

``site.route(path, body, ctype=..., status=..., headers=..., gzip=..., hold=...)`` serves
fixed answers; ``etag`` turns on conditional GET (304 on a matching If-None-Match);
``hold`` (a threading.Event) makes the handler wait until the test sets it (a slow server
without sleeping). Nothing here reaches beyond the loopback interface.
"""

from __future__ import annotations

import contextlib
import gzip as gz
import http.server
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass
class Route:
    body: bytes = b""
    ctype: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    gzip: bool = False
    etag: str | None = None
    hold: threading.Event | None = None
    handler: Callable[[Site, http.server.BaseHTTPRequestHandler], None] | None = None


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, dict[str, str]]] = []  # (path, request headers)
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self.changed = threading.Condition(self.lock)
        self.base = ""

    def route(self, path: str, body: bytes | str = b"", **kw) -> Route:
        r = Route(body=body.encode("utf-8") if isinstance(body, str) else body, **kw)
        self.routes[path] = r
        return r

    def url(self, path: str) -> str:
        return self.base + path

    def requests(self, path: str) -> list[dict[str, str]]:
        with self.lock:
            return [h for p, h in self.log if p == path]


def _handler(site: Site) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802
            with site.lock:
                site.log.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
                site.changed.notify_all()
            try:
                self._answer()
            finally:
                with site.lock:
                    site.in_flight -= 1
                    site.changed.notify_all()

        def _answer(self) -> None:
            r = site.routes.get(self.path)
            if r is None:
                self._send(404, b"not found", "text/plain", {})
                return
            if r.hold is not None:
                r.hold.wait(10)
            if r.handler is not None:
                r.handler(site, self)
                return
            if r.etag and self.headers.get("If-None-Match") == r.etag:
                self._send(304, b"", None, {"ETag": r.etag})
                return
            body = gz.compress(r.body) if r.gzip else r.body
            headers = dict(r.headers)
            if r.gzip:
                headers["Content-Encoding"] = "gzip"
            if r.etag:
                headers["ETag"] = r.etag
            self._send(r.status, body, r.ctype, headers)

        def _send(self, status: int, body: bytes, ctype: str | None, headers: dict[str, str]) -> None:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

    return Handler


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        import sys

        if isinstance(
            sys.exc_info()[1], ConnectionError
        ):  # the client gave up (a limit, a timeout): expected
            return
        super().handle_error(request, client_address)


@contextlib.contextmanager
def serve_site() -> Iterator[Site]:
    site = Site()
    server = _Server(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        for r in site.routes.values():  # release held handlers
            if r.hold is not None:
                r.hold.set()
        server.shutdown()
        server.server_close()


def article_html(
    title: str,
    body: str,
    *,
    canonical: str | None = None,
    date: str | None = None,
    charset: str | None = None,
) -> str:
    head = f"<title>{title}</title>"
    if charset:
        head = f'<meta charset="{charset}">' + head
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    if date:
        head += f'<meta property="article:published_time" content="{date}">'
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1>{paras}</article><footer>Contact us</footer></body></html>"
    )


def rss(items: list[dict[str, str]], title: str = "Test Wire") -> str:
    out = []
    for it in items:
        parts = "".join(f"<{k}>{v}</{k}>" for k, v in it.items())
        out.append(f"<item>{parts}</item>")
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://example.invalid/</link><description>test</description>{''.join(out)}</channel></rss>"
    )


# Short news texts for the watch tests (written for them), one per page.
STORIES = [
    "Iran's foreign minister met Iraq's national security adviser in Tehran on Saturday. The two men discussed "
    "security on the border between the two countries.",
    "Turkey signed a trade agreement with Azerbaijan in Ankara on Friday. Officials said the deal would double "
    "trade within five years.",
    "The Egyptian president called on Israel and the Palestinians to return to talks. He spoke in Cairo on Sunday.",
    "Police in Nairobi arrested twelve protesters on Monday after clashes near the parliament building.",
    "France criticised Russia on Tuesday for the detention of a French journalist in Moscow.",
    "The United Nations sent food aid to Yemen on Wednesday, the World Food Programme said.",
    "Japan and South Korea agreed to resume security talks, their foreign ministers said in Seoul on Thursday.",
    "Brazil's government condemned an attack on a police station in Rio de Janeiro on Saturday night.",
]


def publish(site, path: str, numbers: list[int], etag: str) -> None:
    """A feed at ``path`` listing stories ``numbers``, each on its own page /story/N."""
    for n in numbers:
        site.route(f"/story/{n}", article_html(f"Story {n}", STORIES[n]))
    items = [
        {
            "title": f"Story {n}",
            "link": f"/story/{n}",
            "guid": f"urn:tidings-test:{n}",
            "pubDate": "Sat, 15 Oct 2022 10:00:00 GMT",
        }
        for n in numbers
    ]
    site.route(path, rss(items), ctype="application/rss+xml", etag=etag)
