"""The returnees roster, the indicators and the committee workbook: built through the services, read back with
openpyxl (read-only, as a donor's tool reads them), and once through LibreOffice when it is installed."""

from __future__ import annotations

import csv
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from desk.models.audit import AuditEntry
from desk.models.plan import Plan
from desk.models.reference import Donor, Programme, Sector
from desk.models.returnee import Case, Person
from desk.services.assessment_service import AssessmentInput
from desk.services.committee_service import Member
from desk.services.consent import sharing_allowed
from desk.services.errors import PermissionDenied, ValidationError
from desk.services.exchange.export_indicators import AGE_BANDS, age_at_return
from desk.services.exports_service import ReturneeFilter
from desk.services.followup_dto import VisitRecord
from desk.services.intake_validation import age_on
from desk.services.progress import Cancelled, CancelToken
from tests.factories import course_input, intake_input, operator_input, session_input
from tests.unit.services.test_assessment import answers
from tests.unit.services.test_committee import GOOD
from tests.unit.services.test_ledger import Desk
from tests.unit.services.test_plans import SALON

FORMULA = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def desk(context):
    return Desk(context)


def register(
    desk, family: str, *, institutions: bool = True, vulnerability_notes: str | None = None, **fields
) -> tuple[int, int]:
    """(case id, person id) of an intake; consent to share with institutions unless told otherwise."""
    intake = intake_input(family=family, **fields)
    intake = replace(
        intake,
        consent=replace(intake.consent, share_institutions=institutions),
        vulnerability_notes=vulnerability_notes,
    )
    registered = desk.agent.intake.register_intake(intake)
    return registered.case_id, registered.person_id


def sheet_rows(path: Path, title: str | None = None) -> list[tuple]:
    book = load_workbook(path, read_only=True)
    try:
        sheet = book[title] if title else book.worksheets[0]
        return [tuple(cell.value for cell in row) for row in sheet.iter_rows()]
    finally:
        book.close()


def about(path: Path) -> dict:
    return {key: value for key, value, *_ in sheet_rows(path, "About")}


def table(path: Path, title: str | None = None, hxl: bool = False) -> list[dict]:
    rows = sheet_rows(path, title)
    header, data = rows[0], rows[2 if hxl else 1 :]
    return [dict(zip(header, row, strict=True)) for row in data if any(v is not None for v in row)]


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


# -- the roster ---------------------------------------------------------------------------------------------------
def test_the_roster_is_typed_and_no_typed_text_becomes_a_formula(desk, context, tmp_path):
    back = date.today() - timedelta(days=12)
    case_id, _ = register(
        desk,
        FORMULA,
        given="@SUM(A1)",
        birth=date(1990, 7, 4),
        return_date=back,
        arrival_group="#N/A",
        notes="+33 6 12 34 56 78 -- note",
    )
    register(desk, "Mbarga", given="Paul", sex="M", birth=None, birth_year=1985, phone="677001122")
    out = tmp_path / "returnees.xlsx"
    result = desk.manager.exports.export_returnees(
        out, [*(c.key for c in desk.manager.exports.returnee_columns() if c.default), "age", "donor", "notes"], hxl=True
    )
    assert (result.rows, result.left_out, result.sensitive) == (2, 0, ())

    book = load_workbook(out, read_only=True)
    sheet = book["Returnees"]
    header, tags, first, second = ([cell.value for cell in row] for row in sheet.iter_rows())
    assert header[:3] == ["Case number", "Family name", "Given names"]
    assert tags[:3] == ["#beneficiary+code", "#affected+name+family", "#affected+name+given"]
    assert {"#gender", "#date+return", "#adm1+name", "#org+funder", "#age"} <= set(tags)
    cells = {header[i]: cell for i, cell in enumerate(next(sheet.iter_rows(min_row=3, max_row=3)))}
    book.close()
    row = dict(zip(header, first, strict=True))
    # text a person typed stays text: no formula, no error value, no number
    assert row["Family name"] == FORMULA and cells["Family name"].data_type == "s"
    assert row["Given names"] == "@SUM(A1)" and cells["Given names"].data_type == "s"
    assert row["Arrival group"] == "#N/A" and cells["Arrival group"].data_type == "s"
    assert row["Notes"] == "+33 6 12 34 56 78 -- note" and cells["Notes"].data_type == "s"
    # typed cells: dates are dates, years and ages numbers, the case number and phone text
    assert row["Date of birth"] == datetime(1990, 7, 4) and cells["Date of birth"].number_format == "dd/mm/yyyy"
    assert row["Return date"] == datetime.combine(back, datetime.min.time())
    assert row["Year of birth (date unknown)"] is None
    assert row["Age at return"] == age_on(date(1990, 7, 4), None, back)
    assert row["Phone"] == "+237699123456" and cells["Phone"].data_type == "s"
    assert isinstance(row["Case number"], str)
    assert (row["Sex"], row["Return type"], row["Status"]) == ("F", "Assisted voluntary return", "Registered")
    estimated = dict(zip(header, second, strict=True))
    assert estimated["Date of birth"] is None and estimated["Year of birth (date unknown)"] == 1985
    assert estimated["Phone"] == "+237677001122" and estimated["Family name"] == "Mbarga"
    # no sensitive column by default
    assert "Vulnerabilities" not in header and "Notes on vulnerabilities" not in header
    meta = about(out)
    assert meta["Rows written"] == 2 and meta["Sensitive data"] == "none" and meta["HXL hashtags"] == "yes"
    assert meta["Cases left out for lack of consent"] == 0 and "Manager" in meta["Exported by"]


