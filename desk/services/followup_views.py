"""Reading the follow-up calendar: counts per day for a month, the visits of a day or a week a page at a time,
the overdue list, a person's visits of the day, and a case's schedule. Everything is counted in the database."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desk.i18n import current_language, translate
from desk.models.account import User
from desk.models.followup import CaseClosure, Visit
from desk.models.operator import Operator
from desk.models.reference import Region
from desk.models.returnee import Case, Person
from desk.services.dto import Actor
from desk.services.errors import NotFound
from desk.services.followup_dto import CalendarFilter, ClosureView, DayCount, MyDay, VisitDetail, VisitRow
from desk.services.permissions import Action, require
from desk.services.uow import SessionFactory, reading

PAGE = 200
MY_DAY_LIMIT = 500  # visits listed on the home screen; the counts beside them are exact


def _conditions(f: CalendarFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [Visit.due_on >= f.date_from, Visit.due_on <= f.date_to]
    if not f.include_cancelled:
        where.append(Visit.status != "cancelled")
    if f.assigned_user_id is not None:
        where.append(Visit.assigned_user_id == f.assigned_user_id)
    if f.operator_id is not None:
        where.append(Visit.operator_id == f.operator_id)
    if f.region_id is not None or f.programme_id is not None:
        cases = select(Case.id)
        if f.programme_id is not None:
            cases = cases.where(Case.programme_id == f.programme_id)
        if f.region_id is not None:
            cases = cases.join(Person, Person.id == Case.person_id).where(Person.region_id == f.region_id)
        where.append(Visit.case_id.in_(cases))
    return where


def _rows(session: Session, query: Any) -> list[VisitRow]:
    english = current_language() == "en"
    rows = session.execute(
        query.add_columns(
            Case.number,
            Person.family_name,
            Person.given_names,
            Region.name_en if english else Region.name_fr,
            User.full_name,
            Operator.name,
        )
        .join(Case, Case.id == Visit.case_id)
        .join(Person, Person.id == Case.person_id)
        .outerjoin(Region, Region.id == Person.region_id)
        .outerjoin(User, User.id == Visit.assigned_user_id)
        .outerjoin(Operator, Operator.id == Visit.operator_id)
    ).all()
    return [
        VisitRow(
            v.id,
            v.case_id,
            number,
            f"{family.upper()} {given}",
            region or "",
            v.due_on,
            v.kind,
            v.status,
            operator or user or "",
            v.operator_id,
            v.assigned_user_id,
            v.assess,
            v.cycle,
            v.month,
            v.done_on,
            v.outcome or "",
            v.reason or "",
            v.version,
        )
        for v, number, family, given, region, user, operator in rows
    ]


def _detail(row: VisitRow, v: Visit) -> VisitDetail:
    return VisitDetail(
        row,
        v.project_status or "",
        v.income_band or "",
        v.jobs_created,
        v.employment_status or "",
        v.problems or "",
        v.advice or "",
        v.assessment_id,
        v.moved_from,
    )


class FollowupViews:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def month_counts(self, f: CalendarFilter, today: date | None = None) -> list[DayCount]:
        """Per day of the range: visits planned, done, overdue, and the others (missed, unreachable)."""
        require(self._actor, Action.CASE_VIEW)
        today = today or date.today()
        overdue = and_(Visit.status == "planned", Visit.due_on < today)
        query = (
            select(
                Visit.due_on,
                func.sum(case((and_(Visit.status == "planned", Visit.due_on >= today), 1), else_=0)),
                func.sum(case((Visit.status == "done", 1), else_=0)),
                func.sum(case((overdue, 1), else_=0)),
                func.sum(case((Visit.status.in_(("missed", "unreachable")), 1), else_=0)),
            )
            .where(*_conditions(f))
            .group_by(Visit.due_on)
            .order_by(Visit.due_on)
        )
        with reading(self._sf) as session:
            return [DayCount(day, int(p), int(d), int(o), int(x)) for day, p, d, o, x in session.execute(query)]

    def visits(self, f: CalendarFilter, after: VisitRow | None = None, limit: int = PAGE) -> list[VisitRow]:
        """The visits of the range in date order, a page at a time (keyset on due date and id)."""
        require(self._actor, Action.CASE_VIEW)
        where = _conditions(f)
        if after is not None:
            where.append(or_(Visit.due_on > after.due_on, and_(Visit.due_on == after.due_on, Visit.id > after.id)))
        query = select(Visit).where(*where).order_by(Visit.due_on, Visit.id).limit(limit)
        with reading(self._sf) as session:
            return _rows(session, query)

    def overdue(
        self,
        today: date | None = None,
        *,
        assigned_user_id: int | None = None,
        operator_id: int | None = None,
        after: VisitRow | None = None,
        limit: int = PAGE,
    ) -> list[VisitRow]:
        """Planned visits already past, the oldest first (the most late stand out first)."""
        require(self._actor, Action.CASE_VIEW)
        today = today or date.today()
        where: list[ColumnElement[bool]] = [Visit.status == "planned", Visit.due_on < today]
        if assigned_user_id is not None:
            where.append(Visit.assigned_user_id == assigned_user_id)
        if operator_id is not None:
            where.append(Visit.operator_id == operator_id)
        if after is not None:
            where.append(or_(Visit.due_on > after.due_on, and_(Visit.due_on == after.due_on, Visit.id > after.id)))
        query = select(Visit).where(*where).order_by(Visit.due_on, Visit.id).limit(limit)
        with reading(self._sf) as session:
            return _rows(session, query)

    def overdue_count(self, today: date | None = None, *, assigned_user_id: int | None = None) -> int:
        require(self._actor, Action.CASE_VIEW)
        today = today or date.today()
        query = select(func.count()).where(Visit.status == "planned", Visit.due_on < today)
        if assigned_user_id is not None:
            query = query.where(Visit.assigned_user_id == assigned_user_id)
        with reading(self._sf) as session:
            return int(session.scalar(query) or 0)

    def overdue_by_operator(self, today: date | None = None) -> list[tuple[int, str, int]]:
        """(operator id, name, overdue visits) for the manager's view of who is behind."""
        require(self._actor, Action.CASE_VIEW)
        today = today or date.today()
        with reading(self._sf) as session:
            return [
                (int(i), name, int(n))
                for i, name, n in session.execute(
                    select(Operator.id, Operator.name, func.count())
                    .join(Visit, Visit.operator_id == Operator.id)
                    .where(Visit.status == "planned", Visit.due_on < today)
                    .group_by(Operator.id, Operator.name)
                    .order_by(func.count().desc())
                )
            ]

    def my_day(self, today: date | None = None) -> MyDay:
        """The logged-in person's visits due today and how many of theirs are overdue (the login reminder, the home
        screen): the list is capped, the counts are not."""
        require(self._actor, Action.CASE_VIEW)
        today = today or date.today()
        mine = Visit.assigned_user_id == self._actor.user_id
        rows = self.visits(CalendarFilter(today, today, assigned_user_id=self._actor.user_id), limit=MY_DAY_LIMIT)
        with reading(self._sf) as session:
            due_today = session.scalar(
                select(func.count()).where(mine, Visit.status == "planned", Visit.due_on == today)
            )
        return MyDay(
            visits=[r for r in rows if r.status == "planned"],
            today=int(due_today or 0),
            overdue=self.overdue_count(today, assigned_user_id=self._actor.user_id),
        )

    def case_visits(self, case_id: int) -> list[VisitRow]:
        require(self._actor, Action.CASE_VIEW)
        query = select(Visit).where(Visit.case_id == case_id).order_by(Visit.due_on, Visit.id)
        with reading(self._sf) as session:
            return _rows(session, query)

    def case_details(self, case_id: int) -> list[VisitDetail]:
        """Every visit of the case with what it found (two queries, whatever the number of visits)."""
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            rows = _rows(session, select(Visit).where(Visit.case_id == case_id).order_by(Visit.due_on, Visit.id))
            found = {v.id: v for v in session.scalars(select(Visit).where(Visit.case_id == case_id))}
            return [_detail(row, found[row.id]) for row in rows]

    def visit(self, visit_id: int) -> VisitDetail:
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            found = _rows(session, select(Visit).where(Visit.id == visit_id))
            v = session.get(Visit, visit_id)
            if not found or v is None:
                raise NotFound(translate("Errors", "This visit no longer exists; refresh."))
            return _detail(found[0], v)

    def closures(self, case_id: int) -> list[ClosureView]:
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            return [
                ClosureView(c.action, c.reason, c.note or "", c.created_at.astimezone().strftime("%d/%m/%Y"), by or "")
                for c, by in session.execute(
                    select(CaseClosure, User.full_name)
                    .outerjoin(User, User.id == CaseClosure.created_by_id)
                    .where(CaseClosure.case_id == case_id)
                    .order_by(CaseClosure.id)
                )
            ]
