"""The needs assessment: scoring per dimension, rules, sensitive answers, comparison over time, and the versions of
the questionnaire the administrator saves (old answers keep their old version)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk.i18n import set_language
from desk.services.assessment_service import AssessmentInput, instrument, score
from desk.services.errors import Conflict, PermissionDenied, ValidationError
from desk.services.instrument import InstrumentDraft, draft_of, next_definition, parse, shipped_definition
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


# One person's answers, scored by hand with version 1 (weights as shipped) and with the version 2 below.
MIXED = {
    "ECO-SAT": "4",  # 0.75
    "ECO-FOOD": "sometimes",  # 0.5
    "ECO-DEBT": "yes",  # 0
    "ECO-WORK": "yes",  # 1
    "ECO-ASSETS": "no",  # 0
    "SOC-HOUSING": "3",  # 0.5
    "SOC-SCHOOL": "yes",  # 1
    "SOC-JUSTICE": "limited",  # 0.5
    "SOC-DOCS": "no",  # 0
    "SOC-SERVICES": "good",  # 1
    "PSY-PARTICIPATION": "yes",  # 1
    "PSY-SUPPORT": "no",  # 0
    "PSY-BELONGING": "never",  # 1
    "PSY-SAFETY": "often",  # 0
    "PSY-DISTRESS": "sometimes",  # 0.5
}
V2_ECONOMIC = {"ECO-SAT": 0.2, "ECO-FOOD": 0.1, "ECO-DEBT": 0.2, "ECO-WORK": 0.4, "ECO-ASSETS": 0.1}
V2_DIMENSIONS = {"economic": 0.4, "social": 0.3, "psychosocial": 0.3}


def edited(draft: InstrumentDraft, weights: dict[str, float], dims: dict[str, float] | None = None, **texts):
    """The draft with some item weights, dimension weights and English wordings changed."""
    return replace(
        draft,
        dimensions=tuple(
            replace(
                dim,
                weight=(dims or {}).get(dim.code, dim.weight),
                items=tuple(
                    replace(
                        item,
                        weight=weights.get(item.code, item.weight),
                        text_en=texts.get(item.code.replace("-", "_"), item.text_en),
                    )
                    for item in dim.items
                ),
            )
            for dim in draft.dimensions
        ),
    )


def test_hand_computed_scores_with_version_1():
    # economic (1*0.75 + 1*0.5 + 1*0 + 1.5*1 + 0.5*0) / 5 = 0.55; social (0.5 + 1 + 0.5*0.5 + 0 + 1) / 4.5 = 0.61;
    # psychosocial (1 + 0 + 1 + 0 + 1.5*0.5) / 5.5 = 0.5; composite 0.34*0.55 + 0.33*0.61 + 0.33*0.5 = 0.5533
    assert score(MIXED, instrument()) == ({"economic": 0.55, "social": 0.61, "psychosocial": 0.5}, 0.55)


def test_the_draft_shows_weights_as_shares_of_their_dimension():
    draft = draft_of(shipped_definition())
    assert draft.version == 1
    weights = {item.code: item.weight for dim in draft.dimensions for item in dim.items}
    assert [weights[c] for c in ("ECO-SAT", "ECO-FOOD", "ECO-DEBT", "ECO-WORK", "ECO-ASSETS")] == [
        0.2,
        0.2,
        0.2,
        0.3,
        0.1,
    ]
    # 1 / 4.5 and 1.5 / 5.5 do not fall on 3 decimals: the largest remainders take the last thousandths.
    assert [weights[c] for c in ("SOC-HOUSING", "SOC-SCHOOL", "SOC-JUSTICE", "SOC-DOCS", "SOC-SERVICES")] == [
        0.223,
        0.222,
        0.111,
        0.222,
        0.222,
    ]
    for dim in draft.dimensions:
        assert round(sum(item.weight for item in dim.items), 3) == 1.0
    assert [d.weight for d in draft.dimensions] == [0.34, 0.33, 0.33]


def test_hand_computed_scores_with_a_changed_version():
    v2 = parse(
        next_definition(shipped_definition(), edited(draft_of(shipped_definition()), V2_ECONOMIC, V2_DIMENSIONS))
    )
    assert v2.version == 2
    # economic 0.2*0.75 + 0.1*0.5 + 0.2*0 + 0.4*1 + 0.1*0 = 0.6; social (shares kept)
    # 0.223*0.5 + 0.222*1 + 0.111*0.5 + 0 + 0.222*1 = 0.611; psychosocial 0.182 + 0 + 0.182 + 0 + 0.272*0.5 = 0.5;
    # composite 0.4*0.6 + 0.3*0.61 + 0.3*0.5 = 0.573
    assert score(MIXED, v2) == ({"economic": 0.6, "social": 0.61, "psychosocial": 0.5}, 0.57)
    # Unanswered questions in the new version: DEBT and ASSETS left out, (0.15 + 0.05 + 0.4) / 0.7 = 0.857
    partial = {k: v for k, v in MIXED.items() if k not in ("ECO-DEBT", "ECO-ASSETS")}
    assert score(partial, v2)[0]["economic"] == 0.86
    assert score(MIXED, instrument())[0]["economic"] == 0.55  # version 1 is unchanged


@pytest.mark.parametrize(
    ("weights", "dims", "field", "message"),
    [
        (
            {"ECO-WORK": 0.2},
            None,
            "economic",
            "Weights of the dimension “Economic” add up to 0.9; they must add up to 1.",
        ),
        (
            {"PSY-DISTRESS": 0.5},
            None,
            "psychosocial",
            "Weights of the dimension “Psychosocial” add up to 1.228; they must add up to 1.",
        ),
        (
            {},
            {"economic": 0.5},
            "dimensions",
            "The weights of the dimensions add up to 1.16; they must add up to 1.",
        ),
        ({"ECO-WORK": -0.1, "ECO-SAT": 0.6}, None, "economic", "from 0 to 1"),
    ],
)
def test_weights_that_do_not_add_up_to_1_are_refused_naming_the_dimension(weights, dims, field, message):
    draft = edited(draft_of(shipped_definition()), weights, dims)
    with pytest.raises(ValidationError) as err:
        next_definition(shipped_definition(), draft)
    assert err.value.field == field and message in err.value.message


def test_the_refusal_is_translated():
    draft = edited(draft_of(shipped_definition()), {"ECO-WORK": 0.2})
    set_language("fr")
    try:
        with pytest.raises(ValidationError) as err:
            next_definition(shipped_definition(), edited(draft_of(shipped_definition()), {"ECO-WORK": 0.2}))
    finally:
        set_language("en")
    assert "« Économique »" in err.value.message or "“Économique”" in err.value.message
    assert "0,9" in err.value.message and "Economic" not in err.value.message
    assert draft.dimensions[0].label() == "Economic"


def test_admin_saves_a_new_version_and_old_assessments_keep_theirs(context):
    agent = context.for_actor(make_user(context, "agent"))
    admin = context.for_actor(make_user(context, "admin"))
    first = agent.intake.register_intake(intake_input(family="Ancienne", given="Version")).case_id
    old_id = agent.assessments.record(first, AssessmentInput(MIXED))
    draft = admin.assessments.instrument_draft()
    assert draft.version == 1
    v2 = edited(draft, V2_ECONOMIC, V2_DIMENSIONS, ECO_WORK="Has paid work or a regular income")
    assert admin.assessments.save_instrument(v2, "le travail pèse plus") == 2
    versions = admin.assessments.instrument_versions()
    assert [(v.number, v.note) for v in versions] == [(2, "le travail pèse plus"), (1, "Shipped with Guichet")]
    assert versions[0].saved_by and versions[0].saved_at is not None
    # New assessments use the latest version; the old one keeps its version, wording and scores.
    assert agent.assessments.instrument().version == 2
    agent.assessments.record(first, AssessmentInput(MIXED, kind="followup"))
    latest, baseline = agent.assessments.history(first)
    assert (baseline.id, baseline.instrument_version, baseline.instrument) == (old_id, 1, "RSI v1")
    assert (baseline.scores["economic"], baseline.composite) == (0.55, 0.55)
    assert (latest.instrument_version, latest.scores["economic"], latest.composite) == (2, 0.6, 0.57)
    assert latest.dimensions == (("economic", "Economic"), ("social", "Social"), ("psychosocial", "Psychosocial"))
    old = agent.assessments.questionnaire(old_id)
    assert old.instrument.version == 1 and (old.scores, old.composite) == (baseline.scores, 0.55)
    work = next(q for q in old.questions if q.code == "ECO-WORK")
    assert (work.question, work.answer, work.value, work.weight) == ("Has work or a regular income", "Yes", 1.0, 1.5)
    new = agent.assessments.questionnaire(latest.id)
    assert "Has paid work or a regular income" in [q.question for q in new.questions]
    assert agent.assessments.instrument_version("RSI", 1).items[3].weight == 1.5  # version 1 never changed
    # A third version is based on the second.
    v3 = edited(admin.assessments.instrument_draft(), {"ECO-SAT": 0.3, "ECO-FOOD": 0.0})
    assert admin.assessments.save_instrument(v3) == 3
    assert agent.assessments.instrument_version("RSI", 2).items[0].weight == 0.2


def test_saving_the_instrument_is_for_the_administrator_and_checked(context):
    agent = context.for_actor(make_user(context, "agent"))
    admin = context.for_actor(make_user(context, "admin"))
    with pytest.raises(PermissionDenied):
        agent.assessments.instrument_draft()
    draft = admin.assessments.instrument_draft()
    with pytest.raises(PermissionDenied):
        agent.assessments.save_instrument(edited(draft, {"ECO-WORK": 0.4, "ECO-SAT": 0.1}))
    with pytest.raises(ValidationError, match="“Economic” add up to 0.9"):
        admin.assessments.save_instrument(edited(draft, {"ECO-WORK": 0.2}))
    with pytest.raises(ValidationError, match="Nothing was changed"):
        admin.assessments.save_instrument(draft)
    with pytest.raises(ValidationError, match="required") as err:
        admin.assessments.save_instrument(edited(draft, {}, ECO_SAT="  "))
    assert err.value.field == "ECO-SAT"
    assert [v.number for v in admin.assessments.instrument_versions()] == [1]  # nothing saved
    admin.assessments.save_instrument(edited(draft, {"ECO-WORK": 0.4, "ECO-SAT": 0.1}))
    # A second administrator working from version 1 is told, not silently overwritten.
    with pytest.raises(Conflict):
        admin.assessments.save_instrument(edited(draft, {"ECO-WORK": 0.5, "ECO-SAT": 0.0}))
    assert [v.number for v in admin.assessments.instrument_versions()] == [2, 1]
