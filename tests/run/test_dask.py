"""A real Dask LocalCluster gives the same documents as a local run, in the same order."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED, wikinews_rows
from tidings.ingest import read
from tidings.model import Document, Failure
from tidings.run.dask import process_dask

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow  # a real Dask LocalCluster and the model on its workers


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    rows = wikinews_rows()[:12]
    for i, r in enumerate(rows[:6]):
        (d / f"{i:02d}.txt").write_text(r["text"], encoding="utf-8")
    with (d / "more.jsonl").open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows[6:]):
            fh.write(json.dumps({"id": f"j{i}", "text": r["text"], "published": r["date"]}) + "\n")
        fh.write("{broken\n")
    (d / "seed.txt").write_bytes(SEED.read_bytes())
    (d / "empty.txt").write_bytes(b"")
    return d


def _key(r):
    return ("F", r.origin, r.error.code) if isinstance(r, Failure) else ("D", r.id, r.model_dump_json())


def test_cluster_equals_local(client, corpus, pipeline):
    local = [_key(r) for r in pipeline.process(read([corpus]))]
    # workers read the files themselves (2 files per task)
    remote = [_key(r) for r in process_dask([str(corpus)], client=client, files_per_task=2)]
    assert remote == local
    assert sum(k[0] == "D" for k in local) == 13 and sum(k[0] == "F" for k in local) == 2
    # the client reads and ships Articles in chunks
    shipped = [_key(r) for r in process_dask(items=read([corpus]), client=client, chunk_size=3)]
    assert shipped == local


def test_cluster_results_are_documents(client, corpus):
    out = list(
        process_dask(
            [str(corpus / "seed.txt")],
            client=client,
            read_kwargs={"date": __import__("datetime").date(2022, 10, 16)},
        )
    )
    (doc,) = out
    assert isinstance(doc, Document) and doc.published == "2022-10-16" and len(doc.sentences) == 19
