"""Event places by rule, and the coordinator's aggregate-only held-out run."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tidings.model import EventLocation
from tidings.places.accuracy import COORDINATOR_ENV, main
from tidings.places.rulecount import rule_of, rule_table


def _loc(source: str, evidence: str) -> EventLocation:
    return EventLocation(place="pl1", text="X", source=source, evidence=evidence)


def test_each_step_is_named_by_its_evidence():
    assert rule_of(None) == "none"
    assert rule_of(_loc("clause", "in 'Sochi'")) == "clause"
    assert rule_of(_loc("sentence", "in 'Mosul' elsewhere in the sentence")) == "sentence"
    assert rule_of(_loc("context", "'Tunis' in a sentence before")) == "paragraph"
    assert rule_of(_loc("context", "the story's scene: 'Multan' in the lead (sentence 1)")) == "lead"
    assert rule_of(_loc("clause", "the seat of the event's party 'police': 'Minneapolis'")) == "party-seat"
    assert rule_of(_loc("dateline", "dateline; source unknown, no scene in the sentence")) == "dateline"
    assert rule_of(_loc("clause", "to 'Iran'; the dateline's town is in it")) == "dateline-town"
    prison = "'in prison': the prison the story names, 'Richard J. Donovan Correctional Facility'"
    assert rule_of(_loc("clause", prison)) == "kind-facility"


def test_the_table_counts_outcomes_by_rule():
    counts: Counter[tuple[str, str]] = Counter(
        {("clause", "correct"): 3, ("clause", "wrong"): 1, ("lead", "placed without gold"): 2}
    )
    lines = rule_table(counts)
    assert lines[1].split() == ["clause", "3", "1", "0"]
    assert lines[2].split() == ["lead", "0", "0", "2"]


def test_the_cli_refuses_the_held_out_split(capsys):
    with pytest.raises(SystemExit):
        main(["gold/timeplace.jsonl", "--events", "gold/events.jsonl", "--split", "heldout"])
    assert "invalid choice" in capsys.readouterr().err


def test_the_coordinator_run_needs_its_variable_and_no_verbose(monkeypatch, capsys):
    monkeypatch.delenv(COORDINATOR_ENV, raising=False)
    args = ["gold/timeplace.jsonl", "--events", "gold/events.jsonl", "--coordinator-heldout-counts"]
    with pytest.raises(SystemExit):
        main(args)
    assert COORDINATOR_ENV in capsys.readouterr().err
    monkeypatch.setenv(COORDINATOR_ENV, "1")
    with pytest.raises(SystemExit):
        main([*args, "-v"])


@pytest.mark.slow
def test_the_coordinator_run_prints_counts_only(tmp_path, monkeypatch, capsys):
    """A made-up held-out article (not the gold's): the output has totals and rules, never
    the article's id, its words or the event's trigger."""
    text = "Police arrested a protester in Minneapolis on Monday. The man was released later."
    article = {
        "id": "made-up-article-7",
        "published": "2020-06-03",
        "text": text,
        "split": "heldout",
        "events": [
            {"sentence": "Police arrested a protester", "trigger": "arrested", "date": "2020-06-01",
             "place": "Minneapolis"},
            {"sentence": "The man was released", "trigger": "released", "date": "2020-06-01"},
        ],
    }  # fmt: skip
    gold = tmp_path / "events.jsonl"
    gold.write_text(json.dumps(article) + "\n", encoding="utf-8")
    monkeypatch.setenv(COORDINATOR_ENV, "1")
    main(["unused.jsonl", "--events", str(gold), "--coordinator-heldout-counts"])
    out = capsys.readouterr().out
    assert "  event places: 1/1" in out and "  event dates : 2/2" in out
    assert "that got a place: 1" in out  # "released": the paragraph's Minneapolis
    rows = [ln.split() for ln in out.splitlines()]
    assert ["clause", "1", "0", "0"] in rows and ["paragraph", "0", "0", "1"] in rows
    for secret in ("made-up-article-7", "arrested", "released", "protester"):
        assert secret not in out
