"""The needs assessment: scoring per dimension, rules, sensitive answers, comparison over time."""

from __future__ import annotations

import pytest

from desk.services.assessment_service import AssessmentInput, instrument, score
from desk.services.errors import PermissionDenied, ValidationError
from tests.factories import intake_input, make_user


def answers(value_index: int) -> dict[str, str]:
    """The same rank of answer everywhere: 0 = worst option of each item, -1 = best."""
    result = {}
    for item in instrument().items:
        ordered = sorted(item.options, key=lambda option: option[2])
        result[item.code] = ordered[value_index][0]
    return result


def test_scores_are_weighted_means_between_0_and_1():
    inst = instrument()
    assert inst.provisional and {d for d, _, _ in inst.dimensions} == {"economic", "social", "psychosocial"}
    low, composite_low = score(answers(0), inst)
    high, composite_high = score(answers(-1), inst)
    assert low == {"economic": 0.0, "social": 0.0, "psychosocial": 0.0} and composite_low == 0.0
    assert high == {"economic": 1.0, "social": 1.0, "psychosocial": 1.0} and composite_high == 1.0
    mixed = answers(0) | {"ECO-WORK": "yes"}  # weight 1.5 of 5 in the economic dimension
    scores, _ = score(mixed, inst)
    assert scores["economic"] == 0.3


def test_unanswered_questions_are_left_out_and_the_weights_re_normalised():
    partial = answers(0) | {"ECO-WORK": "yes"}
    del partial["ECO-SAT"], partial["ECO-FOOD"]  # left: DEBT 1.0 (0), WORK 1.5 (1), ASSETS 0.5 (0) -> 1.5 / 3.0
    scores, _ = score(partial, instrument())
    assert scores["economic"] == 0.5


def test_a_part_with_no_answer_at_all_is_named():
    partial = {code: value for code, value in answers(-1).items() if not code.startswith("PSY-")}
    with pytest.raises(ValidationError) as err:
        score(partial, instrument())
    assert err.value.field == "PSY-PARTICIPATION" and "Psychosocial" in err.value.message


def test_record_then_compare_baseline_and_follow_up(context):
    agent = context.for_actor(make_user(context, "agent"))
    done = agent.intake.register_intake(intake_input())
    agent.assessments.record(
        done.case_id,
        AssessmentInput(
            answers(0),
            {"motivation": (4, "très motivée"), "experience": (3, "coiffeuse 5 ans")},
            ("business",),
            ("psychosocial_support",),
            "Dort mal depuis la Libye",
        ),
    )
    assert agent.case_files.case_file(done.case_id).status == "assessed"
    agent.assessments.record(done.case_id, AssessmentInput(answers(-1), kind="followup"))
    latest, baseline = agent.assessments.history(done.case_id)
    assert (baseline.composite, latest.composite) == (0.0, 1.0)
    assert baseline.factors["motivation"] == (4, "très motivée") and baseline.needs == ("psychosocial_support",)
    assert baseline.answers is not None and baseline.notes == "Dort mal depuis la Libye"
    finance = context.for_actor(make_user(context, "finance"))
    hidden = finance.assessments.history(done.case_id)[1]
    assert hidden.scores == baseline.scores and hidden.answers is None and hidden.notes is None
    with pytest.raises(PermissionDenied):
        finance.assessments.record(done.case_id, AssessmentInput(answers(0)))


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (AssessmentInput(answers(0), factors={"motivation": (9, "")}), "motivation"),
        (AssessmentInput(answers(0), aid_levels=("charity",)), "aid_levels"),
        (AssessmentInput(answers(0) | {"ECO-SAT": "42"}), "ECO-SAT"),
    ],
)
def test_bad_assessments_save_nothing(context, data, field):
    agent = context.for_actor(make_user(context, "agent"))
    done = agent.intake.register_intake(intake_input())
    with pytest.raises(ValidationError) as err:
        agent.assessments.record(done.case_id, data)
    assert err.value.field == field
    assert agent.assessments.history(done.case_id) == []
