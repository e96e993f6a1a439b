from tidings.actors.codes import join_code, parse_code


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
