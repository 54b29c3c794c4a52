"""The intake interview: duplicate check while typing, registration of a person and a case, drafts, consent."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.base import utcnow
from desk.models.intake import CaseVulnerability, Consent, IntakeDraft
from desk.models.reference import Region
from desk.models.returnee import Case, Person
from desk.models.setting import DeskSetting
from desk.services.case_numbers import next_case_number
from desk.services.dto import Actor
from desk.services.errors import NotFound, ValidationError
from desk.services.intake_dto import DraftSummary, DuplicateCandidate, IntakeInput, RegisteredCase
from desk.services.intake_validation import validate_intake
from desk.services.permissions import Action, require
from desk.services.person_search import active_persons, fuzzy_candidate_ids, name_similarity, search_text
from desk.services.phones import display_phone, normalise_phone
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text, fold

SHOW_FROM = 60  # a candidate is shown from this score up
PERSON_FIELDS = (
    "family_name",
    "given_names",
    "sex",
    "birth_date",
    "birth_year",
    "nationality",
    "phone",
    "phone_alt",
    "id_document_type",
    "id_document_number",
    "region_id",
    "department_id",
    "town",
    "marital_status",
    "dependants",
    "household_size",
    "education_level",
    "languages",
    "occupation_before",
    "skills",
    "relative_name",
    "relative_phone",
)


def format_birth(birth_date: date | None, birth_year: int | None) -> str:
    if birth_date is not None:
        return birth_date.strftime("%d/%m/%Y")
    return f"≈ {birth_year}" if birth_year else ""


def refresh_search_text(session: Session, person: Person) -> None:
    numbers = session.scalars(select(Case.number).where(Case.person_id == person.id)).all()
    person.search_text = search_text(
        person.family_name, person.given_names, person.phone, person.phone_alt, person.id_document_number, *numbers
    )


def _settings(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(DeskSetting))}


class IntakeService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    # -- duplicates ---------------------------------------------------------------------------
    def check_duplicates(
        self,
        family_name: str,
        given_names: str,
        birth_date: date | None = None,
        birth_year: int | None = None,
        phone: str | None = None,
        id_number: str | None = None,
        sex: str | None = None,
        limit: int = 5,
    ) -> list[DuplicateCandidate]:
        """Persons already registered who may be this one, best first, each with the reasons in words."""
        require(self._actor, Action.CASE_REGISTER)
        name = f"{family_name or ''} {given_names or ''}".strip()
        with reading(self._sf) as session:
            region = _settings(session).get("desk.phone_region", "CM")
            try:
                e164 = normalise_phone("phone", phone, region, "") if phone else None
            except ValidationError:
                e164 = None
            number = (id_number or "").upper().replace(" ", "") or None
            exact = [Person.phone == e164, Person.phone_alt == e164] if e164 else []
            if number:
                exact.append(Person.id_document_number == number)
            known = set(session.scalars(select(Person.id).where(or_(*exact)).limit(50))) if exact else set()
            best: list[tuple[int, Person, tuple[str, ...]]] = []
            for swaps in (False, True):  # the wider pass (swapped letters) only when the first finds nobody
                ids = known | set(fuzzy_candidate_ids(session, fold(name).split(), limit=300, swaps=swaps))
                persons = session.scalars(select(Person).where(Person.id.in_(ids), active_persons())).all()
                scored = [self._score(p, name, birth_date, birth_year, e164, number, sex) for p in persons]
                best = sorted((s for s in scored if s[0] >= SHOW_FROM), key=lambda s: -s[0])[:limit]
                if best or len(fold(name)) < 3:
                    break
            return [self._candidate(session, person, score, reasons) for score, person, reasons in best]

    @staticmethod
    def _score(
        person: Person,
        name: str,
        birth_date: date | None,
        birth_year: int | None,
        e164: str | None,
        number: str | None,
        sex: str | None = None,
    ) -> tuple[int, Person, tuple[str, ...]]:
        reasons: list[str] = []
        similarity = name_similarity(name, person.family_name, person.given_names) if name else 0
        score = similarity * 0.7
        if similarity >= 70:
            reasons.append(translate("Duplicates", "name {percent} % alike").format(percent=similarity))
        year = birth_date.year if birth_date else birth_year
        their_year = person.birth_date.year if person.birth_date else person.birth_year
        if birth_date and person.birth_date == birth_date:
            score += 30
            reasons.append(translate("Duplicates", "same date of birth"))
        elif year and their_year and year == their_year:
            score += 20
            reasons.append(translate("Duplicates", "same year of birth"))
        elif year and their_year and abs(year - their_year) > 2:
            score -= 25
        if sex in ("F", "M") and person.sex in ("F", "M") and sex != person.sex:
            score -= 20
        if e164 and e164 in (person.phone, person.phone_alt):
            score = max(score, 85) + 15
            reasons.append(translate("Duplicates", "same phone number"))
        if number and number == person.id_document_number:
            score = max(score, 90) + 10
            reasons.append(translate("Duplicates", "same ID document number"))
        return min(100, int(score)), person, tuple(reasons)

    @staticmethod
    def _candidate(session: Session, person: Person, score: int, reasons: tuple[str, ...]) -> DuplicateCandidate:
        first, last = session.execute(
            select(func.min(Case.opened_at), func.max(Case.number)).where(Case.person_id == person.id)
        ).one()
        region = session.get(Region, person.region_id) if person.region_id else None
        place = ", ".join(p for p in (person.town, region.name_fr if region else None) if p)
        return DuplicateCandidate(
            person_id=person.id,
            full_name=f"{person.given_names} {person.family_name}",
            birth=format_birth(person.birth_date, person.birth_year),
            place=place,
            first_registered=first.year if first else None,
            last_case_number=last,
            score=score,
            reasons=reasons,
        )

    def person_for_intake(self, person_id: int) -> dict[str, Any]:
        """The identity and situation already on file, to fill the form when the agent says "same person"."""
        require(self._actor, Action.CASE_REGISTER)
        with reading(self._sf) as session:
            person = session.get(Person, person_id)
            if person is None or person.merged_into_id is not None:
                raise NotFound(translate("Errors", "The person chosen as the same person no longer exists."))
            values: dict[str, Any] = {key: getattr(person, key) for key in PERSON_FIELDS}
        values["birth_date"] = format_birth(person.birth_date, None)
        values["estimated"] = person.birth_date is None and person.birth_year is not None
        for key in ("phone", "phone_alt", "relative_phone"):
            values[key] = display_phone(values[key])
        return {key: value for key, value in values.items() if value is not None}

    # -- registration -------------------------------------------------------------------------
    def register_intake(self, intake: IntakeInput) -> RegisteredCase:
        """Register the person (or reuse the one chosen as the same person) and open a case; all or nothing."""
        require(self._actor, Action.CASE_REGISTER)
        today = date.today()
        with writing(self._sf, self._actor) as session:
            settings = _settings(session)
            clean = validate_intake(session, intake, settings.get("desk.phone_region", "CM"), today)
            case_values: dict[str, Any] = clean.pop("case")  # type: ignore[assignment]
            if intake.existing_person_id is not None:
                person = session.get(Person, intake.existing_person_id)
                if person is None or person.merged_into_id is not None:
                    raise NotFound(translate("Errors", "The person chosen as the same person no longer exists."))
            else:
                person = Person(family_name="", given_names="", sex="X", nationality="")
                session.add(person)
            for key in PERSON_FIELDS:
                setattr(person, key, clean[key])
            person.nationality = person.nationality or settings.get("desk.country", "CM")
            session.flush()
            case = Case(
                number=next_case_number(session, settings.get("desk.country", "CM"), today.year),
                person_id=person.id,
                opened_at=utcnow(),
                vulnerability_notes=clean["vulnerability_notes"],
                **case_values,
            )
            session.add(case)
            session.flush()
            consent = intake.consent
            session.add(
                Consent(
                    person_id=person.id,
                    case_id=case.id,
                    processing=consent.processing,
                    share_operators=consent.share_operators,
                    share_institutions=consent.share_institutions,
                    photo=consent.photo,
                    given_on=today,
                    language=consent.language if consent.language in ("fr", "en") else "fr",
                    recorded_by_id=self._actor.user_id,
                    guardian_name=clean["guardian_name"],
                    guardian_relation=clean["guardian_relation"],
                )
            )
            for kind in dict.fromkeys(intake.vulnerabilities):
                session.add(CaseVulnerability(case_id=case.id, kind=kind))
            refresh_search_text(session, person)
            if intake.draft_id is not None:
                draft = session.scalar(  # through the ORM, so the audit trail records it
                    select(IntakeDraft).where(
                        IntakeDraft.id == intake.draft_id, IntakeDraft.agent_id == self._actor.user_id
                    )
                )
                if draft is not None:
                    session.delete(draft)
            return RegisteredCase(case.id, case.number, person.id, f"{person.given_names} {person.family_name}")

    # -- drafts -------------------------------------------------------------------------------
    def save_draft(self, label: str, data: dict[str, Any], draft_id: int | None = None) -> int:
        """Keep a half-filled intake to resume later (only its author sees it)."""
        require(self._actor, Action.CASE_REGISTER)
        label = clean_text("label", label, max_length=200, required=False) or translate("Intake", "Untitled intake")
        with writing(self._sf, self._actor) as session:
            draft = session.get(IntakeDraft, draft_id) if draft_id else None
            if draft is None or draft.agent_id != self._actor.user_id:
                draft = IntakeDraft(agent_id=self._actor.user_id, label=label, data=data)
                session.add(draft)
            else:
                draft.label, draft.data = label, data
            session.flush()
            return draft.id

    def list_drafts(self) -> list[DraftSummary]:
        require(self._actor, Action.CASE_REGISTER)
        with reading(self._sf) as session:
            rows = session.scalars(
                select(IntakeDraft)
                .where(IntakeDraft.agent_id == self._actor.user_id)
                .order_by(IntakeDraft.updated_at.desc())
            )
            return [DraftSummary(d.id, d.label, d.updated_at) for d in rows]

    def load_draft(self, draft_id: int) -> dict[str, Any]:
        require(self._actor, Action.CASE_REGISTER)
        with reading(self._sf) as session:
            draft = session.get(IntakeDraft, draft_id)
            if draft is None or draft.agent_id != self._actor.user_id:
                raise NotFound(translate("Errors", "This draft no longer exists."))
            return dict(draft.data)

    def delete_draft(self, draft_id: int) -> None:
        require(self._actor, Action.CASE_REGISTER)
        with writing(self._sf, self._actor) as session:
            draft = session.get(IntakeDraft, draft_id)
            if draft is not None and draft.agent_id == self._actor.user_id:
                session.delete(draft)

    # -- consent ------------------------------------------------------------------------------
    def withdraw_consent(self, person_id: int, reason: str) -> None:
        """The person withdraws consent: sharing is blocked from now on; the consent record is kept."""
        require(self._actor, Action.CASE_EDIT)
        reason = clean_text("reason", reason, max_length=300, label=translate("Fields", "Reason"))
        with writing(self._sf, self._actor) as session:
            consents = session.scalars(
                select(Consent).where(Consent.person_id == person_id, Consent.withdrawn_at.is_(None))
            ).all()
            if not consents:
                raise NotFound(translate("Errors", "This person has no consent in force to withdraw."))
            for consent in consents:
                consent.withdrawn_at = utcnow()
                consent.withdrawn_reason = reason
