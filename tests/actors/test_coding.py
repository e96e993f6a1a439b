"""code_range on hand-built parses: the words of a phrase and what is attached to it."""

import datetime as dt

from tests.actors.helpers import lexicon, make_doc
from tidings.actors.coding import code_range, hit_index

DAY = dt.date(2022, 10, 16)


def _code(doc, start, end):
    hits = lexicon().match(doc, DAY)
    return code_range(doc, start, end, hits, hit_index(hits, len(doc)))


def test_demonym_plus_role():
    doc = make_doc(
        [
            ("the", "DET", "det", 2, "DT"),
            ("Iraqi", "ADJ", "amod", 2, "JJ"),
            ("government", "NOUN", "nsubj", 3, "NN"),
            ("said", "VERB", "ROOT", 3, "VBD"),
        ]
    )
    c = _code(doc, 0, 3)
    assert (c.code, c.country, c.sectors, c.title) == ("IRQGOV", "IRQ", ["GOV"], "government")


def test_possessive_country_and_role_title():
    doc = make_doc(
        [
            ("Iran", "PROPN", "poss", 3, "NNP"),
            ("'s", "PART", "case", 0, "POS"),
            ("foreign", "ADJ", "amod", 3, "JJ"),
            ("minister", "NOUN", "nsubj", 4, "NN"),
            ("said", "VERB", "ROOT", 4, "VBD"),
        ]
    )
    c = _code(doc, 0, 4)
    assert c.code == "IRNGOV" and c.title == "foreign minister" and c.ref == "person"


def test_armed_group_takes_country_from_where_it_operates():
    # armed groups in Iraqi Kurdistan
    doc = make_doc(
        [
            ("armed", "ADJ", "amod", 1, "JJ"),
            ("groups", "NOUN", "ROOT", 1, "NNS"),
            ("in", "ADP", "prep", 1, "IN"),
            ("Iraqi", "ADJ", "amod", 4, "JJ"),
            ("Kurdistan", "PROPN", "pobj", 2, "NNP"),
        ]
    )
    assert _code(doc, 0, 5).code == "IRQUAF"
    assert _code(doc, 0, 2).code == "IRQUAF"  # the head alone: the attached phrase still counts


def test_generic_head_takes_the_modifier_sector():
    doc = make_doc([("terrorist", "ADJ", "amod", 1, "JJ"), ("organizations", "NOUN", "ROOT", 1, "NNS")])
    c = _code(doc, 0, 2)
    assert c.code == "UAF" and c.country is None


def test_anti_adjective_is_not_a_country():
    doc = make_doc(
        [
            ("anti", "ADJ", "amod", 3, "JJ"),
            ("-", "PUNCT", "punct", 3, "HYPH"),
            ("Iranian", "ADJ", "amod", 3, "JJ"),
            ("rebels", "NOUN", "ROOT", 3, "NNS"),
        ]
    )
    assert _code(doc, 0, 4).code == "REB"


def test_foreign_forces_in_a_region_are_not_its_forces():
    doc = make_doc(
        [
            ("foreign", "ADJ", "amod", 1, "JJ"),
            ("forces", "NOUN", "ROOT", 1, "NNS"),
            ("in", "ADP", "prep", 1, "IN"),
            ("the", "DET", "det", 4, "DT"),
            ("Caucasus", "PROPN", "pobj", 2, "NNP"),
        ]
    )
    assert _code(doc, 0, 2).code == "MIL"


def test_counterpart_waits_for_the_other_party():
    doc = make_doc(
        [
            ("his", "PRON", "poss", 2, "PRP$"),
            ("Iraqi", "ADJ", "amod", 2, "JJ"),
            ("counterpart", "NOUN", "ROOT", 2, "NN"),
        ]
    )
    c = _code(doc, 0, 3)
    assert c.ref == "counterpart" and c.code is None and c.country == "IRQ"


def test_former_office_holders_are_elites():
    # the former governor of Massachusetts
    doc = make_doc(
        [
            ("the", "DET", "det", 2, "DT"),
            ("former", "ADJ", "amod", 2, "JJ"),
            ("governor", "NOUN", "ROOT", 2, "NN"),
            ("of", "ADP", "prep", 2, "IN"),
            ("Iraq", "PROPN", "pobj", 3, "NNP"),
        ]
    )
    assert _code(doc, 0, 5).code == "IRQELI"
    assert _code(doc, 2, 5).code == "IRQGOV"
