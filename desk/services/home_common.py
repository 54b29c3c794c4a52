"""What the home screens' queries share: how a person is named, a COUNT, and the disbursement request queues."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.models.ledger import DisbursementRequest
from desk.models.returnee import Case, Person
from desk.services.home_dto import Capped, CurrencySum, RequestItem
from desk.services.labels import label


def full_name(family: str, given: str) -> str:
    """As the registry and the calendar show a person: FAMILY Given."""
    return f"{family.upper()} {given}"


def count_of(session: Session, query: Any) -> int:
    """The value of a COUNT query (0 when nothing matched)."""
    return int(session.scalar(query) or 0)


def requests(session: Session, status: str, limit: int) -> tuple[Capped[RequestItem], tuple[CurrencySum, ...]]:
    """Disbursement requests in one status, the oldest first, with their count and sum per currency."""
    sums = tuple(
        CurrencySum(currency, int(n), int(amount or 0))
        for currency, n, amount in session.execute(
            select(DisbursementRequest.currency, func.count(), func.sum(DisbursementRequest.amount))
            .where(DisbursementRequest.status == status)
            .group_by(DisbursementRequest.currency)
            .order_by(DisbursementRequest.currency)
        )
    )
    rows = session.execute(
        select(
            DisbursementRequest.id,
            DisbursementRequest.case_id,
            Case.number,
            Person.family_name,
            Person.given_names,
            DisbursementRequest.kind,
            DisbursementRequest.amount,
            DisbursementRequest.currency,
            DisbursementRequest.modality,
            DisbursementRequest.created_at,
        )
        .join(Case, Case.id == DisbursementRequest.case_id)
        .join(Person, Person.id == Case.person_id)
        .where(DisbursementRequest.status == status)
        .order_by(DisbursementRequest.id)
        .limit(limit)
    ).all()
    items = tuple(
        RequestItem(
            i,
            case_id,
            number,
            full_name(family, given),
            kind,
            label("ledger_kind", kind),
            amount,
            currency,
            modality,
            label("modality", modality),
            at,
        )
        for i, case_id, number, family, given, kind, amount, currency, modality, at in rows
    )
    return Capped(items, sum(s.count for s in sums)), sums
