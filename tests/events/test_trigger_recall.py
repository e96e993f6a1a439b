"""Trigger recall and protest settings (issue 15 points 1 and 3, branch lex12): codebook
entries for buying companies, handing out aid, suspects giving themselves up, shutdowns and
blockades, and protest nouns that only set the time or topic of another act. Real parses
through the pipeline (slow)."""

import datetime as dt

import pytest

from tidings.events.lexicon import load_lexicon


def _codes(pipeline, text):
    from tidings.ingest import article_from_text

    (doc,) = list(pipeline.process([article_from_text(text, published=dt.date(2024, 3, 15), id="x")]))
    return sorted(
        (e.source.code or "", (e.target.code if e.target else None) or "", e.cameo)
        for e in doc.events
        if e.asserted
    )


def test_a_company_taken_over_is_no_military_takeover():
    lex = load_lexicon()
    first = lex.candidates("take", False)
    codes = {p.entry: p.code for p in first}
    assert codes["take over"] == "192"
    assert (
        codes[
            "take over company|firm|business|manufacturer|maker|producer|rival|chain|operator|bank|retailer|carrier|airline|brand|supplier|subsidiary"
        ]
        == "061"
    )
    order = [p.entry for p in first]
    assert order.index("take over") > min(i for i, e in enumerate(order) if e.startswith("take over company"))


@pytest.mark.slow
def test_codebook_entries_of_this_round(pipeline):
    # a suspect giving himself up to the authorities: yield (080)
    got = _codes(pipeline, "The Austrian suspect turned himself in to German police on Sunday.")
    assert ("AUTCRM", "DEUCOP", "080") in got
    # handing out masks and food kits: humanitarian aid (073)
    got = _codes(pipeline, "The Indian government gave masks and food kits to the villagers of Bihar.")
    assert ("INDGOV", "INDCVL", "073") in got
    # a government's shutdown of public services: administrative sanction (172)
    got = _codes(pipeline, "The government of Samoa began a two-day shutdown of public services.")
    assert ("WSMGOV", "WSMCVL", "172") in got
    # placing ports under a blockade (191)
    got = _codes(pipeline, "Saudi Arabia placed Yemen's Red Sea ports under a naval blockade.")
    assert [c for _, _, c in got] == ["191"]
    # buying a company is economic cooperation (061), not a seizure of territory (192)
    got = _codes(pipeline, "Germany's Siemens took over the French company Alstom in March.")
    assert got == [("DEUBUS", "FRABUS", "061")]
    # ratifying a treaty is signing a formal agreement (057)
    got = _codes(pipeline, "Turkey's parliament ratified the defence agreement with Libya on Saturday.")
    assert ("TURLEG", "LBYGOV", "057") in got


@pytest.mark.slow
def test_a_protest_that_only_sets_the_time_or_topic_is_no_event(pipeline):
    from tidings.events.precision import protest_setting

    got = _codes(pipeline, "Police in Minsk detained dozens of opposition supporters during a rally.")
    assert got == [("BLRCOP", "BLROPP", "173")]  # the rally is when, not what
    doc = pipeline.nlp("The Civil Human Rights Front had sent the police a plan for yesterday's march.")
    (march,) = [t for t in doc if t.lower_ == "march"]
    assert protest_setting(march, load_lexicon())  # the topic of a plan, a noun naming no act
    (call,) = [t for t in pipeline.nlp("The unions issued a call for protests.") if t.lower_ == "protests"]
    assert not protest_setting(call, load_lexicon())  # "a call for protests" names an act
    # the protest told as news stays
    got = _codes(pipeline, "Thousands of Belarusians rallied in Minsk against President Lukashenko.")
    assert ("BLRCVL", "BLRGOV", "141") in got


@pytest.mark.slow
def test_ultimatums_name_calling_and_denials_in_a_side_clause(pipeline):
    # giving someone until a day: an ultimatum (139)
    got = _codes(
        pipeline, "Hong Kong student groups had given the government until Thursday to withdraw the bill."
    )
    assert any(s == "HKGEDU" and c == "139" for s, _, c in got)
    # calling someone a fascist or a dictator is criticism (111)
    got = _codes(pipeline, "Turkey's president called the Dutch prime minister a fascist.")
    assert ("TURGOV", "NLDGOV", "111") in got
    # a denial told in a relative clause is still a denial (016, one-sided)
    got = _codes(
        pipeline, "Qawi was later accused by Pakistani police of inciting the murder, which he denied."
    )
    assert ("PAKCOP", "PAKCVL", "112") in got and ("PAKCVL", "", "016") in got


