"""CLI commands of the serve area; registered on ``tidings.cli.app`` when the CLI loads."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tidings.cli._util import app


@app.command()
def serve(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="URL",
            help="Store: DuckDB file (default ./tidings.duckdb) or postgresql://... URL.",
        ),
    ] = None,
    jsonl: Annotated[
        list[Path] | None,
        typer.Option(
            "--jsonl",
            metavar="FILE",
            help="Browse 'tidings extract' output files instead of a store (repeatable).",
        ),
    ] = None,
    host: Annotated[
        str,
        typer.Option(
            "--host", metavar="ADDRESS", help="Address to listen on; other than loopback needs --token."
        ),
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", metavar="N", min=1, max=65535, help="Port to listen on.")
    ] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            metavar="TOKEN",
            envvar="TIDINGS_TOKEN",
            help="Require this token (Bearer header or ?token=) on every request.",
        ),
    ] = None,
) -> None:
    """Serve the events browser and its read-only JSON API (OpenAPI at /openapi.json)."""
    from tidings.web import UnsafeBind, is_loopback, open_data
    from tidings.web import serve as run

    if not is_loopback(host) and not token:
        raise typer.BadParameter(
            f"refusing to listen on {host} without a token; pass --token TOKEN or use --host 127.0.0.1",
            param_hint="--host",
        )
    if jsonl and db:
        raise typer.BadParameter("use either --db or --jsonl, not both", param_hint="--jsonl")
    for p in jsonl or []:
        if not p.is_file():
            raise typer.BadParameter(
                f"{p}: no such file"
                if not p.exists()
                else f"{p} is a folder; give a 'tidings extract' output file",
                param_hint="--jsonl",
            )
    from tidings.web.store_data import StoreUnavailable

    try:
        data = open_data(db, [str(p) for p in jsonl or []])
    except (StoreUnavailable, OSError, ValueError) as e:
        typer.echo(f"tidings: {e}", err=True)
        raise typer.Exit(
            2
        ) from None  # a missing or unreadable store is an input error, as in 'tidings events'
    shown = f"http://{host}:{port}/" + (f"?token={token}" if token else "")
    typer.echo(f"tidings: serving {data.backend} at {shown}", err=True)
    try:
        run(data, host=host, port=port, token=token)
    except UnsafeBind as e:
        raise typer.BadParameter(str(e), param_hint="--host") from None
