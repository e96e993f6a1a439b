"""Reliability fixtures: a small real-text corpus and a private PostgreSQL cluster (the fault
tests stop it, so it is never shared with other test areas)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pg import temp_cluster
from tests.reliability.helpers import wikinews_jsonl


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory, shared) -> Path:
    """Five short real articles: one ingest takes about a second, so fault loops stay fast.
    Cut at 1,400 characters so that they hold real events (at 700 the only event left was a
    church group's trip to Walt Disney World, rightly no longer coded)."""
    return wikinews_jsonl(shared, tmp_path_factory.mktemp("rel") / "small.jsonl", 5, 1400)


@pytest.fixture(scope="module")
def private_pg():
    """A throwaway PostgreSQL cluster owned by one test module (tests may stop and restart it)."""
    with temp_cluster("reliability tests") as cluster:
        yield cluster
