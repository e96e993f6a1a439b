"""Recodes by actor follow the CAMEO 1.1b3 codebook (issue 15): physical assaults stay 182x
by anyone; censorship and the other named restrictions stay 172x on a foreign target."""

import pytest

from tidings.events.lexicon import Pattern
from tidings.events.records import recode_force, recode_sanction, recode_unorganised
from tidings.model import Party

ARMY = Party(text="the army", code="MMRMIL", country="MMR", sectors=["MIL"])
STATE = Party(text="the United States", code="USA", country="USA")
GANG = Party(text="a gang", code="NGACRM", country="NGA", sectors=["CRM"])
RUSSIA = Party(text="Russia", code="RUSGOV", country="RUS", sectors=["GOV"])
META = Party(text="Meta", code="USABUS", country="USA", sectors=["BUS"])
DISSIDENTS = Party(text="dissidents", code="RUSOPP", country="RUS", sectors=["OPP"])


def _p(trigger: str, *required: str, noun: bool = False) -> Pattern:
    return Pattern(code="1823", trigger=trigger, noun=noun, required=tuple(frozenset({w}) for w in required))


@pytest.mark.parametrize("code", ["182", "1821", "1822"])
def test_physical_assault_by_soldiers_keeps_its_code(code):
    assert recode_force(code, ARMY) == code  # "soldiers beat protesters", "raped", "tortured"
    assert recode_force(code, STATE) == code


def test_killing_by_physical_assault_stays_1823_other_killing_is_force():
    assert recode_force("1823", ARMY, _p("beat", "death")) == "1823"  # "beat to death"
    assert recode_force("1823", ARMY, _p("lynch")) == "1823"
    assert recode_force("1823", ARMY, _p("kill")) == "190"  # "troops killed five": no manner named
    assert recode_force("1823", STATE, _p("killing", noun=True)) == "190"
    assert recode_force("1823", ARMY, _p("shoot", "death")) == "190"  # "shot dead": weaponry
    assert recode_force("1823", GANG, _p("kill")) == "1823"
    assert recode_force("1823", ARMY) == "190"  # no pattern known: a killing


def test_other_unconventional_force_by_armed_forces_is_190():
    assert recode_force("180", ARMY) == "190"
    assert recode_force("1832", ARMY) == "190"
    assert recode_force("180", GANG) == "180"
    assert recode_force("181", ARMY) == "181"  # hostage taking by anyone


def test_censorship_of_a_foreign_company_stays_1721():
    assert recode_sanction("1721", RUSSIA, META) == "1721"  # "Russia blocked Meta's websites"
    assert recode_sanction("1723", RUSSIA, META) == "1723"
    assert recode_sanction("172", RUSSIA, META) == "163"  # a bare ban on a foreign company
    assert recode_sanction("172", RUSSIA, DISSIDENTS) == "172"
    assert recode_sanction("172", RUSSIA, None) == "172"


def test_force_by_civilians_or_criminals_with_no_weapon_is_unconventional():
    man = Party(text="one man", code="GBRCVL", country="GBR", sectors=["CVL"])
    assert recode_unorganised("190", man) == "180"  # "others struck him with their fists"
    assert recode_unorganised("190", GANG) == "180"
    # small arms fired by criminals or civilians ("was shot by a prisoner"): 19 is the force
    # of organised armed groups; other weapons keep their code (a gang's bombing stays 183)
    assert recode_unorganised("193", GANG) == "180"
    assert recode_unorganised("193", man) == "180"
    assert recode_unorganised("183", GANG) == "183"
    assert recode_unorganised("193", ARMY) == "193"
    assert recode_unorganised("190", ARMY) == "190"
    assert recode_unorganised("190", Party(text="Russia", code="RUS", country="RUS")) == "190"
