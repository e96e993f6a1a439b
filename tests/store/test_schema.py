"""Migrations: versions applied in order, an old database upgraded, a newer one refused."""

from __future__ import annotations

import pytest

from tidings.store import SCHEMA_VERSION, Store
from tidings.store.backend import connect
from tidings.store.schema import MIGRATIONS, current_version, migrate


def test_migrations_are_numbered_one_by_one():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert SCHEMA_VERSION == MIGRATIONS[-1].version


def test_old_database_is_upgraded_on_open(db_url):
    db = connect(db_url)
    assert migrate(db, target=1) == [1]
    assert current_version(db) == 1
    db.close()
    with Store(db_url) as s:
        assert current_version(s.db) == SCHEMA_VERSION
        rows = s.db.fetchall("SELECT version, description FROM schema_version ORDER BY version")
        assert [r[0] for r in rows] == list(range(1, SCHEMA_VERSION + 1))
        assert rows[1][1].startswith("indexes")


def test_newer_database_is_refused(db_url):
    with Store(db_url) as s:
        s.db.execute(
            "INSERT INTO schema_version (version, description) VALUES (?, ?)", [SCHEMA_VERSION + 1, "future"]
        )
    with pytest.raises(RuntimeError, match="newer than this tidings"):
        Store(db_url)
