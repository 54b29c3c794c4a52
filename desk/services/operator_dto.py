"""Operators and designations as the screens see them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


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
