"""The validation committee: a session and its members, its agenda of submitted plans, a decision on each (the four
criteria, the amount approved: the ledger's ceiling, the conditions), and the synthesis by sector and value chain
as the session goes."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from desk.i18n import QT_TRANSLATE_NOOP, current_language, translate
from desk.models.assessment import Assessment
from desk.models.base import utcnow
from desk.models.committee import CRITERIA, DECISIONS, CommitteeDecision, CommitteeSession
from desk.models.operator import Operator
from desk.models.plan import Plan, PlanLine
from desk.models.reference import Sector, ValueChain
from desk.models.returnee import Case, Person
from desk.services.dto import Actor
from desk.services.errors import NotFound, ValidationError
from desk.services.followup_rules import schedule_after_approval
from desk.services.ledger_rules import schedule_instalments
from desk.services.money import format_money
from desk.services.permissions import Action, require
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

DECISION_LABELS = {
    "approved": QT_TRANSLATE_NOOP("Committee", "approved"),
    "to_amend": QT_TRANSLATE_NOOP("Committee", "to amend"),
    "postponed": QT_TRANSLATE_NOOP("Committee", "postponed"),
    "rejected": QT_TRANSLATE_NOOP("Committee", "rejected"),
}
CRITERIA_LABELS = {
    "profitability": QT_TRANSLATE_NOOP("Committee", "Profitability"),
    "viability": QT_TRANSLATE_NOOP("Committee", "Viability"),
    "relevance": QT_TRANSLATE_NOOP("Committee", "Relevance"),
    "feasibility": QT_TRANSLATE_NOOP("Committee", "Technical feasibility"),
}


@dataclass(frozen=True)
class Member:
    name: str
    institution: str = ""  # empty for sessions opened before institutions were asked

    def label(self) -> str:
        return f"{self.name} ({self.institution})" if self.institution else self.name


def members_of(stored: list[Any] | None) -> tuple[Member, ...]:
    """Members as stored: {"name", "institution"} objects, or plain names in the sessions of earlier versions."""
    members = []
    for entry in stored or ():
        if isinstance(entry, dict):
            members.append(Member(str(entry.get("name") or ""), str(entry.get("institution") or "")))
        elif entry:
            members.append(Member(str(entry)))
    return tuple(members)


@dataclass(frozen=True)
class SessionView:
    id: int
    held_on: date
    place: str
    members: tuple[Member, ...]
    closed_at: datetime | None


@dataclass(frozen=True)
class AgendaItem:
    plan_id: int
    case_id: int
    case_number: str
    full_name: str
    sector: str
    description: str
    feasibility: str
    operator: str
    currency: str
    total: int
    requested: int
    composite: float | None  # latest assessment
    decision: str | None
    amount_approved: int | None
    criteria: dict[str, int]
    comment: str
    value_chain: str = ""
    conditions: str = ""
    above_request: bool = False  # approved above the amount requested, on the committee's explicit word


@dataclass(frozen=True)
class ValueChainLine:
    value_chain: str
    plans: int
    requested: int
    approved: int


@dataclass(frozen=True)
class SectorLine:
    """A sector's totals, and the same figures for each of its value chains."""

    sector: str
    plans: int
    requested: int
    approved: int
    value_chains: tuple[ValueChainLine, ...] = ()


def _order(label: str) -> tuple[bool, str]:
    """Alphabetical as people read it (Élevage among the E), the lines without a sector or chain last."""
    return label == "–", unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().casefold()


def synthesis_of(agenda: list[AgendaItem]) -> list[SectorLine]:
    """By sector and value chain, over the decided items of an agenda already loaded: plans, amounts requested
    and approved."""
    lines: dict[str, dict[str, list[int]]] = {}
    for item in agenda:
        if item.decision is None:
            continue
        line = lines.setdefault(item.sector or "–", {}).setdefault(item.value_chain or "–", [0, 0, 0])
        line[0] += 1
        line[1] += item.requested
        line[2] += item.amount_approved or 0
    result = []
    for sector, chains in sorted(lines.items(), key=lambda pair: _order(pair[0])):
        plans, requested, approved = (sum(v[i] for v in chains.values()) for i in range(3))
        result.append(
            SectorLine(
                sector,
                plans,
                requested,
                approved,
                value_chains=tuple(
                    ValueChainLine(chain, *figures)
                    for chain, figures in sorted(chains.items(), key=lambda pair: _order(pair[0]))
                ),
            )
        )
    return result


