"""What the intake interview and the registry exchange with the screens (frozen, Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class IdentityInput:
    family_name: str
    given_names: str
    sex: str  # F, M or X
    birth_date: date | None = None
    birth_year: int | None = None  # when only an estimated year is known
    nationality: str = ""
    phone: str | None = None
    phone_alt: str | None = None
    id_document_type: str | None = None  # national_id, passport, consular_card, laissez_passer, none
    id_document_number: str | None = None
    region_id: int | None = None
    department_id: int | None = None
    town: str | None = None
    marital_status: str | None = None
    dependants: int | None = None
    household_size: int | None = None
    education_level: str | None = None
    languages: str | None = None
    occupation_before: str | None = None
    skills: str | None = None
    relative_name: str | None = None
    relative_phone: str | None = None


@dataclass(frozen=True)
class ReturnInput:
    channel: str = "walk_in"  # walk_in, phone, video
    return_date: date | None = None
    departure_date: date | None = None
    returned_from: str | None = None  # ISO country code
    route: str | None = None  # air, land, sea
    transit_countries: tuple[str, ...] = ()
    return_type: str | None = None  # avr, forced, spontaneous, end_of_studies, diaspora_youth
    programme_id: int | None = None
    arrival_group: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ConsentInput:
    processing: bool = False
    share_operators: bool = False
    share_institutions: bool = False
    photo: bool = False
    language: str = "fr"
    guardian_name: str | None = None
    guardian_relation: str | None = None


@dataclass(frozen=True)
class IntakeInput:
    identity: IdentityInput
    return_info: ReturnInput
    consent: ConsentInput
    vulnerabilities: tuple[str, ...] = ()
    vulnerability_notes: str | None = None
    existing_person_id: int | None = None  # "same person": a new case on the person already registered
    draft_id: int | None = None  # the draft this intake completes (deleted once registered)


@dataclass(frozen=True)
class DuplicateCandidate:
    person_id: int
    full_name: str
    birth: str  # dd/mm/yyyy, or "≈ 1998" for an estimated year
    place: str
    first_registered: int | None  # year of the person's first case
    last_case_number: str | None
    score: int  # 0-100
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class RegisteredCase:
    case_id: int
    case_number: str
    person_id: int
    full_name: str


@dataclass(frozen=True)
class RegistryFilters:
    status: str | None = None
    region_id: int | None = None
    programme_id: int | None = None
    returned_from_date: date | None = None
    returned_to_date: date | None = None
    vulnerable_only: bool = False


@dataclass(frozen=True)
class RegistryRow:
    case_id: int
    case_number: str
    person_id: int
    family_name: str
    given_names: str
    sex: str
    birth: str
    phone: str
    region: str
    town: str
    status: str
    return_date: date | None
    programme: str


@dataclass(frozen=True)
class ConsentView:
    id: int
    processing: bool
    share_operators: bool
    share_institutions: bool
    photo: bool
    given_on: date
    language: str
    recorded_by: str
    guardian_name: str | None
    guardian_relation: str | None
    withdrawn_at: datetime | None
    withdrawn_reason: str | None


@dataclass(frozen=True)
class CaseFile:
    """Everything the case file shows; sensitive parts are None unless the role may see them."""

    case_id: int
    case_number: str
    status: str
    version: int
    opened_at: datetime
    person_id: int
    person_version: int
    family_name: str
    given_names: str
    sex: str
    birth: str
    age: int | None
    nationality: str
    phone: str
    phone_alt: str
    id_document: str
    region: str
    department: str
    town: str
    situation: dict[str, str]  # label -> value, in display order
    return_info: dict[str, str]
    programme: str
    channel: str
    registered_by: str
    operator: str
    consent: ConsentView | None
    vulnerabilities: tuple[str, ...] | None  # None: hidden (from this role, or until revealed)
    vulnerability_notes: str | None
    alerts: tuple[str, ...]
    other_cases: tuple[tuple[str, str, str], ...] = field(default=())  # (number, status, return date)
    may_reveal: bool = False  # this role may ask for the vulnerabilities (CaseFileService.reveal_sensitive)


@dataclass(frozen=True)
class DraftSummary:
    id: int
    label: str
    updated_at: datetime
