"""Appending entries to the ledger: the one place that numbers, chains and inserts them.

`next_value("ledger")` takes the counter's row lock (PostgreSQL) or runs under SQLite's write lock, so two
workstations append one after the other and the chain never forks. A receipt number comes from its own gapless
counter in the same transaction: a refused or rolled-back payment gives its number back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models.ledger import LedgerEntry
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
    return entry


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
