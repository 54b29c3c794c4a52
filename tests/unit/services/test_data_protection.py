"""Data protection: consent withdrawal blocks what leaves the desk; erasure requests are recorded by a manager,
decided and executed by the administrator (pseudonymisation, ledger untouched, audit without the erased values);
the retention review flags closed cases past the desk's period."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text, update

from desk.cli import run
from desk.models.audit import AuditEntry
from desk.models.followup import CaseClosure
from desk.models.intake import CaseVulnerability, Consent, IntakeDraft
from desk.models.ledger import LedgerEntry
from desk.models.returnee import Case, Person
from desk.services.data_protection import DataProtectionService
from desk.services.data_protection_dto import ErasureInput
from desk.services.errors import Conflict, PermissionDenied, ValidationError
from desk.services.followup_dto import VisitRecord
from desk.services.followup_rules import add_months
from desk.services.ledger_dto import RequestInput
from tests.factories import intake_input, make_user, operator_input
from tests.unit.services.test_committee import GOOD
from tests.unit.services.test_ledger import CASH, MOMO, Desk
from tests.unit.services.test_plans import SALON

ERASED_TABLES = (
    "persons",
    "cases",
    "consents",
    "visits",
    "referrals",
    "case_closures",
    "designations",
    "plans",
    "committee_decisions",
    "disbursement_requests",
    "person_merges",
    "erasure_requests",
    "intake_drafts",
)
SECRETS = ("ngono", "mireille", "699123456", "99 12 34 56", "cm-778899", "laquintinie", "677001122", "bonamoussadi")


class Office(Desk):
    """The ledger tests' desk (agent, manager, finance) with an administrator and the data protection service."""

    def __init__(self, context):
        super().__init__(context)
        self.admin = context.for_actor(make_user(context, "admin"))
        self.dp_manager = DataProtectionService(context.session_factory, self.manager.actor)
        self.dp_admin = DataProtectionService(context.session_factory, self.admin.actor)

    def person_of(self, case_id: int) -> int:
        return self.agent.case_files.case_file(case_id).person_id

    def registered(
        self,
        family: str = "Ngono",
        *,
        institutions: bool = True,
        phone: str | None = "699123456",
        id_number: str | None = "CM-778899",
    ) -> int:
        base = intake_input(
            family=family,
            given="Aïcha Mireille",
            phone=phone,
            id_number=id_number,
            guardian="Paul Ngono",
            vulnerabilities=("medical",),
            notes="Arrivée avec sa cousine Mireille, quartier Bonamoussadi",
        )
        return self.agent.intake.register_intake(
            replace(
                base,
                identity=replace(base.identity, relative_name="Paul Ngono", relative_phone="677001122"),
                consent=replace(base.consent, share_institutions=institutions),
                vulnerability_notes="Suivi médical à Laquintinie",
            )
        ).case_id

    def approved(self, case_id: int) -> None:
        op_id = self.manager.operators.save_operator(operator_input(name=f"Op {case_id}"))
        self.manager.operators.designate(case_id, op_id, "Aïcha Ngono habite près de l'opérateur")
        self.operator_id = op_id
        self.agent.plans.save(case_id, SALON)
        self.agent.plans.submit(case_id)
        session_id = self.manager.committee.open_session(date.today(), "Yaoundé", ["MINJEC"])
        plan_id = next(i.plan_id for i in self.manager.committee.agenda(session_id) if i.case_id == case_id)
        self.manager.committee.decide(session_id, plan_id, "approved", GOOD, 1_000_000, "")

    def ask(self, case_id: int, reason: str = "Mme Ngono (699123456) demande l'effacement par courrier") -> int:
        return self.dp_manager.record_request(ErasureInput(case_id, "person", date.today(), reason))

    def request(self, request_id: int):
        return next(r for r in self.dp_admin.requests() if r.id == request_id)


@pytest.fixture
def office(context):
    return Office(context)


def _audit_text(context, after_id: int) -> str:
    with context.session_factory() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.changes, AuditEntry.summary).where(AuditEntry.id > after_id)
        ).all()
    return json.dumps([list(row) for row in rows], ensure_ascii=False).casefold()


def _last_audit_id(context) -> int:
    with context.session_factory() as s:
        return int(s.scalar(select(func.max(AuditEntry.id))) or 0)


# -- erasure ------------------------------------------------------------------------------------------------------
def test_only_a_manager_records_and_only_the_admin_decides(office, context):
    case_id = office.registered()
    for services in (office.agent, office.finance, office.admin):
        with pytest.raises(PermissionDenied):
            DataProtectionService(context.session_factory, services.actor).record_request(
                ErasureInput(case_id, "person", date.today(), "Demande")
            )
    request_id = office.ask(case_id)
    version = office.request(request_id).version
    for services in (office.agent, office.manager, office.finance):
        service = DataProtectionService(context.session_factory, services.actor)
        with pytest.raises(PermissionDenied):
            service.approve(request_id, version)
        with pytest.raises(PermissionDenied):
            service.execute(request_id, version, "x")
        with pytest.raises(PermissionDenied):
            service.flagged_cases()


