"""The command line as a new user meets it: one line and exit 2 for every bad value, path or
file; nothing created when the input is missing; -h everywhere with readable help; one exit
code table; per-command formats; one --workers default; tables drawn by rich; the README's
commands run as written."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from tests.conftest import ROOT
from tidings.cli import EXIT_CODES, app, main

SEED = ROOT / "examples" / "seed-article.txt"
COMMANDS = [
    "extract",
    "ingest",
    "recode",
    "events",
    "series",
    "actors",
    "quotes",
    "serve",
    "evaluate",
    "watch",
]


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as e:
        main(list(argv))
    out = capsys.readouterr()
    return int(e.value.code or 0), out.out, out.err


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    """A DuckDB store of the hand-built sample documents (tests/web/sample.py)."""
    sys.path.insert(0, str(ROOT / "tests" / "web"))
    from sample import sample_documents

    from tidings.store import Store

    path = str(tmp_path_factory.mktemp("cli") / "sample.duckdb")
    with Store(path) as s:
        s.write(sample_documents(), s.start_run("test"))
    return path


@pytest.fixture(scope="module")
def junk(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("junk")
    (d / "junk.bin").write_bytes(bytes(range(256)) * 4)
    (d / "two.tsv").write_text("apple\tpear\nplum\tfig\n")
    (d / "folder").mkdir()
    return {p.name: p for p in d.iterdir()}


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["events", "--cameo", "999"], "--cameo: '999' is not a CAMEO code or prefix"),
        (["events", "--cameo", "4a"], "--cameo: '4a' is not a CAMEO code"),
        (
            ["events", "--plover", "CONSLT"],
            "--plover: 'CONSLT' is not a PLOVER event type; use one of ACCUSE, AGREE",
        ),
        (["series", "--country", "Narnia"], "--country: 'Narnia' is not an ISO 3166-1 country code"),
        (["events", "--country", "Iraq"], "--country: 'Iraq': give the country's code, IQ or IRQ (Iraq)"),
        (["events", "--dyad", "IRN"], "--dyad: dyad 'IRN': use SOURCE:TARGET"),
        (["events", "--since", "2022-13-01"], "--since: '2022-13-01' is not a date"),
        (
            ["events", "--since", "2022-10-16", "--until", "2022-10-01"],
            "--until: 2022-10-01 is before --since 2022-10-16",
        ),
        (["events", "--quad", "7"], "--quad: Input should be less than or equal to 4"),
        (["events", "--order", "date"], "--order: 'date' is not one of 'day', '-day'"),
        (
            ["series", "--format", "gdelt"],
            "--format: 'gdelt' is not one of 'table', 'csv', 'jsonl', 'parquet'",
        ),
        (
            ["quotes", "--format", "plover"],
            "--format: 'plover' is not one of 'table', 'csv', 'jsonl', 'parquet'",
        ),
        (["events", "--format", "parquet"], "--format: parquet is a binary file: give --output FILE"),
        (["extract", "--column", "date", str(SEED)], "--column: 'date': use FIELD=COLUMN"),
        (["extract", "--column", "when=date", str(SEED)], "--column: 'when=date': no field 'when'"),
        (["extract", "--date", "03/04/2022", str(SEED)], "--date: '03/04/2022' is ambiguous"),
        (["extract", "nothere.txt"], "PATHS: nothere.txt: no such file or folder"),
        (["extract"], "Missing argument 'PATH'"),
        (["events", "--frobnicate"], "No such option: --frobnicate"),
        (["frobnicate"], "No such command 'frobnicate'"),
    ],
)
def test_a_bad_value_is_one_line_and_exit_2(capsys, store, argv, says):
    if argv[0] in ("events", "series", "quotes"):
        argv = [*argv, "--db", store]
    code, out, err = cli(capsys, *argv)
    assert code == 2
    assert says in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert err.startswith("tidings") and out == ""


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("junk.bin", "junk.bin is a binary file"),
        ("two.tsv", "two.tsv is not a dictionary tidings reads"),
        ("folder", "folder is a folder; give a dictionary file"),
        ("missing.txt", "missing.txt: no such file"),
    ],
)
def test_a_dictionary_that_is_not_one_is_refused(capsys, junk, name, says):
    path = junk["junk.bin"].parent / name
    for command in (["extract", str(SEED)], ["ingest", str(SEED), "--db", str(path.parent / "x.duckdb")]):
        code, _, err = cli(capsys, *command, "--dictionary", str(path))
        assert code == 2 and f"--dictionary: {path}" in err and says in err
        assert len(err.strip().splitlines()) == 1
    assert not (path.parent / "x.duckdb").exists()


def test_the_example_dictionary_passes_the_check():
    from tidings.cli._util import check_dictionaries

    assert check_dictionaries([ROOT / "examples" / "my-actors.txt"]) == [
        str(ROOT / "examples" / "my-actors.txt")
    ]


def test_output_into_a_missing_folder_or_onto_a_folder(capsys, store, tmp_path):
    for argv in (["extract", str(SEED)], ["events", "--db", store], ["actors", "--db", store]):
        code, _, err = cli(capsys, *argv, "-o", str(tmp_path / "no" / "such" / "out.csv"))
        assert code == 2 and f"{tmp_path / 'no' / 'such'} does not exist; create it first" in err
        code, _, err = cli(capsys, *argv, "-o", str(tmp_path))
        assert code == 2 and f"--output: {tmp_path} is a folder" in err
    assert list(tmp_path.iterdir()) == []


def test_nothing_is_created_when_the_input_does_not_exist(capsys, tmp_path):
    db = tmp_path / "new.duckdb"
    code, _, err = cli(capsys, "ingest", str(tmp_path / "corpus"), "--db", str(db))
    assert code == 2 and "corpus: no such file or folder" in err
    code, _, err = cli(capsys, "recode", "--db", str(db))
    assert code == 2 and "E301" in err
    code, _, err = cli(capsys, "ingest", str(SEED), "--db", str(tmp_path / "no" / "x.duckdb"))
    assert code == 2 and "--db:" in err and "does not exist" in err
    assert list(tmp_path.iterdir()) == []


def test_a_missing_store_is_exit_2_for_every_reader(capsys, tmp_path):
    for command in ("events", "series", "actors", "quotes", "serve"):
        code, _, err = cli(capsys, command, "--db", str(tmp_path / "none.duckdb"))
        assert code == 2, (command, err)
        assert "none.duckdb" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_with_h_and_help_is_readable(capsys, command):
    argv = [command] if command else []
    code, short, _ = cli(capsys, *argv, "-h")
    assert code == 0
    code, long, _ = cli(capsys, *argv, "--help")
    assert code == 0 and short == long and short.startswith("Usage: tidings")
    for bad in ("<list[", "<str>", "<bool>", "<int", "<Path", "DESIGN.md", "gold/README", "docs/", "…"):
        assert bad not in short, (command, bad)
    if command in ("extract", "ingest"):
        assert "--no-default-dictionaries" in short and "--workers N" in short and "PATH" in short


def test_formats_are_listed_per_command(capsys):
    for command, formats in (
        ("events", "table, csv, jsonl, parquet (needs --output), gdelt or plover"),
        ("series", "table, csv, jsonl or parquet"),
        ("actors", "table, csv, jsonl or parquet"),
        ("quotes", "table, csv, jsonl or parquet"),
        ("extract", "jsonl (one document object"),
    ):
        _, out, _ = cli(capsys, command, "-h")
        assert formats in " ".join(out.split()), command
    _, out, _ = cli(capsys, "actors", "-h")
    assert "Only actors mentioned in this document id." in " ".join(out.split())


def test_one_exit_code_table_in_help_and_readme(capsys):
    _, out, _ = cli(capsys, "-h")
    flat = " ".join(out.split())
    assert "Exit codes: 0 done; 1 some documents failed; 2 usage error; 3 the store failed part-way." in flat
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (\d) \| (.+?) \|$", readme, re.M))
    assert rows == {str(k): v for k, v in EXIT_CODES.items()}


def test_one_workers_default():
    from tidings.cli._util import WORKERS

    group = typer.main.get_command(app)
    defaults = {
        name: next(p.default for p in group.commands[name].params if p.name == "workers")
        for name in ("extract", "ingest", "recode")
    }
    assert defaults == {"extract": WORKERS, "ingest": WORKERS, "recode": WORKERS}


def test_tables_are_drawn_one_row_a_line(capsys, store):
    from tidings.query import events
    from tidings.store import Store

    with Store(store, read_only=True) as s:
        total = events(s, None, limit=None).total
    code, out, err = cli(capsys, "events", "--db", store)
    lines = out.rstrip("\n").splitlines()
    assert code == 0 and lines[0].split()[:3] == ["date", "source_code", "target_code"]
    assert set(lines[1].strip()) == {"─"}  # rich's rule under the header
    assert len(lines) == 2 + min(50, total) and f"of {total} event(s)" in err
    code, out, _ = cli(capsys, "series", "--db", store, "--by", "year")
    assert [line.split()[:2] for line in out.splitlines()[2:]] == [["2019-01-01", "3"], ["2022-01-01", "9"]]


def test_actors_country_takes_alpha_2_or_3(capsys, store):
    _, by3, _ = cli(capsys, "actors", "--db", store, "--country", "IRN", "--format", "jsonl")
    _, by2, _ = cli(capsys, "actors", "--db", store, "--country", "ir", "--format", "jsonl")
    rows = [json.loads(line) for line in by3.splitlines()]
    assert by2 == by3 and rows and {r["country"] for r in rows} == {"IRN"}


def test_a_csv_column_the_file_lacks_is_reported():
    from tidings.ingest import read

    path = ROOT / "test-output" / "cli-columns.csv"
    path.parent.mkdir(exist_ok=True)
    path.write_text("title,body,date\nA,Iran met Iraq.,2022-10-16\n", encoding="utf-8")
    (item,) = list(read([str(path)], csv_columns={"text": "body", "published": "when"}))
    assert (
        item.error.code == "E013"
        and "'when'" in item.error.message
        and "title, body, date" in item.error.message
    )
    (ok,) = list(read([str(path)], csv_columns={"text": "body", "published": "date"}))
    assert ok.published.isoformat() == "2022-10-16"


@pytest.mark.slow
def test_extract_writes_to_o(tmp_path):
    out = tmp_path / "seed.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "tidings", "extract", "--date", "October 16, 2022", "-o", str(out), str(SEED)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    (doc,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert doc["published"] == "2022-10-16" and len(doc["events"]) > 5
    assert "1 document(s) analysed" in proc.stderr


@pytest.mark.slow
def test_the_readme_commands_run_as_written(tmp_path):
    """Each `tidings ...` line of the README's dataset block, in a copy of examples/ (serve and
    evaluate, which run until stopped or over the whole gold set, are only checked for -h)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("Build a dataset, query it") : readme.index("`events` writes table")]
    lines = [ln.split("#")[0].strip() for ln in block.splitlines() if ln.startswith("    tidings ")]
    commands = [c.strip() for ln in lines for c in ln.split(";")]
    assert len(commands) == 9
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (tmp_path / "gold").mkdir()
    import tidings

    env = {
        **os.environ,
        "PYTHONPATH": str(Path(tidings.__file__).resolve().parents[1]),
    }  # this tidings, from any cwd
    for command in commands:
        argv = shlex.split(command)
        if argv[1] in ("serve", "evaluate"):
            argv = [*argv[:2], "-h"]
        proc = subprocess.run(
            [sys.executable, "-m", "tidings", *argv[1:]],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=600,
            env=env,
        )
        assert proc.returncode == 0, (command, proc.stderr)
    assert (tmp_path / "iran-iraq.csv").read_text(encoding="utf-8").count("\n") > 1
    assert (tmp_path / "events.tsv").stat().st_size > 0
