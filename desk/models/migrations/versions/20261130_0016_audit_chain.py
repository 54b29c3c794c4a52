"""audit chain: each audit row numbered (seq) and chained by SHA-256 (prev_hash, hash), like the ledger

Rows already in the trail are chained here, in id order, from the first one: the whole history of a desk that
upgrades is covered from now on (what was changed before the upgrade cannot be told, what is changed after can).
The audit counter is set to the number of rows chained, so the application numbers on from there.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30 00:52:39.686837
"""

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
AUDIT_COUNTER = "audit"
BATCH = 5000

# The append-only guards of revision 0001, put back after the table is rebuilt (SQLite drops them with it).
SQLITE_TRIGGERS = [
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
]

audit_log = sa.table(
    "audit_log",
    sa.column("id", sa.Integer()),
    sa.column("at", sa.DateTime(timezone=True)),
    sa.column("user_id", sa.Integer()),
    sa.column("username", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.String()),
    sa.column("changes", sa.JSON()),
    sa.column("summary", sa.String()),
    sa.column("seq", sa.BigInteger()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)
counters = sa.table("counters", sa.column("name", sa.String()), sa.column("value", sa.Integer()))

# A frozen copy of the chain format of desk.models.audit (revisions never import the application).
_CANONICAL = json.JSONEncoder(separators=(",", ":"), sort_keys=True, ensure_ascii=True)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _time(at: datetime) -> str:
    aware = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return aware.isoformat(timespec="microseconds")


def _hash(prev: str, seq: int, row: Any, changes_text: str) -> str:
    plain = [prev, seq, _time(row.at), row.user_id, row.username, row.action, row.entity, row.entity_id]
    return _sha256(_CANONICAL.encode([*plain, _sha256(changes_text), row.summary]))


def _chain_existing_rows(bind: sa.Connection) -> int:
    """Number and chain the rows already there, in id order, a batch at a time; `changes` is rewritten as its
    canonical JSON text (the same value, keys sorted, compact), the form the application now stores and digests."""
    columns = [audit_log.c[name] for name in ("id", "at", "user_id", "username", "action", "entity")]
    columns += [audit_log.c.entity_id, audit_log.c.changes, audit_log.c.summary]
    text = sa.bindparam("row_changes", type_=sa.Text())
    set_chain = (
        audit_log.update()
        .where(audit_log.c.id == sa.bindparam("row_id"))
        .values(
            seq=sa.bindparam("row_seq"),
            prev_hash=sa.bindparam("row_prev"),
            hash=sa.bindparam("row_hash"),
            changes=sa.cast(text, sa.JSON()) if bind.dialect.name == "postgresql" else text,
        )
    )
    last_id, seq, prev = 0, 0, GENESIS
    while True:
        rows = bind.execute(
            sa.select(*columns).where(audit_log.c.id > last_id).order_by(audit_log.c.id).limit(BATCH)
        ).all()
        if not rows:
            return seq
        updates = []
        for row in rows:
            seq += 1
            changes = _CANONICAL.encode(row.changes)
            digest = _hash(prev, seq, row, changes)
            stored = None if row.changes is None else changes
            updates.append(
                {"row_id": row.id, "row_seq": seq, "row_prev": prev, "row_hash": digest, "row_changes": stored}
            )
            prev = digest
        bind.execute(set_chain, updates)
        last_id = rows[-1].id


def _set_counter(bind: sa.Connection, value: int | None) -> None:
    bind.execute(counters.delete().where(counters.c.name == AUDIT_COUNTER))
    if value is not None:
        bind.execute(counters.insert().values(name=AUDIT_COUNTER, value=value))


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))

    _set_counter(bind, _chain_existing_rows(bind))

    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.BigInteger(), nullable=False)
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_log_seq"), ["seq"])
    if sqlite:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
    else:
        op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_log_seq"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")
    _set_counter(bind, None)
    if sqlite:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
