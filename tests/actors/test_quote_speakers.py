"""A quote's speaker is an actor or nothing, never a bare pronoun (issue 14, point 7)."""

from tidings.model import Quote, Speaker
from tidings.quotes.link import link_events


def _quote(qid: str, start: int, end: int, speaker: Speaker | None) -> Quote:
    return Quote(id=qid, text="t" * (end - start), start=start, end=end, kind="direct", speaker=speaker)


def test_unresolved_pronoun_speakers_are_dropped_and_resolved_ones_kept():
    bare = _quote("q1", 0, 40, Speaker(text="I", start=42, end=43))
    they = _quote("q2", 100, 140, Speaker(text="They", start=141, end=145))
    resolved = _quote("q3", 200, 240, Speaker(actor="a1", text="he", start=241, end=243))
    named = _quote("q4", 300, 340, Speaker(text="Ali Karimi", start=341, end=351))
    link_events([bare, they, resolved, named], [])
    assert bare.speaker is None and they.speaker is None
    assert resolved.speaker is not None and resolved.speaker.actor == "a1"
    assert named.speaker is not None and named.speaker.text == "Ali Karimi"


def test_i_inside_a_quote_is_the_speaker_of_that_quote():
    outer = _quote("q1", 0, 200, Speaker(actor="a7", text="Fuad Hussein", start=205, end=217))
    inner = _quote("q2", 20, 80, Speaker(text="I", start=85, end=86))
    link_events([outer, inner], [])
    assert inner.speaker is not None
    assert (inner.speaker.actor, inner.speaker.text) == ("a7", "Fuad Hussein")
