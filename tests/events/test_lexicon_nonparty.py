"""Objects that are no party (issue 15 point 3, CAMEO 1.1b3 codebook): killing animals, weather
warnings and space launches are no event; the manner of a killing decides its code; "the
threat of a curfew" is an event noun. Hand-built parses matched against the lexicon."""

from tests.docbuild import parsed, token_index
from tidings.events.lexicon import load_lexicon
from tidings.events.matching import match_pattern


def _code(text, rows, word):
    """The code of the lexicon pattern that ``word`` matches (None: a blocker or no pattern)."""
    lex = load_lexicon()
    doc = parsed(text, rows)
    tok = doc[token_index(doc, word)]
    hit = match_pattern(tok, lex.candidates(tok.lemma_.lower(), tok.pos_ == "NOUN"), False)
    return hit[0].code if hit else None


def _svo(subj, verb, lemma, obj, obj_lemma):
    rows = [
        f"{subj} {subj.lower()} NOUN NNS nsubj 1",
        f"{verb} {lemma} VERB VBD ROOT 1",
        f"{obj} {obj_lemma} NOUN NNS dobj 1",
        ". . PUNCT . punct 1",
    ]
    return f"{subj} {verb} {obj}.", rows


def test_killing_animals_is_no_event_and_killing_people_is():
    assert _code(*_svo("Farmers", "killed", "kill", "pigs", "pig"), "killed") is None
    # a killing whose weapons are not named is 190 (codebook 190 usage notes)
    assert _code(*_svo("Gunmen", "killed", "kill", "villagers", "villager"), "killed") == "190"
    assert _code(*_svo("Rangers", "slaughtered", "slaughter", "elephants", "elephant"), "slaughtered") is None


def test_ordering_the_killing_of_pigs_is_no_event_as_noun_or_light_verb():
    text = "Officials ordered the killing of pigs."
    rows = [
        "Officials official NOUN NNS nsubj 1",
        "ordered order VERB VBD ROOT 1",
        "the the DET DT det 3",
        "killing killing NOUN NN dobj 1",
        "of of ADP IN prep 3",
        "pigs pig NOUN NNS pobj 4",
        ". . PUNCT . punct 1",
    ]
    assert _code(text, rows, "killing") is None
    assert _code(text, rows, "ordered") is None
    people = text.replace("pigs", "monks"), [r.replace("pigs pig", "monks monk") for r in rows]
    assert _code(*people, "killing") == "190"
    assert _code(*people, "ordered") == "190"


def test_weather_warnings_threaten_no_party_130():
    rows = [
        "Forecasters forecaster NOUN NNS nsubj 1",
        "warned warn VERB VBD ROOT 1",
        "of of ADP IN prep 1",
        "storms storm NOUN NNS pobj 2",
        ". . PUNCT . punct 1",
    ]
    assert _code("Forecasters warned of storms.", rows, "warned") is None
    war = [r.replace("storms storm", "retaliation retaliation") for r in rows]
    assert _code("Forecasters warned of retaliation.", war, "warned") == "130"
    text = "They issued a flood warning."
    rows = [
        "They they PRON PRP nsubj 1",
        "issued issue VERB VBD ROOT 1",
        "a a DET DT det 4",
        "flood flood NOUN NN compound 4",
        "warning warning NOUN NN dobj 1",
        ". . PUNCT . punct 1",
    ]
    assert _code(text, rows, "warning") is None
    assert _code(text, rows, "issued") is None


def _launch(obj_rows):
    rows = ["They they PRON PRP nsubj 1", "launched launch VERB VBD ROOT 1", *obj_rows, ". . PUNCT . punct 1"]
    words = [r.split()[0] for r in rows]
    return " ".join(words[:-1]) + ".", rows


def test_a_space_launch_is_no_artillery_attack_194():
    text, rows = _launch(
        [
            "a a DET DT det 3",
            "rocket rocket NOUN NN dobj 1",
            "into into ADP IN prep 1",
            "orbit orbit NOUN NN pobj 4",
        ]
    )
    assert _code(text, rows, "launched") is None
    text, rows = _launch(["a a DET DT det 3", "satellite satellite NOUN NN dobj 1"])
    assert _code(text, rows, "launched") is None
    text, rows = _launch(
        ["rockets rocket NOUN NNS dobj 1", "at at ADP IN prep 1", "towns town NOUN NNS pobj 3"]
    )
    assert _code(text, rows, "launched") == "194"


def test_the_manner_of_a_killing_decides_its_code():
    def killed_in(word, lemma, prep="in"):
        rows = [
            "Soldiers soldier NOUN NNS nsubjpass 2",
            "were be AUX VBD auxpass 2",
            "killed kill VERB VBN ROOT 2",
            f"{prep} {prep} ADP IN prep 2",
            f"{word} {lemma} NOUN NN pobj 3",
            ". . PUNCT . punct 2",
        ]
        return _code(f"Soldiers were killed {prep} {word}.", rows, "killed")

    assert killed_in("fighting", "fighting") == "190"
    assert killed_in("shelling", "shelling", "by") == "194"
    assert killed_in("airstrikes", "airstrike") == "195"
    assert killed_in("drones", "drone", "by") == "1952"
    assert killed_in("stabbing", "stabbing", "by") == "1823"  # a physical assault
    assert killed_in("machetes", "machete", "with") == "1823"
    assert killed_in("Kabul", "Kabul") == "190"  # no weapon named


def test_the_threat_of_a_curfew_is_an_event_noun_1323():
    rows = [
        "The the DET DT det 1",
        "threat threat NOUN NN nsubj 5",
        "of of ADP IN prep 1",
        "a a DET DT det 4",
        "curfew curfew NOUN NN pobj 2",
        "loomed loom VERB VBD ROOT 5",
        ". . PUNCT . punct 5",
    ]
    assert _code("The threat of a curfew loomed.", rows, "threat") == "1323"


def test_filming_and_killing_a_bill_are_no_force_and_shooting_people_is():
    assert _code(*_svo("Crews", "shot", "shoot", "films", "film"), "shot") is None
    assert _code(*_svo("Senators", "killed", "kill", "bills", "bill"), "killed") is None
    assert _code(*_svo("Soldiers", "shot", "shoot", "protesters", "protester"), "shot") == "193"
