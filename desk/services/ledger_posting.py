"""Appending entries to the ledger: the one place that numbers, chains and inserts them.

`next_value("ledger")` takes the counter's row lock (PostgreSQL) or runs under SQLite's write lock, so two
workstations append one after the other and the chain never forks. A receipt number comes from its own gapless
counter in the same transaction: a refused or rolled-back payment gives its number back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Select, case, delete, func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desk.models.ledger import LedgerEntry, LedgerTotal
from desk.services.case_numbers import next_value
from desk.services.ledger_chain import GENESIS, entry_hash
from desk.services.ledger_rules import period_of

LEDGER_COUNTER = "ledger"
RECEIPT_COUNTER = "receipt"


def head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the last entry, (0, GENESIS) for an empty ledger."""
    row = session.execute(select(LedgerEntry.seq, LedgerEntry.hash).order_by(LedgerEntry.seq.desc()).limit(1)).first()
    return (0, GENESIS) if row is None else (int(row[0]), row[1])


def post(session: Session, fields: dict[str, Any], *, with_receipt: bool) -> LedgerEntry:
    """Insert one entry with its seq, receipt number, period and hash; `fields` holds the rest."""
    seq = next_value(session, LEDGER_COUNTER)
    prev = session.scalar(select(LedgerEntry.hash).where(LedgerEntry.seq == seq - 1)) if seq > 1 else GENESIS
    if prev is None:  # the counter ran ahead of the entries: history was cut; refuse to chain onto a gap
        raise RuntimeError("ledger counter and entries disagree")
    values = dict(fields)
    values["seq"] = seq
    values["receipt_no"] = next_value(session, RECEIPT_COUNTER) if with_receipt else None
    values["period"] = period_of(values["value_date"])
    values["prev_hash"] = prev
    values["hash"] = entry_hash(prev, values)
    entry = LedgerEntry(**values)
    session.add(entry)
    session.flush()
    add_to_totals(session, values)
    return entry


def _total_key(values: dict[str, Any]) -> dict[str, Any]:
    return {
        "period": values["period"],
        "donor_id": values.get("donor_id") or 0,
        "programme_id": values.get("programme_id") or 0,
        "kind": values["kind"],
        "modality": values["modality"],
        "currency": values["currency"],
    }


def add_to_totals(session: Session, values: dict[str, Any]) -> None:
    """Add one entry to the running sums (an UPSERT in the entry's transaction)."""
    amount = int(values["amount"])
    paid, reversed_ = (amount, 0) if amount > 0 else (0, amount)
    dialect = session.get_bind().dialect.name
    builder = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = builder(LedgerTotal).values(**_total_key(values), entries=1, paid=paid, reversed=reversed_)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["period", "donor_id", "programme_id", "kind", "modality", "currency"],
            set_={
                "entries": LedgerTotal.entries + 1,
                "paid": LedgerTotal.paid + paid,
                "reversed": LedgerTotal.reversed + reversed_,
            },
        )
    )


def totals_query() -> Select:  # type: ignore[type-arg]
    """The running sums recomputed from the entries (to rebuild them after a bulk load, or to verify them)."""
    donor = func.coalesce(LedgerEntry.donor_id, 0)
    programme = func.coalesce(LedgerEntry.programme_id, 0)
    return select(
        LedgerEntry.period,
        donor,
        programme,
        LedgerEntry.kind,
        LedgerEntry.modality,
        LedgerEntry.currency,
        func.count(),
        func.sum(case((LedgerEntry.amount > 0, LedgerEntry.amount), else_=0)),
        func.sum(case((LedgerEntry.amount < 0, LedgerEntry.amount), else_=0)),
    ).group_by(LedgerEntry.period, donor, programme, LedgerEntry.kind, LedgerEntry.modality, LedgerEntry.currency)


def rebuild_totals(session: Session) -> None:
    session.execute(delete(LedgerTotal))
    session.execute(
        insert(LedgerTotal).from_select(
            ["period", "donor_id", "programme_id", "kind", "modality", "currency", "entries", "paid", "reversed"],
            totals_query(),
        )
    )


def chained(rows: Iterable[dict[str, Any]], start_seq: int, prev_hash: str) -> Iterator[dict[str, Any]]:
    """For bulk loads (demo, benchmarks): number and chain rows that already carry every other field."""
    seq, prev = start_seq, prev_hash
    for row in rows:
        seq += 1
        row["seq"] = seq
        row["period"] = period_of(row["value_date"])
        row["prev_hash"] = prev
        row["hash"] = prev = entry_hash(prev, row)
        yield row
