"""The manager's home screen, read inside the caller's transaction: the queues waiting for a decision, the operators
who are full or behind, and the figures of the trend charts. Counts and sums are computed in the database."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from desk.i18n import current_language, translate
from desk.models.assessment import Assessment, InstrumentVersion
from desk.models.committee import CommitteeDecision
from desk.models.followup import Visit
from desk.models.operator import Operator
from desk.models.plan import Plan, PlanLine
from desk.models.reference import Region, Sector
from desk.models.returnee import CASE_STATUSES, Case, Person
from desk.services.home_common import count_of, full_name, requests
from desk.services.home_dto import (
    Capped,
    ManagerHome,
    MonthCount,
    OperatorLoad,
    OperatorOverdue,
    PlanItem,
    ScoreLine,
    Scores,
    SectorDecisions,
    StageCount,
    WaitingItem,
)
from desk.services.instrument import Instrument, parse, shipped_definition
from desk.services.labels import label
from desk.services.operator_service import ACTIVE_CASE, WAITING_STATUSES

NEAR_CAPACITY = 90  # percent of an operator's capacity from which the manager is warned
MONTHS = 12  # months of returns on the chart


def month_starts(today: date, months: int = MONTHS) -> list[date]:
    """The first days of the last `months` months, the current one last, and of the month after."""
    index = today.year * 12 + today.month - 1
    return [date((index - k) // 12, (index - k) % 12 + 1, 1) for k in range(months - 1, -2, -1)]


def _waiting(session: Session, limit: int) -> Capped[WaitingItem]:
    """The designation queue, as OperatorService.waiting_cases reads it."""
    where = [Case.operator_id.is_(None), Case.status.in_(WAITING_STATUSES), Person.merged_into_id.is_(None)]
    total = count_of(
        session, select(func.count()).select_from(Case).join(Person, Person.id == Case.person_id).where(*where)
    )
    if not total:
        return Capped((), 0)
    english = current_language() == "en"
    rows = session.execute(
        select(
            Case.id,
            Case.number,
            Person.family_name,
            Person.given_names,
            Case.return_date,
            Region.name_en if english else Region.name_fr,
            Case.status,
        )
        .join(Person, Person.id == Case.person_id)
        .outerjoin(Region, Region.id == Person.region_id)
        .where(*where)
        .order_by(Case.return_date.asc().nulls_last(), Case.id)
        .limit(limit)
    ).all()
    items = tuple(
        WaitingItem(i, number, full_name(family, given), returned, region or "", status)
        for i, number, family, given, returned, region, status in rows
    )
    return Capped(items, total)


def _plans(session: Session, limit: int) -> Capped[PlanItem]:
    """Current plans submitted and not yet decided: the next committee's agenda."""
    where = [Plan.current.is_(True), Plan.status == "submitted"]
    total = count_of(session, select(func.count()).select_from(Plan).where(*where))
    if not total:
        return Capped((), 0)
    budget = (
        select(func.coalesce(func.sum(PlanLine.quantity * PlanLine.unit_cost), 0))
        .where(PlanLine.plan_id == Plan.id)
        .correlate(Plan)
        .scalar_subquery()
    )
    english = current_language() == "en"
    rows = session.execute(
        select(
            Plan.id,
            Plan.case_id,
            Case.number,
            Person.family_name,
            Person.given_names,
            Sector.name_en if english else Sector.name_fr,
            budget,
            Plan.own_contribution,
            Plan.currency,
            Plan.submitted_at,
        )
        .join(Case, Case.id == Plan.case_id)
        .join(Person, Person.id == Case.person_id)
        .outerjoin(Sector, Sector.id == Plan.sector_id)
        .where(*where)
        .order_by(Plan.submitted_at.asc().nulls_last(), Plan.id)
        .limit(limit)
    ).all()
    items = tuple(
        PlanItem(i, case_id, number, full_name(family, given), sector or "", max(0, int(lines) - own), currency, at)
        for i, case_id, number, family, given, sector, lines, own, currency, at in rows
    )
    return Capped(items, total)


