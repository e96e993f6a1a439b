"""Issue 15 point 3: only statements (01) and force postures (15) are reported with no coded
target; every other act needs the one it is towards (``reportable.needs_target``)."""

import datetime as dt

import pytest

from tidings.events.reportable import needs_target

pytestmark = pytest.mark.slow


def _events(pipeline, text):
    from tidings.ingest import article_from_text

    (doc,) = list(pipeline.process([article_from_text(text, published=dt.date(2024, 3, 15), id="x")]))
    # a null source (an act by no one named) sorts first
    return sorted(
        ((e.source.code, e.target.code if e.target else None, e.cameo) for e in doc.events),
        key=lambda k: tuple(x or "" for x in k),
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # an intent, a threat, a claimed act with no one they are towards: not reported
        ("A Kenyan court decided to postpone the hearing until next month.", []),
        ("French unions threatened a general strike.", []),
        ("The Taliban claimed responsibility for the attack.", [("AFGGOV", None, "015")]),
        # one-sided by definition: kept without a target
        ("Turkey mobilized troops along the Syrian border.", [("TURMIL", None, "154")]),
        ("The Kremlin declined to comment.", [("RUSGOV", None, "011")]),
        # with their target they stay
        ("Egyptian police arrested three men in Cairo on Tuesday.", [("EGYCOP", "EGYCRM", "173")]),
        ("Russian troops shelled Ukrainian positions near Kharkiv.", [("RUSMIL", "UKR", "194")]),
    ],
)
def test_events_without_target_are_statements_or_postures(pipeline, text, expected):
    assert _events(pipeline, text) == expected


def test_codes_that_need_a_target():
    codes = ("010", "015", "030", "0356", "133", "143", "150", "154", "173", "1832", "190", "116")
    assert [c for c in codes if needs_target(c)] == ["030", "0356", "133", "143", "173", "1832", "190", "116"]
