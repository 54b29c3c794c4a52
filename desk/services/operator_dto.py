"""Operators and designations as the screens see them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desk.i18n import translate


@dataclass(frozen=True)
class OperatorInput:
    name: str
    kind: str  # private, public, civil_society
    regions: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    aid_levels: tuple[str, ...] = ()
    capacity: int = 30
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    agreement_ref: str = ""
    agreement_start: date | None = None
    agreement_end: date | None = None
    active: bool = True


@dataclass(frozen=True)
class OperatorView:
    id: int
    version: int
    data: OperatorInput
    load: int  # cases in progress now
    eligible: bool
    why_not: str = ""


@dataclass(frozen=True)
class WaitingCase:
    case_id: int
    case_number: str
    full_name: str
    region: str
    town: str
    arrival_group: str
    return_date: date | None
    programme: str
    trade: str


@dataclass(frozen=True)
class DesignationView:
    id: int
    operator: str
    at: datetime
    by: str
    reason: str
    over_capacity: bool
    ended_at: datetime | None
    ended_reason: str


@dataclass(frozen=True)
class BatchResult:
    designated: tuple[tuple[str, str], ...] = field(default=())  # (case number, operator name)


@dataclass(frozen=True)
class Caseload:
    """An operator's cases for the monthly meeting: counts by stage, and the cases in progress."""

    operator: str
    capacity: int
    load: int
    by_status: tuple[tuple[str, int], ...]  # (status, count) in the order of the journey
    approved_plans: int  # cases whose plan the committee approved (approved or any later stage)
    cases: tuple[tuple[str, str, str, str], ...]  # (case number, name, status, designated on) in progress
    disbursed: tuple[tuple[str, int], ...] = ()  # (currency, net amount paid on the plans of its cases)
    overdue_visits: int = 0  # its follow-up visits still planned past their date
    businesses_seen: int = 0  # cases whose last follow-up visit recorded the project's state
    businesses_running: int = 0  # ... of which the project was running

    def running_share(self) -> str:
        """'12 of 15 (80 %)', or a dash before any visit recorded the project's state."""
        if not self.businesses_seen:
            return "—"
        return translate("OperatorReport", "{running} of {seen} ({percent} %)").format(
            running=self.businesses_running,
            seen=self.businesses_seen,
            percent=round(100 * self.businesses_running / self.businesses_seen),
        )
