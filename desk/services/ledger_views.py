"""Reading the ledger: a case's balance, the request queues, the entries a page at a time, sums computed in the
database, and receipts (each printing recorded; every one after the first is a duplicate)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from desk.i18n import current_language, translate
from desk.models.account import User
from desk.models.ledger import PLAN_KINDS, DisbursementRequest, Instalment, LedgerEntry, LedgerTotal, ReceiptPrint
from desk.models.reference import Donor, Programme
from desk.models.returnee import Case, Person
from desk.services.dto import Actor
from desk.services.errors import NotFound
from desk.services.ledger_dto import (
    CaseBalance,
    EntryRow,
    InstalmentView,
    LedgerFilter,
    ReceiptData,
    RequestView,
    TotalLine,
)
from desk.services.ledger_rules import PENDING, ceiling_of, period_of
from desk.services.money import MINOR_UNITS
from desk.services.permissions import Action, can, require
from desk.services.phones import display_phone
from desk.services.uow import SessionFactory, reading, writing

GROUPS = ("donor", "programme", "modality", "kind", "day", "period", "currency")
PAGE = 200


def _name(family: str, given: str) -> str:
    return f"{given} {family.upper()}"


def entry_conditions(session: Session, f: LedgerFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a filter (shared by the table, its sums and the export)."""
    where: list[ColumnElement[bool]] = []
    if f.date_from is not None:
        where.append(LedgerEntry.value_date >= f.date_from)
    if f.date_to is not None:
        where.append(LedgerEntry.value_date <= f.date_to)
    if f.donor_id is not None:
        where.append(LedgerEntry.donor_id == f.donor_id)
    if f.programme_id is not None:
        where.append(LedgerEntry.programme_id == f.programme_id)
    if f.kind:
        where.append(LedgerEntry.kind == f.kind)
    if f.modality:
        where.append(LedgerEntry.modality == f.modality)
    if f.case_id is not None:
        where.append(LedgerEntry.case_id == f.case_id)
    text = f.text.strip()
    if text:
        options: list[ColumnElement[bool]] = [LedgerEntry.reference == text]
        if text.isdigit():
            options.append(LedgerEntry.receipt_no == int(text))
        case_id = session.scalar(select(Case.id).where(Case.number == text.upper()))
        if case_id is not None:
            options.append(LedgerEntry.case_id == case_id)
        where.append(or_(*options))
    return where


def _months_only(f: LedgerFilter) -> bool:
    """True when the filter covers whole months and needs nothing the running sums do not keep."""
    if f.text.strip() or f.case_id is not None:
        return False
    if f.date_from is not None and f.date_from.day != 1:
        return False
    return f.date_to is None or (f.date_to + timedelta(days=1)).day == 1


def _lines(session: Session, query: Any, width: int) -> list[TotalLine]:
    lines = []
    for row in session.execute(query):
        keys = tuple("" if v is None else str(v) for v in row[:width])
        currency, count, paid, reversed_ = row[width:]
        paid, reversed_ = int(paid or 0), int(reversed_ or 0)
        lines.append(TotalLine(keys, currency, int(count or 0), paid, reversed_, paid + reversed_))
    return lines