def test_only_consented_persons_leave_the_desk(desk, context, tmp_path):
    sharing, _ = register(desk, "Partage")
    register(desk, "Refus", institutions=False)  # agreed to processing, not to sharing with institutions
    _, withdrawn = register(desk, "Retrait")
    desk.agent.intake.withdraw_consent(withdrawn, "ne souhaite plus")
    # a second case with a newer consent that no longer covers institutions: the latest consent decides
    _, changed = register(desk, "Revenu")
    register(desk, "Revenu", institutions=False, existing_person_id=changed)
    out = tmp_path / "partner.xlsx"
    result = desk.manager.exports.export_returnees(out, ["case_number", "family_name"])
    assert [r["Family name"] for r in table(out)] == ["Partage"]
    assert (result.rows, result.left_out, result.left_out_persons) == (1, 4, 3)
    meta = about(out)
    assert meta["Cases left out for lack of consent"] == 4 and meta["Persons left out for lack of consent"] == 3
    assert "consent to share with institutions" in meta["Intended for"]
    # the SQL rule is sharing_allowed's rule, person by person
    with context.session_factory() as session:
        persons = session.execute(select(Person.id, Person.family_name)).all()
        allowed = {name for pid, name in persons if sharing_allowed(session, pid, "institutions")}
    assert allowed == {"Partage"}
    # inside the desk: everyone
    inside = desk.manager.exports.export_returnees(out, ["family_name"], for_partner=False)
    assert (inside.rows, inside.left_out) == (5, 0)
    assert sorted(r["Family name"] for r in table(out)) == ["Partage", "Refus", "Retrait", "Revenu", "Revenu"]
    assert "every person" in about(out)["Intended for"]


def test_sensitive_columns_need_the_role_and_are_audited(desk, context, tmp_path):
    register(
        desk,
        "Vulnerable",
        vulnerabilities=("psychosocial", "medical"),
        vulnerability_notes="#N/A suivi au CHU",
    )
    out = tmp_path / "sensitive.xlsx"
    columns = ["case_number", "vulnerabilities", "vulnerability_notes"]
    # finance may export, but never sees vulnerabilities; an agent may not export at all
    with pytest.raises(PermissionDenied, match="sensitive"):
        desk.finance.exports.export_returnees(out, columns)
    with pytest.raises(PermissionDenied):
        desk.agent.exports.export_returnees(out, ["case_number"])
    assert not out.exists()
    assert [c.key for c in desk.finance.exports.returnee_columns() if not c.allowed] == [
        "vulnerabilities",
        "vulnerability_notes",
    ]
    # the default export of finance holds none of it
    desk.finance.exports.export_returnees(out, None, for_partner=False)
    flat = " ".join(str(v) for row in sheet_rows(out) for v in row if v is not None)
    assert "Medical" not in flat and "CHU" not in flat

    result = desk.manager.exports.export_returnees(out, columns)
    assert result.sensitive == ("vulnerabilities", "vulnerability_notes")
    (row,) = table(out)
    assert row["Vulnerabilities"] == "Medical needs; Psychosocial distress"
    assert row["Notes on vulnerabilities"] == "#N/A suivi au CHU"
    assert "Vulnerabilities" in about(out)["Sensitive data"]

    with context.session_factory() as session:
        events = session.scalars(select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id)).all()
    assert len(events) == 2  # the finance export and the manager's; the refused ones left no file and no trace
    finance_event, manager_event = events
    assert finance_event.changes["sensitive_columns"] == [] and finance_event.changes["for_partner"] is False
    assert manager_event.username == desk.manager.actor.username
    assert manager_event.changes["sensitive_columns"] == ["vulnerabilities", "vulnerability_notes"]
    assert manager_event.changes["columns"] == columns and manager_event.changes["rows"] == 1
    assert "SENSITIVE" in manager_event.summary and "CHU" not in str(manager_event.changes)


