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
from desk.models.ledger import PLAN_KINDS, LedgerEntry, LedgerPeriod
from desk.models.returnee import Counter
from desk.services.ledger_chain import CHAINED, GENESIS, entry_hash
from desk.services.ledger_dto import ChainProblem, VerifyReport
from desk.services.ledger_posting import LEDGER_COUNTER, RECEIPT_COUNTER
from desk.services.ledger_rules import period_of

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
    amounts: dict[int, tuple[int, int, str, int]] = {}  # id -> (seq, case, currency, amount), for reversals
    reversals: list[tuple[int, int, int, int, str, int]] = []  # (seq, id, reverses, case, currency, amount)
    on_plan: dict[int, int] = defaultdict(int)
    receipts: list[int] = []
    expected_seq, prev, count = 1, GENESIS, 0
    stream = session.execute(select(*columns, *extra).order_by(LedgerEntry.seq).execution_options(yield_per=5000))
    for row in stream:
        values = dict(zip(CHAINED, row[: len(CHAINED)], strict=True))
        entry_id, prev_hash, stored_hash, period = row[len(CHAINED) :]
        seq = int(values["seq"])
        label = _entry_label(seq, values["receipt_no"])
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
                ).format(entry=label),
            )
        if entry_hash(prev_hash, values) != stored_hash:
            problem(
                seq,
                entry_id,
                translate(
                    "Verify",
                    "{entry}: its stored fields do not match its fingerprint: amount, date, case, payee or "
                    "reference were changed after it was posted.",
                ).format(entry=label),
            )
        if period != period_of(values["value_date"]):
            problem(
                seq, entry_id, translate("Verify", "{entry}: its period does not match its date.").format(entry=label)
            )
        if seq in fingerprints and stored_hash != fingerprints[seq].fingerprint:
            problem(
                seq,
                entry_id,
                translate("Verify", "{entry}: differs from the fingerprint printed when {period} was closed.").format(
                    entry=label, period=fingerprints[seq].period
                ),
            )
        closing = closed.get(period)
        if closing is not None and seq > closing.last_seq:
            problem(
                seq,
                entry_id,
                translate("Verify", "{entry}: posted into {period} after that period was closed.").format(
                    entry=label, period=period
                ),
            )
        amounts[entry_id] = (seq, values["case_id"], values["currency"], values["amount"])
        if values["reverses_id"] is not None:
            reversals.append(
                (seq, entry_id, values["reverses_id"], values["case_id"], values["currency"], values["amount"])
            )
        if values["kind"] in PLAN_KINDS:
            on_plan[values["case_id"]] += values["amount"]
        if values["receipt_no"] is not None:
            receipts.append(int(values["receipt_no"]))
        prev, expected_seq = stored_hash, seq + 1
    head_seq = expected_seq - 1

    for seq, entry_id, original_id, case_id, currency, amount in reversals:
        original = amounts.get(original_id)
        if original is None or original[1:] != (case_id, currency, -amount):
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
    return VerifyReport(count, head_seq, prev, tuple(problems))
