"""Reported judgements (issue 15 point 1): an evaluative noun or adjective a speaker predicates
of an actor or an act is criticism (111), accusation (112) or praise (051) of it."""

import datetime as dt

import pytest

from tests.events.helpers import coded_events


def _events(pipeline, text):
    return coded_events(pipeline, text, dt.date(2024, 3, 15), modality=True)


@pytest.mark.parametrize(
    "text,expected",
    [  # (in 2024 Trump is a former president: ELI, from the dated office holders)
        (
            "US Secretary of State Mike Pompeo said the Iranian decision was a big mistake.",
            ("111", "USAGOV", "IRNGOV"),
        ),
        (
            '"President Trump is a liar," said California Attorney General Xavier Becerra.',
            ("112", "USAGOV", "USAELI"),
        ),
        # a verb of naming with "as", each of its coordinated objects
        (
            "Turkish President Erdogan named both the PKK and the YPG as terrorists.",
            ("112", "TURGOV", "TURREB"),
        ),
        (
            "Turkish President Erdogan named both the PKK and the YPG as terrorists.",
            ("112", "TURGOV", "SYRREB"),
        ),
        (
            "The Turkish foreign minister said the Greek decision was unnecessary and inappropriate.",
            ("111", "TURGOV", "GRCGOV"),
        ),
        (
            "The Kremlin said British allegations that Russian agents had poisoned a defector were absurd.",
            ("016", "RUSGOV", "GBRGOV"),
        ),
    ],
)
def test_a_reported_judgement_is_coded(pipeline, text, expected):
    assert (*expected, "asserted") in _events(pipeline, text)


def test_a_negated_or_situational_judgement_is_no_event(pipeline):
    assert not any(
        e[0] == "111"
        for e in _events(
            pipeline, "US Secretary of State Mike Pompeo said the Iranian decision was not a mistake."
        )
    )
    # "it was dangerous": a situation, not an act's author
    events = _events(
        pipeline,
        "The US Air Force warned Iraqi villagers against entering the base, saying it was dangerous.",
    )
    assert not any(e[0] == "111" for e in events)


def test_a_claimed_act_of_force_is_an_accusation_and_alleged(pipeline):
    events = _events(
        pipeline, "Yemeni minister Moammar al-Eryani claimed Houthis have attacked journalists in Yemen."
    )
    assert ("190", "YEMREB", "YEMMED", "alleged") in events
    assert any(e[0].startswith("112") and e[1:] == ("YEMGOV", "YEMREB", "asserted") for e in events)
    events = _events(pipeline, "US officials believe Iran attacked the tankers.")
    assert any(e[0].startswith("112") and e[1:3] == ("USAGOV", "IRNGOV") for e in events)
    # a claim about speech lays no wrongdoing on anyone
    events = _events(pipeline, "The French defendants claimed the Canadian woman first complained of theft.")
    assert not any(e[0].startswith("112") for e in events)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            'In London, the British foreign secretary tweeted: "My thoughts are with the injured and all those affected."',
            ("018", "GBRGOV", "GBRCVL"),
        ),
        (
            'The Iranian foreign minister said: "Our hearts go out to the families of the victims in Kabul."',
            ("018", "IRNGOV", "AFGCVL"),
        ),
        (
            'Polish Prime Minister Mateusz Morawiecki wrote "Let\'s all pray for Mayor Adamowicz of Gdansk."',
            ("018", "POLGOV", "POLGOV"),
        ),
    ],
)
def test_thoughts_and_prayers_are_empathetic_comments(pipeline, text, expected):
    assert (*expected, "asserted") in _events(pipeline, text)


def test_a_judgement_on_the_part_of_someone_is_about_them(pipeline):
    events = _events(
        pipeline,
        "The Indian minister said it was gross negligence on the part of the hotel owners in Kolkata.",
    )
    assert ("111", "INDGOV", "INDCVL", "asserted") in events


def test_a_past_stance_noun_is_that_stance_and_a_present_one_describes(pipeline):
    # (in 2024 Chirac is a former president: FRAELI)
    assert ("110", "FRAELI", "USAGOV", "asserted") in _events(
        pipeline,
        "Former French President Jacques Chirac was an outspoken opponent of the US-led Iraq War in 2003.",
    )
    assert (
        _events(pipeline, "Alexei Navalny is an outspoken critic of Russian President Vladimir Putin.") == []
    )


def test_a_judgement_inside_a_quote_opened_sentences_before_is_its_speakers(pipeline):
    text = (
        "Satyendra Jain, the Indian city's home minister, said \"Buildings can only be constructed up to "
        "four floors in Delhi. This hotel had been built up to six floors. It's gross negligence on the "
        'part of the officers who allowed the extra floors to be built."'
    )
    got = [(c, s, (t or "")[:3]) for c, s, t, _ in _events(pipeline, text)]
    assert got == [("111", "INDGOV", "IND")]
    # with no one named it is about, a judgement deep in a quote is not coded
    text = (
        'The Greek foreign minister said "Hagia Sophia is a world heritage site. So any questioning of '
        'this status is an insult to the international community."'
    )
    assert [e for e in _events(pipeline, text) if e[0] == "111"] == []
