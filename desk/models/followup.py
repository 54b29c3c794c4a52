"""Follow-up: the visits of a case's monitoring year (generated from its programme's schedule), what each one
found, and the schedule each programme follows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked

VISIT_KINDS = ("phone", "field", "office")
VISIT_STATUSES = ("planned", "done", "missed", "unreachable", "cancelled")
OUTCOMES = ("done", "missed", "unreachable", "remigrated", "deceased")
PROJECT_STATUSES = ("running", "struggling", "suspended", "closed")
INCOME_BANDS = ("none", "low", "medium", "high")
EMPLOYMENT_STATUSES = ("self_employed", "employed", "looking", "inactive")
CLOSURE_REASONS = ("completed", "abandoned", "remigrated", "unreachable", "deceased")


class Visit(Tracked, Base):
    """One planned contact. `cycle` 1 is the first monitoring period; a renewal starts cycle 2."""

    __tablename__ = "visits"
    __table_args__ = (
        CheckConstraint("kind IN ('phone', 'field', 'office')", name="kind"),
        CheckConstraint("status IN ('planned', 'done', 'missed', 'unreachable', 'cancelled')", name="status"),
        CheckConstraint("jobs_created IS NULL OR jobs_created >= 0", name="jobs"),
        # The calendar's month and week views and the overdue list read these in date order.
        Index("ix_visits_status_due_on", "status", "due_on"),
        Index("ix_visits_due_on_status", "due_on", "status"),
        Index("ix_visits_operator_due_on", "operator_id", "due_on"),
        Index("ix_visits_user_due_on", "assigned_user_id", "due_on"),
        # A person's (or an operator's) overdue visits: counted on the login screen and the operator's view.
        Index("ix_visits_user_status_due_on", "assigned_user_id", "status", "due_on"),
        Index("ix_visits_operator_status_due_on", "operator_id", "status", "due_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    cycle: Mapped[int] = mapped_column(Integer, default=1)
    month: Mapped[int | None] = mapped_column(Integer)  # months after the start; None for a visit added by hand
    due_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(8))
    assigned_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # an agent, or
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))  # the designated operator
    assess: Mapped[bool] = mapped_column(Boolean, default=False)  # the sustainability questionnaire is due
    status: Mapped[str] = mapped_column(String(12), default="planned")
    reason: Mapped[str | None] = mapped_column(Text)  # why it was added, moved or cancelled
    moved_from: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(12))
    project_status: Mapped[str | None] = mapped_column(String(12))
    income_band: Mapped[str | None] = mapped_column(String(8))
    attempts: Mapped[int | None] = mapped_column(Integer)  # calls or trips made before "unreachable"
    jobs_created: Mapped[int | None] = mapped_column(Integer)
    employment_status: Mapped[str | None] = mapped_column(String(16))
    problems: Mapped[str | None] = mapped_column(Text)
    advice: Mapped[str | None] = mapped_column(Text)
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessments.id"))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class FollowupPlan(Tracked, Base):
    """A programme's monitoring schedule (the desk's default when `programme_id` is NULL)."""

    __tablename__ = "followup_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id"), unique=True)
    months: Mapped[str] = mapped_column(String(120), default="1,3,6,9,12")  # months after the start
    assess_at: Mapped[str] = mapped_column(String(120), default="12")  # months with the questionnaire
    phone_at: Mapped[str] = mapped_column(String(120), default="1")  # months done by phone (else field visits)


class CaseClosure(Tracked, Base):
    """Each closing and reopening of a case, with its reason: the history the manager decides on."""

    __tablename__ = "case_closures"
    __table_args__ = (CheckConstraint("action IN ('close', 'reopen')", name="action"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    action: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(16))  # a CLOSURE_REASONS code, or "reopened"
    note: Mapped[str | None] = mapped_column(Text)
    status_before: Mapped[str] = mapped_column(String(24))
