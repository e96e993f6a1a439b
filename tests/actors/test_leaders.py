"""The office-holder knowledge base: reading, date- and country-bounded lookup, people coding."""

import datetime as dt

import pytest

from tests.actors.helpers import lexicon, make_doc
from tidings.actors.leaders import KB_PATH, normalise, office_holders, read_kb, surname_of
from tidings.actors.resolve import find_clusters, to_actors
from tidings.errors import TidingsError

HEAD = "# tidings office holders v1\n"
ROWS = [
    "Sergey Lavrov\tRUS\tRUSGOV\tforeign_minister\tMinister of Foreign Affairs\t2004-03-09\t\t2022-08-03\tx:1 wd",
    "Aleksey Lavrov\tRUS\tRUSGOV\tminister\tDeputy Minister of Finance\t2011-06-15\t\t2022-08-03\tx:2 wd",
    "Ivan Lavrov\tBLR\tBLRGOV\tforeign_minister\tMinister of Foreign Affairs\t2001\t2003\t\tx:3 wd",
    "Michael R. Pompeo|Mike Pompeo\tUSA\tUSAGOV\tforeign_minister\tSecretary of State\t2018-04-26\t2021-01-20\t\tx:4 pocom",
    "Mike Pompeo\tUSA\tUSAGOV\tforeign_minister\tUnited States Secretary of State\t2018-04-26\t2021-01-20\t\tx:5 wd",
    "Ana Reyes\tCHL\tCHLGOV\thead_of_state\tPresident of Chile\t2020-03\t\t2022-07-01\tx:6 wd",
    "Luis Reyes\tPER\tPERGOV\thead_of_government\tPrime Minister of Peru\t2020-03\t\t2022-07-01\tx:7 wd",
]


def _with_keys(row: str) -> str:
    """A row as scripts/build_leaders.py writes it: the name and surname keys appended."""
    names = row.split("\t", 1)[0].split("|")
    keys = "|".join(sorted({normalise(n) for n in names}))
    return f"{row}\t{keys}\t{'|'.join(sorted({surname_of(n) for n in names}))}"


@pytest.fixture
def kb(tmp_path):
    path = tmp_path / "kb.tsv"
    path.write_text(HEAD + "\n".join(_with_keys(r) for r in ROWS) + "\n", encoding="utf-8")
    return read_kb(path)


def test_deputies_need_their_full_name(kb):
    assert (
        kb.lookup(("aleksey", "lavrov"), dt.date(2021, 6, 1), frozenset())[0][0].title
        == "Deputy Minister of Finance"
    )


def test_surname_needs_the_documents_country_and_the_date(kb):
    terms, how = kb.lookup(("lavrov",), dt.date(2021, 6, 1), frozenset({"RUS", "USA"}))
    # the foreign minister outranks a deputy minister of the same name; Belarus is not in the document
    assert [(t.name, t.code, t.term_text()) for t in terms] == [("Sergey Lavrov", "RUSGOV", "2004-03-09..")]
    assert how == "surname"
    assert kb.lookup(("lavrov",), dt.date(2002, 6, 1), frozenset({"RUS"})) == ([], "")
    terms, _ = kb.lookup(("lavrov",), dt.date(2002, 6, 1), frozenset({"BLR"}))
    assert terms[0].name == "Ivan Lavrov"


def test_two_people_of_the_same_surname_in_the_document_do_not_resolve(kb):
    assert kb.lookup(("reyes",), dt.date(2021, 1, 1), frozenset({"CHL", "PER"}))[0] == []
    terms, _ = kb.lookup(("reyes",), dt.date(2021, 1, 1), frozenset({"CHL"}))
    assert terms[0].canonical_title == "president"


def test_former_office_holder_and_aliases_are_one_person(kb):
    terms, how = kb.lookup(("mike", "pompeo"), dt.date(2023, 5, 1), frozenset({"USA"}))
    assert how == "full name, former office holder"
    # a former office holder only for a country the document names, and never by surname alone
    assert kb.lookup(("mike", "pompeo"), dt.date(2023, 5, 1), frozenset({"IRN"}))[0] == []
    assert kb.lookup(("pompeo",), dt.date(2023, 5, 1), frozenset({"USA"}))[0] == []
    assert {t.source for t in terms} == {"x:4 pocom", "x:5 wd"}