def test_bad_column_choices_and_filters(desk, tmp_path):
    case_id, _ = register(desk, "Filtre", return_date=date.today() - timedelta(days=40))
    register(desk, "Hors", return_date=date.today() - timedelta(days=400))
    exports = desk.manager.exports
    out = tmp_path / "x.xlsx"
    with pytest.raises(ValidationError, match="shoe_size unknown") as error:
        exports.export_returnees(out, ["case_number", "shoe_size"])
    assert "case_number" in error.value.message and "arrival_group" in error.value.message
    with pytest.raises(ValidationError):
        exports.export_returnees(out, [" "])
    with pytest.raises(ValidationError):
        exports.returnee_filter(date.today(), date.today() - timedelta(days=1))
    with pytest.raises(ValidationError, match="donor"):
        exports.returnee_filter(donor_code="NOPE")
    recent = exports.returnee_filter(date.today() - timedelta(days=60), date.today())
    assert exports.export_returnees(out, ["family_name", "family_name"], recent).rows == 1
    assert table(out) == [{"Family name": "Filtre"}]
    assert about(out)["Return date to"] == date.today().strftime("%d/%m/%Y")
    assert exports.export_returnees(out, ["family_name"], ReturneeFilter(status="closed")).rows == 0


def test_a_cancelled_roster_leaves_no_file_and_no_trace(desk, context, tmp_path):
    register(desk, "Annule")
    token = CancelToken()
    token.cancel()
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cancelled.xlsx"
    with pytest.raises(Cancelled):
        desk.manager.exports.export_returnees(out, cancel=token)
    assert list(folder.iterdir()) == []
    with context.session_factory() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all() == []


def test_no_roster_is_left_behind_without_its_audit_entry(desk, tmp_path, monkeypatch):
    register(desk, "Trace")
    out = tmp_path / "untraced.xlsx"

    def broken(*_args, **_kwargs):
        raise RuntimeError("audit trail unavailable")

    monkeypatch.setattr("desk.services.exports_service.record_event", broken)
    with pytest.raises(RuntimeError):
        desk.manager.exports.export_returnees(out)
    assert not out.exists()


