"""PETRARCH-2's unit suite and the Phoenix dictionaries on real news: measured floors.

The figures (docs/events.md, "PETRARCH-2's unit suite") are asserted as floors so that a
change that codes fewer of them fails; raise the floors when the coding gets better.
"""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.events.petrarch_suite import run_suite, summary

pytestmark = pytest.mark.slow

PHOENIX = (
    "CAMEO.2.0.txt",
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "Phoenix.agents.txt",
    "Phoenix.discards.txt",
)


@pytest.fixture(scope="module")
def table(shared):
    return summary(run_suite(shared))


def test_unit_suite_exact_codings_floor(table):
    total = table["ALL"]
    assert total["records"] == 282 and total["codings"] == 359  # 284 less the 2 bad-parse records
    # measured 310/359 = 0.864 (308 before actors coordinated before a noun's head all coded,
    # DEMO-11; 291 before underscore-joined names, "the Shire", subject
    # lists read as appositions and "former" agents; 275 before named crowds, PETRARCH's own
    # codes and persons; 230 before PETRARCH noun phrases: actor + agents, require_dyad
    # sections, dictionary codes kept as written)
    assert table["AGENTS"]["exact"] == 2
    assert total["exact"] / total["codings"] >= 0.86
    assert table["DATE"]["exact"] >= 22 and table["SYNSET"]["exact"] >= 51 and table["VERB"]["exact"] >= 19
    assert table["AGENT"]["exact"] >= 22 and table["COMPOUND"]["exact"] >= 98
    assert table["ACTOR"]["exact"] >= 11 and table["MODIFY"]["exact"] >= 17
    assert table["DEMO"]["exact"] >= 41 and table["PATTERN"]["exact"] >= 22
    assert total["actors"] + total["parse"] + total["verbs"] == total["codings"] - total["exact"]


def test_unit_suite_no_event_records(table):
    total = table["ALL"]
    assert total["no_event"] == 25
    # measured 25 of 25 (TABDEBUG-19 coded one before a governed clause's actors stopped being
    # the governing verb's target; PASSIVE-05 before bare passives)
    assert total["no_event_right"] == 25
    assert table["ERROR"]["no_event_right"] == table["ERROR"]["no_event"] == 5  # discards, dateline


def _tidings(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "tidings", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=300,
    )


def test_separate_switches_for_default_actors_and_verbs(shared, tmp_path):
    verbs = str(shared / "corpora" / "petrarch2-unittest" / "PETR.Validate.verbs.txt")
    art = tmp_path / "a.txt"
    art.write_text("Iran met Iraq on Monday.", encoding="utf-8")
    # default actors + the suite's verbs only: MET [031:032] gives both directions
    out = _tidings("extract", str(art), "--date", "2020-01-01", "--no-default-verbs", "--dictionary", verbs)
    assert out.returncode == 0, out.stderr
    events = json.loads(out.stdout)["events"]
    assert sorted((e["source"]["code"], e["target"]["code"], e["cameo"]) for e in events) == [
        ("IRN", "IRQ", "031"),
        ("IRQ", "IRN", "032"),
    ]
    # no default actors, default verbs kept: the built-in lexicon codes "met", nobody has a code
    out = _tidings("extract", str(art), "--date", "2020-01-01", "--no-default-actors")
    assert out.returncode == 0, out.stderr
    events = json.loads(out.stdout)["events"]
    assert events and all(e["source"]["code"] is None for e in events)
    assert {e["evidence"]["dictionary"].split(":")[0] for e in events} == {"lexicon.tsv"}


@pytest.mark.parametrize("command", ["extract", "ingest", "recode", "evaluate"])
def test_every_coding_command_has_both_switches(command):
    out = _tidings(command, "--help")
    assert out.returncode == 0, out.stderr
    assert "--no-default-actors" in out.stdout and "--no-default-verbs" in out.stdout


def test_a_file_that_is_no_dictionary_is_one_clear_error(tmp_path):
    prose = tmp_path / "notes.txt"
    prose.write_text(
        "These are my notes about the project.\nNothing here is a dictionary.\n", encoding="utf-8"
    )
    art = tmp_path / "a.txt"
    art.write_text("Iran met Iraq.", encoding="utf-8")
    out = _tidings("extract", str(art), "--dictionary", str(prose))
    assert out.returncode == 2
    lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "notes.txt" in lines[0] and "not a dictionary" in lines[0]
    assert "Traceback" not in out.stderr


def _root(shared, *args):
    out = _tidings("evaluate", "gold/events.jsonl", "--split", "dev", "--format", "json", *args)
    assert out.returncode == 0, out.stderr
    d = json.loads(out.stdout)
    return d["fields"]["root"]["precision"], d["predicted_events"]


@pytest.mark.fuzz
@pytest.mark.skipif(
    not os.environ.get("TIDINGS_FUZZ"), reason="three evaluations of the dev gold (~3.5 min): make fuzz"
)
def test_phoenix_dictionaries_on_real_news(shared):
    pf = shared / "reference" / "petrarch-format"
    alone, n_alone = _root(
        shared, "--no-default-dictionaries", *(a for f in PHOENIX for a in ("--dictionary", str(pf / f)))
    )
    defaults, n_defaults = _root(shared)
    # dev split (80 articles): measured 0.387 alone (323 events; 333 before pattern words were
    # matched as whole words in the verb's own phrase; 0.399 and 326 on an older main, before
    # directed events without a target were dropped by default); issue 16 asks 0.60.
    # The defaults code 257 (343 before target-less events were dropped), so "alone" is
    # bounded by 1.3x the defaults (measured 1.26x)
    assert alone >= 0.38 and n_alone < 1.3 * n_defaults
    with_cameo, n = _root(shared, "--dictionary", str(pf / "CAMEO.2.0.txt"))
    # measured 0.747 (257 events) as the defaults alone (dev4: 0.750 as the defaults, 0.733
    # before pattern words had to be whole words of the verb's phrase): CAMEO.2.0 refines the
    # defaults' events only, and never lowers precision
    assert with_cameo >= defaults and n <= n_defaults
