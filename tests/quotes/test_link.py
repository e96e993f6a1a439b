from tidings.model import Action, Event, Party, Plover, Quote, TextSpan
from tidings.quotes.link import link_events


def event(eid: str, start: int, end: int) -> Event:
    return Event(
        id=eid,
        sentence=0,
        source=Party(text="Iran"),
        action=Action(text="x", lemma="x", start=start, end=end),
        cameo="130",
        plover=Plover(event="THREATEN"),
        goldstein=-4.4,
        quad_class=3,
    )


def test_events_inside_a_quote_are_linked_both_ways():
    q = Quote(id="q1", text="t" * 40, start=10, end=50, kind="direct")
    inside, outside = event("e1", 20, 28), event("e2", 55, 60)
    link_events([q], [inside, outside])
    assert q.events == ["e1"]
    assert inside.quote == "q1"
    assert outside.quote is None


def test_split_quote_does_not_claim_its_cue():
    parts = [TextSpan(start=10, end=20, text="a"), TextSpan(start=35, end=50, text="b")]
    q = Quote(id="q1", text="t" * 40, start=10, end=50, kind="direct", parts=parts)
    cue_event, quoted = event("e1", 25, 29), event("e2", 40, 45)
    link_events([q], [cue_event, quoted])
    assert q.events == ["e2"]
    assert cue_event.quote is None


def test_nested_spans_link_to_the_innermost_quote():
    outer = Quote(id="outer", text="t" * 100, start=0, end=100, kind="indirect")
    inner = Quote(id="inner", text="t" * 20, start=30, end=50, kind="direct")
    ev = event("e1", 35, 40)
    link_events([outer, inner], [ev])
    assert ev.quote == "inner"
    assert inner.events == ["e1"] and outer.events == []
