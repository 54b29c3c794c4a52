"""The disbursement ledger: instalments, requests and their approval, the entries themselves, periods, receipts
and bank or mobile-money statements.

Entries are append-only: nothing updates or deletes one (a mistake is corrected by a reversal entry pointing to
the original). Each entry carries `seq`, a gapless number, and `hash`, the SHA-256 of its fields that matter
chained to the previous entry's hash: `desk verify` recomputes the chain (see desk/services/ledger_chain.py).
Amounts are integers in the currency's minor unit; a reversal's amount is the opposite of the original's.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked, UTCDateTime, utcnow

KINDS = (
    "pocket_money",
    "social_aid",
    "business_instalment",
    "employment_aid",
    "training_allowance",
    "transport",
    "medical",
    "in_kind",
)
# Kinds paid against the committee's approval of the plan (its amount is their ceiling).
PLAN_KINDS = frozenset({"business_instalment", "employment_aid", "in_kind"})
MODALITIES = ("cash", "mobile_money", "bank_transfer", "in_kind")
REQUEST_STATUSES = ("requested", "approved", "rejected", "cancelled", "paid", "reversed")


class Instalment(Tracked, Base):
    """One tranche of an approved plan: e.g. 70 % at once, then 30 % after the operator's interim report."""

    __tablename__ = "instalments"
    __table_args__ = (CheckConstraint("amount > 0", name="amount"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("committee_decisions.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    percent: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    needs_report: Mapped[bool] = mapped_column(Boolean, default=False)
    report_received_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # false once a newer decision replaced it


class DisbursementRequest(Tracked, Base):
    """Asked by an agent or a manager, approved (or rejected) by a manager, paid by finance: three people."""

    __tablename__ = "disbursement_requests"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount"),
        CheckConstraint(
            "status IN ('requested', 'approved', 'rejected', 'cancelled', 'paid', 'reversed')", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    instalment_id: Mapped[int | None] = mapped_column(ForeignKey("instalments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    amount: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id"))
    donor_id: Mapped[int | None] = mapped_column(ForeignKey("donors.id"))
    modality: Mapped[str] = mapped_column(String(16))
    mobile_operator: Mapped[str | None] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(32))
    bank_account: Mapped[str | None] = mapped_column(String(64))
    supplier: Mapped[str | None] = mapped_column(String(160))
    proxy_name: Mapped[str | None] = mapped_column(String(160))  # empty: the returnee collects
    proxy_id_document: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="requested", index=True)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decision_reason: Mapped[str | None] = mapped_column(Text)


class LedgerEntry(Base):
    """One movement of money. Never updated, never deleted."""

    __tablename__ = "ledger_entries"
    __audited__ = False  # the entry is its own record of who and when, chained; the audit trail would double it
    __table_args__ = (
        CheckConstraint("amount <> 0", name="amount"),
        Index("ix_ledger_entries_value_date_id", "value_date", "id"),
        Index("ix_ledger_entries_donor_value_date", "donor_id", "value_date"),
        Index("ix_ledger_entries_programme_value_date", "programme_id", "value_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)  # gapless, in posting order
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("disbursement_requests.id"), index=True)
    instalment_id: Mapped[int | None] = mapped_column(ForeignKey("instalments.id"))
    kind: Mapped[str] = mapped_column(String(24))
    amount: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id"))
    donor_id: Mapped[int | None] = mapped_column(ForeignKey("donors.id"))
    modality: Mapped[str] = mapped_column(String(16))
    mobile_operator: Mapped[str | None] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(32))
    bank_account: Mapped[str | None] = mapped_column(String(64))
    supplier: Mapped[str | None] = mapped_column(String(160))
    collector_name: Mapped[str] = mapped_column(String(200))
    collector_is_proxy: Mapped[bool] = mapped_column(Boolean, default=False)
    collector_id_document: Mapped[str | None] = mapped_column(String(64))
    reference: Mapped[str | None] = mapped_column(String(80), index=True)  # the transaction's reference
    value_date: Mapped[date] = mapped_column(Date)
    period: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM of value_date
    receipt_no: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"), unique=True)
    reason: Mapped[str | None] = mapped_column(Text)  # why a reversal was made
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    posted_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class LedgerPeriod(Base):
    """A closed month: nothing can be posted into it; the fingerprint of the ledger at closing is kept."""

    __tablename__ = "ledger_periods"

    period: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    closed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    last_seq: Mapped[int] = mapped_column(BigInteger)  # the ledger's length at closing
    fingerprint: Mapped[str] = mapped_column(String(64))  # the hash of entry `last_seq`


class ReceiptPrint(Base):
    """Each printing of a receipt: the first is the original, every later one is a DUPLICATA."""

    __tablename__ = "receipt_prints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"), index=True)
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    printed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    duplicate: Mapped[bool] = mapped_column(Boolean, default=False)


class Statement(Base):
    """A bank or mobile-money statement imported for reconciliation."""

    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(200))  # the file's name
    file_hash: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class StatementLine(Base):
    __tablename__ = "statement_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id"), index=True)
    row_no: Mapped[int] = mapped_column(Integer)
    value_date: Mapped[date] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(80), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    phone: Mapped[str | None] = mapped_column(String(32))
    label: Mapped[str | None] = mapped_column(String(200))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"), unique=True)  # confirmed match
    matched_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    matched_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class LedgerTotal(Base):
    """Running sums per month, donor, programme, kind, modality and currency, kept in the same transaction as
    each entry: balances over a million entries read a few thousand rows. `desk verify` recomputes them.

    0 stands for "no donor" or "no programme" (a key column cannot be NULL)."""

    __tablename__ = "ledger_totals"
    __audited__ = False

    period: Mapped[str] = mapped_column(String(7), primary_key=True)
    donor_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programme_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    modality: Mapped[str] = mapped_column(String(16), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    entries: Mapped[int] = mapped_column(Integer, default=0)
    paid: Mapped[int] = mapped_column(BigInteger, default=0)  # sum of positive entries
    reversed: Mapped[int] = mapped_column(BigInteger, default=0)  # sum of reversals (zero or negative)
