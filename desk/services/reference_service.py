"""Reference lists for the screens, and their editing by the administrator."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models.reference import (
    Country,
    Currency,
    Department,
    Donor,
    Institution,
    Programme,
    Region,
    Sector,
    Town,
    ValueChain,
)
from desk.services.dto import Actor, RefItemDTO
from desk.services.errors import Conflict, NotFound, ValidationError
from desk.services.permissions import Action, require
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

# kind -> (model, parent attribute, parent kind)
KINDS: dict[str, tuple[type[Any], str | None, str | None]] = {
    "regions": (Region, None, None),
    "departments": (Department, "region_id", "regions"),
    "donors": (Donor, None, None),
    "programmes": (Programme, "donor_id", "donors"),
    "institutions": (Institution, None, None),
    "sectors": (Sector, None, None),
    "value_chains": (ValueChain, "sector_id", "sectors"),
    "currencies": (Currency, None, None),
    "countries": (Country, None, None),
}
KIND_LABELS = {
    "regions": QT_TRANSLATE_NOOP("Reference", "Regions"),
    "departments": QT_TRANSLATE_NOOP("Reference", "Departments"),
    "donors": QT_TRANSLATE_NOOP("Reference", "Donors"),
    "programmes": QT_TRANSLATE_NOOP("Reference", "Programmes"),
    "institutions": QT_TRANSLATE_NOOP("Reference", "Referral institutions"),
    "sectors": QT_TRANSLATE_NOOP("Reference", "Sectors"),
    "value_chains": QT_TRANSLATE_NOOP("Reference", "Value chains"),
    "currencies": QT_TRANSLATE_NOOP("Reference", "Currencies"),
    "countries": QT_TRANSLATE_NOOP("Reference", "Countries"),
}
_EXTRA: dict[type[Any], tuple[str, ...]] = {
    Programme: ("aid_levels", "required_training"),
    Institution: ("kind", "services"),
    Currency: ("minor_units", "symbol"),
}


def kind_label(kind: str) -> str:
    return translate("Reference", KIND_LABELS[kind])


def _model(kind: str) -> tuple[type[Any], str | None, str | None]:
    if kind not in KINDS:
        raise NotFound(translate("Errors", "Unknown reference list: {kind}.").format(kind=kind))
    return KINDS[kind]


def _dto(kind: str, row: Any) -> RefItemDTO:
    model, parent_attr, _ = KINDS[kind]
    return RefItemDTO(
        kind=kind,
        id=row.id,
        code=row.code,
        name_fr=row.name_fr,
        name_en=row.name_en,
        active=row.active,
        parent_id=getattr(row, parent_attr) if parent_attr else None,
        version=row.version,
        extra={name: getattr(row, name) for name in _EXTRA.get(model, ())},
    )


class ReferenceService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def list_items(
        self, kind: str, *, include_inactive: bool = False, parent_id: int | None = None
    ) -> list[RefItemDTO]:
        """The items of one list in display order (active only unless asked), optionally under one parent."""
        require(self._actor, Action.REFERENCE_VIEW)
        model, parent_attr, _ = _model(kind)
        query = select(model).order_by(model.sort_order, model.name_fr)
        if not include_inactive:
            query = query.where(model.active.is_(True))
        if parent_id is not None and parent_attr:
            query = query.where(getattr(model, parent_attr) == parent_id)
        with reading(self._sf) as session:
            return [_dto(kind, row) for row in session.scalars(query)]

    def list_towns(self, department_id: int) -> list[str]:
        """The towns of a department, for completion while typing."""
        require(self._actor, Action.REFERENCE_VIEW)
        with reading(self._sf) as session:
            return list(
                session.scalars(
                    select(Town.name)
                    .where(Town.department_id == department_id, Town.active.is_(True))
                    .order_by(Town.name)
                )
            )

    def add_item(self, kind: str, code: str, name_fr: str, name_en: str, parent_id: int | None = None) -> RefItemDTO:
        """Add an item to a list; codes are unique within the list."""
        require(self._actor, Action.REFERENCE_EDIT)
        model, parent_attr, parent_kind = _model(kind)
        code = clean_text("code", code, max_length=32, label=translate("Fields", "Code")).upper()
        fields = self._labels(name_fr, name_en)
        with writing(self._sf, self._actor) as session:
            if session.scalar(select(model.id).where(model.code == code)):
                raise ValidationError(
                    "code", translate("Errors", "Code: '{code}' already exists in this list.").format(code=code)
                )
            if parent_attr:
                fields[parent_attr] = self._parent(session, parent_kind, parent_id)
            row = model(code=code, **fields)
            session.add(row)
            session.flush()
            return _dto(kind, row)

    def update_item(
        self,
        kind: str,
        item_id: int,
        expected_version: int,
        *,
        name_fr: str,
        name_en: str,
        active: bool,
        parent_id: int | None = None,
    ) -> RefItemDTO:
        """Rename, retire or move an item. Codes never change (imports and exports rely on them)."""
        require(self._actor, Action.REFERENCE_EDIT)
        model, parent_attr, parent_kind = _model(kind)
        fields = self._labels(name_fr, name_en)
        with writing(self._sf, self._actor) as session:
            row = session.get(model, item_id)
            if row is None:
                raise NotFound(translate("Errors", "This item no longer exists."))
            if row.version != expected_version:
                raise Conflict(current={"name_fr": row.name_fr, "name_en": row.name_en, "active": row.active})
            if parent_attr and parent_id is not None:
                fields[parent_attr] = self._parent(session, parent_kind, parent_id)
            for key, value in fields.items():
                setattr(row, key, value)
            row.active = active
            session.flush()
            return _dto(kind, row)

    @staticmethod
    def _labels(name_fr: str, name_en: str) -> dict[str, Any]:
        french = clean_text("name_fr", name_fr, max_length=200, label=translate("Fields", "French name"))
        english = clean_text(
            "name_en", name_en, max_length=200, required=False, label=translate("Fields", "English name")
        )
        return {"name_fr": french, "name_en": english or french}

    @staticmethod
    def _parent(session: Session, parent_kind: str | None, parent_id: int | None) -> int:
        assert parent_kind is not None
        parent_model = KINDS[parent_kind][0]
        if parent_id is None or session.get(parent_model, parent_id) is None:
            raise ValidationError(
                "parent",
                translate("Errors", "Parent: choose an item from the list ({list}).").format(
                    list=kind_label(parent_kind)
                ),
            )
        return parent_id
