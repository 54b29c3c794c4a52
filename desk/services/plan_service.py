"""The reintegration plan: drafted by the agent, submitted to the committee once an operator is designated and
the budget is there; an amended plan is a new version, the previous ones are kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models.base import utcnow
from desk.models.committee import CommitteeDecision
from desk.models.intake import Consent
from desk.models.plan import LINE_CATEGORIES, PLAN_TYPES, Plan, PlanLine
from desk.models.reference import Sector, ValueChain
from desk.models.returnee import Case
from desk.models.setting import DeskSetting
from desk.services.dto import Actor
from desk.services.errors import Conflict, NotFound, ValidationError
from desk.services.permissions import Action, require
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

CATEGORY_LABELS = {
    "equipment": QT_TRANSLATE_NOOP("Plan", "Equipment"),
    "raw_material": QT_TRANSLATE_NOOP("Plan", "Raw material and stock"),
    "premises": QT_TRANSLATE_NOOP("Plan", "Premises (rent, works)"),
    "working_capital": QT_TRANSLATE_NOOP("Plan", "Working capital"),
    "training": QT_TRANSLATE_NOOP("Plan", "Training"),
    "other": QT_TRANSLATE_NOOP("Plan", "Other"),
}
EDITABLE = ("draft", "to_amend")
MAX_AMOUNT = 10**12


@dataclass(frozen=True)
class PlanLineData:
    category: str
    label: str
    quantity: int
    unit_cost: int  # minor units

    @property
    def total(self) -> int:
        return self.quantity * self.unit_cost


@dataclass(frozen=True)
class PlanInput:
    plan_type: str = "business"
    sector_id: int | None = None
    value_chain_id: int | None = None
    place: str = ""
    description: str = ""
    relevance: str = ""
    experience: str = ""
    feasibility: str = ""
    lines: tuple[PlanLineData, ...] = ()
    own_contribution: int = 0
    split: tuple[int, ...] = (70, 30)


@dataclass(frozen=True)
class PlanView:
    id: int
    version: int
    version_no: int
    versions: int
    status: str
    currency: str
    data: PlanInput
    total: int
    requested: int  # total less the person's own contribution
    submitted_at: datetime | None
    remarks: str = ""  # the committee's, when it decided on this version


def _view(session: Session, plan: Plan) -> PlanView:
    lines = tuple(
        PlanLineData(ln.category, ln.label, ln.quantity, ln.unit_cost)
        for ln in session.scalars(select(PlanLine).where(PlanLine.plan_id == plan.id).order_by(PlanLine.id))
    )
    versions = len(session.scalars(select(Plan.id).where(Plan.case_id == plan.case_id)).all())
    data = PlanInput(
        plan.plan_type,
        plan.sector_id,
        plan.value_chain_id,
        plan.place or "",
        plan.description or "",
        plan.relevance or "",
        plan.experience or "",
        plan.feasibility or "",
        lines,
        plan.own_contribution,
        tuple(plan.split or ()),
    )
    total = sum(line.total for line in lines)
    return PlanView(
        plan.id,
        plan.version,
        plan.version_no,
        versions,
        plan.status,
        plan.currency,
        data,
        total,
        max(0, total - plan.own_contribution),
        plan.submitted_at,
        session.scalar(
            select(CommitteeDecision.comment)
            .where(CommitteeDecision.plan_id == plan.id)
            .order_by(CommitteeDecision.id.desc())
            .limit(1)
        )
        or "",
    )


class PlanService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def current(self, case_id: int) -> PlanView | None:
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            plan = session.scalars(select(Plan).where(Plan.case_id == case_id, Plan.current.is_(True))).first()
            return _view(session, plan) if plan else None

    def save(self, case_id: int, data: PlanInput, expected_version: int | None = None) -> PlanView:
        """Save the draft; a plan sent back "to amend" is saved as a new version, the earlier one kept.

        `expected_version` is the version of the plan the screen shows (PlanView.version): when someone else saved
        the plan since, nothing is saved and Conflict says so, with what is now in the database.
        """
        require(self._actor, Action.PLAN_EDIT)
        values = self._validate(data)
        with writing(self._sf, self._actor) as session:
            if session.get(Case, case_id) is None:
                raise NotFound(translate("Errors", "This case no longer exists."))
            self._check_references(session, data)
            # Locked (PostgreSQL) so that a second workstation saving at the same moment waits, then sees our version.
            plan = session.scalars(
                select(Plan).where(Plan.case_id == case_id, Plan.current.is_(True)).with_for_update()
            ).first()
            if plan is not None and expected_version is not None and plan.version != expected_version:
                raise Conflict(current=self._current_values(session, plan))
            if plan is not None and plan.status not in EDITABLE:
                raise ValidationError(
                    "status",
                    translate("Errors", "This plan is with the committee or decided: it cannot be changed now."),
                )
            if plan is None or plan.status == "to_amend":
                number = plan.version_no + 1 if plan else 1
                if plan is not None:
                    plan.current = False
                currency = session.get(DeskSetting, "desk.currency")
                plan = Plan(
                    case_id=case_id,
                    version_no=number,
                    current=True,
                    status="draft",
                    currency=currency.value if currency else "XAF",
                )
                session.add(plan)
                session.flush()
            else:
                for old in session.scalars(select(PlanLine).where(PlanLine.plan_id == plan.id)):
                    session.delete(old)
            for key, value in values.items():
                setattr(plan, key, value)
            for line in data.lines:
                session.add(
                    PlanLine(
                        plan_id=plan.id,
                        category=line.category,
                        label=line.label.strip(),
                        quantity=line.quantity,
                        unit_cost=line.unit_cost,
                    )
                )
            session.flush()
            return _view(session, plan)

    @staticmethod
    def _current_values(session: Session, plan: Plan) -> dict[str, object]:
        view = _view(session, plan)
        return {
            translate("Plan", "Description"): view.data.description,
            translate("Plan", "Total"): view.total,
        }

    def submit(self, case_id: int) -> PlanView:
        """Send the plan to the committee: only with an operator designated and a budget."""
        require(self._actor, Action.PLAN_EDIT)
        with writing(self._sf, self._actor) as session:
            case = session.get(Case, case_id)
            plan = session.scalars(select(Plan).where(Plan.case_id == case_id, Plan.current.is_(True))).first()
            if case is None or plan is None:
                raise NotFound(translate("Errors", "This case has no plan to submit."))
            if plan.status != "draft":
                raise ValidationError("status", translate("Errors", "Only a draft plan can be submitted."))
            if case.operator_id is None:
                raise ValidationError(
                    "operator",
                    translate(
                        "Errors", "A plan goes to the committee only once an operator is designated for the case."
                    ),
                )
            if not session.scalar(
                select(Consent.id).where(
                    Consent.person_id == case.person_id, Consent.withdrawn_at.is_(None), Consent.processing.is_(True)
                )
            ):
                raise ValidationError(
                    "consent",
                    translate(
                        "Errors", "The person's consent is missing or withdrawn: the plan cannot go to the committee."
                    ),
                )
            view = _view(session, plan)
            if view.total <= 0:
                raise ValidationError("lines", translate("Errors", "Budget: add at least one line with an amount."))
            plan.status, plan.submitted_at = "submitted", utcnow()
            if case.status in ("registered", "assessed", "operator_designated", "to_amend", "postponed"):
                case.status = "plan_submitted"
            session.flush()
            return _view(session, plan)

    def _validate(self, data: PlanInput) -> dict[str, object]:
        if data.plan_type not in PLAN_TYPES:
            raise ValidationError(
                "plan_type",
                translate("Errors", "{label}: choose a value from the list.").format(
                    label=translate("Fields", "Type of plan")
                ),
            )
        for index, line in enumerate(data.lines, start=1):
            if line.category not in LINE_CATEGORIES:
                raise ValidationError(
                    "lines", translate("Errors", "Budget line {n}: choose a category.").format(n=index)
                )
            if not line.label.strip():
                raise ValidationError("lines", translate("Errors", "Budget line {n}: say what it is.").format(n=index))
            if not 0 < line.quantity <= 100_000 or not 0 <= line.unit_cost <= MAX_AMOUNT:
                raise ValidationError(
                    "lines",
                    translate(
                        "Errors", "Budget line {n}: quantity from 1 to 100,000 and a cost that is not negative."
                    ).format(n=index),
                )
        if sum(data.split) != 100 or any(part <= 0 for part in data.split) or not 1 <= len(data.split) <= 4:
            raise ValidationError(
                "split", translate("Errors", "Instalments: one to four shares that add up to 100 (e.g. 70/30).")
            )
        if not 0 <= data.own_contribution <= MAX_AMOUNT:
            raise ValidationError("own_contribution", translate("Errors", "Own contribution: not negative."))
        texts = {
            key: clean_text(key, getattr(data, key), max_length=size, required=False) or None
            for key, size in (
                ("place", 200),
                ("description", 4000),
                ("relevance", 4000),
                ("experience", 4000),
                ("feasibility", 4000),
            )
        }
        return {
            "plan_type": data.plan_type,
            "sector_id": data.sector_id,
            "value_chain_id": data.value_chain_id,
            "own_contribution": data.own_contribution,
            "split": list(data.split),
            **texts,
        }

    @staticmethod
    def _check_references(session: Session, data: PlanInput) -> None:
        if data.sector_id is not None and session.get(Sector, data.sector_id) is None:
            raise ValidationError(
                "sector_id",
                translate("Errors", "{label}: choose a value from the list.").format(
                    label=translate("Fields", "Sector")
                ),
            )
        if data.value_chain_id is not None:
            chain = session.get(ValueChain, data.value_chain_id)
            if chain is None or (data.sector_id is not None and chain.sector_id != data.sector_id):
                raise ValidationError(
                    "value_chain_id", translate("Errors", "Value chain: choose one of the chosen sector.")
                )