def test_an_approved_request_pseudonymises_the_person_and_leaves_the_ledger_verifiable(office, context):
    case_id = office.registered()
    person_id = office.person_of(case_id)
    office.approved(case_id)
    paid = office.agent.ledger.request(RequestInput(case_id, "pocket_money", 45_000, MOMO))
    office.manager.ledger.approve(paid)
    office.finance.ledger.pay(paid, reference="MP2611.0001")  # the payee's phone and name go into the ledger
    institution = office.agent.reference.list_items("institutions")[0].id
    office.agent.referrals.refer(case_id, institution, "Aïcha Ngono a besoin d'un suivi psychologique", None)
    first = office.agent.followup_views.case_visits(case_id)[0]
    office.agent.followup.record(
        first.id, VisitRecord("done", date.today(), project_status="running", problems="Mireille: loyer impayé")
    )
    office.agent.intake.save_draft(
        "Ngono Aïcha", {"family_name": "NGONO", "given_names": "Aicha", "phone": "699123456"}
    )
    office.agent.intake.save_draft("Tchoupo Jean", {"family_name": "Tchoupo", "given_names": "Jean"})
    duplicate_case = office.registered(phone=None, id_number=None)  # the same person registered twice, merged
    duplicate = office.person_of(duplicate_case)
    office.manager.case_files.merge_persons(person_id, duplicate, "Même personne (Aïcha Ngono)")
    with context.session_factory.begin() as s:
        s.execute(update(Person).where(Person.id == person_id).values(photo=b"\xff\xd8 jpeg"))
    with context.session_factory() as s:
        ledger_before = s.execute(select(LedgerEntry.seq, LedgerEntry.hash).order_by(LedgerEntry.seq)).all()
    for case in (case_id, duplicate_case):
        office.manager.followup.close_case(case, "abandoned", "Aïcha Ngono ne souhaite plus être suivie")

    request_id = office.ask(case_id)
    number = office.agent.case_files.case_file(case_id).case_number
    before = _last_audit_id(context)
    office.dp_admin.approve(request_id, office.request(request_id).version)
    with pytest.raises(ValidationError, match=number):
        office.dp_admin.execute(request_id, office.request(request_id).version, "CM-2000-000001")
    report = office.dp_admin.execute(request_id, office.request(request_id).version, number.lower())

    assert report.pseudonym.startswith("ANONYMISÉ-") and len(report.pseudonym) == len("ANONYMISÉ-") + 8
    assert (report.persons, report.cases, report.kept_ledger_entries) == (2, 2, 1)
    assert report.changed["vulnerabilities"] == 2 and report.changed["intake_drafts"] == 1
    file = office.agent.case_files.case_file(case_id)
    assert (file.family_name, file.given_names, file.phone, file.town, file.id_document) == (
        report.pseudonym,
        "",
        "",
        "",
        "",
    )
    assert file.birth == "≈ 1998" and file.sex == "F"
    assert file.consent is not None and file.consent.withdrawn_at is not None and file.consent.guardian_name is None
    with context.session_factory() as s:
        people = s.scalars(select(Person).where(Person.id.in_((person_id, duplicate)))).all()
        assert all(p.pseudonymised_at is not None and p.photo is None and p.relative_name is None for p in people)
        assert s.scalar(select(func.count()).select_from(CaseVulnerability)) == 0
        assert [d.label for d in s.scalars(select(IntakeDraft))] == ["Tchoupo Jean"]
        assert s.execute(select(LedgerEntry.seq, LedgerEntry.hash).order_by(LedgerEntry.seq)).all() == ledger_before
        # kept on purpose: the ledger entry is the legal, chained record of who was paid (see desk/services/erasure.py)
        assert "NGONO" in s.scalar(select(LedgerEntry.collector_name)).upper()
        every_text = " ".join(
            str(v)
            for table in ERASED_TABLES
            for row in s.execute(text(f"SELECT * FROM {table}")).all()  # noqa: S608 - fixed table names
            for v in row
            if v is not None
        ).casefold()
        assert not [secret for secret in SECRETS if secret in every_text]
        if context.backend == "sqlite":  # the search index holds no trace of the names
            assert s.execute(text("SELECT rowid FROM persons_fts WHERE persons_fts MATCH 'ngono'")).all() == []
    found = office.agent.registry.search(number)
    assert [r.family_name for r in found] == [report.pseudonym]
    assert office.agent.registry.search("Ngono") == []
    # the audit trail records the erasure, never an erased value
    trail = _audit_text(context, before)
    assert "erase" in trail and report.pseudonym.casefold() in trail
    assert not [secret for secret in SECRETS if secret in trail]
    assert "ngono" not in office.request(request_id).reason.casefold()
    assert run(["verify", "--db", context.url]) == 0  # the ledger's and the audit trail's chains both hold
    # erasing twice is refused
    with pytest.raises(ValidationError, match="already executed"):
        office.dp_admin.execute(request_id, office.request(request_id).version, number)
    with pytest.raises(ValidationError, match="already been pseudonymised"):
        office.ask(case_id)


