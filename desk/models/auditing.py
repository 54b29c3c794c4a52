"""Writes the audit trail from the ORM unit of work, inside the same transaction as the change.

Every flush of an audited model (Base.__audited__) produces one audit row per created, changed or
deleted row: who (session.info["actor"]), when, which record, and which fields changed (old -> new).
Values of sensitive columns (Base.__sensitive__) are never written, only the fact that they changed.
The listeners are installed once, on the Session class, so no code path can forget them.

The rows are chained (see desk/models/audit.py). A flush only collects them; they are numbered, chained and
inserted just before the transaction commits, after its last flush. Numbering takes the audit counter's row
lock on PostgreSQL (SQLite's BEGIN IMMEDIATE already serialises writers), so two workstations append one after
the other and the chain never forks; taking it last, at commit, keeps it held for a moment only and means a
transaction never waits for another lock while holding it (no deadlock with the ledger's counters).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Connection, Text, bindparam, cast, event, insert, inspect, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction

from desk.models.audit import (
    AUDIT_COUNTER,
    CREATE,
    DELETE,
    GENESIS,
    PLAIN_FIELDS,
    STATUS,
    UPDATE,
    AuditEntry,
    canonical_json,
    chain_hash,
    text_digest,
)
from desk.models.base import TRACKING_COLUMNS, Base, Tracked, utcnow
from desk.models.returnee import Counter

ACTOR_KEY = "actor"
PENDING_KEY = "audit_pending"  # the rows collected by this transaction's flushes, written at commit
MARKS_KEY = "audit_savepoints"  # savepoint -> how many rows were pending when it began
CHANGES_TEXT = "changes_text"  # the bound parameter that carries `changes` as canonical JSON text


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


def _row(actor: ActorRef, at: Any, action: str, entity: str, entity_id: str | None, **rest: Any) -> dict[str, Any]:
    return {
        "at": at,
        "user_id": actor.user_id,
        "username": actor.username,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "changes": rest.get("changes") or None,
        "summary": rest.get("summary"),
    }


def _pending(session: Session) -> list[dict[str, Any]]:
    pending: list[dict[str, Any]] = session.info.setdefault(PENDING_KEY, [])
    return pending


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, _flush_context: UOWTransaction, _instances: Any) -> None:
    actor = actor_of(session)
    now = utcnow()
    for obj in list(session.new):
        if isinstance(obj, AuditEntry):  # added by hand: it joins the rows chained at commit instead
            session.expunge(obj)
            by = ActorRef(obj.user_id, obj.username) if obj.username else actor
            _pending(session).append(
                _row(by, obj.at or now, obj.action, obj.entity, obj.entity_id, changes=obj.changes, summary=obj.summary)
            )
        elif isinstance(obj, Tracked):
            obj.created_at = obj.updated_at = now
            obj.created_by_id = obj.updated_by_id = actor.user_id
    for obj in session.dirty:
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by_id = actor.user_id


@event.listens_for(Session, "after_flush")
def _collect_trail(session: Session, _flush_context: UOWTransaction) -> None:
    actor = actor_of(session)
    now = utcnow()
    rows = _pending(session)

    def add(obj: Base, action: str, changes: dict[str, Any]) -> None:
        rows.append(_row(actor, now, action, obj.__tablename__, _identity(obj), changes=changes))

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


@event.listens_for(Session, "before_commit")
def _write_trail(session: Session) -> None:
    session.flush()  # the commit's own flush comes after this hook: collect its rows now
    rows = session.info.pop(PENDING_KEY, None)
    session.info.pop(MARKS_KEY, None)
    if rows:
        append_chained(session.connection(), rows)


@event.listens_for(Session, "after_transaction_create")
def _mark_savepoint(session: Session, transaction: SessionTransaction) -> None:
    if transaction.nested:
        session.info.setdefault(MARKS_KEY, {})[transaction] = len(_pending(session))


@event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    marks = session.info.get(MARKS_KEY, {})
    if previous_transaction.nested and previous_transaction in marks:
        del _pending(session)[marks.pop(previous_transaction) :]


@event.listens_for(Session, "after_transaction_end")
def _forget_pending(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # committed (rows already written), rolled back or closed: nothing carries over
        session.info.pop(PENDING_KEY, None)
        session.info.pop(MARKS_KEY, None)


class _Statements:
    """The three statements of an append, built once per dialect: building them costs more than running them."""

    def __init__(self, dialect: str) -> None:
        builder = pg_insert if dialect == "postgresql" else sqlite_insert
        upsert = builder(Counter).values(name=bindparam("counter"), value=bindparam("count"))
        # An UPSERT: the row lock it takes (PostgreSQL) is held until the commit that follows at once.
        self.reserve = upsert.on_conflict_do_update(
            index_elements=["name"], set_={"value": Counter.value + upsert.excluded.value}
        ).returning(Counter.value)
        # The row before, or the last one still there when history was cut (verify names the gap in numbers).
        self.previous = (
            select(AuditEntry.hash).where(AuditEntry.seq < bindparam("first")).order_by(AuditEntry.seq.desc()).limit(1)
        )
        # `changes` bound as text, not re-serialised by the JSON type (cast to json on PostgreSQL).
        text = bindparam(CHANGES_TEXT, type_=Text())
        self.insert = insert(AuditEntry).values(changes=cast(text, JSON) if dialect == "postgresql" else text)


_statements: dict[str, _Statements] = {}


def append_chained(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Number, chain and insert audit rows (each a dict of AuditEntry's columns but seq and hashes).

    `changes` is stored as its canonical JSON text (see canonical_json), the very text its digest is taken of.
    """
    dialect = connection.dialect.name
    statements = _statements.get(dialect) or _statements.setdefault(dialect, _Statements(dialect))
    last = int(connection.execute(statements.reserve, {"counter": AUDIT_COUNTER, "count": len(rows)}).scalar_one())
    first = last - len(rows) + 1
    prev = connection.execute(statements.previous, {"first": first}).scalar() or GENESIS
    for offset, row in enumerate(rows):
        changes = row.pop("changes", None)
        text = canonical_json(changes)
        row[CHANGES_TEXT] = None if changes is None else text
        row["seq"] = seq = first + offset
        row["prev_hash"] = prev
        row["hash"] = prev = chain_hash(
            prev, seq, row["at"], [row.get(name) for name in PLAIN_FIELDS], text_digest(text)
        )
    connection.execute(statements.insert, rows)


def record_event(
    session: Session,
    action: str,
    entity: str,
    entity_id: object | None = None,
    summary: str | None = None,
    changes: dict[str, Any] | None = None,
) -> None:
    """An audit row for something that is not a row change: a login, an export, a reveal, a bulk load.

    Written with the transaction's other audit rows when it commits (nothing if it rolls back)."""
    session.connection()  # begins the transaction the row belongs to, so closing the session forgets it
    _pending(session).append(
        _row(
            actor_of(session),
            utcnow(),
            action,
            entity,
            None if entity_id is None else str(entity_id),
            changes=_jsonable(changes) if changes else None,
            summary=summary,
        )
    )
