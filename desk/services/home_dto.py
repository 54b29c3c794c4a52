"""What the home screens show, per role: short lists that open a case in one click, each with its full count, and
the figures behind the manager's charts. Amounts are integers in the currency's minor unit, with the currency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Capped(Generic[T]):
    """The first items of a list (the most urgent or the newest) and how many there are in all."""

    items: tuple[T, ...]
    total: int

    @property
    def more(self) -> int:
        """How many are not in `items` (the screen says "and N more")."""
        return max(0, self.total - len(self.items))


@dataclass(frozen=True)
class CurrencySum:
    currency: str
    count: int
    amount: int


# -- agent ------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class VisitItem:
    visit_id: int
    case_id: int
    case_number: str
    full_name: str
    due_on: date
    kind: str  # phone, field, office
    kind_label: str
    month: int | None  # months into the monitoring year; None for a visit added by hand


@dataclass(frozen=True)
class DraftItem:
    """An intake saved half-way (no case exists yet: it opens the intake form)."""

    draft_id: int
    label: str
    updated_at: datetime


@dataclass(frozen=True)
class ReferralItem:
    referral_id: int
    case_id: int
    case_number: str
    full_name: str
    institution: str
    sent_on: date
    due_on: date
    status: str  # sent or accepted: still waiting for the service
    status_label: str


@dataclass(frozen=True)
class ConsentItem:
    case_id: int
    case_number: str
    full_name: str
    case_status: str
    problem: str  # none (no consent recorded), not_given (processing refused), withdrawn
    problem_label: str


@dataclass(frozen=True)
class AgentHome:
    today: date
    visits_today: Capped[VisitItem]  # the agent's planned visits due today
    overdue_visits: Capped[VisitItem]  # the agent's planned visits past due, the oldest first
    drafts: Capped[DraftItem]  # the agent's own unfinished intakes, the latest first
    overdue_referrals: Capped[ReferralItem]  # still open past their due date, the oldest due first
    consent_missing: Capped[ConsentItem]  # open cases without consent in force, the newest first


# -- manager ----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class WaitingItem:
    case_id: int
    case_number: str
    full_name: str
    return_date: date | None
    region: str
    status: str


@dataclass(frozen=True)
class PlanItem:
    plan_id: int
    case_id: int
    case_number: str
    full_name: str
    sector: str
    requested: int  # the budget minus the person's own contribution
    currency: str
    submitted_at: datetime | None


@dataclass(frozen=True)
class RequestItem:
    request_id: int
    case_id: int
    case_number: str
    full_name: str
    kind: str
    kind_label: str
    amount: int
    currency: str
    modality: str
    modality_label: str
    requested_at: datetime


@dataclass(frozen=True)
class OperatorLoad:
    operator_id: int
    name: str
    capacity: int
    load: int  # open cases (neither closed nor rejected)
    percent: int | None  # load as a share of capacity; None when the capacity is 0

    @property
    def over(self) -> bool:
        return self.load > self.capacity


@dataclass(frozen=True)
class OperatorOverdue:
    operator_id: int
    name: str
    overdue: int


@dataclass(frozen=True)
class MonthCount:
    month: date  # the first day of the month
    count: int


@dataclass(frozen=True)
class StageCount:
    status: str
    label: str
    count: int


@dataclass(frozen=True)
class SectorDecisions:
    sector_id: int | None
    sector: str
    approved: int
    to_amend: int
    postponed: int
    rejected: int

    @property
    def total(self) -> int:
        return self.approved + self.to_amend + self.postponed + self.rejected


@dataclass(frozen=True)
class ScoreLine:
    """One dimension (or the composite, code ""): the mean score (0 to 1) at baseline and at 12 months."""

    code: str
    label: str
    baseline: float | None
    month12: float | None


@dataclass(frozen=True)
class Scores:
    instrument: str
    baseline_cases: int  # cases with a baseline assessment (their first one counts)
    month12_cases: int  # follow-up assessments recorded at a 12-month visit
    lines: tuple[ScoreLine, ...]  # each dimension, then the composite


@dataclass(frozen=True)
class ManagerHome:
    today: date
    waiting_cases: Capped[WaitingItem]  # without an operator, the longest waiting first
    plans_for_committee: Capped[PlanItem]  # submitted, the oldest submission first
    requests_to_approve: Capped[RequestItem]  # the oldest first
    requests_to_approve_sums: tuple[CurrencySum, ...]
    operators_near_capacity: tuple[OperatorLoad, ...]  # at 90 % of capacity or more, the fullest first
    overdue_total: int  # every planned visit past due (operators' and agents')
    overdue_by_operator: tuple[OperatorOverdue, ...]  # the most behind first
    returns_per_month: tuple[MonthCount, ...]  # the last 12 months, the current one last
    cases_by_stage: tuple[StageCount, ...]  # every status, in the case's order of life
    decisions_by_sector: tuple[SectorDecisions, ...]  # every committee decision, the busiest sector first
    scores: Scores


# -- finance ----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ModalitySum:
    modality: str
    label: str
    currency: str
    count: int
    amount: int


@dataclass(frozen=True)
class BudgetLine:
    donor_id: int | None
    donor: str
    programme_id: int | None
    programme: str
    currency: str
    approved: int  # the committee's approvals on the cases of the programme (current plans)
    paid_on_plans: int  # plan instalments paid, net of reversals
    paid_other: int  # pocket money, transport, medical... paid, net of reversals

    @property
    def percent(self) -> int | None:
        """The share of the approvals paid out; None when nothing was approved."""
        return self.paid_on_plans * 100 // self.approved if self.approved else None


@dataclass(frozen=True)
class PeriodItem:
    period: str  # YYYY-MM
    closed_at: datetime | None  # None: still open
    entries: int


@dataclass(frozen=True)
class EntryItem:
    entry_id: int
    seq: int
    case_id: int
    case_number: str
    full_name: str
    value_date: date
    amount: int
    currency: str
    modality: str
    modality_label: str
    reference: str


@dataclass(frozen=True)
class FinanceHome:
    today: date
    to_pay: Capped[RequestItem]  # approved requests waiting for payment, the oldest first
    to_pay_sums: tuple[CurrencySum, ...]
    distribution: tuple[ModalitySum, ...]  # the same requests by modality: the cash to prepare, the transfers
    budget: tuple[BudgetLine, ...]  # per donor and programme
    current_period: str
    open_periods: tuple[PeriodItem, ...]  # months with entries not closed yet (and the current one), oldest first
    closed_periods: Capped[PeriodItem]  # the latest first
    unreconciled: Capped[EntryItem]  # mobile-money and bank payments matched to no statement line, oldest first
    unreconciled_sums: tuple[CurrencySum, ...]


# -- admin ------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupFile:
    name: str
    size: int  # bytes
    taken_at: datetime  # from the stamp in its name (UTC)
    complete: bool  # False for a copy left half-written (".partial")


@dataclass(frozen=True)
class BackupStatus:
    folder: str
    files: Capped[BackupFile]  # this database's copies, the newest first
    last: BackupFile | None  # the newest complete copy; None: no backup yet
    next_due: datetime | None  # None: due now (no backup yet)
    overdue: bool
    verified: bool | None  # None: not known (no backup manifest yet)


@dataclass(frozen=True)
class LockedUser:
    user_id: int
    username: str
    full_name: str
    role: str
    locked_until: datetime


@dataclass(frozen=True)
class DatabaseStatus:
    backend: str  # sqlite or postgresql
    location: str
    size: int | None  # bytes
    free: int | None  # bytes of free pages inside a SQLite file (reclaimed by VACUUM)
    # A full integrity check takes seconds on a large file: not run here. None until a check is recorded.
    checked_at: datetime | None = None
    healthy: bool | None = None


@dataclass(frozen=True)
class AdminHome:
    now: datetime
    backups: BackupStatus
    locked_users: tuple[LockedUser, ...]
    database: DatabaseStatus
