"""GeoWebNews (GPL-3.0, read from ../shared at test time, never copied): the places stage on
its first 12 development articles, against the issue's targets."""

from __future__ import annotations

import pytest

from tests.conftest import SHARED

GWN = SHARED / "corpora" / "geowebnews" / "GWN.xml"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not GWN.exists(), reason=f"GeoWebNews not found at {GWN}")]


def test_reading_the_corpus():
    from tidings.places.geowebnews import read_gwn, split_articles

    articles = read_gwn(GWN)
    assert len(articles) == 200
    assert sum(len(a.toponyms) for a in articles) == 2401  # toponyms with a GeoNames id
    dev, held = split_articles(articles, "dev"), split_articles(articles, "heldout")
    assert (len(dev), len(held), dev[-1].index, held[0].index) == (100, 100, 99, 100)
    first = articles[0].toponyms[0]
    assert articles[0].text[first.start : first.end] == first.text


def test_recall_and_resolution_on_the_first_dev_articles():
    from tidings.places.geowebnews import evaluate_geowebnews

    res = evaluate_geowebnews(GWN, "dev", limit=12)
    assert res["gold"] == 129
    assert res["found_rate"] >= 0.80
    assert res["within_161km_of_found"] >= 0.88
    assert res["exact_id_of_found"] >= 0.78
    assert res["predicted_on_gold"] / res["predicted"] >= 0.75  # places that are gold toponyms (115/145)
