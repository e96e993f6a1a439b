from tidings.actors.codes import code_fits, join_code, parse_code
from tidings.actors.evaluate import same_code
from tidings.evaluate import FIELDS, match


def test_country_and_sectors():
    p = parse_code("IRNGOV")
    assert (p.country, p.sectors) == ("IRN", ("GOV",))
    p = parse_code("IRQGOVMIL")
    assert (p.country, p.sectors) == ("IRQ", ("GOV", "MIL"))


def test_international_codes_have_no_country():
    p = parse_code("IGOUNOREFHCR")
    assert p.country is None and p.sectors == ("IGO", "REF") and p.code == "IGOUNOREFHCR"


def test_regions_and_ethnic_codes_take_the_country_slot():
    assert parse_code("WSTMIL").country == "WST"
    assert parse_code("KUR").country == "KUR"
    assert parse_code("GOV").country is None and parse_code("GOV").sectors == ("GOV",)


def test_join():
    assert join_code("IRQ", ["UAF"]) == "IRQUAF"
    assert join_code(None, []) is None


def test_a_less_specific_gold_code_at_a_block_boundary_is_right():
    assert code_fits("IMG", "IMGMOSALQ") and code_fits("IGOUNO", "IGOUNOREFHCR")
    assert code_fits("---MED", "MED") and code_fits("USA", "USAGOV")
    assert not code_fits("IMGMOSALQ", "IMG")  # the reverse: the extraction says less
    assert not code_fits("US", "USAGOV") and not code_fits("IRNGOV", "IRNGOVMIL"[:7])
    assert same_code("IMG", "IMGMOSALQ") and not same_code("IRNGOVMIL", "IRNGOV")
    assert not same_code("IRNGOV", None)


def test_the_event_scorer_takes_a_more_specific_party_code():
    def ev(s, t, s_code=None):
        return {"source": s, "target": t, "cameo": "190", "source_code": s_code or "", "source_sectors": []}

    gold = [ev(None, "IRQ", "IMG")]
    assert match(gold, [ev(None, "IRQ", "IMGMOSALQ")], FIELDS["dyad_root"]).tp == 1
    assert match([ev(None, "IRQ", "IMGMOSALQ")], [ev(None, "IRQ", "IMG")], FIELDS["dyad_root"]).tp == 0
    assert match(gold, [ev(None, "SYR", "IMGMOSALQ")], FIELDS["dyad_root"]).tp == 0
