"""The gazetteer index: lookups, aliases, regions, and a load cheap enough for the CLI."""

from __future__ import annotations

from tidings.places.gazetteer import gazetteer, normalise


def _ids(name):
    return [e.geonameid for e, _ in gazetteer().lookup(name)]


def test_cities_countries_and_aliases():
    g = gazetteer()
    tehran = g.lookup("Tehran")[0][0]
    assert (tehran.geonameid, tehran.country, tehran.feature) == (112931, "IR", "P.PPLC")
    assert round(tehran.lat, 2) == 35.69 and round(tehran.lon, 2) == 51.42
    iran = g.country("IR")
    assert (iran.geonameid, iran.feature, iran.lat, iran.lon) == (130758, "A.PCLI", 32.0, 53.0)
    assert 1526273 in _ids("Astana")
    assert _ids("Kiev") == [703448]  # English exonym -> Kyiv
    assert _ids("U.S.") == [6252001] and _ids("Britain") == [2635167]
    assert _ids("Tehrān") == _ids("tehran")  # folded and case-insensitive


def test_regions_come_before_towns_of_the_same_name():
    g = gazetteer()
    kurd = g.lookup("the Kurdistan Region")[0][0]
    assert (kurd.name, kurd.country, kurd.feature) == ("Kurdistan Region", "IQ", "L.RGN")
    assert g.lookup("Kurdistan")[0][0].name == "Kurdistan Region"
    assert g.lookup("Caucasus")[0][0].feature == "L.RGN"
    asia = [e for e, _ in g.lookup("Asia") if e.feature == "L.CONT"]
    assert asia and asia[0].geonameid == 6255147


def test_admin1_rows_carry_names_and_coordinates():
    ca = [e for e, _ in gazetteer().lookup("California") if e.feature == "A.ADM1"][0]
    assert ca.geonameid == 5332921 and ca.country == "US"
    assert 32 < ca.lat < 42 and -125 < ca.lon < -114


def test_normalise():
    assert normalise("The  Gaza Strip") == "gaza strip"
    assert normalise("Côte d\u2019Ivoire") == "cote d'ivoire"


def test_index_loads_from_the_package():
    # load time is measured by `python -m tidings.places.speed --load` (docs), not asserted here
    gazetteer.cache_clear()
    assert gazetteer().lookup("Tehran")