def test_execution_is_refused_while_a_payment_is_pending_or_a_case_is_open(office):
    case_id = office.registered()
    office.approved(case_id)
    request_id = office.ask(case_id)
    with pytest.raises(ValidationError, match="already open"):
        office.ask(case_id)
    office.dp_admin.approve(request_id, office.request(request_id).version)
    view = office.request(request_id)
    assert view.blockers and view.case_number in view.blockers[0]
    with pytest.raises(ValidationError, match="still open"):
        office.dp_admin.execute(request_id, view.version, view.case_number)
    office.dp_admin.refuse(request_id, view.version, "Le dossier est en cours de paiement")
    assert office.request(request_id).status == "refused" and not office.request(request_id).blockers
    office.agent.ledger.request(RequestInput(case_id, "pocket_money", 20_000, CASH))
    with pytest.raises(ValidationError, match="payment is pending"):
        office.ask(case_id)


def test_decisions_follow_the_request_and_its_version(office):
    request_id = office.ask(office.registered())
    view = office.request(request_id)
    assert (view.status, view.asked_by_label, view.requested_by) == (
        "requested",
        "The person",
        office.manager.actor.username,
    )
    with pytest.raises(ValidationError, match="approved"):
        office.dp_admin.execute(request_id, view.version, view.case_number)
    with pytest.raises(ValidationError, match="required"):
        office.dp_admin.refuse(request_id, view.version, " ")
    office.dp_admin.approve(request_id, view.version)
    with pytest.raises(Conflict):
        office.dp_admin.approve(request_id, view.version)  # seen before the approval
    with pytest.raises(ValidationError, match="waiting for a decision"):
        office.dp_admin.approve(request_id, office.request(request_id).version)
    assert office.dp_manager.request_for_case(view.case_id).status == "approved"
    with pytest.raises(ValidationError, match="future"):
        office.dp_manager.record_request(ErasureInput(view.case_id, "person", date.today() + timedelta(days=1), "x"))


# -- retention ------------------------------------------------------------------------------------------------------
def _closed_years_ago(office, context, case_id: int, years: int) -> None:
    office.manager.followup.close_case(case_id, "abandoned", "Parti sans laisser d'adresse")
    long_ago = datetime.now(UTC) - timedelta(days=365 * years + 2)
    with context.session_factory.begin() as s:
        s.execute(update(CaseClosure).where(CaseClosure.case_id == case_id).values(created_at=long_ago))


def test_retention_flags_old_closed_cases_without_names(office, context):
    old = office.registered("Ancien")
    recent = office.registered("Recent", phone="677112233", id_number=None)
    came_back = office.registered("Revenu", phone="655112233", id_number=None)
    _closed_years_ago(office, context, old, 6)
    _closed_years_ago(office, context, recent, 2)
    _closed_years_ago(office, context, came_back, 8)
    office.agent.intake.register_intake(
        replace(intake_input("Revenu", phone=None), existing_person_id=office.person_of(came_back))
    )  # a new case, still open: the person's file stays
    assert office.dp_admin.retention_years() == 5
    flagged = office.dp_admin.flagged_cases()
    assert flagged.total == 1 and [f.case_id for f in flagged.rows] == [old]
    row = flagged.rows[0]
    assert row.reason == "Abandoned" and row.closed_on < date.today() - timedelta(days=365 * 5)
    assert "Ancien" not in repr(flagged)
    with pytest.raises(ValidationError, match="between 1 and 50"):
        office.dp_admin.set_retention_years(0)
    with pytest.raises(PermissionDenied):
        DataProtectionService(context.session_factory, office.manager.actor).set_retention_years(1)
    office.dp_admin.set_retention_years(1)
    assert {f.case_id for f in office.dp_admin.flagged_cases().rows} == {old, recent}
    with pytest.raises(ValidationError, match="retention period"):
        office.dp_admin.request_from_retention(came_back, "Revue annuelle")
    request_id = office.dp_admin.request_from_retention(old, "Revue annuelle de conservation")
    view = office.request(request_id)
    assert view.asked_by == "retention" and not view.blockers
    assert next(f for f in office.dp_admin.flagged_cases().rows if f.case_id == old).request_status == "To decide"
    office.dp_admin.approve(request_id, view.version)
    office.dp_admin.execute(request_id, office.request(request_id).version, view.case_number)
    assert {f.case_id for f in office.dp_admin.flagged_cases().rows} == {recent}  # erased ones leave the list


