"""Writes the audit trail from the ORM unit of work, inside the same transaction as the change.

Every flush of an audited model (Base.__audited__) produces one audit row per created, changed or
deleted row: who (session.info["actor"]), when, which record, and which fields changed (old -> new).
Values of sensitive columns (Base.__sensitive__) are never written, only the fact that they changed.
The listeners are installed once, on the Session class, so no code path can forget them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from desk.models.audit import CREATE, DELETE, STATUS, UPDATE, AuditEntry
from desk.models.base import TRACKING_COLUMNS, Base, Tracked, utcnow

ACTOR_KEY = "actor"


@dataclass(frozen=True)
class ActorRef:
    """Who is acting: written into created_by/updated_by and the audit trail."""

    user_id: int | None
    username: str


SYSTEM = ActorRef(None, "system")


def set_actor(session: Session, actor: ActorRef) -> None:
    session.info[ACTOR_KEY] = actor


def actor_of(session: Session) -> ActorRef:
    actor = session.info.get(ACTOR_KEY)
    return actor if isinstance(actor, ActorRef) else SYSTEM


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def _audited(obj: object) -> bool:
    return isinstance(obj, Base) and type(obj).__audited__


def _skip(obj: Base, key: str) -> bool:
    return key in TRACKING_COLUMNS or key in type(obj).__audit_ignore__


def _identity(obj: Base) -> str:
    return ",".join(str(v) for v in inspect(obj).mapper.primary_key_from_instance(obj))


def _field(obj: Base, key: str, old: Any, new: Any) -> dict[str, Any]:
    if key in type(obj).__sensitive__:
        return {"sensitive": True}
    return {"old": _jsonable(old), "new": _jsonable(new)}


def _created_changes(obj: Base) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for attr in inspect(obj).mapper.column_attrs:
        value = getattr(obj, attr.key)
        if value is not None and not _skip(obj, attr.key):
            changes[attr.key] = _field(obj, attr.key, None, value)
    return changes


def _updated_changes(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if _skip(obj, attr.key):
            continue
        history = state.attrs[attr.key].load_history()
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            changes[attr.key] = _field(obj, attr.key, old, new)
    return changes


def _deleted_changes(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        value = state.dict.get(attr.key)  # only what was loaded; a delete never triggers a load
        if value is not None and not _skip(obj, attr.key):
            changes[attr.key] = _field(obj, attr.key, value, None)
    return changes


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, _flush_context: UOWTransaction, _instances: Any) -> None:
    actor = actor_of(session)
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, Tracked):
            obj.created_at = obj.updated_at = now
            obj.created_by_id = obj.updated_by_id = actor.user_id
    for obj in session.dirty:
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by_id = actor.user_id


@event.listens_for(Session, "after_flush")
def _write_trail(session: Session, _flush_context: UOWTransaction) -> None:
    actor = actor_of(session)
    now = utcnow()
    rows: list[dict[str, Any]] = []

    def add(obj: Base, action: str, changes: dict[str, Any]) -> None:
        rows.append(
            {
                "at": now,
                "user_id": actor.user_id,
                "username": actor.username,
                "action": action,
                "entity": obj.__tablename__,
                "entity_id": _identity(obj),
                "changes": changes or None,
                "summary": None,
            }
        )

    for obj in session.new:
        if _audited(obj):
            add(obj, CREATE, _created_changes(obj))
    for obj in session.dirty:
        if _audited(obj) and session.is_modified(obj, include_collections=False):
            changes = _updated_changes(obj)
            if changes:
                add(obj, STATUS if "status" in changes else UPDATE, changes)
    for obj in session.deleted:
        if _audited(obj):
            add(obj, DELETE, _deleted_changes(obj))
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def record_event(
    session: Session,
    action: str,
    entity: str,
    entity_id: object | None = None,
    summary: str | None = None,
    changes: dict[str, Any] | None = None,
) -> None:
    """An audit row for something that is not a row change: a login, an export, a reveal, a bulk load."""
    actor = actor_of(session)
    session.add(
        AuditEntry(
            at=utcnow(),
            user_id=actor.user_id,
            username=actor.username,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            changes=_jsonable(changes) if changes else None,
            summary=summary,
        )
    )
