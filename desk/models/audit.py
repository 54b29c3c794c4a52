"""The audit trail: one append-only row per change, written in the same transaction as the change.

Rows cannot be updated or deleted through the application: the migration adds triggers that
abort any UPDATE or DELETE on this table (SQLite and PostgreSQL alike).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow

# Actions recorded in the trail.
CREATE, UPDATE, DELETE, STATUS = "create", "update", "delete", "status"
LOGIN, LOGIN_FAILED, LOCKED_OUT, UNLOCK, LOGOUT = "login", "login_failed", "locked_out", "unlock", "logout"
EXPORT, REVEAL, DEMO, MIGRATE = "export", "reveal", "demo", "migrate"


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __audited__ = False
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    # {"field": {"old": ..., "new": ...}}; sensitive fields appear with {"sensitive": true} and no values.
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    summary: Mapped[str | None] = mapped_column(String(500))