# -- indicators ---------------------------------------------------------------------------------------------------
@pytest.fixture
def indicators_desk(desk, context):
    """Five persons whose indicators are obvious (see the test); the period is the last 30 days."""
    today = date.today()
    back = today - timedelta(days=10)
    # Alpha, F, 18 on the very day of return; assessed (social and business); a second case, same return day
    alpha, alpha_person = register(desk, "Alpha", birth=years_before(back, 18), return_date=back)
    desk.agent.assessments.record(alpha, AssessmentInput(answers(0), {}, ("social", "business"), ()))
    register(desk, "Alpha", birth=years_before(back, 18), return_date=back, existing_person_id=alpha_person)
    # Bravo, M, 17 at return (18 the day after); referred
    bravo, _ = register(
        desk, "Bravo", sex="M", birth=years_before(back, 18) + timedelta(days=1), return_date=back, guardian="Mère"
    )
    institution = next(i.id for i in desk.agent.reference.list_items("institutions") if i.code == "FNE")
    desk.agent.referrals.refer(bravo, institution, "Recherche d'emploi", None)
    # Charlie, F, born in (return year - 50), registered long ago; completed a training in the period
    charlie, _ = register(desk, "Charlie", birth=None, birth_year=back.year - 50, return_date=back)
    training = desk.manager.training.save_session(session_input(desk.manager.training.save_course(course_input())))
    desk.agent.training.enrol(training, [charlie])
    (line,) = desk.agent.training.roster(training)
    desk.agent.training.set_outcome(line.enrolment_id, "completed")
    # Delta, F, born 12/03/1998, back 21 days ago: approved, paid, followed up
    delta = desk.approved_case(family="Delta")
    desk.paid_request(delta, "pocket_money", 50_000)
    first_visit = desk.agent.followup_views.case_visits(delta)[0]
    desk.agent.followup.record(first_visit.id, VisitRecord("done", today, project_status="running"))
    # Echo, M, age unknown: approved, paid then reversed (net zero: not paid)
    echo = desk.approved_case(family="Echo")
    entry_id, _ = desk.paid_request(echo, "pocket_money", 30_000)
    desk.finance.ledger.reverse(entry_id, "mauvais numéro")
    with context.session_factory.begin() as session:
        long_ago = datetime.now(UTC) - timedelta(days=400)
        session.execute(update(Case).where(Case.id == charlie).values(opened_at=long_ago))
        echo_person = session.scalar(select(Case.person_id).where(Case.id == echo))
        session.execute(
            update(Person).where(Person.id == echo_person).values(sex="M", birth_date=None, birth_year=None)
        )
        services = session.scalar(select(Sector.id).where(Sector.code == "SERVICES"))
        session.execute(update(Plan).where(Plan.case_id == delta).values(sector_id=services))
    return desk, today - timedelta(days=30), today, {"delta": delta, "echo": echo}


ZERO = dict.fromkeys(("registered", "assessed", "referred", "trained", "approved", "paid", "followed_up"), 0)


def expect(**counts: int) -> dict:
    return {**ZERO, **counts}


def test_indicators_by_sex_and_age_band_count_each_person_once(indicators_desk):
    desk, first, last, _ = indicators_desk
    report = desk.manager.exports.indicators(first, last)
    assert report.totals == expect(registered=4, assessed=1, referred=1, trained=1, approved=2, paid=1, followed_up=1)
    by_sex = report.by("sex")
    assert [line.codes for line in by_sex.lines] == [("F",), ("M",)]
    assert by_sex.line("F").labels == ("Female",)
    assert by_sex.line("F").counts == expect(registered=2, assessed=1, trained=1, approved=1, paid=1, followed_up=1)
    assert by_sex.line("M").counts == expect(registered=2, referred=1, approved=1)
    by_age = report.by("age_band")
    assert [line.codes for line in by_age.lines] == [("0-17",), ("18-24",), ("25-34",), ("50+",), ("",)]
    assert by_age.line("0-17").counts == expect(registered=1, referred=1)  # Bravo, a day short of 18
    assert by_age.line("18-24").counts == expect(registered=1, assessed=1)  # Alpha, 18 that very day
    assert by_age.line("25-34").counts == expect(registered=1, approved=1, paid=1, followed_up=1)
    assert by_age.line("50+").counts == expect(trained=1)  # Charlie, registered before the period
    assert by_age.line("").counts == expect(registered=1, approved=1) and by_age.line("").labels == ("Age unknown",)
    crossed = report.by("sex_age_band")
    assert crossed.line("M", "0-17").counts == expect(registered=1, referred=1)
    assert crossed.line("M", "").counts == expect(registered=1, approved=1)
    assert crossed.line("F", "0-17") is None


