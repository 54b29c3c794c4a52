"""The designation queue's table: waiting cases, fetched a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.operator_dto import WaitingCase

Index = QModelIndex | QPersistentModelIndex


class WaitingCasesTableModel(QAbstractTableModel):
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

    def __init__(self, fetch_page: Callable[[int, int], list[WaitingCase]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._rows: list[WaitingCase] = []
        self._exhausted = True

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch_page(0, self.PAGE)
        self._exhausted = len(self._rows) < self.PAGE
        self.endResetModel()

    def row_at(self, row: int) -> WaitingCase:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt override
        page = self._fetch_page(len(self._rows), self.PAGE)
        self._exhausted = len(page) < self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        values = (
            r.case_number,
            r.full_name,
            r.region,
            r.town,
            r.trade,
            r.return_date.strftime("%d/%m/%Y") if r.return_date else "",
            r.arrival_group,
            r.programme,
        )
        return values[index.column()]
