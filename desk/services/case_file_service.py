"""The case file: everything about one case in one read, and merging two records of one person."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import current_language, translate
from desk.models.account import User
from desk.models.audit import REVEAL
from desk.models.auditing import record_event
from desk.models.base import utcnow
from desk.models.intake import CaseVulnerability, Consent, PersonMerge
from desk.models.operator import Operator
from desk.models.reference import Country, Department, Programme, Region
from desk.models.returnee import Case, Person
from desk.models.setting import DeskSetting
from desk.services.consent import require_sharing
from desk.services.dto import Actor
from desk.services.errors import NotFound, ValidationError
from desk.services.intake_dto import CaseFile, ConsentView
from desk.services.intake_service import format_birth, refresh_search_text
from desk.services.intake_validation import age_on
from desk.services.labels import label
from desk.services.permissions import Action, can, require
from desk.services.phones import display_phone
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

MAX_PHOTO_BYTES = 300_000


def _name(row: object | None) -> str:
    if row is None:
        return ""
    return str(row.name_en if current_language() == "en" else row.name_fr)  # type: ignore[attr-defined]


def _consent(session: Session, person_id: int) -> ConsentView | None:
    row = session.scalars(select(Consent).where(Consent.person_id == person_id).order_by(Consent.id.desc())).first()
    if row is None:
        return None
    agent = session.get(User, row.recorded_by_id) if row.recorded_by_id else None
    return ConsentView(
        row.id,
        row.processing,
        row.share_operators,
        row.share_institutions,
        row.photo,
        row.given_on,
        row.language,
        agent.full_name if agent else "",
        row.guardian_name,
        row.guardian_relation,
        row.withdrawn_at,
        row.withdrawn_reason,
    )


class CaseFileService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def case_file(self, case_id: int) -> CaseFile:
        """The case and its person. Vulnerabilities are never in it: the roles allowed to see them ask for them with
        ``reveal_sensitive``, and each asking is in the audit trail."""
        require(self._actor, Action.CASE_VIEW)
        sensitive = can(self._actor.role, Action.SENSITIVE_VIEW)
        with reading(self._sf) as session:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound(translate("Errors", "This case no longer exists."))
            person = session.get(Person, case.person_id)
            assert person is not None
            consent = _consent(session, person.id)
            kinds = tuple(session.scalars(select(CaseVulnerability.kind).where(CaseVulnerability.case_id == case.id)))
            author = session.get(User, case.created_by_id) if case.created_by_id else None
            operator = session.get(Operator, case.operator_id) if case.operator_id else None
            others = session.execute(
                select(Case.number, Case.status, Case.return_date)
                .where(Case.person_id == person.id, Case.id != case.id)
                .order_by(Case.id)
            ).all()
            country = {
                c.code: _name(c)
                for c in session.scalars(
                    select(Country).where(
                        Country.code.in_(
                            [x for x in (person.nationality, case.returned_from, *(case.transit_countries or [])) if x]
                        )
                    )
                )
            }
            alerts = []
            if consent is None:
                alerts.append(translate("CaseFile", "No consent recorded"))
            elif consent.withdrawn_at is not None:
                alerts.append(translate("CaseFile", "Consent withdrawn: nothing may be shared"))
            if sensitive and kinds:
                alerts.append(translate("CaseFile", "Vulnerable: see the Vulnerabilities tab"))
            age = age_on(person.birth_date, person.birth_year, date.today())
            if age is not None and age < 18:
                alerts.append(translate("CaseFile", "Minor"))
            return CaseFile(
                case_id=case.id,
                case_number=case.number,
                status=case.status,
                version=case.version,
                opened_at=case.opened_at,
                person_id=person.id,
                person_version=person.version,
                family_name=person.family_name,
                given_names=person.given_names,
                sex=person.sex,
                birth=format_birth(person.birth_date, person.birth_year),
                age=age,
                nationality=country.get(person.nationality, person.nationality or ""),
                phone=display_phone(person.phone),
                phone_alt=display_phone(person.phone_alt),
                id_document=" ".join(
                    x for x in (label("id_document_type", person.id_document_type), person.id_document_number) if x
                ),
                region=_name(session.get(Region, person.region_id) if person.region_id else None),
                department=_name(session.get(Department, person.department_id) if person.department_id else None),
                town=person.town or "",
                situation=self._situation(person),
                return_info=self._return(case, country),
                programme=_name(session.get(Programme, case.programme_id) if case.programme_id else None),
                channel=label("channel", case.channel),
                registered_by=author.full_name if author else "",
                operator=operator.name if operator else "",
                consent=consent,
                vulnerabilities=None,
                vulnerability_notes=None,
                alerts=tuple(alerts),
                other_cases=tuple((n, label("status", s), d.strftime("%d/%m/%Y") if d else "") for n, s, d in others),
                may_reveal=sensitive,
            )

    def reveal_sensitive(self, case_id: int) -> CaseFile:
        """The case file with its vulnerabilities and their notes, for a role allowed to see them; the reveal is
        recorded in the audit trail (who, when, which case: never the details themselves)."""
        require(self._actor, Action.SENSITIVE_VIEW)
        file = self.case_file(case_id)
        with writing(self._sf, self._actor) as session:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound(translate("Errors", "This case no longer exists."))
            kinds = tuple(session.scalars(select(CaseVulnerability.kind).where(CaseVulnerability.case_id == case_id)))
            notes = case.vulnerability_notes
            record_event(session, REVEAL, "cases", case_id, summary="vulnerabilities shown")
        return replace(file, vulnerabilities=tuple(label("vulnerability", k) for k in kinds), vulnerability_notes=notes)

    @staticmethod
    def _situation(person: Person) -> dict[str, str]:
        return {
            translate("Fields", "Marital status"): label("marital_status", person.marital_status),
            translate("Fields", "Dependants"): "" if person.dependants is None else str(person.dependants),
            translate("Fields", "Household size"): "" if person.household_size is None else str(person.household_size),
            translate("Fields", "Education"): label("education_level", person.education_level),
            translate("Fields", "Languages"): person.languages or "",
            translate("Fields", "Occupation before departure"): person.occupation_before or "",
            translate("Fields", "Skills and experience"): person.skills or "",
            translate("Fields", "Relative to contact"): " ".join(
                x for x in (person.relative_name, display_phone(person.relative_phone)) if x
            ),
        }

    @staticmethod
    def _return(case: Case, country: dict[str, str]) -> dict[str, str]:
        return {
            translate("Fields", "Date of return"): case.return_date.strftime("%d/%m/%Y") if case.return_date else "",
            translate("Fields", "Date of departure"): case.departure_date.strftime("%d/%m/%Y")
            if case.departure_date
            else "",
            translate("Fields", "Country returned from"): country.get(
                case.returned_from or "", case.returned_from or ""
            ),
            translate("Fields", "Route"): label("route", case.route),
            translate("Fields", "Transit countries"): ", ".join(
                country.get(c, c) for c in case.transit_countries or []
            ),
            translate("Fields", "Type of return"): label("return_type", case.return_type),
            translate("Fields", "Arrival group"): case.arrival_group or "",
            translate("Fields", "Notes"): case.notes or "",
        }

    def currency(self) -> str:
        """The desk's currency code (amounts are shown and typed in it)."""
        with reading(self._sf) as session:
            row = session.get(DeskSetting, "desk.currency")
            return row.value if row else "XAF"

    # -- photo ---------------------------------------------------------------------------------
    def photo(self, person_id: int) -> bytes | None:
        """The person's photo (a small JPEG), or None."""
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            return session.scalar(select(Person.photo).where(Person.id == person_id))

    def set_photo(self, person_id: int, data: bytes | None) -> None:
        """Attach (or remove, with None) the person's photo; only with their consent to a photo."""
        require(self._actor, Action.CASE_EDIT)
        if data is not None:
            if len(data) > MAX_PHOTO_BYTES:
                raise ValidationError(
                    "photo",
                    translate(
                        "Errors", "Photo: at most {kb} KB; the screen reduces large pictures before saving."
                    ).format(kb=MAX_PHOTO_BYTES // 1000),
                )
            if not data.startswith((b"\xff\xd8\xff", b"\x89PNG")):
                raise ValidationError("photo", translate("Errors", "Photo: choose a JPEG or PNG picture."))
        with writing(self._sf, self._actor) as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(translate("Errors", "This person no longer exists."))
            if data is not None:
                require_sharing(session, person_id, "photo")
            person.photo = data

    # -- merging -------------------------------------------------------------------------------
    def merge_persons(self, kept_id: int, merged_id: int, reason: str) -> int:
        """Two records turned out to be one person: move the cases, keep the other record (hidden) to undo."""
        require(self._actor, Action.PERSON_MERGE)
        reason = clean_text("reason", reason, max_length=300, label=translate("Fields", "Reason"))
        if kept_id == merged_id:
            raise ValidationError("merged_id", translate("Errors", "Choose two different persons to merge."))
        with writing(self._sf, self._actor) as session:
            kept, merged = session.get(Person, kept_id), session.get(Person, merged_id)
            if kept is None or merged is None or kept.merged_into_id or merged.merged_into_id:
                raise NotFound(translate("Errors", "One of these persons no longer exists or was already merged."))
            case_ids = list(session.scalars(select(Case.id).where(Case.person_id == merged_id)))
            for case in session.scalars(select(Case).where(Case.id.in_(case_ids))):
                case.person_id = kept_id
            for consent in session.scalars(select(Consent).where(Consent.person_id == merged_id)):
                consent.person_id = kept_id  # through the ORM, so the audit trail records each move
            merged.merged_into_id = kept_id
            merge = PersonMerge(kept_id=kept_id, merged_id=merged_id, case_ids=case_ids, reason=reason)
            session.add(merge)
            session.flush()
            refresh_search_text(session, kept)
            return merge.id

    def merges_of(self, person_id: int) -> list[tuple[int, str, str]]:
        """Merges into this person that can still be undone: (merge id, who was merged, when and why)."""
        require(self._actor, Action.PERSON_MERGE)
        with reading(self._sf) as session:
            rows = session.execute(
                select(PersonMerge, Person.given_names, Person.family_name)
                .join(Person, Person.id == PersonMerge.merged_id)
                .where(PersonMerge.kept_id == person_id, PersonMerge.undone_at.is_(None))
                .order_by(PersonMerge.id.desc())
            )
            return [
                (m.id, f"{given} {family}", f"{m.created_at.astimezone():%d/%m/%Y} – {m.reason}")
                for m, given, family in rows
            ]

    def undo_merge(self, merge_id: int) -> None:
        """Give the merged person back their own cases, as before the merge."""
        require(self._actor, Action.PERSON_MERGE)
        with writing(self._sf, self._actor) as session:
            merge = session.get(PersonMerge, merge_id)
            if merge is None or merge.undone_at is not None:
                raise NotFound(translate("Errors", "This merge does not exist or was already undone."))
            for case in session.scalars(select(Case).where(Case.id.in_(merge.case_ids))):
                case.person_id = merge.merged_id
            for consent in session.scalars(select(Consent).where(Consent.case_id.in_(merge.case_ids))):
                consent.person_id = merge.merged_id
            merged = session.get(Person, merge.merged_id)
            kept = session.get(Person, merge.kept_id)
            assert merged is not None and kept is not None
            merged.merged_into_id = None
            merge.undone_at = utcnow()
            session.flush()
            refresh_search_text(session, kept)
            refresh_search_text(session, merged)
