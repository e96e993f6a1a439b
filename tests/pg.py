"""A throwaway PostgreSQL cluster for a test fixture; fails (never skips) when none starts."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest


@contextlib.contextmanager
def temp_cluster(purpose: str) -> Iterator[Any]:
    """Start a TempCluster, yield it, stop it; ``purpose`` names the tests in the failure."""
    from tidings.store.pgtemp import PostgresUnavailable, TempCluster

    try:
        cluster = TempCluster()
        cluster.start()
    except PostgresUnavailable as e:
        pytest.fail(f"PostgreSQL could not be started for the {purpose}: {e}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()
