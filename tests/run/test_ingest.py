"""run/ingest.py without the model: skipping stored articles, batching, what an Analysis passes on."""

from __future__ import annotations

from tidings.ingest import article_from_text
from tidings.model import ErrorRecord, Failure
from tidings.run.ingest import Analysis, batches, new_only


def _articles(*texts: str):
    return [article_from_text(t, id=f"a{i}") for i, t in enumerate(texts)]


def test_new_only_drops_stored_and_repeated_articles_before_analysis():
    a, b, c, b_again = _articles("Iran met Iraq.", "Iraq met Iran.", "Turkey met Syria.", "Iraq met Iran.")
    fail = Failure(
        id="f", origin="x.jsonl:3", error=ErrorRecord(code="E010", message="bad", severity="error")
    )
    asked: list[list[str]] = []
    skipped: list[int] = []

    def known(hashes):
        asked.append(list(hashes))
        return {a.content_hash}

    kept = list(new_only([a, fail, b, c, b_again], known, lambda: skipped.append(1), chunk=3))
    assert [k.id for k in kept] == ["f", "a1", "a2"]
    assert len(skipped) == 2  # a is stored, b_again repeats b
    assert asked == [[a.content_hash, b.content_hash], [c.content_hash, b_again.content_hash]]


def test_batches_cut_in_order():
    assert list(batches(iter(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]


def test_analysis_passes_its_settings_to_the_workers():
    analysis = Analysis(model="m", dictionaries=("d.txt",), default_dictionaries=False, workers=3)
    assert analysis.pipeline_kwargs() == {
        "model": "m",
        "dictionaries": ["d.txt"],
        "default_dictionaries": False,
    }
    assert Analysis(max_chars=5000).pipeline_kwargs()["max_chars"] == 5000
    info = Analysis(default_dictionaries=False).info()
    assert info["dictionaries"] == [] and info["model_name"] and info["tidings_version"]
