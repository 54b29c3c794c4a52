"""What the follow-up gives out: the .ics calendars, the monitoring report PDF, the donor workbook and the CLI."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from io import BytesIO

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import update

from desk.cli import run
from desk.models.followup import Visit
from desk.models.returnee import Case, Person
from desk.services.assessment_service import AssessmentInput
from desk.services.errors import PermissionDenied, ValidationError
from desk.services.followup_dto import VisitRecord
from desk.services.followup_rules import add_months
from tests.factories import PASSWORD, intake_input, make_user
from tests.unit.services.test_assessment import answers
from tests.unit.services.test_ledger import Desk


@pytest.fixture
def desk(context):
    return Desk(context)


def _events(data: bytes) -> list:
    calendar = Calendar.from_ical(data)
    return list(calendar.walk("VEVENT"))


def _set_phone(context, case_id: int, phone: str) -> int:
    with context.session_factory.begin() as session:
        person_id = session.get(Case, case_id).person_id
        session.execute(update(Person).where(Person.id == person_id).values(phone=phone, town="Bafoussam"))
    return person_id


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def test_ics_has_one_all_day_event_per_planned_visit(desk, context):
    today = date.today()
    case_id = desk.approved_case(family="Calendrier")
    _set_phone(context, case_id, "699001122")
    first, second, third, *_ = desk.agent.followup_views.case_visits(case_id)
    desk.agent.followup.reschedule(second.id, today - timedelta(days=5), "Avancée à la demande de l'opérateur")
    desk.agent.followup.record(third.id, VisitRecord("done", today, project_status="running"))

    mine = _events(desk.agent.followup_reports.ics_for_user(desk.agent.actor.user_id))
    assert [e.decoded("dtstart") for e in mine] == [add_months(today, 1)]  # the phone call at one month
    (call,) = mine
    assert call.decoded("dtend") == add_months(today, 1) + timedelta(days=1)
    assert not isinstance(call.decoded("dtstart"), datetime)  # all-day
    assert str(call["summary"]) == "Phone call – " + desk.agent.case_files.case_file(case_id).case_number + (
        " – CALENDRIER Awa"
    )
    assert "699001122" in str(call["description"]) and "Bafoussam" in str(call["description"])
    assert str(call["uid"]) == f"visit-{first.id}@guichet.cm"
    assert "dtstamp" in call and "last-modified" in call

    theirs = _events(desk.manager.followup_reports.ics_for_operator(desk.operator_id))
    # planned ones only (the third was recorded), the overdue one included, in date order
    assert [e.decoded("dtstart") for e in theirs] == [
        today - timedelta(days=5),
        add_months(today, 9),
        add_months(today, 12),
    ]
    assert "Overdue by 5 days" in str(theirs[0]["description"])
    assert "questionnaire" in str(theirs[-1]["description"])
    assert len({str(e["uid"]) for e in theirs}) == 3
    # the same export twice gives the same UIDs (a phone updates its events instead of doubling them)
    again = _events(desk.manager.followup_reports.ics_for_operator(desk.operator_id))
    assert [str(e["uid"]) for e in again] == [str(e["uid"]) for e in theirs]
    # a narrower period
    short = desk.manager.followup_reports.ics_for_operator(desk.operator_id, today - timedelta(days=10), today)
    assert len(_events(short)) == 1
    with pytest.raises(ValidationError):
        desk.manager.followup_reports.ics_for_operator(desk.operator_id, today, today - timedelta(days=1))


def test_an_operators_calendar_carries_nothing_personal_without_consent(desk, context):
    case_id = desk.approved_case(family="Discret")
    number = desk.agent.case_files.case_file(case_id).case_number
    person_id = _set_phone(context, case_id, "677889900")
    with_consent = _events(desk.manager.followup_reports.ics_for_operator(desk.operator_id))
    assert "677889900" in str(with_consent[0]["description"]) and "DISCRET" in str(with_consent[0]["summary"])
    desk.agent.intake.withdraw_consent(person_id, "Ne souhaite plus être contactée par l'opérateur")
    without = desk.manager.followup_reports.ics_for_operator(desk.operator_id)
    assert b"677889900" not in without and b"Bafoussam" not in without and b"DISCRET" not in without
    assert all(str(e["summary"]) == f"Field visit – {number}" for e in _events(without))
    # the desk's own agent no longer gets the phone either once the consent is withdrawn
    assert b"677889900" not in desk.agent.followup_reports.ics_for_user(desk.agent.actor.user_id)


def test_an_agent_exports_only_their_own_calendar(desk, context):
    desk.approved_case(family="Permis")
    other = context.for_actor(make_user(context, "agent"))
    with pytest.raises(PermissionDenied):
        other.followup_reports.ics_for_user(desk.agent.actor.user_id)
    with pytest.raises(PermissionDenied):
        other.followup_reports.ics_for_operator(desk.operator_id)
    assert _events(other.followup_reports.ics_for_user(other.actor.user_id)) == []
    assert len(_events(desk.manager.followup_reports.ics_for_user(desk.agent.actor.user_id))) == 1
    admin = context.for_actor(make_user(context, "admin"))
    with pytest.raises(PermissionDenied):
        admin.followup_reports.ics_for_user(admin.actor.user_id)


def _monitored_case(desk) -> int:
    today = date.today()
    case_id = desk.approved_case(1_000_000, family="Rapport")
    agent = desk.agent
    agent.assessments.record(case_id, AssessmentInput(answers(0), {}, ("business",), ()))
    desk.paid_request(case_id, "pocket_money", 45_000)
    first_instalment = agent.ledger_views.case_balance(case_id).instalments[0]
    desk.paid_request(case_id, "business_instalment", 700_000, instalment_id=first_instalment.id)
    visits = agent.followup_views.case_visits(case_id)
    agent.followup.reschedule(visits[0].id, today - timedelta(days=3), "Appel avancé")
    agent.followup.record(
        visits[0].id,
        VisitRecord(
            "done",
            today - timedelta(days=2),
            project_status="struggling",
            income_band="low",
            jobs_created=2,
            employment_status="self_employed",
            problems="Loyer du local augmenté",
            advice="Négocier un bail de deux ans",
        ),
    )
    agent.assessments.record(case_id, AssessmentInput(answers(-1), {}, ("business",), (), kind="followup"))
    return case_id


def test_monitoring_report_shows_what_was_planned_paid_seen_and_scored(desk):
    case_id = _monitored_case(desk)
    number = desk.agent.case_files.case_file(case_id).case_number
    interim = _pdf_text(desk.agent.followup_reports.monitoring_report_pdf(case_id, final=False))
    for expected in (
        number,
        "RAPPORT Awa",
        "Interim monitoring report",
        "What was planned",
        "1,000,000",  # approved by the committee
        "45,000",
        "700,000",
        "745,000",  # paid in all
        "Loyer du local augmenté",
        "Négocier un bail de deux ans",
        "Struggling",
        "Composite score",
        "+1.00",  # from 0 at baseline to 1 at follow-up
    ):
        assert expected in interim, expected
    assert "Conclusion" not in interim and "Next visit" in interim

    desk.agent.followup.close_case(case_id, "abandoned", "A quitté la ville")
    final = _pdf_text(desk.manager.followup_reports.monitoring_report_pdf(case_id, final=True))
    assert "Final monitoring report" in final and "Conclusion" in final
    assert "Abandoned" in final and "A quitté la ville" in final
    report = desk.manager.followup_reports.monitoring_report(case_id, final=True)
    assert report.closed and report.last_seen is not None and report.last_seen.jobs_created == 2
    assert (report.paid_net, report.paid_on_plan, report.approved) == (745_000, 700_000, 1_000_000)
    admin = desk.context.for_actor(make_user(desk.context, "admin"))
    with pytest.raises(PermissionDenied):
        admin.followup_reports.monitoring_report_pdf(case_id, final=True)


def test_a_report_on_a_case_without_plan_or_visit_still_prints(desk):
    case_id = desk.agent.intake.register_intake(intake_input(family="Seul", given="Paul", phone=None)).case_id
    text = _pdf_text(desk.agent.followup_reports.monitoring_report_pdf(case_id, final=True))
    assert "No reintegration plan" in text and "Nothing was paid" in text and "No follow-up visit" in text


def test_the_visits_workbook_is_typed_and_has_no_names(desk, context, tmp_path):
    today = date.today()
    case_id = _monitored_case(desk)
    _set_phone(context, case_id, "655443322")
    late = desk.agent.followup_views.case_visits(case_id)[1]
    desk.agent.followup.reschedule(late.id, today - timedelta(days=7), "Marché")
    out = tmp_path / "visits.xlsx"
    with pytest.raises(PermissionDenied):
        desk.agent.followup_reports.export_followups(out, today - timedelta(days=30), add_months(today, 13))
    with pytest.raises(ValidationError):
        desk.manager.followup_reports.export_followups(out, today, today - timedelta(days=1))
    assert (
        desk.manager.followup_reports.export_followups(out, today - timedelta(days=30), add_months(today, 13), hxl=True)
        == 5
    )
    book = load_workbook(out)
    sheet = book[book.sheetnames[0]]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == "#beneficiary+code" and sheet.freeze_panes == "A3" and sheet.auto_filter.ref
    header = rows[0]
    data = rows[2:]
    assert len(data) == 5
    due = header.index("Due date")
    assert all(isinstance(r[due], datetime) for r in data)
    assert sheet.cell(row=3, column=due + 1).number_format == "dd/mm/yyyy"
    done = next(r for r in data if r[header.index("Status")] == "Done")
    assert done[header.index("Jobs created")] == 2 and done[header.index("Project status")] == "Struggling"
    assert isinstance(done[header.index("Done on")], datetime)
    late_row = next(r for r in data if r[header.index("Days late")])
    assert late_row[header.index("Days late")] == 7 and late_row[header.index("Status")] == "Planned"
    everything = " ".join(
        str(value) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for value in row if value
    )
    # the operator is "Op Rapport": the person's name is RAPPORT Awa
    assert "Awa" not in everything and "655443322" not in everything and "Bafoussam" not in everything
    about = dict(book["About"].iter_rows(values_only=True))
    assert about["Visits in the export"] == 5 and "Manager" in about["Exported by"]


def test_cli_exports_followups_and_the_calendar(desk, context, tmp_path, monkeypatch, capsys):
    _monitored_case(desk)
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    manager = desk.manager.actor.username
    out = tmp_path / "visits.xlsx"
    base = ["export", "followups", str(out), "--db", context.url, "--user", manager]
    assert run([*base, "--to", "2030-01-01"]) == 1
    assert "--from YYYY-MM-DD --to YYYY-MM-DD" in capsys.readouterr().err
    assert not out.exists()
    assert run([*base, "--from", "2020-01-01", "--to", "2040-12-31", "--hxl"]) == 0
    assert "5 visits written" in capsys.readouterr().out
    assert load_workbook(out).sheetnames[0] == "Visits"
    ics = tmp_path / "agent.ics"
    agent = desk.agent.actor.username
    assert run(["calendar", str(ics), "--db", context.url, "--user", agent]) == 0
    assert _events(ics.read_bytes()) == []  # their only call is done
    assert run(["calendar", str(ics), "--db", context.url, "--user", manager, "--operator", str(desk.operator_id)]) == 0
    assert len(_events(ics.read_bytes())) == 4
    assert run(["calendar", str(ics), "--db", context.url, "--user", agent, "--operator", "Op Rapport"]) == 1
    assert "manager" in capsys.readouterr().err


def test_a_visit_moved_keeps_its_uid_and_raises_its_sequence(desk, context):
    case_id = desk.approved_case(family="Sequence")
    visit = desk.agent.followup_views.case_visits(case_id)[1]
    before = _events(desk.manager.followup_reports.ics_for_operator(desk.operator_id))[0]
    desk.agent.followup.reschedule(visit.id, visit.due_on + timedelta(days=2), "Jour férié")
    after = _events(desk.manager.followup_reports.ics_for_operator(desk.operator_id))[0]
    assert str(after["uid"]) == str(before["uid"]) and int(after["sequence"]) > int(before["sequence"])
    assert after.decoded("dtstart") == visit.due_on + timedelta(days=2)
    with context.session_factory.begin() as session:
        assert session.get(Visit, visit.id).moved_from == visit.due_on


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=300))
def test_ics_text_and_folding_read_back_exactly(text):
    """The calendar is written by hand for speed: whatever a person typed comes back intact through icalendar."""
    from icalendar import Calendar

    from desk.services.followup_reports import fold, ics_text

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//EN", "BEGIN:VEVENT", "UID:x@y"]
    lines += ["DTSTART;VALUE=DATE:20260101", f"SUMMARY:{ics_text(text)}", "END:VEVENT", "END:VCALENDAR"]
    data = b"".join(fold(line) for line in lines)
    assert all(len(physical) <= 75 for physical in data.split(b"\r\n"))
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert str(event.get("summary", "")) == text
