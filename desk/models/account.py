"""User accounts: who may log in, with which role."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked, UTCDateTime

ROLES = ("agent", "manager", "finance", "admin")


class User(Tracked, Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('agent', 'manager', 'finance', 'admin')", name="role"),)
    __sensitive__ = frozenset({"password_hash"})
    # Login bookkeeping changes at every login; the login itself is audited as its own event.
    __audit_ignore__ = frozenset({"failed_attempts", "locked_until", "last_login_at"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(8), default="fr")
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
