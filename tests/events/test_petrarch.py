from tidings.events.extract import find_events
from tidings.events.lexicon import load_lexicon


def _lex(shared):
    pf = shared / "reference" / "petrarch-format"
    return load_lexicon((str(pf / "CAMEO.2.0.txt"), str(pf / "Phoenix.discards.txt")), False)


def test_cameo_2_0_and_discards_load(shared):
    lex = _lex(shared)
    assert len(lex) > 40000
    meet = lex.candidates("meet", False)
    assert any(p.code == "040" and p.required == () for p in meet)
    assert any(p.code == "036" and frozenset({"talks"}) in p.required for p in meet)
    assert any(p.code is None for p in lex.candidates("charge", False))  # [---] blockers
    assert "MONTHS LATER" in lex.sentence_discards
    assert "Manchester United" in lex.story_discards
    assert lex.discards_sentence("It happened two YEARS AGO in Paris.") == "YEARS AGO"


def test_petrarch_dictionary_codes_real_sentences(nlp, shared):
    lex = _lex(shared)
    doc = nlp("Iran accused Iraq of aggression. The Iraqi army attacked Syrian rebels near the border.")
    events = find_events(doc, lex)
    codes = {(e.source.text, e.cameo[:2]) for e in events}
    assert ("Iran", "11") in codes
    assert ("The Iraqi army", "19") in codes or ("The Iraqi army", "18") in codes
    assert all(e.evidence["dictionary"].startswith("CAMEO.2.0.txt:") for e in events)
