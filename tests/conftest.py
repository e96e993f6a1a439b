"""Shared fixtures: paths to ../shared test data, the real pipeline (loaded once)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as _hypothesis_settings

# Property tests draw the same examples on every run unless `make fuzz` asks for fresh ones
# (TIDINGS_FUZZ): CI must not go red on an example no earlier run drew.
_hypothesis_settings.register_profile("tidings", derandomize=True)
_hypothesis_settings.register_profile("fuzz", derandomize=False)
_hypothesis_settings.load_profile("fuzz" if __import__("os").environ.get("TIDINGS_FUZZ") else "tidings")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__import__("os").environ.get("TIDINGS_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "examples" / "seed-article.txt"
WIKINEWS = SHARED / "corpora" / "wikinews"
SCHEMA = SHARED / "schema" / "document.schema.json"
SEED_DATE = dt.date(2022, 10, 16)


# The slow marker is true: a test that loads the spaCy model, needs a real service
# (PostgreSQL, Dask, Chromium) or runs for many seconds is slow, so `pytest -m "not slow"` is
# the quick suite. Tests that use the model or PostgreSQL fixtures (or a "postgresql"
# parameter) are marked here; those that load the model another way (a subprocess, the CLI,
# tidings.extract) are named in SLOW_TESTS; and a test left unmarked that loads the model in
# this process fails, saying so (pytest_configure below).
MODEL_FIXTURES = frozenset({"pipeline", "nlp", "seed_document", "seed_spacy_doc"})
SERVICE_FIXTURES = frozenset({"pg_cluster", "web_pg_cluster", "private_pg", "sample_pg"})
SLOW_TESTS = frozenset({
    # `tidings extract` in a subprocess or in-process through the CLI: loads the model
    "tests/test_extract_cli.py::test_seed_extract_basics",
    "tests/test_extract_cli.py::test_seed_output_validates_against_schema",
    "tests/test_extract_cli.py::test_table_and_json_formats",
    "tests/test_extract_cli.py::test_bad_input_batch_goes_on",
    "tests/test_extract_cli.py::test_missing_dictionary_is_a_message_not_a_traceback",
    "tests/actors/test_component.py::test_cli_dictionary_option",
    # tidings.extract builds its own Pipeline
    "tests/test_pipeline.py::test_python_api_extract_returns_document",
    "tests/test_pipeline.py::test_python_api_raises_on_unusable_text",
    # many seconds without the model: the world outline rebuilt from the gazetteer
    "tests/web/test_build_world.py::test_outline_is_rebuilt_identically",
    # a second or more each: subprocesses, the real PETRARCH files, many store round trips
    "tests/store/test_exactly_once.py::test_any_batching_and_repetition_gives_the_clean_rows",
    "tests/store/test_cli.py::test_events_gdelt_and_plover",
    "tests/actors/test_petrarch.py::test_real_phoenix_files_load_fast_and_resolve_names",
    "tests/events/test_petrarch.py::test_cameo_2_0_and_discards_load",
    "tests/test_extract_cli.py::test_a_model_that_is_not_installed_is_one_line_and_exit_2",
    "tests/test_extract_cli.py::test_a_missing_model_with_worker_processes_stops_before_they_start",
    "tests/test_extract_cli.py::test_unknown_date_is_rejected_cleanly",
    "tests/nlp/test_entry_points.py::test_importing_a_component_module_registers_nothing",
    "tests/reliability/test_big_jsonl.py::test_huge_jsonl_is_read_with_flat_memory",
})  # fmt: skip
_RUNNING: list[pytest.Item] = []


def _is_slow(item: pytest.Item) -> bool:
    fixtures = set(getattr(item, "fixturenames", ()))
    params = getattr(getattr(item, "callspec", None), "params", {})
    return bool(
        fixtures & (MODEL_FIXTURES | SERVICE_FIXTURES)
        or item.nodeid.split("[", 1)[0] in SLOW_TESTS
        or item.get_closest_marker("postgres") is not None
        or item.get_closest_marker("browser") is not None
        or "postgresql" in params.values()
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("slow") is None and _is_slow(item):
            item.add_marker(pytest.mark.slow)


def pytest_configure(config: pytest.Config) -> None:
    import tidings.nlp

    load_base = tidings.nlp._load_base

    def guarded(model: str) -> Any:
        item = _RUNNING[-1] if _RUNNING else None
        if item is not None and item.get_closest_marker("slow") is None:
            pytest.fail(
                f"{item.nodeid} loads the spaCy model but is not marked slow: use a model fixture, "
                f"@pytest.mark.slow, or add it to SLOW_TESTS in tests/conftest.py",
                pytrace=False,
            )
        return load_base(model)

    tidings.nlp._load_base = guarded


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    _RUNNING.append(item)
    try:
        return (yield)
    finally:
        _RUNNING.pop()


def pytest_report_header(config: pytest.Config) -> str:
    return f"tidings shared data: {SHARED} ({'found' if SHARED.exists() else 'MISSING'})"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.fail(f"../shared not found at {SHARED}; set TIDINGS_SHARED")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():
    """The real tidings Pipeline (spaCy model + all stages), loaded once per test session."""
    from tidings.pipeline import Pipeline

    p = Pipeline()
    _ = p.nlp
    return p


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture
def partial_events(monkeypatch):
    """Events with no coded target kept, marked partial (``--partial-events``): for tests of
    what is coded rather than what is reported (the default drops them:
    ``reportable.needs_target``)."""
    monkeypatch.setenv("TIDINGS_PARTIAL_EVENTS", "on")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_document(pipeline, seed_text):
    """The seed article analysed with publication date 2022-10-16 (a Document record)."""
    from tidings.ingest import article_from_text

    article = article_from_text(seed_text, published=SEED_DATE, id="seed")
    (doc,) = list(pipeline.process([article]))
    return doc


@pytest.fixture(scope="session")
def seed_spacy_doc(nlp, seed_text):
    """The seed as an annotated spaCy Doc (for stage-level assertions)."""
    from tidings.ingest import article_from_text
    from tidings.registrations import ensure_defaults

    article = article_from_text(seed_text, published=SEED_DATE, id="seed")
    doc = nlp.make_doc(article.text)
    doc._.article = article
    ensure_defaults(doc)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def wikinews_rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (WIKINEWS / name).open(encoding="utf-8", newline="") as fh:
            rows.extend(csv.DictReader(fh))
    return rows
