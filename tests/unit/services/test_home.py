"""The home screens: every count proven against data built through the services, with items just outside each
list (done, cancelled, someone else's, not yet due, closed...) so that a count wrong by one fails."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import delete, update

from desk.models.account import User
from desk.models.backup import backup_sqlite
from desk.models.intake import Consent
from desk.models.referral import Referral
from desk.models.returnee import Case
from desk.services.assessment_service import AssessmentInput, instrument
from desk.services.errors import DeskError, PermissionDenied
from desk.services.followup_dto import VisitRecord
from desk.services.home_dto import AdminHome, AgentHome, FinanceHome, ManagerHome
from desk.services.home_manager import month_starts
from desk.services.home_service import BACKUP_EVERY, HomeService, backups
from desk.services.ledger_dto import PaymentInput, RequestInput
from tests.factories import intake_input, make_user, operator_input
from tests.unit.services.test_assessment import answers
from tests.unit.services.test_committee import GOOD
from tests.unit.services.test_ledger import Desk
from tests.unit.services.test_plans import SALON

CASH = PaymentInput("cash")


def _momo() -> PaymentInput:
    return PaymentInput("mobile_money", mobile_operator="MTN Mobile Money", phone="699000001")


def home(context, services) -> HomeService:
    return HomeService(context.session_factory, services.actor)


def register(services, family: str, **fields) -> int:
    return services.intake.register_intake(intake_input(family=family, given="Awa", phone=None, **fields)).case_id


def sql(context, *statements) -> None:
    with context.session_factory.begin() as session:
        for statement in statements:
            session.execute(statement)


def close_case(context, case_id: int) -> None:
    sql(context, update(Case).where(Case.id == case_id).values(status="closed"))


# -- agent ------------------------------------------------------------------------------------------------------------
def test_agent_home_counts_the_agents_own_work(context):
    me = context.for_actor(make_user(context, "agent"))
    other = context.for_actor(make_user(context, "agent"))
    today = date.today()
    case_id = register(me, "Visites")
    visits = me.followup
    due_today = [visits.add_visit(case_id, today, kind, "Rendez-vous") for kind in ("phone", "office")]
    visits.cancel(visits.add_visit(case_id, today, "phone", "Doublon"), "Doublon")
    other.followup.add_visit(case_id, today, "phone", "Pas le mien")
    late = {days: visits.add_visit(case_id, today - timedelta(days=days), "phone", "En retard") for days in (3, 10, 1)}
    done = visits.add_visit(case_id, today - timedelta(days=2), "phone", "Fait")
    visits.record(done, VisitRecord("done", today, project_status="running"))
    visits.add_visit(case_id, today + timedelta(days=1), "phone", "Demain")
    other.followup.add_visit(case_id, today - timedelta(days=4), "phone", "Pas le mien non plus")

    drafts = [me.intake.save_draft(f"Brouillon {n}", {"family_name": f"X{n}"}) for n in range(3)]
    other.intake.save_draft("Pas le mien", {})

    result = home(context, me).agent()
    assert isinstance(result, AgentHome) and result.today == today
    assert result.visits_today.total == 2
    assert [v.visit_id for v in result.visits_today.items] == due_today
    first = result.visits_today.items[0]
    assert (first.case_id, first.full_name, first.kind, first.kind_label) == (
        case_id,
        "VISITES Awa",
        "phone",
        "Phone call",
    )
    assert first.case_number == me.case_files.case_file(case_id).case_number
    assert result.overdue_visits.total == 3
    assert [v.visit_id for v in result.overdue_visits.items] == [late[10], late[3], late[1]]  # the most late first
    assert result.drafts.total == 3 and [d.draft_id for d in result.drafts.items] == drafts[::-1]
    assert result.drafts.items[0].label == "Brouillon 2"
    # The other agent sees their own visits and drafts, not mine.
    theirs = home(context, other).agent()
    assert (theirs.visits_today.total, theirs.overdue_visits.total, theirs.drafts.total) == (1, 1, 1)


def test_agent_home_capped_lists_keep_the_full_count(context, monkeypatch):
    me = context.for_actor(make_user(context, "agent"))
    case_id = register(me, "Beaucoup")
    today = date.today()
    for days in range(1, 5):
        me.followup.add_visit(case_id, today - timedelta(days=days), "phone", "En retard")
    monkeypatch.setattr("desk.services.home_service.LIMIT", 3)
    overdue = home(context, me).agent().overdue_visits
    assert (len(overdue.items), overdue.total, overdue.more) == (3, 4, 1)
    assert [v.due_on for v in overdue.items] == [today - timedelta(days=d) for d in (4, 3, 2)]


def test_agent_home_referrals_past_due_and_consent_missing(context):
    me = context.for_actor(make_user(context, "agent"))
    today = date.today()
    intake = intake_input(family="Orientee", given="Awa", phone=None)
    case_id = me.intake.register_intake(
        replace(intake, consent=replace(intake.consent, share_institutions=True))
    ).case_id
    institution = next(i.id for i in me.reference.list_items("institutions") if i.code == "MINAS")

    def refer(due_in: int | None, status: str = "sent") -> int:
        referral_id = me.referrals.refer(case_id, institution, "Soutien", today + timedelta(days=30))
        if status != "sent":
            me.referrals.update(referral_id, me.referrals.get(referral_id).version, status, "réponse")
        due = None if due_in is None else today + timedelta(days=due_in)
        sql(context, update(Referral).where(Referral.id == referral_id).values(due_on=due))
        return referral_id

    late_five, late_one, late_three = refer(-5), refer(-1), refer(-3, "accepted")
    refer(-10, "service_given")
    refer(-2, "no_answer")
    refer(-2, "declined")
    refer(0)  # due today: not late yet
    refer(None)  # no due date

    # Consent: the person's latest consent decides, as for any sharing.
    withdrawn = me.intake.register_intake(intake_input(family="Retire", given="Awa", phone=None))
    me.intake.withdraw_consent(withdrawn.person_id, "ne souhaite plus")
    nothing = me.intake.register_intake(intake_input(family="Sansconsent", given="Awa", phone=None))
    sql(context, delete(Consent).where(Consent.person_id == nothing.person_id))
    refused = me.intake.register_intake(intake_input(family="Refuse", given="Awa", phone=None))
    sql(context, update(Consent).where(Consent.person_id == refused.person_id).values(processing=False))
    closed = me.intake.register_intake(intake_input(family="Ferme", given="Awa", phone=None))
    me.intake.withdraw_consent(closed.person_id, "dossier clos")
    close_case(context, closed.case_id)
    came_back = me.intake.register_intake(intake_input(family="Revenu", given="Awa", phone=None))
    me.intake.withdraw_consent(came_back.person_id, "première fois")
    again = me.intake.register_intake(
        replace(intake_input(family="Revenu", given="Awa", phone=None), existing_person_id=came_back.person_id)
    )
    assert again.person_id == came_back.person_id  # a new consent in force for both of the person's cases

    result = home(context, me).agent()
    assert result.overdue_referrals.total == 3
    assert [r.referral_id for r in result.overdue_referrals.items] == [late_five, late_three, late_one]
    item = result.overdue_referrals.items[1]
    assert (item.case_id, item.status, item.status_label, item.full_name) == (
        case_id,
        "accepted",
        "accepted",
        "ORIENTEE Awa",
    )
    assert item.institution == "Ministry of Social Affairs"
    assert result.consent_missing.total == 3
    assert [(c.case_id, c.problem) for c in result.consent_missing.items] == [
        (refused.case_id, "not_given"),
        (nothing.case_id, "none"),
        (withdrawn.case_id, "withdrawn"),
    ]
    assert [c.problem_label for c in result.consent_missing.items] == [
        "Processing of data not consented",
        "No consent recorded",
        "Consent withdrawn",
    ]
    assert result.consent_missing.items[0].case_status == "registered"


# -- manager ----------------------------------------------------------------------------------------------------------
def _operator(desk, name: str, capacity: int) -> int:
    return desk.manager.operators.save_operator(operator_input(name=name, capacity=capacity))


def _designated(desk, family: str, operator_id: int, override: bool = False, **fields) -> int:
    case_id = register(desk.agent, family, **fields)
    desk.manager.operators.designate(case_id, operator_id, override_capacity=override)
    return case_id


def test_manager_home_queues_and_operators(context):
    desk = Desk(context)
    today = date.today()
    # Waiting for an operator: registered or assessed, without one (oldest return first, undated last).
    old = register(desk.agent, "Ancien", return_date=today - timedelta(days=300))
    undated = register(desk.agent, "Sansdate", return_date=None)
    recent = register(desk.agent, "Recent", return_date=today - timedelta(days=5))
    desk.agent.assessments.record(recent, AssessmentInput(answers(0)))
    close_case(context, register(desk.agent, "Ferme"))

    # Operators: 100 %, 90 %, over capacity; two thirds (its closed case no longer weighs); a quiet one.
    full, ninety, over, third = (
        _operator(desk, n, c) for n, c in (("Plein", 2), ("Neuf", 10), ("Over", 1), ("Tiers", 3))
    )
    full_cases = [_designated(desk, f"Plein{n}", full) for n in range(2)]
    for n in range(9):
        _designated(desk, f"Neuf{n}", ninety)
    over_cases = [_designated(desk, f"Over{n}", over, override=n > 0) for n in range(2)]
    third_cases = [_designated(desk, f"Tiers{n}", third) for n in range(3)]
    close_case(context, third_cases[0])

    # Plans: three submitted, one still a draft, one decided by the committee.
    quiet = _operator(desk, "Calme", 30)
    submitted = []
    for n in range(4):
        case_id = _designated(desk, f"Projet{n}", quiet)
        desk.agent.plans.save(case_id, SALON)
        if n < 3:
            desk.agent.plans.submit(case_id)
            submitted.append(case_id)
    decided = _designated(desk, "Decide", quiet)
    desk.agent.plans.save(decided, SALON)
    desk.agent.plans.submit(decided)
    session_id = desk.manager.committee.open_session(today, "Yaoundé", ["MINJEC"])
    plan_id = next(i.plan_id for i in desk.manager.committee.agenda(session_id) if i.case_id == decided)
    desk.manager.committee.decide(session_id, plan_id, "approved", GOOD, 1_000_000, "")

    # Requests: three to approve; one approved, one refused, one cancelled.
    ledger = desk.agent.ledger
    asked = [ledger.request(RequestInput(old, "pocket_money", amount, CASH)) for amount in (10_000, 20_000, 5_000)]
    desk.manager.ledger.approve(ledger.request(RequestInput(old, "transport", 7_000, CASH)))
    desk.manager.ledger.reject(ledger.request(RequestInput(old, "transport", 8_000, CASH)), "pas justifié")
    ledger.cancel(ledger.request(RequestInput(old, "transport", 9_000, CASH)), "erreur")

    # Overdue visits: two of Plein's, one of Over's, one of an agent; done, cancelled and future ones aside.
    follow = desk.agent.followup
    for days in (5, 2):
        follow.add_visit(full_cases[0], today - timedelta(days=days), "field", "Visite", operator=True)
    follow.add_visit(full_cases[1], today + timedelta(days=3), "field", "Bientôt", operator=True)
    done = follow.add_visit(full_cases[1], today - timedelta(days=3), "field", "Faite", operator=True)
    follow.record(done, VisitRecord("done", today, project_status="running"))
    follow.cancel(follow.add_visit(full_cases[1], today - timedelta(days=3), "field", "Annulée", operator=True), "x")
    follow.add_visit(over_cases[0], today - timedelta(days=1), "field", "Visite", operator=True)
    follow.add_visit(old, today - timedelta(days=1), "phone", "Appel")

    result = home(context, desk.manager).manager()
    assert isinstance(result, ManagerHome)
    assert result.waiting_cases.total == 3
    assert [w.case_id for w in result.waiting_cases.items] == [old, recent, undated]
    assert [w.status for w in result.waiting_cases.items] == ["registered", "assessed", "registered"]
    assert result.waiting_cases.items[0].full_name == "ANCIEN Awa"

    assert [(o.operator_id, o.load, o.capacity, o.percent, o.over) for o in result.operators_near_capacity] == [
        (over, 2, 1, 200, True),
        (full, 2, 2, 100, False),
        (ninety, 9, 10, 90, False),
    ]

    assert result.plans_for_committee.total == 3
    assert [p.case_id for p in result.plans_for_committee.items] == submitted
    plan = result.plans_for_committee.items[0]
    assert (plan.requested, plan.currency) == (1_200_000, "XAF")  # 1,300,000 budget - 100,000 own contribution

    assert result.requests_to_approve.total == 3
    assert [r.request_id for r in result.requests_to_approve.items] == asked
    assert [(s.currency, s.count, s.amount) for s in result.requests_to_approve_sums] == [("XAF", 3, 35_000)]
    assert result.requests_to_approve.items[0].kind_label == "Arrival pocket money"

    assert result.overdue_total == 4
    assert [(o.operator_id, o.overdue) for o in result.overdue_by_operator] == [(full, 2), (over, 1)]


def test_manager_home_trends(context):
    desk = Desk(context)
    today = date.today()
    starts = month_starts(today)
    assert len(starts) == 13 and starts[-2] == today.replace(day=1)
    returns = {
        "Debutmois": starts[-2],
        "Aujourdhui": today,
        "Premier": starts[0],
        "Tropvieux": starts[0] - timedelta(days=1),
        "Milieu": starts[8] + timedelta(days=14),
    }
    returned = {family: register(desk.agent, family, return_date=day) for family, day in returns.items()}
    # Baselines: each case's first one counts (a second baseline of the same case does not).
    desk.agent.assessments.record(returned["Premier"], AssessmentInput(answers(0)))
    desk.agent.assessments.record(returned["Milieu"], AssessmentInput(answers(-1)))
    desk.agent.assessments.record(returned["Premier"], AssessmentInput(answers(-1)))
    close_case(context, returned["Tropvieux"])

    sectors = {s.code: s for s in desk.agent.reference.list_items("sectors")}
    a, b = sorted(sectors)[:2]
    operator_id = _operator(desk, "Comité", 30)
    session_id = desk.manager.committee.open_session(today, "Yaoundé", ["MINJEC"])
    decided = {}
    for family, sector, decision in (
        ("Approuve", a, "approved"),
        ("Rejete", a, "rejected"),
        ("Amender", b, "to_amend"),
        ("Reporte", None, "postponed"),
        ("Soumis", None, None),
    ):
        case_id = _designated(desk, family, operator_id, return_date=None)
        desk.agent.plans.save(case_id, replace(SALON, sector_id=sectors[sector].id if sector else None))
        desk.agent.plans.submit(case_id)
        decided[family] = case_id
        if decision:
            plan_id = next(i.plan_id for i in desk.manager.committee.agenda(session_id) if i.case_id == case_id)
            amount = 1_000_000 if decision == "approved" else 0
            desk.manager.committee.decide(session_id, plan_id, decision, GOOD, amount, "motif")
    _designated(desk, "Designe", operator_id, return_date=None)

    # At 12 months: the follow-up questionnaire recorded at the 12-month visit (not the one at 6 months).
    approved = decided["Approuve"]
    visits = {v.month: v for v in desk.agent.followup_views.case_visits(approved)}
    best = desk.agent.assessments.record(approved, AssessmentInput(answers(-1), kind="followup"))
    worst = desk.agent.assessments.record(approved, AssessmentInput(answers(0), kind="followup"))
    desk.agent.followup.record(visits[12].id, VisitRecord("done", today, project_status="running", assessment_id=best))
    desk.agent.followup.record(visits[6].id, VisitRecord("done", today, project_status="running", assessment_id=worst))

    result = home(context, desk.manager).manager()
    expected = [0] * 12
    expected[0], expected[8], expected[11] = 1, 1, 2
    assert [m.month for m in result.returns_per_month] == starts[:-1]
    assert [m.count for m in result.returns_per_month] == expected

    stages = {s.status: s.count for s in result.cases_by_stage}
    assert stages == {
        "registered": 2,
        "assessed": 2,
        "operator_designated": 1,
        "plan_submitted": 1,
        "approved": 0,
        "to_amend": 1,
        "postponed": 1,
        "rejected": 1,
        "training": 0,
        "disbursing": 0,
        "monitoring": 1,  # the approved case, once its visits were recorded
        "closed": 1,
    }
    assert [s.status for s in result.cases_by_stage][:3] == ["registered", "assessed", "operator_designated"]
    assert result.cases_by_stage[0].label == "Registered"

    by_sector = [(s.sector_id, s.approved, s.to_amend, s.postponed, s.rejected) for s in result.decisions_by_sector]
    assert by_sector == [(sectors[a].id, 1, 0, 0, 1), (sectors[b].id, 0, 1, 0, 0), (None, 0, 0, 1, 0)]
    assert result.decisions_by_sector[0].sector == sectors[a].name_en
    assert result.decisions_by_sector[2].sector == "No sector" and result.decisions_by_sector[0].total == 2

    scores = result.scores
    assert (scores.baseline_cases, scores.month12_cases) == (2, 1)
    dimensions = [code for code, _, _ in instrument().dimensions]
    assert [line.code for line in scores.lines] == [*dimensions, ""]
    assert all((line.baseline, line.month12) == (0.5, 1.0) for line in scores.lines)
    assert scores.lines[-1].label == "Overall"


# -- finance ----------------------------------------------------------------------------------------------------------
def _approved(desk, family: str, amount: int, programme_id: int | None) -> int:
    operator_id = _operator(desk, f"Op {family}", 30)
    case_id = register(desk.agent, family, programme_id=programme_id)
    desk.manager.operators.designate(case_id, operator_id)
    desk.agent.plans.save(case_id, SALON)
    desk.agent.plans.submit(case_id)
    session_id = desk.manager.committee.open_session(date.today(), "Yaoundé", ["MINJEC"])
    plan_id = next(i.plan_id for i in desk.manager.committee.agenda(session_id) if i.case_id == case_id)
    desk.manager.committee.decide(session_id, plan_id, "approved", GOOD, amount, "")
    return case_id


def _month_before(day: date) -> date:
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


def test_finance_home(context, tmp_path):
    desk = Desk(context)
    today = date.today()
    last_month, two_ago = _month_before(today), _month_before(_month_before(today))
    programmes = {p.code: p.id for p in desk.agent.reference.list_items("programmes")}
    pari = _approved(desk, "Pari", 1_000_000, programmes["PARI-JEDI"])
    _approved(desk, "Autre", 500_000, programmes["OTHER"])
    loose = register(desk.agent, "Horsprogramme")

    def paid(case_id: int, kind: str, amount: int, payment: PaymentInput = CASH, **kw) -> int:
        day, reference = kw.pop("day", None), kw.pop("reference", "")
        request_id = desk.agent.ledger.request(RequestInput(case_id, kind, amount, payment, **kw))
        desk.manager.ledger.approve(request_id)
        return desk.finance.ledger.pay(request_id, value_date=day, reference=reference)[0]

    first = desk.agent.ledger_views.case_balance(pari).instalments[0]
    paid(pari, "business_instalment", 700_000, instalment_id=first.id)
    momo_today = paid(pari, "pocket_money", 50_000, _momo(), reference="MP50")
    desk.finance.ledger.reverse(paid(pari, "transport", 20_000), "erreur de montant")
    momo_old = paid(loose, "pocket_money", 30_000, _momo(), day=last_month, reference="MP30")
    matched = paid(pari, "transport", 11_000, _momo(), reference="MP11")
    kept = paid(pari, "transport", 12_000, _momo(), reference="MP12")
    reversed_momo = paid(pari, "transport", 13_000, _momo(), reference="MP13")
    desk.finance.ledger.reverse(reversed_momo, "payé deux fois")
    desk.finance.periods.close(f"{two_ago:%Y-%m}")
    desk.finance.periods.close(f"{last_month:%Y-%m}")

    book = Workbook()
    sheet = book.active
    sheet.append(["Date valeur", "Référence", "Montant (XAF)", "Numéro", "Libellé"])
    sheet.append([today.strftime("%d/%m/%Y"), "MP11", -11_000, "237699000001", "Transfert"])
    book.save(tmp_path / "releve.xlsx")
    statement_id = desk.finance.reconciliation.import_statement(tmp_path / "releve.xlsx", "XAF")
    (line,) = desk.finance.reconciliation.view(statement_id).lines
    assert desk.finance.reconciliation.confirm(statement_id, [(line.statement_line_id, matched)]) == 1

    # Approved and waiting for payment: three (one still to approve, the paid ones aside).
    to_pay = []
    for case_id, amount, payment in ((pari, 10_000, CASH), (pari, 15_000, _momo()), (loose, 5_000, CASH)):
        to_pay.append(desk.agent.ledger.request(RequestInput(case_id, "pocket_money", amount, payment)))
        desk.manager.ledger.approve(to_pay[-1])
    desk.agent.ledger.request(RequestInput(loose, "pocket_money", 1_000, CASH))

    result = home(context, desk.finance).finance()
    assert isinstance(result, FinanceHome)
    assert result.to_pay.total == 3 and [r.request_id for r in result.to_pay.items] == to_pay
    assert [(s.currency, s.count, s.amount) for s in result.to_pay_sums] == [("XAF", 3, 30_000)]
    assert [(m.modality, m.label, m.count, m.amount) for m in result.distribution] == [
        ("cash", "Cash", 2, 15_000),
        ("mobile_money", "Mobile money", 1, 15_000),
    ]

    budget = {(b.programme_id, b.currency): b for b in result.budget}
    assert set(budget) == {(programmes["PARI-JEDI"], "XAF"), (programmes["OTHER"], "XAF"), (None, "XAF")}
    pari_line = budget[programmes["PARI-JEDI"], "XAF"]
    assert (pari_line.approved, pari_line.paid_on_plans, pari_line.paid_other, pari_line.percent) == (
        1_000_000,
        700_000,
        50_000 + 11_000 + 12_000,  # the reversed transport payments net to nothing
        70,
    )
    assert pari_line.donor == "Government of Cameroon"
    other_line = budget[programmes["OTHER"], "XAF"]
    assert (other_line.approved, other_line.paid_on_plans, other_line.paid_other, other_line.percent) == (
        500_000,
        0,
        0,
        0,
    )
    loose_line = budget[None, "XAF"]
    assert (loose_line.donor_id, loose_line.donor, loose_line.programme) == (None, "No donor", "No programme")
    assert (loose_line.approved, loose_line.paid_other, loose_line.percent) == (0, 30_000, None)

    assert result.current_period == f"{today:%Y-%m}"
    # This month: the instalment, 50,000, 20,000 and its reversal, 11,000, 12,000, 13,000 and its reversal.
    assert [(p.period, p.closed_at, p.entries) for p in result.open_periods] == [(f"{today:%Y-%m}", None, 8)]
    assert result.closed_periods.total == 2
    assert [(p.period, p.entries) for p in result.closed_periods.items] == [
        (f"{last_month:%Y-%m}", 1),
        (f"{two_ago:%Y-%m}", 0),
    ]
    assert all(p.closed_at is not None for p in result.closed_periods.items)

    # Mobile money not on any statement: the matched one and the reversal itself aside, the reversed payment kept.
    assert result.unreconciled.total == 4
    assert [e.entry_id for e in result.unreconciled.items] == [momo_old, momo_today, kept, reversed_momo]
    assert [(s.currency, s.count, s.amount) for s in result.unreconciled_sums] == [
        ("XAF", 4, 30_000 + 50_000 + 12_000 + 13_000)
    ]
    entry = result.unreconciled.items[0]
    assert (entry.case_id, entry.full_name, entry.value_date, entry.modality_label) == (
        loose,
        "HORSPROGRAMME Awa",
        last_month,
        "Mobile money",
    )


# -- admin ------------------------------------------------------------------------------------------------------------
def _database_name(context) -> str:
    url = context.engine.url
    return Path(url.database or "").stem if url.get_backend_name() == "sqlite" else str(url.database)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S%fZ")  # as backup_sqlite names its copies


def test_admin_home_backups_locked_users_and_database(context, tmp_path):
    admin = context.for_actor(make_user(context, "admin"))
    folder = tmp_path / "backups"
    service = HomeService(context.session_factory, admin.actor, backup_dir=folder)
    now = datetime.now(UTC)
    empty = service.admin(now)
    assert isinstance(empty, AdminHome)
    assert (empty.backups.last, empty.backups.next_due, empty.backups.overdue) == (None, None, True)
    assert empty.backups.files.total == 0 and empty.locked_users == ()

    name = _database_name(context)
    sqlite = context.engine.dialect.name == "sqlite"
    folder.mkdir()
    oldest = f"{name}-before-0014-{_stamp(now - timedelta(days=30))}.sqlite"
    daily = f"{name}-daily-{_stamp(now - timedelta(days=3))}.sqlite"
    partial = f"{name}-daily-{_stamp(now - timedelta(days=2))}.partial"  # interrupted: never the last backup
    for file_name in (oldest, daily, partial, f"other-daily-{_stamp(now - timedelta(days=1))}.sqlite", "notes.txt"):
        (folder / file_name).write_bytes(b"x" * 10)
    newest = [backup_sqlite(Path(context.engine.url.database), folder, "before-9999").name] if sqlite else []

    # Two accounts locked out now; one whose lock has expired; a disabled one.
    users = {name: make_user(context, "agent", username=name) for name in ("locked1", "locked2", "expired", "gone")}
    for _ in range(5):
        with pytest.raises(DeskError):
            context.auth.authenticate("locked1", "wrong password")
    sql(
        context,
        update(User).where(User.id == users["locked2"].user_id).values(locked_until=now + timedelta(minutes=3)),
        update(User).where(User.id == users["expired"].user_id).values(locked_until=now - timedelta(minutes=1)),
        update(User)
        .where(User.id == users["gone"].user_id)
        .values(locked_until=now + timedelta(minutes=9), active=False),
    )

    result = service.admin(now)
    found = result.backups
    assert found.folder == str(folder)
    assert [f.name for f in found.files.items] == [*newest, partial, daily, oldest]
    assert found.files.total == len(newest) + 3
    assert found.last is not None and found.last.name == (newest[0] if sqlite else daily)
    assert found.next_due == found.last.taken_at + BACKUP_EVERY
    assert found.overdue is not sqlite  # a copy taken just now is not due again before tomorrow
    # backup_sqlite verifies its copy and writes a manifest: the newest backup says it was checked, and so the
    # database was intact when it was taken; the plain files written above have no manifest.
    assert found.verified is sqlite  # on PostgreSQL the newest file here is a plain one: not verified
    assert result.database.healthy is (True if sqlite else None)
    half = found.files.items[len(newest)]
    assert (half.complete, half.size) == (False, 10)
    assert found.files.items[-1].taken_at == (now - timedelta(days=30)).replace(microsecond=now.microsecond)

    assert [u.username for u in result.locked_users] == ["locked1", "locked2"]  # the longest lock first
    assert all(u.locked_until > now for u in result.locked_users)

    database = result.database
    assert database.backend == context.engine.dialect.name and database.size and database.size > 0
    assert (database.checked_at is not None, database.healthy) == ((True, True) if sqlite else (False, None))
    if sqlite:
        assert database.free is not None and 0 <= database.free < database.size
        assert database.location == context.engine.url.database
    else:
        assert database.free is None and database.location.endswith(name)


def test_backups_of_the_demo_database_are_told_apart(tmp_path):
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    for file_name in (
        "guichet-before-0015-20261129T080000000000Z.sqlite",
        "guichet-before-0015-20261129T080000000000Z.sqlite.json",  # a manifest, not a backup
        "guichet-demo-x-20261130T080000000000Z.sqlite",
        "desk_db-manual-20261130T090000000000Z.dump",  # a PostgreSQL dump
    ):
        (tmp_path / file_name).write_bytes(b"")
    real = backups(tmp_path, "guichet", now)
    demo = backups(tmp_path, "guichet-demo", now)
    server = backups(tmp_path, "desk_db", now)
    assert [f.name for f in real.files.items] == ["guichet-before-0015-20261129T080000000000Z.sqlite"]
    assert [f.name for f in demo.files.items] == ["guichet-demo-x-20261130T080000000000Z.sqlite"]
    assert real.last is not None and real.next_due == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    assert real.overdue and not demo.overdue
    assert server.last is not None and server.last.complete and not server.overdue


# -- who sees which home ----------------------------------------------------------------------------------------------
def test_each_role_reads_its_own_home(context):
    roles = {role: make_user(context, role) for role in ("agent", "manager", "finance", "admin")}
    services = {role: HomeService(context.session_factory, actor) for role, actor in roles.items()}
    allowed = {
        "agent": {"agent"},
        "manager": {"agent", "manager", "finance"},
        "finance": {"finance"},
        "admin": {"admin"},
    }
    for role, service in services.items():
        for method in ("agent", "manager", "finance", "admin"):
            if method in allowed[role]:
                getattr(service, method)()
            else:
                with pytest.raises(PermissionDenied):
                    getattr(service, method)()
    expected = {"agent": AgentHome, "manager": ManagerHome, "finance": FinanceHome, "admin": AdminHome}
    for role, service in services.items():
        assert isinstance(service.home(), expected[role])
