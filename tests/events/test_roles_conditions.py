"""An offer, intent or threat made on a condition targets the condition's subject when it names
no one else ("would lift sanctions if Venezuela held free elections"; issue 15 point 2: roles)."""

import pytest

from tests.events.helpers import coded_events
from tidings.events.wordsets import CONDITIONED


def test_conditioned_roots_are_the_cooperative_and_coercive_families_not_statements():
    assert {"03", "13", "17"} <= CONDITIONED
    assert not {"01", "02", "09", "10", "11", "14", "16"} & CONDITIONED


@pytest.mark.slow
def test_an_intent_on_a_condition_targets_the_conditions_subject(pipeline):
    assert coded_events(
        pipeline, "The United States would lift sanctions if Venezuela held free elections."
    ) == [("0354", "USAGOV", "VENGOV")]


@pytest.mark.slow
def test_a_threat_on_a_condition_targets_whom_the_condition_names(pipeline):
    evs = coded_events(pipeline, "Russia threatened to attack if NATO troops did not leave.")
    assert [(c[:3], s, t) for c, s, t in evs] == [("138", "RUSGOV", "IGOWSTNAT")]


@pytest.mark.slow
def test_the_condition_may_hang_on_the_offered_verb(pipeline):
    # "offered" carries the event, "step down" its xcomp carries the condition
    assert coded_events(
        pipeline, "The president offered to step down if the opposition ended its protests."
    ) == [("0341", "GOV", "OPP")]


@pytest.mark.slow
def test_a_stated_target_wins_over_the_condition(pipeline):
    evs = coded_events(
        pipeline, "France threatened to impose sanctions on Mali unless the junta held elections."
    )
    assert [t for _, _, t in evs] == ["MLIGOV"], evs


@pytest.mark.slow
def test_an_intent_to_ease_a_domestic_measure_keeps_the_population_as_its_target(pipeline):
    # plain "eased restrictions" targets the country's people; the intent composed over it too
    assert coded_events(pipeline, "Cuba agreed to ease restrictions on internet access.") == [
        ("0351", "CUBGOV", "CUBCVL")
    ]
    assert coded_events(pipeline, "Sri Lanka refused to lift the curfew.") == [("1241", "LKAGOV", "LKACVL")]


@pytest.mark.slow
def test_whom_a_permission_admits_is_its_target_where_the_parser_made_it_a_clauses_subject(pipeline):
    assert coded_events(pipeline, "Iran will allow IAEA inspectors to return.") == [
        ("0355", "IRNGOV", "IGOUNOIAE")
    ]
    assert coded_events(pipeline, "Iran allowed UN inspectors back into the country.") == [
        ("0862", "IRNGOV", "IGOUNO")
    ]
