import datetime as dt

import pytest

from tidings.actors.dictionary import detect_format, read_file, read_tidings
from tidings.errors import TidingsError


def test_person_with_date_bounded_roles():
    lines = [
        "# tidings actor dictionary v1",
        "person\tHassan Rouhani|Rouhani\tIRNGOV\t2013-08-03..2021-08-03\ttitle=president",
        "person\tHassan Rouhani\tIRNELI\t\t",
    ]
    (e,) = read_tidings(lines, "x.tsv")
    assert e.phrases == ["Hassan Rouhani", "Rouhani"]
    assert e.code_on(dt.date(2015, 1, 1)).code == "IRNGOV"
    assert e.code_on(dt.date(2015, 1, 1)).title == "president"
    assert e.code_on(dt.date(2023, 1, 1)).code == "IRNELI"
    assert e.code_on(dt.date(2010, 1, 1)).code == "IRNELI"


def test_open_ended_range_is_current_without_a_date():
    lines = ["organisation\tTaliban\tAFGREB\t..2021-08-14\t", "organisation\tTaliban\tAFGGOV\t2021-08-15..\t"]
    (e,) = read_tidings(lines, "x.tsv")
    assert e.code_on(None).code == "AFGGOV"
    assert e.code_on(dt.date(2019, 1, 1)).code == "AFGREB"


def test_country_line_gives_demonyms_and_capitals():
    entries = read_tidings(
        ["country\tIran|Islamic Republic of Iran\tIRN\t\tadj=Iranian;capital=Tehran"], "c.tsv"
    )
    kinds = {e.kind: e.phrases for e in entries}
    assert kinds["country"] == ["Iran", "Islamic Republic of Iran"]
    assert kinds["demonym"] == ["Iranian"] and kinds["capital"] == ["Tehran"]
    (cap,) = [
        e
        for e in read_tidings(["country\tBelgium\tBEL\t\tcapital=Brussels;capital_acts=IGOEUREEC"], "c.tsv")
        if e.kind == "capital"
    ]
    assert cap.info == {"acts": "IGOEUREEC"} and cap.codes[0].code == "BEL"


def test_bad_lines_raise_e400_with_the_line():
    with pytest.raises(TidingsError) as err:
        read_tidings(["person\tX"], "mine.tsv")
    assert err.value.code == "E400" and "mine.tsv:1" in str(err.value)
    with pytest.raises(TidingsError) as err:
        read_tidings(["person\tX\tUSAGOV\t2020-13-45..\t"], "mine.tsv")
    assert err.value.code == "E400"


def test_missing_file_is_e001(tmp_path):
    with pytest.raises(TidingsError) as err:
        read_file(tmp_path / "nope.tsv")
    assert err.value.code == "E001"


def test_format_detection():
    assert detect_format(["# comment", "person\tA B\tUSAGOV\t\t"]) == "tidings"
    assert detect_format(["# comment", "AMIR_ABDOLLAHIAN_ [IRNGOV]"]) == "petrarch"
    assert detect_format(["POLICE {} [~COP]"]) == "petrarch"
    assert detect_format(["042\tvisit\tverb\t"]) == "other"  # an events lexicon


def test_other_stages_files_are_left_alone(shared):
    base = shared / "reference" / "petrarch-format"
    for name in (
        "CAMEO.2.0.txt",
        "Phoenix.discards.txt",
        "Phoenix.IssueCoding.txt",
        "Phoenix.prepositions.txt",
    ):
        assert read_file(base / name) == [], name
    for name in ("Phoenix.agents.txt", "Phoenix.MilNonState.actors.txt"):
        assert read_file(base / name), name


def test_default_files_parse():
    from tidings.actors.lexicon import default_paths

    counts = {p.name: len(read_file(p)) for p in default_paths()}
    assert counts["countries.tsv"] >= 500  # ~200 countries with demonyms and capitals
    assert counts["roles.tsv"] >= 60 and counts["organisations.tsv"] >= 100


def test_unknown_kind_and_unknown_format_are_refused_with_file_and_line(tmp_path):
    kind = tmp_path / "kinds.tsv"
    kind.write_text("# tidings actor dictionary v1\nperson\tJohn Smith\tUSAGOV\t\t\nweapon\tAK-47\tRUS\t\t\n")
    with pytest.raises(TidingsError) as err:
        read_file(kind)
    assert (
        err.value.code == "E400"
        and "kinds.tsv:3" in str(err.value)
        and "unknown kind 'weapon'" in str(err.value)
    )
    junk = tmp_path / "junk.txt"
    junk.write_text("hello world\nthis is not a dictionary\n")
    with pytest.raises(TidingsError) as err:
        read_file(junk)
    assert (
        err.value.code == "E400"
        and "junk.txt:1" in str(err.value)
        and "no tidings or PETRARCH" in str(err.value)
    )
