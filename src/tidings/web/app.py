"""The FastAPI app: a read-only JSON API over events, quotes and places, and one page.

Every route is a GET; every filter is validated (``filters.py``) before it reaches a
data source, and data sources only run parameterised queries. When a token is set,
every request (page, static files, API) must carry it as ``Authorization: Bearer``,
``?token=`` or the cookie that opening the page with ``?token=`` sets.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated, Any, Protocol

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError

from tidings._version import __version__
from tidings.web import schemas
from tidings.web.filters import EventFilters, EventOrder, Granularity, InvalidFilter

STATIC = Path(__file__).parent / "static"
COOKIE = "tidings_token"
CSV_MAX = 100_000  # rows in one download (CSV or JSONL)
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


class DataSource(Protocol):
    """What the API needs from a store; see ``StoreData``."""

    backend: str

    def stats(self) -> dict[str, Any]: ...
    def documents(self, q: str | None, limit: int, offset: int) -> dict[str, Any]: ...
    def document(self, doc_id: str) -> dict[str, Any] | None: ...
    def events(self, f: EventFilters, limit: int, offset: int, order: str = "day") -> dict[str, Any]: ...
    def event(self, event_id: str) -> dict[str, Any] | None: ...
    def series(self, f: EventFilters, by: Granularity) -> dict[str, Any]: ...
    def actors(self, f: EventFilters, limit: int, offset: int) -> dict[str, Any]: ...
    def network(self, f: EventFilters, max_edges: int) -> dict[str, Any]: ...
    def places(self, f: EventFilters, limit: int, offset: int) -> dict[str, Any]: ...
    def quotes(
        self, speaker: str | None, q: str | None, document: str | None, limit: int, offset: int
    ) -> dict[str, Any]: ...
    def speakers(self, q: str | None, limit: int) -> dict[str, Any]: ...
    def close(self) -> None: ...


def host_name(header: str) -> str:
    """The host of a Host header, without the port: ``[::1]:8000`` -> ``::1``."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _error(status: int, errors: list[dict[str, str]]) -> JSONResponse:
    return JSONResponse({"detail": errors}, status_code=status)


def event_filters(
    actor: Annotated[
        str | None, Query(description="Code prefix (IRN, IRNGOV) or part of a name, either side")
    ] = None,
    source: Annotated[str | None, Query(description="Source: code prefix or part of a name")] = None,
    target: Annotated[str | None, Query(description="Target: code prefix or part of a name")] = None,
    dyad: Annotated[
        str | None, Query(description="SOURCE:TARGET code prefixes, e.g. IRN:IRQ; a side may be empty")
    ] = None,
    directed: Annotated[bool, Query(description="With dyad: one direction only")] = True,
    cameo: Annotated[str | None, Query(description="CAMEO code or prefix, e.g. 042")] = None,
    root: Annotated[str | None, Query(description="CAMEO root 01-20")] = None,
    plover: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT")] = None,
    quad_class: Annotated[int | None, Query(description="Quad class 1-4")] = None,
    date_from: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
    date_to: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
    country: Annotated[str | None, Query(description="Country of the place: IR or IRN")] = None,
    place: Annotated[str | None, Query(description="Part of a place name, or a GeoNames id")] = None,
    document: Annotated[str | None, Query(description="Events reported by this document id")] = None,
    q: Annotated[str | None, Query(description="Words in the reporting sentence")] = None,
    min_articles: Annotated[int | None, Query(description="Reported by at least this many articles")] = None,
    include_unasserted: Annotated[
        bool,
        Query(
            description="True: also negated, hypothetical, conditional, "
            "intended, obligation, denied and alleged events"
        ),
    ] = False,
) -> EventFilters:
    raw = {k: v for k, v in locals().items() if v not in (None, "")}
    try:
        return EventFilters(**raw)
    except ValidationError as e:
        errors = []
        for err in e.errors():
            exc = err.get("ctx", {}).get("error")
            if isinstance(exc, InvalidFilter):
                errors.append({"param": exc.param, "message": exc.message})
            else:
                param = ".".join(str(x) for x in err["loc"]) or "query"
                errors.append({"param": param, "message": f"{err['msg']} (got {err.get('input')!r})"})
        raise HTTPException(status_code=422, detail=errors) from None


