"""Committee day: the agenda of submitted plans, decisions with criteria and amounts, the synthesis by sector."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desk.services.errors import PermissionDenied, ValidationError
from tests.factories import intake_input, make_user, operator_input
from tests.unit.services.test_plans import SALON

GOOD = {"profitability": 4, "viability": 4, "relevance": 5, "feasibility": 3}


@pytest.fixture
def day(context):
    agent = context.for_actor(make_user(context, "agent"))
    manager = context.for_actor(make_user(context, "manager"))
    op_id = manager.operators.save_operator(operator_input())
    services = manager.reference.list_items("sectors")
    sector_id = next(s.id for s in services if s.code == "SERVICES")
    cases = []
    for i in range(3):
        case_id = agent.intake.register_intake(intake_input(family=f"Comite{i}", given="Test", phone=None)).case_id
        manager.operators.designate(case_id, op_id)
        agent.plans.save(case_id, replace(SALON, sector_id=sector_id))
        agent.plans.submit(case_id)
        cases.append(case_id)
    session_id = manager.committee.open_session(
        date(2026, 3, 12),
        "Yaoundé, salle du comité",
        ["MINJEC", "MINEFOP", "FNE", "Bailleur", "Opérateur A", "Opérateur B"],
    )
    return context, agent, manager, session_id, cases


def test_agenda_decisions_and_synthesis(day):
    context, agent, manager, session_id, cases = day
    agenda = manager.committee.agenda(session_id)
    assert [item.case_id for item in agenda] == cases and all(item.requested == 1_200_000 for item in agenda)
    first, second, third = agenda
    manager.committee.decide(session_id, first.plan_id, "approved", GOOD, 1_150_000, "un séchoir en moins")
    manager.committee.decide(session_id, second.plan_id, "to_amend", GOOD, comment="budget du local à revoir")
    manager.committee.decide(
        session_id, third.plan_id, "rejected", {**GOOD, "viability": 1}, comment="pas de clientèle"
    )
    (line,) = manager.committee.synthesis(session_id)
    assert (line.plans, line.requested, line.approved) == (3, 3_600_000, 1_150_000)
    assert agent.case_files.case_file(first.case_id).status == "approved"
    assert agent.plans.current(second.case_id).status == "to_amend"
    # Corrected while the session is open, then final once closed.
    manager.committee.decide(session_id, first.plan_id, "approved", GOOD, 1_200_000, "")
    assert manager.committee.agenda(session_id)[0].amount_approved == 1_200_000
    manager.committee.close_session(session_id)
    with pytest.raises(ValidationError, match="closed"):
        manager.committee.decide(session_id, first.plan_id, "rejected", GOOD, comment="trop tard")


@pytest.mark.parametrize(
    ("decision", "criteria", "amount", "comment", "field"),
    [
        ("approved", GOOD, 1_300_000, "", "amount"),  # more than requested
        ("approved", GOOD, 0, "", "amount"),
        ("approved", {"profitability": 4}, 1_000, "", "criteria"),
        ("approved", {**GOOD, "relevance": 6}, 1_000, "", "criteria"),
        ("rejected", GOOD, 0, "", "comment"),  # a refusal is explained to the person
        ("maybe", GOOD, 0, "x", "decision"),
    ],
)
def test_bad_decisions(day, decision, criteria, amount, comment, field):
    context, agent, manager, session_id, cases = day
    plan_id = manager.committee.agenda(session_id)[0].plan_id
    with pytest.raises(ValidationError) as err:
        manager.committee.decide(session_id, plan_id, decision, criteria, amount, comment)
    assert err.value.field == field
    assert manager.committee.agenda(session_id)[0].decision is None


def test_only_managers_run_the_committee(day):
    context, agent, manager, session_id, cases = day
    with pytest.raises(PermissionDenied):
        agent.committee.agenda(session_id)


def test_minutes_and_letters_print(day, tmp_path):
    import subprocess

    from desk.services.documents.committee_minutes import render_decision_letters, render_minutes

    context, agent, manager, session_id, cases = day
    first, second, _ = manager.committee.agenda(session_id)
    manager.committee.decide(session_id, first.plan_id, "approved", GOOD, 1_150_000, "")
    manager.committee.decide(session_id, second.plan_id, "postponed", GOOD, comment="pièces manquantes")
    meeting = next(s for s in manager.committee.sessions() if s.id == session_id)
    agenda = manager.committee.agenda(session_id)
    minutes = tmp_path / "minutes.pdf"
    minutes.write_bytes(render_minutes(meeting, agenda, manager.committee.synthesis(session_id), "Guichet test"))
    letters = tmp_path / "letters.pdf"
    letters.write_bytes(render_decision_letters(meeting, agenda, "Guichet test", "Joseph Tchoupo"))
    text = subprocess.run(["pdftotext", "-layout", str(minutes), "-"], capture_output=True, text=True).stdout
    assert first.case_number in text and second.case_number in text and "MINEFOP" in text
    pages = subprocess.run(["pdftotext", str(letters), "-"], capture_output=True, text=True).stdout.count("\f")
    assert pages == 2  # one letter per decided plan


def test_a_plan_to_amend_comes_back_with_the_remarks_and_a_new_version(day):
    context, agent, manager, session_id, cases = day
    item = manager.committee.agenda(session_id)[0]
    manager.committee.decide(session_id, item.plan_id, "to_amend", GOOD, comment="réduire le loyer")
    plan = agent.plans.current(item.case_id)
    assert (plan.status, plan.remarks) == ("to_amend", "réduire le loyer")
    amended = agent.plans.save(item.case_id, replace(SALON, lines=SALON.lines[:2]))
    assert (amended.version_no, amended.status, amended.remarks) == (2, "draft", "")
