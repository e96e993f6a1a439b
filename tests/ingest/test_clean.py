"""Datelines, date lines and publication dates from text and URL."""

import datetime as dt

import pytest

from tidings.ingest.clean import clean, date_from_url, strip_date_line, strip_dateline


@pytest.mark.parametrize(
    ("text", "place", "agency", "rest"),
    [
        ("TEHRAN- The Iraqi government must act.", "Tehran", None, "The Iraqi government must act."),
        (
            "BAGHDAD (Reuters) - Iraq's prime minister said",
            "Baghdad",
            "Reuters",
            "Iraq's prime minister said",
        ),
        ("WASHINGTON, Oct 5 (AP) \u2014 The Senate voted", "Washington", "AP", "The Senate voted"),
        ("NEW YORK - Stocks rose.", "New York", None, "Stocks rose."),
        ("ADDIS ABABA, Ethiopia \u2013 Talks began.", "Addis Ababa", None, "Talks began."),
        ("PORT-AU-PRINCE: Protests continued.", "Port-Au-Prince", None, "Protests continued."),
    ],
)
def test_dateline_is_removed_and_kept(text, place, agency, rest):
    out, got_place, got_agency = strip_dateline(text)
    assert (out, got_place, got_agency) == (rest, place, agency)


@pytest.mark.parametrize(
    "text",
    [
        "The UN - which met today - said nothing.",
        "Iran and Iraq signed a deal.",
        "A - B testing is common.",
        "NATO said on Monday it would send troops.",
    ],
)
def test_no_false_datelines(text):
    assert strip_dateline(text) == (text, None, None)


def test_wikinews_date_line_gives_date_and_is_removed():
    text = "Friday, January 4, 2019\xa0\n\n\nAn apartment building collapsed on Monday."
    out, date = strip_date_line(text)
    assert date == dt.date(2019, 1, 4)
    assert out == "An apartment building collapsed on Monday."


def test_impossible_date_line_is_kept():
    text = "February 30, 2019\nText."
    assert strip_date_line(text) == (text, None)


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://www.reuters.com/world/2022/10/16/iran-iraq-talks/", dt.date(2022, 10, 16)),
        ("https://example.org/news/2019-01-04-story.html", dt.date(2019, 1, 4)),
        ("https://example.org/20221016/story", dt.date(2022, 10, 16)),
        ("https://example.org/story/12345", None),
        ("https://example.org/2022/13/45/x", None),
        (None, None),
    ],
)
def test_date_from_url(url, date):
    assert date_from_url(url) == date


def test_clean_removes_licence_footer():
    text = "TEHRAN- Iran said so.\nAll Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License."
    out, date, place, agency = clean(text)
    assert out == "Iran said so."
    assert (date, place, agency) == (None, "Tehran", None)
