"""What the data protection screens are handed: erasure requests and the cases flagged for review, never a name."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desk.i18n import QT_TRANSLATE_NOOP, translate

# What an execution counts, per kind of record (desk/services/erasure.py), in words.
OUTCOME_LABELS = {
    "persons": QT_TRANSLATE_NOOP("DataProtection", "person records pseudonymised"),
    "consents": QT_TRANSLATE_NOOP("DataProtection", "consents cleared of names"),
    "consents_withdrawn": QT_TRANSLATE_NOOP("DataProtection", "consents withdrawn"),
    "cases": QT_TRANSLATE_NOOP("DataProtection", "cases cleared of notes"),
    "vulnerabilities": QT_TRANSLATE_NOOP("DataProtection", "vulnerabilities deleted"),
    "assessments": QT_TRANSLATE_NOOP("DataProtection", "assessment notes cleared"),
    "visits": QT_TRANSLATE_NOOP("DataProtection", "visits cleared of notes"),
    "closures": QT_TRANSLATE_NOOP("DataProtection", "closure notes cleared"),
    "referrals": QT_TRANSLATE_NOOP("DataProtection", "referrals cleared"),
    "plans": QT_TRANSLATE_NOOP("DataProtection", "plans cleared of descriptions"),
    "committee_decisions": QT_TRANSLATE_NOOP("DataProtection", "committee comments cleared"),
    "designations": QT_TRANSLATE_NOOP("DataProtection", "designation reasons cleared"),
    "employers": QT_TRANSLATE_NOOP("DataProtection", "employers cleared"),
    "disbursement_requests": QT_TRANSLATE_NOOP("DataProtection", "payment requests cleared of payee details"),
    "merges": QT_TRANSLATE_NOOP("DataProtection", "merge reasons cleared"),
    "import_reviews": QT_TRANSLATE_NOOP("DataProtection", "imported rows cleared"),
    "intake_drafts": QT_TRANSLATE_NOOP("DataProtection", "intake drafts deleted"),
}


def describe_outcome(changed: dict[str, int]) -> str:
    """What an execution did, in words: "person records pseudonymised: 2; visits cleared of notes: 5; …"."""
    parts = []
    for kind, count in changed.items():
        what = translate("DataProtection", OUTCOME_LABELS[kind]) if kind in OUTCOME_LABELS else kind
        parts.append(translate("DataProtection", "{what}: {count}").format(what=what, count=count))
    return "; ".join(parts)


@dataclass(frozen=True)
class ErasureInput:
    """A manager's record of a person's request to be forgotten."""

    case_id: int
    asked_by: str  # person, guardian, representative
    asked_on: date
    reason: str


@dataclass(frozen=True)
class ErasureRequestView:
    id: int
    version: int
    case_id: int
    case_number: str
    asked_by: str  # code
    asked_by_label: str
    asked_on: date
    reason: str
    status: str  # requested, approved, refused, executed
    status_label: str
    requested_by: str  # user name of whoever recorded it
    requested_at: datetime
    decided_by: str
    decided_at: datetime | None
    decision_reason: str
    executed_by: str
    executed_at: datetime | None
    pseudonym: str
    # Why it cannot be executed now (payments pending, a case still open, already erased); empty when it can.
    blockers: tuple[str, ...] = field(default=())
    outcome: dict[str, int] = field(default_factory=dict)

    @property
    def open(self) -> bool:
        return self.status in ("requested", "approved")


@dataclass(frozen=True)
class ErasureReport:
    """What an execution did: counts per kind of record, and what was deliberately kept."""

    request_id: int
    case_number: str
    pseudonym: str
    persons: int  # the person and any duplicate records merged into them
    cases: int
    changed: dict[str, int]  # kind of record -> rows pseudonymised, cleared or deleted
    kept_ledger_entries: int  # left as they are: append-only, chained, and a legal record of the money
    kept_statement_lines: int


@dataclass(frozen=True)
class FlaggedCase:
    """A closed case past the retention period (no names: the administrator does not see the person)."""

    case_id: int
    case_number: str
    closed_on: date
    reason: str  # closure reason label ("not recorded" for cases closed before closures were kept)
    request_status: str  # "" or the status label of the erasure request already opened on this person


@dataclass(frozen=True)
class FlaggedCases:
    years: int
    cutoff: date
    total: int
    rows: tuple[FlaggedCase, ...]  # the oldest first, at most `limit`
