"""What the follow-up gives out of the desk: a person's or an operator's visits as an iCalendar file for their
phone, the interim and final monitoring report of a case for its funder (PDF), and the visits of a period as a
donor workbook (no names, no phones)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import distinct, func, not_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desk.i18n import current_language, translate
from desk.models.account import User
from desk.models.committee import CommitteeDecision, CommitteeSession
from desk.models.followup import CaseClosure, Visit
from desk.models.intake import Consent
from desk.models.ledger import PLAN_KINDS, LedgerEntry
from desk.models.operator import Operator
from desk.models.reference import Donor, Programme, Region, Sector, ValueChain
from desk.models.returnee import Case, Person
from desk.models.setting import DeskSetting
from desk.services.assessment_service import AssessmentService, AssessmentView
from desk.services.desk_service import COUNTRY, IS_DEMO, NAME
from desk.services.dto import Actor
from desk.services.errors import NotFound, PermissionDenied, ValidationError
from desk.services.exchange.export_returnees import consent_in_force
from desk.services.exchange.xlsx_writer import DATE, INT, TEXT, Column, SafeWorkbook
from desk.services.followup_rules import add_months
from desk.services.followup_service import unreachable_attempts
from desk.services.labels import label
from desk.services.ledger_rules import ceiling_of
from desk.services.permissions import MANAGER, Action, require
from desk.services.plan_service import PlanService
from desk.services.progress import CancelToken, ProgressCallback
from desk.services.uow import SessionFactory, reading

CALENDAR_DAYS_BACK = 30  # the .ics default: from a month ago (overdue visits stay in sight) to a year ahead
CONSENT_CHUNK = 900  # persons per IN (...) when reading consents in bulk

# HXL hashtags (https://hxlstandard.org/standard/dictionary/) of the visits workbook
HXL_CASE = "#beneficiary+code"
HXL_SEX = "#beneficiary+sex"
HXL_REGION = "#adm1+name"
HXL_PROGRAMME = "#activity+programme"
HXL_OPERATOR = "#org+impl"
HXL_DUE = "#date+due"
HXL_KIND = "#activity+visit+type"
HXL_STATUS = "#status+visit"
HXL_DONE = "#date+done"
HXL_OUTCOME = "#status+outcome"
HXL_PROJECT = "#status+project"
HXL_INCOME = "#indicator+income+band"
HXL_JOBS = "#indicator+jobs+num"
HXL_EMPLOYMENT = "#status+employment"
HXL_LATE = "#indicator+days_late+num"


# -- what the monitoring report prints ----------------------------------------------------------------------------
@dataclass(frozen=True)
class PaymentLine:
    value_date: date
    receipt_no: int | None
    kind: str  # label
    modality: str  # label
    amount: int  # minor units; a reversal is negative
    currency: str
    reference: str
    reverses_receipt: int | None  # set on a reversal: the receipt it cancels
    on_plan: bool  # paid against the committee's approval


@dataclass(frozen=True)
class VisitFinding:
    due_on: date
    kind: str  # label
    status: str  # code: planned, done, missed, unreachable
    status_label: str
    done_on: date | None
    outcome: str  # label
    project_status: str  # code ("" when not said)
    project_label: str
    income_band: str  # label
    jobs_created: int | None
    employment: str  # label
    problems: str
    advice: str
    assess: bool


@dataclass(frozen=True)
class ScoreLine:
    dimension: str  # label
    baseline: float | None
    latest: float | None


@dataclass(frozen=True)
class MonitoringReport:
    """Everything the interim or final monitoring report of one case prints, read in one transaction."""

    final: bool
    desk_name: str
    prepared_by: str
    prepared_on: date
    # the person and the case
    case_number: str
    full_name: str
    sex: str
    born: str
    region: str
    town: str
    programme: str
    donor: str
    operator: str
    status: str  # label
    opened_on: date
    return_date: date | None
    # what was planned
    plan_type: str  # code: business, employment, social ("" when no plan)
    sector: str
    value_chain: str
    place: str
    description: str
    currency: str
    budget_total: int
    own_contribution: int
    requested: int
    approved: int
    approved_on: date | None
    conditions: str
    # what was paid
    payments: tuple[PaymentLine, ...]
    # what was seen
    visits: tuple[VisitFinding, ...]
    # what was scored
    baseline_on: date | None
    latest_on: date | None
    scores: tuple[ScoreLine, ...]
    baseline_composite: float | None
    latest_composite: float | None
    same_version: bool  # scores only compare within one version of the questionnaire
    # how it ended (final report)
    closed: bool
    closure_reason: str  # label
    closure_note: str
    closed_on: date | None

    @property
    def paid_net(self) -> int:
        return sum(p.amount for p in self.payments)

    @property
    def paid_on_plan(self) -> int:
        return sum(p.amount for p in self.payments if p.on_plan)

    @property
    def last_seen(self) -> VisitFinding | None:
        """The last visit that took place (the business as it was last seen)."""
        done = [v for v in self.visits if v.status == "done" and v.done_on is not None]
        return max(done, key=lambda v: (v.done_on or v.due_on, v.due_on)) if done else None


# -- helpers -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FollowupExport:
    """What the visits workbook holds, and what it left out for lack of consent."""

    rows: int
    left_out: int  # visits
    left_out_persons: int


def _name(family: str, given: str) -> str:
    return f"{family.upper()} {given}".strip()


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _consent_in_force(consent: Consent | None, to_operators: bool) -> bool:
    """The rule of desk.services.consent.sharing_allowed for a consent already read: in force (processing, not
    withdrawn) and, for what goes to an operator, covering the sharing with operators."""
    if consent is None or consent.withdrawn_at is not None or not consent.processing:
        return False
    return consent.share_operators or not to_operators


def _latest_consents(session: Session, person_ids: Iterable[int]) -> dict[int, Consent]:
    """Each person's latest consent, read in a few queries whatever the number of persons."""
    ids = sorted(set(person_ids))
    found: dict[int, Consent] = {}
    for start in range(0, len(ids), CONSENT_CHUNK):
        chunk = ids[start : start + CONSENT_CHUNK]
        latest = (
            select(func.max(Consent.id))
            .where(Consent.person_id.in_(chunk))
            .group_by(Consent.person_id)
            .scalar_subquery()
        )
        for consent in session.scalars(select(Consent).where(Consent.id.in_(latest))):
            found[consent.person_id] = consent
    return found


