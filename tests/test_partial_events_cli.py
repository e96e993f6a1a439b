"""End to end: `tidings extract --partial-events` keeps directed events whose target was not
read, marked evidence.partial; the default (and --no-partial-events) drops them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import SCHEMA

pytestmark = pytest.mark.slow

TEXT = "Turkey condemned the decision on Monday.\n\nTurkey condemned Syria on Tuesday.\n"


def _events(tmp_path, *switch: str) -> tuple[dict, list[tuple[str, str | None, str | None]]]:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "TIDINGS_PARTIAL_EVENTS"}
    proc = subprocess.run(
        [sys.executable, "-m", "tidings", "extract", "--date", "2022-10-16", *switch, str(path)],
        capture_output=True,
        timeout=300,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout.decode().splitlines()[0])
    evs = [
        (e["cameo"], e["target"]["text"] if e["target"] else None, e["evidence"].get("partial"))
        for e in doc["events"]
    ]
    return doc, evs


def test_partial_events_switch(tmp_path, shared):
    _, default = _events(tmp_path)
    _, off = _events(tmp_path, "--no-partial-events")
    doc, on = _events(tmp_path, "--partial-events")
    assert default == off == [("111", "Syria", None)]
    assert on == [("111", None, "target"), ("111", "Syria", None)]
    jsonschema = pytest.importorskip("jsonschema")
    errors = list(jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text())).iter_errors(doc))
    assert errors == [], [e.message for e in errors[:5]]
