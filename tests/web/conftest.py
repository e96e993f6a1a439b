"""Web fixtures: the hand-built sample documents in every data source the API can use
(in memory, a DuckDB file, a real PostgreSQL database), and an app client over each."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.pg import temp_cluster

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def sample_docs():
    from sample import sample_documents

    docs = sample_documents()
    for d in docs:
        d.content_hash = f"sample-{d.id}"
    return docs


def _write(url: str, docs) -> None:
    from tidings.store import Store

    with Store(url) as s:
        s.write(docs, s.start_run("test"))


@pytest.fixture(scope="session")
def sample_duckdb(tmp_path_factory, sample_docs) -> str:
    url = str(tmp_path_factory.mktemp("web") / "sample.duckdb")
    _write(url, sample_docs)
    return url


@pytest.fixture(scope="session")
def web_pg_cluster():
    with temp_cluster("web tests") as cluster:
        yield cluster


@pytest.fixture(scope="session")
def sample_pg(web_pg_cluster, sample_docs) -> str:
    url = web_pg_cluster.create_database("websample")
    _write(url, sample_docs)
    return url


@pytest.fixture(scope="session", params=["memory", "duckdb", "postgresql"])
def data(request, sample_docs):
    """The sample documents behind each data source; every API test runs on all three."""
    from tidings.web.store_data import StoreData

    if request.param == "memory":  # extract output held in an in-memory store (tidings serve --jsonl)
        d = StoreData.from_documents(sample_docs)
        yield d
        d.close()
        return

    url = request.getfixturevalue("sample_duckdb" if request.param == "duckdb" else "sample_pg")
    d = StoreData(url)
    yield d
    d.close()


@pytest.fixture(scope="session")
def client(data):
    from fastapi.testclient import TestClient

    from tidings.web import create_app

    return TestClient(create_app(data))
