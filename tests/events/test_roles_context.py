"""Parties of events whose root is right (issue 15, point 2): coordinated nationalities the
actors stage coded as one actor, meetings hosted by one member of a group."""

import datetime as dt

import pytest

from tidings.events.groups import hosted
from tidings.model import Party


def _p(code: str) -> Party:
    return Party(text=code, code=code + "GOV", country=code, sectors=["GOV"])


def test_a_group_meeting_in_a_members_country_is_that_hosts_meeting_with_each_visitor():
    egy, grc, cyp = _p("EGY"), _p("GRC"), _p("CYP")
    pairs = [(grc, egy), (grc, cyp), (egy, cyp)]
    assert [(a.country, b.country) for a, b in hosted(pairs, "040", "EGY")] == [
        ("EGY", "GRC"),
        ("EGY", "CYP"),
    ]
    assert hosted(pairs, "040", "QAT") == pairs  # a third country: each pair meets there (044)
    assert hosted(pairs, "057", "EGY") == pairs  # only meetings


def _events(pipeline, text):
    from tidings.ingest import article_from_text

    (doc,) = list(pipeline.process([article_from_text(text, published=dt.date(2020, 1, 10), id="x")]))
    # a null source (an act by no one named) sorts first
    return sorted(
        ((e.source.code, e.target.code if e.target else None, e.cameo) for e in doc.events),
        key=lambda k: tuple(x or "" for x in k),
    )


@pytest.mark.slow
def test_coordinated_nationalities_of_one_role_are_one_party_each(pipeline):
    text = (
        "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts "
        "gathered in Cairo on Wednesday to discuss the crisis."
    )
    assert _events(pipeline, text) == [
        ("EGYGOV", "CYPGOV", "043"),
        ("EGYGOV", "FRAGOV", "043"),
        ("EGYGOV", "GRCGOV", "043"),
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # two persons of one code are two actors: the target stays
        (
            "US President Donald Trump praised Secretary of State Mike Pompeo on Tuesday.",
            ("USAGOV", "USAGOV", "051"),
        ),
        (
            "Afghan President Ashraf Ghani criticized Afghan Chief Executive Abdullah Abdullah.",
            ("AFGGOV", "AFGGOV", "111"),
        ),
    ],
)
def test_a_target_of_the_sources_code_that_is_another_actor_stays(pipeline, text, expected):
    assert expected in _events(pipeline, text)


@pytest.mark.slow
def test_the_network_is_the_organisation_named_before(nlp):
    from tidings import actors
    from tidings.events.parties import Parties

    doc = nlp(
        "The US television network CNN aired the interview on Monday. President Donald Trump accused the network of bias."
    )
    net = next(t for t in doc if t.lower_ == "network" and t.i > 10)
    assert actors.party_for(doc, net.i, net.i + 1) is None  # the actors stage leaves it uncoded
    p = Parties(doc).party(net)
    assert (p.text, p.code) == ("the network", "USAMED")
    # a state body named before is not what "the network" stands for
    doc = nlp("The Philippine Senate met on Monday. The president accused the network of swindling.")
    net = next(t for t in doc if t.lower_ == "network")
    assert Parties(doc).party(net) is None or Parties(doc).party(net).code is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # a rejection of an act targets the act's author (an earlier event), like a reaction
        (
            "British police asked for the diplomat's immunity to be waived on Monday. The US embassy declined the request.",
            ("USAGOV", "GBRCOP", "120"),
        ),
        (
            "Greece proposed new talks on the border. Turkey rejected the proposal on Friday.",
            ("TURGOV", "GRCGOV", "120"),
        ),
        # an admission targets whom the act its clause tells struck
        (
            "Iran acknowledged that its military had shot down a Ukrainian passenger jet.",
            ("IRNGOV", "UKRMIL", "015"),
        ),
    ],
)
def test_rejections_and_admissions_target_the_act_they_are_about(pipeline, text, expected):
    assert expected in _events(pipeline, text)


@pytest.mark.slow
def test_who_is_disappointed_by_an_act_is_the_source(pipeline):
    text = "The United States was disappointed by the Iraqi parliament's decision."
    assert _events(pipeline, text) == [("USAGOV", "IRQLEG", "110")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        # an appeal or demand for an act is made of whoever is to do it
        (
            "French President Emmanuel Macron called for G7 action on the wildfires.",
            ("FRAGOV", "IGOGOS", "020"),
        ),
        ("Germany demanded the release of the journalist by Russia.", ("DEUGOV", "RUSGOV", "1053")),
    ],
)
def test_an_appeal_for_an_act_targets_its_author(pipeline, text, expected):
    assert expected in _events(pipeline, text)


@pytest.mark.slow
def test_she_in_a_clause_a_person_reports_is_that_person(nlp):
    from tidings import actors
    from tidings.events.parties import Parties

    doc = nlp(
        "Yesterday, the United Kingdom's Queen Elizabeth II announced she will comply with the request "
        "of Prime Minister Boris Johnson to suspend Parliament."
    )
    she = next(t for t in doc if t.lower_ == "she")
    unresolved = actors.party_for(doc, she.i, she.i + 1)
    assert unresolved is None or not (unresolved.code or unresolved.country)
    p = Parties(doc).party(she)
    assert (p.text, p.code) == ("she", "GBRGOV")


@pytest.mark.slow
def test_a_claim_naming_no_act_is_of_the_storys_latest_act_of_force_however_far_back(pipeline):
    filler = " ".join(
        ["The cathedral is old.", "It was built in 1920.", "Many people visit it.", "The town is small."]
        + [
            "It lies on an island.",
            "Fishing is common there.",
            "The roads are narrow.",
            "The market is busy.",
        ]
        + ["Schools were closed."]
    )
    text = f"Twin bombings struck the Jolo Cathedral in the Philippines on Sunday. {filler} The Islamic State subsequently claimed responsibility."
    assert ("IMGMOSISI", "PHLREL", "015") in _events(pipeline, text)


@pytest.mark.slow
def test_who_joins_the_talks_visits_their_host(pipeline):
    text = (
        "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts "
        "gathered in Cairo on Wednesday to discuss the crisis. "
        "The Italian foreign minister, Luigi Di Maio, joined the talks as an observer."
    )
    assert ("ITAGOV", "EGYGOV", "042") in _events(pipeline, text)


@pytest.mark.slow
def test_the_move_criticized_sentences_later_is_the_leads_act(pipeline):
    text = (
        "Turkish President Recep Tayyip Erdogan pledged on Wednesday to convert Hagia Sophia into a mosque. "
        "The building is a museum. It was a church for centuries. Tourists visit it every day. "
        "On Thursday the United States criticized the move."
    )
    assert ("USAGOV", "TURGOV", "111") in _events(pipeline, text)
