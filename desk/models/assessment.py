"""Needs assessments: the sustainability questionnaire's answers and scores, the agent's judgement, and the
versions of the questionnaire the administrator saved."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked


class Assessment(Tracked, Base):
    """One administration of a versioned instrument; scores only compare within the same version."""

    __tablename__ = "assessments"
    # The answers tell of distress and debts: the audit trail records that they changed, not what they are.
    __sensitive__ = frozenset({"answers", "notes"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="baseline")  # baseline or followup
    instrument_code: Mapped[str] = mapped_column(String(32))
    instrument_version: Mapped[int] = mapped_column(Integer)
    done_on: Mapped[date] = mapped_column(Date)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    scores: Mapped[dict[str, float]] = mapped_column(JSON)
    composite: Mapped[float] = mapped_column(Float)
    factors: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    aid_levels: Mapped[list[str]] = mapped_column(JSON, default=list)
    needs: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)


class InstrumentVersion(Tracked, Base):
    """A version of an instrument saved by the administrator; never changed afterwards.

    Version 1 of each instrument is the file shipped in resources/instruments; later versions live here, whole
    (items, scales, wording in both languages, weights), so an old assessment is always read with its own version.
    """

    __tablename__ = "instrument_versions"
    __table_args__ = (UniqueConstraint("code", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    number: Mapped[int] = mapped_column(Integer)  # `version` is the row's optimistic-locking counter
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)
