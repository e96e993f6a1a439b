"""Targets inside an object phrase in domestic news (issue 15, point 2): "a federal judge
criticized the House's decision" targets the House (USALEG) although it shares the judge's
country; an actor of another country still comes first, and the source itself never."""

import spacy
from spacy.tokens import Doc

from tidings.events.lexicon import load_lexicon
from tidings.events.parties import Parties
from tidings.events.roles import Roles
from tidings.model import Party
from tidings.registrations import ensure_defaults, register

LEX = load_lexicon()

# "The judge criticized the House 's decision on Iran ."
ROWS = [
    ("The", "the", "DET", "det", 1, "DT"),
    ("judge", "judge", "NOUN", "nsubj", 2, "NN"),
    ("criticized", "criticize", "VERB", "ROOT", 2, "VBD"),
    ("the", "the", "DET", "det", 4, "DT"),
    ("House", "House", "PROPN", "poss", 6, "NNP"),
    ("'s", "'s", "PART", "case", 4, "POS"),
    ("decision", "decision", "NOUN", "dobj", 2, "NN"),
    ("on", "on", "ADP", "prep", 6, "IN"),
    ("Iran", "Iran", "PROPN", "pobj", 7, "NNP"),
    (".", ".", "PUNCT", "punct", 2, "."),
]
CODES = {
    "The judge": ("USAJUD", "USA", ["JUD"]),
    "House": ("USALEG", "USA", ["LEG"]),
    "the House": ("USALEG", "USA", ["LEG"]),
    "Iran": ("IRNGOV", "IRN", ["GOV"]),
}


def _coder(doc, lo, hi):
    """The actors stage's coding of the names, written out."""
    span = doc[lo:hi]
    found = CODES.get(span.text)
    if found is None:
        return None
    code, country, sectors = found
    return Party(
        text=span.text, code=code, country=country, sectors=sectors, start=span.start_char, end=span.end_char
    )


def _roles(rows):
    register()
    doc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" for i in range(len(rows))],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        tags=[r[5] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
        ents=["O", "O", "O", "O", "B-ORG", "O", "O", "O", "B-GPE", "O"][: len(rows)],
    )
    ensure_defaults(doc)
    parties = Parties(doc)
    parties.party_for = _coder
    return doc, Roles(doc, LEX, parties)


def test_a_foreign_actor_in_the_phrase_comes_before_a_domestic_one():
    doc, roles = _roles(ROWS)
    got = roles.targets_from([doc[6]], None, {"USA", "USAJUD"})
    assert [(p.text, p.code) for p in got] == [("Iran", "IRNGOV")]


def test_another_actor_of_the_sources_country_is_the_target():
    rows = [*ROWS[:7], (".", ".", "PUNCT", "punct", 2, ".")]  # "... the House's decision ."
    doc, roles = _roles(rows)
    got = roles.targets_from([doc[6]], None, {"USA", "USAJUD"})
    assert [(p.text, p.code) for p in got] == [("House", "USALEG")]
    # the source itself is never its own target: the House criticizing its own decision
    got = roles.targets_from([doc[6]], None, {"USA", "USALEG"})
    assert [p.code for p in got] == [None]


def test_an_act_towards_no_one_read_is_not_what_is_reacted_to():
    from tidings.events.discourse import Memory

    memory = Memory(LEX)
    memory.sent_starts = [0, 12, 30]
    egypt = Party(text="Egypt", code="EGYGOV", country="EGY")
    greece = Party(text="Greece", code="GRCGOV", country="GRC")
    italy = Party(text="The Italian minister", code="ITAGOV", country="ITA")
    memory.acts = [(0, "04", [egypt, greece], []), (12, "04", [italy], [])]  # "... joined the talks."
    # "Turkey denounced the conclusions of the summit": the summit's parties, not Italy
    assert memory.earlier_act({"04"}) == ([egypt, greece], [])
    memory.acts.append((30, "14", [italy], []))  # a protest needs no one it is towards
    assert memory.earlier_act({"14", "04"}) == ([italy], [])
