"""PETRARCH noun phrases: an actor with the agents named around it (tidings.actors.petrarch_np)."""

import datetime as dt

from tests.actors.helpers import lexicon, make_doc
from tidings.actors.resolve import find_clusters

ACTORS = "BREE [BRE]\n+ROMENDACIL\nGONDOR [GON]\nARNOR [ARN]\nFORNOST [FOR]\nDENMARK [DNK]\n+DANISH\n"
AGENTS = "PRIME_MINISTER [~GOV]\nMSF {} [NGO~]\nDIPLOMAT [~GOV]\nLAWMAKER [~LEG]\nMEDIA [~MED]\nGOVERNMENT [~GOV]\n"


def _codes(tmp_path, rows):
    (tmp_path / "a.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "a.agents.txt").write_text(AGENTS, encoding="utf-8")
    lex = lexicon(default=False, extra=(str(tmp_path / "a.actors.txt"), str(tmp_path / "a.agents.txt")))
    doc = make_doc(rows)
    hits = lex.match(doc, dt.date(2000, 1, 1))
    clusters = find_clusters(doc, hits, dt.date(2000, 1, 1))
    return sorted((doc[m.start : m.end].text, c.code) for c in clusters for m in c.mentions)


def test_country_and_agent_in_one_phrase(tmp_path):
    rows = [
        ("Bree", "PROPN", "compound", 3, "NNP"),
        ("Prime", "PROPN", "compound", 2, "NNP"),
        ("Minister", "PROPN", "compound", 3, "NNP"),
        ("Romendacil", "PROPN", "nsubj", 4, "NNP"),
        ("clashed", "VERB", "ROOT", 4, "VBD"),
    ]
    assert _codes(tmp_path, rows) == [("Bree Prime Minister Romendacil", "BREGOV")]


def test_prefix_agent_goes_before_the_actor_suffix_after(tmp_path):
    rows = [
        ("An", "DET", "det", 3, "DT"),
        ("MSF", "PROPN", "compound", 3, "NNP"),
        ("Arnor", "PROPN", "compound", 3, "NNP"),
        ("diplomat", "NOUN", "nsubj", 4, "NN"),
        ("left", "VERB", "ROOT", 4, "VBD"),
    ]
    assert _codes(tmp_path, rows) == [("An MSF Arnor diplomat", "NGOARNGOV")]


def test_actors_in_an_of_phrase_and_a_shared_actor(tmp_path):
    rows = [
        ("Lawmakers", "NOUN", "nsubj", 5, "NNS", "lawmaker"),
        ("in", "ADP", "prep", 0, "IN"),
        ("Fornost", "PROPN", "pobj", 1, "NNP"),
        ("and", "CCONJ", "cc", 2, "CC"),
        ("Gondor", "PROPN", "conj", 2, "NNP"),
        ("left", "VERB", "ROOT", 5, "VBD"),
        ("Danish", "ADJ", "amod", 7, "JJ"),
        ("media", "NOUN", "dobj", 5, "NNS"),
        ("and", "CCONJ", "cc", 7, "CC"),
        ("government", "NOUN", "conj", 7, "NN"),
    ]
    assert _codes(tmp_path, rows) == [
        ("Danish media", "DNKMED"),
        ("Lawmakers in Fornost and Gondor", "FORLEG/GONLEG"),
        ("government", "DNKGOV"),  # a bare agent coordinated with "Danish media"
    ]


def test_agent_alone_and_a_thing_named_by_an_actor(tmp_path):
    rows = [
        ("The", "DET", "det", 1, "DT"),
        ("government", "NOUN", "nsubj", 2, "NN"),
        ("abandoned", "VERB", "ROOT", 2, "VBD"),
        ("an", "DET", "det", 5, "DT"),
        ("Arnor", "PROPN", "compound", 5, "NNP"),
        ("parade", "NOUN", "dobj", 2, "NN"),
    ]
    assert _codes(tmp_path, rows) == [("The government", "GOV"), ("an Arnor parade", "ARN")]


def test_former_makes_the_agents_elites(tmp_path):
    # TABARI's "former" agents (PETRARCH suite AGENTS-18): a former office holder is ELI
    rows = [
        ("Arnor", "PROPN", "compound", 2, "NNP"),
        ("former", "ADJ", "amod", 2, "JJ"),
        ("diplomats", "NOUN", "nsubj", 3, "NNS", "diplomat"),
        ("met", "VERB", "ROOT", 3, "VBD"),
        ("Gondor", "PROPN", "compound", 5, "NNP"),
        ("diplomats", "NOUN", "dobj", 3, "NNS", "diplomat"),
    ]
    assert _codes(tmp_path, rows) == [("Arnor former diplomats", "ARNELI"), ("Gondor diplomats", "GONGOV")]


def test_coordinated_actors_before_the_head_are_all_its_actors(tmp_path):
    # PETRARCH's "Eriadori and Calenardhon leaders" (DEMO-11): each coordinated actor codes
    rows = [
        ("Bree", "PROPN", "nsubj", 1, "NNP"),
        ("met", "VERB", "ROOT", 1, "VBD"),
        ("Gondor", "PROPN", "nmod", 5, "NNP"),
        ("and", "CCONJ", "cc", 2, "CC"),
        ("Arnor", "PROPN", "conj", 2, "NNP"),
        ("lawmakers", "NOUN", "dobj", 1, "NNS", "lawmaker"),
        ("and", "CCONJ", "cc", 1, "CC"),
        ("Gondor", "PROPN", "nmod", 10, "NNP"),
        ("Fornost", "PROPN", "compound", 10, "NNP"),
        ("Arnor", "PROPN", "compound", 10, "NNP"),
        ("diplomats", "NOUN", "conj", 5, "NNS", "diplomat"),
    ]
    got = dict(_codes(tmp_path, rows))
    assert got["Gondor and Arnor lawmakers"] == "GONLEG/ARNLEG"
    assert got["Gondor Fornost Arnor diplomats"] == "GONGOV"  # not coordinated: the first actor