Filters = Annotated[EventFilters, Depends(event_filters)]
Limit = Annotated[int, Query(ge=1, le=500, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip")]
Text = Annotated[str | None, Query(max_length=200)]
Order = Annotated[
    EventOrder,
    Query(
        description="day (oldest first), -day (newest first), articles (most reported first), "
        "goldstein (most conflictual first), -goldstein (most cooperative first)"
    ),
]


def _known_params_only(request: Request) -> None:
    """Reject unknown query parameters (a typo such as ?dyads= would otherwise be ignored) and
    values holding NUL characters."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    allowed = {"token"}
    todo = [dependant]
    while todo:
        d = todo.pop()
        allowed.update(p.alias for p in d.query_params)
        todo.extend(d.dependencies)
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise HTTPException(
            status_code=422,
            detail=[
                {
                    "param": u,
                    "message": f"unknown parameter; this route takes {', '.join(sorted(allowed - {'token'})) or 'none'}",
                }
                for u in unknown
            ],
        )
    # PostgreSQL refuses NUL in text (an error, not an empty answer): no value may hold one.
    nul = sorted(
        {k for k, v in request.query_params.multi_items() if "\x00" in v}
        | {k for k, v in request.path_params.items() if "\x00" in str(v)}
    )
    if nul:
        raise HTTPException(
            status_code=422, detail=[{"param": k, "message": "contains a NUL character"} for k in nul]
        )


async def _headers_only(response: Response) -> Response:
    """The response to a HEAD request: GET's status and headers (Content-Length included), no body."""
    body_iterator = getattr(response, "body_iterator", None)
    if body_iterator is not None:
        async for _ in body_iterator:  # let the route finish; its bytes are not sent
            pass
    headers = {k: v for k, v in response.headers.items() if k.lower() != "set-cookie"}
    out = Response(b"", status_code=response.status_code, headers=headers)
    for cookie in response.headers.getlist("set-cookie"):
        out.headers.append("set-cookie", cookie)
    return out


def create_app(data: DataSource, token: str | None = None, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The web app over ``data``; with ``token`` every request must present it."""
    app = FastAPI(
        title="tidings",
        version=__version__,
        description="Read-only API over a tidings event store: documents, events, series, actors, "
        "quotes and places. Filters are shared by /api/events, /api/series, /api/actors, "
        "/api/network and /api/places.",
        dependencies=[Depends(_known_params_only)],
        docs_url=None,  # Swagger UI would load from a CDN; the schema is at /openapi.json.
        redoc_url=None,
    )
    app.state.data = data
    hosts = {h.strip("[]").lower() for h in [*(allowed_hosts or []), *LOOPBACK_HOSTS, "testserver"]}
    _add_guard(app, token, hosts)
    _add_page(app)
    _add_document_routes(app, data)
    _add_event_routes(app, data)
    _add_aggregate_routes(app, data)
    _add_quote_routes(app, data)
    return app


def _add_guard(app: FastAPI, token: str | None, hosts: set[str]) -> None:
    """The middleware every request passes (host, token, read-only, security headers) and the
    422 answer to a bad parameter."""

    @app.middleware("http")
    async def _guard(request: Request, call_next):
        # Host check: a page on another site cannot reach this server through DNS rebinding.
        if "*" not in hosts and host_name(request.headers.get("host", "")) not in hosts:
            return _error(400, [{"param": "host", "message": "this server answers only to its own address"}])
        set_cookie = False
        if token is not None:
            # The page is opened with ?token=; it then sends a Bearer header on API calls,
            # and the browser's loads of its scripts and styles carry the cookie set here.
            given = request.query_params.get("token") or request.cookies.get(COOKIE, "")
            auth = request.headers.get("authorization", "")
            if auth.lower().startswith("bearer "):
                given = auth[7:].strip()
            if not secrets.compare_digest(given.encode(), token.encode()):
                return _error(
                    401,
                    [
                        {
                            "param": "token",
                            "message": "missing or wrong token; send "
                            "'Authorization: Bearer TOKEN' or ?token=TOKEN",
                        }
                    ],
                )
            set_cookie = "token" in request.query_params
        if request.method not in ("GET", "HEAD"):
            return _error(405, [{"param": "method", "message": "this server is read-only"}])
        head = request.method == "HEAD"
        if head:  # HEAD is GET without the body: the routes answer GET, the body is dropped here
            request.scope["method"] = "GET"
        response = await call_next(request)
        if head:
            response = await _headers_only(response)
        if set_cookie:
            response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "connect-src 'self'; frame-ancestors 'none'"
        )
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = []
        for err in exc.errors():
            loc = [str(x) for x in err["loc"] if x not in ("query", "path")]
            errors.append(
                {"param": ".".join(loc) or "request", "message": f"{err['msg']} (got {err.get('input')!r})"}
            )
        return _error(422, errors)


def _add_page(app: FastAPI) -> None:
    """The page and its static files."""

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")


def _add_document_routes(app: FastAPI, data: DataSource) -> None:
    """/api/stats and /api/documents."""

    @app.get("/api/stats", response_model=schemas.Stats, summary="Counts and date range of the store")
    def stats() -> dict[str, Any]:
        return {**data.stats(), "version": __version__}

    @app.get("/api/documents", response_model=schemas.Documents, summary="Documents, newest first")
    def documents(q: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return data.documents(q, limit, offset)

    # Ids come from the input (a JSONL "id" may hold slashes or spaces): any text up to 512
    # characters, always passed to the store as a parameter.
    @app.get("/api/documents/{doc_id:path}", summary="One document with its text and all its records")
    def document(doc_id: Annotated[str, PathParam(min_length=1, max_length=512)]) -> dict[str, Any]:
        doc = data.document(doc_id)
        if doc is None:
            raise HTTPException(
                status_code=404, detail=[{"param": "doc_id", "message": f"no document {doc_id!r}"}]
            )
        return doc


def _download(ext: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="tidings-events.{ext}"'}


def _add_event_routes(app: FastAPI, data: DataSource) -> None:
    """/api/events, its CSV and JSONL downloads and one event."""

    @app.get(
        "/api/events",
        response_model=schemas.Events,
        summary="Events matching the filters, oldest first unless ordered",
    )
    def events(f: Filters, limit: Limit = 50, offset: Offset = 0, order: Order = "day") -> dict[str, Any]:
        return data.events(f, limit, offset, order)

    @app.get(
        "/api/events.csv",
        summary="The events matching the filters as CSV (the event row's columns), up to 100,000 rows",
        response_class=Response,
        responses={200: {"content": {"text/csv": {}}}},
    )
    def events_csv(
        f: Filters, limit: Annotated[int, Query(ge=1, le=CSV_MAX)] = CSV_MAX, order: Order = "day"
    ) -> Response:
        import io

        from tidings.export import write_csv

        out = io.StringIO()
        write_csv(data.events(f, limit, 0, order)["items"], out, columns=list(schemas.EventRow.model_fields))
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=_download("csv"))

    @app.get(
        "/api/events.jsonl",
        summary="The events matching the filters as JSON Lines (one event row per line), up to 100,000 rows",
        response_class=Response,
        responses={200: {"content": {"application/x-ndjson": {}}}},
    )
    def events_jsonl(
        f: Filters, limit: Annotated[int, Query(ge=1, le=CSV_MAX)] = CSV_MAX, order: Order = "day"
    ) -> Response:
        import io

        from tidings.export import write_jsonl

        out = io.StringIO()
        write_jsonl(data.events(f, limit, 0, order)["items"], out)
        return Response(
            out.getvalue(), media_type="application/x-ndjson; charset=utf-8", headers=_download("jsonl")
        )

    @app.get(
        "/api/events/{event_id:path}",
        response_model=schemas.EventDetail,
        summary="One event with every report (mention) of it",
    )
    def event(event_id: Annotated[str, PathParam(min_length=1, max_length=512)]) -> dict[str, Any]:
        ev = data.event(event_id)
        if ev is None:
            raise HTTPException(
                status_code=404, detail=[{"param": "event_id", "message": f"no event {event_id!r}"}]
            )
        return ev


def _add_aggregate_routes(app: FastAPI, data: DataSource) -> None:
    """Aggregates over the filtered events: series, actors, network, places."""

    @app.get(
        "/api/series",
        response_model=schemas.Series,
        summary="Events per day/week/month: counts per quad class, Goldstein sum and mean",
    )
    def series(
        f: Filters, by: Annotated[Granularity, Query(description="day, week, month or year")] = "day"
    ) -> dict[str, Any]:
        return data.series(f, by)

    @app.get(
        "/api/actors",
        response_model=schemas.Actors,
        summary="Actor codes with their event counts as source and target",
    )
    def actors(f: Filters, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return data.actors(f, limit, offset)

    @app.get(
        "/api/network",
        response_model=schemas.Network,
        summary="Who acts on whom: directed edges with count and mean Goldstein",
    )
    def network(f: Filters, max_edges: Annotated[int, Query(ge=1, le=500)] = 80) -> dict[str, Any]:
        return data.network(f, max_edges)

    @app.get(
        "/api/places",
        response_model=schemas.Places,
        summary="Event locations with coordinates, event counts and mean Goldstein",
    )
    def places(
        f: Filters,
        limit: Annotated[int, Query(ge=1, le=5000, description="Page size")] = 1000,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return data.places(f, limit, offset)


def _add_quote_routes(app: FastAPI, data: DataSource) -> None:
    """/api/quotes and /api/speakers."""

    @app.get(
        "/api/quotes",
        response_model=schemas.Quotes,
        summary="Quotes, optionally by speaker (name, actor code or actor id)",
    )
    def quotes(
        speaker: Text = None, q: Text = None, document: Text = None, limit: Limit = 50, offset: Offset = 0
    ) -> dict[str, Any]:
        return data.quotes(speaker, q, document, limit, offset)

    @app.get("/api/speakers", response_model=schemas.Speakers, summary="Speakers with their number of quotes")
    def speakers(q: Text = None, limit: Limit = 100) -> dict[str, Any]:
        return data.speakers(q, limit)
