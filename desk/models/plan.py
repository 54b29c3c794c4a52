"""The reintegration plan: what the person will do, its budget, and its versions (an amended plan is kept)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked, UTCDateTime

PLAN_TYPES = ("business", "employment", "social")
PLAN_STATUSES = ("draft", "submitted", "approved", "to_amend", "postponed", "rejected")
LINE_CATEGORIES = ("equipment", "raw_material", "premises", "working_capital", "training", "other")


class Plan(Tracked, Base):
    """Amounts are integers in the currency's minor unit (XAF has none), never floats."""

    __tablename__ = "plans"
    __table_args__ = (UniqueConstraint("case_id", "version_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    plan_type: Mapped[str] = mapped_column(String(16), default="business")
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sectors.id"))
    value_chain_id: Mapped[int | None] = mapped_column(ForeignKey("value_chains.id"))
    place: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    relevance: Mapped[str | None] = mapped_column(Text)  # market and local context
    experience: Mapped[str | None] = mapped_column(Text)
    feasibility: Mapped[str | None] = mapped_column(Text)
    currency: Mapped[str] = mapped_column(String(3), default="XAF")
    own_contribution: Mapped[int] = mapped_column(BigInteger, default=0)
    split: Mapped[list[int]] = mapped_column(JSON, default=list)  # instalments in percent, e.g. [70, 30]
    status: Mapped[str] = mapped_column(String(16), default="draft")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PlanLine(Tracked, Base):
    __tablename__ = "plan_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint("unit_cost >= 0", name="unit_cost"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)
    category: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_cost: Mapped[int] = mapped_column(BigInteger)
