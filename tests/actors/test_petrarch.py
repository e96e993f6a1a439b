import datetime as dt

from tests.actors.helpers import blank, make_doc
from tests.conftest import SHARED
from tidings.actors.lexicon import Lexicon, load_entries
from tidings.actors.petrarch import parse_code_block, read_petrarch

SAMPLE = """# comment line
!PERSON! = MAN, WOMAN
HASSAN_ROUHANI_
+ROUHANI
\t[IRNGOVLEG 800528-000526]
\t[IRNGOV >20130804] # president
\t[IRNELI]
UN_ [IGOUNO]
U.N._
REVOLUTIONARY_GUARD
+REVOLUTIONARY_GUARDS
\t[IRNMIL]
POLICE!PERSON! [~COP]
OBSERVERS_IN [IGO~]
GUNMAN {} [~UAF]
COURT_OF_APPEALS {COURTS_OF_APPEALS} [~JUD]
""".splitlines()


def test_reads_blocks_synonyms_dates_and_agents():
    entries = {e.phrases[0]: e for e in read_petrarch(SAMPLE, "sample.txt")}
    rouhani = entries["HASSAN ROUHANI"]
    assert rouhani.phrases == ["HASSAN ROUHANI", "ROUHANI"]
    assert rouhani.code_on(dt.date(1990, 1, 1)).code == "IRNGOVLEG"
    assert rouhani.code_on(dt.date(2015, 1, 1)).code == "IRNGOV"
    assert rouhani.code_on(dt.date(2005, 1, 1)).code == "IRNELI"
    assert entries["UN"].phrases == ["UN", "U.N."]  # a code-less phrase line after a coded one
    assert entries["REVOLUTIONARY GUARD"].codes[0].code == "IRNMIL"
    police = entries["POLICEMAN"]
    assert police.kind == "role" and police.phrases == ["POLICEMAN", "POLICEWOMAN"]
    assert entries["OBSERVERS IN"].prefix
    assert "COURTS OF APPEALS" in entries["COURT OF APPEALS"].phrases


def test_code_blocks():
    assert parse_code_block("IRNGOV 20130804-20210803")[0].start == dt.date(2013, 8, 4)
    assert parse_code_block("IRNGOV <990101")[0].end == dt.date(1999, 1, 1)
    assert parse_code_block("USAGOV 2004017-20061201")[0] is None  # unreadable date: dropped


def test_real_phoenix_files_load_fast_and_resolve_names():
    base = SHARED / "reference" / "petrarch-format"
    files = [
        str(base / f)
        for f in (
            "Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt",
            "Phoenix.agents.txt",
        )
    ]
    lex = Lexicon(blank(), load_entries(files))  # load time: tidings.places.speed / make bench
    assert len(lex.entries) > 25_000
    # "Rouhani met Ban Ki-moon ." with the real files only (no tidings dictionaries)
    doc = make_doc(
        [
            ("Rouhani", "PROPN", "nsubj", 1, "NNP"),
            ("met", "VERB", "ROOT", 1, "VBD"),
            ("Ban", "PROPN", "compound", 5, "NNP"),
            ("Ki", "PROPN", "compound", 5, "NNP"),
            ("-", "PUNCT", "punct", 5, "HYPH"),
            ("moon", "PROPN", "dobj", 1, "NNP"),
            (".", "PUNCT", "punct", 1, "."),
        ],
        ents=[(0, 1, "PERSON"), (2, 6, "PERSON")],
    )
    hits = {(h.start, h.end): h.code for h in lex.match(doc, dt.date(2015, 6, 1))}
    assert hits[(0, 1)] == "IRNGOV" and hits[(2, 6)] == "IGOUNO"
    assert {(h.start, h.end): h.code for h in lex.match(doc, dt.date(1990, 6, 1))}[(0, 1)] == "IRNGOVLEG"


