"""Triggers of the conflict roots 10-20 in the default lexicon (issue 15 point 1, CAMEO 1.1b3
codebook): hand-built parses matched against the lexicon, no model."""

from tests.docbuild import parsed, token_index
from tidings.events.lexicon import load_lexicon
from tidings.events.matching import match_pattern


def _code(text, rows, word):
    """The code of the lexicon pattern that ``word`` matches in this parse (None: none)."""
    lex = load_lexicon()
    doc = parsed(text, rows)
    tok = doc[token_index(doc, word)]
    hit = match_pattern(tok, lex.candidates(tok.lemma_.lower(), tok.pos_ == "NOUN"), False)
    return hit[0].code if hit else None


def _svo(subj, verb, lemma, obj, obj_lemma):
    """Text and rows of "SUBJ VERB OBJ." with the object under the verb."""
    rows = [
        f"{subj} {subj.lower()} NOUN NNS nsubj 1",
        f"{verb} {lemma} VERB VBD ROOT 1",
        f"{obj} {obj_lemma} NOUN NN dobj 1",
        ". . PUNCT . punct 1",
    ]
    return f"{subj} {verb} {obj}.", rows


def test_protesters_taking_to_the_streets_demonstrate_141():
    rows = [
        "Protesters protester NOUN NNS nsubj 1",
        "took take VERB VBD ROOT 1",
        "to to ADP IN prep 1",
        "the the DET DT det 4",
        "streets street NOUN NNS pobj 2",
        ". . PUNCT . punct 1",
    ]
    assert _code("Protesters took to the streets.", rows, "took") == "141"


def test_downing_tools_is_a_strike_143():
    text, rows = _svo("Dockers", "downed", "down", "tools", "tool")
    assert _code(text, rows, "downed") == "143"


def test_storming_a_palace_is_a_riot_and_storming_a_town_is_force():
    text, rows = _svo("Protesters", "stormed", "storm", "palace", "palace")
    assert _code(text, rows, "stormed") == "145"
    text, rows = _svo("Troops", "stormed", "storm", "town", "town")
    assert _code(text, rows, "stormed") == "190"


def test_beating_protesters_is_repression_and_beating_a_journalist_assault():
    text, rows = _svo("Police", "beat", "beat", "protesters", "protester")
    assert _code(text, rows, "beat") == "175"
    text, rows = _svo("Men", "beat", "beat", "journalist", "journalist")
    assert _code(text, rows, "beat") == "182"


def test_water_cannon_is_repression_175():
    rows = [
        "Police police NOUN NNS nsubj 1",
        "used use VERB VBD ROOT 1",
        "water water NOUN NN compound 3",
        "cannon cannon NOUN NN dobj 1",
        ". . PUNCT . punct 1",
    ]
    assert _code("Police used water cannon.", rows, "used") == "175"


def test_hacked_to_death_is_a_killing_not_a_cyberattack():
    rows = [
        "Men man NOUN NNS nsubj 1",
        "hacked hack VERB VBD ROOT 1",
        "farmers farmer NOUN NNS dobj 1",
        "to to ADP IN prep 1",
        "death death NOUN NN pobj 3",
        ". . PUNCT . punct 1",
    ]
    assert _code("Men hacked farmers to death.", rows, "hacked") == "1823"
    text, rows = _svo("Hackers", "hacked", "hack", "accounts", "account")
    assert _code(text, rows, "hacked") == "176"


def test_attacks_on_villages_and_mosques_are_unconventional_violence_180():
    text, rows = _svo("Gunmen", "attacked", "attack", "mosque", "mosque")
    assert _code(text, rows, "attacked") == "180"
    text, rows = _svo("Troops", "attacked", "attack", "positions", "position")
    assert _code(text, rows, "attacked") == "190"


def test_fighting_verbs_of_the_codebook():
    for verb, lemma, obj, code in (
        ("pounded", "pound", "positions", "190"),
        ("overran", "overrun", "base", "192"),
        ("recaptured", "recapture", "city", "192"),
        ("retook", "retook", "town", "192"),  # the parser's lemma of "retook"
    ):
        text, rows = _svo("Troops", verb, lemma, obj, obj)
        assert _code(text, rows, verb) == code, verb


def test_event_nouns_of_fighting_and_mass_violence():
    lex = load_lexicon()
    codes = {
        n: {p.code for p in lex.candidates(n, True)} for n in ("counteroffensive", "gunbattle", "pogrom")
    }
    assert "190" in codes["counteroffensive"] and "193" in codes["gunbattle"] and "202" in codes["pogrom"]
    # "a barrage of criticism" is no shelling: only a barrage of artillery or rockets is 194
    assert {p.entry for p in lex.candidates("barrage", True)} == {"=barrage artillery|rocket|missile|mortar"}


def test_withdrawing_an_ambassador_from_a_country_breaks_relations_161():
    rows = [
        "Lithuania Lithuania PROPN NNP nsubj 1",
        "withdrew withdraw VERB VBD ROOT 1",
        "its its PRON PRP$ poss 3",
        "ambassador ambassador NOUN NN dobj 1",
        "from from ADP IN prep 1",
        "Beijing Beijing PROPN NNP pobj 4",
        ". . PUNCT . punct 1",
    ]
    assert _code("Lithuania withdrew its ambassador from Beijing.", rows, "withdrew") == "161"


def test_suspending_military_cooperation_is_1622_and_defiance_128():
    rows = [
        "France France PROPN NNP nsubj 1",
        "suspended suspend VERB VBD ROOT 1",
        "military military ADJ JJ amod 3",
        "cooperation cooperation NOUN NN dobj 1",
        ". . PUNCT . punct 1",
    ]
    assert _code("France suspended military cooperation.", rows, "suspended") == "1622"
    lex = load_lexicon()
    assert {p.code for p in lex.candidates("defiance", True)} == {"128"}


def _fired_at(obj, obj_lemma, mod=None):
    rows = ["Rebels rebel NOUN NNS nsubj 1", "fired fire VERB VBD ROOT 1"]
    words = ["Rebels", "fired"]
    if mod:
        rows.append(f"{mod} {mod} ADJ JJ amod 3")
        words.append(mod)
    rows += [f"{obj} {obj_lemma} NOUN NNS dobj 1", ". . PUNCT . punct 1"]
    words.append(obj)
    return _code(" ".join(words) + ".", rows, "fired")


def test_drones_fired_are_1952_and_rubber_bullets_repression_175():
    assert _fired_at("drones", "drone") == "1952"
    assert _fired_at("bullets", "bullet", "rubber") == "175"


def test_torching_villages_destroys_property_and_sealing_a_corridor_blockades():
    text, rows = _svo("Soldiers", "torched", "torch", "villages", "village")
    assert _code(text, rows, "torched") == "1712"
    text, rows = _svo("Protesters", "torched", "torch", "cars", "car")
    assert _code(text, rows, "torched") == "145"
    text, rows = _svo("Troops", "sealed", "seal", "corridor", "corridor")
    assert _code(text, rows, "sealed") == "191"


def test_vowing_revenge_threatens_force_and_castigating_criticizes():
    text, rows = _svo("Militants", "vowed", "vow", "revenge", "revenge")
    assert _code(text, rows, "vowed") == "138"
    text, rows = _svo("Leaders", "castigated", "castigate", "opposition", "opposition")
    assert _code(text, rows, "castigated") == "111"
