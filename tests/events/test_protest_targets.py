"""Protests and their targets (issue 15 point 1, issue 14 point 3): a protest held at an
institution is directed at it, and a government named beside a home group ("Argentine
unions", "Kenyan students") is that group's own."""

import datetime as dt

import pytest

from tests.events.helpers import coded_events


def _events(pipeline, text):
    return [(s, t, c) for c, s, t in coded_events(pipeline, text, dt.date(2024, 3, 15))]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("British lawmakers protested outside the parliament.", ("GBRLEG", "GBRLEG", "140")),
        ("Iraqi protesters rallied in front of the US embassy in Baghdad.", ("IRQOPP", "USAGOV", "141")),
        (
            "Kenyan students protested at the Ministry of Education in Nairobi.",
            ("KENEDU", "KENGOVEDU", "140"),
        ),
    ],
)
def test_a_protest_at_an_institution_targets_it(pipeline, text, expected):
    assert _events(pipeline, text) == [expected]


def test_a_protest_at_a_plain_place_has_no_target_from_it(pipeline):
    # a square is no actor: the protest keeps the government its country implies, not the square
    got = _events(pipeline, "Opposition supporters protested at the central square in Minsk.")
    assert got == [("BLROPP", "BLRGOV", "140")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Argentine unions held a general strike against the government.", ("ARGLAB", "ARGGOV", "143")),
        ("Kenyan students marched against the government.", ("KENEDU", "KENGOV", "141")),
    ],
)
def test_the_government_is_the_home_groups_own(pipeline, text, expected):
    assert _events(pipeline, text) == [expected]


def test_visitors_lend_no_country():
    from tidings.actors.clusters import Cluster
    from tidings.actors.context import _home_group

    def group(sector, told):
        return Cluster(kind="group", name="x", sectors=[sector], evidence={"from": told})

    assert _home_group(group("EDU", ["role 'student': roles.tsv:1", "demonym 'Kenya': countries.tsv:97"]))
    # "pilgrims from Myanmar", "people from Italy": the country of a visitor's phrase
    assert not _home_group(
        group("CVL", ["role 'people'", "country from the phrase attached to the head", "country 'Italy'"])
    )
    # journalists and firms travel
    assert not _home_group(group("MED", ["role 'reporter'", "demonym 'Kenya': countries.tsv:97"]))
