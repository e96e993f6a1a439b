import json

from typer.testing import CliRunner

from tidings.evaluate import FIELDS, match, score


def ev(s, t, code, plover="X", ss=(), ts=(), **kw):
    return {"source": s, "target": t, "cameo": code, "plover": plover, "source_sectors": list(ss), "target_sectors": list(ts), **kw}


def test_match_is_one_to_one_and_counts_misses():
    gold = [ev("IRN", "IRQ", "042"), ev("IRN", "IRQ", "043"), ev("AZE", "IRN", "051")]
    pred = [ev("IRN", "IRQ", "040"), ev("IRN", "IRQ", "041"), ev("IRN", "IRQ", "046"), ev("IRQ", "IRN", "051")]
    c = match(gold, pred, FIELDS["dyad_root"])
    assert (c.tp, c.fp, c.fn) == (2, 2, 1)
    assert round(c.precision, 3) == 0.5 and round(c.recall, 3) == 0.667 and round(c.f1, 3) == 0.571


def test_symmetric_gold_matches_either_direction():
    gold = [ev("IRN", "AZE", "044", symmetric=True)]
    assert match(gold, [ev("AZE", "IRN", "044")], FIELDS["code"]).tp == 1
    assert match([ev("IRN", "AZE", "044")], [ev("AZE", "IRN", "044")], FIELDS["code"]).tp == 0


def test_score_per_field_aggregates_documents():
    s = score([
        ("a", [ev("IRN", "IRQ", "042", "CONSULT", ["GOV"], ["GOV"])], [ev("IRN", "IRQ", "043", "CONSULT", ["GOV"], ["MIL"])]),
        ("b", [ev("USA", None, "111", "ACCUSE")], []),
    ])
    f = s.fields
    assert (f["dyad_root"].tp, f["dyad_root"].fp, f["dyad_root"].fn) == (1, 0, 1)
    assert f["code"].tp == 0 and f["plover"].tp == 1 and f["sectors"].tp == 0 and f["root"].tp == 1
    assert s.documents == 2 and s.gold_events == 2 and s.predicted_events == 1


def test_evaluate_cli_on_tiny_gold(pipeline):
    from pathlib import Path

    from tidings.cli import app

    gold = Path(__file__).parent / "events" / "gold_tiny.jsonl"
    res = CliRunner().invoke(app, ["evaluate", str(gold), "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["documents"] == 1 and out["gold_events"] == 3
    d = out["fields"]["dyad_root"]
    assert d["fn"] >= 1  # the Russia-Ukraine line is not in the text
    assert d["tp"] == 2 and d["recall"] == round(2 / 3, 4)
    table = CliRunner().invoke(app, ["evaluate", str(gold)])
    assert "dyad_root" in table.output and "precision" in table.output


def test_plover_field_skips_categories_plover_drops():
    gold = [ev("USA", "UKR", "0213", None), ev("USA", "UKR", "111", "ACCUSE")]
    pred = [ev("USA", "UKR", "0213", "REQUEST"), ev("USA", "UKR", "111", "ACCUSE")]
    s = score([("a", gold, pred)])
    p = s.fields["plover"]
    assert (p.tp, p.fp, p.fn) == (1, 0, 0)
    assert s.fields["code"].tp == 2