def test_open_term_after_the_snapshot_is_flagged(kb):
    terms, how = kb.lookup(("sergey", "lavrov"), dt.date(2024, 1, 1), frozenset())
    assert how == "full name, open after the source's snapshot"
    assert terms[0].record(how)["open_to"] == "2022-08-03"


def test_malformed_line_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEAD + _with_keys(ROWS[0]) + "\n" + "Only Two\tRUS\n", encoding="utf-8")
    with pytest.raises(TidingsError) as e:
        read_kb(bad)
    assert "bad.tsv:3" in str(e.value)
    bad.write_text(HEAD + _with_keys(ROWS[0].replace("2004-03-09", "9 March 2004")) + "\n", encoding="utf-8")
    with pytest.raises(TidingsError) as e:
        read_kb(bad)
    assert "bad.tsv:2" in str(e.value) and "9 March 2004" in str(e.value)


def test_shipped_kb_loads_and_has_a_header():
    head = KB_PATH.read_text(encoding="utf-8")[:2000]
    assert "CC0" in head and "office_holders.tsv" in head
    office_holders.cache_clear()
    kb = office_holders()
    assert len(kb.rows) > 20_000
    terms, _ = kb.lookup(("antonio", "guterres"), dt.date(2020, 1, 1), frozenset())
    assert terms[0].code == "IGOUNO"
    # suffixes and hyphenated surnames: "Jr." is no surname, "Moon" is not Ban Ki-moon
    assert kb.lookup(("moon",), dt.date(2012, 1, 1), frozenset({"KOR"}))[0] == []
    assert kb.lookup(("robert", "downey", "jr"), dt.date(2020, 1, 1), frozenset({"USA"}))[0] == []


# Minister Kuleba met Lavrov .   (surname alone, the document names Russia)
def _lavrov_doc(text_country: bool):
    rows = [
        (
            "Russian" if text_country else "The",
            "ADJ" if text_country else "DET",
            "amod" if text_country else "det",
            2,
            "JJ" if text_country else "DT",
        ),
        ("envoy" if text_country else "visitor", "NOUN", "compound", 2, "NN"),
        ("Lavrov", "PROPN", "nsubj", 3, "NNP"),
        ("spoke", "VERB", "ROOT", 3, "VBD"),
        ("in", "ADP", "prep", 3, "IN"),
        ("Russia", "PROPN", "pobj", 4, "NNP"),
        (".", "PUNCT", "punct", 3, "."),
    ]
    return make_doc(rows, ents=[(2, 3, "PERSON"), (5, 6, "GPE")])


def test_people_coded_from_the_kb_by_date_and_text_titles_win():
    lex = lexicon(skip=("people.tsv",))
    doc = _lavrov_doc(False)
    actors, _ = to_actors(doc, find_clusters(doc, lex.match(doc, dt.date(2021, 6, 1)), dt.date(2021, 6, 1)))
    lavrov = next(a for a in actors if a.kind == "person")
    assert lavrov.code == "RUSGOV"
    assert lavrov.evidence["office"]["title"] == "Minister of Foreign Affairs"
    assert lavrov.evidence["office"]["term"] == "2004-03-09.."
    assert lavrov.evidence["title"] == "foreign minister"
    # "Russian envoy Lavrov": the role words in the text code him; the entry agrees and is recorded
    doc = _lavrov_doc(True)
    actors, _ = to_actors(doc, find_clusters(doc, lex.match(doc, dt.date(2021, 6, 1)), dt.date(2021, 6, 1)))
    lavrov = next(a for a in actors if a.kind == "person")
    assert lavrov.code == "RUSGOV" and lavrov.evidence["rule"] == "role words around the name"
    assert lavrov.evidence["office"]["name"] == "Sergey Lavrov"
