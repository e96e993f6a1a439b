"""Property tests of the store's exactly-once writing (DuckDB; PostgreSQL runs the same SQL).

For any sequence of pipeline results (the hand-built reports of tests/store/store_corpus.py,
copies of them under other ids, new versions of an article under the same id, failures),
cut into any batches:
- writing the sequence twice leaves exactly the rows of writing it once (every column of
  every data table, not counts);
- adding copies of already-written content (same content hash, any id) changes nothing;
- counts agree with the rows (events' mention totals, one document per content hash).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reliability.test_properties import FUZZ
from tidings.model import Document, ErrorRecord, Failure
from tidings.store import BatchStats, Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_corpus import meeting_reports  # noqa: E402
from test_store import data_rows  # noqa: E402

pytestmark = [pytest.mark.fuzz, pytest.mark.slow]  # hundreds of store writes per property

REPORTS = meeting_reports()
SLOW = settings(max_examples=400 if FUZZ else 25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _copy(doc: Document, new_id: str) -> Document:
    """The same article (same content hash) under another id, e.g. a syndicated copy."""
    return doc.model_copy(update={"id": new_id, "origin": f"copy:{new_id}"})


def _update(doc: Document, of: Document) -> Document:
    """A new version of article ``of``: ``doc``'s content under ``of``'s id."""
    return doc.model_copy(update={"id": of.id, "origin": f"update:{of.id}"})


def _failure(i: int) -> Failure:
    return Failure(
        id=f"bad-{i}",
        origin=f"feed.jsonl:{i}",
        error=ErrorRecord(code="E010", message="not JSON", origin=f"feed.jsonl:{i}", severity="error"),
    )


plain = st.sampled_from(REPORTS)
copies = st.tuples(st.sampled_from(REPORTS), st.sampled_from(["dup-a", "dup-b", "feeds/dup c"])).map(
    lambda t: _copy(*t)
)
updates = st.tuples(st.sampled_from(REPORTS), st.sampled_from(REPORTS)).map(lambda t: _update(*t))
failures = st.integers(0, 3).map(_failure)
results = st.lists(st.one_of(plain, plain, copies, updates, failures), max_size=12)
cuts = st.lists(st.integers(1, 5), min_size=1, max_size=12)


def _write(store: Store, seq: list, sizes: list[int]) -> None:
    run = store.start_run("prop")
    i, k = 0, 0
    while i < len(seq):
        n = sizes[k % len(sizes)]
        store.write(seq[i : i + n], run)
        i, k = i + n, k + 1
    store.finish_run(run, BatchStats())


def _rows(store: Store) -> dict[str, list[tuple]]:
    out = data_rows(store)
    out["replaced_versions"] = sorted(
        store.db.fetchall("SELECT content_hash, document_id FROM replaced_versions")
    )
    return out


def _consistent(store: Store) -> None:
    counts = store.counts()
    db = store.db
    assert db.scalar("SELECT COUNT(DISTINCT content_hash) FROM documents") == counts["documents"]
    assert db.scalar("SELECT COUNT(DISTINCT id) FROM documents") == counts["documents"]
    assert (db.scalar("SELECT COALESCE(SUM(num_mentions), 0) FROM events") or 0) == counts["event_mentions"]
    orphans = db.scalar(
        "SELECT COUNT(*) FROM event_mentions m LEFT JOIN documents d ON d.id = m.document_id"
        " WHERE d.id IS NULL"
    )
    assert orphans == 0
    dangling = db.scalar(
        "SELECT COUNT(*) FROM event_mentions m LEFT JOIN events e ON e.id = m.event_id WHERE e.id IS NULL"
    )
    assert dangling == 0


@SLOW
@given(results, cuts, cuts)
def test_writing_any_sequence_twice_equals_once(seq, sizes_once, sizes_again):
    with Store(":memory:") as once, Store(":memory:") as twice:
        _write(once, seq, sizes_once)
        _write(twice, seq, sizes_once)
        _write(twice, seq, sizes_again)
        _consistent(once)
        _consistent(twice)
        assert _rows(twice) == _rows(once)


@SLOW
@given(
    st.lists(plain, max_size=8),
    st.lists(st.tuples(st.integers(0, 20), st.sampled_from(["dup-a", "x/y z", "irna-1"])), max_size=6),
    cuts,
)
def test_copies_of_stored_content_are_ignored(seq, inserts, sizes):
    """Inserting, anywhere after the original, copies of content already in the sequence changes nothing."""
    with_copies = list(seq)
    for pos, new_id in inserts:
        if not seq:
            break
        j = pos % len(seq)
        at = with_copies.index(seq[j]) + 1 + pos % 3  # somewhere after the first occurrence
        with_copies.insert(min(at, len(with_copies)), _copy(seq[j], new_id))
    with Store(":memory:") as a, Store(":memory:") as b:
        _write(a, seq, sizes)
        _write(b, with_copies, sizes)
        _consistent(b)
        assert _rows(b) == _rows(a)
        assert b.counts()["documents"] == len({d.content_hash for d in seq})