def _clean_members(members: Sequence[Member | str]) -> list[dict[str, str]]:
    """Each member present with their institution; blank rows are left out. A plain string is a bare name
    (as callers of earlier versions pass them)."""
    cleaned = []
    for entry in members:
        member = Member(entry) if isinstance(entry, str) else entry
        name = clean_text("members", member.name, max_length=160, required=False)
        institution = clean_text("members", member.institution, max_length=160, required=False)
        if not name and not institution:
            continue
        if not name:
            raise ValidationError(
                "members",
                translate("Errors", "Members: give the name of the member from {institution}.").format(
                    institution=institution
                ),
            )
        if not institution and not isinstance(entry, str):
            raise ValidationError(
                "members", translate("Errors", "Members: give the institution of {name}.").format(name=name)
            )
        cleaned.append({"name": name, "institution": institution})
    if not cleaned:
        raise ValidationError("members", translate("Errors", "Members: name at least one member present."))
    return cleaned


class CommitteeService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def open_session(self, held_on: date, place: str, members: Sequence[Member | str]) -> int:
        """Open a session with the members present, each with the institution they sit for."""
        require(self._actor, Action.COMMITTEE_RUN)
        place = clean_text("place", place, max_length=200, label=translate("Fields", "Place"))
        cleaned = _clean_members(members)
        with writing(self._sf, self._actor) as session:
            row = CommitteeSession(held_on=held_on, place=place, members=cleaned)
            session.add(row)
            session.flush()
            return row.id

    def sessions(self) -> list[SessionView]:
        require(self._actor, Action.COMMITTEE_RUN)
        with reading(self._sf) as session:
            return [
                SessionView(s.id, s.held_on, s.place, members_of(s.members), s.closed_at)
                for s in session.scalars(select(CommitteeSession).order_by(CommitteeSession.held_on.desc()))
            ]

    def agenda(self, session_id: int) -> list[AgendaItem]:
        """Plans decided in this session, then those still waiting for a committee (oldest submission first).

        One query for the whole agenda: a session can have hundreds of plans and is reopened after every decision.
        """
        require(self._actor, Action.COMMITTEE_RUN)
        with reading(self._sf) as session:
            self._session(session, session_id)
            totals = (
                select(PlanLine.plan_id, func.sum(PlanLine.quantity * PlanLine.unit_cost).label("total"))
                .group_by(PlanLine.plan_id)
                .subquery()
            )
            latest = (
                select(Assessment.case_id, func.max(Assessment.id).label("last"))
                .group_by(Assessment.case_id)
                .subquery()
            )
            decision = aliased(CommitteeDecision)
            rows = session.execute(
                select(
                    Plan,
                    Case.number,
                    Person.family_name,
                    Person.given_names,
                    Sector.name_fr,
                    Sector.name_en,
                    ValueChain.name_fr,
                    ValueChain.name_en,
                    Operator.name,
                    totals.c.total,
                    Assessment.composite,
                    decision,
                )
                .join(Case, Case.id == Plan.case_id)
                .join(Person, Person.id == Case.person_id)
                .outerjoin(Sector, Sector.id == Plan.sector_id)
                .outerjoin(ValueChain, ValueChain.id == Plan.value_chain_id)
                .outerjoin(Operator, Operator.id == Case.operator_id)
                .outerjoin(totals, totals.c.plan_id == Plan.id)
                .outerjoin(latest, latest.c.case_id == Case.id)
                .outerjoin(Assessment, Assessment.id == latest.c.last)
                .outerjoin(decision, and_(decision.plan_id == Plan.id, decision.session_id == session_id))
                .where(or_(decision.id.is_not(None), and_(Plan.current.is_(True), Plan.status == "submitted")))
                .order_by(decision.id.is_(None), Plan.submitted_at, Plan.id)
            ).all()
        english = current_language() == "en"
        # plan, number, family, given, sector fr/en, value chain fr/en, operator, total, composite, decision
        return [
            AgendaItem(
                plan.id,
                plan.case_id,
                number,
                f"{family.upper()} {given}",
                (sec_en if english else sec_fr) or "",
                plan.description or "",
                plan.feasibility or "",
                operator or "",
                plan.currency,
                int(total or 0),
                max(0, int(total or 0) - plan.own_contribution),
                composite,
                d.decision if d else None,
                d.amount_approved if d else None,
                {k: int(v) for k, v in (d.criteria or {}).items()} if d else {},
                (d.comment or "") if d else "",
                (chain_en if english else chain_fr) or "",
                (d.conditions or "") if d else "",
                bool(d.above_request) if d else False,
            )
            for plan, number, family, given, sec_fr, sec_en, chain_fr, chain_en, operator, total, composite, d in rows
        ]

    def decide(
        self,
        session_id: int,
        plan_id: int,
        decision: str,
        criteria: dict[str, int],
        amount: int = 0,
        comment: str = "",
        *,
        conditions: str = "",
        above_request: bool = False,
    ) -> None:
        """Record (or correct, while the session is open) the committee's decision on one plan.

        An approval is at most the amount requested unless `above_request` says the committee explicitly approves
        more, and then the comment says why. `conditions` are what the person must do (any decision).
        """
        require(self._actor, Action.COMMITTEE_RUN)
        if decision not in DECISIONS:
            raise ValidationError(
                "decision", translate("Errors", "Decision: approved, to amend, postponed or rejected.")
            )
        if set(criteria) != set(CRITERIA) or any(not 1 <= int(v) <= 5 for v in criteria.values()):
            raise ValidationError("criteria", translate("Errors", "Criteria: score each of the four from 1 to 5."))
        comment = clean_text(
            "comment",
            comment,
            max_length=2000,
            required=decision != "approved",
            label=translate("Fields", "Reason given to the person"),
        )
        conditions = clean_text(
            "conditions", conditions, max_length=2000, required=False, label=translate("Fields", "Conditions")
        )
        with writing(self._sf, self._actor) as session:
            meeting = self._session(session, session_id)
            if meeting.closed_at is not None:
                raise ValidationError("session", translate("Errors", "This session is closed: its minutes are final."))
            plan = session.get(Plan, plan_id)
            if plan is None or not plan.current:
                raise NotFound(translate("Errors", "This plan is no longer the current one."))
            row = session.scalars(
                select(CommitteeDecision).where(
                    CommitteeDecision.session_id == session_id, CommitteeDecision.plan_id == plan_id
                )
            ).first()
            if row is None and plan.status != "submitted":
                raise ValidationError("plan", translate("Errors", "This plan is not waiting for a committee."))
            total = (
                session.scalar(
                    select(func.sum(PlanLine.quantity * PlanLine.unit_cost)).where(PlanLine.plan_id == plan.id)
                )
                or 0
            )
            requested = max(0, int(total) - plan.own_contribution)
            above = decision == "approved" and amount > requested
            if decision == "approved":
                self._check_amount(amount, requested, plan.currency, above_request, comment)
            if row is None:
                row = CommitteeDecision(session_id=session_id, plan_id=plan_id, case_id=plan.case_id)
                session.add(row)
            row.decision, row.criteria, row.comment = decision, dict(criteria), comment or None
            row.conditions, row.above_request = conditions or None, above
            row.amount_approved = amount if decision == "approved" else 0
            plan.status = decision
            session.flush()
            schedule_instalments(session, row)
            schedule_after_approval(session, plan.case_id, meeting.held_on, decision == "approved")
            case = session.get(Case, plan.case_id)
            assert case is not None
            case.status = decision

    @staticmethod
    def _check_amount(amount: int, requested: int, currency: str, above_request: bool, comment: str) -> None:
        if amount <= 0:
            raise ValidationError("amount", translate("Errors", "Amount approved: more than zero."))
        if amount > requested and not above_request:
            raise ValidationError(
                "amount",
                translate(
                    "Errors",
                    "Amount approved: at most the amount requested ({requested}), unless the committee explicitly "
                    "approves more than requested and says why.",
                ).format(requested=format_money(requested, currency)),
            )
        if amount > requested and not comment:
            raise ValidationError(
                "comment", translate("Errors", "Remarks: say why the committee approves more than requested.")
            )

    def synthesis(self, session_id: int) -> list[SectorLine]:
        """By sector and value chain: plans decided, amounts requested and approved."""
        return synthesis_of(self.agenda(session_id))

    def close_session(self, session_id: int) -> None:
        require(self._actor, Action.COMMITTEE_RUN)
        with writing(self._sf, self._actor) as session:
            meeting = self._session(session, session_id)
            meeting.closed_at = meeting.closed_at or utcnow()

    @staticmethod
    def _session(session: Session, session_id: int) -> CommitteeSession:
        meeting = session.get(CommitteeSession, session_id)
        if meeting is None:
            raise NotFound(translate("Errors", "This committee session no longer exists."))
        return meeting
