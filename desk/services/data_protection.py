"""Data protection: erasure requests (recorded by a manager, decided and executed by the administrator) and the
retention review (closed cases older than the desk's retention period, flagged for the administrator).

The administrator has no access to case files: every screen here names cases by number, never persons. What an
execution erases and keeps is explained in desk/services/erasure.py.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models.account import User
from desk.models.auditing import record_event
from desk.models.base import utcnow
from desk.models.data_protection import ASKED_BY, OPEN_STATUSES, ErasureRequest
from desk.models.returnee import Case, Person
from desk.services import retention
from desk.services.data_protection_dto import (
    ErasureInput,
    ErasureReport,
    ErasureRequestView,
    FlaggedCase,
    FlaggedCases,
)
from desk.services.dto import Actor
from desk.services.erasure import (
    blockers,
    pending_payment,
    pending_payment_message,
    person_ids,
    pseudonym_for,
    pseudonymise,
)
from desk.services.errors import Conflict, NotFound, ValidationError
from desk.services.labels import label
from desk.services.permissions import Action, require
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

log = logging.getLogger(__name__)

ERASE = "erase"  # the audit action of an execution
FLAGGED_LIMIT = 500

ASKED_BY_LABELS = {
    "person": QT_TRANSLATE_NOOP("DataProtection", "The person"),
    "guardian": QT_TRANSLATE_NOOP("DataProtection", "Their guardian"),
    "representative": QT_TRANSLATE_NOOP("DataProtection", "Their representative (lawyer, association)"),
    "retention": QT_TRANSLATE_NOOP("DataProtection", "The desk (retention period)"),
}
STATUS_LABELS = {
    "requested": QT_TRANSLATE_NOOP("DataProtection", "To decide"),
    "approved": QT_TRANSLATE_NOOP("DataProtection", "Approved, to execute"),
    "refused": QT_TRANSLATE_NOOP("DataProtection", "Refused"),
    "executed": QT_TRANSLATE_NOOP("DataProtection", "Executed"),
}


def asked_by_choices() -> list[tuple[str, str]]:
    """(code, label) of who may ask, for the manager's form (the desk's own retention requests come from review)."""
    return [(code, translate("DataProtection", ASKED_BY_LABELS[code])) for code in ASKED_BY if code != "retention"]


def _status_label(status: str) -> str:
    return translate("DataProtection", STATUS_LABELS.get(status, status))


class DataProtectionService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    # -- recording a request ---------------------------------------------------------------------------------
    def record_request(self, data: ErasureInput) -> int:
        """A manager records a person's request to be forgotten, on one of their cases; returns its id.

        Refused when the person is already pseudonymised, a request is already open, or a payment is pending."""
        require(self._actor, Action.ERASURE_REQUEST)
        if data.asked_by not in ASKED_BY or data.asked_by == "retention":
            raise ValidationError("asked_by", translate("DataProtection", "Asked by: choose from the list."))
        if data.asked_on > date.today():
            raise ValidationError(
                "asked_on", translate("DataProtection", "Asked on: the date cannot be in the future.")
            )
        reason = clean_text("reason", data.reason, max_length=2000, label=translate("DataProtection", "Reason"))
        with writing(self._sf, self._actor) as session:
            return self._open_request(session, data.case_id, data.asked_by, data.asked_on, reason)

    def request_from_retention(self, case_id: int, reason: str) -> int:
        """The administrator opens a request on a case the retention review flags (and only on such a case)."""
        require(self._actor, Action.RETENTION_REVIEW)
        reason = clean_text("reason", reason, max_length=2000, label=translate("DataProtection", "Reason"))
        with writing(self._sf, self._actor) as session:
            day = retention.cutoff(retention.retention_years(session))
            if not session.scalar(select(Case.id).where(Case.id == case_id, retention.flagged(day))):
                raise ValidationError(
                    "case",
                    translate(
                        "DataProtection", "This case is not past the retention period: it cannot be erased on review."
                    ),
                )
            return self._open_request(session, case_id, "retention", date.today(), reason)

    def _open_request(self, session: Session, case_id: int, asked_by: str, asked_on: date, reason: str) -> int:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(translate("Errors", "This case no longer exists."))
        person = session.get(Person, case.person_id)
        assert person is not None
        if person.pseudonymised_at is not None:
            raise ValidationError("case", translate("DataProtection", "This person has already been pseudonymised."))
        already = session.scalar(
            select(Case.number)
            .join(ErasureRequest, ErasureRequest.case_id == Case.id)
            .where(ErasureRequest.person_id == person.id, ErasureRequest.status.in_(OPEN_STATUSES))
        )
        if already:
            raise ValidationError(
                "case",
                translate(
                    "DataProtection", "An erasure request is already open for this person (case {number})."
                ).format(number=already),
            )
        if pending_payment(session, person_ids(session, person.id)):
            raise ValidationError("case", pending_payment_message())
        request = ErasureRequest(
            case_id=case.id,
            person_id=person.id,
            asked_by=asked_by,
            asked_on=asked_on,
            reason=reason,
            status="requested",
        )
        session.add(request)
        session.flush()
        return request.id

    # -- reading requests -------------------------------------------------------------------------------------
    def request_for_case(self, case_id: int) -> ErasureRequestView | None:
        """The latest erasure request on this case's person (None when there is none), for the case file."""
        require(self._actor, Action.ERASURE_REQUEST)
        with reading(self._sf) as session:
            person_id = session.scalar(select(Case.person_id).where(Case.id == case_id))
            if person_id is None:
                raise NotFound(translate("Errors", "This case no longer exists."))
            rows = self._views(session, ErasureRequest.person_id == person_id, limit=1)
        return rows[0] if rows else None

    def requests(self, statuses: Sequence[str] = ()) -> list[ErasureRequestView]:
        """Erasure requests, newest first (all of them, or those with one of `statuses`), each open one with what
        stands in the way of its execution."""
        require(self._actor, Action.ERASURE_DECIDE)
        where = ErasureRequest.status.in_(tuple(statuses)) if statuses else true()
        with reading(self._sf) as session:
            return self._views(session, where)

    @staticmethod
    def _views(session: Session, where: ColumnElement[bool], limit: int = 1000) -> list[ErasureRequestView]:
        rows = session.execute(
            select(ErasureRequest, Case.number)
            .join(Case, Case.id == ErasureRequest.case_id)
            .where(where)
            .order_by(ErasureRequest.id.desc())
            .limit(limit)
        ).all()
        user_ids = {u for r, _ in rows for u in (r.created_by_id, r.decided_by_id, r.executed_by_id) if u is not None}
        users = dict(session.execute(select(User.id, User.username).where(User.id.in_(user_ids))).all())
        views = []
        for r, number in rows:
            views.append(
                ErasureRequestView(
                    id=r.id,
                    version=r.version,
                    case_id=r.case_id,
                    case_number=number,
                    asked_by=r.asked_by,
                    asked_by_label=translate("DataProtection", ASKED_BY_LABELS.get(r.asked_by, r.asked_by)),
                    asked_on=r.asked_on,
                    reason=r.reason,
                    status=r.status,
                    status_label=_status_label(r.status),
                    requested_by=users.get(r.created_by_id, "") if r.created_by_id else "",
                    requested_at=r.created_at,
                    decided_by=users.get(r.decided_by_id, "") if r.decided_by_id else "",
                    decided_at=r.decided_at,
                    decision_reason=r.decision_reason or "",
                    executed_by=users.get(r.executed_by_id, "") if r.executed_by_id else "",
                    executed_at=r.executed_at,
                    pseudonym=r.pseudonym or "",
                    blockers=tuple(blockers(session, r.person_id)) if r.status in OPEN_STATUSES else (),
                    outcome={str(k): int(v) for k, v in (r.outcome or {}).items()},
                )
            )
        return views

    # -- deciding -----------------------------------------------------------------------------------------------
    def _request(self, session: Session, request_id: int, expected_version: int) -> ErasureRequest:
        request = session.get(ErasureRequest, request_id)
        if request is None:
            raise NotFound(translate("Errors", "This record no longer exists; refresh the screen."))
        if request.version != expected_version:
            raise Conflict(current={"status": _status_label(request.status)})
        return request

    def approve(self, request_id: int, expected_version: int) -> None:
        """The administrator approves a request; it is executed in a second, deliberate step."""
        require(self._actor, Action.ERASURE_DECIDE)
        with writing(self._sf, self._actor) as session:
            request = self._request(session, request_id, expected_version)
            if request.status != "requested":
                raise ValidationError(
                    "status",
                    translate(
                        "DataProtection", "Only a request waiting for a decision can be approved (it is: {status})."
                    ).format(status=_status_label(request.status)),
                )
            request.status = "approved"
            request.decided_by_id, request.decided_at = self._actor.user_id, utcnow()

    def refuse(self, request_id: int, expected_version: int, reason: str) -> None:
        """The administrator refuses a request (before its execution), saying why."""
        require(self._actor, Action.ERASURE_DECIDE)
        reason = clean_text("reason", reason, max_length=2000, label=translate("DataProtection", "Reason for refusing"))
        with writing(self._sf, self._actor) as session:
            request = self._request(session, request_id, expected_version)
            if request.status not in OPEN_STATUSES:
                raise ValidationError(
                    "status",
                    translate("DataProtection", "This request can no longer be refused (it is: {status}).").format(
                        status=_status_label(request.status)
                    ),
                )
            request.status = "refused"
            request.decided_by_id, request.decided_at = self._actor.user_id, utcnow()
            request.decision_reason = reason

    # -- executing -----------------------------------------------------------------------------------------------
    def execute(self, request_id: int, expected_version: int, confirm_case_number: str) -> ErasureReport:
        """Pseudonymise the person of an approved request, in one transaction; irreversible.

        `confirm_case_number` must repeat the request's case number (the screen asks for it to be typed). Refused
        when a payment is pending, a case of the person is still open, or the person is already pseudonymised."""
        require(self._actor, Action.ERASURE_EXECUTE)
        with writing(self._sf, self._actor) as session:
            request = self._request(session, request_id, expected_version)
            if request.status == "executed":
                raise ValidationError("status", translate("DataProtection", "This request was already executed."))
            if request.status != "approved":
                raise ValidationError(
                    "status", translate("DataProtection", "Only an approved request can be executed; approve it first.")
                )
            number = session.scalar(select(Case.number).where(Case.id == request.case_id)) or ""
            if confirm_case_number.strip().upper() != number.upper():
                raise ValidationError(
                    "confirm",
                    translate("DataProtection", "Type the case number {number} to confirm the erasure.").format(
                        number=number
                    ),
                )
            problems = blockers(session, request.person_id)
            if problems:
                raise ValidationError("status", " ".join(problems))
            now, pseudonym = utcnow(), pseudonym_for(number)
            # Claim the request first: a second workstation executing it at the same time gets a conflict here.
            request.status, request.executed_by_id, request.executed_at = "executed", self._actor.user_id, now
            request.pseudonym = pseudonym
            session.flush()
            secure = self._secure_delete(session, True)
            try:
                erased = pseudonymise(session, request.person_id, pseudonym, request.id, now, self._actor.user_id)
                self._rebuild_search_index(session)
            finally:
                self._secure_delete(session, secure)
            request.outcome = erased.changed
            kept = {"ledger_entries": erased.kept_ledger_entries, "statement_lines": erased.kept_statement_lines}
            # what was done, never what was erased
            record_event(
                session,
                ERASE,
                "persons",
                request.person_id,
                summary=f"pseudonymised as {pseudonym} on erasure request {request.id} (case {number})",
                changes={"request_id": request.id, "case_number": number, "changed": erased.changed, "kept": kept},
            )
            report = ErasureReport(
                request.id,
                number,
                pseudonym,
                erased.persons,
                erased.cases,
                erased.changed,
                erased.kept_ledger_entries,
                erased.kept_statement_lines,
            )
        self._checkpoint()
        return report

    @staticmethod
    def _secure_delete(session: Session, on: bool) -> bool:
        """SQLite: overwrite freed space with zeros while erasing (old values would linger in free pages)."""
        connection = session.connection()
        if connection.dialect.name != "sqlite":
            return False
        before = bool(connection.exec_driver_sql("PRAGMA secure_delete").scalar())
        connection.exec_driver_sql(f"PRAGMA secure_delete = {1 if on else 0}")
        return before

    @staticmethod
    def _rebuild_search_index(session: Session) -> None:
        """SQLite's FTS5 keeps a deleted row's terms in old index segments until they are merged: merge them all,
        so the erased names are gone from the index file too (about a second at 100,000 persons)."""
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("INSERT INTO persons_fts(persons_fts) VALUES ('optimize')")

    def _checkpoint(self) -> None:
        """SQLite: copy the write-ahead log into the database file and empty it, so the pages holding the erased
        values do not stay in the log. Best effort: another workstation reading at that moment only delays it.
        Run on a raw connection: a checkpoint cannot run inside a transaction."""
        with self._sf() as session:
            engine = session.get_bind()
        if engine.dialect.name != "sqlite":
            return
        try:
            raw = engine.raw_connection()  # type: ignore[union-attr]
            try:
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
        except Exception as exc:  # noqa: BLE001 - the erasure is committed; this only tidies the log
            log.warning("checkpoint after erasure failed: %s", type(exc).__name__)

    # -- retention ------------------------------------------------------------------------------------------------
    def retention_years(self) -> int:
        """After how many years a closed case is flagged for review."""
        require(self._actor, Action.RETENTION_REVIEW)
        with reading(self._sf) as session:
            return retention.retention_years(session)

    def set_retention_years(self, years: int) -> None:
        """Change the retention period (1 to 50 years), shared by every workstation."""
        require(self._actor, Action.SETTINGS_EDIT)
        if not 1 <= years <= retention.MAX_RETENTION_YEARS:
            raise ValidationError(
                "years",
                translate("DataProtection", "Retention: between 1 and {max} years.").format(
                    max=retention.MAX_RETENTION_YEARS
                ),
            )
        with writing(self._sf, self._actor) as session:
            retention.put_retention_years(session, years)

    def flagged_cases(self, limit: int = FLAGGED_LIMIT) -> FlaggedCases:
        """Closed cases past the retention period, the longest closed first: case number, closed on, reason (and
        the status of an erasure request already opened on the person). Never a name."""
        require(self._actor, Action.RETENTION_REVIEW)
        with reading(self._sf) as session:
            years = retention.retention_years(session)
            day = retention.cutoff(years)
            flagged = retention.flagged(day)
            total = int(session.scalar(select(func.count()).select_from(Case).where(flagged)) or 0)
            closed_on = retention.closed_on(Case).label("closed_on")
            rows = session.execute(
                select(Case.id, Case.number, Case.person_id, closed_on, retention.closure_reason().label("reason"))
                .where(flagged)
                .order_by(closed_on, Case.id)
                .limit(max(1, limit))
            ).all()
            statuses = dict(
                session.execute(
                    select(ErasureRequest.person_id, ErasureRequest.status)
                    .where(ErasureRequest.person_id.in_({r.person_id for r in rows}))
                    .order_by(ErasureRequest.id)  # the latest request of each person wins
                ).all()
            )
        return FlaggedCases(
            years,
            day,
            total,
            tuple(
                FlaggedCase(
                    r.id,
                    r.number,
                    r.closed_on.astimezone().date(),
                    label("closure", r.reason) if r.reason else translate("DataProtection", "not recorded"),
                    _status_label(statuses[r.person_id]) if r.person_id in statuses else "",
                )
                for r in rows
            ),
        )
