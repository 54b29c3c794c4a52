"""Data protection: a person's request to be forgotten, decided and carried out by the administrator.

The request names a case (the administrator sees its number, never the person). Once executed the person is
pseudonymised (see desk/services/erasure.py) and the request stays as the proof of what was done, by whom and when,
without any of the erased values.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked, UTCDateTime

ERASURE_STATUSES = ("requested", "approved", "refused", "executed")
OPEN_STATUSES = ("requested", "approved")
# Who asked: the person, someone acting for them, or the desk itself applying its retention period.
ASKED_BY = ("person", "guardian", "representative", "retention")


class ErasureRequest(Tracked, Base):
    """Recorded by a manager (created_by), approved or refused by the administrator, then executed."""

    __tablename__ = "erasure_requests"
    __table_args__ = (
        CheckConstraint("status IN ('requested', 'approved', 'refused', 'executed')", name="status"),
        CheckConstraint("asked_by IN ('person', 'guardian', 'representative', 'retention')", name="asked_by"),
        Index("ix_erasure_requests_person_status", "person_id", "status"),
    )
    # Free text may name the person: the audit trail records that it was written, never what it says.
    __sensitive__ = frozenset({"reason", "decision_reason"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    asked_by: Mapped[str] = mapped_column(String(16))
    asked_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="requested", index=True)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decision_reason: Mapped[str | None] = mapped_column(Text)
    executed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    executed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    pseudonym: Mapped[str | None] = mapped_column(String(40))
    # What the execution changed, as counts per kind of record (never values): {"visits": 5, ...}
    outcome: Mapped[dict[str, Any] | None] = mapped_column(JSON)
