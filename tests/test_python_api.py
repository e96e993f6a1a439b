"""The Python API as users call it: dates in any common form, process() on texts, dicts and
Articles, the store and query functions at the top of the package, the README's example."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
import spacy

import tidings
from tests.conftest import ROOT
from tidings.ingest import article_from_text
from tidings.model import Document, Failure
from tidings.pipeline import Pipeline
from tidings.pubdate import BadDate, to_date
from tidings.registrations import register

OCT16 = dt.date(2022, 10, 16)


@pytest.mark.parametrize(
    "value",
    [
        "2022-10-16",
        "October 16, 2022",
        "Oct 16, 2022",
        "Oct. 16 2022",
        "Sunday, October 16th, 2022",
        "16 October 2022",
        "16 Oct 2022",
        "16/10/2022",
        "10/16/2022",
        "16.10.2022",
        "2022/10/16",
        "Sun, 16 Oct 2022 09:30:00 GMT",
        "Sun, 16 Oct 2022 09:30:00 +0330",
        "2022-10-16T23:30:00Z",
        dt.date(2022, 10, 16),
        dt.datetime(2022, 10, 16, 23, 59),
    ],
)
def test_common_date_forms_give_the_day(value):
    assert to_date(value) == OCT16


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("yesterday", "not a date tidings can read"),
        ("03/04/2022", "ambiguous"),
        ("31/02/2022", "day is out of range"),
        ("Octember 16, 2022", "not a date"),
        (20221016, "(int) is not a date"),
    ],
)
def test_unreadable_dates_raise_a_clear_error(value, says):
    with pytest.raises(BadDate) as e:
        to_date(value)
    assert says in str(e.value) and re.search(r"\d{4}-\d{2}-\d{2}", str(e.value))  # says what is accepted
    assert isinstance(e.value, ValueError)


def test_empty_date_means_none():
    assert to_date(None) is None and to_date("  ") is None


def test_extract_refuses_a_bad_date_before_loading_the_model():
    with pytest.raises(tidings.BadDate, match="'the 16th'"):
        tidings.extract("Iran's foreign minister met his Iraqi counterpart.", published="the 16th")


def _blank() -> Pipeline:
    register()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return Pipeline(nlp=nlp)


def test_process_takes_texts_dicts_and_articles_in_order():
    items = [
        "Iran and Iraq met in Baghdad. They talked.",
        {
            "text": "Chad spoke. Sudan listened.",
            "id": "d1",
            "title": "Chad",
            "published": "October 16, 2022",
            "url": "https://example.org/chad",
        },
        {"text": "Mali answered.", "date": "16/10/2022"},
        article_from_text("Niger agreed.", id="a3", published=OCT16),
        "",
    ]
    out = list(_blank().process(items))
    assert [type(o).__name__ for o in out] == ["Document", "Document", "Document", "Document", "Failure"]
    assert isinstance(out[0], Document) and len(out[0].sentences) == 2
    assert (out[1].id, out[1].title, out[1].published, out[1].url) == (
        "d1",
        "Chad",
        "2022-10-16",
        "https://example.org/chad",
    )
    assert out[2].published == "2022-10-16"
    assert out[3].id == "a3" and out[3].published == "2022-10-16"
    assert isinstance(out[4], Failure) and out[4].error.code == "E021"


def test_process_names_an_item_it_cannot_take():
    with pytest.raises(ValueError, match=r"item 1: unknown key\(s\) 'body'"):
        list(_blank().process(["Iran spoke.", {"body": "Iraq listened."}]))
    with pytest.raises(ValueError, match="item 0: a dict needs a string 'text'"):
        list(_blank().process([{"title": "no text"}]))
    with pytest.raises(TypeError, match="item 0: int is not an article"):
        list(_blank().process([42]))
    with pytest.raises(BadDate, match="'someday'"):
        list(_blank().process([{"text": "Iran spoke.", "published": "someday"}]))


def test_store_and_query_functions_are_at_the_top():
    from tidings import query, run, store

    assert tidings.Store is store.Store and tidings.EventFilter is query.EventFilter
    assert tidings.series is query.series and tidings.documents is query.documents
    assert (
        tidings.run.ingest is run.ingest
        and callable(run.ingest)
        and tidings.recode is run.recode
        and tidings.query.events is query.events
    )
    assert {"Store", "EventFilter", "series", "to_dataframe", "read", "Pipeline", "extract"} <= set(
        tidings.__all__
    )
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = tidings.nope


def test_import_tidings_stays_light():
    code = "import sys, tidings; print('spacy' in sys.modules, 'duckdb' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_the_readme_pandas_example_runs(tmp_path, monkeypatch):
    """The README's Python block, run as written on a store built from hand-built documents."""
    sys.path.insert(0, str(ROOT / "tests" / "web"))
    from sample import sample_documents

    db = tmp_path / "tidings.duckdb"
    with tidings.Store(str(db)) as s:
        s.write(sample_documents(), s.start_run("test"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- python-example -->\n```python\n(.*?)```", readme, re.S)
    assert block, "README.md has the marked Python example"
    code = block.group(1)
    assert "ingest(" in code
    # The example ingests ../corpus/; here the store already holds the sample documents.
    code = "\n".join(line for line in code.splitlines() if "ingest(" not in line)
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(compile(code, "README.md", "exec"), scope)
    df, monthly = scope["df"], scope["monthly"]
    with tidings.Store(str(db)) as s:
        total = tidings.query.events(
            s, tidings.EventFilter(dyad="IRN:IRQ", undirected=True), limit=None
        ).total
    assert len(df) == total > 0
    assert {"date", "source_code", "target_code", "cameo", "goldstein"} <= set(df.columns)
    assert int(monthly["events"].sum()) == total


@pytest.mark.slow
def test_extract_reads_a_written_out_date():
    doc = tidings.extract(
        "Iran's foreign minister met his Iraqi counterpart on Saturday.", published="October 16, 2022"
    )
    assert doc.published == "2022-10-16"
    assert (
        tidings.extract(
            "Iran's foreign minister met his Iraqi counterpart.", published="16/10/2022"
        ).published
        == "2022-10-16"
    )
