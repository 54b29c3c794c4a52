"""The finance officer's home screen, read inside the caller's transaction: what to pay and the cash to prepare, the
budget consumed against the committee's approvals, the periods, and the transfers no statement confirms yet.

Sums over the ledger read its running sums (ledger_totals, a few thousand rows whatever the number of entries)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from desk.i18n import current_language, translate
from desk.models.committee import CommitteeDecision
from desk.models.ledger import PLAN_KINDS, DisbursementRequest, LedgerEntry, LedgerPeriod, LedgerTotal, StatementLine
from desk.models.plan import Plan
from desk.models.reference import Donor, Programme
from desk.models.returnee import Case, Person
from desk.services.home_common import full_name, requests
from desk.services.home_dto import (
    BudgetLine,
    Capped,
    CurrencySum,
    EntryItem,
    FinanceHome,
    ModalitySum,
    PeriodItem,
)
from desk.services.labels import label
from desk.services.ledger_rules import period_of

# Payments a statement confirms (cash and in-kind purchases are proved by the signed receipt instead).
STATEMENT_MODALITIES = ("mobile_money", "bank_transfer")
CLOSED_SHOWN = 12


def _distribution(session: Session) -> tuple[ModalitySum, ...]:
    rows = session.execute(
        select(
            DisbursementRequest.modality,
            DisbursementRequest.currency,
            func.count(),
            func.sum(DisbursementRequest.amount),
        )
        .where(DisbursementRequest.status == "approved")
        .group_by(DisbursementRequest.modality, DisbursementRequest.currency)
        .order_by(DisbursementRequest.modality, DisbursementRequest.currency)
    )
    return tuple(
        ModalitySum(modality, label("modality", modality), currency, int(n), int(amount or 0))
        for modality, currency, n, amount in rows
    )


def _budget(session: Session) -> tuple[BudgetLine, ...]:
    """Per donor and programme: what the committee approved (the approvals of the cases' current plans: the ledger's
    ceilings) beside what was paid, net of reversals.

    A current plan has at most one approval (a decision is corrected in place, and an approved plan is never
    submitted again), so summing them needs no "latest decision per case" step."""
    figures: dict[tuple[int, int, str], list[int]] = {}  # (donor, programme, currency) -> approved, plans, other
    for programme_id, donor_id, currency, amount in session.execute(
        select(Case.programme_id, Programme.donor_id, Plan.currency, func.sum(CommitteeDecision.amount_approved))
        .select_from(CommitteeDecision)
        .join(Plan, Plan.id == CommitteeDecision.plan_id)
        .join(Case, Case.id == CommitteeDecision.case_id)
        .outerjoin(Programme, Programme.id == Case.programme_id)
        .where(CommitteeDecision.decision == "approved", Plan.current.is_(True))
        .group_by(Case.programme_id, Programme.donor_id, Plan.currency)
    ):
        figures.setdefault((donor_id or 0, programme_id or 0, currency), [0, 0, 0])[0] += int(amount or 0)
    on_plan = case((LedgerTotal.kind.in_(PLAN_KINDS), 1), else_=0)
    for donor_id, programme_id, currency, plan_kind, net in session.execute(
        select(
            LedgerTotal.donor_id,
            LedgerTotal.programme_id,
            LedgerTotal.currency,
            on_plan,
            func.sum(LedgerTotal.paid + LedgerTotal.reversed),
        ).group_by(LedgerTotal.donor_id, LedgerTotal.programme_id, LedgerTotal.currency, on_plan)
    ):
        figures.setdefault((donor_id, programme_id, currency), [0, 0, 0])[1 if plan_kind else 2] += int(net or 0)
    english = current_language() == "en"
    donors = {
        i: (en if english else fr) for i, fr, en in session.execute(select(Donor.id, Donor.name_fr, Donor.name_en))
    }
    programmes = {
        i: (en if english else fr)
        for i, fr, en in session.execute(select(Programme.id, Programme.name_fr, Programme.name_en))
    }
    lines = [
        BudgetLine(
            donor_id or None,
            donors.get(donor_id) or translate("Home", "No donor"),
            programme_id or None,
            programmes.get(programme_id) or translate("Home", "No programme"),
            currency,
            approved,
            plans,
            other,
        )
        for (donor_id, programme_id, currency), (approved, plans, other) in figures.items()
        if approved or plans or other
    ]
    return tuple(sorted(lines, key=lambda b: (b.donor_id is None, b.donor, b.programme_id is None, b.programme)))


def _periods(session: Session, today: date) -> tuple[str, tuple[PeriodItem, ...], Capped[PeriodItem]]:
    entries = {
        period: int(n)
        for period, n in session.execute(
            select(LedgerTotal.period, func.sum(LedgerTotal.entries))
            .group_by(LedgerTotal.period)
            .having(func.sum(LedgerTotal.entries) > 0)
        )
    }
    closed = {p: at for p, at in session.execute(select(LedgerPeriod.period, LedgerPeriod.closed_at))}
    current = period_of(today)
    open_ = sorted((set(entries) | {current}) - set(closed))
    newest = sorted(closed, reverse=True)
    return (
        current,
        tuple(PeriodItem(p, None, entries.get(p, 0)) for p in open_),
        Capped(tuple(PeriodItem(p, closed[p], entries.get(p, 0)) for p in newest[:CLOSED_SHOWN]), len(closed)),
    )


def _unreconciled(session: Session, limit: int) -> tuple[Capped[EntryItem], tuple[CurrencySum, ...]]:
    """Mobile-money and bank payments (not reversals) that no statement line is matched to.

    Counted without reading the million entries: per month and currency, the payments are the running sums'
    entries minus the reversals (a few, read through their own index), minus the statement lines matched."""
    by_month: dict[tuple[str, str], list[int]] = {}  # (period, currency) -> count, amount

    def add(rows: Any, sign: int) -> None:
        for period, currency, n, amount in rows:
            line = by_month.setdefault((period, currency), [0, 0])
            line[0] += sign * int(n or 0)
            line[1] += sign * int(amount or 0)

    statement_kind = LedgerTotal.modality.in_(STATEMENT_MODALITIES)
    add(
        session.execute(
            select(LedgerTotal.period, LedgerTotal.currency, func.sum(LedgerTotal.entries), func.sum(LedgerTotal.paid))
            .where(statement_kind)
            .group_by(LedgerTotal.period, LedgerTotal.currency)
        ),
        1,
    )
    # Reversals are negative, the payments they cancel positive: `amount > 0` keeps the payments only.
    candidate = [LedgerEntry.modality.in_(STATEMENT_MODALITIES), LedgerEntry.amount > 0]
    # Both queries below start from a short list of ids (IN): without that, SQLite's planner walks the million
    # entries in period order to save itself a sort.
    reversals = select(LedgerEntry.id).where(LedgerEntry.reverses_id.is_not(None))
    add(  # a reversal carries its original's modality and counts among the running sums' entries, not in `paid`
        session.execute(
            select(LedgerEntry.period, LedgerEntry.currency, func.count(), literal(0))
            .where(LedgerEntry.id.in_(reversals), LedgerEntry.modality.in_(STATEMENT_MODALITIES))
            .group_by(LedgerEntry.period, LedgerEntry.currency)
        ),
        -1,
    )
    matched_ids = select(StatementLine.entry_id).where(StatementLine.entry_id.is_not(None))
    add(
        session.execute(
            select(LedgerEntry.period, LedgerEntry.currency, func.count(), func.sum(LedgerEntry.amount))
            .where(LedgerEntry.id.in_(matched_ids), *candidate)
            .group_by(LedgerEntry.period, LedgerEntry.currency)
        ),
        -1,
    )
    sums: dict[str, list[int]] = {}
    for (_, currency), (n, amount) in by_month.items():
        total = sums.setdefault(currency, [0, 0])
        total[0] += n
        total[1] += amount
    currency_sums = tuple(CurrencySum(c, n, amount) for c, (n, amount) in sorted(sums.items()) if n)
    pending = sorted(period for (period, _), (n, _) in by_month.items() if n > 0)
    if not pending:
        return Capped((), 0), currency_sums
    # The list starts at the first day of the oldest month with something unmatched: an index range, not a scan.
    first = date(int(pending[0][:4]), int(pending[0][5:7]), 1)
    matched = select(StatementLine.id).where(StatementLine.entry_id == LedgerEntry.id).exists()
    rows = session.execute(
        select(
            LedgerEntry.id,
            LedgerEntry.seq,
            LedgerEntry.case_id,
            Case.number,
            Person.family_name,
            Person.given_names,
            LedgerEntry.value_date,
            LedgerEntry.amount,
            LedgerEntry.currency,
            LedgerEntry.modality,
            LedgerEntry.reference,
        )
        .join(Case, Case.id == LedgerEntry.case_id)
        .join(Person, Person.id == Case.person_id)
        .where(LedgerEntry.value_date >= first, *candidate, ~matched)
        .order_by(LedgerEntry.value_date, LedgerEntry.id)
        .limit(limit)
    ).all()
    items = tuple(
        EntryItem(
            i,
            seq,
            case_id,
            number,
            full_name(family, given),
            day,
            amount,
            currency,
            modality,
            label("modality", modality),
            reference or "",
        )
        for i, seq, case_id, number, family, given, day, amount, currency, modality, reference in rows
    )
    return Capped(items, sum(s.count for s in currency_sums)), currency_sums


def finance_home(session: Session, today: date, limit: int) -> FinanceHome:
    to_pay, to_pay_sums = requests(session, "approved", limit)
    current, open_periods, closed_periods = _periods(session, today)
    unreconciled, unreconciled_sums = _unreconciled(session, limit)
    return FinanceHome(
        today,
        to_pay,
        to_pay_sums,
        _distribution(session),
        _budget(session),
        current,
        open_periods,
        closed_periods,
        unreconciled,
        unreconciled_sums,
    )
