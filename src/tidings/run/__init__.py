"""Running many documents: one process, several on this machine, or a Dask cluster; in input order.

``ingest``/``recode`` (``tidings.run.ingest``) read, skip what is stored, analyse with one
``Analysis`` and write to a store in batches.
"""

from __future__ import annotations

from tidings.run.ingest import (
    Analysis,
    IngestInterrupted,
    IngestReport,
    analyse_paths,
    ingest,
    ingest_items,
    recode,
)
from tidings.run.local import process_parallel

__all__ = [
    "Analysis", "IngestInterrupted", "IngestReport", "analyse_paths", "ingest", "ingest_items", "process_parallel",
    "recode",
]
