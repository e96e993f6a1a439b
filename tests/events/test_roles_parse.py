"""Roles read off the parse for issue 15 (voice, statement authors, clause targets, group
members, passive reactions, participle agents, claimed acts), on hand-built parses."""

from tidings.events.claims import attribute_claims
from tidings.events.extract import find_events
from tidings.events.groups import earlier_group, included
from tidings.events.lexicon import load_lexicon
from tidings.events.parties import Parties, subjects
from tidings.events.roles import Roles
from tidings.model import Action, Event, Party, Plover

from .helpers import make_doc

LEX = load_lexicon()


def _dyads(events):
    return sorted(
        (e.source.text, e.target.text if e.target else None, e.cameo[:2]) for e in events if e.asserted
    )


def test_infinitive_under_a_reported_passive_keeps_its_own_voice():
    # "A bombing was reported to have killed the journalist ."
    doc = make_doc(
        [
            ("A", "a", "DET", "det", 1, "DT"),
            ("bombing", "bombing", "NOUN", "nsubjpass", 3, "NN"),
            ("was", "be", "AUX", "auxpass", 3, "VBD"),
            ("reported", "report", "VERB", "ROOT", 3, "VBN"),
            ("to", "to", "PART", "aux", 6, "TO"),
            ("have", "have", "AUX", "aux", 6, "VB"),
            ("killed", "kill", "VERB", "xcomp", 3, "VBN"),
            ("the", "the", "DET", "det", 8, "DT"),
            ("journalist", "journalist", "NOUN", "dobj", 6, "NN"),
            (".", ".", "PUNCT", "punct", 3, "."),
        ]
    )
    subs, passive = subjects(doc[6])
    assert [t.text for t in subs] == ["bombing"] and passive is False
    assert subjects(doc[3]) == ([doc[1]], True)
    events = find_events(doc, LEX)
    assert _dyads(events) == [("A bombing", "the journalist", "18")]
    assert events[0].source.code is None  # an act by no one named: its own words, uncoded


def test_passive_conjunct_of_an_active_clause_is_passive():
    # "Turkey faces sanctions and was condemned in a statement by Egypt and Greece ."
    doc = make_doc(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1, "NNP"),
            ("faces", "face", "VERB", "ROOT", 1, "VBZ"),
            ("sanctions", "sanction", "NOUN", "dobj", 1, "NNS"),
            ("and", "and", "CCONJ", "cc", 1, "CC"),
            ("was", "be", "AUX", "auxpass", 5, "VBD"),
            ("condemned", "condemn", "VERB", "conj", 1, "VBN"),
            ("in", "in", "ADP", "prep", 5, "IN"),
            ("a", "a", "DET", "det", 8, "DT"),
            ("statement", "statement", "NOUN", "pobj", 6, "NN"),
            ("by", "by", "ADP", "prep", 8, "IN"),
            ("Egypt", "Egypt", "PROPN", "pobj", 9, "NNP"),
            ("and", "and", "CCONJ", "cc", 10, "CC"),
            ("Greece", "Greece", "PROPN", "conj", 10, "NNP"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
        [(0, 1, "GPE"), (10, 11, "GPE"), (12, 13, "GPE")],
    )
    assert subjects(doc[5]) == ([doc[0]], True)
    condemned = [e for e in find_events(doc, LEX) if e.action.text == "condemned"]
    assert sorted((e.source.text, e.target.text, e.cameo) for e in condemned) == [
        ("Egypt", "Turkey", "111"),
        ("Greece", "Turkey", "111"),
    ]


def test_accusation_targets_the_subject_of_its_clause():
    # "Iran alleged Israel attacked the ship ." -> 112 Iran -> Israel
    doc = make_doc(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 1, "NNP"),
            ("alleged", "allege", "VERB", "ROOT", 1, "VBD"),
            ("Israel", "Israel", "PROPN", "nsubj", 3, "NNP"),
            ("attacked", "attack", "VERB", "ccomp", 1, "VBD"),
            ("the", "the", "DET", "det", 5, "DT"),
            ("ship", "ship", "NOUN", "dobj", 3, "NN"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
        [(0, 1, "GPE"), (2, 3, "GPE")],
    )
    alleged = [e for e in find_events(doc, LEX) if e.action.text == "alleged"]
    assert [(e.source.text, e.target.text if e.target else None, e.cameo[:2]) for e in alleged] == [
        ("Iran", "Israel", "11")
    ]


