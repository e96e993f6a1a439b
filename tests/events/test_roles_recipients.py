"""A transfer (providing aid, pledging it, handing over suspects) targets whoever receives it,
not what is given (issue 15 point 2: roles)."""

import pytest

from tests.events.helpers import coded_events
from tidings.events.clauses import TRANSFER


def test_transfer_codes_are_the_codebooks_giving_families():
    assert {"07", "033", "063", "0313", "084"} == set(TRANSFER)
    assert "0332".startswith(TRANSFER) and "074".startswith(TRANSFER)
    assert not "043".startswith(TRANSFER) and not "0341".startswith(TRANSFER)


@pytest.mark.slow
def test_weapons_delivered_to_a_country_target_the_country_not_the_weapons(pipeline):
    # the tanks are coded the giver's military: they were the target before
    assert coded_events(
        pipeline, "The United States delivered the first Abrams tanks to Ukraine ahead of schedule."
    ) == [("072", "USAGOV", "UKRGOV")]


@pytest.mark.slow
def test_a_passive_transfer_targets_the_recipient_not_its_subject(pipeline):
    assert coded_events(
        pipeline, "Leopard 2 tanks were sent to Ukraine by Germany after months of hesitation."
    ) == [("072", "DEUGOV", "UKRGOV")]


@pytest.mark.slow
def test_a_pledge_to_deliver_targets_the_recipient_of_the_infinitive(pipeline):
    evs = coded_events(
        pipeline, "The Netherlands pledged to deliver F-16 fighter jets to Ukraine once pilots were trained."
    )
    assert evs == [("0332", "NLDGOV", "UKRGOV")]


@pytest.mark.slow
def test_a_return_targets_whom_it_is_handed_back_to(pipeline):
    # "to" hangs on the particle "back"; the persons or things returned are no target
    assert coded_events(
        pipeline,
        "The detained fishermen and their trawler were handed back to Japan by the Russian authorities on Friday.",
    ) == [("084", "RUSGOV", "JPNGOV")]
    assert coded_events(
        pipeline,
        "Twenty Benin Bronzes were handed back to Nigeria by the German government at a ceremony in Abuja.",
    ) == [("0842", "DEUGOV", "NGAGOV")]
