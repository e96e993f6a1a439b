from pathlib import Path

import pytest

from tidings.errors import TidingsError
from tidings.events.codes import code_table
from tidings.events.lexicon import detect_format, load_lexicon, parse_pattern


def test_default_lexicon_covers_every_cameo_code_with_patterns():
    lex = load_lexicon()
    by_code: dict[str, int] = {}
    for plist in lex.patterns.values():
        for p in plist:
            by_code[p.code] = by_code.get(p.code, 0) + 1
    missing = [c for c in code_table() if len(c) >= 3 and c not in by_code]
    assert missing == []
    # several ways of saying most events, not one verb each
    assert sum(1 for c in by_code if by_code[c] >= 2) > 250
    assert set(lex.controls) >= {"refuse", "agree", "threaten", "demand", "urge"}


def test_parse_pattern_syntax():
    p = parse_pattern("not put up with", "130")
    assert p.negated and p.trigger == "put" and p.required == (frozenset({"up"}), frozenset({"with"}))
    n = parse_pattern("=call phone|telephone", "041")
    assert n.noun and n.trigger == "call" and n.required == (frozenset({"phone", "telephone"}),)
    t = parse_pattern("meet with+", "040")
    assert t.required == (frozenset({"with"}),) and t.target_preps == ("with",)


def test_user_dictionary_adds_and_overrides(tmp_path: Path):
    f = tmp_path / "mine.tsv"
    f.write_text("# my entries\n173\tnab\tslang for arrest\n051\tpraise\toverride\n", encoding="utf-8")
    lex = load_lexicon((str(f),))
    assert lex.candidates("nab", False)[0].code == "173"
    assert lex.candidates("praise", False)[0].origin == "mine.tsv:3"


def test_bad_dictionary_line_is_a_stable_error(tmp_path: Path):
    f = tmp_path / "bad.tsv"
    f.write_text("999\tfoo\n", encoding="utf-8")
    with pytest.raises(TidingsError) as e:
        load_lexicon((str(f),))
    assert e.value.code == "E400" and "bad.tsv" in str(e.value)


def test_detect_format(shared):
    pf = shared / "reference" / "petrarch-format"
    assert (
        detect_format((pf / "CAMEO.2.0.txt").read_text(encoding="utf-8"), "CAMEO.2.0.txt") == "petrarch-verbs"
    )
    assert (
        detect_format((pf / "Phoenix.discards.txt").read_text(encoding="utf-8"), "Phoenix.discards.txt")
        == "discards"
    )
    assert (
        detect_format((pf / "Phoenix.agents.txt").read_text(encoding="utf-8"), "Phoenix.agents.txt")
        == "other"
    )
    assert detect_format("040\tmeet\n", "x.tsv") == "tidings"


def test_blockers_and_particles(nlp):
    from tidings.events.extract import find_events

    lex = load_lexicon()
    assert any(p.code is None for p in lex.candidates("meet", False))
    assert find_events(nlp("The Iraqi government met the deadline and the requirement."), lex) == []
    # "give in" needs its own particle, not an "in" somewhere below
    assert find_events(nlp("The students give each other tips in class."), lex) == []
    (e,) = find_events(nlp("The Iraqi government gave in to the protesters."), lex)
    assert e.cameo == "080"
