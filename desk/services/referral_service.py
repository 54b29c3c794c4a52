"""Referrals: a case sent to an institution for a service, followed until the service is given (or not).

Sending a referral shares the person's data: it needs their consent to sharing with institutions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desk.i18n import QT_TRANSLATE_NOOP, current_language, translate
from desk.models.reference import Institution
from desk.models.referral import REFERRAL_STATUSES, Referral
from desk.models.returnee import Case
from desk.services.consent import require_sharing
from desk.services.dto import Actor
from desk.services.errors import Conflict, NotFound, ValidationError
from desk.services.permissions import Action, require
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

STATUS_LABELS = {
    "sent": QT_TRANSLATE_NOOP("Referrals", "sent"),
    "accepted": QT_TRANSLATE_NOOP("Referrals", "accepted"),
    "service_given": QT_TRANSLATE_NOOP("Referrals", "service given"),
    "declined": QT_TRANSLATE_NOOP("Referrals", "declined"),
    "no_answer": QT_TRANSLATE_NOOP("Referrals", "no answer"),
}
OPEN = ("sent", "accepted")


@dataclass(frozen=True)
class ReferralView:
    id: int
    version: int
    case_id: int
    institution_code: str
    institution: str
    reason: str
    sent_on: date
    due_on: date | None
    status: str
    outcome: str

    @property
    def overdue(self) -> bool:
        return self.status in OPEN and self.due_on is not None and self.due_on < date.today()


def _view(r: Referral, inst: Institution) -> ReferralView:
    name = inst.name_en if current_language() == "en" else inst.name_fr
    return ReferralView(
        r.id, r.version, r.case_id, inst.code, name, r.reason, r.sent_on, r.due_on, r.status, r.outcome or ""
    )


class ReferralService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def for_case(self, case_id: int) -> list[ReferralView]:
        """The case's referrals, newest first."""
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            rows = session.execute(
                select(Referral, Institution)
                .join(Institution, Institution.id == Referral.institution_id)
                .where(Referral.case_id == case_id)
                .order_by(Referral.id.desc())
            )
            return [_view(r, i) for r, i in rows]

    def refer(self, case_id: int, institution_id: int, reason: str, due_on: date | None) -> int:
        """Send the case to an institution; refused without the person's consent to that sharing."""
        require(self._actor, Action.REFERRAL_EDIT)
        reason = clean_text("reason", reason, max_length=2000, label=translate("Fields", "Reason"))
        today = date.today()
        if due_on is not None and due_on < today:
            raise ValidationError("due_on", translate("Errors", "Due date: it cannot be in the past."))
        with writing(self._sf, self._actor) as session:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound(translate("Errors", "This case no longer exists."))
            institution = session.get(Institution, institution_id)
            if institution is None or not institution.active:
                raise ValidationError("institution", translate("Errors", "Institution: choose one from the list."))
            require_sharing(session, case.person_id, "institutions")
            referral = Referral(
                case_id=case_id,
                institution_id=institution_id,
                reason=reason,
                sent_on=today,
                due_on=due_on,
                status="sent",
            )
            session.add(referral)
            session.flush()
            return referral.id

    def update(self, referral_id: int, expected_version: int, status: str, outcome: str = "") -> None:
        """Record the institution's answer: accepted, service given, declined or no answer, with the outcome."""
        require(self._actor, Action.REFERRAL_EDIT)
        if status not in REFERRAL_STATUSES:
            raise ValidationError("status", translate("Errors", "Status: choose from the list."))
        outcome = clean_text("outcome", outcome, max_length=2000, required=False, label=translate("Fields", "Outcome"))
        with writing(self._sf, self._actor) as session:
            referral = session.get(Referral, referral_id)
            if referral is None:
                raise NotFound(translate("Errors", "This record no longer exists; refresh the screen."))
            if referral.version != expected_version:
                raise Conflict(current={"status": referral.status, "outcome": referral.outcome})
            referral.status, referral.outcome = status, outcome or None

    def get(self, referral_id: int) -> ReferralView:
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            row = session.execute(
                select(Referral, Institution)
                .join(Institution, Institution.id == Referral.institution_id)
                .where(Referral.id == referral_id)
            ).first()
            if row is None:
                raise NotFound(translate("Errors", "This record no longer exists; refresh the screen."))
            return _view(row[0], row[1])

    def letter_pdf(self, referral_id: int, desk_name: str) -> bytes:
        """The referral letter for the institution, as PDF bytes: it names the person, so it is refused once their
        consent to sharing with institutions is withdrawn (or was never given), even for a referral sent before."""
        require(self._actor, Action.CASE_VIEW)
        referral = self.get(referral_id)
        with reading(self._sf) as session:
            person_id = session.scalar(select(Case.person_id).where(Case.id == referral.case_id))
            if person_id is None:
                raise NotFound(translate("Errors", "This case no longer exists."))
            require_sharing(session, person_id, "institutions")
        from desk.services.case_file_service import CaseFileService
        from desk.services.documents.referral_letter import render_referral_letter

        case = CaseFileService(self._sf, self._actor).case_file(referral.case_id)
        return render_referral_letter(referral, case, desk_name, self._actor.full_name)
