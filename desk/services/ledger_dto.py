"""What the ledger's services hand out: frozen rows for screens, receipts, exports and reconciliation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class PaymentInput:
    """How a request will be paid (given at request time; finance confirms the reference and date when paying)."""

    modality: str  # cash, mobile_money, bank_transfer, in_kind
    mobile_operator: str = ""
    phone: str = ""
    bank_account: str = ""
    supplier: str = ""
    proxy_name: str = ""  # empty: the returnee collects in person
    proxy_id_document: str = ""


@dataclass(frozen=True)
class RequestInput:
    case_id: int
    kind: str
    amount: int  # minor units
    payment: PaymentInput
    instalment_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class InstalmentView:
    id: int
    number: int
    of: int
    percent: int
    amount: int
    currency: str
    needs_report: bool
    report_received_on: date | None
    state: str  # waiting_report, open, requested, approved, paid


@dataclass(frozen=True)
class RequestView:
    id: int
    case_id: int
    case_number: str
    beneficiary: str
    kind: str
    amount: int
    currency: str
    programme: str
    donor: str
    modality: str
    payee: str  # phone, account, supplier or "in person"
    proxy_name: str
    status: str
    requested_by: str
    requested_at: datetime
    decided_by: str
    decision_reason: str
    instalment: str  # "1/2", or ""
    version: int
    note: str = ""  # the requester's note for the approver


@dataclass(frozen=True)
class CaseBalance:
    case_id: int
    currency: str
    approved: int  # the committee's ceiling (0 when no plan was approved)
    paid_on_plan: int  # net of reversals, kinds paid against the plan
    paid_other: int  # pocket money, social aid, transport... net of reversals
    remaining: int
    pending: int  # requested or approved, not yet paid
    instalments: tuple[InstalmentView, ...]
    next_instalment: InstalmentView | None


@dataclass(frozen=True)
class EntryRow:
    """One line of the ledger table."""

    id: int
    seq: int
    value_date: date
    case_id: int
    case_number: str
    beneficiary: str
    kind: str
    amount: int
    currency: str
    donor: str
    programme: str
    modality: str
    reference: str
    receipt_no: int | None
    reverses_seq: int | None
    reversed: bool
    posted_by: str
    reason: str = ""  # why a reversal was made


@dataclass(frozen=True)
class ReceiptData:
    """Everything a receipt prints; `amount` is positive, in minor units."""

    entry_id: int
    receipt_no: int
    value_date: date
    case_number: str
    beneficiary: str
    collector_name: str
    collector_is_proxy: bool
    collector_id_document: str
    kind: str  # code, e.g. business_instalment (the document labels it)
    amount: int
    currency: str
    minor_units: int
    modality: str  # code
    mobile_operator: str
    phone: str
    bank_account: str
    supplier: str
    reference: str
    programme: str
    donor: str
    instalment: str  # "1/2" or ""
    paid_by: str
    duplicate: bool


@dataclass(frozen=True)
class LedgerFilter:
    date_from: date | None = None
    date_to: date | None = None
    donor_id: int | None = None
    programme_id: int | None = None
    kind: str | None = None
    modality: str | None = None
    case_id: int | None = None
    text: str = ""  # case number, receipt number or transaction reference


@dataclass(frozen=True)
class TotalLine:
    """A sum of entries grouped by the labels in `key` (donor, programme, modality, day...)."""

    key: tuple[str, ...]
    currency: str
    entries: int
    paid: int  # positive entries
    reversed: int  # sum of reversals (negative or zero)
    net: int


@dataclass(frozen=True)
class PeriodView:
    period: str  # YYYY-MM
    closed_at: datetime | None
    closed_by: str
    last_seq: int | None
    fingerprint: str
    entries: int
    net_by_currency: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ChainProblem:
    seq: int | None
    entry_id: int | None
    message: str


@dataclass(frozen=True)
class VerifyReport:
    entries: int
    head_seq: int
    head_hash: str
    problems: tuple[ChainProblem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ExportRow:
    """One ledger entry as a donor sees it (personal data only as the donor profile allows)."""

    seq: int
    value_date: date
    period: str
    case_number: str
    beneficiary: str  # empty unless names are allowed
    sex: str
    region: str
    donor: str
    programme: str
    kind: str  # translated label
    modality: str  # translated label
    currency: str
    amount: float  # in major units (e.g. 1 250,000 TND), typed as a number in the workbook
    reference: str
    receipt_no: int | None
    reverses_seq: int | None
    reason: str


@dataclass(frozen=True)
class StatementRow:
    """One line read from a bank or mobile-money statement."""

    row_no: int
    value_date: date
    reference: str
    amount: int  # minor units, positive for money paid out
    phone: str
    label: str


@dataclass(frozen=True)
class MatchLine:
    statement_line_id: int
    row_no: int
    value_date: date
    reference: str
    amount: int
    phone: str
    entry_id: int | None
    entry_seq: int | None
    entry_amount: int | None
    case_number: str
    status: str  # matched, confirmed, amount_mismatch, unmatched
    how: str  # reference, amount+phone+date, or ""


@dataclass(frozen=True)
class StatementView:
    id: int
    source: str
    imported_at: datetime
    imported_by: str
    lines: int
    confirmed: int


@dataclass(frozen=True)
class UnmatchedEntry:
    """A mobile-money or bank payment of the statement's days that no line of the statement accounts for."""

    entry_id: int
    seq: int
    value_date: date
    reference: str
    amount: int
    phone: str
    case_number: str


@dataclass(frozen=True)
class ReconciliationView:
    statement_id: int
    source: str
    currency: str
    lines: tuple[MatchLine, ...]
    unmatched_entries: tuple[UnmatchedEntry, ...]
