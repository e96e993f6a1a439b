"""Storage: a DuckDB file (default) or PostgreSQL, with migrations and exactly-once ingest.

``Store(url)`` opens (and migrates) a database; ``ingest(paths, db)`` reads, analyses
and stores articles; ``recode(db, dictionaries=...)`` re-codes stored documents.
"""

from __future__ import annotations

from tidings.store.backend import DEFAULT_DB, connect, is_postgres
from tidings.store.ingest import IngestInterrupted, IngestReport, ingest, ingest_items, recode
from tidings.store.schema import LATEST as SCHEMA_VERSION
from tidings.store.store import BatchStats, Store

__all__ = [
    "DEFAULT_DB", "SCHEMA_VERSION", "BatchStats", "IngestInterrupted", "IngestReport", "Store", "connect", "ingest",
    "ingest_items", "is_postgres", "recode",
]
