"""Store fixtures: a fresh database per test on BOTH backends (DuckDB file, real PostgreSQL).

PostgreSQL is a throwaway cluster started once per session from the Debian package's
binaries (scripts/system-deps.sh installs them). If it cannot start, the PostgreSQL tests
fail with the reason; they are never skipped.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from tests.pg import temp_cluster

sys.path.insert(0, str(Path(__file__).parent))

_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster():
    """A running throwaway PostgreSQL cluster (the object has ``url`` and ``create_database``)."""
    with temp_cluster("store tests") as cluster:
        yield cluster


@pytest.fixture(params=["duckdb", "postgresql"])
def db_url(request, tmp_path):
    """A URL of an empty database: a DuckDB file, or a new database in the session cluster."""
    if request.param == "duckdb":
        return str(tmp_path / "test.duckdb")
    cluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"t{next(_counter)}")


@pytest.fixture
def store(db_url):
    from tidings.store import Store

    s = Store(db_url)
    yield s
    s.close()


@pytest.fixture
def reports():
    from store_corpus import meeting_reports

    return meeting_reports()


@pytest.fixture
def filled(store, reports):
    """A store holding the five test reports (one ingest run)."""
    run = store.start_run("test")
    store.write(reports, run)
    return store
