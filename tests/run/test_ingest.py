"""run/ingest.py without the model: skipping stored articles, batching, what an Analysis passes on."""

from __future__ import annotations

import io

from tidings.ingest import article_from_text
from tidings.model import Document, ErrorRecord, Failure
from tidings.run.ingest import Analysis, batches, ingest, new_only
from tidings.store import Store


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


def test_run_info_lists_only_the_default_sets_loaded():
    from tidings.run.info import dictionary_info

    names = {key: {d["name"] for d in dictionary_info((), key)} for key in (True, "actors", "verbs")}
    assert {"tidings:actors/people.tsv", "tidings:events/lexicon.tsv"} <= names[True]
    assert (
        "tidings:actors/people.tsv" in names["actors"] and "tidings:events/lexicon.tsv" not in names["actors"]
    )
    assert "tidings:events/lexicon.tsv" in names["verbs"]
    assert not any(n.startswith("tidings:actors/") for n in names["verbs"])
    assert "tidings:places/gazetteer.tsv" in names["actors"] & names["verbs"]  # places are always used


class _Parse:
    """Stands in for the spaCy pipeline (not for the store): each Article becomes a Document
    holding its text, as the real one does before any stage finds something."""

    model, dictionaries, default_dictionaries = None, (), False

    def __init__(self) -> None:
        self.seen: list[str] = []

    def process(self, items):
        for a in items:
            if isinstance(a, Failure):
                yield a
                continue
            self.seen.append(a.text)
            yield Document(id=a.id, text=a.text, content_hash=a.content_hash, origin=a.origin)


def test_ingest_into_duckdb_skips_stored_articles_and_shows_progress(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(["Iran met Iraq on Sunday.", "Turkey met Syria.", "Iran met Iraq on Sunday."]):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    (folder / "3.txt").write_bytes(b"")  # E003: a Failure, stored in the errors table
    db = str(tmp_path / "t.duckdb")
    parse = _Parse()
    logged: list[tuple[int, int]] = []
    shown = io.StringIO()
    first = ingest(
        [str(folder)],
        db,
        analysis=Analysis.using(parse),
        batch_size=2,
        progress=lambda n, s: logged.append((n, s.stored)),
        display=shown,
    )
    assert (first.stats.stored, first.stats.skipped, first.stats.failures) == (2, 1, 1)
    assert [f.error.code for f in first.failures] == ["E003"]
    assert parse.seen == ["Iran met Iraq on Sunday.", "Turkey met Syria."]  # the repeat never reached it
    assert logged == [(1, 2), (2, 2)]  # not a terminal: batch lines (running totals) besides the display
    assert shown.getvalue() == ""  # log lines only every 30 s, none in a run this short
    again = ingest([str(folder)], db, analysis=Analysis.using(parse), batch_size=2)
    assert (again.stats.stored, again.stats.skipped) == (0, 3) and len(parse.seen) == 2
    with Store(db) as store:
        ids = store.document_ids()
        assert len(ids) == 2 and ids == sorted(ids)
        assert sorted(a.text for a in store.articles(ids)) == [
            "Iran met Iraq on Sunday.",
            "Turkey met Syria.",
        ]
        assert [r["status"] for r in store.runs()] == ["done", "done"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_progress_line_replaces_the_batch_lines(tmp_path):
    for i, text in enumerate(["Iran met Iraq.", "Turkey met Syria.", "Iran met Iraq."]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    logged: list[int] = []
    screen = _Terminal()
    report = ingest(
        [str(tmp_path)],
        str(tmp_path / "t.duckdb"),
        analysis=Analysis.using(_Parse()),
        batch_size=1,
        progress=lambda n, s: logged.append(n),
        display=screen,
    )
    assert report.batches == 2 and logged == []
    import re

    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue())  # the bar's terminal codes
    last = [part for part in shown.split("\r") if part.strip()][-1]
    assert "3/3 articles, " in last and "1 already stored" in last and shown.rstrip(" ").endswith("\n")
    assert "batch" not in shown  # the line replaces the batch lines
