"""Real Wikinews articles: the events a reader would code, and no noise from every verb."""

import datetime as dt

import pytest

from tests.conftest import wikinews_rows


@pytest.fixture(scope="module")
def analysed(pipeline):
    from tidings.ingest import article_from_text

    wanted = {
        "United States military kills Qasem Soleimani",
        "Germany bans Mahan Air of Iran, citing 'security'",
        "Belarussian opposition presidential candidate Sviatlana Tsikhanouskaya holds major rally in Minsk",
    }
    rows = [r for r in wikinews_rows() if r["title"] in wanted]
    assert len(rows) == 3
    arts = [
        article_from_text(
            r["text"], published=dt.date.fromisoformat(r["date"][:10]), title=r["title"], id=r["title"]
        )
        for r in rows
    ]
    return {d.id: d for d in pipeline.process(arts)}


def _dyads(doc):
    return {(e.source.country, e.target.country if e.target else None, e.cameo[:2]) for e in doc.events}


def test_soleimani_strike(analysed):
    doc = analysed["United States military kills Qasem Soleimani"]
    assert ("USA", "IRN", "19") in _dyads(doc)
    blame = [e for e in doc.events if e.action.text == "blamed"]
    assert {e.target.country for e in blame} == {"ISR", "USA"} and all(e.cameo[:3] == "112" for e in blame)


def test_mahan_air_ban_and_sanctions(analysed):
    doc = analysed["Germany bans Mahan Air of Iran, citing 'security'"]
    dy = _dyads(doc)
    assert ("DEU", "IRN", "17") in dy or ("DEU", "IRN", "16") in dy
    assert any(e.cameo[:2] == "16" and e.source.country == "USA" for e in doc.events)


def test_rally_arrests(analysed):
    doc = analysed[
        "Belarussian opposition presidential candidate Sviatlana Tsikhanouskaya holds major rally in Minsk"
    ]
    assert ("BLR", "RUS", "17") in _dyads(doc)  # the KGB arrested 33 Russians
    assert any(e.cameo[:2] == "14" for e in doc.events)


def test_every_event_is_traceable_and_sparse(analysed):
    for doc in analysed.values():
        words = len(doc.text.split())
        assert len(doc.events) < words / 25  # no event from every verb
        for e in doc.events:
            assert doc.text[e.action.start : e.action.end] == e.action.text
            assert e.evidence["sentence"] == doc.sentences[e.sentence].text
            assert e.plover.event and e.cameo_label
