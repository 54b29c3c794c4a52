"""The retention review's rules in SQL: when a case was closed, and which closed cases are past the desk's
retention period (a desk setting, shared by every workstation)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, exists, func, not_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from desk.models.followup import CaseClosure
from desk.models.returnee import Case, Person
from desk.models.setting import DeskSetting

RETENTION_YEARS = "privacy.retention_years"
DEFAULT_RETENTION_YEARS = 5  # a common period for social files once closed; the desk sets its own
MAX_RETENTION_YEARS = 50


def retention_years(session: Session) -> int:
    row = session.get(DeskSetting, RETENTION_YEARS)
    try:
        return int(row.value) if row else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS


def put_retention_years(session: Session, years: int) -> None:
    row = session.get(DeskSetting, RETENTION_YEARS)
    if row is None:
        session.add(DeskSetting(key=RETENTION_YEARS, value=str(years)))
    elif row.value != str(years):
        row.value = str(years)


def cutoff(years: int, today: date | None = None) -> date:
    """The day `years` years before today (28 February for a 29th when that year has none)."""
    day = today or date.today()
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def closed_on(case: Any) -> ColumnElement[datetime]:
    """When the case was last closed: its latest closure, or its last change for cases closed before closures
    were recorded."""
    latest = (
        select(func.max(CaseClosure.created_at))
        .where(CaseClosure.case_id == case.id, CaseClosure.action == "close")
        .scalar_subquery()
    )
    return func.coalesce(latest, case.updated_at)


def closure_reason() -> ColumnElement[str]:
    """The reason of the case's latest closure (NULL when none was recorded)."""
    return (
        select(CaseClosure.reason)
        .where(CaseClosure.case_id == Case.id, CaseClosure.action == "close")
        .order_by(CaseClosure.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def flagged(day: date) -> ColumnElement[bool]:
    """Closed before `day`, the person neither pseudonymised nor merged into another, and none of their other
    cases open or closed since: retention is judged per person, since erasure is."""
    limit = datetime(day.year, day.month, day.day, tzinfo=UTC)
    other = aliased(Case)
    return and_(
        Case.status == "closed",
        closed_on(Case) < limit,
        exists().where(Person.id == Case.person_id, Person.pseudonymised_at.is_(None), Person.merged_into_id.is_(None)),
        not_(
            exists().where(
                other.person_id == Case.person_id,
                other.id != Case.id,
                (other.status != "closed") | (closed_on(other) >= limit),
            )
        ),
    )