def test_group_noun_with_named_members_gives_each_member():
    # "Countries including Algeria and Morocco condemned Israel ."
    doc = make_doc(
        [
            ("Countries", "country", "NOUN", "nsubj", 5, "NNS"),
            ("including", "include", "VERB", "prep", 0, "VBG"),
            ("Algeria", "Algeria", "PROPN", "pobj", 1, "NNP"),
            ("and", "and", "CCONJ", "cc", 2, "CC"),
            ("Morocco", "Morocco", "PROPN", "conj", 2, "NNP"),
            ("condemned", "condemn", "VERB", "ROOT", 5, "VBD"),
            ("Israel", "Israel", "PROPN", "dobj", 5, "NNP"),
            (".", ".", "PUNCT", "punct", 5, "."),
        ],
        [(2, 3, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")],
    )
    assert [t.text for t in included(doc[0])] == ["Algeria", "Morocco"]
    assert included(doc[2]) == []  # a name has no members
    events = find_events(doc, LEX)
    assert sorted((e.source.text, e.target.text, e.cameo) for e in events) == [
        ("Algeria", "Israel", "111"),
        ("Morocco", "Israel", "111"),
    ]


def test_participle_agent_is_the_author_of_an_event_noun():
    # "Iran condemned the attack carried out by Israel on the port ." -> the attack is Israel's
    doc = make_doc(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 1, "NNP"),
            ("condemned", "condemn", "VERB", "ROOT", 1, "VBD"),
            ("the", "the", "DET", "det", 3, "DT"),
            ("attack", "attack", "NOUN", "dobj", 1, "NN"),
            ("carried", "carry", "VERB", "acl", 3, "VBN"),
            ("out", "out", "ADP", "prt", 4, "RP"),
            ("by", "by", "ADP", "agent", 4, "IN"),
            ("Israel", "Israel", "PROPN", "pobj", 6, "NNP"),
            ("on", "on", "ADP", "prep", 4, "IN"),
            ("Gaza", "Gaza", "PROPN", "pobj", 8, "NNP"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
        [(0, 1, "GPE"), (7, 8, "GPE"), (9, 10, "GPE")],
    )
    roles = Roles(doc, LEX, Parties(doc))
    pattern = next(p for p in LEX.candidates("attack", True) if (p.code or "")[:2] == "19")
    sources, targets = roles.noun_roles(doc[3], pattern, None)
    assert [s.text for s in sources if s] == ["Israel"]
    assert [t.text for t in targets if t] == ["Gaza"]


def test_infinitive_on_a_noun_takes_the_nouns_author():
    # "efforts by Russia to recognise Abkhazia"
    doc = make_doc(
        [
            ("efforts", "effort", "NOUN", "ROOT", 0, "NNS"),
            ("by", "by", "ADP", "prep", 0, "IN"),
            ("Russia", "Russia", "PROPN", "pobj", 1, "NNP"),
            ("to", "to", "PART", "aux", 4, "TO"),
            ("recognise", "recognise", "VERB", "acl", 0, "VB"),
            ("Abkhazia", "Abkhazia", "PROPN", "dobj", 4, "NNP"),
        ],
        [(2, 3, "GPE"), (5, 6, "GPE")],
    )
    assert subjects(doc[4]) == ([doc[2]], False)


def _ev(sentence, start, code, source, target, rule="verb", text="struck"):
    def party(name, at):
        coded = name.isupper()
        return Party(
            text=name, code=name if coded else None, country=name[:3] if coded else None, start=at, end=at + 3
        )

    return Event(
        id=f"e{start}",
        sentence=sentence,
        source=party(source, start),
        target=party(target, start + 10) if target else None,
        action=Action(text=text, lemma=text, start=start + 4, end=start + 13),
        cameo=code,
        plover=Plover(event="ASSAULT"),
        goldstein=-9.0,
        quad_class=4,
        evidence={"rule": rule},
    )


def test_claim_of_responsibility_names_the_author_of_an_earlier_unnamed_act():
    # "Facilities were hit by drone strikes. [...] The Houthis claimed responsibility for the attacks."
    strikes = _ev(0, 0, "1952", "drone strikes", "SAUBUS")
    claim = _ev(2, 200, "015", "YEMREB", "SAUBUS", text="claimed")
    retold = _ev(2, 240, "190", "YEMREB", None, rule="noun", text="attacks")
    out = attribute_claims([strikes, claim, retold])
    assert [(e.source.code, e.cameo) for e in out] == [("YEMREB", "1952"), ("YEMREB", "015")]
    assert "claimed by 'YEMREB'" in out[0].evidence["source"]
    assert [m["text"] for m in out[0].evidence["mentions"]] == ["attacks"]
    # an act whose author is named keeps it; one four sentences before the claim is not the one claimed
    named = _ev(0, 0, "1952", "IRNMIL", "SAUBUS")
    assert attribute_claims([named, claim])[0].source.code == "IRNMIL"
    far = _ev(0, 0, "1952", "drone strikes", "SAUBUS")
    late_claim = _ev(4, 400, "015", "YEMREB", "SAUBUS", text="claimed")
    assert attribute_claims([far, late_claim])[0].source.code is None


def test_the_two_countries_are_the_states_named_before():
    # "Turkey and Greece quarrelled , but the leaders of the two countries spoke ."
    doc = make_doc(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 3, "NNP"),
            ("and", "and", "CCONJ", "cc", 0, "CC"),
            ("Greece", "Greece", "PROPN", "conj", 0, "NNP"),
            ("quarrelled", "quarrel", "VERB", "ROOT", 3, "VBD"),
            (",", ",", "PUNCT", "punct", 3, ","),
            ("but", "but", "CCONJ", "cc", 3, "CC"),
            ("the", "the", "DET", "det", 7, "DT"),
            ("leaders", "leader", "NOUN", "nsubj", 12, "NNS"),
            ("of", "of", "ADP", "prep", 7, "IN"),
            ("the", "the", "DET", "det", 11, "DT"),
            ("two", "two", "NUM", "nummod", 11, "CD"),
            ("countries", "country", "NOUN", "pobj", 8, "NNS"),
            ("spoke", "speak", "VERB", "conj", 3, "VBD"),
            (".", ".", "PUNCT", "punct", 3, "."),
        ],
        [(0, 1, "GPE"), (2, 3, "GPE")],
    )
    parties = Parties(doc)
    party = parties.party
    coded = {"Turkey": "TUR", "Greece": "GRC"}  # the actors stage's codes (not run on this Doc)
    parties.party = lambda t, s=None: party(t, s).model_copy(update={"country": coded.get(t.text)})  # type: ignore[method-assign]
    assert [t.text for t in earlier_group(doc[7], parties.party)] == ["Turkey", "Greece"]
    assert [p.text for p in parties.each(doc[11]) if p] == ["Turkey", "Greece"]
    assert earlier_group(doc[0], parties.party) == []  # a name is no group noun


