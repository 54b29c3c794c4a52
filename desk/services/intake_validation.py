"""Checking an intake before anything is written: each problem names its field and says what to do."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models.intake import VULNERABILITY_KINDS
from desk.models.reference import Country, Department, Programme, Region
from desk.services.errors import ValidationError
from desk.services.intake_dto import IntakeInput
from desk.services.labels import CODES
from desk.services.phones import normalise_phone
from desk.services.validation import clean_text

ADULT_AGE = 18


def age_on(birth_date: date | None, birth_year: int | None, day: date) -> int | None:
    if birth_date is not None:
        return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))
    return day.year - birth_year if birth_year else None


def _code(field: str, value: str | None, kind: str, label: str, required: bool = False) -> str | None:
    if not value:
        if required:
            raise ValidationError(field, translate("Errors", "{label}: this field is required.").format(label=label))
        return None
    if value not in CODES[kind]:
        raise ValidationError(field, translate("Errors", "{label}: choose a value from the list.").format(label=label))
    return value


def _count(field: str, value: int | None, label: str, maximum: int) -> int | None:
    if value is None:
        return None
    if not 0 <= value <= maximum:
        raise ValidationError(
            field, translate("Errors", "{label}: a number from 0 to {max}.").format(label=label, max=maximum)
        )
    return value


def _check_dates(intake: IntakeInput, today: date) -> None:
    ident, ret = intake.identity, intake.return_info
    if ident.birth_date is None and ident.birth_year is None:
        raise ValidationError(
            "birth_date",
            translate("Errors", "Date of birth: type it (dd/mm/yyyy), or tick “estimated” and give the year."),
        )
    if ident.birth_date is not None and not date(1900, 1, 1) <= ident.birth_date <= today:
        raise ValidationError(
            "birth_date",
            translate("Errors", "Date of birth: it cannot be in the future or before 1900; check the year."),
        )
    if ident.birth_date is None and ident.birth_year is not None and not 1900 <= ident.birth_year <= today.year:
        raise ValidationError("birth_year", translate("Errors", "Estimated year of birth: between 1900 and this year."))
    if ret.return_date is not None and ret.return_date > today:
        raise ValidationError("return_date", translate("Errors", "Date of return: it cannot be in the future."))
    if ret.departure_date is not None and ret.departure_date > today:
        raise ValidationError("departure_date", translate("Errors", "Date of departure: it cannot be in the future."))
    if ret.return_date and ret.departure_date and ret.return_date < ret.departure_date:
        raise ValidationError(
            "return_date", translate("Errors", "Date of return: it is before the date of departure; check both dates.")
        )
    born = ident.birth_date or (date(ident.birth_year, 1, 1) if ident.birth_year else None)
    if born and ret.departure_date and ret.departure_date < born:
        raise ValidationError(
            "departure_date",
            translate("Errors", "Date of departure: it is before the date of birth; check both dates."),
        )


def validate_intake(session: Session, intake: IntakeInput, phone_region: str, today: date) -> dict[str, object]:
    """The cleaned values to store, or ValidationError on the first problem found."""
    ident, consent = intake.identity, intake.consent
    clean: dict[str, object] = {
        "family_name": clean_text(
            "family_name", ident.family_name, max_length=120, label=translate("Fields", "Family name")
        ),
        "given_names": clean_text(
            "given_names", ident.given_names, max_length=160, label=translate("Fields", "Given names")
        ),
        "sex": _code("sex", ident.sex, "sex", translate("Fields", "Sex"), required=True),
    }
    _check_dates(intake, today)
    clean["birth_date"] = ident.birth_date
    clean["birth_year"] = None if ident.birth_date else ident.birth_year
    clean["nationality"] = (ident.nationality or "").upper()[:2] or None
    clean["phone"] = normalise_phone("phone", ident.phone, phone_region, translate("Fields", "Phone"))
    clean["phone_alt"] = normalise_phone("phone_alt", ident.phone_alt, phone_region, translate("Fields", "Other phone"))
    clean["relative_phone"] = normalise_phone(
        "relative_phone", ident.relative_phone, phone_region, translate("Fields", "Relative's phone")
    )
    clean["id_document_type"] = _code(
        "id_document_type", ident.id_document_type, "id_document_type", translate("Fields", "ID document")
    )
    number = clean_text(
        "id_document_number",
        ident.id_document_number,
        max_length=64,
        required=False,
        label=translate("Fields", "Document number"),
    )
    clean["id_document_number"] = number.upper().replace(" ", "") or None
    texts = (
        ("town", 120, QT_TRANSLATE_NOOP("Fields", "Town")),
        ("languages", 200, QT_TRANSLATE_NOOP("Fields", "Languages")),
        ("skills", 2000, QT_TRANSLATE_NOOP("Fields", "Skills and experience")),
        ("occupation_before", 120, QT_TRANSLATE_NOOP("Fields", "Occupation before departure")),
        ("relative_name", 160, QT_TRANSLATE_NOOP("Fields", "Relative to contact")),
    )
    for key, maximum, source in texts:
        label = translate("Fields", source)
        clean[key] = clean_text(key, getattr(ident, key), max_length=maximum, required=False, label=label) or None
    clean["marital_status"] = _code(
        "marital_status", ident.marital_status, "marital_status", translate("Fields", "Marital status")
    )
    clean["education_level"] = _code(
        "education_level", ident.education_level, "education_level", translate("Fields", "Education")
    )
    clean["dependants"] = _count("dependants", ident.dependants, translate("Fields", "Dependants"), 40)
    clean["household_size"] = _count("household_size", ident.household_size, translate("Fields", "Household size"), 60)
    clean["region_id"], clean["department_id"] = _place(session, ident.region_id, ident.department_id)
    if clean["nationality"] and not session.scalar(select(Country.id).where(Country.code == clean["nationality"])):
        raise ValidationError(
            "nationality",
            translate("Errors", "{label}: choose a value from the list.").format(
                label=translate("Fields", "Nationality")
            ),
        )
    clean["case"] = _return_values(session, intake)
    age = age_on(ident.birth_date, ident.birth_year, today)
    if not consent.processing:
        raise ValidationError(
            "consent_processing",
            translate(
                "Errors", "Consent: a file can be opened only when the person agrees to the processing of their data."
            ),
        )
    guardian = clean_text(
        "guardian_name", consent.guardian_name, max_length=160, required=False, label=translate("Fields", "Guardian")
    )
    if age is not None and age < ADULT_AGE and not guardian:
        raise ValidationError(
            "guardian_name",
            translate("Errors", "Guardian: this person is a minor; the consent must be given by a parent or guardian."),
        )
    clean["guardian_name"] = guardian or None
    clean["guardian_relation"] = (
        clean_text(
            "guardian_relation",
            consent.guardian_relation,
            max_length=60,
            required=False,
            label=translate("Fields", "Relation to the person"),
        )
        or None
    )
    unknown = set(intake.vulnerabilities) - set(VULNERABILITY_KINDS)
    if unknown:
        raise ValidationError("vulnerabilities", translate("Errors", "Vulnerabilities: choose from the list."))
    clean["vulnerability_notes"] = (
        clean_text(
            "vulnerability_notes",
            intake.vulnerability_notes,
            max_length=4000,
            required=False,
            label=translate("Fields", "Notes on vulnerabilities"),
        )
        or None
    )
    return clean


def _place(session: Session, region_id: int | None, department_id: int | None) -> tuple[int | None, int | None]:
    if region_id is not None and session.get(Region, region_id) is None:
        raise ValidationError(
            "region_id",
            translate("Errors", "{label}: choose a value from the list.").format(label=translate("Fields", "Region")),
        )
    if department_id is not None:
        department = session.get(Department, department_id)
        if department is None or (region_id is not None and department.region_id != region_id):
            raise ValidationError(
                "department_id", translate("Errors", "Department: choose one of the departments of the region chosen.")
            )
        region_id = department.region_id
    return region_id, department_id


def _return_values(session: Session, intake: IntakeInput) -> dict[str, object]:
    ret = intake.return_info
    values: dict[str, object] = {
        "channel": _code("channel", ret.channel, "channel", translate("Fields", "Channel"), required=True),
        "route": _code("route", ret.route, "route", translate("Fields", "Route")),
        "return_type": _code("return_type", ret.return_type, "return_type", translate("Fields", "Type of return")),
        "return_date": ret.return_date,
        "departure_date": ret.departure_date,
        "arrival_group": clean_text(
            "arrival_group",
            ret.arrival_group,
            max_length=80,
            required=False,
            label=translate("Fields", "Arrival group"),
        )
        or None,
        "notes": clean_text("notes", ret.notes, max_length=4000, required=False, label=translate("Fields", "Notes"))
        or None,
    }
    countries = [c for c in (ret.returned_from, *ret.transit_countries) if c]
    known = set(session.scalars(select(Country.code).where(Country.code.in_(countries)))) if countries else set()
    if ret.returned_from and ret.returned_from not in known:
        raise ValidationError(
            "returned_from",
            translate("Errors", "{label}: choose a value from the list.").format(
                label=translate("Fields", "Country returned from")
            ),
        )
    if any(c not in known for c in ret.transit_countries):
        raise ValidationError(
            "transit_countries",
            translate("Errors", "{label}: choose a value from the list.").format(
                label=translate("Fields", "Transit countries")
            ),
        )
    values["returned_from"] = ret.returned_from or None
    values["transit_countries"] = list(dict.fromkeys(ret.transit_countries)) or None
    if ret.programme_id is not None and session.get(Programme, ret.programme_id) is None:
        raise ValidationError(
            "programme_id",
            translate("Errors", "{label}: choose a value from the list.").format(
                label=translate("Fields", "Programme")
            ),
        )
    values["programme_id"] = ret.programme_id
    return values
