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


def _speaker_quote(actor: str) -> Quote:
    from tidings.model import Speaker

    return Quote(
        id="q1",
        text="t" * 40,
        start=0,
        end=40,
        kind="direct",
        speaker=Speaker(actor=actor, text="X", start=45, end=46),
    )


def _farmer():
    from tidings.model import Actor

    return Actor(id="a1", name="Ram Singh", country="IND", sectors=["AGR"], code="INDAGR", kind="person")


def test_an_uncoded_we_or_us_inside_a_quote_is_its_speaker():
    ev = event("e1", 5, 10)
    ev.source = Party(text="We", start=1, end=3)
    ev.target = Party(text="the government", code="INDGOV", country="IND", start=12, end=26)
    link_events([_speaker_quote("a1")], [ev], [_farmer()])
    assert ev.source is not None
    assert (ev.source.actor, ev.source.code, ev.source.country) == ("a1", "INDAGR", "IND")
    assert ev.source.text == "We" and ev.target is not None and ev.target.code == "INDGOV"


def test_first_person_outside_the_quote_or_already_coded_is_kept():
    ev = event("e1", 5, 10)
    ev.source = Party(text="us", start=50, end=52)  # after the quote: not the quote's words
    ev.target = Party(text="I", code="USAGOV", country="USA", start=20, end=21)
    link_events([_speaker_quote("a1")], [ev], [_farmer()])
    assert ev.source is not None and ev.source.code is None
    assert ev.target is not None and ev.target.code == "USAGOV"


def test_a_speaker_is_not_put_on_both_sides_of_one_event():
    ev = event("e1", 5, 10)
    ev.source = Party(actor="a1", text="Ram Singh", code="INDAGR", start=45, end=46)
    ev.target = Party(text="me", start=20, end=22)
    link_events([_speaker_quote("a1")], [ev], [_farmer()])
    assert ev.target is not None and ev.target.code is None
