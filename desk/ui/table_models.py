"""Table models over service DTOs. Big lists fetch lazily (canFetchMore/fetchMore) a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.dto import AuditEntryDTO, RefItemDTO, UserDTO
from desk.services.permissions import role_label
from desk.ui.formatting import format_datetime

Index = QModelIndex | QPersistentModelIndex


class DtoTableModel(QAbstractTableModel):
    """Rows of DTOs, one column per (header, getter)."""

    columns: Sequence[tuple[str, Callable[[Any], Any]]] = ()

    def __init__(self, rows: Sequence[Any] = (), parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[Any] = list(rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", self.columns[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[index.column()][1](self._rows[index.row()])
            return "" if value is None else str(value)
        return None


AUDIT_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Audit", "created"),
    "update": QT_TRANSLATE_NOOP("Audit", "changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "deleted"),
    "status": QT_TRANSLATE_NOOP("Audit", "status changed"),
    "login": QT_TRANSLATE_NOOP("Audit", "logged in"),
    "login_failed": QT_TRANSLATE_NOOP("Audit", "failed login"),
    "locked_out": QT_TRANSLATE_NOOP("Audit", "locked out"),
    "unlock": QT_TRANSLATE_NOOP("Audit", "unlocked"),
    "logout": QT_TRANSLATE_NOOP("Audit", "logged out"),
    "export": QT_TRANSLATE_NOOP("Audit", "exported"),
    "reveal": QT_TRANSLATE_NOOP("Audit", "revealed"),
    "demo": QT_TRANSLATE_NOOP("Audit", "demo data"),
    "migrate": QT_TRANSLATE_NOOP("Audit", "migrated"),
}


def _shown(value: object) -> str:
    return "∅" if value is None or value == "" else str(value)


def _yes_no(value: bool) -> str:
    return translate("Columns", "yes") if value else translate("Columns", "no")


class UsersTableModel(DtoTableModel):
    COL_USERNAME, COL_NAME, COL_ROLE, COL_STATE, COL_LAST_LOGIN = range(5)
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "User name"), lambda u: u.username),
        (QT_TRANSLATE_NOOP("Columns", "Full name"), lambda u: u.full_name),
        (QT_TRANSLATE_NOOP("Columns", "Role"), lambda u: role_label(u.role)),
        (QT_TRANSLATE_NOOP("Columns", "State"), lambda u: UsersTableModel.state(u)),
        (QT_TRANSLATE_NOOP("Columns", "Last login"), lambda u: format_datetime(u.last_login_at)),
    )

    @staticmethod
    def state(user: UserDTO) -> str:
        if not user.active:
            return translate("Columns", "disabled")
        if user.locked:
            return translate("Columns", "locked out")
        return translate("Columns", "active")


class RefItemsTableModel(DtoTableModel):
    COL_CODE, COL_FR, COL_EN, COL_ACTIVE = range(4)
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.code),
        (QT_TRANSLATE_NOOP("Columns", "French name"), lambda r: r.name_fr),
        (QT_TRANSLATE_NOOP("Columns", "English name"), lambda r: r.name_en),
        (QT_TRANSLATE_NOOP("Columns", "Active"), lambda r: _yes_no(r.active)),
    )

    def row_at(self, row: int) -> RefItemDTO:
        return self._rows[row]


class AuditTableModel(DtoTableModel):
    """The audit trail, newest first, fetched a page at a time as the view scrolls."""

    COL_AT, COL_USER, COL_ACTION, COL_ENTITY, COL_CHANGES = range(5)
    PAGE = 200
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "When"), lambda e: format_datetime(e.at)),
        (QT_TRANSLATE_NOOP("Columns", "Who"), lambda e: e.username),
        (QT_TRANSLATE_NOOP("Columns", "Action"), lambda e: translate("Audit", AUDIT_ACTIONS.get(e.action, e.action))),
        (QT_TRANSLATE_NOOP("Columns", "Record"), lambda e: f"{e.entity} #{e.entity_id}" if e.entity_id else e.entity),
        (QT_TRANSLATE_NOOP("Columns", "Changes"), lambda e: AuditTableModel.describe(e)),
    )

    def __init__(self, fetch_page: Callable[[int | None], list[AuditEntryDTO]], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__((), parent)
        self._fetch_page = fetch_page
        self._exhausted = False

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch_page(None)
        self._exhausted = len(self._rows) < self.PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and not self._exhausted and bool(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt override
        page = self._fetch_page(self._rows[-1].id)
        self._exhausted = len(page) < self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    @staticmethod
    def describe(entry: AuditEntryDTO) -> str:
        parts = []
        for field, change in entry.changes.items():
            if not isinstance(change, dict) or field == "id":
                continue
            if change.get("sensitive"):
                parts.append(f"{field}: ***")
            elif entry.action == "create":
                parts.append(f"{field} = {change.get('new')}")
            elif entry.action == "delete":
                parts.append(f"{field} = {change.get('old')}")
            else:
                parts.append(f"{field}: {_shown(change.get('old'))} → {_shown(change.get('new'))}")
        text = "; ".join(parts)
        return f"{entry.summary} {text}".strip() if entry.summary else text


class LazyTableModel(QAbstractTableModel):
    """Rows fetched a page at a time through fetch_page(offset, limit) as the view scrolls.

    Subclasses give HEADERS (source texts, context "Columns") and values(row) in the same order.
    """

    PAGE = 100
    HEADERS: Sequence[str] = ()

    def __init__(self, fetch_page: Callable[[int, int], list[Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._rows: list[Any] = []
        self._exhausted = True

    def values(self, row: Any) -> Sequence[Any]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch_page(0, self.PAGE)
        self._exhausted = len(self._rows) < self.PAGE
        self.endResetModel()

    def row_at(self, row: int) -> Any:
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
        return self.values(self._rows[index.row()])[index.column()]


class KeysetTableModel(QAbstractTableModel):
    """Rows fetched a page at a time through fetch_page(last row shown or None): keyset paging, as fast on the
    millionth row as on the first. Subclasses give the headers and data."""

    PAGE = 200

    def __init__(self, fetch_page: Callable[[Any], list[Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._rows: list[Any] = []
        self._exhausted = True

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch_page(None)
        self._exhausted = len(self._rows) < self.PAGE
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._exhausted = [], True
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and not self._exhausted and bool(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt override
        if parent.isValid() or self._exhausted or not self._rows:
            return
        page = self._fetch_page(self._rows[-1])
        self._exhausted = len(page) < self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
