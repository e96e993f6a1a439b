"""Running many documents: one process, or several on this machine, in input order."""

from __future__ import annotations

from tidings.run.local import process_parallel

__all__ = ["process_parallel"]
