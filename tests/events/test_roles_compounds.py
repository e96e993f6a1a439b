"""Coordinated actors the parser buried in a compound chain (issue 15, roles), on hand-built
parses: each side of the buried "and" is one party."""

from tidings.events.compounds import buried_and
from tidings.events.extract import find_events
from tidings.events.lexicon import load_lexicon
from tidings.events.parties import Parties, np_tokens

from .helpers import make_doc

LEX = load_lexicon()
_STAGE: list = []


def _actors(doc):
    """The actors stage run on a hand-built Doc, so that its phrases get their codes."""
    if not _STAGE:
        import spacy

        _STAGE.append(spacy.blank("en").add_pipe("tidings_actors_v1", name="actors_test"))
    return _STAGE[0](doc)


def _spoke():
    # "US President Donald Trump and Turkish President Recep Erdogan spoke on the phone ."
    # as the parser reads it: "Erdogan" the only subject, the rest compounds and an apposition
    return _actors(
        make_doc(
            [
                ("US", "US", "PROPN", "compound", 1, "NNP"),
                ("President", "President", "PROPN", "compound", 8, "NNP"),
                ("Donald", "Donald", "PROPN", "compound", 3, "NNP"),
                ("Trump", "Trump", "PROPN", "appos", 1, "NNP"),
                ("and", "and", "CCONJ", "cc", 3, "CC"),
                ("Turkish", "turkish", "ADJ", "amod", 6, "JJ"),
                ("President", "President", "PROPN", "conj", 3, "NNP"),
                ("Recep", "Recep", "PROPN", "compound", 8, "NNP"),
                ("Erdogan", "Erdogan", "PROPN", "nsubj", 9, "NNP"),
                ("spoke", "speak", "VERB", "ROOT", 9, "VBD"),
                ("on", "on", "ADP", "prep", 9, "IN"),
                ("the", "the", "DET", "det", 12, "DT"),
                ("phone", "phone", "NOUN", "pobj", 10, "NN"),
                (".", ".", "PUNCT", "punct", 9, "."),
            ],
            [(0, 1, "GPE"), (2, 4, "PERSON"), (5, 6, "NORP"), (7, 9, "PERSON")],
        )
    )


def test_buried_coordination_gives_one_party_per_side():
    doc = _spoke()
    assert buried_and(doc[8], *np_tokens(doc[8])).i == 4
    each = Parties(doc).each(doc[8])
    assert [(p.text, p.code) for p in each] == [
        ("US President Donald Trump", "USAGOV"),
        ("Turkish President Recep Erdogan", "TURGOV"),
    ]


def test_buried_coordination_makes_both_parties_of_the_event():
    # a meeting of coordinated subjects is coded once, the first named as its source (as
    # "Trump and Erdogan spoke" is when the parse coordinates them)
    events = [e for e in find_events(_spoke(), LEX) if e.asserted]
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events] == [
        ("USAGOV", "TURGOV", "041")
    ]


def test_own_conjuncts_and_one_name_are_not_split():
    # "Egyptian minister Shoukry and his counterparts met": the head's own "and" is
    # ``coordinated``'s; "Bosnia and Herzegovina" inside one entity is one name
    doc = make_doc(
        [
            ("Egyptian", "egyptian", "ADJ", "amod", 1, "JJ"),
            ("minister", "minister", "NOUN", "compound", 2, "NN"),
            ("Shoukry", "Shoukry", "PROPN", "nsubj", 6, "NNP"),
            ("and", "and", "CCONJ", "cc", 2, "CC"),
            ("his", "his", "PRON", "poss", 5, "PRP$"),
            ("counterparts", "counterpart", "NOUN", "conj", 2, "NNS"),
            ("met", "meet", "VERB", "ROOT", 6, "VBD"),
            (".", ".", "PUNCT", "punct", 6, "."),
        ],
        [(0, 1, "NORP"), (2, 3, "PERSON")],
    )
    assert buried_and(doc[2], 0, 6) is None
    bih = make_doc(
        [
            ("Bosnia", "Bosnia", "PROPN", "compound", 3, "NNP"),
            ("and", "and", "CCONJ", "cc", 0, "CC"),
            ("Herzegovina", "Herzegovina", "PROPN", "conj", 0, "NNP"),
            ("President", "President", "PROPN", "nsubj", 4, "NNP"),
            ("spoke", "speak", "VERB", "ROOT", 4, "VBD"),
            (".", ".", "PUNCT", "punct", 4, "."),
        ],
        [(0, 3, "GPE")],
    )
    assert buried_and(bih[3], *np_tokens(bih[3])) is None
