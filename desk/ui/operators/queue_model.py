"""The designation queue's table: waiting cases, fetched a page at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.operator_dto import WaitingCase
from desk.ui.table_models import LazyTableModel


class WaitingCasesTableModel(LazyTableModel):
    PAGE = 200
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Case no."),
        QT_TRANSLATE_NOOP("Columns", "Name"),
        QT_TRANSLATE_NOOP("Columns", "Region"),
        QT_TRANSLATE_NOOP("Columns", "Town"),
        QT_TRANSLATE_NOOP("Columns", "Trade"),
        QT_TRANSLATE_NOOP("Columns", "Returned"),
        QT_TRANSLATE_NOOP("Columns", "Group"),
        QT_TRANSLATE_NOOP("Columns", "Programme"),
    )

    def values(self, r: WaitingCase) -> Sequence[Any]:
        return (
            r.case_number,
            r.full_name,
            r.region,
            r.town,
            r.trade,
            r.return_date.strftime("%d/%m/%Y") if r.return_date else "",
            r.arrival_group,
            r.programme,
        )
