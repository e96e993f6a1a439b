"""The evaluation package: counter, gold reader, event keys, explain classes, sentence suite, CLI."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.errors import TidingsError
from tidings.evaluate import FIELDS, Counts, match, read_gold, score
from tidings.evaluate.explain import Explained, explain_document, near_miss
from tidings.evaluate.sentences import Row, passes, read_sentences
from tidings.model import Action, Document, Event, Party, Plover, Sentence

TINY = Path(__file__).parent / "events" / "gold_tiny.jsonl"


def ev(s, t, code, plover="X", ss=(), ts=(), **kw):
    return {
        "source": s,
        "target": t,
        "cameo": code,
        "plover": plover,
        "source_sectors": list(ss),
        "target_sectors": list(ts),
        **kw,
    }


def test_counts_precision_recall_f1_and_add():
    c = Counts(tp=2, fp=2, fn=1)
    c.add(Counts(tp=1, fp=0, fn=2))
    assert (c.tp, c.fp, c.fn) == (3, 2, 3)
    assert c.as_dict() == {"tp": 3, "fp": 2, "fn": 3, "precision": 0.6, "recall": 0.5, "f1": 0.5455}
    assert Counts().f1 == 0.0


def test_match_is_one_to_one_and_counts_misses():
    gold = [ev("IRN", "IRQ", "042"), ev("IRN", "IRQ", "043"), ev("AZE", "IRN", "051")]
    pred = [
        ev("IRN", "IRQ", "040"),
        ev("IRN", "IRQ", "041"),
        ev("IRN", "IRQ", "046"),
        ev("IRQ", "IRN", "051"),
    ]
    c = match(gold, pred, FIELDS["dyad_root"])
    assert (c.tp, c.fp, c.fn) == (2, 2, 1)
    assert round(c.precision, 3) == 0.5 and round(c.recall, 3) == 0.667 and round(c.f1, 3) == 0.571


def test_symmetric_gold_matches_either_direction():
    gold = [ev("IRN", "AZE", "044", symmetric=True)]
    assert match(gold, [ev("AZE", "IRN", "044")], FIELDS["code"]).tp == 1
    assert match([ev("IRN", "AZE", "044")], [ev("AZE", "IRN", "044")], FIELDS["code"]).tp == 0


def test_score_per_field_aggregates_documents():
    s = score(
        [
            (
                "a",
                [ev("IRN", "IRQ", "042", "CONSULT", ["GOV"], ["GOV"])],
                [ev("IRN", "IRQ", "043", "CONSULT", ["GOV"], ["MIL"])],
            ),
            ("b", [ev("USA", None, "111", "ACCUSE")], []),
        ]
    )
    f = s.fields
    assert (f["dyad_root"].tp, f["dyad_root"].fp, f["dyad_root"].fn) == (1, 0, 1)
    assert f["code"].tp == 0 and f["plover"].tp == 1 and f["sectors"].tp == 0 and f["root"].tp == 1
    assert s.documents == 2 and s.gold_events == 2 and s.predicted_events == 1


def test_plover_field_skips_categories_plover_drops():
    gold = [ev("USA", "UKR", "0213", None), ev("USA", "UKR", "111", "ACCUSE")]
    pred = [ev("USA", "UKR", "0213", "REQUEST"), ev("USA", "UKR", "111", "ACCUSE")]
    s = score([("a", gold, pred)])
    p = s.fields["plover"]
    assert (p.tp, p.fp, p.fn) == (1, 0, 0)
    assert s.fields["code"].tp == 2


def test_gold_reader_filters_key_and_split(tmp_path):
    p = tmp_path / "g.jsonl"
    lines = [
        {"id": "a", "text": "x", "events": []},
        {"id": "b", "text": "y", "events": [], "split": "heldout"},
        {"id": "c", "text": "z", "quotes": []},
    ]
    p.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    assert [r["id"] for r in read_gold(p)] == ["a", "b", "c"]
    assert [r["id"] for r in read_gold(p, "events")] == ["a", "b"]
    assert [r["id"] for r in read_gold(p, "events", "dev")] == ["a"]
    assert [r["id"] for r in read_gold(p, None, "heldout")] == ["b"]
    assert [r["id"] for r in read_gold(p, "events", "all")] == ["a", "b"]
    p.write_text('{"id": "a", "text": "x"}\n{"id": 2}\n', encoding="utf-8")
    with pytest.raises(TidingsError) as e:
        read_gold(p)
    assert e.value.code == "E011" and f"{p}:2" in e.value.message


def _event(si, src, tgt, code, start=0, negated=False, modality="asserted"):
    def party(c):
        return None if c is None else Party(text=c, code=c, country=c[:3] if c[:3] != "IGO" else None)

    return Event(
        id=f"e{si}{code}{src}",
        sentence=si,
        source=party(src),
        target=party(tgt),
        action=Action(text="t", lemma="t", start=start, end=start + 1),
        cameo=code,
        plover=Plover(event="X"),
        goldstein=0.0,
        quad_class=1,
        negated=negated,
        modality=modality,
    )


def _doc(events):
    text = "Iran met Iraq. Turkey hit Syria. Rain fell."
    sents = [
        Sentence(index=0, start=0, end=14, text=text[:14]),
        Sentence(index=1, start=15, end=32, text=text[15:32]),
        Sentence(index=2, start=33, end=43, text=text[33:]),
    ]
    return Document(id="d", text=text, sentences=sents, events=events)


def test_explain_classes_each_gold_event_and_each_unpaired_extraction():
    gold = [
        ev("IRN", "IRQ", "043", sentence="Iran met Iraq"),  # matched
        ev("IRQ", "IRN", "051", sentence="Iran met Iraq"),  # other root (only 04 there)
        ev("TUR", "SYR", "190", sentence="Turkey hit Syria"),  # target missing
        ev("TUR", "SYR", "173", sentence="Turkey hit Syria"),  # direction swapped
        ev("TUR", "SYR", "111", sentence="Not in the text"),
    ]
    doc = _doc(
        [
            _event(0, "IRNGOV", "IRQGOV", "040"),
            _event(1, "TUR", None, "190"),
            _event(1, "SYR", "TUR", "173"),
            _event(2, "SYR", None, "111"),
            _event(1, "TUR", "SYR", "190", negated=True),
        ]
    )
    out = Explained()
    explain_document("d", gold, doc, out)
    assert [r["class"] for r in out.gold] == [
        "sentence not found",
        "matched",
        "other root",
        "target missing",
        "direction swapped",
    ]
    assert [(r["sentence"], r["class"]) for r in out.extra] == [
        (1, "in a gold sentence"),
        (1, "in a gold sentence"),
        (2, "in a sentence with no gold event"),
    ]
    assert out.counts()["gold"]["matched"] == 1 and len(out.extra) == 3  # the negated event is not counted


def test_near_miss_prefers_one_right_party_over_both_wrong():
    g = ev("USA", "IRN", "111")
    assert near_miss(g, [ev("RUS", "CHN", "112"), ev(None, "IRN", "111")]) == "source missing"
    assert near_miss(g, [ev("RUS", "CHN", "111")]) == "source and target wrong"
    assert near_miss(g, [ev("USA", "RUS", "110")]) == "target wrong"
    assert near_miss(g, [ev("RUS", "CHN", "05")]) == "other root"


def test_sentence_rows_pass_on_code_and_actor_codes():
    row = Row(2, "190", "ISRMIL", "PSEREB", "active", "Israeli troops fought Hamas militants.")
    assert passes(row, [_event(0, "ISRMIL", "PSEREB", "190")])
    assert not passes(row, [_event(0, "ISRMIL", "PSE", "190")])
    assert not passes(row, [_event(0, "ISRMIL", "PSEREB", "190", modality="hypothetical")])
    none_target = Row(3, "013", "USAGOV", None, "active", "x")
    assert passes(none_target, [_event(0, "USAGOV", None, "013")])
    neg = Row(4, "190", "ISRMIL", "PSEREB", "negated", "Israeli troops did not attack Gaza.")
    assert passes(neg, [_event(0, "ISRMIL", "PSEREB", "190", negated=True)])
    assert not passes(neg, [_event(0, "ISRMIL", "PSE", "190")])


def test_a_symmetric_code_passes_its_row_in_either_direction():
    # GUIDELINES: a symmetric event is coded once; a harness accepts either direction
    met = Row(5, "044", "AZEGOV", "ARMGOV", "coordinated", "The Armenian and Azerbaijani leaders met.")
    assert passes(met, [_event(0, "ARMGOV", "AZEGOV", "044")])
    visit = Row(6, "042", "AZEGOV", "ARMGOV", "active", "Azerbaijan's president visited Yerevan.")
    assert not passes(visit, [_event(0, "ARMGOV", "AZEGOV", "042")])  # a visit has a direction
    accuse = Row(7, "112", "AZEGOV", "ARMGOV", "active", "Azerbaijan accused Armenia.")
    assert not passes(accuse, [_event(0, "ARMGOV", "AZEGOV", "112")])


def test_sentence_reader_checks_header_codes_and_constructions(tmp_path):
    p = tmp_path / "s.tsv"
    p.write_text(
        "cameo\tsource\ttarget\tconstruction\tsentence\n042\tUSAGOV\tIRQ\tactive\tX visited Y.\n",
        encoding="utf-8",
    )
    (row,) = read_sentences(p)
    assert (row.line, row.cameo, row.source, row.target, row.construction) == (
        2,
        "042",
        "USAGOV",
        "IRQ",
        "active",
    )
    for bad, why in (
        ("999\tA\tB\tactive\tX.", "unknown CAMEO code"),
        ("042\tA\tB\tpassivish\tX.", "construction"),
        ("042\tA\tB\tX.", "columns"),
    ):
        p.write_text("cameo\tsource\ttarget\tconstruction\tsentence\n" + bad + "\n", encoding="utf-8")
        with pytest.raises(TidingsError) as e:
            read_sentences(p)
        assert why in e.value.message and f"{p}:2" in e.value.message
    p.write_text("code\tsource\n", encoding="utf-8")
    with pytest.raises(TidingsError):
        read_sentences(p)


def test_gold_sentences_file_is_well_formed():
    rows = read_sentences(Path(__file__).resolve().parents[1] / "gold" / "sentences.tsv")
    assert len(rows) >= 60
    assert len({r.cameo[:2] for r in rows}) == 20
    assert {r.construction for r in rows} == {
        "active",
        "passive",
        "nominal",
        "reported",
        "coordinated",
        "negated",
        "hypothetical",
    }


@pytest.mark.slow
def test_evaluate_cli_on_tiny_gold(pipeline):
    from tidings.cli import app

    res = CliRunner().invoke(app, ["evaluate", str(TINY), "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["documents"] == 1 and out["gold_events"] == 3 and out["splits"] == ["dev"]
    d = out["fields"]["dyad_root"]
    assert d["fn"] >= 1  # the Russia-Ukraine line is not in the text
    assert d["tp"] == 2 and d["recall"] == round(2 / 3, 4)
    table = CliRunner().invoke(app, ["evaluate", str(TINY), "--explain"])
    assert "dyad_root" in table.output and "sentence not found" in table.output
    assert (
        CliRunner().invoke(app, ["evaluate", str(TINY), "--split", "heldout", "--format", "json"]).exit_code
        == 0
    )
