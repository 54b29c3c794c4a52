"""The monitoring year: schedules generated from the programme, visits recorded, moved, cancelled, cases closed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.services.errors import PermissionDenied, ValidationError
from desk.services.followup_dto import CalendarFilter, VisitRecord
from desk.services.followup_rules import add_months
from desk.services.ledger_dto import PaymentInput, RequestInput
from desk.services.ledger_service import Refused
from tests.factories import make_user
from tests.unit.services.test_ledger import Desk


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2026, 8, 31), 1, date(2026, 9, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 3, 31), 9, date(2026, 12, 31)),
    ],
)
def test_months_are_added_as_people_count_them(start, months, expected):
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 60))
def test_add_months_lands_in_the_right_month(start, months):
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day <= start.day and (result.day == start.day or (result + timedelta(days=1)).day == 1)


@pytest.fixture
def desk(context):
    return Desk(context)


def _done(day=None, **kw):
    return VisitRecord("done", day or date.today(), project_status=kw.pop("project_status", "running"), **kw)


def test_approval_generates_the_programmes_visits(desk):
    case_id = desk.approved_case()
    visits = desk.agent.followup_views.case_visits(case_id)
    today = date.today()
    assert [v.month for v in visits] == [1, 3, 6, 9, 12]
    assert [v.due_on for v in visits] == [add_months(today, m) for m in (1, 3, 6, 9, 12)]
    assert visits[0].kind == "phone" and visits[0].assigned_user_id == desk.agent.actor.user_id
    assert all(v.kind == "field" and v.operator_id == desk.operator_id for v in visits[1:])
    assert [v.assess for v in visits] == [False, False, False, False, True]


def test_recording_visits_and_closing_after_unreachable_attempts(desk, context):
    case_id = desk.approved_case()
    first, second, third, fourth, _ = desk.agent.followup_views.case_visits(case_id)
    with pytest.raises(ValidationError) as err:
        desk.agent.followup.record(first.id, VisitRecord("done", date.today()))
    assert err.value.field == "project_status"
    with pytest.raises(ValidationError) as err:
        desk.agent.followup.record(first.id, _done(date.today() + timedelta(days=1)))
    assert err.value.field == "done_on"
    assert desk.agent.followup.record(first.id, _done(jobs_created=2, problems="Clients rares")) is None
    assert desk.agent.case_files.case_file(case_id).status == "monitoring"
    with pytest.raises(ValidationError, match="already recorded"):
        desk.agent.followup.record(first.id, _done())
    with pytest.raises(ValidationError) as err:  # an unreachable visit says how many attempts were made
        desk.agent.followup.record(second.id, VisitRecord("unreachable", date.today()))
    assert err.value.field == "attempts"
    unreachable = VisitRecord("unreachable", date.today(), attempts=3)
    assert desk.agent.followup.record(second.id, unreachable) is None
    assert desk.agent.followup.record(third.id, unreachable) is None
    assert desk.agent.followup.record(fourth.id, unreachable) == "unreachable"  # three attempts: the desk's default
    visits = desk.agent.followup_views.case_visits(case_id)
    assert visits[-1].status == "cancelled" and "closed" in visits[-1].reason
    assert desk.agent.case_files.case_file(case_id).status == "closed"
    # A closed case gets no payment and no new visit; only a manager reopens it, with a reason.
    with pytest.raises(Refused, match="closed"):
        desk.agent.ledger.request(RequestInput(case_id, "transport", 5_000, PaymentInput("cash")))
    with pytest.raises(ValidationError, match="closed"):
        desk.agent.followup.add_visit(case_id, date.today(), "phone", "nouvelles")
    with pytest.raises(PermissionDenied):
        desk.agent.followup.reopen_case(case_id, "retrouvé")
    with pytest.raises(ValidationError):
        desk.manager.followup.reopen_case(case_id, "")
    desk.manager.followup.reopen_case(case_id, "La personne a rappelé le guichet")
    assert desk.agent.case_files.case_file(case_id).status == "monitoring"
    assert [c.action for c in desk.agent.followup_views.closures(case_id)] == ["close", "reopen"]
    assert desk.agent.followup.renew(case_id, "Suivi prolongé après la reprise de contact") == 5


def test_remigration_closes_the_case_and_closing_rules(desk):
    case_id = desk.approved_case(family="Parti")
    first = desk.agent.followup_views.case_visits(case_id)[0]
    assert desk.agent.followup.record(first.id, VisitRecord("remigrated", date.today())) == "remigrated"
    assert desk.agent.case_files.case_file(case_id).status == "closed"
    other = desk.approved_case(family="Reste")
    with pytest.raises(ValidationError, match="last visit"):
        desk.agent.followup.close_case(other, "completed")
    with pytest.raises(ValidationError, match="3 attempts"):
        desk.agent.followup.close_case(other, "unreachable")
    with pytest.raises(ValidationError) as err:
        desk.agent.followup.close_case(other, "abandoned")  # an abandonment is explained
    assert err.value.field == "note"
    assert desk.agent.followup.close_case(other, "abandoned", "A cessé de répondre au projet") == 5


def test_add_move_cancel_need_a_reason(desk):
    case_id = desk.approved_case()
    visit = desk.agent.followup_views.case_visits(case_id)[1]
    with pytest.raises(ValidationError):
        desk.agent.followup.reschedule(visit.id, visit.due_on + timedelta(days=7), "")
    desk.agent.followup.reschedule(visit.id, visit.due_on + timedelta(days=7), "Marché hebdomadaire ce jour-là")
    moved = desk.agent.followup_views.visit(visit.id)
    assert moved.moved_from == visit.due_on and moved.row.due_on == visit.due_on + timedelta(days=7)
    with pytest.raises(ValidationError):
        desk.agent.followup.cancel(visit.id, " ")
    desk.agent.followup.cancel(visit.id, "Visite fusionnée avec la suivante")
    extra = desk.agent.followup.add_visit(case_id, date.today(), "office", "Difficulté signalée", operator=True)
    assert desk.agent.followup_views.visit(extra).row.operator_id == desk.operator_id
    with pytest.raises(ValidationError):
        desk.agent.followup.add_visit(case_id, date.today(), "sms", "x")


def test_programme_schedule_set_by_the_admin(desk, context):
    admin = context.for_actor(make_user(context, "admin"))
    with pytest.raises(ValidationError) as err:
        admin.followup.save_schedule(None, "1, 3, treize", "12", "1")
    assert err.value.field == "months"
    with pytest.raises(ValidationError) as err:
        admin.followup.save_schedule(None, "2, 4, 6", "12", "")
    assert err.value.field == "assess_at"
    with pytest.raises(PermissionDenied):
        desk.agent.followup.save_schedule(None, "1", "", "")
    admin.followup.save_schedule(None, "2; 4, 6", "6", "2")
    case_id = desk.approved_case(family="Programme")
    visits = desk.agent.followup_views.case_visits(case_id)
    assert [(v.month, v.kind, v.assess) for v in visits] == [
        (2, "phone", False),
        (4, "field", False),
        (6, "field", True),
    ]


def test_calendar_views(desk):
    today = date.today()
    case_id = desk.approved_case()
    first = desk.agent.followup_views.case_visits(case_id)[0]
    desk.agent.followup.reschedule(first.id, today - timedelta(days=4), "Avancée")
    views = desk.agent.followup_views
    (late,) = views.overdue(today)
    assert late.id == first.id and late.days_late(today) == 4
    assert (
        views.overdue_count(today) == 1 and views.overdue_count(today, assigned_user_id=desk.agent.actor.user_id) == 1
    )
    month = views.month_counts(CalendarFilter(today - timedelta(days=10), add_months(today, 13)), today)
    assert sum(d.overdue for d in month) == 1 and sum(d.planned for d in month) == 4
    operator_only = views.visits(
        CalendarFilter(today - timedelta(days=10), add_months(today, 13), operator_id=desk.operator_id)
    )
    assert len(operator_only) == 4
    page = views.visits(CalendarFilter(today - timedelta(days=10), add_months(today, 13)), limit=2)
    rest = views.visits(CalendarFilter(today - timedelta(days=10), add_months(today, 13)), after=page[-1], limit=10)
    assert len(page) + len(rest) == 5
    day = views.my_day(today)
    assert (day.visits, day.today, day.overdue) == ([], 0, 1)
    assert desk.manager.followup_views.overdue_by_operator(today) == []


def test_operator_view_counts_overdue_visits_and_running_businesses(desk):
    today = date.today()
    running_case = desk.approved_case(family="Marche")
    operator_id = desk.operator_id
    visits = desk.agent.followup_views.case_visits(running_case)
    desk.agent.followup.record(visits[1].id, _done(project_status="struggling"))
    desk.agent.followup.record(visits[2].id, _done(project_status="running"))  # the last visit counts
    desk.agent.followup.reschedule(visits[3].id, today - timedelta(days=2), "Retard de l'opérateur")
    load = desk.manager.operators.caseload(operator_id)
    assert (load.overdue_visits, load.businesses_seen, load.businesses_running) == (1, 1, 1)
    assert load.running_share() == "1 of 1 (100 %)"


def test_a_social_only_case_starts_its_follow_up_at_the_assessment(desk):
    from desk.services.assessment_service import AssessmentInput
    from tests.factories import intake_input
    from tests.unit.services.test_assessment import answers

    case_id = desk.agent.intake.register_intake(intake_input(family="Social", phone=None)).case_id
    desk.agent.assessments.record(case_id, AssessmentInput(answers(0), {}, ("social",), ("housing",)))
    visits = desk.agent.followup_views.case_visits(case_id)
    assert [v.month for v in visits] == [1, 3, 6, 9, 12] and visits[0].due_on == add_months(date.today(), 1)
    desk.agent.assessments.record(case_id, AssessmentInput(answers(-1), {}, ("social",), ()))  # once only
    assert len(desk.agent.followup_views.case_visits(case_id)) == 5


def test_my_day_lists_a_capped_number_of_visits_but_counts_them_all(desk, monkeypatch):
    from desk.services import followup_views

    today = date.today()
    for family in ("Premier", "Second"):
        case_id = desk.approved_case(family=family)
        phone = desk.agent.followup_views.case_visits(case_id)[0]  # the agent's own phone call
        desk.agent.followup.reschedule(phone.id, today, "Rappel demandé")
    monkeypatch.setattr(followup_views, "MY_DAY_LIMIT", 1)
    day = desk.agent.followup_views.my_day(today)
    assert len(day.visits) == 1 and day.today == 2 and day.overdue == 0
    assert desk.manager.followup_views.my_day(today).today == 0  # the counts are the person's own
