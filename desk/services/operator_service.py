"""Operators: the directory (managers edit, everyone reads), the designation queue, ranked suggestions,
designation and reassignment with their history, and bulk designation in one transaction."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models.account import User
from desk.models.base import utcnow
from desk.models.followup import Visit
from desk.models.ledger import PLAN_KINDS, LedgerEntry
from desk.models.operator import AID_LEVELS, OPERATOR_KINDS, Designation, Operator
from desk.models.reference import Department, Programme, Region, Sector, ValueChain
from desk.models.returnee import CASE_STATUSES, Case, Person
from desk.services.dto import Actor
from desk.services.errors import Conflict, NotFound, ValidationError
from desk.services.operator_dto import BatchResult, Caseload, DesignationView, OperatorInput, OperatorView, WaitingCase
from desk.services.operator_ranking import CaseFacts, OperatorFacts, Suggestion, eligibility, rank, sectors_for_trade
from desk.services.permissions import Action, require
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

WAITING_STATUSES = ("registered", "assessed")
ACTIVE_CASE = ("closed", "rejected")  # statuses that no longer weigh on an operator
APPROVED_OR_LATER = ("approved", "training", "disbursing", "monitoring")


def _facts(op: Operator) -> OperatorFacts:
    return OperatorFacts(
        op.id,
        op.name,
        op.active,
        op.agreement_end,
        frozenset(op.regions or ()),
        frozenset(op.departments or ()),
        frozenset(op.sectors or ()),
        frozenset(op.aid_levels or ()),
        op.capacity,
    )


def loads(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(Case.operator_id, func.count())
        .where(Case.operator_id.is_not(None), Case.status.not_in(ACTIVE_CASE))
        .group_by(Case.operator_id)
    )
    return {operator_id: count for operator_id, count in rows if operator_id is not None}


class OperatorService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    # -- directory -----------------------------------------------------------------------------
    def list_operators(self, include_inactive: bool = True) -> list[OperatorView]:
        """Every operator with its current load, by name."""
        require(self._actor, Action.OPERATOR_VIEW)
        with reading(self._sf) as session:
            query = select(Operator).order_by(Operator.name)
            if not include_inactive:
                query = query.where(Operator.active.is_(True))
            current = loads(session)
            today = date.today()
            views = []
            for op in session.scalars(query):
                why = eligibility(_facts(op), today)
                views.append(
                    OperatorView(op.id, op.version, self._input(op), current.get(op.id, 0), why is None, why or "")
                )
            return views

    @staticmethod
    def _input(op: Operator) -> OperatorInput:
        return OperatorInput(
            op.name,
            op.kind,
            tuple(op.regions or ()),
            tuple(op.departments or ()),
            tuple(op.sectors or ()),
            tuple(op.aid_levels or ()),
            op.capacity,
            op.contact_name or "",
            op.phone or "",
            op.email or "",
            op.agreement_ref or "",
            op.agreement_start,
            op.agreement_end,
            op.active,
        )

    def save_operator(
        self, data: OperatorInput, operator_id: int | None = None, expected_version: int | None = None
    ) -> int:
        """Add an operator, or change one (refused if someone else changed it meanwhile)."""
        require(self._actor, Action.OPERATOR_MANAGE)
        values = self.validate_input(data)
        with writing(self._sf, self._actor) as session:
            self._check_codes(session, values)
            clash = session.scalar(select(Operator.id).where(Operator.name == values["name"]))
            if clash is not None and clash != operator_id:
                raise ValidationError(
                    "name",
                    translate("Errors", "Name: an operator called '{name}' exists already.").format(
                        name=values["name"]
                    ),
                )
            if operator_id is None:
                op = Operator(**values)
                session.add(op)
            else:
                found = session.get(Operator, operator_id)
                if found is None:
                    raise NotFound(translate("Errors", "This operator no longer exists."))
                op = found
                if expected_version is not None and op.version != expected_version:
                    raise Conflict(current={"name": op.name, "capacity": op.capacity, "active": op.active})
                for key, value in values.items():
                    setattr(op, key, value)
            session.flush()
            return op.id

    @staticmethod
    def validate_input(data: OperatorInput) -> dict[str, Any]:
        """The operator's values cleaned, or ValidationError naming the field (the form and the import)."""
        name = clean_text("name", data.name, max_length=200, label=translate("Fields", "Name"))
        if data.kind not in OPERATOR_KINDS:
            raise ValidationError(
                "kind",
                translate("Errors", "{label}: choose a value from the list.").format(label=translate("Fields", "Kind")),
            )
        if not 0 <= data.capacity <= 10_000:
            raise ValidationError("capacity", translate("Errors", "Capacity: a number of cases from 0 to 10,000."))
        if not set(data.aid_levels) <= set(AID_LEVELS):
            raise ValidationError("aid_levels", translate("Errors", "Aid levels: choose from the list."))
        if data.agreement_start and data.agreement_end and data.agreement_end < data.agreement_start:
            raise ValidationError(
                "agreement_end", translate("Errors", "End of agreement: it is before its start; check both dates.")
            )
        texts = {
            key: clean_text(key, getattr(data, key), max_length=size, required=False) or None
            for key, size in (("contact_name", 160), ("phone", 32), ("email", 160), ("agreement_ref", 80))
        }
        return {
            "name": name,
            "kind": data.kind,
            "regions": sorted(set(data.regions)),
            "departments": sorted(set(data.departments)),
            "sectors": sorted(set(data.sectors)),
            "aid_levels": sorted(set(data.aid_levels)),
            "capacity": data.capacity,
            "agreement_start": data.agreement_start,
            "agreement_end": data.agreement_end,
            "active": data.active,
            **texts,
        }

    @staticmethod
    def _check_codes(session: Session, values: dict[str, Any]) -> None:
        for key, model, label in (
            ("regions", Region, QT_TRANSLATE_NOOP("Fields", "Regions covered")),
            ("departments", Department, QT_TRANSLATE_NOOP("Fields", "Departments covered")),
            ("sectors", Sector, QT_TRANSLATE_NOOP("Fields", "Sectors")),
        ):
            wanted = set(values[key])
            known = set(session.scalars(select(model.code).where(model.code.in_(wanted)))) if wanted else set()
            if wanted - known:
                raise ValidationError(
                    key,
                    translate("Errors", "{label}: unknown codes {codes}.").format(
                        label=translate("Fields", label), codes=", ".join(sorted(wanted - known))
                    ),
                )

    # -- the designation queue ------------------------------------------------------------------
    def waiting_cases(
        self, region_id: int | None = None, arrival_group: str | None = None, offset: int = 0, limit: int = 200
    ) -> list[WaitingCase]:
        """Cases without an operator, oldest return first (they have waited longest)."""
        require(self._actor, Action.OPERATOR_DESIGNATE)
        query = (
            select(
                Case.id,
                Case.number,
                Person.given_names,
                Person.family_name,
                Region.name_fr,
                Person.town,
                Case.arrival_group,
                Case.return_date,
                Programme.code,
                Person.occupation_before,
            )
            .join(Person, Person.id == Case.person_id)
            .outerjoin(Region, Region.id == Person.region_id)
            .outerjoin(Programme, Programme.id == Case.programme_id)
            .where(Case.operator_id.is_(None), Case.status.in_(WAITING_STATUSES), Person.merged_into_id.is_(None))
            .order_by(Case.return_date.asc().nulls_last(), Case.id)
            .offset(offset)
            .limit(max(1, min(limit, 1000)))
        )
        if region_id:
            query = query.where(Person.region_id == region_id)
        if arrival_group:
            query = query.where(Case.arrival_group == arrival_group)
        with reading(self._sf) as session:
            return [
                WaitingCase(
                    r[0], r[1], f"{r[2]} {r[3]}", r[4] or "", r[5] or "", r[6] or "", r[7], r[8] or "", r[9] or ""
                )
                for r in session.execute(query)
            ]

    def arrival_groups(self) -> list[str]:
        require(self._actor, Action.OPERATOR_DESIGNATE)
        with reading(self._sf) as session:
            return list(
                session.scalars(
                    select(Case.arrival_group)
                    .where(Case.arrival_group.is_not(None))
                    .distinct()
                    .order_by(Case.arrival_group)
                )
            )

    # -- suggestions and designation -------------------------------------------------------------
    def suggest(self, case_id: int) -> list[Suggestion]:
        """Every operator ranked for this case, best first, with the reasons in words."""
        require(self._actor, Action.OPERATOR_DESIGNATE)
        with reading(self._sf) as session:
            facts = self._case_facts(session, case_id)
            operators = [_facts(op) for op in session.scalars(select(Operator))]
            return rank(facts, operators, loads(session), date.today())

    def _case_facts(self, session: Session, case_id: int) -> CaseFacts:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(translate("Errors", "This case no longer exists."))
        person = session.get(Person, case.person_id)
        assert person is not None
        region = session.get(Region, person.region_id) if person.region_id else None
        department = session.get(Department, person.department_id) if person.department_id else None
        programme = session.get(Programme, case.programme_id) if case.programme_id else None
        place = person.town or (department.name_fr if department else "") or (region.name_fr if region else "")
        if department and person.town:
            place = f"{person.town} ({department.name_fr})"
        return CaseFacts(
            region.code if region else None,
            department.code if department else None,
            place,
            sectors_for_trade(person.occupation_before, self._sector_vocabulary(session)),
            frozenset(programme.aid_levels or ()) if programme else frozenset(),
        )

    @staticmethod
    def _sector_vocabulary(session: Session) -> list[tuple[str, list[str]]]:
        chains: dict[int, list[str]] = {}
        for sector_id, fr, en in session.execute(select(ValueChain.sector_id, ValueChain.name_fr, ValueChain.name_en)):
            chains.setdefault(sector_id, []).extend((fr, en))
        return [(s.code, [s.name_fr, s.name_en, *chains.get(s.id, [])]) for s in session.scalars(select(Sector))]

    def designate(self, case_id: int, operator_id: int, reason: str = "", override_capacity: bool = False) -> None:
        """Hand a case to an operator, or reassign it (a reason is then required); the history is kept."""
        require(self._actor, Action.OPERATOR_DESIGNATE)
        with writing(self._sf, self._actor) as session:
            self._designate(session, case_id, operator_id, reason, override_capacity, loads(session), date.today())

    def designate_many(self, case_ids: list[int], reason: str, operator_id: int | None = None) -> BatchResult:
        """Designate a selection at once: to one operator, or each case to its best eligible operator with room.

        All or nothing: if one case cannot be designated, none is, and the message names it.
        """
        require(self._actor, Action.OPERATOR_DESIGNATE)
        done: list[tuple[str, str]] = []
        with writing(self._sf, self._actor) as session:
            current = loads(session)
            operators = [_facts(op) for op in session.scalars(select(Operator))]
            today = date.today()
            for case_id in case_ids:
                chosen = operator_id
                if chosen is None:
                    ranked = rank(self._case_facts(session, case_id), operators, current, today)
                    best = next((s for s in ranked if s.eligible and not s.at_capacity), None)
                    if best is None:
                        number = session.get(Case, case_id).number  # type: ignore[union-attr]
                        raise ValidationError(
                            "operator",
                            translate(
                                "Errors", "Case {number}: no eligible operator has room; designate it by hand."
                            ).format(number=number),
                        )
                    chosen = best.operator_id
                name = self._designate(session, case_id, chosen, reason, False, current, today)
                current[chosen] = current.get(chosen, 0) + 1
                done.append((session.get(Case, case_id).number, name))  # type: ignore[union-attr]
        return BatchResult(tuple(done))

    def _designate(
        self,
        session: Session,
        case_id: int,
        operator_id: int,
        reason: str,
        override: bool,
        current: dict[int, int],
        today: date,
    ) -> str:
        case = session.get(Case, case_id)
        op = session.get(Operator, operator_id)
        if case is None:
            raise NotFound(translate("Errors", "This case no longer exists."))
        if op is None:
            raise NotFound(translate("Errors", "This operator no longer exists."))
        why_not = eligibility(_facts(op), today)
        if why_not:
            raise ValidationError(
                "operator", translate("Errors", "{name} cannot be designated: {why}.").format(name=op.name, why=why_not)
            )
        if case.operator_id == operator_id:
            raise ValidationError(
                "operator",
                translate("Errors", "Case {number} is already with {name}.").format(number=case.number, name=op.name),
            )
        if case.status in ACTIVE_CASE:
            raise ValidationError("case", translate("Errors", "Case {number} is closed.").format(number=case.number))
        reason = clean_text(
            "reason",
            reason,
            max_length=1000,
            required=case.operator_id is not None,
            label=translate("Fields", "Reason for the reassignment"),
        )
        at_capacity = current.get(op.id, 0) >= op.capacity
        if at_capacity and not override:
            raise ValidationError(
                "operator",
                translate(
                    "Errors", "{name} is at capacity ({load}/{capacity}): confirm the override to designate anyway."
                ).format(name=op.name, load=current.get(op.id, 0), capacity=op.capacity),
            )
        if case.operator_id is not None:
            previous = session.scalars(
                select(Designation).where(Designation.case_id == case.id, Designation.ended_at.is_(None))
            ).first()
            if previous is not None:
                previous.ended_at = utcnow()
                previous.ended_reason = reason
        session.add(Designation(case_id=case.id, operator_id=op.id, reason=reason or None, over_capacity=at_capacity))
        case.operator_id = op.id
        if case.status in WAITING_STATUSES:
            case.status = "operator_designated"
        session.flush()
        return op.name

    def caseload(self, operator_id: int) -> Caseload:
        """The operator's cases by stage, and those in progress with the date they were handed over."""
        require(self._actor, Action.OPERATOR_VIEW)
        with reading(self._sf) as session:
            op = session.get(Operator, operator_id)
            if op is None:
                raise NotFound(translate("Errors", "This operator no longer exists."))
            counts = dict(
                session.execute(
                    select(Case.status, func.count()).where(Case.operator_id == operator_id).group_by(Case.status)
                ).all()
            )
            rows = session.execute(
                select(
                    Case.number, Person.family_name, Person.given_names, Case.status, func.max(Designation.created_at)
                )
                .join(Person, Person.id == Case.person_id)
                .join(Designation, (Designation.case_id == Case.id) & (Designation.operator_id == operator_id))
                .where(Case.operator_id == operator_id, Case.status.not_in(ACTIVE_CASE))
                .group_by(Case.number, Person.family_name, Person.given_names, Case.status)
                .order_by(Case.number)
            ).all()
            disbursed = session.execute(
                select(LedgerEntry.currency, func.sum(LedgerEntry.amount))
                .join(Case, Case.id == LedgerEntry.case_id)
                .where(Case.operator_id == operator_id, LedgerEntry.kind.in_(PLAN_KINDS))
                .group_by(LedgerEntry.currency)
                .order_by(LedgerEntry.currency)
            ).all()
            overdue = session.scalar(
                select(func.count()).where(
                    Visit.operator_id == operator_id, Visit.status == "planned", Visit.due_on < date.today()
                )
            )
            ranked = (
                select(
                    Visit.project_status,
                    func.row_number()
                    .over(partition_by=Visit.case_id, order_by=(Visit.done_on.desc(), Visit.id.desc()))
                    .label("rank"),
                )
                .join(Case, Case.id == Visit.case_id)
                .where(Case.operator_id == operator_id, Visit.project_status.is_not(None))
                .subquery()
            )
            seen, running = session.execute(  # the project's state at each case's last visit
                select(func.count(), func.sum(case((ranked.c.project_status == "running", 1), else_=0))).where(
                    ranked.c.rank == 1
                )
            ).one()
        order = [s for s in CASE_STATUSES if counts.get(s)]
        return Caseload(
            op.name,
            op.capacity,
            sum(n for s, n in counts.items() if s not in ACTIVE_CASE),
            tuple((s, counts[s]) for s in order),
            sum(counts.get(s, 0) for s in APPROVED_OR_LATER),
            tuple(
                (number, f"{family.upper()} {given}", status, at.astimezone().strftime("%d/%m/%Y") if at else "")
                for number, family, given, status, at in rows
            ),
            tuple((currency, int(net or 0)) for currency, net in disbursed),
            int(overdue or 0),
            int(seen or 0),
            int(running or 0),
        )

    def history(self, case_id: int) -> list[DesignationView]:
        """Every designation of the case, newest first."""
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            rows = session.execute(
                select(Designation, Operator.name, User.full_name)
                .join(Operator, Operator.id == Designation.operator_id)
                .outerjoin(User, User.id == Designation.created_by_id)
                .where(Designation.case_id == case_id)
                .order_by(Designation.id.desc())
            )
            return [
                DesignationView(
                    d.id,
                    name,
                    d.created_at,
                    by or "",
                    d.reason or "",
                    d.over_capacity,
                    d.ended_at,
                    d.ended_reason or "",
                )
                for d, name, by in rows
            ]