def test_prefix_agents_go_before_the_country(tmp_path):
    from tests.actors.helpers import lexicon
    from tidings.actors.coding import code_range, hit_index

    path = tmp_path / "agents.txt"
    path.write_text("TRUCE_MONITOR [IGO~]\nSOLDIER [~MIL]\n", encoding="utf-8")
    lex = lexicon(extra=(str(path),))
    doc = make_doc(
        [
            ("Syrian", "ADJ", "amod", 2, "JJ"),
            ("truce", "NOUN", "compound", 2, "NN"),
            ("monitors", "NOUN", "ROOT", 2, "NNS"),
        ]
    )
    hits = lex.match(doc, dt.date(2020, 1, 1))
    assert code_range(doc, 0, 3, hits, hit_index(hits, 3)).code == "IGOSYR"
    doc = make_doc([("Syrian", "ADJ", "amod", 1, "JJ"), ("soldiers", "NOUN", "ROOT", 1, "NNS")])
    hits = lex.match(doc, dt.date(2020, 1, 1))
    assert code_range(doc, 0, 2, hits, hit_index(hits, 2)).code == "SYRMIL"


def test_null_code_periods_and_compound_codes():
    lines = ["PRINCE OF DOL AMROTH", "\t[--- <950630]", "\t[DOL]", "LORIEN  [ELR/GAL]", "BOROMIR [---]"]
    entries = {e.phrases[0]: e for e in read_petrarch(lines, "a.txt")}
    prince = entries["PRINCE OF DOL AMROTH"]
    assert prince.code_on(dt.date(1995, 1, 1)) is None  # PETRARCH's null code: no actor before 30 Jun 1995
    assert prince.code_on(dt.date(1999, 8, 9)).code == "DOL"
    assert entries["LORIEN"].code_on(None).code == "ELR/GAL"
    assert "BOROMIR" not in entries  # [---] alone: never an actor


def test_an_unreadable_actor_line_names_file_line_and_the_line():
    import pytest

    from tidings.errors import TidingsError

    with pytest.raises(TidingsError) as e:
        read_petrarch(["IRAN [IRN]", "IRAQ [IRQ", "SYRIA [SYR]"], "a.txt")
    assert e.value.message.startswith("a.txt:2:") and "'IRAQ [IRQ'" in e.value.message


def test_underscore_joined_words_and_a_lower_case_the_match_petrarch_actors():
    lines = ["PRINCE OF DOL AMROTH  [DOL]", "THE_SHIRE  [FRO/BIL/SAM]", "BREE  [BRE]"]
    lex = Lexicon(blank(), read_petrarch(lines, "a.txt"))
    # "the Prince of Dol_Amroth": the text joins the name with "_" (PETRARCH texts do)
    doc = make_doc(
        [
            ("warned", "VERB", "ROOT", 0, "VBD"),
            ("the", "DET", "det", 2, "DT"),
            ("Prince", "PROPN", "dobj", 0, "NNP"),
            ("of", "ADP", "prep", 2, "IN"),
            ("Dol_Amroth", "PROPN", "pobj", 3, "NNP"),
            ("and", "CCONJ", "cc", 4, "CC"),
            ("the", "DET", "det", 7, "DT"),
            ("Shire", "PROPN", "conj", 4, "NNP"),
            ("and", "CCONJ", "cc", 7, "CC"),
            ("Bree_Hill", "PROPN", "conj", 7, "NNP"),
        ]
    )
    hits = {(h.start, h.end): h.code for h in lex.match(doc, dt.date(1999, 8, 9))}
    # whole tokens only: "Bree_Hill" is no BREE, "the Shire" is THE_SHIRE
    assert hits == {(2, 5): "DOL", (6, 8): "FRO/BIL/SAM"}
    doc = make_doc([("the", "DET", "det", 1, "DT"), ("shire", "NOUN", "ROOT", 1, "NN")])
    assert lex.match(doc, dt.date(1999, 8, 9)) == []  # a capitalised name: "the shire" is none
