"""Quote spans and speakers against the hand-written gold (seed + Wikinews).

Prints the figures; reproduce with ``tidings evaluate gold/quotes.jsonl --task quotes --explain``.
"""

from pathlib import Path

from tidings.evaluate.quotes import analyse, read_gold, score
from tidings.model import Document, Quote, Speaker

GOLD = Path(__file__).resolve().parents[2] / "gold" / "quotes.jsonl"


def test_gold_covers_seed_and_twenty_wikinews_articles():
    gold = read_gold(GOLD)
    assert gold[0]["id"] == "seed"
    wikinews = [g for g in gold if g["id"].startswith("wn-")]
    assert len(wikinews) >= 20
    for g in gold:
        for q in g["quotes"]:
            assert q["text"] in g["text"]
            assert q["kind"] in ("direct", "indirect", "mixed")


def test_scorer_counts_overlaps_speakers_and_misses():
    text = "Smith said Iran will respond. Jones left."
    gold = [
        {
            "id": "x",
            "text": text,
            "quotes": [
                {"text": "Iran will respond", "speaker": "John Smith", "kind": "indirect"},
                {"text": "Jones left", "speaker": None, "kind": "direct"},
            ],
        }
    ]
    q = Quote(
        id="q",
        text="Iran will",
        start=11,
        end=20,
        kind="indirect",
        speaker=Speaker(text="Smith", start=0, end=5),
    )
    extra = Quote(id="q2", text="said", start=6, end=10, kind="direct")
    s = score(gold, [Document(id="x", text=text, quotes=[q, extra])])
    assert (s.gold, s.predicted, s.found, s.true_predicted, s.speaker_ok) == (2, 2, 1, 1, 1)
    assert s.precision == 0.5 and s.recall == 0.5 and s.kind_accuracy == 1.0


def test_quotes_against_gold(pipeline):
    gold = read_gold(GOLD)
    s = score(gold, analyse(gold, pipeline))
    print("\n" + s.summary())
    assert s.gold >= 150
    assert s.precision >= 0.93
    assert s.recall >= 0.93
    assert s.speaker_accuracy >= 0.85
    assert s.kind_accuracy >= 0.88


def test_quotes_found_across_wikinews_articles(nlp):
    """The quote finder on 30 real articles parsed by the model (its cost next to the parse is
    measured by ``make bench``, never in a timed test)."""
    from tests.conftest import wikinews_rows
    from tidings.ingest import article_from_text
    from tidings.quotes.find import find_quotes

    arts = [article_from_text(r["text"], id=str(i)) for i, r in enumerate(wikinews_rows()[:30])]

    def made(a):
        d = nlp.make_doc(a.text)
        d._.article = a
        return d

    bare = [n for n, _ in nlp.pipeline if n.startswith("tidings")]
    docs = list(nlp.pipe((made(a) for a in arts), disable=bare))
    found = [find_quotes(d) for d in docs]
    assert sum(map(len, found)) > 30
    assert sum(1 for f in found if f) >= 10  # quotes in many articles, not one long interview