def _noun_roles(doc, i, root):
    roles = Roles(doc, LEX, Parties(doc))
    word = doc[i].lemma_
    pattern = next(p for p in LEX.candidates(word, True) if (p.code or "")[:2] == root)
    sources, targets = roles.noun_roles(doc[i], pattern, None)
    return [s.text for s in sources if s], [t.text for t in targets if t]


def test_meeting_of_three_states_gives_each_of_them_and_no_fixed_target():
    # "the meeting of Cyprus , Greece and Israel"
    doc = make_doc(
        [
            ("the", "the", "DET", "det", 1, "DT"),
            ("meeting", "meeting", "NOUN", "ROOT", 1, "NN"),
            ("of", "of", "ADP", "prep", 1, "IN"),
            ("Cyprus", "Cyprus", "PROPN", "pobj", 2, "NNP"),
            (",", ",", "PUNCT", "punct", 3, ","),
            ("Greece", "Greece", "PROPN", "conj", 3, "NNP"),
            ("and", "and", "CCONJ", "cc", 5, "CC"),
            ("Israel", "Israel", "PROPN", "conj", 5, "NNP"),
        ],
        [(3, 4, "GPE"), (5, 6, "GPE"), (7, 8, "GPE")],
    )
    assert _noun_roles(doc, 1, "04") == (["Cyprus", "Greece", "Israel"], [])


def test_protest_with_others_is_not_aimed_at_them():
    # "a protest with veterans against the government"
    doc = make_doc(
        [
            ("a", "a", "DET", "det", 1, "DT"),
            ("protest", "protest", "NOUN", "ROOT", 1, "NN"),
            ("with", "with", "ADP", "prep", 1, "IN"),
            ("veterans", "veteran", "NOUN", "pobj", 2, "NNS"),
            ("against", "against", "ADP", "prep", 1, "IN"),
            ("the", "the", "DET", "det", 6, "DT"),
            ("government", "government", "NOUN", "pobj", 4, "NN"),
        ]
    )
    assert _noun_roles(doc, 1, "14")[1] == ["the government"]


def test_their_is_the_latest_plural_source_like_they():
    from tidings.events.discourse import Memory

    memory = Memory(LEX)
    memory.sent_starts = [0, 12]
    crowd = Party(text="Protesters", code="IRQCVL", country="IRQ", sectors=["CVL"])
    memory.plural = (0, [crowd])  # "Protesters marched ..." one sentence before
    assert memory.they([Party(text="Their")]) == [crowd]  # "Their demands have included ..."
    assert memory.they([Party(text="Its")]) == [Party(text="Its")]  # a singular is not the crowd
