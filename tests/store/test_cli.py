"""The store CLI commands on both backends (typer's runner, a database filled with test reports)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from tidings.cli import app

runner = CliRunner()


@pytest.fixture
def db(filled, db_url):
    filled.close()  # release the DuckDB file for the command
    return db_url


def run(*args: str) -> str:
    res = runner.invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.stdout


def test_events_table_and_filters(db):
    out = run("events", "--db", db, "--dyad", "IRN:IRQ")
    lines = out.strip().splitlines()
    assert lines[0].split()[:4] == ["date", "source_code", "target_code", "cameo"]
    assert len(lines) == 4 and "2022-10-15" in lines[2] and "2022-10-20" in lines[3]
    assert len(run("events", "--db", db, "--dyad", "IRQ:IRN", "--format", "jsonl").splitlines()) == 0
    assert (
        len(run("events", "--db", db, "--dyad", "IRQ:IRN", "--undirected", "--format", "jsonl").splitlines())
        == 2
    )
    assert len(run("events", "--db", db, "--cameo", "19", "--format", "jsonl").splitlines()) == 1
    assert len(run("events", "--db", db, "--text", "phone", "--format", "jsonl").splitlines()) == 1
    assert (
        len(
            run(
                "events", "--db", db, "--since", "2022-10-15", "--until", "2022-10-15", "--format", "jsonl"
            ).splitlines()
        )
        == 1
    )


def test_events_gdelt_and_plover(db, tmp_path):
    out = tmp_path / "e.tsv"
    run("events", "--db", db, "--format", "gdelt", "--output", str(out))
    rows = [ln.split("\t") for ln in out.read_text().splitlines()]
    assert len(rows) == 3 and {len(r) for r in rows} == {61}
    plover = [
        json.loads(ln) for ln in run("events", "--db", db, "--format", "plover", "--quad", "1").splitlines()
    ]
    assert [p["event"] for p in plover] == [["CONSULT"], ["CONSULT"]]


def test_parquet_needs_output(db, tmp_path):
    res = runner.invoke(app, ["events", "--db", db, "--format", "parquet"])
    assert res.exit_code != 0 and "--output" in res.output
    run("events", "--db", db, "--format", "parquet", "--output", str(tmp_path / "e.parquet"))
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "e.parquet").num_rows == 3


def test_series_csv(db):
    out = run("series", "--db", db, "--dyad", "IRN:IRQ", "--by", "week", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["period"], r["events"], r["quad1"], r["goldstein_sum"]) for r in rows] == [
        ("2022-10-10", "1", "1", "1.0"),
        ("2022-10-17", "1", "1", "1.0"),
    ]


def test_actors_and_quotes(db):
    actors = [
        json.loads(ln) for ln in run("actors", "--db", db, "--code", "IRQ", "--format", "jsonl").splitlines()
    ]
    assert {a["code"] for a in actors} == {"IRQGOV", "IRQCVL"}
    quotes = [
        json.loads(ln)
        for ln in run("quotes", "--db", db, "--speaker", "IRNGOV", "--format", "jsonl").splitlines()
    ]
    assert [q["speaker"] for q in quotes] == ["Hossein Amir-Abdollahian"]
    table = run("quotes", "--db", db, "--speaker", "Amir-Abdollahian")
    assert "Iran will not tolerate threats" in table


def test_bad_dyad_and_gdelt_for_actors_are_refused(db):
    res = runner.invoke(app, ["events", "--db", db, "--dyad", "IRN"])
    assert res.exit_code == 2 and "SOURCE:TARGET" in res.output
    res = runner.invoke(app, ["actors", "--db", db, "--format", "gdelt"])  # not offered: GDELT holds events
    assert res.exit_code == 2 and "'gdelt' is not one of 'table', 'csv', 'jsonl', 'parquet'" in res.output


def test_queries_on_a_missing_file_say_so(tmp_path):
    res = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 2 and "run tidings ingest first" in res.output
    assert not (tmp_path / "none.duckdb").exists()


@pytest.mark.slow
def test_ingest_command_stores_once_and_records_failures(db_url, tmp_path):
    from tidings.store import Store

    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        json.dumps(
            {
                "id": "ok",
                "published": "2022-11-20",
                "text": "Iraqi Prime Minister Mohammed Shia al-Sudani "
                "met Turkish President Recep Tayyip Erdogan in Ankara on Sunday. The two leaders discussed water "
                "shortages, trade and the security of the border between the two countries, officials said.",
            }
        )
        + "\n"
        + json.dumps({"id": "empty", "text": "   "})
        + "\n",
        encoding="utf-8",
    )
    first = runner.invoke(app, ["ingest", str(corpus), "--db", db_url])
    assert first.exit_code == 1  # one document failed; the other is stored
    assert "1 document(s) stored" in first.output and "in.jsonl:2" in first.output
    second = runner.invoke(app, ["ingest", str(corpus), "--db", db_url])
    assert "0 document(s) stored, 1 already stored" in second.output
    with Store(db_url) as s:
        assert s.counts()["documents"] == 1 and s.counts()["runs"] == 2
        (err,) = s.db.dicts("SELECT origin, code, message FROM errors WHERE severity = ?", ["error"])
        assert (
            err["origin"].endswith("in.jsonl:2") and err["code"].startswith("E") and "text" in err["message"]
        )
        ev = s.db.dicts(
            "SELECT source_code, target_code, day, place_name FROM events WHERE cameo LIKE ?", ["04%"]
        )
        assert {
            "source_code": "IRQGOV",
            "target_code": "TURGOV",
            "day": __import__("datetime").date(2022, 11, 20),
            "place_name": "Ankara",
        } in ev


def test_events_order_option(db):
    rows = [
        json.loads(ln)
        for ln in run("events", "--db", db, "--order", "articles", "--format", "jsonl").splitlines()
    ]
    assert rows[0]["num_articles"] == 3 and len(rows) == 3
