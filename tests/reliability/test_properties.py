"""Property tests: readers and extract never let an exception escape; offsets always hold.

CI runs a modest number of examples; ``make fuzz`` (TIDINGS_FUZZ=1) runs many more.
"""

from __future__ import annotations

import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.ingest import RawDoc, prepare
from tidings.ingest.clean import clean
from tidings.ingest.readers import read_csv, read_jsonl, read_stream, read_text_bytes
from tidings.model import Article, Failure

FUZZ = os.environ.get("TIDINGS_FUZZ") == "1"
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "fuzz", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("fuzz" if FUZZ else "ci")

pytestmark = pytest.mark.fuzz

news_words = st.sampled_from(
    "Iran Iraq said the minister met in Tehran on Saturday last week \u201c \u201d \" ' , . - TEHRAN- BAGHDAD (Reuters) - "
    "attacked police protesters Kurdistan Region 2019 January he she they NATO UN \n \t \u00a0".split(" ")
)
newsy_text = st.lists(st.one_of(news_words, st.text(max_size=8)), max_size=60).map(" ".join)


def _ok(items) -> None:
    for item in items:
        assert isinstance(item, (RawDoc, Failure))
        if isinstance(item, Failure):
            assert item.error.code and item.error.message


@given(st.binary(max_size=4000))
def test_read_jsonl_never_raises(data):
    _ok(read_jsonl(io.BytesIO(data), "x.jsonl"))


@given(
    st.lists(
        st.one_of(
            st.dictionaries(
                st.sampled_from(["id", "text", "title", "published", "url"]),
                st.one_of(st.text(), st.integers(), st.none(), st.lists(st.integers())),
            ),
            st.text(),
        ),
        max_size=5,
    )
)
def test_read_jsonl_structured(objs):
    data = "\n".join(json.dumps(o) for o in objs).encode()
    items = list(read_jsonl(io.BytesIO(data), "x.jsonl"))
    _ok(items)
    assert len(items) == sum(1 for o in objs if json.dumps(o).strip())


@given(st.binary(max_size=4000))
def test_read_csv_never_raises(data):
    _ok(read_csv(io.BytesIO(b"id,text,title\n" + data), "x.csv"))


@given(st.binary(max_size=4000))
def test_read_text_and_stream_never_raise(data):
    _ok(read_text_bytes(data, "x.txt"))
    _ok(read_stream(io.BytesIO(data), "<stdin>"))


@given(newsy_text)
def test_clean_and_prepare(text):
    out, _, place, _ = clean(text)
    assert out == out.strip()
    if place is not None:
        assert place.upper().replace("-", " ").split()[0] in text.upper().replace("-", " ")
    result = prepare(RawDoc(text=text, origin="p"))
    assert isinstance(result, (Article, Failure))
    if isinstance(result, Article):
        assert result.text and len(result.content_hash) == 64


@settings(
    max_examples=25 if not FUZZ else 400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(newsy_text)
def test_extract_any_text_validates_and_offsets_hold(pipeline, text):
    from tests.reliability.schema_check import check_document
    from tidings.ingest import article_from_text

    item = article_from_text(text, published="2022-10-16", id="h")
    for result in pipeline.process([item]):
        if isinstance(result, Failure):
            assert result.error.code in {"E021"}, result.error
            continue
        check_document(result.to_json_dict())
