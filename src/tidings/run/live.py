"""Browse while watching: the web server in the watcher's process (``tidings watch --serve``).

DuckDB lets one process write a file and keeps other processes out while it does, so the
page cannot be served by a second process. Here the server runs in a thread of the
watching process and reads through its own DuckDB cursor on the same database: each
request sees the batches committed so far (DuckDB's MVCC), never a half-written one. The
cursor refuses anything but queries, so the page stays read-only. With PostgreSQL the
server opens its own read-only connection, as ``tidings serve`` does (which may also run
as a separate process beside ``tidings watch``).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Sequence
from typing import Any

from tidings.store.backend import Backend, DuckDBBackend
from tidings.store.store import Store

_QUERY = re.compile(r"\A\s*(?:SELECT|WITH)\b", re.I)


class ReadOnlyCursor(DuckDBBackend):
    """A second DuckDB connection to the writer's database that only runs queries."""

    def __init__(self, writer: DuckDBBackend) -> None:
        Backend.__init__(self, writer.url)
        self.con = writer.con.cursor()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        if not _QUERY.match(sql):
            raise PermissionError("the web server's connection is read-only")
        return super()._execute(sql, params)

    def _begin(self) -> None:
        raise PermissionError("the web server's connection is read-only")


def web_data(store: Store) -> Any:
    """The web API's data source over ``store`` (the watcher's own, still being written)."""
    from tidings.web.store_data import StoreData

    if store.kind == "postgresql":
        return StoreData(store.url)
    view = Store.__new__(Store)  # the same answers; only the connection differs
    assert isinstance(store.db, DuckDBBackend)
    view.db, view.url = ReadOnlyCursor(store.db), store.url
    return StoreData(store=view, backend=store.kind)


class BackgroundServer:
    """uvicorn in a daemon thread; ``start`` returns once it listens, ``stop`` ends it."""

    def __init__(self, data: Any, host: str, port: int, token: str | None) -> None:
        import uvicorn

        from tidings.web import create_app, is_loopback

        allowed = ["*"] if not is_loopback(host) else [host]  # as tidings serve: the token guards other binds
        config = uvicorn.Config(
            create_app(data, token=token, allowed_hosts=allowed),
            host=host,
            port=port,
            log_level="warning",
            lifespan="off",
        )
        self.data = data
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="tidings-serve", daemon=True)

    def start(self, timeout: float = 30.0) -> None:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise OSError("the web server did not start (is the port in use?)")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.data.close()
