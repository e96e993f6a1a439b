"""Roles and records added for issue 15, on hand-built parses (no model)."""

from tidings.events.extract import find_events
from tidings.events.lexicon import load_lexicon
from tidings.events.merging import merge_mentions
from tidings.model import Action, Event, EventDate, Party, Plover

from .helpers import make_doc

LEX = load_lexicon()


def _dyads(events):
    return sorted((e.source.text, e.target.text if e.target else None, e.cameo, e.modality) for e in events)


def test_reciprocal_verb_gives_both_directions():
    # "India and Pakistan exchanged fire ."
    doc = make_doc(
        [
            ("India", "India", "PROPN", "nsubj", 3, "NNP"),
            ("and", "and", "CCONJ", "cc", 0, "CC"),
            ("Pakistan", "Pakistan", "PROPN", "conj", 0, "NNP"),
            ("exchanged", "exchange", "VERB", "ROOT", 3, "VBD"),
            ("fire", "fire", "NOUN", "dobj", 3, "NN"),
            (".", ".", "PUNCT", "punct", 3, "."),
        ],
        [(0, 1, "GPE"), (2, 3, "GPE")],
    )
    events = find_events(doc, LEX)
    assert _dyads(events) == [
        ("India", "Pakistan", "190", "asserted"),
        ("Pakistan", "India", "190", "asserted"),
    ]
    assert all(e.evidence["pairs"] == "reciprocal: both directions" for e in events)


def test_denied_clause_is_not_asserted():
    # "Russia denied that troops shelled Kyiv ."
    doc = make_doc(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1, "NNP"),
            ("denied", "deny", "VERB", "ROOT", 1, "VBD"),
            ("that", "that", "SCONJ", "mark", 4, "IN"),
            ("troops", "troop", "NOUN", "nsubj", 4, "NNS"),
            ("shelled", "shell", "VERB", "ccomp", 1, "VBD"),
            ("Kyiv", "Kyiv", "PROPN", "dobj", 4, "NNP"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
        [(0, 1, "GPE"), (5, 6, "GPE")],
    )
    assert _dyads(find_events(doc, LEX)) == [
        ("Russia", None, "016", "asserted"),
        ("troops", "Kyiv", "194", "denied"),
    ]


