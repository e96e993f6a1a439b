"""Running many documents: one process, several on this machine, or a Dask cluster; in input order."""

from __future__ import annotations

from tidings.run.local import process_parallel

__all__ = ["process_parallel"]
