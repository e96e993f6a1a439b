"""Shared fixtures: paths to ../shared test data, the real pipeline (loaded once)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__import__("os").environ.get("TIDINGS_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "examples" / "seed-article.txt"
WIKINEWS = SHARED / "corpora" / "wikinews"
SCHEMA = SHARED / "schema" / "document.schema.json"
SEED_DATE = dt.date(2022, 10, 16)


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
