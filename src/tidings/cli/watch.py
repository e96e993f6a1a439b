"""``tidings watch``: keep a store current from feeds, pages and folders (tidings.run.watch)."""

from __future__ import annotations

import signal
import threading
from typing import Annotated, Any

import typer

from tidings.cli._util import (
    DictOpt,
    LearnedOpt,
    ModelOpt,
    NoDefaultOpt,
    app,
    check_dictionaries,
    learned_filter,
)

SourcesArg = Annotated[
    list[str],
    typer.Argument(metavar="SOURCE", help="Feed or page URLs, folders or files.", show_default=False),
]
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db", metavar="URL", help="DuckDB file (default ./tidings.duckdb) or postgresql://... URL."
    ),
]
EveryOpt = Annotated[
    str, typer.Option("--every", metavar="INTERVAL", help="Start a round this often: 30s, 15m, 1h, 1h30m.")
]
OnceOpt = Annotated[bool, typer.Option("--once", help="One round, then exit (1 if any document failed).")]
BatchOpt = Annotated[int, typer.Option("--batch-size", metavar="N", min=1, help="Documents per transaction.")]
TimeoutOpt = Annotated[
    float,
    typer.Option(
        "--timeout", metavar="SECONDS", min=0.01, help="Seconds to connect, and between chunks of a response."
    ),
]
MaxBytesOpt = Annotated[
    int,
    typer.Option("--max-bytes", metavar="N", min=1024, help="Refuse responses larger than this (decoded)."),
]
PerHostOpt = Annotated[
    int, typer.Option("--per-host", metavar="N", min=1, help="Requests in flight to one host.")
]
ServeOpt = Annotated[bool, typer.Option("--serve", help="Also serve the events browser from this process.")]
HostOpt = Annotated[
    str,
    typer.Option(
        "--host", metavar="ADDRESS", help="With --serve: address; other than loopback needs --token."
    ),
]
PortOpt = Annotated[int, typer.Option("--port", metavar="N", min=1, max=65535, help="With --serve: port.")]
TokenOpt = Annotated[
    str | None,
    typer.Option("--token", metavar="TOKEN", envvar="TIDINGS_TOKEN", help="With --serve: required token."),
]
_STORE_ERRORS = ("duckdb", "_duckdb", "psycopg")


def _err(msg: str) -> None:
    typer.echo(f"tidings: {msg}", err=True)


def _signals(stop: threading.Event) -> None:
    """The first SIGINT/SIGTERM ends the watch after the batch in flight; a second one at once."""

    def handler(signum: int, _frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        _err(f"{signal.Signals(signum).name}: stopping after the current batch (again to stop at once)")

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)


def _open(db: str | None) -> Any:
    from tidings.store import DEFAULT_DB, Store

    try:
        return Store(db or DEFAULT_DB)
    except Exception as e:  # a locked DuckDB file or a missing server: say which, then stop
        _err(f"cannot open database {db or './tidings.duckdb'}: {type(e).__name__}: {e}")
        raise typer.Exit(2) from e


@app.command()
def watch(
    sources: SourcesArg,
    db: DbOpt = None,
    every: EveryOpt = "15m",
    once: OnceOpt = False,
    batch_size: BatchOpt = 16,
    dictionary: DictOpt = None,
    no_default_dictionaries: NoDefaultOpt = False,
    model: ModelOpt = None,
    timeout: TimeoutOpt = 20.0,
    max_bytes: MaxBytesOpt = 10 * 1024 * 1024,
    per_host: PerHostOpt = 2,
    serve: ServeOpt = False,
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
    token: TokenOpt = None,
    learned: LearnedOpt = None,
) -> None:
    """Poll feeds, pages and folders and store what is new, round after round."""
    learned_filter(learned)
    from tidings.ingest.fetch import FetchOptions
    from tidings.pipeline import Pipeline
    from tidings.run.watch import Watcher, WatchOptions, parse_interval

    try:
        interval = parse_interval(every)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--every") from None
    if serve:
        from tidings.web import is_loopback

        if not is_loopback(host) and not token:
            raise typer.BadParameter(
                f"refusing to listen on {host} without a token; pass --token TOKEN", param_hint="--host"
            )
    dictionaries = check_dictionaries(dictionary)
    fetch = FetchOptions(timeout=timeout, max_bytes=max_bytes, per_host=per_host)
    options = WatchOptions(every=interval, once=once, batch_size=batch_size, fetch=fetch)
    stop = threading.Event()
    _signals(stop)
    store = _open(db)
    server = _start_server(store, host, port, token) if serve else None
    pipeline = Pipeline(
        model=model,
        dictionaries=dictionaries,
        default_dictionaries=not no_default_dictionaries,
    )
    _err(
        f"watching {len(sources)} source(s) every {every} -> {db or './tidings.duckdb'}"
        + (" (once)" if once else "")
    )
    try:
        failed = _run(Watcher(sources, store, pipeline, options, stop=stop, log=_err))
    finally:
        if server is not None:
            server.stop()
        store.close()
    _err("stopped" if stop.is_set() else "done")
    raise typer.Exit(1 if once and failed else 0)


def _run(watcher: Any) -> int:
    """The watch loop; a store that fails is exit 3, a second signal exit 130 (no traceback)."""
    from tidings.run import IngestInterrupted

    try:
        return int(watcher.run())
    except IngestInterrupted as e:
        _err(str(e))
        raise typer.Exit(3) from None
    except KeyboardInterrupt:  # a second signal: the batch in flight is rolled back, the rest is stored
        _err("interrupted; the batch in flight was not stored")
        raise typer.Exit(130) from None
    except Exception as e:
        if type(e).__module__.split(".")[0] not in _STORE_ERRORS:
            raise
        first = (str(e).strip().splitlines() or [""])[0][:300]
        # the store went away between batches (server down, disk full): what is committed stays
        _err(f"the store failed: {type(e).__name__}: {first}; run the same command again to go on")
        raise typer.Exit(3) from None


def _start_server(store: Any, host: str, port: int, token: str | None) -> Any:
    from tidings.run.live import BackgroundServer, web_data

    server = BackgroundServer(web_data(store), host, port, token)
    try:
        server.start()
    except OSError as e:
        store.close()
        _err(f"cannot serve on {host}:{port}: {e}")
        raise typer.Exit(2) from None
    _err(f"serving {store.kind} at http://{host}:{port}/" + (f"?token={token}" if token else ""))
    return server
