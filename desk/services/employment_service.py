"""The employment track of a case: CV and letter, job offers proposed, placements."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models.employment import CONTRACT_TYPES, OFFER_OUTCOMES, JobOffer, JobSearch, Placement
from desk.models.returnee import Case
from desk.services.dto import Actor
from desk.services.errors import NotFound, ValidationError
from desk.services.permissions import Action, require
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

OUTCOME_LABELS = {
    "pending": QT_TRANSLATE_NOOP("Employment", "waiting for an answer"),
    "accepted": QT_TRANSLATE_NOOP("Employment", "accepted"),
    "declined": QT_TRANSLATE_NOOP("Employment", "declined by the person"),
    "not_retained": QT_TRANSLATE_NOOP("Employment", "not retained by the employer"),
}
CONTRACT_LABELS = {
    "permanent": QT_TRANSLATE_NOOP("Employment", "permanent contract"),
    "fixed_term": QT_TRANSLATE_NOOP("Employment", "fixed-term contract"),
    "apprenticeship": QT_TRANSLATE_NOOP("Employment", "apprenticeship"),
    "internship": QT_TRANSLATE_NOOP("Employment", "internship"),
    "casual": QT_TRANSLATE_NOOP("Employment", "casual work"),
}


@dataclass(frozen=True)
class OfferView:
    id: int
    employer: str
    position: str
    proposed_on: date
    outcome: str


@dataclass(frozen=True)
class PlacementView:
    id: int
    employer: str
    position: str
    start_date: date
    contract_type: str


@dataclass(frozen=True)
class EmploymentView:
    cv_done: bool
    cover_letter_done: bool
    offers: tuple[OfferView, ...]
    placements: tuple[PlacementView, ...]


def _texts(employer: str, position: str) -> tuple[str, str]:
    return (
        clean_text("employer", employer, max_length=200, label=translate("Fields", "Employer")),
        clean_text("position", position, max_length=200, label=translate("Fields", "Position")),
    )


class EmploymentService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def track(self, case_id: int) -> EmploymentView:
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            search = session.get(JobSearch, case_id)
            offers = session.scalars(select(JobOffer).where(JobOffer.case_id == case_id).order_by(JobOffer.id))
            placements = session.scalars(select(Placement).where(Placement.case_id == case_id).order_by(Placement.id))
            return EmploymentView(
                bool(search and search.cv_done),
                bool(search and search.cover_letter_done),
                tuple(OfferView(o.id, o.employer, o.position, o.proposed_on, o.outcome) for o in offers),
                tuple(PlacementView(p.id, p.employer, p.position, p.start_date, p.contract_type) for p in placements),
            )

    def set_documents(self, case_id: int, cv_done: bool, cover_letter_done: bool) -> None:
        """Record that the CV and the cover letter are ready."""
        require(self._actor, Action.CASE_EDIT)
        with writing(self._sf, self._actor) as session:
            self._case(session, case_id)
            search = session.get(JobSearch, case_id)
            if search is None:
                session.add(JobSearch(case_id=case_id, cv_done=cv_done, cover_letter_done=cover_letter_done))
            else:
                search.cv_done, search.cover_letter_done = cv_done, cover_letter_done

    def add_offer(self, case_id: int, employer: str, position: str, proposed_on: date) -> int:
        require(self._actor, Action.CASE_EDIT)
        employer, position = _texts(employer, position)
        if proposed_on > date.today():
            raise ValidationError("proposed_on", translate("Errors", "Date of the offer: it cannot be in the future."))
        with writing(self._sf, self._actor) as session:
            self._case(session, case_id)
            offer = JobOffer(case_id=case_id, employer=employer, position=position, proposed_on=proposed_on)
            session.add(offer)
            session.flush()
            return offer.id

    def set_offer_outcome(self, offer_id: int, outcome: str) -> None:
        require(self._actor, Action.CASE_EDIT)
        if outcome not in OFFER_OUTCOMES:
            raise ValidationError("outcome", translate("Errors", "Outcome: choose from the list."))
        with writing(self._sf, self._actor) as session:
            offer = session.get(JobOffer, offer_id)
            if offer is None:
                raise NotFound(translate("Errors", "This record no longer exists; refresh the screen."))
            offer.outcome = outcome

    def add_placement(self, case_id: int, employer: str, position: str, start_date: date, contract_type: str) -> int:
        require(self._actor, Action.CASE_EDIT)
        employer, position = _texts(employer, position)
        if contract_type not in CONTRACT_TYPES:
            raise ValidationError("contract_type", translate("Errors", "Contract: choose from the list."))
        with writing(self._sf, self._actor) as session:
            self._case(session, case_id)
            placement = Placement(
                case_id=case_id,
                employer=employer,
                position=position,
                start_date=start_date,
                contract_type=contract_type,
            )
            session.add(placement)
            session.flush()
            return placement.id

    @staticmethod
    def _case(session: Session, case_id: int) -> Case:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(translate("Errors", "This case no longer exists."))
        return case
