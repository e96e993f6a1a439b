"""The web page and read-only JSON API over an event store.

Public surface: ``create_app(data, token=None)`` (a FastAPI app), ``open_data(db, jsonl)``
(the store at a URL, or extract output held in memory) and ``serve(...)`` which the
``tidings serve`` command calls.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from tidings.web.app import DataSource

__all__ = ["create_app", "open_data", "serve", "is_loopback", "UnsafeBind"]


class UnsafeBind(ValueError):
    """Binding to a non-loopback address without a token would publish the store."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def create_app(data: DataSource, token: str | None = None, allowed_hosts: list[str] | None = None) -> FastAPI:
    from tidings.web.app import create_app as _create

    return _create(data, token=token, allowed_hosts=allowed_hosts)


def open_data(db: str | None = None, jsonl: Sequence[str | Path] = ()) -> DataSource:
    """The data source: extract output files held in memory, or the store at ``db``."""
    if jsonl:
        from tidings.web.store_data import StoreData

        return StoreData.from_jsonl(jsonl)
    from tidings.web.store_data import StoreData

    return StoreData(db)


def serve(data: DataSource, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Run the server until interrupted; refuses a non-loopback host without a token."""
    import uvicorn

    if not is_loopback(host) and not token:
        raise UnsafeBind(
            f"refusing to listen on {host}: other machines could read the store; "
            "pass --token TOKEN (or TIDINGS_TOKEN) or bind to 127.0.0.1"
        )
    # Behind a non-loopback bind the Host header is whatever clients use: the token guards it.
    allowed = ["*"] if not is_loopback(host) else [host]
    uvicorn.run(create_app(data, token=token, allowed_hosts=allowed), host=host, port=port, log_level="info")
