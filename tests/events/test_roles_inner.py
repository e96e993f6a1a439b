"""An event noun that is the object of another event keeps its own author (issue 15, point 2):
"condemned the invasion of Ukraine by Russia" codes the invasion too, on hand-built parses."""

import pytest

from tidings.events.clauses import stray_agent
from tidings.events.extract import find_events
from tidings.events.lexicon import load_lexicon
from tidings.events.parties import Parties
from tidings.events.roles import Roles

from .helpers import make_doc

LEX = load_lexicon()


def _condemned(by: str, by_pos: str, ents: list[tuple[int, int, str]]):
    # "Germany condemned the invasion of Ukraine by <by> ." ("by" hung on the verb, as spaCy does)
    return make_doc(
        [
            ("Germany", "Germany", "PROPN", "nsubj", 1, "NNP"),
            ("condemned", "condemn", "VERB", "ROOT", 1, "VBD"),
            ("the", "the", "DET", "det", 3, "DT"),
            ("invasion", "invasion", "NOUN", "dobj", 1, "NN"),
            ("of", "of", "ADP", "prep", 3, "IN"),
            ("Ukraine", "Ukraine", "PROPN", "pobj", 4, "NNP"),
            ("by", "by", "ADP", "prep", 1, "IN"),
            (by, by.lower(), by_pos, "pobj", 6, "NNP" if by_pos == "PROPN" else "NN"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ],
        ents=ents,
    )


def test_by_phrase_on_the_verb_is_the_author_of_its_event_object():
    doc = _condemned("Russia", "PROPN", [(0, 1, "GPE"), (5, 6, "GPE"), (7, 8, "GPE")])
    assert [t.text for t in stray_agent(doc[3])] == ["Russia"]
    roles = Roles(doc, LEX, Parties(doc))
    sources, targets = roles.noun_roles(doc[3], LEX.candidates("invasion", True)[0], None)
    assert [s.text for s in sources if s] == ["Russia"] and [t.text for t in targets if t] == ["Ukraine"]


@pytest.mark.slow
def test_the_invasion_condemned_is_coded_with_its_author(nlp):
    doc = nlp("Germany condemned the invasion of Ukraine by Russia.")
    events = [
        (e.cameo[:2], e.source.country, e.target.country if e.target else None) for e in find_events(doc, LEX)
    ]
    assert ("19", "RUS", "UKR") in events
    assert ("11", "DEU", "UKR") in events


def test_by_phrase_naming_no_actor_gives_the_object_no_author():
    doc = _condemned("phone", "NOUN", [(0, 1, "GPE"), (5, 6, "GPE")])
    assert [t.text for t in stray_agent(doc[3])] == ["phone"]
    events = find_events(doc, LEX)
    assert not [e for e in events if e.cameo[:2] == "19"]
    assert stray_agent(doc[0]) == []  # a subject is no object: nothing to hand over


@pytest.mark.slow
def test_a_us_modifier_names_the_author_not_the_speaker(nlp):
    # "US" is no first-person "us": after a quote it names the country, not the one quoted
    doc = nlp('"We will respond," the Iranian president said. Iran condemned the US airstrike on Baghdad.')
    strikes = [e for e in find_events(doc, LEX) if e.cameo[:2] in ("18", "19")]
    assert [(e.source.country, e.source.text) for e in strikes] == [("USA", "US")]