def _desk_domain(session: Session) -> str:
    """The part after @ in every event's UID: stable for the desk (not its name, which the admin may change)."""
    country = session.get(DeskSetting, COUNTRY)
    demo = session.get(DeskSetting, IS_DEMO)
    code = re.sub(r"[^a-z0-9]", "", (country.value if country else "").lower()) or "desk"
    return f"{'demo.' if demo is not None and demo.value == '1' else ''}guichet.{code}"


def _desk_name(session: Session) -> str:
    row = session.get(DeskSetting, NAME)
    return row.value if row else ""


def _score_lines(baseline: AssessmentView | None, latest: AssessmentView | None) -> tuple[ScoreLine, ...]:
    """Per dimension, the first baseline's score beside the latest follow-up's."""
    labels: dict[str, str] = {}
    for assessment in (baseline, latest):
        if assessment is not None:
            for code, name in assessment.dimensions or tuple((c, c) for c in assessment.scores):
                labels.setdefault(code, name)
    return tuple(
        ScoreLine(
            name,
            baseline.scores.get(code) if baseline else None,
            latest.scores.get(code) if latest else None,
        )
        for code, name in labels.items()
    )


# -- the service ---------------------------------------------------------------------------------------------------
class FollowupReports:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    # -- iCalendar ---------------------------------------------------------------------------------------------
    def ics_for_user(self, user_id: int, date_from: date | None = None, date_to: date | None = None) -> bytes:
        """The planned visits assigned to a person, one all-day event each, for their phone's calendar.

        An agent exports their own calendar; a manager anyone's."""
        require(self._actor, Action.CASE_VIEW)
        if user_id != self._actor.user_id and self._actor.role != MANAGER:
            raise PermissionDenied(translate("Errors", "You can export only your own calendar of visits."))
        first, last = self._range(date_from, date_to)
        with reading(self._sf) as session:
            name = session.scalar(select(User.full_name).where(User.id == user_id))
            if name is None:
                raise NotFound(translate("Errors", "This user no longer exists."))
            title = translate("Followup", "Follow-up visits – {name}").format(name=name)
            return self._ics(session, Visit.assigned_user_id == user_id, first, last, title, to_operator=False)

    def ics_for_operator(self, operator_id: int, date_from: date | None = None, date_to: date | None = None) -> bytes:
        """The planned visits of an operator (a manager's export, sent to the operator): the person's town and phone
        only when they consented to sharing with operators; without that consent, not even their name."""
        require(self._actor, Action.CASE_VIEW)
        if self._actor.role != MANAGER:
            raise PermissionDenied(translate("Errors", "Only a manager exports an operator's calendar of visits."))
        first, last = self._range(date_from, date_to)
        with reading(self._sf) as session:
            name = session.scalar(select(Operator.name).where(Operator.id == operator_id))
            if name is None:
                raise NotFound(translate("Errors", "This operator no longer exists."))
            title = translate("Followup", "Follow-up visits – {name}").format(name=name)
            return self._ics(session, Visit.operator_id == operator_id, first, last, title, to_operator=True)

    @staticmethod
    def _range(date_from: date | None, date_to: date | None) -> tuple[date, date]:
        today = date.today()
        first = date_from or today - timedelta(days=CALENDAR_DAYS_BACK)
        last = date_to or add_months(today, 12)
        if last < first:
            raise ValidationError("date_to", translate("Errors", "The end of the period comes before its start."))
        return first, last

    @staticmethod
    def _ics(
        session: Session, who: ColumnElement[bool], first: date, last: date, title: str, *, to_operator: bool
    ) -> bytes:
        rows = session.execute(
            select(  # columns, not Visit objects: an operator's calendar can hold tens of thousands of visits
                Visit.id,
                Visit.kind,
                Visit.due_on,
                Visit.month,
                Visit.reason,
                Visit.assess,
                Visit.version,
                Visit.updated_at,
                Case.number,
                Case.person_id,
                Person.family_name,
                Person.given_names,
                Person.town,
                Person.phone,
            )
            .join(Case, Case.id == Visit.case_id)
            .join(Person, Person.id == Case.person_id)
            .where(who, Visit.status == "planned", Visit.due_on >= first, Visit.due_on <= last)
            .order_by(Visit.due_on, Visit.id)
        ).all()
        consents = _latest_consents(session, (r.person_id for r in rows))
        domain = _desk_domain(session)
        today, now = date.today(), datetime.now(UTC)
        stamp = now.strftime("%Y%m%dT%H%M%SZ")
        out = [
            "BEGIN:VCALENDAR",
            "PRODID:-//Guichet//Follow-up visits//EN",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            f"X-WR-CALNAME:{ics_text(title)}",
        ]
        kinds: dict[str, str] = {}
        for *fields, number, person_id, family, given, town, phone in rows:
            visit = VisitFields(*fields)
            kind = kinds.get(visit.kind) or kinds.setdefault(visit.kind, label("visit_kind", visit.kind))
            shared = _consent_in_force(consents.get(person_id), to_operator)
            summary = (
                translate("Followup", "{kind} – {number} – {name}").format(
                    kind=kind, number=number, name=_name(family, given)
                )
                if shared or not to_operator
                else translate("Followup", "{kind} – {number}").format(kind=kind, number=number)
            )
            lines: list[str] = []
            if visit.due_on < today:
                lines.append(translate("Followup", "Overdue by {days} days.").format(days=(today - visit.due_on).days))
            if visit.month:
                lines.append(translate("Followup", "Follow-up at {month} months.").format(month=visit.month))
            if visit.reason:
                lines.append(translate("Followup", "Reason: {reason}").format(reason=visit.reason))
            if visit.assess:
                lines.append(translate("Followup", "The sustainability questionnaire is due at this visit."))
            if shared and town:
                lines.append(translate("Followup", "Town: {town}").format(town=town))
            if shared and phone:
                lines.append(translate("Followup", "Phone: {phone}").format(phone=phone))
            out += [
                "BEGIN:VEVENT",
                f"UID:visit-{visit.id}@{domain}",
                f"DTSTAMP:{stamp}",
                f"LAST-MODIFIED:{_utc(visit.updated_at).strftime('%Y%m%dT%H%M%SZ')}",
                f"SEQUENCE:{max(visit.version - 1, 0)}",
                f"DTSTART;VALUE=DATE:{visit.due_on:%Y%m%d}",
                f"DTEND;VALUE=DATE:{visit.due_on + timedelta(days=1):%Y%m%d}",
                f"SUMMARY:{ics_text(summary)}",
            ]
            if lines:
                out.append(f"DESCRIPTION:{ics_text(chr(10).join(lines))}")
            if shared and town:
                out.append(f"LOCATION:{ics_text(town)}")
            out += [f"CATEGORIES:{ics_text(kind)}", "TRANSP:TRANSPARENT", "END:VEVENT"]
        out.append("END:VCALENDAR")
        return b"".join(fold(line) for line in out)

    # -- the monitoring report -----------------------------------------------------------------------------------
    def monitoring_report(self, case_id: int, final: bool) -> MonitoringReport:
        """What the case's monitoring report prints: planned, paid, seen, scored (and, when final, how it ended).

        The report goes to the programme's funder with the person's name: refused when their latest consent is
        not in force (withdrawn, or processing never consented to)."""
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            person_id = session.scalar(select(Case.person_id).where(Case.id == case_id))
            if person_id is not None and not _consent_in_force(
                _latest_consents(session, [person_id]).get(person_id), False
            ):
                raise PermissionDenied(
                    translate(
                        "DataProtection",
                        "This person's consent is withdrawn (or was never given): no monitoring report naming them "
                        "can be sent to the funder.",
                    )
                )
        plan = PlanService(self._sf, self._actor).current(case_id)
        history = AssessmentService(self._sf, self._actor).history(case_id)  # newest first
        baseline = next((a for a in reversed(history) if a.kind == "baseline"), None)
        latest = next((a for a in history if a.kind == "followup"), None)
        english = current_language() == "en"
        with reading(self._sf) as session:
            row = session.execute(
                select(
                    Case,
                    Person,
                    Region.name_en if english else Region.name_fr,
                    Programme.name_en if english else Programme.name_fr,
                    Donor.name_en if english else Donor.name_fr,
                    Operator.name,
                )
                .join(Person, Person.id == Case.person_id)
                .outerjoin(Region, Region.id == Person.region_id)
                .outerjoin(Programme, Programme.id == Case.programme_id)
                .outerjoin(Donor, Donor.id == Programme.donor_id)
                .outerjoin(Operator, Operator.id == Case.operator_id)
                .where(Case.id == case_id)
            ).first()
            if row is None:
                raise NotFound(translate("Errors", "This case no longer exists."))
            case, person, region, programme, donor, operator = row
            sector = value_chain = ""
            if plan is not None and plan.data.sector_id is not None:
                found = session.get(Sector, plan.data.sector_id)
                sector = (found.name_en if english else found.name_fr) if found else ""
            if plan is not None and plan.data.value_chain_id is not None:
                chain = session.get(ValueChain, plan.data.value_chain_id)
                value_chain = (chain.name_en if english else chain.name_fr) if chain else ""
            ceiling = ceiling_of(session, case_id)
            approved_on, conditions = None, ""
            if ceiling.decision_id is not None:
                decided = session.execute(
                    select(CommitteeSession.held_on, CommitteeDecision.conditions)
                    .join(CommitteeSession, CommitteeSession.id == CommitteeDecision.session_id)
                    .where(CommitteeDecision.id == ceiling.decision_id)
                ).first()
                if decided is not None:
                    approved_on, conditions = decided[0], decided[1] or ""
            closure = None
            if case.status == "closed":
                closure = session.scalars(
                    select(CaseClosure)
                    .where(CaseClosure.case_id == case_id, CaseClosure.action == "close")
                    .order_by(CaseClosure.id.desc())
                    .limit(1)
                ).first()
            born = (
                _day(person.birth_date) if person.birth_date else (str(person.birth_year) if person.birth_year else "")
            )
            report = MonitoringReport(
                final=final,
                desk_name=_desk_name(session),
                prepared_by=self._actor.full_name,
                prepared_on=date.today(),
                case_number=case.number,
                full_name=_name(person.family_name, person.given_names),
                sex=label("sex", person.sex),
                born=born,
                region=region or "",
                town=person.town or "",
                programme=programme or "",
                donor=donor or "",
                operator=operator or "",
                status=label("status", case.status),
                opened_on=case.opened_at.astimezone().date(),
                return_date=case.return_date,
                plan_type=plan.data.plan_type if plan else "",
                sector=sector,
                value_chain=value_chain,
                place=plan.data.place if plan else "",
                description=plan.data.description if plan else "",
                currency=ceiling.currency or (plan.currency if plan else ""),
                budget_total=plan.total if plan else 0,
                own_contribution=plan.data.own_contribution if plan else 0,
                requested=plan.requested if plan else 0,
                approved=ceiling.amount,
                approved_on=approved_on,
                conditions=conditions,
                payments=tuple(self._payments(session, case_id)),
                visits=tuple(self._findings(session, case_id)),
                baseline_on=baseline.done_on if baseline else None,
                latest_on=latest.done_on if latest else None,
                scores=_score_lines(baseline, latest),
                baseline_composite=baseline.composite if baseline else None,
                latest_composite=latest.composite if latest else None,
                same_version=baseline is None
                or latest is None
                or (
                    baseline.instrument == latest.instrument
                    and baseline.instrument_version == latest.instrument_version
                ),
                closed=closure is not None,
                closure_reason=label("closure", closure.reason) if closure else "",
                closure_note=(closure.note or "") if closure else "",
                closed_on=closure.created_at.astimezone().date() if closure else None,
            )
        return report

    def monitoring_report_pdf(self, case_id: int, final: bool) -> bytes:
        """The interim (or final) monitoring report of a case for its funder, as PDF bytes."""
        from desk.services.documents.monitoring_report import render_monitoring_report

        return render_monitoring_report(self.monitoring_report(case_id, final))

    @staticmethod
    def _payments(session: Session, case_id: int) -> Iterator[PaymentLine]:
        receipts = dict(
            session.execute(select(LedgerEntry.id, LedgerEntry.receipt_no).where(LedgerEntry.case_id == case_id)).all()
        )
        for entry in session.scalars(
            select(LedgerEntry).where(LedgerEntry.case_id == case_id).order_by(LedgerEntry.value_date, LedgerEntry.seq)
        ):
            yield PaymentLine(
                entry.value_date,
                entry.receipt_no,
                label("ledger_kind", entry.kind),
                label("modality", entry.modality),
                entry.amount,
                entry.currency,
                entry.reference or "",
                receipts.get(entry.reverses_id) if entry.reverses_id else None,
                entry.kind in PLAN_KINDS,
            )

    @staticmethod
    def _findings(session: Session, case_id: int) -> Iterator[VisitFinding]:
        for v in session.scalars(
            select(Visit).where(Visit.case_id == case_id, Visit.status != "cancelled").order_by(Visit.due_on, Visit.id)
        ):
            yield VisitFinding(
                v.due_on,
                label("visit_kind", v.kind),
                v.status,
                label("visit_status", v.status),
                v.done_on,
                label("visit_outcome", v.outcome),
                v.project_status or "",
                label("project_status", v.project_status),
                label("income_band", v.income_band),
                v.jobs_created,
                label("employment_status", v.employment_status),
                v.problems or "",
                v.advice or "",
                v.assess,
            )

    # -- the donor workbook ----------------------------------------------------------------------------------
    def export_followups(
        self,
        path: Path,
        date_from: date,
        date_to: date,
        *,
        hxl: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> int:
        """The visits due in the period, one row each (case number, sex, region: never names or phones), written
        atomically to `path`; returns the rows written. Days late are counted today, for visits still planned.
        Visits of persons whose consent is not in force are left out (see followup_export)."""
        return self.followup_export(path, date_from, date_to, hxl=hxl, progress=progress, cancel=cancel).rows

    def followup_export(
        self,
        path: Path,
        date_from: date,
        date_to: date,
        *,
        hxl: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> FollowupExport:
        """export_followups, telling also how many visits (and persons) were left out: those of persons whose
        latest consent is withdrawn or never covered processing. The About sheet says so too."""
        require(self._actor, Action.EXCHANGE_EXPORT)
        if date_to < date_from:
            raise ValidationError("date_to", translate("Errors", "The end of the period comes before its start."))
        today = date.today()
        with reading(self._sf) as session:
            period = (Visit.due_on >= date_from, Visit.due_on <= date_to)
            consented = consent_in_force(Case.person_id)
            left = session.execute(
                select(func.count(), func.count(distinct(Case.person_id)))
                .select_from(Visit)
                .join(Case, Case.id == Visit.case_id)
                .where(*period, not_(consented))
            ).one()
            left_out, left_out_persons = int(left[0]), int(left[1])
            where: tuple[ColumnElement[bool], ...] = (*period, consented)
            counts = dict(
                session.execute(
                    select(Visit.status, func.count())
                    .join(Case, Case.id == Visit.case_id)
                    .where(*where)
                    .group_by(Visit.status)
                ).all()
            )
            total = sum(int(n) for n in counts.values())
            metadata: list[tuple[str, object]] = [
                (translate("Export", "Desk"), _desk_name(session)),
                (translate("Export", "Document"), translate("Export", "Follow-up visits")),
                (translate("Export", "From"), _day(date_from)),
                (translate("Export", "To"), _day(date_to)),
                (translate("Export", "Personal data"), translate("Export", "none: case numbers, sex and region only")),
                (translate("Export", "Exported by"), f"{self._actor.full_name} ({self._actor.username})"),
                (translate("Export", "Exported on"), datetime.now().strftime("%d/%m/%Y %H:%M")),
                (translate("Export", "Days late counted on"), _day(today)),
                (translate("Export", "Visits in the export"), total),
                (translate("DataProtection", "Visits left out (consent withdrawn or not given)"), int(left_out)),
                (
                    translate("DataProtection", "Persons left out (consent withdrawn or not given)"),
                    int(left_out_persons),
                ),
            ]
            for status in ("planned", "done", "missed", "unreachable", "cancelled"):
                if counts.get(status):
                    metadata.append(
                        (
                            translate("Export", "Visits with the status “{status}”").format(
                                status=label("visit_status", status)
                            ),
                            int(counts[status]),
                        )
                    )
            metadata.append(
                (translate("Export", "HXL hashtags"), translate("Export", "yes") if hxl else translate("Export", "no"))
            )
            with SafeWorkbook(path, progress=progress, cancel=cancel, total=total) as book:
                sheet = book.add_table_sheet(translate("Export", "Visits"), followup_columns(), hxl=hxl)
                for values in self._visit_rows(session, where, today):
                    sheet.write_row(values)
                book.add_metadata_sheet(translate("Export", "About"), metadata)
                rows = sheet.rows
        return FollowupExport(rows, left_out, left_out_persons)

    @staticmethod
    def _visit_rows(
        session: Session, where: Sequence[ColumnElement[bool]], today: date
    ) -> Iterator[tuple[object, ...]]:
        english = current_language() == "en"
        query = (
            select(
                Case.number,
                Person.sex,
                Region.name_en if english else Region.name_fr,
                Programme.code,
                Operator.name,
                Visit.due_on,
                Visit.kind,
                Visit.status,
                Visit.done_on,
                Visit.outcome,
                Visit.project_status,
                Visit.income_band,
                Visit.jobs_created,
                Visit.employment_status,
            )
            .join(Case, Case.id == Visit.case_id)
            .join(Person, Person.id == Case.person_id)
            .outerjoin(Region, Region.id == Person.region_id)
            .outerjoin(Programme, Programme.id == Case.programme_id)
            # the operator who made the visit, else the case's (a phone call by the desk still has one)
            .outerjoin(Operator, Operator.id == func.coalesce(Visit.operator_id, Case.operator_id))
            .where(*where)
            .order_by(Visit.due_on, Visit.id)
            .execution_options(yield_per=5000)
        )
        labels: dict[tuple[str, str], str] = {}

        def named(kind: str, code: str | None) -> str:
            if not code:
                return ""
            key = (kind, code)
            if key not in labels:
                labels[key] = label(kind, code)
            return labels[key]

        for (
            number,
            sex,
            region,
            programme,
            operator,
            due,
            kind,
            status,
            done,
            outcome,
            project,
            income,
            jobs,
            job,
        ) in session.execute(query):
            yield (
                number,
                sex,
                region or "",
                programme or "",
                operator or "",
                due,
                named("visit_kind", kind),
                named("visit_status", status),
                done,
                named("visit_outcome", outcome),
                named("project_status", project),
                named("income_band", income),
                jobs,
                named("employment_status", job),
                (today - due).days if status == "planned" and due < today else None,
            )

    # -- the admin's follow-up settings ---------------------------------------------------------------------
    def unreachable_attempts(self) -> int:
        """How many unreachable attempts close a case (the admin's setting, shown beside the schedules)."""
        require(self._actor, Action.REFERENCE_VIEW)
        with reading(self._sf) as session:
            return unreachable_attempts(session)


def followup_columns() -> tuple[Column, ...]:
    """The visits sheet's columns, with headers in the current language."""
    return (
        Column(translate("Export", "Case number"), TEXT, hxl=HXL_CASE, width=16),
        Column(translate("Export", "Sex"), TEXT, hxl=HXL_SEX, width=6),
        Column(translate("Export", "Region"), TEXT, hxl=HXL_REGION, width=16),
        Column(translate("Export", "Programme"), TEXT, hxl=HXL_PROGRAMME, width=14),
        Column(translate("Export", "Operator"), TEXT, hxl=HXL_OPERATOR, width=26),
        Column(translate("Export", "Due date"), DATE, hxl=HXL_DUE),
        Column(translate("Export", "Kind of visit"), TEXT, hxl=HXL_KIND, width=14),
        Column(translate("Export", "Status"), TEXT, hxl=HXL_STATUS, width=16),
        Column(translate("Export", "Done on"), DATE, hxl=HXL_DONE),
        Column(translate("Export", "Outcome"), TEXT, hxl=HXL_OUTCOME, width=16),
        Column(translate("Export", "Project status"), TEXT, hxl=HXL_PROJECT, width=14),
        Column(translate("Export", "Income band"), TEXT, hxl=HXL_INCOME, width=28),
        Column(translate("Export", "Jobs created"), INT, hxl=HXL_JOBS, width=10),
        Column(translate("Export", "Employment status"), TEXT, hxl=HXL_EMPLOYMENT, width=24),
        Column(translate("Export", "Days late"), INT, hxl=HXL_LATE, width=10),
    )


class VisitFields(NamedTuple):
    """The columns of a visit an iCalendar event needs, in the order `_ics` selects them."""

    id: int
    kind: str
    due_on: date
    month: int | None
    reason: str | None
    assess: bool
    version: int
    updated_at: datetime


def ics_text(value: str) -> str:
    """A TEXT value as RFC 5545 writes it: backslash, semicolon and comma escaped, line breaks as \\n."""
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def fold(line: str) -> bytes:
    """One content line, folded at 75 octets (never inside a UTF-8 character), ended by CRLF.

    Written by hand rather than with the icalendar library's serialiser: that one takes about 340 µs an event,
    six seconds for an operator's 17,000 visits; this takes a few microseconds. The tests read the result back
    with icalendar."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return data + b"\r\n"
    parts: list[bytes] = []
    start, limit = 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # a continuation byte: cut before its character
            end -= 1
        parts.append(data[start:end])
        start, limit = end, 74
    return b"\r\n ".join(parts) + b"\r\n"
