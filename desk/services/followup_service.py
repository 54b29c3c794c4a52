"""Follow-up visits: the schedule of a case (renewed, added to, moved, cancelled, always with a reason), what a
visit found, and closing or reopening the case (closing cancels what was still planned and stops payments)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.followup import (
    CLOSURE_REASONS,
    EMPLOYMENT_STATUSES,
    INCOME_BANDS,
    OUTCOMES,
    PROJECT_STATUSES,
    VISIT_KINDS,
    CaseClosure,
    FollowupPlan,
    Visit,
)
from desk.models.returnee import Case
from desk.models.setting import DeskSetting
from desk.services.dto import Actor
from desk.services.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desk.services.followup_dto import ScheduleView, VisitRecord
from desk.services.followup_rules import cancel_future_visits, generate_visits, parse_months, plan_for
from desk.services.labels import label
from desk.services.permissions import Action, require
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

UNREACHABLE_ATTEMPTS = "followup.unreachable_attempts"
DEFAULT_UNREACHABLE_ATTEMPTS = 3
CLOSING_OUTCOMES = {"remigrated": "remigrated", "deceased": "deceased"}


def unreachable_attempts(session: Session) -> int:
    row = session.get(DeskSetting, UNREACHABLE_ATTEMPTS)
    try:
        return max(1, int(row.value)) if row and row.value else DEFAULT_UNREACHABLE_ATTEMPTS
    except ValueError:
        return DEFAULT_UNREACHABLE_ATTEMPTS


class FollowupService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    # -- the schedule of a case ---------------------------------------------------------------------
    def start(self, case_id: int, start: date) -> int:
        """Start the monitoring year by hand (e.g. a social-only case after its assessment); once per case."""
        require(self._actor, Action.FOLLOWUP_RECORD)
        with writing(self._sf, self._actor) as session:
            case = self._open_case(session, case_id)
            if session.scalar(select(Visit.id).where(Visit.case_id == case_id).limit(1)) is not None:
                raise ValidationError(
                    "schedule", translate("Errors", "This case already has its visits; renew the schedule instead.")
                )
            return generate_visits(session, case, start)

    def renew(self, case_id: int, reason: str) -> int:
        """Another monitoring period after the last planned or done visit (support renewed when needed)."""
        require(self._actor, Action.FOLLOWUP_RECORD)
        reason = clean_text("reason", reason, max_length=500, label=translate("Fields", "Reason for renewing"))
        with writing(self._sf, self._actor) as session:
            case = self._open_case(session, case_id)
            last = session.execute(
                select(func.max(Visit.cycle), func.max(Visit.due_on)).where(
                    Visit.case_id == case_id, Visit.status != "cancelled"
                )
            ).first()
            if last is None or last[0] is None:
                raise ValidationError("schedule", translate("Errors", "This case has no schedule yet: start it first."))
            return generate_visits(session, case, last[1], cycle=int(last[0]) + 1, reason=reason)

    def add_visit(
        self, case_id: int, due_on: date, kind: str, reason: str, *, operator: bool = False, assess: bool = False
    ) -> int:
        """An extra visit (a difficulty to look at): by the designated operator, or by the person adding it."""
        require(self._actor, Action.FOLLOWUP_RECORD)
        self._check_kind(kind)
        reason = clean_text("reason", reason, max_length=500, label=translate("Fields", "Reason for the visit"))
        with writing(self._sf, self._actor) as session:
            case = self._open_case(session, case_id)
            if operator and case.operator_id is None:
                raise ValidationError("operator", translate("Errors", "This case has no designated operator."))
            cycle = session.scalar(select(func.max(Visit.cycle)).where(Visit.case_id == case_id)) or 1
            visit = Visit(
                case_id=case_id,
                cycle=cycle,
                month=None,
                due_on=due_on,
                kind=kind,
                operator_id=case.operator_id if operator else None,
                assigned_user_id=None if operator else self._actor.user_id,
                assess=assess,
                status="planned",
                reason=reason,
            )
            session.add(visit)
            session.flush()
            return visit.id

    def reschedule(self, visit_id: int, due_on: date, reason: str, expected_version: int | None = None) -> None:
        require(self._actor, Action.FOLLOWUP_RECORD)
        reason = clean_text("reason", reason, max_length=500, label=translate("Fields", "Reason for the new date"))
        with writing(self._sf, self._actor) as session:
            visit = self._planned(session, visit_id, expected_version)
            visit.moved_from = visit.moved_from or visit.due_on
            visit.due_on, visit.reason = due_on, reason

    def cancel(self, visit_id: int, reason: str, expected_version: int | None = None) -> None:
        require(self._actor, Action.FOLLOWUP_RECORD)
        reason = clean_text("reason", reason, max_length=500, label=translate("Fields", "Reason for cancelling"))
        with writing(self._sf, self._actor) as session:
            visit = self._planned(session, visit_id, expected_version)
            visit.status, visit.reason = "cancelled", reason

    # -- recording a visit ---------------------------------------------------------------------------
    def record(self, visit_id: int, data: VisitRecord, expected_version: int | None = None) -> str | None:
        """Record what happened. Returns the closing reason when the outcome closed the case (re-migrated,
        deceased, or unreachable once more than the desk allows), else None."""
        require(self._actor, Action.FOLLOWUP_RECORD)
        values = self._checked(data)
        with writing(self._sf, self._actor) as session:
            visit = self._planned(session, visit_id, expected_version)
            case = self._open_case(session, visit.case_id)
            if data.done_on > date.today():
                raise ValidationError("done_on", translate("Errors", "Date of the visit: today or earlier."))
            visit.status = data.outcome if data.outcome in ("done", "missed", "unreachable") else "done"
            visit.outcome = data.outcome
            visit.done_on = data.done_on
            visit.recorded_by_id = self._actor.user_id
            for name, value in values.items():
                setattr(visit, name, value)
            if data.outcome == "done" and case.status in ("approved", "training", "disbursing"):
                case.status = "monitoring"
            closing = CLOSING_OUTCOMES.get(data.outcome)
            if closing is None and data.outcome == "unreachable":
                recent = session.scalars(
                    select(Visit.status)
                    .where(Visit.case_id == case.id, Visit.status.in_(("done", "missed", "unreachable")))
                    .order_by(Visit.done_on.desc(), Visit.id.desc())
                    .limit(unreachable_attempts(session))
                ).all()
                session.flush()
                if len(recent) >= unreachable_attempts(session) and all(s == "unreachable" for s in recent):
                    closing = "unreachable"
            if closing is not None:
                self._close(session, case, closing, translate("Followup", "Recorded at a follow-up visit."))
            return closing

    # -- closing and reopening -----------------------------------------------------------------------
    def close_case(self, case_id: int, reason: str, note: str = "") -> int:
        """Close a case; returns how many planned visits were cancelled."""
        require(self._actor, Action.FOLLOWUP_RECORD)
        if reason not in CLOSURE_REASONS:
            raise ValidationError("reason", translate("Errors", "Reason for closing: choose one from the list."))
        note = clean_text(
            "note", note, max_length=1000, required=reason == "abandoned", label=translate("Fields", "Note")
        )
        with writing(self._sf, self._actor) as session:
            case = self._open_case(session, case_id)
            visits = session.execute(
                select(Visit.status, Visit.due_on).where(Visit.case_id == case_id).order_by(Visit.due_on)
            ).all()
            if reason == "completed" and not self._all_done(visits):
                raise ValidationError(
                    "reason",
                    translate("Errors", "A case is completed once its last visit is done; record that visit first."),
                )
            if reason == "unreachable":
                needed = unreachable_attempts(session)
                tried = sum(1 for status, _ in visits if status == "unreachable")
                if tried < needed:
                    raise ValidationError(
                        "reason",
                        translate(
                            "Errors", "Unreachable: {needed} attempts are needed before closing; {tried} recorded."
                        ).format(needed=needed, tried=tried),
                    )
            return self._close(session, case, reason, note)

    def reopen_case(self, case_id: int, reason: str) -> None:
        """A manager's decision, with a reason; the case goes back to where it was, its visits stay cancelled."""
        require(self._actor, Action.CASE_VIEW)
        if self._actor.role != "manager":
            raise PermissionDenied(translate("Errors", "Reopening a case is a manager's decision."))
        reason = clean_text("reason", reason, max_length=1000, label=translate("Fields", "Reason for reopening"))
        with writing(self._sf, self._actor) as session:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound(translate("Errors", "This case no longer exists."))
            if case.status != "closed":
                raise ValidationError("case", translate("Errors", "This case is not closed."))
            last = session.scalars(
                select(CaseClosure)
                .where(CaseClosure.case_id == case_id, CaseClosure.action == "close")
                .order_by(CaseClosure.id.desc())
                .limit(1)
            ).first()
            case.status = last.status_before if last else "registered"
            session.add(
                CaseClosure(case_id=case_id, action="reopen", reason="reopened", note=reason, status_before="closed")
            )

    # -- programme schedules (the admin) -------------------------------------------------------------
    def schedule_of(self, programme_id: int | None) -> ScheduleView:
        require(self._actor, Action.REFERENCE_VIEW)
        with reading(self._sf) as session:
            months, assess_at, phone_at = plan_for(session, programme_id)
        return ScheduleView(programme_id, months, assess_at, phone_at)

    def save_schedule(self, programme_id: int | None, months: str, assess_at: str, phone_at: str) -> ScheduleView:
        """The admin sets a programme's (or the desk's default) visits; cases already scheduled keep theirs."""
        require(self._actor, Action.REFERENCE_EDIT)
        parsed = parse_months("months", months, required=True)
        assess = parse_months("assess_at", assess_at, required=False)
        phone = parse_months("phone_at", phone_at, required=False)
        for field, subset in (("assess_at", assess), ("phone_at", phone)):
            if not set(subset) <= set(parsed):
                raise ValidationError(
                    field,
                    translate("Errors", "These months must be among the visits' months ({months}).").format(
                        months=", ".join(str(m) for m in parsed)
                    ),
                )
        with writing(self._sf, self._actor) as session:
            row = session.scalars(
                select(FollowupPlan).where(
                    FollowupPlan.programme_id.is_(None)
                    if programme_id is None
                    else FollowupPlan.programme_id == programme_id
                )
            ).first()
            if row is None:
                row = FollowupPlan(programme_id=programme_id)
                session.add(row)
            row.months = ", ".join(str(m) for m in parsed)
            row.assess_at = ", ".join(str(m) for m in assess)
            row.phone_at = ", ".join(str(m) for m in phone)
        return ScheduleView(programme_id, parsed, assess, phone)

    def set_unreachable_attempts(self, attempts: int) -> None:
        require(self._actor, Action.SETTINGS_EDIT)
        if not 1 <= attempts <= 10:
            raise ValidationError(
                "attempts", translate("Errors", "Attempts before closing as unreachable: between 1 and 10.")
            )
        with writing(self._sf, self._actor) as session:
            row = session.get(DeskSetting, UNREACHABLE_ATTEMPTS)
            if row is None:
                session.add(DeskSetting(key=UNREACHABLE_ATTEMPTS, value=str(attempts)))
            else:
                row.value = str(attempts)

    # -- helpers -------------------------------------------------------------------------------------
    def _close(self, session: Session, case: Case, reason: str, note: str) -> int:
        cancelled = cancel_future_visits(
            session, case.id, translate("Followup", "Case closed: {reason}.").format(reason=closure_label(reason))
        )
        session.add(
            CaseClosure(case_id=case.id, action="close", reason=reason, note=note or None, status_before=case.status)
        )
        case.status = "closed"
        return cancelled

    @staticmethod
    def _all_done(visits: Sequence[Sequence[Any]]) -> bool:
        kept = [status for status, _ in visits if status != "cancelled"]
        return bool(kept) and kept[-1] == "done"

    @staticmethod
    def _check_kind(kind: str) -> None:
        if kind not in VISIT_KINDS:
            raise ValidationError(
                "kind", translate("Errors", "Kind of visit: phone call, field visit or office visit.")
            )

    @staticmethod
    def _checked(data: VisitRecord) -> dict[str, object]:
        if data.outcome not in OUTCOMES:
            raise ValidationError("outcome", translate("Errors", "Outcome: choose one from the list."))
        for field, value, allowed in (
            ("project_status", data.project_status, PROJECT_STATUSES),
            ("income_band", data.income_band, INCOME_BANDS),
            ("employment_status", data.employment_status, EMPLOYMENT_STATUSES),
        ):
            if value and value not in allowed:
                raise ValidationError(field, translate("Errors", "Choose one from the list."))
        if data.outcome == "unreachable" and not (data.attempts and 1 <= data.attempts <= 50):
            raise ValidationError(
                "attempts", translate("Errors", "Attempts: say how many calls or trips were made (1 to 50).")
            )
        if data.jobs_created is not None and not 0 <= data.jobs_created <= 1000:
            raise ValidationError("jobs_created", translate("Errors", "Jobs created: a number from 0 to 1000."))
        if data.outcome == "done" and not (data.project_status or data.employment_status):
            raise ValidationError(
                "project_status",
                translate("Errors", "Say how the project is going (or the person's work) for a visit that took place."),
            )
        return {
            "project_status": data.project_status or None,
            "income_band": data.income_band or None,
            "jobs_created": data.jobs_created,
            "employment_status": data.employment_status or None,
            "problems": clean_text("problems", data.problems, max_length=4000, required=False) or None,
            "advice": clean_text("advice", data.advice, max_length=4000, required=False) or None,
            "assessment_id": data.assessment_id,
            "attempts": data.attempts if data.outcome == "unreachable" else None,
        }

    @staticmethod
    def _open_case(session: Session, case_id: int) -> Case:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(translate("Errors", "This case no longer exists."))
        if case.status == "closed":
            raise ValidationError(
                "case", translate("Errors", "This case is closed: a manager can reopen it, with a reason.")
            )
        return case

    @staticmethod
    def _planned(session: Session, visit_id: int, expected_version: int | None) -> Visit:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFound(translate("Errors", "This visit no longer exists; refresh."))
        if expected_version is not None and visit.version != expected_version:
            raise Conflict()
        if visit.status != "planned":
            raise ValidationError(
                "visit", translate("Errors", "This visit was already recorded or cancelled; refresh.")
            )
        return visit


def closure_label(reason: str) -> str:
    return label("closure", reason)