def _near_capacity(session: Session) -> tuple[OperatorLoad, ...]:
    """Operators whose open cases reach 90 % of their capacity (or exceed it), the fullest first."""
    # Open cases = all the operator's cases minus its closed and rejected ones: the first count reads only the
    # operator index; the second reads the few closed and rejected cases instead of every open one.
    every = {
        op: int(n)
        for op, n in session.execute(
            select(Case.operator_id, func.count()).where(Case.operator_id.is_not(None)).group_by(Case.operator_id)
        )
    }
    ended = {
        op: int(n)
        for op, n in session.execute(
            select(Case.operator_id, func.count())
            .where(Case.status.in_(ACTIVE_CASE), Case.operator_id.is_not(None))
            .group_by(Case.operator_id)
        )
    }
    loads = {op: n - ended.get(op, 0) for op, n in every.items() if op is not None and n > ended.get(op, 0)}
    if not loads:
        return ()
    found = []
    for op_id, name, capacity in session.execute(
        select(Operator.id, Operator.name, Operator.capacity).where(Operator.id.in_(loads))
    ):
        load = loads[op_id]
        if load * 100 >= capacity * NEAR_CAPACITY:
            found.append(OperatorLoad(op_id, name, capacity, load, load * 100 // capacity if capacity else None))
    return tuple(sorted(found, key=lambda o: (-(o.percent if o.percent is not None else 10**9), o.name)))


def _overdue(session: Session, today: date) -> tuple[int, tuple[OperatorOverdue, ...]]:
    late = [Visit.status == "planned", Visit.due_on < today]
    total = count_of(session, select(func.count()).select_from(Visit).where(*late))
    # One index search per operator (operator, status, due date) rather than a group-by over every late visit.
    behind = (
        select(func.count())
        .select_from(Visit)
        .where(Visit.operator_id == Operator.id, *late)
        .correlate(Operator)
        .scalar_subquery()
    )
    rows = session.execute(select(Operator.id, Operator.name, behind)).all()
    by_operator = sorted(
        (OperatorOverdue(i, name, int(n)) for i, name, n in rows if n), key=lambda o: (-o.overdue, o.name)
    )
    return total, tuple(by_operator)


def _returns(session: Session, today: date) -> tuple[MonthCount, ...]:
    starts = month_starts(today)
    columns = [
        func.sum(case((and_(Case.return_date >= a, Case.return_date < b), 1), else_=0))
        for a, b in zip(starts, starts[1:], strict=False)
    ]
    row = session.execute(select(*columns).where(Case.return_date >= starts[0], Case.return_date < starts[-1])).one()
    return tuple(MonthCount(month, int(n or 0)) for month, n in zip(starts, row, strict=False))


def _stages(session: Session) -> tuple[StageCount, ...]:
    counts = {s: int(n) for s, n in session.execute(select(Case.status, func.count()).group_by(Case.status))}
    known = [StageCount(s, label("status", s), int(counts.get(s, 0))) for s in CASE_STATUSES]
    other = [StageCount(s, s, int(n)) for s, n in counts.items() if s not in CASE_STATUSES]
    return tuple(known + other)


def _decisions(session: Session) -> tuple[SectorDecisions, ...]:
    english = current_language() == "en"
    pivot: dict[int | None, dict[str, int]] = {}
    names: dict[int | None, str] = {}
    for sector_id, name, decision, n in session.execute(
        select(Plan.sector_id, Sector.name_en if english else Sector.name_fr, CommitteeDecision.decision, func.count())
        .select_from(CommitteeDecision)
        .join(Plan, Plan.id == CommitteeDecision.plan_id)
        .outerjoin(Sector, Sector.id == Plan.sector_id)
        .group_by(Plan.sector_id, Sector.name_en if english else Sector.name_fr, CommitteeDecision.decision)
    ):
        pivot.setdefault(sector_id, {})[decision] = int(n)
        names[sector_id] = name or translate("Home", "No sector")
    lines = [
        SectorDecisions(
            sector_id,
            names[sector_id],
            d.get("approved", 0),
            d.get("to_amend", 0),
            d.get("postponed", 0),
            d.get("rejected", 0),
        )
        for sector_id, d in pivot.items()
    ]
    return tuple(sorted(lines, key=lambda s: (-s.total, s.sector_id is None, s.sector)))


def latest_instrument(session: Session) -> Instrument:
    """The questionnaire's latest version (saved by the administrator, else the shipped one)."""
    shipped = shipped_definition()
    code = str(shipped["instrument"]["code"])
    stored = session.scalar(
        select(InstrumentVersion.definition)
        .where(InstrumentVersion.code == code)
        .order_by(InstrumentVersion.number.desc())
        .limit(1)
    )
    return parse(dict(stored) if stored is not None else shipped)


def _scores(session: Session) -> Scores:
    """Mean scores per dimension: each case's first baseline beside the follow-ups recorded at a 12-month visit."""
    inst = latest_instrument(session)
    columns = [func.count(), func.avg(Assessment.composite)] + [
        func.avg(Assessment.scores[code].as_float()) for code, _, _ in inst.dimensions
    ]
    earlier = aliased(Assessment)
    first = ~(
        select(earlier.id)
        .where(earlier.case_id == Assessment.case_id, earlier.kind == "baseline", earlier.id < Assessment.id)
        .correlate(Assessment)
        .exists()
    )
    # The visits are read once in table order (about 60 ms at 500,000): cheaper than looking up each follow-up's
    # visits, and there is no index on visits.assessment_id.
    at_twelve = select(Visit.assessment_id).where(Visit.month == 12, Visit.assessment_id.is_not(None))
    same = Assessment.instrument_code == inst.code
    base = session.execute(select(*columns).where(Assessment.kind == "baseline", same, first)).one()
    late = session.execute(
        select(*columns).where(Assessment.kind == "followup", same, Assessment.id.in_(at_twelve))
    ).one()

    def mean(value: Any) -> float | None:
        return None if value is None else round(float(value), 2)

    lines = [
        ScoreLine(code, name, mean(base[2 + k]), mean(late[2 + k])) for k, (code, name, _) in enumerate(inst.dimensions)
    ]
    lines.append(ScoreLine("", translate("Home", "Overall"), mean(base[1]), mean(late[1])))
    return Scores(inst.name, int(base[0]), int(late[0]), tuple(lines))


def manager_home(session: Session, today: date, limit: int) -> ManagerHome:
    to_approve, sums = requests(session, "requested", limit)
    overdue_total, by_operator = _overdue(session, today)
    return ManagerHome(
        today,
        _waiting(session, limit),
        _plans(session, limit),
        to_approve,
        sums,
        _near_capacity(session),
        overdue_total,
        by_operator,
        _returns(session, today),
        _stages(session),
        _decisions(session),
        _scores(session),
    )
