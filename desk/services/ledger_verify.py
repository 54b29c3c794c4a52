"""Recomputing the ledger from its first entry: chain, numbering, reversals, periods, receipts and ceilings.

Each problem names the entry (its number in the ledger and its receipt) so an auditor can go straight to it.
Streams the entries in order, so a million of them verify in constant memory.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.committee import CommitteeDecision
from desk.models.ledger import PLAN_KINDS, LedgerEntry, LedgerPeriod, LedgerTotal
from desk.models.returnee import Counter
from desk.services.ledger_chain import CHAINED, GENESIS, hash_values
from desk.services.ledger_dto import ChainProblem, VerifyReport
from desk.services.ledger_posting import LEDGER_COUNTER, RECEIPT_COUNTER, totals_query

MAX_PROBLEMS = 50


def _entry_label(seq: int, receipt_no: int | None) -> str:
    if receipt_no is not None:
        return translate("Verify", "entry {seq} (receipt {receipt})").format(seq=seq, receipt=receipt_no)
    return translate("Verify", "entry {seq}").format(seq=seq)


def verify_ledger(session: Session) -> VerifyReport:
    problems: list[ChainProblem] = []

    def problem(seq: int | None, entry_id: int | None, message: str) -> None:
        if len(problems) < MAX_PROBLEMS:
            problems.append(ChainProblem(seq, entry_id, message))

    columns = [getattr(LedgerEntry, name) for name in CHAINED]
    extra = [LedgerEntry.id, LedgerEntry.prev_hash, LedgerEntry.hash, LedgerEntry.period]
    closed = {p.period: p for p in session.scalars(select(LedgerPeriod))}
    fingerprints = {p.last_seq: p for p in closed.values()}
    amounts_needed: set[int] = set()
    reversals: list[tuple[int, int, int, int, str, int]] = []  # (seq, id, reverses, case, currency, amount)
    on_plan: dict[int, int] = defaultdict(int)
    receipts: list[int] = []
    expected_seq, prev, count = 1, GENESIS, 0
    stream = session.execute(select(*columns, *extra).order_by(LedgerEntry.seq).execution_options(yield_per=5000))
    at = {name: i for i, name in enumerate(CHAINED)}
    i_seq, i_case, i_kind, i_amount, i_currency = at["seq"], at["case_id"], at["kind"], at["amount"], at["currency"]
    i_date, i_receipt, i_reverses = at["value_date"], at["receipt_no"], at["reverses_id"]
    width = len(CHAINED)
    for row in stream:
        values = row[:width]
        entry_id, prev_hash, stored_hash, period = row[width:]
        seq = int(values[i_seq])
        count += 1
        if seq != expected_seq:
            problem(
                seq,
                entry_id,
                translate("Verify", "Entries {first} to {last} are missing: history was deleted.").format(
                    first=expected_seq, last=seq - 1
                ),
            )
        if prev_hash != prev:
            problem(
                seq,
                entry_id,
                translate(
                    "Verify", "{entry}: not linked to the entry before it (an entry was removed or inserted)."
                ).format(entry=_entry_label(seq, values[i_receipt])),
            )
        if hash_values(prev_hash, values) != stored_hash:
            problem(
                seq,
                entry_id,
                translate(
                    "Verify",
                    "{entry}: its stored fields do not match its fingerprint: amount, date, case, payee or "
                    "reference were changed after it was posted.",
                ).format(entry=_entry_label(seq, values[i_receipt])),
            )
        day = values[i_date]
        if period != f"{day.year:04d}-{day.month:02d}":
            problem(
                seq,
                entry_id,
                translate("Verify", "{entry}: its period does not match its date.").format(
                    entry=_entry_label(seq, values[i_receipt])
                ),
            )
        if seq in fingerprints and stored_hash != fingerprints[seq].fingerprint:
            problem(
                seq,
                entry_id,
                translate("Verify", "{entry}: differs from the fingerprint printed when {period} was closed.").format(
                    entry=_entry_label(seq, values[i_receipt]), period=fingerprints[seq].period
                ),
            )
        closing = closed.get(period)
        if closing is not None and seq > closing.last_seq:
            problem(
                seq,
                entry_id,
                translate("Verify", "{entry}: posted into {period} after that period was closed.").format(
                    entry=_entry_label(seq, values[i_receipt]), period=period
                ),
            )
        amount, case_id = values[i_amount], values[i_case]
        if values[i_reverses] is not None:
            reversals.append((seq, entry_id, values[i_reverses], case_id, values[i_currency], amount))
            amounts_needed.add(values[i_reverses])
        if values[i_kind] in PLAN_KINDS:
            on_plan[case_id] += amount
        if values[i_receipt] is not None:
            receipts.append(int(values[i_receipt]))
        prev, expected_seq = stored_hash, seq + 1
    head_seq = expected_seq - 1

    originals: dict[int, tuple[int, str, int]] = {}
    needed = sorted(amounts_needed)
    for start in range(0, len(needed), 500):
        for entry_id, case_id, currency, amount in session.execute(
            select(LedgerEntry.id, LedgerEntry.case_id, LedgerEntry.currency, LedgerEntry.amount).where(
                LedgerEntry.id.in_(needed[start : start + 500])
            )
        ):
            originals[entry_id] = (case_id, currency, amount)
    for seq, entry_id, original_id, case_id, currency, amount in reversals:
        if originals.get(original_id) != (case_id, currency, -amount):
            problem(
                seq,
                entry_id,
                translate("Verify", "{entry}: a reversal that does not mirror the entry it reverses.").format(
                    entry=_entry_label(seq, None)
                ),
            )

    counter = session.get(Counter, LEDGER_COUNTER)
    if counter is not None and counter.value != head_seq:
        problem(
            None,
            None,
            translate(
                "Verify", "The ledger numbered {numbered} entries but holds {held}: entries were deleted."
            ).format(numbered=counter.value, held=head_seq),
        )
    for period in closed.values():
        if period.last_seq > head_seq:
            problem(
                None,
                None,
                translate(
                    "Verify", "When {period} was closed the ledger had {n} entries; it now has {held}: history was cut."
                ).format(period=period.period, n=period.last_seq, held=head_seq),
            )

    receipts.sort()
    issued = session.get(Counter, RECEIPT_COUNTER)
    expected = list(range(1, (issued.value if issued else 0) + 1))
    if receipts != expected:
        missing = sorted(set(expected) - set(receipts))[:10]
        problem(
            None,
            None,
            translate("Verify", "Receipt numbers are not a gapless sequence (missing or repeated: {numbers}).").format(
                numbers=", ".join(str(n) for n in missing) or "…"
            ),
        )

    ceilings = dict(
        session.execute(
            select(CommitteeDecision.case_id, func.max(CommitteeDecision.amount_approved))
            .where(CommitteeDecision.decision == "approved")
            .group_by(CommitteeDecision.case_id)
        ).all()
    )
    for case_id, paid in on_plan.items():
        if paid > int(ceilings.get(case_id) or 0) or paid < 0:
            problem(
                None,
                None,
                translate("Verify", "Case {case}: paid {paid} against a plan approved for {ceiling}.").format(
                    case=case_id, paid=paid, ceiling=int(ceilings.get(case_id) or 0)
                ),
            )
    kept = {
        tuple(row[:6]): tuple(int(v) for v in row[6:])
        for row in session.execute(
            select(
                LedgerTotal.period,
                LedgerTotal.donor_id,
                LedgerTotal.programme_id,
                LedgerTotal.kind,
                LedgerTotal.modality,
                LedgerTotal.currency,
                LedgerTotal.entries,
                LedgerTotal.paid,
                LedgerTotal.reversed,
            ).where(LedgerTotal.entries > 0)
        )
    }
    recomputed = {tuple(row[:6]): tuple(int(v or 0) for v in row[6:]) for row in session.execute(totals_query())}
    for key in sorted(set(kept) | set(recomputed), key=str):
        if kept.get(key) != recomputed.get(key):
            problem(
                None,
                None,
                translate(
                    "Verify", "The balances kept for {period} ({kind}, {currency}) differ from the sum of its entries."
                ).format(period=key[0], kind=key[3], currency=key[5]),
            )
    return VerifyReport(count, head_seq, prev, tuple(problems))
