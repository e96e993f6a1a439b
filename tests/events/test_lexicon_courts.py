"""Courts, crime and domestic politics in the default lexicon (issue 15, CAMEO 1.1b3 codebook)."""

import datetime as dt

import pytest

from tidings.events.lexicon import load_lexicon


def _codes(lex, lemma, noun=False, form=""):
    return {p.code for p in lex.candidates(lemma, noun, form)}


def _entries(lex, lemma, code, noun=False):
    return {p.entry for p in lex.candidates(lemma, noun) if p.code == code}


def test_convictions_and_sentences_of_people_are_173_not_116():
    lex = load_lexicon()
    # codebook 116: "when individuals are found guilty and are therefore detained, use 173"
    assert "173" in _codes(lex, "convict") and "116" not in _codes(lex, "convict")
    assert "173" in _codes(lex, "sentence") and "116" not in _codes(lex, "sentence")
    assert "=conviction" in _entries(lex, "conviction", "173", noun=True)
    assert "=term prison|jail" in _entries(lex, "term", "173", noun=True)
    # a court's ruling against a law or a state stays 116
    assert "rule unconstitutional|unlawful|illegal|invalid|void" in _entries(lex, "rule", "116")
    assert "find guilty" in _entries(lex, "find", "116")


def test_charges_trials_and_custody_are_173():
    lex = load_lexicon()
    assert "lay charge|charges" in _entries(lex, "lay", "173")
    assert "try court|tribunal|judge|jury|absentia" in _entries(lex, "try", "173")
    assert "remain custody|detention|jail|prison" in _entries(lex, "remain", "173")
    # "charged X with fraud": the object of "with" is the crime, never the target
    assert not any(p.target_preps for p in lex.candidates("charge", False))
    assert "112" not in _codes(lex, "charge")


def test_clemency_appeals_and_domestic_restrictions():
    lex = load_lexicon()
    assert "0841" in _codes(lex, "commute") and "0841" in _codes(lex, "quash")
    assert "115" in _codes(lex, "appeal")
    assert "172" in _codes(lex, "prorogue") and "172" in _codes(lex, "fine")
    assert "1724" in _codes(lex, "extend") and "1723" in _codes(lex, "extend")
    assert "0833" in _codes(lex, "legalize")
    assert "091" in _codes(lex, "search")
    assert "110" in _codes(lex, "objection", noun=True)
    # "forgave" is lemmatised as itself: looked up under "forgive"
    assert "056" in _codes(lex, "forgave", False, "forgave")


def test_suite_gaps_of_the_codebook_are_covered():
    lex = load_lexicon()
    assert "=attack suicide" in _entries(lex, "attack", "1831", noun=True)
    assert "not accept mediation|mediator" in _entries(lex, "accept", "126")
    assert "not lift sanction|sanctions|embargo" in _entries(lex, "lift", "1244")
    assert "083" in _codes(lex, "concession", noun=True) and "080" in _codes(lex, "concession", noun=True)
    assert "142" in _codes(lex, "refuse") and "153" in _codes(lex, "mass")
    # "executed a planned shutdown" is no killing: the blocker is more specific than "execute"
    first = lex.candidates("execute", False)[0]
    assert first.code is None and "shutdown" in first.required[0]
    assert any(p.code == "1823" and not p.required for p in lex.candidates("execute", False))


def _events(pipeline, text):
    from tidings.ingest import article_from_text

    (doc,) = list(pipeline.process([article_from_text(text, published=dt.date(2024, 3, 15), id="x")]))
    return sorted(e.cameo for e in doc.events if not e.negated)


@pytest.mark.slow
def test_court_sentences_in_context(pipeline, partial_events):
    assert "173" in _events(pipeline, "A court in Lahore sentenced the activist to ten years in prison.")
    assert "173" in _events(pipeline, "Further charges may be laid against the gunman, police said.")
    assert "0841" in _events(pipeline, "The governor commuted the death sentence of a convicted bomber.")
    got = _events(pipeline, "The Supreme Court ruled the ban unconstitutional on Friday.")
    assert "116" in got
    # the verdict's adjective may sit in its complement clause
    assert "116" in _events(pipeline, "The Court of Session ruled that the prorogation was unlawful.")
    assert "116" not in _events(pipeline, "The minister said that the prorogation was unlawful.")