def test_demand_that_x_do_y_is_a_demand_to_x():
    # "Washington demanded that Moscow release the journalist ."
    doc = make_doc(
        [
            ("Washington", "Washington", "PROPN", "nsubj", 1, "NNP"),
            ("demanded", "demand", "VERB", "ROOT", 1, "VBD"),
            ("that", "that", "SCONJ", "mark", 4, "IN"),
            ("Moscow", "Moscow", "PROPN", "nsubj", 4, "NNP"),
            ("release", "release", "VERB", "ccomp", 1, "VB"),
            ("the", "the", "DET", "det", 6, "DT"),
            ("journalist", "journalist", "NOUN", "dobj", 4, "NN"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
        [(0, 1, "GPE"), (3, 4, "GPE")],
    )
    (e,) = find_events(doc, LEX)
    assert (e.source.text, e.target.text, e.cameo, e.evidence["rule"]) == (
        "Washington",
        "Moscow",
        "1053",
        "control",
    )
    assert e.action.text == "demanded that Moscow release"


def test_welcoming_an_agreement_between_two_targets_both():
    # "The EU welcomed the agreement between Armenia and Azerbaijan ."
    doc = make_doc(
        [
            ("The", "the", "DET", "det", 1, "DT"),
            ("EU", "EU", "PROPN", "nsubj", 2, "NNP"),
            ("welcomed", "welcome", "VERB", "ROOT", 2, "VBD"),
            ("the", "the", "DET", "det", 4, "DT"),
            ("agreement", "agreement", "NOUN", "dobj", 2, "NN"),
            ("between", "between", "ADP", "prep", 4, "IN"),
            ("Armenia", "Armenia", "PROPN", "pobj", 5, "NNP"),
            ("and", "and", "CCONJ", "cc", 6, "CC"),
            ("Azerbaijan", "Azerbaijan", "PROPN", "conj", 6, "NNP"),
            (".", ".", "PUNCT", "punct", 2, "."),
        ],
        [(1, 2, "ORG"), (6, 7, "GPE"), (8, 9, "GPE")],
    )
    praise = [e for e in find_events(doc, LEX) if e.cameo == "051"]
    assert sorted(e.target.text for e in praise) == ["Armenia", "Azerbaijan"]
    assert {e.source.text for e in praise} == {"The EU"}


def test_control_verb_without_event_complement_codes_its_own_root():
    # "Britain asked Washington to waive immunity ."
    doc = make_doc(
        [
            ("Britain", "Britain", "PROPN", "nsubj", 1, "NNP"),
            ("asked", "ask", "VERB", "ROOT", 1, "VBD"),
            ("Washington", "Washington", "PROPN", "dobj", 1, "NNP"),
            ("to", "to", "PART", "aux", 4, "TO"),
            ("waive", "waive", "VERB", "xcomp", 1, "VB"),
            ("immunity", "immunity", "NOUN", "dobj", 4, "NN"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
        [(0, 1, "GPE"), (2, 3, "GPE")],
    )
    (e,) = find_events(doc, LEX)
    assert (e.source.text, e.target.text, e.cameo) == ("Britain", "Washington", "020")


def test_target_is_looked_for_past_words_that_name_no_one():
    # "Workers went on strike against the government ."
    doc = make_doc(
        [
            ("Workers", "worker", "NOUN", "nsubj", 1, "NNS"),
            ("went", "go", "VERB", "ROOT", 1, "VBD"),
            ("on", "on", "ADP", "prep", 1, "IN"),
            ("strike", "strike", "NOUN", "pobj", 2, "NN"),
            ("against", "against", "ADP", "prep", 3, "IN"),
            ("the", "the", "DET", "det", 6, "DT"),
            ("government", "government", "NOUN", "pobj", 4, "NN"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
    )
    (e,) = find_events(doc, LEX)
    assert (e.source.text, e.target.text, e.cameo) == ("Workers", "the government", "143")


def _event(sentence, start, code="111", target="IRQGOV", date=None):
    def party(code, at):
        return Party(text=code, code=code, country=code[:3], start=at, end=at + 3)

    return Event(
        id=f"e{start}",
        sentence=sentence,
        source=party("IRNGOV", start),
        target=party(target, start + 10),
        action=Action(text="condemned", lemma="condemn", start=start + 4, end=start + 13),
        cameo=code,
        plover=Plover(event="ACCUSE"),
        goldstein=-2.0,
        quad_class=3,
        date=EventDate(value=date, source="expression" if date else "publication"),
    )


def test_later_mention_without_target_joins_the_event():
    first, untargeted = _event(0, 0), _event(2, 100)
    untargeted = untargeted.model_copy(update={"target": None})
    (kept,) = merge_mentions([first, untargeted])
    assert kept.id == "e0" and [m["sentence"] for m in kept.evidence["mentions"]] == [2]
    # but not the other way round: a first mention without target stays apart from a later one with
    assert len(merge_mentions([untargeted.model_copy(update={"id": "u"}), _event(3, 300)])) == 2


def test_same_event_twice_is_one_event_with_both_mentions():
    first, again, other_day, other_code = (
        _event(0, 0),
        _event(3, 200),
        _event(4, 300, date="2024-03-01"),
        _event(5, 400, "112"),
    )
    out = merge_mentions([first, again, other_day, other_code])
    assert [e.id for e in out] == ["e0", "e300", "e400"]
    assert out[0].evidence["mentions"] == [
        {"sentence": 3, "text": "condemned", "start": 204, "end": 213, "source": "IRNGOV", "target": "IRQGOV"}
    ]


def test_call_for_x_to_do_y_is_an_appeal_to_x():
    # "Britain called for Iran to free the sailors ."
    doc = make_doc(
        [
            ("Britain", "Britain", "PROPN", "nsubj", 1, "NNP"),
            ("called", "call", "VERB", "ROOT", 1, "VBD"),
            ("for", "for", "SCONJ", "mark", 5, "IN"),
            ("Iran", "Iran", "PROPN", "nsubj", 5, "NNP"),
            ("to", "to", "PART", "aux", 5, "TO"),
            ("free", "free", "VERB", "advcl", 1, "VB"),
            ("the", "the", "DET", "det", 7, "DT"),
            ("sailors", "sailor", "NOUN", "dobj", 5, "NNS"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
        [(0, 1, "GPE"), (3, 4, "GPE")],
    )
    (e,) = find_events(doc, LEX)
    assert (e.source.text, e.target.text, e.cameo, e.evidence["rule"]) == (
        "Britain",
        "Iran",
        "0253",
        "control",
    )


def test_hyphenated_name_before_an_event_noun_is_its_author():
    # "Abqaiq was the target of an Al-Qaeda attack ." : "Al-Qaeda" is no "anti-" prefix
    from tidings.events.roles import against_prefix

    doc = make_doc(
        [
            ("an", "an", "DET", "det", 4, "DT"),
            ("Al", "Al", "PROPN", "compound", 3, "NNP"),
            ("-", "-", "PUNCT", "punct", 3, "HYPH"),
            ("Qaeda", "Qaeda", "PROPN", "compound", 4, "NNP"),
            ("attack", "attack", "NOUN", "ROOT", 4, "NN"),
            ("on", "on", "ADP", "prep", 4, "IN"),
            ("anti", "anti", "ADJ", "amod", 8, "JJ"),
            ("-", "-", "PUNCT", "punct", 8, "HYPH"),
            ("Houthi", "Houthi", "PROPN", "compound", 9, "NNP"),
            ("forces", "force", "NOUN", "pobj", 5, "NNS"),
        ],
        [(1, 4, "ORG"), (8, 9, "NORP")],
    )
    assert not against_prefix(doc[3])
    assert against_prefix(doc[8])


def test_protest_noun_with_no_author_is_the_crowd_of_its_place():
    # "Anti-government protests continued in Baghdad ."
    doc = make_doc(
        [
            ("Anti-government", "anti-government", "ADJ", "amod", 1, "JJ"),
            ("protests", "protest", "NOUN", "nsubj", 2, "NNS"),
            ("continued", "continue", "VERB", "ROOT", 2, "VBD"),
            ("in", "in", "ADP", "prep", 2, "IN"),
            ("Baghdad", "Baghdad", "PROPN", "pobj", 3, "NNP"),
            (".", ".", "PUNCT", "punct", 2, "."),
        ],
        [(4, 5, "GPE")],
    )
    events = find_events(doc, LEX)
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events] == [
        (
            "IRQCVL",
            "IRQGOV",
            "140",
        )  # anti-government says whom it is against, not that it asks a new leader (1411)
    ]
    assert events[0].source.text == "Anti-government protests"  # the act's words: no crowd named


def test_protest_noun_with_no_place_implies_no_one():
    # "Protests continued ." : no place, so no crowd to name
    doc = make_doc(
        [
            ("Protests", "protest", "NOUN", "nsubj", 1, "NNS"),
            ("continued", "continue", "VERB", "ROOT", 1, "VBD"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
        [],
    )
    assert find_events(doc, LEX) == []


def test_a_crowds_demand_with_no_target_is_made_of_its_own_government():
    from tidings.events.lexicon import Pattern
    from tidings.events.matching import Found
    from tidings.events.records import dyad

    # "Protesters' demands include an investigation ."
    doc = make_doc(
        [
            ("Protesters", "protester", "NOUN", "poss", 1, "NNS"),
            ("demands", "demand", "NOUN", "nsubj", 2, "NNS"),
            ("include", "include", "VERB", "ROOT", 2, "VBP"),
            ("an", "an", "DET", "det", 4, "DT"),
            ("investigation", "investigation", "NOUN", "dobj", 2, "NN"),
            (".", ".", "PUNCT", "punct", 2, "."),
        ]
    )
    crowd = Party(text="Protesters", code="HKGCVL", country="HKG", sectors=["CVL"])
    pattern = Pattern(code="100", trigger="demand", entry="=demand", origin="test")
    f = Found(
        trigger=doc[1], pattern=pattern, code="100", matched=[], sources=[crowd], targets=[None], rule="noun"
    )
    tgt = dyad(f, crowd, None, None, None)
    assert tgt is not None and tgt.code == "HKGGOV"
    f.code = "111"  # a criticism names its target or has none
    assert dyad(f, crowd, None, None, None) is None
