"""Which ledger entry each statement line is: proposals for the finance officer to confirm.

A pure function on plain values (no database, no Qt), deterministic for the same input:

1. By reference: a line whose reference (trimmed, case ignored) is an entry's reference is that entry,
   "matched" when the amounts agree, "amount_mismatch" otherwise. Agreeing pairs are settled first, so a
   wrong-amount line cannot take the entry from the right one.
2. Lines without a reference: same amount, same phone (the last 9 digits, so that +237 / 00237 prefixes
   do not matter; 8 for countries with 8-digit numbers, when one side has no prefix) and value dates at
   most `date_tolerance_days` apart, the nearest dates paired first.

Each entry is proposed for one line at most, each line gets exactly one proposal; the rest "unmatched".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from desk.services.ledger_dto import StatementRow

Status = Literal["matched", "amount_mismatch", "unmatched"]
How = Literal["reference", "amount+phone+date", ""]

PHONE_DIGITS = 9  # compared from the end: the national number without the country prefix
MIN_PHONE_DIGITS = 8  # Togo and Tunisia have 8-digit numbers


@dataclass(frozen=True)
class Candidate:
    """A ledger payment that a statement line may be."""

    entry_id: int
    seq: int
    value_date: date
    reference: str
    amount: int  # positive, minor units
    phone: str  # digits only
    case_number: str


@dataclass(frozen=True)
class Proposal:
    row_no: int
    entry_id: int | None
    status: Status
    how: How


def match(lines: Sequence[StatementRow], entries: Sequence[Candidate], date_tolerance_days: int = 3) -> list[Proposal]:
    """One proposal per line, in the lines' order."""
    if date_tolerance_days < 0:
        raise ValueError("date_tolerance_days must not be negative")
    found: dict[int, Proposal] = {}  # line index -> proposal
    used: set[int] = set()  # entry ids already proposed

    by_reference: dict[str, list[Candidate]] = {}
    for entry in sorted(entries, key=_entry_order):
        key = _reference_key(entry.reference)
        if key:
            by_reference.setdefault(key, []).append(entry)

    def take(index: int, line: StatementRow, pool: Sequence[Candidate], status: Status) -> None:
        free = [e for e in pool if e.entry_id not in used]
        if free:
            best = min(free, key=lambda e: (abs((e.value_date - line.value_date).days), _entry_order(e)))
            used.add(best.entry_id)
            found[index] = Proposal(line.row_no, best.entry_id, status, "reference")

    # 1. By reference: agreeing amounts first, then what is left as mismatches.
    referenced = [(i, line) for i, line in enumerate(lines) if _reference_key(line.reference)]
    for index, line in referenced:
        same = by_reference.get(_reference_key(line.reference), [])
        take(index, line, [e for e in same if e.amount == line.amount], "matched")
    for index, line in referenced:
        if index not in found:
            take(index, line, by_reference.get(_reference_key(line.reference), []), "amount_mismatch")

    # 2. Lines without a reference: amount, phone and date, the nearest dates first.
    pairs: list[tuple[int, int, tuple[int, int], int, Candidate]] = []
    for index, line in enumerate(lines):
        if _reference_key(line.reference) or not line.phone:
            continue
        for entry in entries:
            gap = abs((entry.value_date - line.value_date).days)
            if entry.amount == line.amount and gap <= date_tolerance_days and same_phone(line.phone, entry.phone):
                pairs.append((gap, line.row_no, _entry_order(entry), index, entry))
    for _gap, _row_no, _order, index, entry in sorted(pairs, key=lambda p: p[:4]):
        if index not in found and entry.entry_id not in used:
            used.add(entry.entry_id)
            found[index] = Proposal(lines[index].row_no, entry.entry_id, "matched", "amount+phone+date")

    return [found.get(i) or Proposal(line.row_no, None, "unmatched", "") for i, line in enumerate(lines)]


def unmatched_entries(entries: Sequence[Candidate], proposals: Sequence[Proposal]) -> list[Candidate]:
    """The entries no proposal points to (not on the statement, as far as the matching can tell), in order."""
    proposed = {p.entry_id for p in proposals if p.entry_id is not None}
    return [entry for entry in entries if entry.entry_id not in proposed]


def same_phone(a: str, b: str) -> bool:
    """Same line when the national numbers agree: '237699123456' and '699123456' do, '' never."""
    a_digits = "".join(ch for ch in a if ch.isdigit())
    b_digits = "".join(ch for ch in b if ch.isdigit())
    n = min(PHONE_DIGITS, len(a_digits), len(b_digits))
    return n >= MIN_PHONE_DIGITS and a_digits[-n:] == b_digits[-n:]


def _reference_key(reference: str) -> str:
    return reference.strip().casefold()


def _entry_order(entry: Candidate) -> tuple[int, int]:
    return (entry.seq, entry.entry_id)
