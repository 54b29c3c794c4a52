"""The employment track (what ANPE does in the seeds): CV and letter, job offers, placements."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked

OFFER_OUTCOMES = ("pending", "accepted", "declined", "not_retained")
CONTRACT_TYPES = ("permanent", "fixed_term", "apprenticeship", "internship", "casual")


class JobSearch(Tracked, Base):
    """One per case: the documents prepared with the person."""

    __tablename__ = "job_searches"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    cv_done: Mapped[bool] = mapped_column(Boolean, default=False)
    cover_letter_done: Mapped[bool] = mapped_column(Boolean, default=False)


class JobOffer(Tracked, Base):
    __tablename__ = "job_offers"
    __table_args__ = (
        CheckConstraint("outcome IN ('pending', 'accepted', 'declined', 'not_retained')", name="outcome"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    employer: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200))
    proposed_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(16), default="pending")


class Placement(Tracked, Base):
    __tablename__ = "placements"
    __table_args__ = (
        CheckConstraint(
            "contract_type IN ('permanent', 'fixed_term', 'apprenticeship', 'internship', 'casual')", name="contract"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    employer: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    contract_type: Mapped[str] = mapped_column(String(16))
