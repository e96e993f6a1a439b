"""``tidings ingest`` at scale: a Dask cluster gives the same documents as a local run,
Parquet shards as the sink, and a rerun skips what is stored before analysing it."""

from __future__ import annotations

import json

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from tests.conftest import SEED, wikinews_rows
from tidings.cli import app
from tidings.ingest import read
from tidings.model import Article
from tidings.run.shards import ShardSink, ingest_shards

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("ingest_corpus")
    rows = wikinews_rows()[20:27]
    for i, r in enumerate(rows[:3]):
        (d / f"{i:02d}.txt").write_text(r["text"], encoding="utf-8")
    with (d / "more.jsonl").open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows[3:]):
            fh.write(json.dumps({"id": f"j{i}", "text": r["text"], "published": r["date"]}) + "\n")
        fh.write(json.dumps({"id": "dup", "text": rows[0]["text"], "published": rows[0]["date"]}) + "\n")
    (d / "seed.txt").write_bytes(SEED.read_bytes())
    return d


def _ingest(*args: str) -> str:
    res = runner.invoke(app, ["ingest", *args])
    assert res.exit_code == 0, res.output
    return res.output


def _shard_rows(directory) -> list[tuple[str, str]]:
    rows = []
    for p in ShardSink(directory).shards():
        t = pq.read_table(p).to_pydict()
        rows.extend(zip(t["id"], t["json"], strict=True))
    return rows


@pytest.mark.slow  # a Dask cluster; the CLI loads the model
def test_dask_shards_equal_local_shards_and_rerun_skips(client, corpus, tmp_path):
    address = client.scheduler.address
    local, remote = tmp_path / "local", tmp_path / "remote"
    out = _ingest(
        str(corpus),
        "--workers",
        "1",
        "--date",
        "2022-10-16",
        "--parquet-shards",
        str(local),
        "--batch-size",
        "3",
    )
    assert "8 document(s) written, 1 already written, 0 failed, 3 new shard(s)" in out
    _ingest(
        str(corpus),
        "--dask",
        address,
        "--date",
        "2022-10-16",
        "--parquet-shards",
        str(remote),
        "--batch-size",
        "3",
    )
    a, b = _shard_rows(local), _shard_rows(remote)
    assert len(a) == 8 and a == b  # document for document, same JSON
    seed = next(d for d in map(json.loads, (j for _, j in a)) if (d["origin"] or "").endswith("seed.txt"))
    assert seed["published"] == "2022-10-16" and len(seed["sentences"]) == 19
    again = _ingest(str(corpus), "--dask", address, "--parquet-shards", str(remote))
    assert "0 document(s) written, 9 already written, 0 failed, 0 new shard(s)" in again


@pytest.mark.slow  # a Dask cluster; the CLI loads the model
def test_dask_into_duckdb_equals_local(client, corpus, tmp_path):
    address = client.scheduler.address
    dbs = {"local": tmp_path / "l.duckdb", "dask": tmp_path / "d.duckdb"}
    _ingest(str(corpus), "--workers", "1", "--date", "2022-10-16", "--db", str(dbs["local"]))
    out = _ingest(str(corpus), "--dask", address, "--date", "2022-10-16", "--db", str(dbs["dask"]))
    assert "8 document(s) stored, 1 already stored" in out
    tables = {}
    for k, db in dbs.items():
        con = duckdb.connect(str(db), read_only=True)
        docs = con.execute("SELECT id, content_hash, published, text FROM documents ORDER BY id").fetchall()
        events = con.execute(
            "SELECT document_id, id, cameo, source_code, target_code, day FROM event_mentions"
            " ORDER BY document_id, id"
        ).fetchall()
        tables[k] = (docs, events)
        con.close()
    assert len(tables["local"][0]) == 8 and len(tables["local"][1]) > 8
    assert tables["local"] == tables["dask"]
    again = _ingest(str(corpus), "--dask", address, "--db", str(dbs["dask"]))
    assert "0 document(s) stored, 9 already stored" in again


def test_rerun_skips_before_analysis(pipeline, corpus, tmp_path):
    """A crash after some shards: the rerun analyses only the rest (counted at the analyser's input)."""
    seen: list[str] = []

    def analyse(items):
        def spy():
            for a in items:
                seen.append(a.id)
                yield a

        return pipeline.process(spy())

    first = ingest_shards(read([corpus]), tmp_path, analyse, batch_size=4)
    assert first == {"written": 8, "skipped": 1, "failures": 0, "shards": 2}
    assert len(seen) == 8
    sink = ShardSink(tmp_path)
    sink.shards()[-1].unlink()  # the last batch was lost in the crash
    kept = {i for i, _ in _shard_rows(tmp_path)}
    seen.clear()
    again = ingest_shards(read([corpus]), tmp_path, analyse, batch_size=4)
    articles = [a for a in read([corpus]) if isinstance(a, Article)]
    assert sorted(seen) == sorted({a.id for a in articles if a.id not in kept and a.id != "dup"})
    assert again["written"] == 4 and again["skipped"] == 5
    assert sorted(i for i, _ in _shard_rows(tmp_path)) == sorted(a.id for a in articles if a.id != "dup")
