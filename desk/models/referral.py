"""Referrals of a case to an institution of the reference directory (MINAS, MINSANTE, FNE…)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked

REFERRAL_STATUSES = ("sent", "accepted", "service_given", "declined", "no_answer")


class Referral(Tracked, Base):
    __tablename__ = "referrals"
    __table_args__ = (
        CheckConstraint("status IN ('sent', 'accepted', 'service_given', 'declined', 'no_answer')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institutions.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    sent_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(Text, default="sent")
    outcome: Mapped[str | None] = mapped_column(Text)
