"""Training: catalogue, seats and the waiting list, attendance, outcomes, programme requirements."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desk.services.errors import PermissionDenied, ValidationError
from tests.factories import course_input, intake_input, make_user, session_input


@pytest.fixture
def desk(context):
    agent = context.for_actor(make_user(context, "agent"))
    manager = context.for_actor(make_user(context, "manager"))
    return context, agent, manager


def _cases(agent, count: int, programme_id=None) -> list[int]:
    done = []
    for i in range(count):
        intake = intake_input(family=f"Stagiaire{i:02d}", given="Test", phone=None)
        done.append(
            agent.intake.register_intake(
                replace(intake, return_info=replace(intake.return_info, programme_id=programme_id))
            ).case_id
        )
    return done


def test_catalogue_is_managed_by_managers(desk):
    context, agent, manager = desk
    course_id = manager.training.save_course(course_input())
    with pytest.raises(PermissionDenied):
        agent.training.save_course(course_input("CIVIC", "civic"))
    (view,) = agent.training.list_courses()
    assert (view.id, view.data.code, view.sessions) == (course_id, "GERME", 0)
    with pytest.raises(ValidationError) as err:
        manager.training.save_course(course_input(kind="astrology"))
    assert err.value.field == "kind"


def test_a_full_session_fills_its_waiting_list_and_a_cancellation_frees_a_seat(desk):
    context, agent, manager = desk
    session_id = manager.training.save_session(session_input(manager.training.save_course(course_input()), 3))
    cases = _cases(agent, 5)
    result = agent.training.enrol(session_id, cases)
    assert (len(result.enrolled), len(result.waiting)) == (3, 2)
    view = agent.training.get_session(session_id)
    assert (view.enrolled, view.waiting) == (3, 2)
    with pytest.raises(ValidationError, match="already enrolled"):
        agent.training.enrol(session_id, [cases[0]])
    roster = agent.training.roster(session_id)
    waiting = [line for line in roster if line.status == "waiting"]
    assert [line.waiting_rank for line in waiting] == [1, 2]
    seated = next(line for line in roster if line.status == "enrolled")
    promoted = agent.training.cancel_enrolment(seated.enrolment_id)
    assert promoted == waiting[0].case_number
    assert agent.training.get_session(session_id).waiting == 1


def test_enrolment_is_all_or_nothing(desk):
    context, agent, manager = desk
    session_id = manager.training.save_session(session_input(manager.training.save_course(course_input())))
    cases = _cases(agent, 3)
    agent.training.enrol(session_id, [cases[0]])
    with pytest.raises(ValidationError):
        agent.training.enrol(session_id, [cases[1], cases[0], cases[2]])
    assert agent.training.get_session(session_id).enrolled == 1


def test_attendance_and_outcomes(desk):
    context, agent, manager = desk
    session_id = manager.training.save_session(session_input(manager.training.save_course(course_input())))
    agent.training.enrol(session_id, _cases(agent, 3))
    lines = agent.training.roster(session_id)
    present = [lines[0].enrolment_id, lines[1].enrolment_id]
    agent.training.record_attendance(session_id, date(2026, 3, 2), present)
    agent.training.record_attendance(session_id, date(2026, 3, 3), present[:1])
    with pytest.raises(ValidationError, match="not a day of this session"):
        agent.training.record_attendance(session_id, date(2026, 3, 9), present)
    days = {line.enrolment_id: line.present_days for line in agent.training.roster(session_id)}
    assert days[present[0]] == (date(2026, 3, 2), date(2026, 3, 3)) and days[lines[2].enrolment_id] == ()
    number = agent.training.set_outcome(present[0], "completed")
    assert number and number.startswith(f"CERT-{date.today().year}-")
    assert agent.training.set_outcome(present[1], "dropped_out") is None
    with pytest.raises(ValidationError):
        agent.training.set_outcome(present[1], "graduated")


def test_a_course_with_enrolments_cannot_be_removed(desk):
    context, agent, manager = desk
    used = manager.training.save_course(course_input())
    unused = manager.training.save_course(course_input("CIVIC", "civic"))
    agent.training.enrol(manager.training.save_session(session_input(used)), _cases(agent, 1))
    with pytest.raises(ValidationError, match="deactivate|active"):
        manager.training.delete_course(used)
    manager.training.delete_course(unused)
    assert [c.data.code for c in manager.training.list_courses(include_inactive=True)] == ["GERME"]


def test_programme_requirements(desk):
    context, agent, manager = desk
    minjec = next(p for p in agent.reference.list_items("programmes") if p.code == "MINJEC-SUB")
    (case_id,) = _cases(agent, 1, programme_id=minjec.id)
    check = agent.training.requirements(case_id)
    assert not check.met and set(check.missing) == {"technical", "civic", "entrepreneurship"}
    for code, kind in (("GERME", "entrepreneurship"), ("CIVIC", "civic"), ("POULTRY", "technical")):
        course_id = manager.training.save_course(course_input(code, kind))
        session_id = manager.training.save_session(session_input(course_id))
        agent.training.enrol(session_id, [case_id])
        (line,) = agent.training.roster(session_id)
        agent.training.set_outcome(line.enrolment_id, "completed")
    assert agent.training.requirements(case_id).met


def test_bad_sessions(desk):
    context, agent, manager = desk
    course_id = manager.training.save_course(course_input())
    with pytest.raises(ValidationError) as err:
        manager.training.save_session(session_input(course_id, starts_on=date(2026, 3, 6), ends_on=date(2026, 3, 2)))
    assert err.value.field == "ends_on"
    with pytest.raises(ValidationError) as err:
        manager.training.save_session(session_input(course_id, capacity=0))
    assert err.value.field == "capacity"
    session_id = manager.training.save_session(session_input(course_id, capacity=2))
    agent.training.enrol(session_id, _cases(agent, 2))
    with pytest.raises(ValidationError, match="already have a seat"):
        manager.training.save_session(session_input(course_id, capacity=1), session_id)
