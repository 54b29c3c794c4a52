"""Committee day: the members and their institutions, the agenda of submitted plans, decisions with criteria,
amounts and conditions (above the request only when the committee says so), the synthesis by sector and value
chain."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desk.services.committee_service import Member
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
        [
            Member("Jean-Pierre Mbarga", "MINJEC"),
            Member("Solange Ewodo", "MINEFOP"),
            Member("Paul Nkwenti", "FNE"),
            Member("Claire Dupuis", "Délégation de l'UE"),
            Member("", ""),  # a blank row of the dialog
        ],
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
    assert first.case_number in text and second.case_number in text
    assert "Solange Ewodo" in text and "MINEFOP" in text and "Délégation de l'UE" in text  # members, institutions
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


def test_members_are_kept_with_their_institutions(day):
    context, agent, manager, session_id, cases = day
    meeting = next(s for s in manager.committee.sessions() if s.id == session_id)
    assert meeting.members == (
        Member("Jean-Pierre Mbarga", "MINJEC"),
        Member("Solange Ewodo", "MINEFOP"),
        Member("Paul Nkwenti", "FNE"),
        Member("Claire Dupuis", "Délégation de l'UE"),
    )
    assert meeting.members[0].label() == "Jean-Pierre Mbarga (MINJEC)"


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ([Member("Jean-Pierre Mbarga", "")], "institution of Jean-Pierre Mbarga"),
        ([Member("", "MINJEC")], "name of the member from MINJEC"),
        ([Member("", ""), Member("  ", " ")], "at least one member"),
    ],
)
def test_each_member_needs_a_name_and_an_institution(day, members, message):
    context, agent, manager, session_id, cases = day
    before = len(manager.committee.sessions())
    with pytest.raises(ValidationError, match=message) as err:
        manager.committee.open_session(date(2026, 4, 1), "Douala", members)
    assert err.value.field == "members"
    assert len(manager.committee.sessions()) == before


def test_sessions_of_earlier_versions_with_plain_names_stay_readable(day):
    from sqlalchemy import update

    from desk.models.committee import CommitteeSession

    context, agent, manager, session_id, cases = day
    with context.session_factory.begin() as s:  # as stored before institutions were asked
        s.execute(
            update(CommitteeSession)
            .where(CommitteeSession.id == session_id)
            .values(members=["MINJEC", {"name": "Paul Nkwenti", "institution": "FNE"}])
        )
    meeting = next(s for s in manager.committee.sessions() if s.id == session_id)
    assert meeting.members == (Member("MINJEC", ""), Member("Paul Nkwenti", "FNE"))
    assert [m.label() for m in meeting.members] == ["MINJEC", "Paul Nkwenti (FNE)"]
    # A plain name is still accepted by the service (scripts of earlier versions pass them).
    again = manager.committee.open_session(date(2026, 4, 2), "Douala", ["MINJEC"])
    assert next(s for s in manager.committee.sessions() if s.id == again).members == (Member("MINJEC", ""),)


def test_approving_above_the_request_needs_the_committees_explicit_word_and_a_reason(day, tmp_path):
    import subprocess

    from desk.services.documents.committee_minutes import render_minutes

    context, agent, manager, session_id, cases = day
    first, second, _ = manager.committee.agenda(session_id)
    with pytest.raises(ValidationError, match="at most the amount requested") as err:
        manager.committee.decide(session_id, first.plan_id, "approved", GOOD, 1_300_000)
    assert err.value.field == "amount"
    with pytest.raises(ValidationError, match="say why") as err:
        manager.committee.decide(session_id, first.plan_id, "approved", GOOD, 1_300_000, above_request=True)
    assert err.value.field == "comment"
    assert manager.committee.agenda(session_id)[0].decision is None
    manager.committee.decide(
        session_id,
        first.plan_id,
        "approved",
        GOOD,
        1_300_000,
        "un second fauteuil pour un apprenti",
        above_request=True,
    )
    # The flag is only kept when the amount is indeed above the request.
    manager.committee.decide(session_id, second.plan_id, "approved", GOOD, 1_200_000, above_request=True)
    agenda = manager.committee.agenda(session_id)
    assert (agenda[0].amount_approved, agenda[0].above_request) == (1_300_000, True)
    assert (agenda[1].amount_approved, agenda[1].above_request) == (1_200_000, False)
    (line,) = manager.committee.synthesis(session_id)
    assert (line.requested, line.approved) == (2_400_000, 2_500_000)
    meeting = next(s for s in manager.committee.sessions() if s.id == session_id)
    minutes = tmp_path / "minutes.pdf"
    minutes.write_bytes(render_minutes(meeting, agenda, manager.committee.synthesis(session_id), "Guichet test"))
    text = subprocess.run(["pdftotext", str(minutes), "-"], capture_output=True, text=True).stdout
    assert "above the request" in text and "un second fauteuil" in text


def test_a_decision_carries_its_conditions_to_the_minutes_and_the_letter(day, tmp_path):
    import subprocess

    from desk.services.documents.committee_minutes import render_decision_letters, render_minutes

    context, agent, manager, session_id, cases = day
    first, second, _ = manager.committee.agenda(session_id)
    condition = "suivre la formation en gestion avant le second versement"
    manager.committee.decide(session_id, first.plan_id, "approved", GOOD, 1_100_000, conditions=condition)
    manager.committee.decide(
        session_id, second.plan_id, "to_amend", GOOD, comment="budget à revoir", conditions="  devis du local  "
    )
    agenda = manager.committee.agenda(session_id)
    assert [item.conditions for item in agenda[:2]] == [condition, "devis du local"]
    manager.committee.decide(session_id, first.plan_id, "approved", GOOD, 1_100_000)  # corrected: none after all
    assert manager.committee.agenda(session_id)[0].conditions == ""
    manager.committee.decide(session_id, first.plan_id, "approved", GOOD, 1_100_000, conditions=condition)
    agenda = manager.committee.agenda(session_id)
    meeting = next(s for s in manager.committee.sessions() if s.id == session_id)
    minutes = tmp_path / "minutes.pdf"
    minutes.write_bytes(render_minutes(meeting, agenda, manager.committee.synthesis(session_id), "Guichet test"))
    letters = tmp_path / "letters.pdf"
    letters.write_bytes(render_decision_letters(meeting, agenda, "Guichet test", "Joseph Tchoupo"))

    def text(path):
        return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())

    assert "suivre la formation en gestion" in text(minutes) and "devis du local" in text(minutes)
    assert f"Conditions set by the committee: {condition}" in text(letters)


def test_synthesis_by_sector_and_value_chain(context):
    agent = context.for_actor(make_user(context, "agent"))
    manager = context.for_actor(make_user(context, "manager"))
    op_id = manager.operators.save_operator(operator_input(capacity=50))
    sectors = {s.code: s for s in manager.reference.list_items("sectors")}
    chains = {c.code: c for c in manager.reference.list_items("value_chains")}
    maize, cassava = chains["AGRI-MAIZE"], chains["AGRI-CASSAVA"]
    assert maize.parent_id == cassava.parent_id == sectors["AGRI"].id
    plans = [  # (sector, value chain, decision, amount)
        ("AGRI", maize.id, "approved", 1_000_000),
        ("AGRI", maize.id, "approved", 1_200_000),
        ("AGRI", cassava.id, "rejected", 0),
        ("AGRI", None, "approved", 900_000),
        ("SERVICES", None, "postponed", 0),
        ("SERVICES", None, None, 0),  # not decided yet: not in the synthesis
    ]
    for i, (sector, chain, _, _) in enumerate(plans):
        case_id = agent.intake.register_intake(intake_input(family=f"Filiere{i}", given="Test", phone=None)).case_id
        manager.operators.designate(case_id, op_id)
        agent.plans.save(case_id, replace(SALON, sector_id=sectors[sector].id, value_chain_id=chain))
        agent.plans.submit(case_id)
    session_id = manager.committee.open_session(date(2026, 5, 5), "Bafoussam", [Member("Hervé Tchinda", "MINJEC")])
    agenda = manager.committee.agenda(session_id)
    assert [item.value_chain for item in agenda] == ["Maize", "Maize", "Cassava", "", "", ""]
    for item, (_, _, decision, amount) in zip(agenda, plans, strict=True):
        if decision:
            manager.committee.decide(session_id, item.plan_id, decision, GOOD, amount, "" if amount else "motif")
    agri, services = manager.committee.synthesis(session_id)
    assert (agri.sector, agri.plans, agri.requested, agri.approved) == (
        sectors["AGRI"].name_en,
        4,
        4_800_000,
        3_100_000,
    )
    assert [(c.value_chain, c.plans, c.requested, c.approved) for c in agri.value_chains] == [
        ("Cassava", 1, 1_200_000, 0),
        ("Maize", 2, 2_400_000, 2_200_000),
        ("–", 1, 1_200_000, 900_000),
    ]
    assert (services.plans, services.requested, services.approved) == (1, 1_200_000, 0)
    assert [(c.value_chain, c.plans) for c in services.value_chains] == [("–", 1)]


def test_synthesis_reads_in_alphabetical_order_accents_included():
    from desk.services.committee_service import AgendaItem, synthesis_of

    def item(sector: str, chain: str, decision: str | None = "approved") -> AgendaItem:
        return AgendaItem(1, 1, "N", "X", sector, "", "", "", "XAF", 10, 10, None, decision, 5, {}, "", chain)

    lines = synthesis_of(
        [
            item("Services", ""),
            item("Élevage", "Aviculture"),
            item("Agriculture", "Maïs"),
            item("Agriculture", ""),
            item("Agriculture", "Manioc", None),  # not decided yet
        ]
    )
    assert [line.sector for line in lines] == ["Agriculture", "Élevage", "Services"]
    assert [(c.value_chain, c.plans, c.approved) for c in lines[0].value_chains] == [("Maïs", 1, 5), ("–", 1, 5)]
    assert (lines[0].plans, lines[0].requested, lines[0].approved) == (2, 20, 10)
