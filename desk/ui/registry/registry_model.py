"""The registry's table: rows fetched a page at a time from the service as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.intake_dto import RegistryRow
from desk.services.labels import label

Index = QModelIndex | QPersistentModelIndex
FetchPage = Callable[[int, int], list[RegistryRow]]  # (offset, limit) -> rows


class RegistryTableModel(QAbstractTableModel):
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

    def __init__(self, fetch_page: FetchPage, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._rows: list[RegistryRow] = []
        self._exhausted = True

    def reload(self, fetch_page: FetchPage | None = None) -> None:
        if fetch_page is not None:
            self._fetch_page = fetch_page
        self.beginResetModel()
        self._rows = self._fetch_page(0, self.PAGE)
        self._exhausted = len(self._rows) < self.PAGE
        self.endResetModel()

    def row_at(self, row: int) -> RegistryRow:
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
        return values[index.column()]
