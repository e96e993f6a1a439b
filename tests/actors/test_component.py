"""The spaCy component: factory config, user dictionaries, and the CLI options that reach it."""

import datetime as dt
import json

from typer.testing import CliRunner

from tests.actors.helpers import blank, make_doc
from tidings.model import Article

PERSON_FILE = (
    "# tidings actor dictionary v1\nperson\tJane Roe|Roe\tUSAGOV\t2020-01-01..2021-12-31\ttitle=ambassador\n"
)


def _component(tmp_path, default: bool):
    path = tmp_path / "mine.tsv"
    path.write_text(PERSON_FILE, encoding="utf-8")
    nlp = blank()
    name = f"actors_{default}_{tmp_path.name}"
    return nlp.add_pipe(
        "tidings_actors_v1", name=name, config={"dictionaries": [str(path)], "default_dictionaries": default}
    )


def _doc(day):
    doc = make_doc(
        [
            ("Jane", "PROPN", "compound", 1, "NNP"),
            ("Roe", "PROPN", "nsubj", 2, "NNP"),
            ("visited", "VERB", "ROOT", 2, "VBD"),
            ("Iran", "PROPN", "dobj", 2, "NNP"),
            (".", "PUNCT", "punct", 2, "."),
        ],
        ents=[(0, 2, "PERSON"), (3, 4, "GPE")],
    )
    doc._.article = Article(id="t", text=doc.text, published=day)
    return doc


def test_user_dictionary_with_dates(tmp_path):
    stage = _component(tmp_path, default=True)
    doc = stage(_doc(dt.date(2021, 3, 1)))
    codes = {a.name: a.code for a in doc._.actors}
    assert codes == {"Jane Roe": "USAGOV", "Iran": "IRN"}
    assert str(tmp_path / "mine.tsv") + ":2" in doc._.actors[0].evidence["source"]  # user files: full path
    assert [sp.label_ for sp in doc.spans["tidings_actors"]] == [a.id for a in doc._.actors]
    later = stage(_doc(dt.date(2023, 3, 1)))
    # out of office: the dictionary gives nothing, and a named person with no role in the text is
    # a private individual (CVL; no country in this one-sentence text)
    assert {a.name: a.code for a in later._.actors}["Jane Roe"] == "CVL"


def test_no_default_dictionaries(tmp_path):
    stage = _component(tmp_path, default=False)
    doc = stage(_doc(dt.date(2021, 3, 1)))
    assert [(a.name, a.code) for a in doc._.actors] == [("Jane Roe", "USAGOV")]


def test_ids_are_deterministic(tmp_path):
    stage = _component(tmp_path, default=True)
    a = [x.id for x in stage(_doc(dt.date(2021, 3, 1)))._.actors]
    b = [x.id for x in stage(_doc(dt.date(2021, 3, 1)))._.actors]
    assert a == b and len(set(a)) == len(a)


def test_cli_dictionary_option(tmp_path, shared):
    from tidings.cli import app

    path = tmp_path / "mine.tsv"
    path.write_text(PERSON_FILE, encoding="utf-8")
    petrarch = shared / "reference" / "petrarch-format" / "Phoenix.International.actors.txt"
    text = "Jane Roe met Kofi Annan in Geneva. Roe said the meeting went well."
    result = CliRunner().invoke(
        app,
        ["extract", "-", "--date", "2021-05-01", "--dictionary", str(path), "--dictionary", str(petrarch)],
        input=json.dumps({"id": "x", "text": text}) + "\n",
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout.strip().splitlines()[0])
    codes = {a["name"]: a["code"] for a in doc["actors"]}
    assert codes["Jane Roe"] == "USAGOV"
    assert [m["text"] for m in next(a for a in doc["actors"] if a["name"] == "Jane Roe")["mentions"]] == [
        "Jane Roe",
        "Roe",
    ]
    annan = next(a for a in doc["actors"] if "Annan" in a["name"])
    assert annan["code"] == "ELI"  # PETRARCH: [IGOUNO 970101-061231] [ELI]


def test_works_without_a_parser():
    """A pipeline with no tagger/parser still codes ranges from their words (degraded, no crash)."""
    from tidings.actors import party_for
    from tidings.registrations import ensure_defaults

    nlp = blank()
    stage = nlp.add_pipe("tidings_actors_v1", name="actors_noparse")
    doc = nlp.make_doc(
        "The Iraqi government and Iranian Foreign Minister Ali Karimi met. He said rebels in Syria attacked."
    )
    ensure_defaults(doc)
    doc = stage(doc)
    assert {a.code for a in doc._.actors} >= {"IRQ", "SYR"}
    assert party_for(doc, 0, 3).code == "IRQGOV" and party_for(doc, 4, 9).code == "IRNGOV"
