"""The reintegration plan: budget in integers, instalment split, versions, submission rules."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select, update

from desk.models.plan import Plan
from desk.services.errors import PermissionDenied, ValidationError
from desk.services.plan_service import PlanInput, PlanLineData
from tests.factories import intake_input, make_user, operator_input

SALON = PlanInput(
    plan_type="business",
    place="Bonamoussadi, Douala",
    description="Salon de coiffure",
    lines=(
        PlanLineData("equipment", "Fauteuils, séchoirs, miroirs", 1, 850_000),
        PlanLineData("raw_material", "Produits", 1, 300_000),
        PlanLineData("premises", "Loyer 3 mois", 3, 50_000),
    ),
    own_contribution=100_000,
    split=(70, 30),
)


@pytest.fixture
def desk(context):
    agent = context.for_actor(make_user(context, "agent"))
    manager = context.for_actor(make_user(context, "manager"))
    case_id = agent.intake.register_intake(intake_input()).case_id
    return context, agent, manager, case_id


def test_story_2_budget(desk):
    context, agent, manager, case_id = desk
    view = agent.plans.save(case_id, SALON)
    assert (view.total, view.requested, view.data.split, view.currency) == (1_300_000, 1_200_000, (70, 30), "XAF")
    assert view.version_no == 1 and view.status == "draft"


def test_submission_needs_an_operator_and_a_budget(desk):
    context, agent, manager, case_id = desk
    agent.plans.save(case_id, replace(SALON, lines=()))
    with pytest.raises(ValidationError, match="operator"):
        agent.plans.submit(case_id)
    op_id = manager.operators.save_operator(operator_input())
    manager.operators.designate(case_id, op_id)
    with pytest.raises(ValidationError, match="Budget"):
        agent.plans.submit(case_id)
    agent.plans.save(case_id, SALON)
    submitted = agent.plans.submit(case_id)
    assert submitted.status == "submitted" and submitted.submitted_at is not None
    assert agent.case_files.case_file(case_id).status == "plan_submitted"
    with pytest.raises(ValidationError, match="committee"):
        agent.plans.save(case_id, SALON)


def test_an_amended_plan_is_a_new_version(desk):
    context, agent, manager, case_id = desk
    first = agent.plans.save(case_id, SALON)
    with context.session_factory.begin() as s:  # the committee sent it back (the committee's own screens come later)
        s.execute(update(Plan).where(Plan.id == first.id).values(status="to_amend"))
    second = agent.plans.save(case_id, replace(SALON, lines=SALON.lines[:2]))
    assert (second.version_no, second.versions, second.total) == (2, 2, 1_150_000)
    with context.session_factory() as s:
        kept = s.get(Plan, first.id)
        assert kept is not None and not kept.current and kept.status == "to_amend"
        assert len(s.scalars(select(Plan).where(Plan.case_id == case_id)).all()) == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"split": (70, 20)}, "split"),
        ({"split": (100, 0)}, "split"),
        ({"lines": (PlanLineData("magic", "x", 1, 10),)}, "lines"),
        ({"lines": (PlanLineData("equipment", "", 1, 10),)}, "lines"),
        ({"lines": (PlanLineData("equipment", "x", 0, 10),)}, "lines"),
        ({"lines": (PlanLineData("equipment", "x", 1, -5),)}, "lines"),
        ({"plan_type": "lottery"}, "plan_type"),
        ({"own_contribution": -1}, "own_contribution"),
        ({"value_chain_id": 999_999}, "value_chain_id"),
    ],
)
def test_bad_plans_save_nothing(desk, changes, field):
    context, agent, manager, case_id = desk
    with pytest.raises(ValidationError) as err:
        agent.plans.save(case_id, replace(SALON, **changes))
    assert err.value.field == field
    assert agent.plans.current(case_id) is None


def test_finance_reads_but_does_not_write_plans(desk):
    context, agent, manager, case_id = desk
    agent.plans.save(case_id, SALON)
    finance = context.for_actor(make_user(context, "finance"))
    assert finance.plans.current(case_id).total == 1_300_000
    with pytest.raises(PermissionDenied):
        finance.plans.save(case_id, SALON)


def test_no_committee_without_consent(desk):
    context, agent, manager, case_id = desk
    manager.operators.designate(case_id, manager.operators.save_operator(operator_input()))
    agent.plans.save(case_id, SALON)
    agent.intake.withdraw_consent(agent.case_files.case_file(case_id).person_id, "ne veut plus")
    with pytest.raises(ValidationError, match="consent"):
        agent.plans.submit(case_id)