# -- consent withdrawal blocks what leaves the desk -----------------------------------------------------------------
def test_withdrawn_consent_blocks_every_export_that_names_or_describes_the_person(office, context, tmp_path):
    kept, withdrawn = office.registered("Garde"), office.registered("Retire", phone="677445566", id_number=None)
    for case_id in (kept, withdrawn):
        office.approved(case_id)
    office.agent.intake.withdraw_consent(office.person_of(withdrawn), "Ne veut plus être contactée")
    today = date.today()
    # the roster for a partner
    roster = office.manager.exports.export_returnees(tmp_path / "roster.xlsx")
    assert (roster.rows, roster.left_out, roster.left_out_persons) == (1, 1, 1)
    # the visits workbook for the funder: the withdrawn person's visits are left out, and the About sheet says so
    visits = office.manager.followup_reports.followup_export(tmp_path / "visits.xlsx", today, add_months(today, 13))
    per_case = len(office.agent.followup_views.case_visits(kept))
    assert (visits.rows, visits.left_out, visits.left_out_persons) == (per_case, per_case, 1)
    book = load_workbook(tmp_path / "visits.xlsx")
    numbers = {row[0] for row in book[book.sheetnames[0]].iter_rows(min_row=2, values_only=True)}
    assert office.agent.case_files.case_file(withdrawn).case_number not in numbers
    assert (
        dict(book["About"].iter_rows(values_only=True))["Visits left out (consent withdrawn or not given)"] == per_case
    )
    # the monitoring report for the funder
    assert office.agent.followup_reports.monitoring_report_pdf(kept, final=False).startswith(b"%PDF")
    with pytest.raises(PermissionDenied, match="consent"):
        office.agent.followup_reports.monitoring_report_pdf(withdrawn, final=False)
    # a referral letter, even for a referral sent before the withdrawal
    institution = office.agent.reference.list_items("institutions")[0].id
    referral = office.agent.referrals.refer(kept, institution, "Formation", None)
    assert office.agent.referrals.letter_pdf(referral, "Guichet").startswith(b"%PDF")
    office.agent.intake.withdraw_consent(office.person_of(kept), "Change d'avis")
    with pytest.raises(PermissionDenied, match="consent"):
        office.agent.referrals.letter_pdf(referral, "Guichet")
    with pytest.raises(PermissionDenied):
        office.agent.referrals.refer(kept, institution, "Santé", None)
    # the operator's calendar no longer names them
    calendar = office.manager.followup_reports.ics_for_operator(office.operator_id)
    assert calendar.startswith(b"BEGIN:VCALENDAR") and b"GARDE" not in calendar and b"Mireille" not in calendar


def test_consent_rule_in_sql_agrees_with_sharing_allowed(office, context):
    from desk.services.consent import sharing_allowed
    from desk.services.exchange.export_returnees import consent_in_force

    cases = [office.registered(f"Regle{i}", phone=None, id_number=None, institutions=bool(i % 2)) for i in range(3)]
    office.agent.intake.withdraw_consent(office.person_of(cases[2]), "Retrait")
    with context.session_factory() as s:
        for scope in ("institutions", "operators"):
            in_sql = set(s.scalars(select(Person.id).where(consent_in_force(Person.id, scope))))
            in_python = {p for p in s.scalars(select(Person.id)) if sharing_allowed(s, p, scope)}
            assert in_sql == in_python
        assert s.scalar(select(func.count()).select_from(Consent).where(Consent.withdrawn_at.is_not(None))) == 1
        assert {c for c in s.scalars(select(Case.id).where(consent_in_force(Case.person_id)))} == set(cases[:2])


def test_the_sqlite_file_keeps_no_copy_of_an_erased_sensitive_note(office, context):
    """secure_delete zeroes the freed space and the log is checkpointed: the vulnerability notes (never in the
    audit trail) leave no bytes behind in the database file or its write-ahead log."""
    if context.backend != "sqlite":
        pytest.skip("SQLite's file layout")
    case_id = office.registered()
    office.manager.followup.close_case(case_id, "abandoned", "Injoignable")
    request_id = office.ask(case_id, "Courrier")
    office.dp_admin.approve(request_id, office.request(request_id).version)
    view = office.request(request_id)
    office.dp_admin.execute(request_id, view.version, view.case_number)
    path = Path(context.engine.url.database)
    files = [f for f in (path, path.with_name(path.name + "-wal")) if f.exists()]
    assert b"Laquintinie" not in b"".join(f.read_bytes() for f in files)
