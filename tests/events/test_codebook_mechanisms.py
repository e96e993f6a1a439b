"""General mechanisms found with the codebook-wide sentence suite, through the real pipeline."""

import datetime as dt

import pytest

pytestmark = pytest.mark.slow


def _events(pipeline, text):
    from tidings.ingest import article_from_text

    (doc,) = list(pipeline.process([article_from_text(text, published=dt.date(2024, 3, 15), id="x")]))
    return [e for e in doc.events if not e.negated and e.modality in ("asserted", "future")]


def _dyads(pipeline, text):
    return sorted(
        (
            (e.source.code or "", (e.target.code if e.target else None) or "", e.cameo)
            for e in _events(pipeline, text)
        ),
    )


def test_a_country_acting_is_its_government_or_its_forces(pipeline):
    got = _dyads(pipeline, "Iran rejected Washington's accusation that it had supplied drones to Russia.")
    assert ("IRNGOV", "USAGOV", "016") in got
    (mass,) = _events(pipeline, "Russia massed more than 100,000 troops near Ukraine's borders.")
    assert mass.source.code == "RUSMIL" and mass.cameo == "154"
    (freed,) = _events(pipeline, "Five Americans detained in Iran were freed by Tehran under a deal.")
    assert (freed.source.code, freed.target.code, freed.cameo) == ("IRNGOV", "USACVL", "0841")


def test_family_subcode_from_what_is_asked_or_refused(pipeline):
    text = "The African Union's commitment to keep peacekeepers in Somalia reassured Mogadishu."
    (intent,) = _events(pipeline, text)
    assert (intent.source.code, intent.cameo) == ("IGOAFRAFU", "0334")
    recoded = intent.evidence["recoded"]
    assert recoded["from"] == "030" and "peacekeeper" in recoded["why"]


def test_control_nouns(pipeline):
    got = _dyads(pipeline, "China's refusal to release the two detained Canadians deepened the rift.")
    assert {(s, c) for s, _, c in got} == {("CHNGOV", "1243")}
    got = _dyads(pipeline, "Germany's call on Poland to rethink its ban on grain imports drew a sharp reply.")
    assert ("DEUGOV", "POLGOV", "0242") in got


def test_mediation_between_and_symmetric_partners(pipeline):
    got = _dyads(pipeline, "Qatar mediated between Israel and Hamas to secure a pause in the fighting.")
    assert got == [("QATGOV", "ISRGOV", "045"), ("QATGOV", "PSEREB", "045")]
    text = "Israel and the United Arab Emirates signed a normalisation agreement at the White House."
    assert _dyads(pipeline, text) == [("ISRGOV", "AREGOV", "057")]


def test_reported_arrest_and_protest_subcode(pipeline, partial_events):
    got = _dyads(pipeline, "Police said five protesters were detained in Minsk on Sunday.")
    assert got == [("BLRCOP", "BLROPP", "173")]
    text = "Huge crowds marched through Minsk demanding the resignation of President Alexander Lukashenko."
    march = [e for e in _events(pipeline, text) if e.cameo[:2] == "14"]
    assert [(e.source.code, e.cameo) for e in march] == [("---CVL", "1411")]
