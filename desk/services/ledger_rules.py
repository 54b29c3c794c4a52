"""The rules money obeys, inside the caller's transaction: the committee's ceiling, the instalment schedule, and
every reason a payment must be refused (in words the cashier can read out to the returnee)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.committee import CommitteeDecision
from desk.models.intake import Consent
from desk.models.ledger import PLAN_KINDS, DisbursementRequest, Instalment, LedgerEntry, LedgerPeriod
from desk.models.plan import Plan
from desk.models.returnee import Case
from desk.services.errors import NotFound
from desk.services.labels import label
from desk.services.money import format_money
from desk.services.training_service import requirements_of

PENDING = ("requested", "approved")


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


@dataclass(frozen=True)
class Ceiling:
    decision_id: int | None
    amount: int  # 0: nothing approved
    currency: str


def ceiling_of(session: Session, case_id: int) -> Ceiling:
    """The amount the committee approved on the case's latest approved plan (the ledger's ceiling)."""
    row = session.execute(
        select(CommitteeDecision.id, CommitteeDecision.amount_approved, Plan.currency)
        .join(Plan, Plan.id == CommitteeDecision.plan_id)
        .where(CommitteeDecision.case_id == case_id, CommitteeDecision.decision == "approved", Plan.current.is_(True))
        .order_by(CommitteeDecision.id.desc())
        .limit(1)
    ).first()
    if row is None:
        plan_currency = session.scalar(
            select(Plan.currency).where(Plan.case_id == case_id, Plan.current.is_(True)).limit(1)
        )
        return Ceiling(None, 0, plan_currency or "")
    return Ceiling(row[0], int(row[1]), row[2])


def paid_on_plan(session: Session, case_id: int) -> int:
    """Net of reversals: what was paid against the plan."""
    return int(
        session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
                LedgerEntry.case_id == case_id, LedgerEntry.kind.in_(PLAN_KINDS)
            )
        )
        or 0
    )


def pending_on_plan(session: Session, case_id: int, excluding: int | None = None) -> int:
    query = select(func.coalesce(func.sum(DisbursementRequest.amount), 0)).where(
        DisbursementRequest.case_id == case_id,
        DisbursementRequest.kind.in_(PLAN_KINDS),
        DisbursementRequest.status.in_(PENDING),
    )
    if excluding is not None:
        query = query.where(DisbursementRequest.id != excluding)
    return int(session.scalar(query) or 0)


def split_amounts(amount: int, split: list[int] | None) -> list[tuple[int, int]]:
    """(percent, amount) per instalment; the rounding remainder goes to the last one, so they add up exactly."""
    percents = [int(p) for p in (split or []) if int(p) > 0] or [100]
    if sum(percents) != 100:
        percents = [100]
    amounts = [amount * p // 100 for p in percents]
    amounts[-1] += amount - sum(amounts)
    return [(p, a) for p, a in zip(percents, amounts, strict=True) if a > 0]


def schedule_instalments(session: Session, decision: CommitteeDecision) -> None:
    """Make the case's instalments follow this decision (called whenever the committee decides or corrects).

    Instalments of an earlier decision that nothing was asked against are retired; one already asked against
    stays, and the new schedule only covers what is left.
    """
    old = session.scalars(
        select(Instalment).where(Instalment.case_id == decision.case_id, Instalment.active.is_(True))
    ).all()
    used = {
        i
        for (i,) in session.execute(
            select(DisbursementRequest.instalment_id).where(
                DisbursementRequest.case_id == decision.case_id,
                DisbursementRequest.status.in_(("requested", "approved", "paid")),
                DisbursementRequest.instalment_id.is_not(None),
            )
        )
    }
    if (
        decision.decision == "approved"
        and all(i.decision_id == decision.id for i in old)
        and sum(i.amount for i in old) == decision.amount_approved
        and old
    ):
        return  # unchanged
    for instalment in old:
        if instalment.id not in used:
            instalment.active = False
    if decision.decision != "approved":
        return
    plan = session.get(Plan, decision.plan_id)
    assert plan is not None
    kept = [i for i in old if i.id in used]
    left = decision.amount_approved - sum(i.amount for i in kept)
    for n, (percent, amount) in enumerate(split_amounts(left, plan.split), start=len(kept) + 1):
        session.add(
            Instalment(
                case_id=decision.case_id,
                decision_id=decision.id,
                number=n,
                percent=percent,
                amount=amount,
                currency=plan.currency,
                needs_report=n > 1,
            )
        )


def retire_instalments(session: Session, case_id: int) -> None:
    session.execute(
        update(Instalment).where(Instalment.case_id == case_id, Instalment.active.is_(True)).values(active=False)
    )


def period_closed(session: Session, day: date) -> bool:
    return session.get(LedgerPeriod, period_of(day)) is not None


def blockers(session: Session, request: DisbursementRequest, value_date: date, *, paying: bool) -> list[str]:
    """Every reason this request cannot be paid (or, before payment, cannot go on), in words. Empty: go ahead."""
    reasons: list[str] = []
    case = session.get(Case, request.case_id)
    if case is None:
        raise NotFound(translate("Errors", "This case no longer exists."))
    if case.status == "closed":
        reasons.append(translate("Ledger", "The case is closed: no payment can be made on a closed case."))
    consent = session.scalars(
        select(Consent).where(Consent.person_id == case.person_id).order_by(Consent.id.desc()).limit(1)
    ).first()
    if consent is None or not consent.processing:
        reasons.append(translate("Ledger", "The person's consent is not recorded: record it in the case file first."))
    elif consent.withdrawn_at is not None:
        reasons.append(translate("Ledger", "The person withdrew their consent: no payment can be made."))
    if request.kind in PLAN_KINDS:
        ceiling = ceiling_of(session, request.case_id)
        if ceiling.decision_id is None:
            reasons.append(translate("Ledger", "The plan is not approved by the committee."))
        else:
            if request.currency != ceiling.currency:
                reasons.append(
                    translate(
                        "Ledger", "The plan was approved in {currency}: ask for the amount in that currency."
                    ).format(currency=ceiling.currency)
                )
            paid = paid_on_plan(session, request.case_id)
            pending = 0 if paying else pending_on_plan(session, request.case_id, excluding=request.id)
            if paid + pending + request.amount > ceiling.amount:
                reasons.append(
                    translate(
                        "Ledger",
                        "This would exceed the amount approved by the committee ({ceiling}): already paid {paid}, "
                        "already asked {pending}, this request {amount}.",
                    ).format(
                        ceiling=format_money(ceiling.amount, ceiling.currency),
                        paid=format_money(paid, ceiling.currency),
                        pending=format_money(pending, ceiling.currency),
                        amount=format_money(request.amount, request.currency),
                    )
                )
        if request.instalment_id is not None:
            instalment = session.get(Instalment, request.instalment_id)
            if instalment is None or not instalment.active:
                reasons.append(translate("Ledger", "This instalment was replaced by a newer committee decision."))
            elif instalment.needs_report and instalment.report_received_on is None:
                reasons.append(
                    translate("Ledger", "Instalment {n} waits for the operator's interim report.").format(
                        n=instalment.number
                    )
                )
        if paying:
            check = requirements_of(session, request.case_id)
            if not check.met:
                reasons.append(
                    translate("Ledger", "The programme requires training not completed yet: {missing}.").format(
                        missing=", ".join(label("course_kind", k) for k in check.missing)
                    )
                )
    if paying and period_closed(session, value_date):
        reasons.append(
            translate("Ledger", "The period {period} is closed: choose a date in an open period.").format(
                period=period_of(value_date)
            )
        )
    return reasons
