"""Importing operators (the ministry's or a donor's list of the organisations that coach projects).

A row whose name is an operator already known (accents and case aside) changes that operator — its
capacity, regions, agreement — rather than creating a second one; the preview counts those rows apart.
Each row passes the same rules as the operator form (``OperatorService.validate_input``), and a rule broken
is shown on the row's cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.operator import AID_LEVELS, Operator
from desk.models.reference import Department, Region, Sector
from desk.services.errors import ValidationError
from desk.services.exchange.columns import ColumnSpec, Kind
from desk.services.exchange.reader import ImportRow
from desk.services.exchange.reference_codes import reference_aliases, reference_codes
from desk.services.exchange.row_import import ImportCheck, RowImport
from desk.services.operator_dto import OperatorInput
from desk.services.operator_service import OperatorService
from desk.services.permissions import Action
from desk.services.progress import CancelToken
from desk.services.validation import fold

KIND = "operators"


def _kinds() -> dict[str, str]:
    return {
        "private": translate("Operators", "Private"),
        "public": translate("Operators", "Public"),
        "civil_society": translate("Operators", "Civil society"),
    }


def _levels() -> dict[str, str]:
    labels = {
        "social": translate("Operators", "social reintegration"),
        "employment": translate("Operators", "employment"),
        "business": translate("Operators", "business creation"),
    }
    return {code: labels[code] for code in AID_LEVELS}


def operator_columns(session: Session) -> tuple[ColumnSpec, ...]:
    def ref(model: Any) -> dict[str, str]:
        return reference_codes(session, model)

    def aliases(model: Any) -> dict[str, str]:
        return reference_aliases(session, model)

    return (
        ColumnSpec(
            "name",
            Kind.TEXT,
            "Nom de l'opérateur",
            "Operator name",
            True,
            ("Opérateur", "Operator", "Nom", "Name", "Organisation", "Structure"),
            ("#org+name",),
            max_length=200,
            example="Entreprendre Ensemble",
        ),
        ColumnSpec(
            "kind",
            Kind.CODE,
            "Type",
            "Kind",
            True,
            ("Type d'opérateur", "Statut", "Type of organisation"),
            ("#org+type",),
            codes=_kinds(),
            code_aliases={
                "prive": "private",
                "privé": "private",
                "entreprise": "private",
                "public": "public",
                "publique": "public",
                "ong": "civil_society",
                "ngo": "civil_society",
                "association": "civil_society",
                "societe civile": "civil_society",
            },
        ),
        ColumnSpec(
            "regions",
            Kind.CODES,
            "Régions couvertes",
            "Regions covered",
            False,
            ("Régions", "Regions", "Zone d'intervention"),
            ("#adm1+name", "#adm1+code"),
            codes=ref(Region),
            code_aliases=aliases(Region),
            max_length=1000,
        ),
        ColumnSpec(
            "departments",
            Kind.CODES,
            "Départements couverts",
            "Departments covered",
            False,
            ("Départements", "Departments"),
            ("#adm2+name", "#adm2+code"),
            codes=ref(Department),
            code_aliases=aliases(Department),
            max_length=2000,
        ),
        ColumnSpec(
            "sectors",
            Kind.CODES,
            "Secteurs",
            "Sectors",
            False,
            ("Secteurs d'activité", "Filières"),
            ("#sector",),
            codes=ref(Sector),
            code_aliases=aliases(Sector),
            max_length=1000,
        ),
        ColumnSpec(
            "aid_levels",
            Kind.CODES,
            "Niveaux d'aide",
            "Aid levels",
            False,
            ("Niveaux", "Type d'aide", "Aid level"),
            ("#indicator+aid_level",),
            codes=_levels(),
            code_aliases={
                "social": "social",
                "reinsertion sociale": "social",
                "emploi": "employment",
                "employment": "employment",
                "creation d'entreprise": "business",
                "entreprise": "business",
                "business": "business",
            },
            max_length=200,
        ),
        ColumnSpec(
            "capacity",
            Kind.INT,
            "Capacité (dossiers)",
            "Capacity (cases)",
            True,
            ("Capacité", "Capacity", "Nombre de dossiers"),
            ("#capacity",),
            min_value=0,
            max_value=10_000,
            example="30",
        ),
        ColumnSpec(
            "contact_name",
            Kind.TEXT,
            "Personne de contact",
            "Contact person",
            False,
            ("Contact", "Responsable", "Point focal", "Focal point"),
            ("#contact+name",),
            max_length=160,
        ),
        ColumnSpec("phone", Kind.PHONE, "Téléphone", "Phone", False, ("Tel", "Contact phone"), ("#contact+phone",)),
        ColumnSpec(
            "email",
            Kind.TEXT,
            "Courriel",
            "Email",
            False,
            ("E-mail", "Adresse e-mail", "Mail"),
            ("#contact+email",),
            max_length=160,
        ),
        ColumnSpec(
            "agreement_ref",
            Kind.TEXT,
            "Référence de la convention",
            "Agreement reference",
            False,
            ("Convention", "N° convention", "Agreement"),
            ("#meta+agreement",),
            max_length=80,
        ),
        ColumnSpec(
            "agreement_start",
            Kind.DATE,
            "Début de la convention",
            "Agreement start",
            False,
            ("Date de début", "Start date"),
            ("#date+start",),
        ),
        ColumnSpec(
            "agreement_end",
            Kind.DATE,
            "Fin de la convention",
            "Agreement end",
            False,
            ("Date de fin", "End date"),
            ("#date+end",),
        ),
        ColumnSpec("active", Kind.BOOL, "Actif", "Active", False, ("En activité",), ("#status+active",)),
    )


def _input(values: dict[str, Any]) -> OperatorInput:
    active = values.get("active")
    return OperatorInput(
        name=str(values["name"]),
        kind=str(values["kind"]),
        regions=tuple(values.get("regions") or ()),
        departments=tuple(values.get("departments") or ()),
        sectors=tuple(values.get("sectors") or ()),
        aid_levels=tuple(values.get("aid_levels") or ()),
        capacity=int(values["capacity"]),
        contact_name=str(values.get("contact_name") or ""),
        phone=str(values.get("phone") or ""),
        email=str(values.get("email") or ""),
        agreement_ref=str(values.get("agreement_ref") or ""),
        agreement_start=values.get("agreement_start"),
        agreement_end=values.get("agreement_end"),
        active=True if active is None else bool(active),
    )


class OperatorImport(RowImport):
    KIND = KIND
    ACTIONS = (Action.EXCHANGE_IMPORT, Action.OPERATOR_MANAGE)

    def specs(self, session: Session) -> tuple[ColumnSpec, ...]:
        return operator_columns(session)

    def title(self) -> str:
        return translate("Import", "Operators")

    def validate(self, session: Session, check: ImportCheck, rows: Sequence[ImportRow]) -> None:
        """The operator form's rules on each row; a name already known means "change that operator"."""
        known = {fold(name): op_id for op_id, name in session.execute(select(Operator.id, Operator.name))}
        seen = {  # rows imported before still count: a second row for the same operator is refused again
            fold(str(r.get("name"))): r.number for r in check.result.good_rows() if r.number in check.already
        }
        for row in rows:
            try:
                values = OperatorService.validate_input(_input(row.values))
            except ValidationError as error:
                row.refuse(error.field, _on_row(row.number, str(error)))
                continue
            key = fold(values["name"])
            if key in seen:
                row.refuse(
                    "name",
                    translate(
                        "Import",
                        "Row {row}: operator “{name}” is already on row {first} of the file with other details; "
                        "keep one row per operator.",
                    ).format(row=row.number, name=values["name"], first=seen[key]),
                )
                continue
            seen[key] = row.number
            check.targets[row.number] = (known.get(key), values)
            if key in known:
                check.updates.add(row.number)

    def insert(
        self, session: Session, check: ImportCheck, rows: list[ImportRow], cancel: CancelToken
    ) -> list[int | None]:
        for row in rows:
            cancel.check()
            operator_id, values = check.targets[row.number]
            if operator_id is None:  # someone may have added it since the check
                operator_id = session.scalar(select(Operator.id).where(Operator.name == values["name"]))
            operator = session.get(Operator, operator_id) if operator_id is not None else None
            if operator is None:
                session.add(Operator(**values))
            else:
                values["name"] = operator.name  # the desk's spelling of the name stays
                for key, value in values.items():
                    setattr(operator, key, value)
        session.flush()
        return [None] * len(rows)


def _on_row(number: int, message: str) -> str:
    return translate("Import", "Row {row}: {message}").format(row=number, message=message)
