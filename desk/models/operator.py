"""Operators who coach the returnees' projects, and which operator each case was handed to."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked, UTCDateTime

OPERATOR_KINDS = ("private", "public", "civil_society")
AID_LEVELS = ("social", "employment", "business")


class Operator(Tracked, Base):
    """Coverage and expertise are lists of reference codes (codes never change; names may)."""

    __tablename__ = "operators"
    __table_args__ = (
        CheckConstraint("kind IN ('private', 'public', 'civil_society')", name="kind"),
        CheckConstraint("capacity >= 0", name="capacity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    departments: Mapped[list[str]] = mapped_column(JSON, default=list)
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    aid_levels: Mapped[list[str]] = mapped_column(JSON, default=list)
    capacity: Mapped[int] = mapped_column(Integer, default=30)
    contact_name: Mapped[str | None] = mapped_column(String(160))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(160))
    agreement_ref: Mapped[str | None] = mapped_column(String(80))
    agreement_start: Mapped[date | None] = mapped_column(Date)
    agreement_end: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Designation(Tracked, Base):
    """One hand-over of a case to an operator; a reassignment ends it and opens another."""

    __tablename__ = "designations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    over_capacity: Mapped[bool] = mapped_column(Boolean, default=False)  # the manager overrode a full operator
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_reason: Mapped[str | None] = mapped_column(Text)
