"""A saved tidings pipeline loads with plain ``spacy.load`` in a process that never imported tidings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Iran's foreign minister met his Iraqi counterpart in Baghdad on Sunday."

CHILD = r"""
import json, sys
import spacy
assert "tidings" not in sys.modules
nlp = spacy.load(sys.argv[1])
doc = nlp(sys.argv[2])
print(json.dumps({"pipes": nlp.pipe_names, "events": [e.cameo for e in doc._.events],
                  "actors": sorted(a.code or "" for a in doc._.actors)}))
"""


def _entry_points(tmp: Path) -> Path:
    """A dist-info holding pyproject's spacy_factories entry points, so the child sees exactly
    those (an installed tidings may predate them)."""
    eps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["spacy_factories"]
    dist = tmp / "site" / "tidings_entry_points-0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: tidings-entry-points\nVersion: 0\n")
    (dist / "entry_points.txt").write_text(
        "[spacy_factories]\n" + "".join(f"{k} = {v}\n" for k, v in eps.items())
    )
    return dist.parent


def test_every_factory_has_an_entry_point():
    from tidings.registrations import FACTORIES

    eps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["spacy_factories"]
    assert eps == {name: f"tidings.registrations:{name}" for name in FACTORIES}


def test_importing_a_component_module_registers_nothing():
    code = (
        "import sys; from spacy.language import Language; import tidings.events.component, "
        "tidings.actors.component, tidings.nlp.paragraphs; print(Language.has_factory('tidings_events_v1'), "
        "Language.has_factory('tidings_paragraphs_v1'))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.slow
def test_saved_pipeline_loads_with_spacy_load(tmp_path, nlp):
    saved = tmp_path / "pipeline"
    nlp.to_disk(saved)
    site = _entry_points(tmp_path)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(site)])}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(saved), TEXT],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout)
    doc = nlp(TEXT)
    assert got["pipes"] == nlp.pipe_names
    assert "tidings_events" in got["pipes"]
    assert got["events"] == [e.cameo for e in doc._.events]
    assert got["actors"] == sorted(a.code or "" for a in doc._.actors)
    assert got["events"], "the sentence holds a meeting event"
