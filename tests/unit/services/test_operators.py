"""Operators directory and designation: rules, history, loads, bulk, permissions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desk.models.operator import Designation
from desk.services.errors import Conflict, PermissionDenied, ValidationError
from tests.factories import intake_input, make_user, operator_input


@pytest.fixture
def desk(context):
    agent = context.for_actor(make_user(context, "agent"))
    manager = context.for_actor(make_user(context, "manager"))
    regions = {r.code: r.id for r in agent.reference.list_items("regions")}
    departments = {d.code: d.id for d in agent.reference.list_items("departments")}
    return context, agent, manager, regions, departments


def _walk_in(agent, regions, departments, family, department="WOU", region="LT", trade="coiffeuse"):
    from dataclasses import replace

    intake = intake_input(family=family, given="Test", phone=None)
    identity = replace(
        intake.identity, region_id=regions[region], department_id=departments[department], occupation_before=trade
    )
    return agent.intake.register_intake(replace(intake, identity=identity))


def test_directory_is_edited_by_managers_and_read_by_everyone(desk):
    context, agent, manager, *_ = desk
    op_id = manager.operators.save_operator(operator_input())
    with pytest.raises(PermissionDenied):
        agent.operators.save_operator(operator_input("Another"))
    (view,) = agent.operators.list_operators()
    assert (view.id, view.data.name, view.load, view.eligible) == (op_id, "Entreprendre Ensemble", 0, True)
    manager.operators.save_operator(operator_input(capacity=12), op_id, view.version)
    with pytest.raises(Conflict):
        manager.operators.save_operator(operator_input(capacity=40), op_id, view.version)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"kind": "mafia"}, "kind"),
        ({"capacity": -1}, "capacity"),
        ({"departments": ("NOWHERE",)}, "departments"),
        ({"aid_levels": ("magic",)}, "aid_levels"),
        ({"agreement_start": date(2026, 5, 1), "agreement_end": date(2026, 1, 1)}, "agreement_end"),
    ],
)
def test_bad_operator_input(desk, changes, field):
    _, _, manager, *_ = desk
    with pytest.raises(ValidationError) as err:
        manager.operators.save_operator(operator_input(**changes))
    assert err.value.field == field
    assert manager.operators.list_operators() == []


def test_designation_queue_suggestions_and_history(desk):
    context, agent, manager, regions, departments = desk
    douala = manager.operators.save_operator(operator_input())
    yaounde = manager.operators.save_operator(
        operator_input("Yaoundé Agro", regions=("CE",), departments=("MFO",), sectors=("AGRI",))
    )
    done = _walk_in(agent, regions, departments, "Ngono")
    waiting = manager.operators.waiting_cases()
    assert [w.case_number for w in waiting] == [done.case_number]
    ranked = manager.operators.suggest(done.case_id)
    assert [s.operator_id for s in ranked] == [douala, yaounde]
    assert "covers Douala (Wouri)" in ranked[0].reasons
    manager.operators.designate(done.case_id, douala)
    assert manager.operators.waiting_cases() == []
    assert agent.case_files.case_file(done.case_id).status == "operator_designated"
    with pytest.raises(ValidationError, match="reassignment"):
        manager.operators.designate(done.case_id, yaounde)  # a reassignment needs a reason
    manager.operators.designate(done.case_id, yaounde, "moved to Yaoundé")
    history = manager.operators.history(done.case_id)
    assert [h.operator for h in history] == ["Yaoundé Agro", "Entreprendre Ensemble"]
    assert history[1].ended_at is not None and history[1].ended_reason == "moved to Yaoundé"
    loads = {v.data.name: v.load for v in manager.operators.list_operators()}
    assert loads == {"Entreprendre Ensemble": 0, "Yaoundé Agro": 1}
    with pytest.raises(PermissionDenied):
        agent.operators.designate(done.case_id, douala, "agents do not designate")


def test_capacity_needs_an_explicit_override(desk):
    context, agent, manager, regions, departments = desk
    small = manager.operators.save_operator(operator_input(capacity=1))
    first = _walk_in(agent, regions, departments, "Un")
    second = _walk_in(agent, regions, departments, "Deux")
    manager.operators.designate(first.case_id, small)
    assert manager.operators.suggest(second.case_id)[0].at_capacity
    with pytest.raises(ValidationError, match="at capacity"):
        manager.operators.designate(second.case_id, small)
    manager.operators.designate(second.case_id, small, override_capacity=True)
    with context.session_factory() as s:
        assert [d.over_capacity for d in s.scalars(select(Designation).order_by(Designation.id))] == [False, True]


def test_inactive_or_expired_operators_cannot_be_designated(desk):
    context, agent, manager, regions, departments = desk
    expired = manager.operators.save_operator(operator_input(agreement_end=date.today() - timedelta(days=1)))
    inactive = manager.operators.save_operator(operator_input("Dormant", active=False))
    done = _walk_in(agent, regions, departments, "Ngono")
    for operator_id, why in ((expired, "agreement expired"), (inactive, "inactive")):
        with pytest.raises(ValidationError, match=why):
            manager.operators.designate(done.case_id, operator_id, override_capacity=True)


def test_bulk_designation_to_the_best_operator_with_room_all_or_nothing(desk):
    context, agent, manager, regions, departments = desk
    douala = manager.operators.save_operator(operator_input(capacity=2))
    manager.operators.save_operator(operator_input("Littoral Conseil", departments=(), sectors=(), capacity=5))
    cases = [_walk_in(agent, regions, departments, f"Charter{i}") for i in range(4)]
    result = manager.operators.designate_many([c.case_id for c in cases], "charter of 14/03")
    by_operator = [name for _, name in result.designated]
    assert by_operator == ["Entreprendre Ensemble", "Entreprendre Ensemble", "Littoral Conseil", "Littoral Conseil"]
    assert manager.operators.waiting_cases() == []
    # The chosen operator is full: nothing of the second batch is designated.
    far = _walk_in(agent, regions, departments, "Far", department="DIA", region="EN")
    near = _walk_in(agent, regions, departments, "Near")
    with pytest.raises(ValidationError):
        manager.operators.designate_many([near.case_id, far.case_id], "second batch", operator_id=douala)
    assert {w.case_number for w in manager.operators.waiting_cases()} == {far.case_number, near.case_number}


def test_caseload_by_stage(desk):
    context, agent, manager, regions, departments = desk
    op_id = manager.operators.save_operator(operator_input())
    cases = [_walk_in(agent, regions, departments, f"Charge{i}") for i in range(3)]
    manager.operators.designate_many([c.case_id for c in cases], "lot", operator_id=op_id)
    load = manager.operators.caseload(op_id)
    assert (load.operator, load.load, load.approved_plans) == ("Entreprendre Ensemble", 3, 0)
    assert load.by_status == (("operator_designated", 3),)
    assert [c[0] for c in load.cases] == sorted(c.case_number for c in cases)
    assert agent.operators.caseload(op_id).load == 3  # everyone may read it
