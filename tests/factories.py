"""Plain functions that make test data through the services, with sensible defaults."""

from __future__ import annotations

import itertools

from desk.services.context import DeskContext
from desk.services.dto import Actor

PASSWORD = "correct-horse-42"
_seq = itertools.count(1)


def make_admin(context: DeskContext, username: str = "root") -> Actor:
    """The desk's first administrator (or a further one when the desk already has accounts)."""
    if not context.auth.has_users():
        return context.auth.create_first_admin(username, "Admin Istrateur", PASSWORD)
    first = context.auth.authenticate("root", PASSWORD)
    return make_user(context, "admin", username=username, by=first)


def make_user(
    context: DeskContext,
    role: str,
    *,
    username: str | None = None,
    by: Actor | None = None,
    full_name: str | None = None,
) -> Actor:
    """An active account of `role` that can log in with PASSWORD (its temporary password)."""
    admin = by or (context.auth.authenticate("root", PASSWORD) if context.auth.has_users() else make_admin(context))
    name = username or f"{role}{next(_seq)}"
    context.for_actor(admin).accounts.add_user(name, full_name or f"{role.title()} Test", role, PASSWORD)
    return context.auth.authenticate(name, PASSWORD)


def intake_input(
    family: str = "Ngono",
    given: str = "Aïcha",
    *,
    birth=None,
    birth_year=None,
    sex: str = "F",
    phone: str | None = "699123456",
    id_number: str | None = None,
    region_id: int | None = None,
    returned_from: str | None = "LY",
    vulnerabilities=(),
    guardian: str | None = None,
    existing_person_id: int | None = None,
    **return_fields,
):
    """An intake as an agent would type it, with sensible defaults (a young adult back from Libya)."""
    from datetime import date, timedelta

    from desk.services.intake_dto import ConsentInput, IdentityInput, IntakeInput, ReturnInput

    if birth is None and birth_year is None:
        birth = date(1998, 3, 12)
    return_fields.setdefault("return_date", date.today() - timedelta(days=21))
    return IntakeInput(
        identity=IdentityInput(
            family_name=family,
            given_names=given,
            sex=sex,
            birth_date=birth,
            birth_year=birth_year,
            phone=phone,
            id_document_type="national_id" if id_number else None,
            id_document_number=id_number,
            region_id=region_id,
            town="Douala",
        ),
        return_info=ReturnInput(returned_from=returned_from, return_type="avr", route="air", **return_fields),
        consent=ConsentInput(processing=True, share_operators=True, guardian_name=guardian),
        vulnerabilities=tuple(vulnerabilities),
        existing_person_id=existing_person_id,
    )


def operator_input(name: str = "Entreprendre Ensemble", **fields):
    """An operator covering Douala (Wouri) for services and business creation, room for 30 cases."""
    from desk.services.operator_dto import OperatorInput

    values = dict(
        kind="civil_society",
        regions=("LT",),
        departments=("WOU",),
        sectors=("SERVICES",),
        aid_levels=("business", "employment"),
        capacity=30,
        contact_name="Mme Ekwalla",
        phone="+237699000000",
        agreement_ref="OFII-CM-2026-03",
    )
    values.update(fields)
    return OperatorInput(name=name, **values)


def course_input(code: str = "GERME", kind: str = "entrepreneurship", **fields):
    from desk.services.training_dto import CourseInput

    values = dict(
        name_fr="Gérer mieux son entreprise", name_en="Improve your business", provider="BIT / FNE", duration_days=5
    )
    values.update(fields)
    return CourseInput(code=code, kind=kind, **values)


def session_input(course_id: int, capacity: int = 20, **fields):
    from datetime import date

    from desk.services.training_dto import SessionInput

    values = dict(
        starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 6), place="Douala, salle FNE Bonanjo", trainer="M. Etoundi"
    )
    values.update(fields)
    return SessionInput(course_id=course_id, capacity=capacity, **values)