def test_indicators_by_aid_level_sector_programme_and_donor(indicators_desk, context):
    desk, first, last, cases = indicators_desk
    report = desk.manager.exports.indicators(first, last)
    aid = report.by("aid_level")
    assert aid.overlapping
    assert aid.line("social").counts == aid.line("business").counts == expect(registered=1, assessed=1)
    # Alpha's second case has no assessment: Alpha is also among the persons without one
    assert aid.line("").counts == expect(registered=4, referred=1, trained=1, approved=2, paid=1, followed_up=1)
    assert aid.line("").labels == ("No baseline assessment",)
    sector = report.by("sector")
    assert sector.line(str(_sector_id(context))).counts == expect(registered=1, approved=1, paid=1, followed_up=1)
    assert sector.line("").counts == expect(registered=3, assessed=1, referred=1, trained=1, approved=1)
    (programme_line,) = report.by("programme").lines
    assert programme_line.codes == ("",) and programme_line.counts == report.totals
    # a donor: only the cases of its programmes
    with context.session_factory.begin() as session:
        programme = session.scalars(select(Programme).where(Programme.donor_id.is_not(None))).first()
        donor = session.get(Donor, programme.donor_id).code
        session.execute(update(Case).where(Case.id == cases["delta"]).values(programme_id=programme.id))
        programme_code = programme.code
    funded = desk.manager.exports.indicators(first, last, donor.lower())
    assert funded.donor == donor
    assert funded.totals == expect(registered=1, approved=1, paid=1, followed_up=1)
    (line,) = funded.by("programme").lines
    assert line.labels == (programme_code,)
    # outside the period, nothing
    assert desk.manager.exports.indicators(first - timedelta(days=900), first - timedelta(days=800)).totals == ZERO


def _sector_id(context) -> int:
    with context.session_factory() as session:
        return session.scalar(select(Sector.id).where(Sector.code == "SERVICES"))


def test_indicators_workbook(indicators_desk, tmp_path):
    desk, first, last, _ = indicators_desk
    out = tmp_path / "indicators.xlsx"
    with pytest.raises(PermissionDenied):
        desk.agent.exports.export_indicators(out, first, last)
    with pytest.raises(ValidationError):
        desk.manager.exports.export_indicators(out, last, first)
    desk.finance.exports.export_indicators(out, first, last, hxl=True)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == [
        "Indicators",
        "By sex",
        "By age band",
        "By sex and age band",
        "By region",
        "By programme",
        "By aid level",
        "By sector",
        "About",
    ]
    book.close()
    summary = {r["Indicator"]: r["Persons"] for r in table(out, "Indicators", hxl=True)}
    assert summary == {
        "Persons registered": 4,
        "Persons assessed": 1,
        "Persons referred": 1,
        "Persons trained": 1,
        "Persons with an approved plan": 2,
        "Persons paid": 1,
        "Persons followed up": 1,
    }
    rows = sheet_rows(out, "By sex")
    assert rows[0] == (
        "Sex",
        "Persons registered",
        "Persons assessed",
        "Persons referred",
        "Persons trained",
        "Persons with an approved plan",
        "Persons paid",
        "Persons followed up",
    )
    assert rows[1][:3] == ("#gender", "#affected+registered+num", "#affected+assessed+num")
    assert rows[2] == ("Female", 2, 1, 0, 1, 1, 1, 1) and rows[3] == ("Male", 2, 0, 1, 0, 1, 0, 0)
    assert rows[-1] == ("Total (each person counted once)", 4, 1, 1, 1, 2, 1, 1)
    assert all(isinstance(v, int) for v in rows[2][1:])
    crossed = sheet_rows(out, "By sex and age band")
    assert crossed[0][:2] == ("Sex", "Age band at return") and ("Male", "0-17", 1, 0, 1, 0, 0, 0, 0) in crossed
    aid = sheet_rows(out, "By aid level")
    assert "counted on each of their lines" in aid[-1][0]
    meta = about(out)
    assert meta["Persons registered"] == 4 and meta["From"] == first.strftime("%d/%m/%Y")
    assert meta["Donor"] == "all donors"


def test_age_at_return_in_sql_is_the_intake_rule(desk, context):
    """The database's age (GROUP BY) and Python's age_on agree, birthdays and 29 February included."""
    back = date(2026, 3, 1)
    births = [date(2008, 3, 1), date(2008, 3, 2), date(2008, 2, 29), date(1976, 2, 29), date(2000, 12, 31)]
    for i, birth in enumerate(births):
        register(desk, f"Age{i}", birth=birth, return_date=back, guardian="Père")
    register(desk, "Annee", birth=None, birth_year=1960, return_date=back)
    with context.session_factory() as session:
        rows = session.execute(
            select(Person.birth_date, Person.birth_year, age_at_return())
            .join(Case, Case.person_id == Person.id)
            .order_by(Person.id)
        ).all()
    assert [int(age) for *_, age in rows] == [age_on(b, y, back) for b, y, _ in rows]
    assert [int(age) for *_, age in rows] == [18, 17, 18, 50, 25, 66]
    assert [band[0] for band in AGE_BANDS] == ["0-17", "18-24", "25-34", "35-49", "50+"]


