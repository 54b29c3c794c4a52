"""Schedules: months added the way people count them (31 January + 1 month is the last day of February), a
programme's plan of visits, and generating a case's visits inside the caller's transaction."""

from __future__ import annotations

import calendar
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.account import User
from desk.models.followup import FollowupPlan, Visit
from desk.models.returnee import Case
from desk.services.errors import ValidationError

DEFAULT_MONTHS = (1, 3, 6, 9, 12)
DEFAULT_ASSESS_AT = (12,)
DEFAULT_PHONE_AT = (1,)
MAX_MONTHS = 60


def add_months(start: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has no such day (31/01 + 1 = 28 or 29/02)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def parse_months(field: str, text: str, *, required: bool) -> tuple[int, ...]:
    """'1, 3, 6, 9, 12' -> (1, 3, 6, 9, 12); refused with the field named when it is not a list of months."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    try:
        months = tuple(sorted({int(p) for p in parts}))
    except ValueError:
        months = (-1,)
    if (required and not months) or any(not 1 <= m <= MAX_MONTHS for m in months):
        raise ValidationError(
            field,
            translate(
                "Errors", "{field}: months after the start, between 1 and 60, separated by commas (e.g. 1, 3, 6)."
            ).format(
                field={
                    "months": translate("Fields", "Visits at months"),
                    "assess_at": translate("Fields", "Questionnaire at months"),
                    "phone_at": translate("Fields", "By phone at months"),
                }.get(field, field)
            ),
        )
    return months


def plan_for(session: Session, programme_id: int | None) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """(months, questionnaire months, phone months) of the programme, else the desk's default, else 1-3-6-9-12."""
    rows = {
        p.programme_id: p
        for p in session.scalars(
            select(FollowupPlan).where(
                (FollowupPlan.programme_id == programme_id) | FollowupPlan.programme_id.is_(None)
            )
        )
    }
    plan = rows.get(programme_id) or rows.get(None)
    if plan is None:
        return DEFAULT_MONTHS, DEFAULT_ASSESS_AT, DEFAULT_PHONE_AT
    return (
        parse_months("months", plan.months, required=True),
        parse_months("assess_at", plan.assess_at, required=False),
        parse_months("phone_at", plan.phone_at, required=False),
    )


def _agent_of(session: Session, case: Case) -> int | None:
    """The agent who registered the case does the calls (if that account still works a desk role)."""
    if case.created_by_id is None:
        return None
    role = session.scalar(select(User.role).where(User.id == case.created_by_id, User.active.is_(True)))
    return case.created_by_id if role in ("agent", "manager") else None


def generate_visits(session: Session, case: Case, start: date, cycle: int = 1, reason: str | None = None) -> int:
    """Add the programme's visits of one monitoring period starting at `start`; returns how many."""
    months, assess_at, phone_at = plan_for(session, case.programme_id)
    agent = _agent_of(session, case)
    for month in months:
        by_phone = month in phone_at or case.operator_id is None
        session.add(
            Visit(
                case_id=case.id,
                cycle=cycle,
                month=month,
                due_on=add_months(start, month),
                kind="phone" if month in phone_at else "field",
                assigned_user_id=agent if by_phone else None,
                operator_id=None if by_phone else case.operator_id,
                assess=month in assess_at,
                status="planned",
                reason=reason,
            )
        )
    return len(months)


def schedule_after_approval(session: Session, case_id: int, start: date, approved: bool) -> None:
    """Called when the committee decides: an approved plan starts the monitoring year (once); a decision
    corrected to something else, while nothing was recorded yet, takes the generated visits back."""
    case = session.get(Case, case_id)
    if case is None:
        return
    existing = session.scalars(select(Visit).where(Visit.case_id == case_id, Visit.cycle == 1)).all()
    if approved:
        if not existing:
            generate_visits(session, case, start)
        elif all(v.status == "planned" and v.month is not None for v in existing) and existing[0].due_on != add_months(
            start, existing[0].month or 0
        ):
            for visit in existing:
                visit.due_on = add_months(start, visit.month or 0)
        return
    if existing and all(v.status == "planned" for v in existing):
        for visit in existing:
            session.delete(visit)


def start_social_followup(session: Session, case: Case, start: date) -> None:
    """A social-only case starts its monitoring at the assessment (once: a second assessment changes nothing)."""
    if session.scalar(select(Visit.id).where(Visit.case_id == case.id).limit(1)) is None:
        generate_visits(session, case, start)


def cancel_future_visits(session: Session, case_id: int, reason: str) -> int:
    """Cancel every visit still planned (one by one, so each change is in the audit trail)."""
    planned = session.scalars(select(Visit).where(Visit.case_id == case_id, Visit.status == "planned")).all()
    for visit in planned:
        visit.status, visit.reason = "cancelled", reason
    return len(planned)
