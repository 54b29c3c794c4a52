"""Training: the course catalogue, sessions, enrolments (with a waiting list) and daily attendance."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked

COURSE_KINDS = ("technical", "entrepreneurship", "civic", "job_search")
ENROLMENT_STATUSES = ("enrolled", "waiting", "completed", "dropped_out", "failed", "cancelled")


class Course(Tracked, Base):
    __tablename__ = "courses"
    __table_args__ = (CheckConstraint("kind IN ('technical', 'entrepreneurship', 'civic', 'job_search')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_fr: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    provider: Mapped[str | None] = mapped_column(String(200))
    duration_days: Mapped[int] = mapped_column(Integer, default=5)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TrainingSession(Tracked, Base):
    __tablename__ = "training_sessions"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="dates"),
        CheckConstraint("capacity > 0", name="capacity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200))
    trainer: Mapped[str | None] = mapped_column(String(160))
    capacity: Mapped[int] = mapped_column(Integer, default=20)


class Enrolment(Tracked, Base):
    """A case in a session: enrolled, or on the waiting list (position = order of arrival), then its outcome."""

    __tablename__ = "enrolments"
    __table_args__ = (UniqueConstraint("session_id", "case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="enrolled")
    certificate_number: Mapped[str | None] = mapped_column(String(32), unique=True)
    completed_on: Mapped[date | None] = mapped_column(Date)


class Attendance(Tracked, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("enrolment_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolments.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