# -- the committee ------------------------------------------------------------------------------------------------
def test_committee_workbook_decisions_and_synthesis(desk, context, tmp_path):
    manager = desk.manager
    op_id = manager.operators.save_operator(operator_input(name="Op Comité"))
    sector_id = _sector_id(context)
    cases = []
    for i in range(3):
        case_id, _ = register(desk, f"Comite{i}", phone=None)
        manager.operators.designate(case_id, op_id)
        desk.agent.plans.save(case_id, replace(SALON, sector_id=sector_id))
        desk.agent.plans.submit(case_id)
        cases.append(case_id)
    session_id = manager.committee.open_session(
        date(2026, 3, 12), "Yaoundé", [Member("Jean-Pierre Mbarga", "MINJEC"), Member("Claire Dupuis", "UE")]
    )
    first, second, _third = manager.committee.agenda(session_id)
    manager.committee.decide(session_id, first.plan_id, "approved", GOOD, 1_150_000, "#N/A", conditions="=SUM(A1:A9)")
    manager.committee.decide(session_id, second.plan_id, "to_amend", {**GOOD, "viability": 2}, comment="budget")
    out = tmp_path / "committee.xlsx"
    with pytest.raises(PermissionDenied):
        desk.finance.exports.export_committee(out, session_id)
    assert manager.exports.export_committee(out, session_id, hxl=True) == 2
    decisions = table(out, "Decisions", hxl=True)
    assert [d["Case number"] for d in decisions] == [first.case_number, second.case_number]
    approved, amend = decisions
    assert approved["Requested (XAF)"] == 1_200_000 and approved["Approved (XAF)"] == 1_150_000
    assert (approved["Decision"], amend["Decision"], amend["Approved (XAF)"]) == ("approved", "to amend", 0)
    assert (approved["Profitability"], amend["Viability"], approved["Technical feasibility"]) == (4, 2, 3)
    assert approved["Conditions"] == "=SUM(A1:A9)" and approved["Comment"] == "#N/A"
    assert approved["Sector"] == "Personal services" and approved["Operator"] == "Op Comité"
    assert "Comite" not in str(decisions)  # no names
    by_sector = sheet_rows(out, "By sector")
    assert by_sector[0] == ("Sector", "Plans decided", "Requested (XAF)", "Approved (XAF)")
    assert by_sector[2] == ("Personal services", 2, 2_400_000, 1_150_000)
    assert by_sector[-1] == ("Total", 2, 2_400_000, 1_150_000)
    assert sheet_rows(out, "By value chain")[2][:3] == ("Personal services", "–", 2)
    meta = about(out)
    assert meta["Decisions"] == 2 and meta["Plans waiting for a committee when exported"] == 1
    assert meta["Decisions “approved”"] == 1 and "Claire Dupuis (UE)" in meta["Members"]
    assert meta["Minutes"] == "provisional (session still open)"


# -- LibreOffice --------------------------------------------------------------------------------------------------
def _libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.skipif(_libreoffice() is None, reason="LibreOffice is not installed (libreoffice/soffice not on PATH)")
def test_libreoffice_reads_the_roster_with_the_same_values(desk, tmp_path):
    register(desk, FORMULA, given="#N/A", birth=date(1990, 7, 4), return_date=date(2026, 1, 15), notes="-5")
    register(desk, "Ngo Bassa", given="Élise", birth=None, birth_year=1985, return_date=date(2026, 2, 1))
    out = tmp_path / "roster.xlsx"
    desk.manager.exports.export_returnees(
        out,
        ["case_number", "family_name", "given_names", "birth_date", "birth_year", "return_date", "notes"],
        for_partner=False,
    )
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [
            _libreoffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    with open(tmp_path / "roster.csv", encoding="utf-8", newline="") as fh:
        converted = list(csv.reader(fh))

    def shown(value) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            return value.strftime("%d/%m/%Y")
        return str(value)

    expected = [[shown(v) for v in row] for row in sheet_rows(out, "Returnees")]
    assert converted == expected
    assert converted[1][1] == FORMULA and converted[1][2] == "#N/A" and converted[1][6] == "-5"
