"""Training as the screens and documents see it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CourseInput:
    code: str
    name_fr: str
    name_en: str
    kind: str  # technical, entrepreneurship, civic, job_search
    provider: str = ""
    duration_days: int = 5
    active: bool = True


@dataclass(frozen=True)
class CourseView:
    id: int
    version: int
    data: CourseInput
    sessions: int
    enrolments: int


@dataclass(frozen=True)
class SessionInput:
    course_id: int
    starts_on: date
    ends_on: date
    place: str
    trainer: str = ""
    capacity: int = 20


@dataclass(frozen=True)
class SessionView:
    id: int
    version: int
    course_id: int
    course_code: str
    course_name: str  # in the current language
    course_kind: str
    provider: str
    starts_on: date
    ends_on: date
    place: str
    trainer: str
    capacity: int
    enrolled: int  # enrolled or already through (completed, dropped out, failed)
    waiting: int

    @property
    def days(self) -> list[date]:
        from datetime import timedelta

        return [self.starts_on + timedelta(days=i) for i in range((self.ends_on - self.starts_on).days + 1)]


@dataclass(frozen=True)
class RosterLine:
    enrolment_id: int
    case_id: int
    case_number: str
    full_name: str  # "NGONO MBALLA Aïcha"
    sex: str
    phone: str
    status: str  # enrolled, waiting, completed, dropped_out, failed, cancelled
    waiting_rank: int | None  # 1 = next to get a seat
    present_days: tuple[date, ...]
    certificate_number: str | None
    completed_on: date | None


@dataclass(frozen=True)
class EnrolmentResult:
    enrolled: tuple[str, ...]  # case numbers given a seat
    waiting: tuple[str, ...]  # case numbers put on the waiting list


@dataclass(frozen=True)
class RequirementCheck:
    met: bool
    required: tuple[str, ...]  # course kinds the programme requires
    missing: tuple[str, ...]  # kinds not yet completed
