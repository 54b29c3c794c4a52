"""The validation committee: sessions, and the decision taken on each plan put before them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked, UTCDateTime

DECISIONS = ("approved", "to_amend", "postponed", "rejected")
CRITERIA = ("profitability", "viability", "relevance", "feasibility")


class CommitteeSession(Tracked, Base):
    __tablename__ = "committee_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200))
    # Each member {"name", "institution"}; sessions opened before institutions were asked hold plain names.
    members: Mapped[list[Any]] = mapped_column(JSON, default=list)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CommitteeDecision(Tracked, Base):
    __tablename__ = "committee_decisions"
    __table_args__ = (
        UniqueConstraint("session_id", "plan_id"),
        CheckConstraint("decision IN ('approved', 'to_amend', 'postponed', 'rejected')", name="decision"),
        CheckConstraint("amount_approved >= 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("committee_sessions.id"), index=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    decision: Mapped[str] = mapped_column(String(16))
    amount_approved: Mapped[int] = mapped_column(BigInteger, default=0)  # minor units; the ledger's ceiling
    criteria: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # criterion -> 1..5
    comment: Mapped[str | None] = mapped_column(Text)
    conditions: Mapped[str | None] = mapped_column(Text)  # what the person must do, e.g. "train first"
    # The committee said explicitly that it approves more than was requested (the comment says why).
    above_request: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
