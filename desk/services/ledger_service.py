"""Disbursements with separated duties: a request (agent or manager), its approval (a manager), its payment
(finance, never the person who approved), and reversals. Every payment is an entry in the chained ledger."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.base import utcnow
from desk.models.ledger import KINDS, MODALITIES, PLAN_KINDS, DisbursementRequest, Instalment, LedgerEntry
from desk.models.reference import Programme
from desk.models.returnee import Case, Person
from desk.models.setting import DeskSetting
from desk.services.desk_service import CURRENCY, PHONE_REGION
from desk.services.dto import Actor
from desk.services.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desk.services.ledger_dto import PaymentInput, RequestInput
from desk.services.ledger_posting import post
from desk.services.ledger_rules import PENDING, blockers, ceiling_of, period_closed, period_of
from desk.services.permissions import Action, require
from desk.services.phones import normalise_phone
from desk.services.uow import SessionFactory, writing
from desk.services.validation import clean_text

NEEDS_REFERENCE = ("mobile_money", "bank_transfer")


class Refused(ValidationError):
    """A payment (or a request) the rules refuse; `reasons` lists every reason, in words."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__("payment", "\n".join(reasons))
        self.reasons = reasons


class LedgerService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    # -- requests ------------------------------------------------------------------------------------
    def request(self, data: RequestInput) -> int:
        """Ask for a payment; refused at once, with every reason, when the rules already forbid it."""
        require(self._actor, Action.DISBURSEMENT_REQUEST)
        if data.kind not in KINDS:
            raise ValidationError("kind", translate("Errors", "Kind of payment: choose one from the list."))
        if data.amount <= 0:
            raise ValidationError("amount", translate("Errors", "Amount: more than zero."))
        note = clean_text("note", data.note, max_length=2000, required=False)
        with writing(self._sf, self._actor) as session:
            payment = self._payment(data.payment, self._setting(session, PHONE_REGION, "CM"))
            case = self._case(session, data.case_id)
            programme = session.get(Programme, case.programme_id) if case.programme_id else None
            currency = self._currency(session, case)
            if data.instalment_id is not None:
                instalment = session.get(Instalment, data.instalment_id)
                if instalment is None or instalment.case_id != case.id or not instalment.active:
                    raise ValidationError(
                        "instalment", translate("Errors", "This instalment is not open on this case; refresh.")
                    )
                if data.kind != "business_instalment" and data.kind not in PLAN_KINDS:
                    raise ValidationError(
                        "kind", translate("Errors", "An instalment of the plan is paid as a plan payment.")
                    )
                taken = session.scalar(
                    select(DisbursementRequest.id).where(
                        DisbursementRequest.instalment_id == instalment.id,
                        DisbursementRequest.status.in_((*PENDING, "paid")),
                    )
                )
                if taken is not None:
                    raise ValidationError(
                        "instalment", translate("Errors", "This instalment was already asked for or paid.")
                    )
            row = DisbursementRequest(
                case_id=case.id,
                instalment_id=data.instalment_id,
                kind=data.kind,
                amount=data.amount,
                currency=currency,
                programme_id=case.programme_id,
                donor_id=programme.donor_id if programme else None,
                note=note or None,
                status="requested",
                requested_by_id=self._actor.user_id,
                **payment,
            )
            session.add(row)
            session.flush()
            reasons = blockers(session, row, date.today(), paying=False)
            if reasons:
                raise Refused(reasons)
            return row.id

    def approve(self, request_id: int, expected_version: int | None = None) -> None:
        require(self._actor, Action.DISBURSEMENT_APPROVE)
        with writing(self._sf, self._actor) as session:
            row = self._request(session, request_id, expected_version, ("requested",))
            reasons = blockers(session, row, date.today(), paying=False)
            if reasons:
                raise Refused(reasons)
            row.status, row.decided_by_id, row.decided_at = "approved", self._actor.user_id, utcnow()

    def reject(self, request_id: int, reason: str, expected_version: int | None = None) -> None:
        require(self._actor, Action.DISBURSEMENT_APPROVE)
        reason = clean_text("reason", reason, max_length=500, label=translate("Fields", "Reason"))
        with writing(self._sf, self._actor) as session:
            row = self._request(session, request_id, expected_version, ("requested", "approved"))
            row.status, row.decided_by_id, row.decided_at = "rejected", self._actor.user_id, utcnow()
            row.decision_reason = reason

    def cancel(self, request_id: int, reason: str) -> None:
        """The requester (or a manager) withdraws a request not paid yet."""
        require(self._actor, Action.DISBURSEMENT_REQUEST)
        reason = clean_text("reason", reason, max_length=500, label=translate("Fields", "Reason"))
        with writing(self._sf, self._actor) as session:
            row = self._request(session, request_id, None, ("requested", "approved"))
            if row.requested_by_id != self._actor.user_id and self._actor.role != "manager":
                raise PermissionDenied(translate("Errors", "Only the person who asked, or a manager, can cancel."))
            row.status, row.decision_reason = "cancelled", reason

    # -- payment -------------------------------------------------------------------------------------
    def pay(self, request_id: int, value_date: date | None = None, reference: str = "") -> tuple[int, int]:
        """Pay an approved request: one ledger entry and its receipt number. Returns (entry id, receipt number)."""
        require(self._actor, Action.DISBURSEMENT_PAY)
        value_date = value_date or date.today()
        if value_date > date.today():
            raise ValidationError("value_date", translate("Errors", "Date paid: today or earlier."))
        reference = clean_text("reference", reference, max_length=80, required=False)
        with writing(self._sf, self._actor) as session:
            row = self._request(session, request_id, None, ("approved", "requested", "rejected", "cancelled", "paid"))
            if row.status == "paid":
                raise ValidationError("request", translate("Errors", "This request is already paid."))
            if row.status != "approved":
                raise Refused([translate("Ledger", "This request is not approved by a manager.")])
            if row.decided_by_id == self._actor.user_id:
                raise Refused(
                    [
                        translate(
                            "Ledger", "You approved this request: another person must pay it (separation of duties)."
                        )
                    ]
                )
            if row.requested_by_id == self._actor.user_id:  # e.g. an agent since moved to finance
                raise Refused(
                    [
                        translate(
                            "Ledger", "You asked for this payment: another person must pay it (separation of duties)."
                        )
                    ]
                )
            if row.modality in NEEDS_REFERENCE and not reference:
                raise ValidationError(
                    "reference",
                    translate("Errors", "Transaction reference: required for mobile money and bank transfers."),
                )
            reasons = blockers(session, row, value_date, paying=True)
            if reasons:
                raise Refused(reasons)
            case = self._case(session, row.case_id)
            person = session.get(Person, case.person_id)
            assert person is not None
            collector = row.proxy_name or f"{person.given_names} {person.family_name.upper()}"
            entry = post(
                session,
                {
                    "case_id": row.case_id,
                    "request_id": row.id,
                    "instalment_id": row.instalment_id,
                    "kind": row.kind,
                    "amount": row.amount,
                    "currency": row.currency,
                    "programme_id": row.programme_id,
                    "donor_id": row.donor_id,
                    "modality": row.modality,
                    "mobile_operator": row.mobile_operator,
                    "phone": row.phone,
                    "bank_account": row.bank_account,
                    "supplier": row.supplier,
                    "collector_name": collector,
                    "collector_is_proxy": bool(row.proxy_name),
                    "collector_id_document": row.proxy_id_document,
                    "reference": reference or None,
                    "value_date": value_date,
                    "reason": None,
                    "reverses_id": None,
                    "approved_by_id": row.decided_by_id,
                    "posted_by_id": self._actor.user_id,
                },
                with_receipt=True,
            )
            row.status = "paid"
            if row.kind in PLAN_KINDS and case.status in ("approved", "training"):
                case.status = "disbursing"
            assert entry.receipt_no is not None
            return entry.id, entry.receipt_no

    def reverse(self, entry_id: int, reason: str, value_date: date | None = None) -> int:
        """Correct a mistaken entry with its opposite (the original stays); returns the reversal's id."""
        require(self._actor, Action.LEDGER_REVERSE)
        reason = clean_text("reason", reason, max_length=500, label=translate("Fields", "Reason for the reversal"))
        value_date = value_date or date.today()
        with writing(self._sf, self._actor) as session:
            original = session.get(LedgerEntry, entry_id)
            if original is None:
                raise NotFound(translate("Errors", "This entry does not exist."))
            if original.reverses_id is not None:
                raise ValidationError(
                    "entry", translate("Errors", "This entry is itself a reversal; it cannot be reversed.")
                )
            if session.scalar(select(LedgerEntry.id).where(LedgerEntry.reverses_id == entry_id)) is not None:
                raise ValidationError("entry", translate("Errors", "This entry was already reversed."))
            if period_closed(session, value_date):
                raise Refused(
                    [
                        translate("Ledger", "The period {period} is closed: choose a date in an open period.").format(
                            period=period_of(value_date)
                        )
                    ]
                )
            reversal = post(
                session,
                {
                    "case_id": original.case_id,
                    "request_id": original.request_id,
                    "instalment_id": original.instalment_id,
                    "kind": original.kind,
                    "amount": -original.amount,
                    "currency": original.currency,
                    "programme_id": original.programme_id,
                    "donor_id": original.donor_id,
                    "modality": original.modality,
                    "mobile_operator": original.mobile_operator,
                    "phone": original.phone,
                    "bank_account": original.bank_account,
                    "supplier": original.supplier,
                    "collector_name": original.collector_name,
                    "collector_is_proxy": original.collector_is_proxy,
                    "collector_id_document": original.collector_id_document,
                    "reference": original.reference,
                    "value_date": value_date,
                    "reason": reason,
                    "reverses_id": original.id,
                    "approved_by_id": None,
                    "posted_by_id": self._actor.user_id,
                },
                with_receipt=False,
            )
            if original.request_id is not None:
                request = session.get(DisbursementRequest, original.request_id)
                if request is not None:
                    request.status = "reversed"
            return reversal.id

    # -- instalments ---------------------------------------------------------------------------------
    def record_interim_report(self, instalment_id: int, received_on: date | None = None) -> None:
        """The operator's interim report arrived: the next instalment can be asked for."""
        require(self._actor, Action.DISBURSEMENT_REQUEST)
        with writing(self._sf, self._actor) as session:
            instalment = session.get(Instalment, instalment_id)
            if instalment is None or not instalment.active:
                raise NotFound(translate("Errors", "This instalment is no longer open; refresh."))
            instalment.report_received_on = received_on or date.today()

    # -- helpers -------------------------------------------------------------------------------------
    @staticmethod
    def _payment(payment: PaymentInput, region: str) -> dict[str, str | None]:
        if payment.modality not in MODALITIES:
            raise ValidationError("modality", translate("Errors", "How it is paid: choose one from the list."))
        values: dict[str, str | None] = {"modality": payment.modality}
        values["mobile_operator"] = (
            clean_text("mobile_operator", payment.mobile_operator, max_length=40, required=False) or None
        )
        values["bank_account"] = clean_text("bank_account", payment.bank_account, max_length=64, required=False) or None
        values["supplier"] = clean_text("supplier", payment.supplier, max_length=160, required=False) or None
        values["proxy_name"] = clean_text("proxy_name", payment.proxy_name, max_length=160, required=False) or None
        values["proxy_id_document"] = (
            clean_text("proxy_id_document", payment.proxy_id_document, max_length=64, required=False) or None
        )
        values["phone"] = None
        if payment.modality == "mobile_money":
            if not values["mobile_operator"]:
                raise ValidationError("mobile_operator", translate("Errors", "Mobile-money operator: required."))
            phone = normalise_phone("phone", payment.phone, region, translate("Fields", "Mobile-money number"))
            if not phone:
                raise ValidationError(
                    "phone", translate("Errors", "Mobile-money number: enter the number the money goes to.")
                )
            values["phone"] = phone
        if payment.modality == "bank_transfer" and not values["bank_account"]:
            raise ValidationError("bank_account", translate("Errors", "Bank account: required for a transfer."))
        if payment.modality == "in_kind" and not values["supplier"]:
            raise ValidationError("supplier", translate("Errors", "Supplier: required for an in-kind purchase."))
        if values["proxy_name"] and not values["proxy_id_document"]:
            raise ValidationError(
                "proxy_id_document",
                translate("Errors", "Proxy's ID document: required when someone collects for the returnee."),
            )
        return values

    @staticmethod
    def _currency(session: Session, case: Case) -> str:
        ceiling = ceiling_of(session, case.id)
        return ceiling.currency or LedgerService._setting(session, CURRENCY, "XAF")

    @staticmethod
    def _setting(session: Session, key: str, default: str) -> str:
        row = session.get(DeskSetting, key)
        return row.value if row and row.value else default

    @staticmethod
    def _case(session: Session, case_id: int) -> Case:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(translate("Errors", "This case no longer exists."))
        return case

    @staticmethod
    def _request(
        session: Session, request_id: int, expected_version: int | None, allowed: tuple[str, ...]
    ) -> DisbursementRequest:
        # Locked until the end of the transaction (PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers):
        # a second workstation paying or deciding the same request waits, then sees what the first one did.
        row = session.get(DisbursementRequest, request_id, with_for_update=True)
        if row is None:
            raise NotFound(translate("Errors", "This request no longer exists; refresh."))
        if expected_version is not None and row.version != expected_version:
            raise Conflict()
        if row.status not in allowed:
            raise ValidationError(
                "request", translate("Errors", "This request was already handled by someone else; refresh.")
            )
        return row
