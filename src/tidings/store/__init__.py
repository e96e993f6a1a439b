"""Storage: a DuckDB file (default) or PostgreSQL, with migrations and exactly-once writes.

``Store(url)`` opens (and migrates) a database; ``Store.write`` stores a batch of analysed
documents in one transaction. Reading, analysing and writing a whole run is
``tidings.run.ingest`` (``ingest``, ``recode``): the store only stores.
"""

from __future__ import annotations

from tidings.store.backend import DEFAULT_DB, connect, is_postgres
from tidings.store.schema import LATEST as SCHEMA_VERSION
from tidings.store.store import BatchStats, Store

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "BatchStats", "Store", "connect", "is_postgres"]
