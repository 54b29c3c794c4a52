"""The registry's table: rows fetched a page at a time from the service as the view scrolls."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.intake_dto import RegistryRow
from desk.services.labels import label
from desk.ui.table_models import LazyTableModel


class RegistryTableModel(LazyTableModel):
    PAGE = 100
    (
        COL_NUMBER,
        COL_FAMILY,
        COL_GIVEN,
        COL_SEX,
        COL_BIRTH,
        COL_PHONE,
        COL_REGION,
        COL_TOWN,
        COL_STATUS,
        COL_RETURN,
        COL_PROGRAMME,
    ) = range(11)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Case no."),
        QT_TRANSLATE_NOOP("Columns", "Family name"),
        QT_TRANSLATE_NOOP("Columns", "Given names"),
        QT_TRANSLATE_NOOP("Columns", "Sex"),
        QT_TRANSLATE_NOOP("Columns", "Born"),
        QT_TRANSLATE_NOOP("Columns", "Phone"),
        QT_TRANSLATE_NOOP("Columns", "Region"),
        QT_TRANSLATE_NOOP("Columns", "Town"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Returned"),
        QT_TRANSLATE_NOOP("Columns", "Programme"),
    )
    # Sortable columns and the service's sort key for each.
    SORT_KEYS = {COL_NUMBER: "number", COL_FAMILY: "name", COL_STATUS: "status", COL_RETURN: "return_date"}

    def values(self, r: RegistryRow) -> Sequence[Any]:
        return (
            r.case_number,
            r.family_name,
            r.given_names,
            r.sex,
            r.birth,
            r.phone,
            r.region,
            r.town,
            label("status", r.status),
            r.return_date.strftime("%d/%m/%Y") if r.return_date else "",
            r.programme,
        )