class LedgerViews:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    # -- one case ------------------------------------------------------------------------------------
    def case_balance(self, case_id: int) -> CaseBalance:
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            ceiling = ceiling_of(session, case_id)
            by_kind = session.execute(
                select(LedgerEntry.kind, func.sum(LedgerEntry.amount))
                .where(LedgerEntry.case_id == case_id)
                .group_by(LedgerEntry.kind)
            ).all()
            on_plan = sum(int(net or 0) for kind, net in by_kind if kind in PLAN_KINDS)
            other = sum(int(net or 0) for kind, net in by_kind if kind not in PLAN_KINDS)
            pending = int(
                session.scalar(
                    select(func.coalesce(func.sum(DisbursementRequest.amount), 0)).where(
                        DisbursementRequest.case_id == case_id, DisbursementRequest.status.in_(PENDING)
                    )
                )
                or 0
            )
            instalments = self._instalments(session, case_id)
            upcoming = next((i for i in instalments if i.state in ("open", "waiting_report")), None)
            return CaseBalance(
                case_id,
                ceiling.currency,
                ceiling.amount,
                on_plan,
                other,
                max(0, ceiling.amount - on_plan),
                pending,
                tuple(instalments),
                upcoming,
            )

    @staticmethod
    def _instalments(session: Session, case_id: int) -> list[InstalmentView]:
        rows = session.scalars(
            select(Instalment)
            .where(Instalment.case_id == case_id, Instalment.active.is_(True))
            .order_by(Instalment.number)
        ).all()
        states = dict(
            session.execute(
                select(DisbursementRequest.instalment_id, DisbursementRequest.status).where(
                    DisbursementRequest.case_id == case_id,
                    DisbursementRequest.status.in_((*PENDING, "paid")),
                )
            ).all()
        )
        views = []
        for i in rows:
            state = states.get(i.id) or ("waiting_report" if i.needs_report and not i.report_received_on else "open")
            views.append(
                InstalmentView(
                    i.id,
                    i.number,
                    len(rows),
                    i.percent,
                    i.amount,
                    i.currency,
                    i.needs_report,
                    i.report_received_on,
                    state,
                )
            )
        return views

    # -- requests ------------------------------------------------------------------------------------
    def requests(self, statuses: Sequence[str], case_id: int | None = None, limit: int = 1000) -> list[RequestView]:
        """Oldest first: the queue to approve (requested), to pay (approved), or a case's history."""
        require(self._actor, Action.CASE_VIEW)
        requester, decider = aliased(User), aliased(User)
        query = (
            select(
                DisbursementRequest,
                Case.number,
                Person.family_name,
                Person.given_names,
                Programme.code,
                Donor.code,
                requester.full_name,
                decider.full_name,
                Instalment.number,
            )
            .join(Case, Case.id == DisbursementRequest.case_id)
            .join(Person, Person.id == Case.person_id)
            .outerjoin(Programme, Programme.id == DisbursementRequest.programme_id)
            .outerjoin(Donor, Donor.id == DisbursementRequest.donor_id)
            .join(requester, requester.id == DisbursementRequest.requested_by_id)
            .outerjoin(decider, decider.id == DisbursementRequest.decided_by_id)
            .outerjoin(Instalment, Instalment.id == DisbursementRequest.instalment_id)
            .where(DisbursementRequest.status.in_(tuple(statuses)))
            .order_by(DisbursementRequest.id)
            .limit(limit)
        )
        if case_id is not None:
            query = query.where(DisbursementRequest.case_id == case_id)
        with reading(self._sf) as session:
            rows = session.execute(query).all()
            counts = self._instalment_counts(session, [r[0].case_id for r in rows if r[8] is not None])
            return [
                RequestView(
                    r.id,
                    r.case_id,
                    number,
                    _name(family, given),
                    r.kind,
                    r.amount,
                    r.currency,
                    programme or "",
                    donor or "",
                    r.modality,
                    self._payee(r),
                    r.proxy_name or "",
                    r.status,
                    requested_by,
                    r.created_at,
                    decided_by or "",
                    r.decision_reason or "",
                    f"{inst_no}/{counts.get(r.case_id, inst_no)}" if inst_no else "",
                    r.version,
                    r.note or "",
                )
                for r, number, family, given, programme, donor, requested_by, decided_by, inst_no in rows
            ]

    @staticmethod
    def _instalment_counts(session: Session, case_ids: list[int]) -> dict[int, int]:
        if not case_ids:
            return {}
        return {
            case_id: int(n)
            for case_id, n in session.execute(
                select(Instalment.case_id, func.count())
                .where(Instalment.case_id.in_(set(case_ids)), Instalment.active.is_(True))
                .group_by(Instalment.case_id)
            )
        }

    @staticmethod
    def _payee(r: DisbursementRequest) -> str:
        if r.modality == "mobile_money":
            return f"{r.mobile_operator or ''} {display_phone(r.phone)}".strip()
        if r.modality == "bank_transfer":
            return r.bank_account or ""
        if r.modality == "in_kind":
            return r.supplier or ""
        return translate("Ledger", "in person")

    # -- entries -------------------------------------------------------------------------------------
    def entries(self, f: LedgerFilter, after: EntryRow | None = None, limit: int = PAGE) -> list[EntryRow]:
        """Newest value date first, a page at a time (keyset: fast at any depth of a million entries)."""
        require(self._actor, Action.LEDGER_VIEW)
        reversal = aliased(LedgerEntry)
        original = aliased(LedgerEntry)
        with reading(self._sf) as session:
            where = entry_conditions(session, f)
            if after is not None:
                where.append(
                    or_(
                        LedgerEntry.value_date < after.value_date,
                        and_(LedgerEntry.value_date == after.value_date, LedgerEntry.id < after.id),
                    )
                )
            page = (
                select(LedgerEntry.id)
                .where(*where)
                .order_by(LedgerEntry.value_date.desc(), LedgerEntry.id.desc())
                .limit(limit)
                .subquery()
            )
            rows = session.execute(
                select(
                    LedgerEntry,
                    Case.number,
                    Person.family_name,
                    Person.given_names,
                    Donor.code,
                    Programme.code,
                    User.username,
                    original.seq,
                    reversal.id,
                )
                .join(page, page.c.id == LedgerEntry.id)
                .join(Case, Case.id == LedgerEntry.case_id)
                .join(Person, Person.id == Case.person_id)
                .outerjoin(Donor, Donor.id == LedgerEntry.donor_id)
                .outerjoin(Programme, Programme.id == LedgerEntry.programme_id)
                .join(User, User.id == LedgerEntry.posted_by_id)
                .outerjoin(original, original.id == LedgerEntry.reverses_id)
                .outerjoin(reversal, reversal.reverses_id == LedgerEntry.id)
                .order_by(LedgerEntry.value_date.desc(), LedgerEntry.id.desc())
            ).all()
            return [
                EntryRow(
                    e.id,
                    e.seq,
                    e.value_date,
                    e.case_id,
                    number,
                    _name(family, given),
                    e.kind,
                    e.amount,
                    e.currency,
                    donor or "",
                    programme or "",
                    e.modality,
                    e.reference or "",
                    e.receipt_no,
                    orig_seq,
                    reversal_id is not None,
                    username,
                    e.reason or "",
                )
                for e, number, family, given, donor, programme, username, orig_seq, reversal_id in rows
            ]

    def totals(self, f: LedgerFilter, by: Sequence[str] = ()) -> list[TotalLine]:
        """Sums over the filter, grouped by any of GROUPS (always by currency too), computed in the database.

        Whole months without a text or case filter read the running sums (a few thousand rows whatever the
        ledger's size); anything finer sums the entries themselves.
        """
        require(self._actor, Action.LEDGER_VIEW)
        if any(group not in GROUPS for group in by):
            raise ValueError(by)
        with reading(self._sf) as session:
            if _months_only(f) and "day" not in by:
                return self._from_running_sums(session, f, by)
            return self._from_entries(session, f, by)

    @staticmethod
    def _from_entries(session: Session, f: LedgerFilter, by: Sequence[str]) -> list[TotalLine]:
        columns: list[Any] = [
            {
                "donor": Donor.code,
                "programme": Programme.code,
                "modality": LedgerEntry.modality,
                "kind": LedgerEntry.kind,
                "day": LedgerEntry.value_date,
                "period": LedgerEntry.period,
                "currency": LedgerEntry.currency,
            }[group]
            for group in by
        ]
        query = (
            select(
                *columns,
                LedgerEntry.currency,
                func.count(),
                func.sum(case((LedgerEntry.amount > 0, LedgerEntry.amount), else_=0)),
                func.sum(case((LedgerEntry.amount < 0, LedgerEntry.amount), else_=0)),
            )
            .where(*entry_conditions(session, f))
            .group_by(*columns, LedgerEntry.currency)
            .order_by(*columns, LedgerEntry.currency)
        )
        if "donor" in by:
            query = query.outerjoin(Donor, Donor.id == LedgerEntry.donor_id)
        if "programme" in by:
            query = query.outerjoin(Programme, Programme.id == LedgerEntry.programme_id)
        return _lines(session, query, len(columns))

    @staticmethod
    def _from_running_sums(session: Session, f: LedgerFilter, by: Sequence[str]) -> list[TotalLine]:
        columns: list[Any] = [
            {
                "donor": Donor.code,
                "programme": Programme.code,
                "modality": LedgerTotal.modality,
                "kind": LedgerTotal.kind,
                "period": LedgerTotal.period,
                "currency": LedgerTotal.currency,
            }[group]
            for group in by
        ]
        where: list[ColumnElement[bool]] = []
        if f.date_from is not None:
            where.append(LedgerTotal.period >= period_of(f.date_from))
        if f.date_to is not None:
            where.append(LedgerTotal.period <= period_of(f.date_to))
        if f.donor_id is not None:
            where.append(LedgerTotal.donor_id == f.donor_id)
        if f.programme_id is not None:
            where.append(LedgerTotal.programme_id == f.programme_id)
        if f.kind:
            where.append(LedgerTotal.kind == f.kind)
        if f.modality:
            where.append(LedgerTotal.modality == f.modality)
        query = (
            select(
                *columns,
                LedgerTotal.currency,
                func.sum(LedgerTotal.entries),
                func.sum(LedgerTotal.paid),
                func.sum(LedgerTotal.reversed),
            )
            .where(*where)
            .group_by(*columns, LedgerTotal.currency)
            .having(func.sum(LedgerTotal.entries) > 0)
            .order_by(*columns, LedgerTotal.currency)
        )
        if "donor" in by:
            query = query.outerjoin(Donor, Donor.id == LedgerTotal.donor_id)
        if "programme" in by:
            query = query.outerjoin(Programme, Programme.id == LedgerTotal.programme_id)
        return _lines(session, query, len(columns))

    # -- receipts ------------------------------------------------------------------------------------
    def receipt_entries(self, date_from: date, date_to: date) -> list[int]:
        """Payments with a receipt paid on those days, in receipt order (the day's batch)."""
        require(self._actor, Action.DISBURSEMENT_PAY)
        with reading(self._sf) as session:
            return list(
                session.scalars(
                    select(LedgerEntry.id)
                    .where(
                        LedgerEntry.value_date >= date_from,
                        LedgerEntry.value_date <= date_to,
                        LedgerEntry.receipt_no.is_not(None),
                    )
                    .order_by(LedgerEntry.receipt_no)
                )
            )

    def print_receipts(self, entry_ids: Sequence[int]) -> list[ReceiptData]:
        """The receipts' contents; records each printing (the first is the original, later ones duplicates)."""
        require(self._actor, Action.DISBURSEMENT_PAY)
        with writing(self._sf, self._actor) as session:
            poster = aliased(User)
            english = current_language() == "en"
            receipts: list[ReceiptData] = []
            for start in range(0, len(entry_ids), 500):
                chunk = list(entry_ids[start : start + 500])
                printed = set(  # printed before: this printing is a duplicate
                    session.scalars(select(ReceiptPrint.entry_id).where(ReceiptPrint.entry_id.in_(chunk)).distinct())
                )
                rows = session.execute(
                    select(
                        LedgerEntry,
                        Case.number,
                        Person.family_name,
                        Person.given_names,
                        Programme.name_fr,
                        Programme.name_en,
                        Donor.name_fr,
                        Donor.name_en,
                        poster.full_name,
                        Instalment.number,
                    )
                    .join(Case, Case.id == LedgerEntry.case_id)
                    .join(Person, Person.id == Case.person_id)
                    .outerjoin(Programme, Programme.id == LedgerEntry.programme_id)
                    .outerjoin(Donor, Donor.id == LedgerEntry.donor_id)
                    .join(poster, poster.id == LedgerEntry.posted_by_id)
                    .outerjoin(Instalment, Instalment.id == LedgerEntry.instalment_id)
                    .where(LedgerEntry.id.in_(chunk), LedgerEntry.receipt_no.is_not(None))
                ).all()
                by_id = {r[0].id: r for r in rows}
                counts = self._instalment_counts(session, [r[0].case_id for r in rows if r[9] is not None])
                for entry_id in chunk:
                    if entry_id not in by_id:
                        raise NotFound(translate("Errors", "This entry has no receipt (a reversal has none)."))
                    e, number, family, given, prog_fr, prog_en, donor_fr, donor_en, paid_by, inst_no = by_id[entry_id]
                    assert e.receipt_no is not None
                    duplicate = entry_id in printed
                    session.add(ReceiptPrint(entry_id=entry_id, printed_by_id=self._actor.user_id, duplicate=duplicate))
                    receipts.append(
                        ReceiptData(
                            e.id,
                            e.receipt_no,
                            e.value_date,
                            number,
                            _name(family, given),
                            e.collector_name,
                            e.collector_is_proxy,
                            e.collector_id_document or "",
                            e.kind,
                            e.amount,
                            e.currency,
                            MINOR_UNITS.get(e.currency, 2),
                            e.modality,
                            e.mobile_operator or "",
                            display_phone(e.phone),
                            e.bank_account or "",
                            e.supplier or "",
                            e.reference or "",
                            (prog_en if english else prog_fr) or "",
                            (donor_en if english else donor_fr) or "",
                            f"{inst_no}/{counts.get(e.case_id, inst_no)}" if inst_no else "",
                            paid_by,
                            duplicate,
                        )
                    )
            return receipts

    def can_pay(self) -> bool:
        return can(self._actor.role, Action.DISBURSEMENT_PAY)
