"""What the follow-up services hand out: visits for the calendar and the case file, and what a visit found."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class VisitRow:
    """One visit as the calendar, the overdue list and the case file show it."""

    id: int
    case_id: int
    case_number: str
    full_name: str
    region: str
    due_on: date
    kind: str  # phone, field, office
    status: str  # planned, done, missed, unreachable, cancelled
    assignee: str  # the agent's name, or the operator's
    operator_id: int | None
    assigned_user_id: int | None
    assess: bool
    cycle: int
    month: int | None
    done_on: date | None
    outcome: str
    reason: str
    version: int

    def days_late(self, today: date) -> int:
        """Days past due for a visit still planned (0 when not late)."""
        return max(0, (today - self.due_on).days) if self.status == "planned" else 0


@dataclass(frozen=True)
class VisitRecord:
    """What the person recording a visit saw and did."""

    outcome: str  # done, missed, unreachable, remigrated, deceased
    done_on: date
    project_status: str = ""  # running, struggling, suspended, closed
    income_band: str = ""
    jobs_created: int | None = None
    employment_status: str = ""
    problems: str = ""
    advice: str = ""
    assessment_id: int | None = None  # the questionnaire re-administered at this visit, when due
    attempts: int | None = None  # for "unreachable": how many calls or trips were made


@dataclass(frozen=True)
class VisitDetail:
    row: VisitRow
    project_status: str
    income_band: str
    jobs_created: int | None
    employment_status: str
    problems: str
    advice: str
    assessment_id: int | None
    moved_from: date | None


@dataclass(frozen=True)
class CalendarFilter:
    date_from: date
    date_to: date
    assigned_user_id: int | None = None
    operator_id: int | None = None
    region_id: int | None = None
    programme_id: int | None = None
    include_cancelled: bool = False


@dataclass(frozen=True)
class MyDay:
    """The logged-in person's day: the visits due today (the first MY_DAY_LIMIT of them), and the true counts."""

    visits: list[VisitRow]
    today: int  # planned visits due today, all of them
    overdue: int  # planned visits already past


@dataclass(frozen=True)
class DayCount:
    day: date
    planned: int
    done: int
    overdue: int  # planned and already past
    other: int  # missed, unreachable


@dataclass(frozen=True)
class ScheduleView:
    """A programme's monitoring schedule (None: the desk's default)."""

    programme_id: int | None
    months: tuple[int, ...]
    assess_at: tuple[int, ...]
    phone_at: tuple[int, ...]


@dataclass(frozen=True)
class ClosureView:
    action: str  # close or reopen
    reason: str
    note: str
    at: str  # dd/mm/yyyy
    by: str