@pytest.mark.slow
def test_acknowledging_a_deal_is_no_admission(pipeline):
    got = _codes(
        pipeline, "The Hungarian defence group also acknowledged the deal with the Austrian government."
    )
    assert not any(c == "015" for _, _, c in got)
    got = _codes(pipeline, "Iran acknowledged that its military had shot down the Ukrainian airliner.")
    # the admission targets whom the admitted act struck (claims.admitted_act_targets)
    assert ("IRNGOV", "UKRGOV", "015") in got


@pytest.mark.slow
def test_an_announced_intent_or_refusal_is_stated_now(pipeline):
    # "said it would not grant the request": the refusal is made by saying so (122)
    got = _codes(
        pipeline,
        "The European Commission said it would not grant Turkey's request for extra assistance for refugees.",
    )
    assert ("IGOEUREEC", "TURGOV", "122") in got
    # "said it would accept mediation": accepting mediation is an intent already (038)
    got = _codes(pipeline, "Sudan's army said it would accept Saudi mediation to end the fighting.")
    assert ("SDNMIL", "SAUGOV", "038") in got


@pytest.mark.slow
def test_traded_accusations_and_threats_go_both_ways(pipeline):
    got = _codes(pipeline, "Iran and Saudi Arabia traded accusations over the attack.")
    assert ("IRNGOV", "SAUGOV", "1123") in got and ("SAUGOV", "IRNGOV", "1123") in got
    got = _codes(pipeline, "India and Pakistan exchanged threats after the attack in Kashmir.")
    assert {(s, t) for s, t, c in got if c.startswith("13")} == {("INDGOV", "PAKGOV"), ("PAKGOV", "INDGOV")}


def test_release_from_custody_and_investigations_performed(pipeline):
    # "release" alone is too broad (films, reports, funds); from prison, jail or custody it frees a person
    got = _codes(pipeline, "Kenyan police released the opposition leader from custody on Friday.")
    assert ("KENCOP", "KENOPP", "0841") in got
    # "perform" and "undertake" are light verbs like "conduct"
    got = _codes(
        pipeline, "The Justice Department was performing a criminal investigation of Ford Motor Company."
    )
    assert ("USAGOV", "USABUS", "091") in got
    assert _codes(pipeline, "The studio released the film in cinemas on Friday.") == []


def test_calling_a_deal_void_on_a_day_criticises_both_its_parties(pipeline):
    # "null and void" hangs on the object as a clause; "on Tuesday" is a time, not "called on X"
    got = _codes(
        pipeline,
        'The Greek prime minister called the Turkish-Libyan border agreement "null and void" on Tuesday.',
    )
    assert got == [("GRCGOV", "LBYGOV", "111"), ("GRCGOV", "TURGOV", "111")]
    # a hyphenated pair of nationalities names two countries; "US-led" names one
    assert _codes(pipeline, "Greece condemned the Turkish-Libyan maritime deal.") == [
        ("GRCGOV", "LBYGOV", "111"),
        ("GRCGOV", "TURGOV", "111"),
    ]
    assert _codes(pipeline, "Russia criticised the US-led coalition.") == [("RUSGOV", "USAGOV", "111")]
    # an appeal on someone still is one
    assert _codes(pipeline, "The United States called on Iran to release the sailors.") == [
        ("USAGOV", "IRNGOV", "0253")
    ]


@pytest.mark.slow
def test_disclosing_to_someone_and_releasing_a_person(pipeline):
    assert _codes(pipeline, "Iran revealed to the IAEA a secret enrichment site.") == [
        ("IRNGOV", "IGOUNOIAE", "064")
    ]
    assert _codes(pipeline, "The minister revealed the plan on Monday.") == []
    got = _codes(pipeline, "British police arrested the Polish man on Friday and released him on Sunday.")
    assert got == [("GBRCOP", "POLCRM", "0841"), ("GBRCOP", "POLCRM", "173")]
    assert _codes(pipeline, "The British band released her new album.") == []
