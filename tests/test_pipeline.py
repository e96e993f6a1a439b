"""The Pipeline: batches, input order, one failing document does not stop the rest."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language

import tidings
from tidings.errors import TidingsError
from tidings.ingest import article_from_text
from tidings.model import Document, Failure
from tidings.pipeline import Pipeline
from tidings.registrations import register


@Language.component("test_fail_on_boom")
def _fail_on_boom(doc):
    if "boom" in doc.text:
        raise ValueError("boom found")
    return doc


def _blank_pipeline() -> Pipeline:
    register()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_fail_on_boom")
    return Pipeline(nlp=nlp, batch_size=2)


def test_failure_in_one_document_keeps_order_and_goes_on():
    texts = [
        "Iran and Iraq met. They talked.",
        "This one goes boom here.",
        "Chad spoke. Sudan listened. Done.",
    ]
    items = [article_from_text(t, id=f"d{i}") for i, t in enumerate(texts)]
    items.insert(
        1, Failure(id="r", origin="bad.txt", error=TidingsError("E003", "bad.txt", path="bad.txt").record())
    )
    out = list(_blank_pipeline().process(items))
    assert [type(o).__name__ for o in out] == ["Document", "Failure", "Failure", "Document"]
    assert out[0].id == "d0" and len(out[0].sentences) == 2
    assert out[1].error.code == "E003"
    assert out[2].id == "d1" and out[2].error.code == "E200" and "test_fail_on_boom" in out[2].error.message
    assert out[3].id == "d2" and len(out[3].sentences) == 3


def test_strict_mode_raises(monkeypatch):
    monkeypatch.setenv("TIDINGS_STRICT", "1")
    with pytest.raises(ValueError, match="boom found"):
        list(_blank_pipeline().process([article_from_text("boom boom boom.", id="x")]))


def test_python_api_extract_returns_document():
    doc = tidings.extract(
        "BAGHDAD (Reuters) - Iraq's prime minister met Iran's foreign minister on Sunday.",
        published="2022-10-16",
    )
    assert isinstance(doc, Document)
    assert doc.published == "2022-10-16" and doc.dateline == "Baghdad" and doc.source == "Reuters"
    assert doc.text.startswith("Iraq's prime minister")
    assert len(doc.sentences) == 1


def test_python_api_raises_on_unusable_text():
    with pytest.raises(TidingsError) as e:
        tidings.extract("   ")
    assert e.value.code == "E021"


def test_pipeline_keeps_input_order_over_batches(pipeline):
    from tests.conftest import wikinews_rows

    rows = wikinews_rows()[:40]
    items = [
        article_from_text(r["text"], published=dt.date.fromisoformat(r["date"]), id=str(i))
        for i, r in enumerate(rows)
    ]
    out = list(pipeline.process(items))
    assert [o.id for o in out] == [str(i) for i in range(40) if not isinstance(items[i], Failure)]
    assert all(isinstance(o, Document) and o.sentences for o in out)
    from tests.reliability.schema_check import check_document

    for o in out:  # real Wikinews output honours the contract, offsets included
        check_document(o.to_json_dict())
