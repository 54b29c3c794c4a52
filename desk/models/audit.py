"""The audit trail: one append-only row per change, written in the same transaction as the change.

Rows cannot be updated or deleted through the application: the migrations add triggers that abort any
UPDATE or DELETE on this table (SQLite and PostgreSQL alike). On top of that the trail is a hash chain, like
the ledger: each row carries `seq`, a gapless number in commit order, and `hash`, the SHA-256 of its fields
and of the previous row's hash, so a row changed, removed or inserted behind the application's back (by
someone who dropped the triggers or edited the file) is named by `desk verify`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow

# Actions recorded in the trail.
CREATE, UPDATE, DELETE, STATUS = "create", "update", "delete", "status"
LOGIN, LOGIN_FAILED, LOCKED_OUT, UNLOCK, LOGOUT = "login", "login_failed", "locked_out", "unlock", "logout"
EXPORT, REVEAL, DEMO, MIGRATE = "export", "reveal", "demo", "migrate"

# The counter (table `counters`) that numbers audit rows; its row lock serialises writers on PostgreSQL.
AUDIT_COUNTER = "audit"
GENESIS = "0" * 64

# The fields chained, in this order. Adding one is a format change: never reorder or drop one.
# `changes` enters through its own digest, so that a later erasure request could blank the values of one row
# while keeping that digest elsewhere, and the chain would still verify.
CHAINED = ("seq", "at", "user_id", "username", "action", "entity", "entity_id", "changes", "summary")
# The chained fields taken as they are stored, in the order chain_hash wants them.
PLAIN_FIELDS = ("user_id", "username", "action", "entity", "entity_id", "summary")

_CANONICAL = json.JSONEncoder(separators=(",", ":"), sort_keys=True, ensure_ascii=True)


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
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)  # gapless, in commit order
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def canonical_json(value: Any) -> str:
    """The one JSON text of a value: compact, keys sorted, ASCII only ("null" for None).

    The trail stores `changes` in this form, so its digest can be taken from the stored text without parsing it.
    """
    return _CANONICAL.encode(value)


def text_digest(text: str | None) -> str:
    """SHA-256 (hex) of a canonical JSON text (SQL NULL counts as "null")."""
    return hashlib.sha256((text if text is not None else "null").encode("utf-8")).hexdigest()


def changes_digest(changes: Any) -> str:
    """SHA-256 (hex) of the canonical JSON of a row's changes (keys sorted; None for no changes)."""
    return text_digest(canonical_json(changes))


def chain_time(at: datetime) -> str:
    """The instant as chained: UTC, ISO 8601 with microseconds (a naive value is taken as UTC)."""
    aware = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return aware.isoformat(timespec="microseconds")


def chain_hash(prev_hash: str, seq: int, at: datetime, values: Sequence[Any], digest: str) -> str:
    """The row hash from its parts: `values` are user_id, username, action, entity, entity_id and summary, in that
    order; `digest` is changes_digest(changes). The JSON list hashed follows CHAINED."""
    plain = [prev_hash, seq, chain_time(at), *values[:5], digest, values[5]]
    return hashlib.sha256(_CANONICAL.encode(plain).encode("utf-8")).hexdigest()


def audit_hash(prev_hash: str, fields: Mapping[str, Any], digest: str | None = None) -> str:
    """SHA-256 (hex) of the previous row's hash and this row's CHAINED fields, serialised without ambiguity
    (a JSON list, `changes` through its digest). `digest` stands in for changes_digest(fields["changes"]) when a
    later erasure blanked the values but kept their digest."""
    values = [fields.get(name) for name in PLAIN_FIELDS]
    if digest is None:
        digest = changes_digest(fields.get("changes"))
    return chain_hash(prev_hash, int(fields["seq"]), fields["at"], values, digest)
