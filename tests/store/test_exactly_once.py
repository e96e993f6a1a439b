"""Property: however a corpus is split into batches, ordered or repeated, the store ends the same."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_corpus import meeting_reports
from test_store import data_rows

from tidings.store import Store
from tidings.store.schema import TABLES

DOCS = meeting_reports()


def _reset(store: Store) -> None:
    with store.db.transaction():
        for t in TABLES:
            store.db.execute(f"DELETE FROM {t}")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    order=st.lists(st.integers(0, len(DOCS) - 1), min_size=len(DOCS), max_size=12).filter(
        lambda xs: set(xs) == set(range(len(DOCS)))
    ),
    cuts=st.lists(st.integers(1, 4), min_size=1, max_size=12),
)
def test_any_batching_and_repetition_gives_the_clean_rows(store, order, cuts):
    _reset(store)
    store.write(DOCS, store.start_run("clean"))  # reference: one batch in the original order
    want = data_rows(store)
    _reset(store)
    stream = [DOCS[i] for i in order]
    i = 0
    for n in cuts * len(stream):
        if i >= len(stream):
            break
        store.write(stream[i : i + n], store.start_run("batch"))
        i += n
    assert data_rows(store) == want
