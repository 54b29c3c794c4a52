"""Step 3 of an import: every row of the file with its fate (to import, to correct, repeated, possible
duplicate, already imported, refused), the wrong cells in red with their message, and the possible duplicates.

The rows are only listed, never copied into widgets: the model shows a page at a time as the view scrolls
(canFetchMore/fetchMore), so a file of 200,000 rows opens as fast as one of 20.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.exchange.reader import ImportRow, raw_text
from desk.services.exchange.row_import import ImportCheck
from desk.ui.exchange.common import BAD_BACKGROUND, BAD_COLOUR, GOOD_COLOUR, MUTED_COLOUR, REVIEW_COLOUR
from desk.ui.table_models import DtoTableModel, Index

# A row's fate, in the order the filter buttons show them.
NEW, UPDATE, IMPORTED, ERROR, REPEATED, POSSIBLE, ALREADY, WITHDRAWN = (
    "new",
    "update",
    "imported",
    "error",
    "repeated",
    "possible",
    "already",
    "withdrawn",
)
STATUS_LABELS = {
    NEW: QT_TRANSLATE_NOOP("Exchange", "To import"),
    UPDATE: QT_TRANSLATE_NOOP("Exchange", "To import: a change"),
    IMPORTED: QT_TRANSLATE_NOOP("Exchange", "Imported"),
    ERROR: QT_TRANSLATE_NOOP("Exchange", "To correct"),
    REPEATED: QT_TRANSLATE_NOOP("Exchange", "Repeated in the file"),
    POSSIBLE: QT_TRANSLATE_NOOP("Exchange", "Possible duplicate"),
    ALREADY: QT_TRANSLATE_NOOP("Exchange", "Already imported"),
    WITHDRAWN: QT_TRANSLATE_NOOP("Exchange", "Refused: consent withdrawn"),
}
STATUS_COLOURS = {
    NEW: GOOD_COLOUR,
    UPDATE: GOOD_COLOUR,
    IMPORTED: GOOD_COLOUR,
    ERROR: BAD_COLOUR,
    REPEATED: BAD_COLOUR,
    POSSIBLE: REVIEW_COLOUR,
    ALREADY: MUTED_COLOUR,
    WITHDRAWN: MUTED_COLOUR,
}
# What the filter buttons show: "problems" gathers the rows to correct and the repeated ones.
ALL, PROBLEMS = "all", "problems"
FILTERS: dict[str, tuple[str, ...]] = {
    ALL: (NEW, UPDATE, IMPORTED, ERROR, REPEATED, POSSIBLE, ALREADY, WITHDRAWN),
    NEW: (NEW, UPDATE, IMPORTED),
    PROBLEMS: (ERROR, REPEATED),
    POSSIBLE: (POSSIBLE,),
    ALREADY: (ALREADY,),
    WITHDRAWN: (WITHDRAWN,),
}


def status_of(check: ImportCheck, row: ImportRow, possible: set[int]) -> str:
    if row.errors:
        return ERROR
    if row.duplicate_of is not None:
        return REPEATED
    if row.number in check.already:
        return ALREADY
    if row.number in check.withdrawn:
        return WITHDRAWN
    if row.number in possible:
        return POSSIBLE
    if row.number in check.updates:
        return UPDATE
    return NEW


@dataclass(frozen=True)
class _Column:
    key: str
    index: int  # the file's column, 0-based
    title: str  # its header in the file
    label: str  # the expected column it was mapped to


class PreviewTableModel(QAbstractTableModel):
    """The file's rows: number, status, then the mapped columns as the file has them."""

    COL_ROW, COL_STATUS = 0, 1
    PAGE = 500

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.check: ImportCheck | None = None
        self.counts: dict[str, int] = dict.fromkeys(FILTERS, 0)
        self.shown_filter = ALL
        self._statuses: list[str] = []
        self._possible: dict[int, Any] = {}
        self._columns: list[_Column] = []
        self._offset = 0
        self._entries: list[int] = []  # positions in check.result.rows, filtered
        self._shown = 0
        self._imported = False

    # -- content ----------------------------------------------------------------------------------------------
    def set_check(self, check: ImportCheck | None) -> None:
        self.beginResetModel()
        self.check = check
        self._imported = False
        self._possible = {p.row_no: p for p in check.possible} if check else {}
        result = check.result if check else None
        self._statuses = [status_of(check, r, set(self._possible)) for r in result.rows] if check and result else []
        self._columns = []
        if result is not None:
            by_key = {s.key: s for s in result.specs}
            self._offset = result.header.columns[0].index if result.header.columns else 0
            for key, index in sorted(result.mapping.columns.items(), key=lambda item: item[1]):
                self._columns.append(_Column(key, index, result.column_title(key), by_key[key].label))
        self._count()
        self._select(ALL)
        self.endResetModel()

    def mark_imported(self) -> None:
        """The rows to import were imported: say so on each of them."""
        self.beginResetModel()
        self._imported = True
        self._statuses = [IMPORTED if s in (NEW, UPDATE) else s for s in self._statuses]
        self._count()
        self._select(self.shown_filter)
        self.endResetModel()

    @property
    def imported(self) -> bool:
        return self._imported

    def set_filter(self, key: str) -> None:
        self.beginResetModel()
        self._select(key)
        self.endResetModel()

    def _count(self) -> None:
        self.counts = {key: sum(1 for s in self._statuses if s in wanted) for key, wanted in FILTERS.items()}

    def _select(self, key: str) -> None:
        self.shown_filter = key
        wanted = FILTERS[key]
        self._entries = [i for i, s in enumerate(self._statuses) if s in wanted]
        self._shown = min(len(self._entries), self.PAGE)

    def row_at(self, row: int) -> ImportRow:
        assert self.check is not None
        return self.check.result.rows[self._entries[row]]

    def status_at(self, row: int) -> str:
        return self._statuses[self._entries[row]]

    def messages(self, row: int) -> list[str]:
        """Everything said about a row: its problems, or why it is not imported."""
        assert self.check is not None
        item = self.row_at(row)
        messages = list(item.problems())
        if item.number in self.check.already:
            messages.append(self.check.already[item.number])
        if item.number in self.check.withdrawn:
            messages.append(self.check.withdrawn[item.number])
        possible = self._possible.get(item.number)
        if possible is not None:
            messages.append(
                translate(
                    "Exchange",
                    "Row {row} may be {name} ({case}), already registered: {reasons}. It is not imported: "
                    "decide in that case file.",
                ).format(row=item.number, name=possible.name, case=possible.case_number, reasons=possible.reasons)
            )
        return messages

    # -- Qt ---------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() or self.check is None else 2 + len(self._columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self._shown < len(self._entries)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt override
        more = min(self.PAGE, len(self._entries) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.COL_ROW:
                return translate("Columns", "Row")
            if section == self.COL_STATUS:  # not "Status": many files have a column of that name
                return translate("Exchange", "Check")
            return self._columns[section - 2].title
        if role == Qt.ItemDataRole.ToolTipRole and section >= 2:
            column = self._columns[section - 2]
            return translate("Exchange", "Read as “{label}”").format(label=column.label)
        return None

    def _cell(self, item: ImportRow, column: _Column) -> str:
        position = column.index - self._offset
        if 0 <= position < len(item.raw):
            return raw_text(item.raw[position])
        value = item.get(column.key)
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.check is None:
            return None
        row, col = index.row(), index.column()
        item = self.row_at(row)
        status = self.status_at(row)
        error = item.errors.get(self._columns[col - 2].key) if col >= 2 else None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_ROW:
                return str(item.number)
            if col == self.COL_STATUS:
                return translate("Exchange", STATUS_LABELS[status])
            return self._cell(item, self._columns[col - 2])
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.COL_STATUS:
                return QColor(STATUS_COLOURS[status])
            if error:
                return QColor(BAD_COLOUR)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QColor(BAD_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return error
            if col in (self.COL_ROW, self.COL_STATUS):
                return "\n".join(self.messages(row)) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class PossibleLine:
    row_no: int
    name_in_file: str
    registered: str
    case_number: str
    reasons: str


def possible_lines(check: ImportCheck) -> list[PossibleLine]:
    by_number = {r.number: r for r in check.result.rows}
    lines = []
    for possible in check.possible:
        row = by_number.get(possible.row_no)
        name = f"{str(row.get('family_name') or '').upper()} {row.get('given_names') or ''}".strip() if row else ""
        lines.append(PossibleLine(possible.row_no, name, possible.name, possible.case_number, possible.reasons))
    return lines


class PossibleTableModel(DtoTableModel):
    """The rows that may be persons already registered: a person decides, in the case file."""

    COL_ROW, COL_IN_FILE, COL_REGISTERED, COL_CASE, COL_WHY = range(5)
    columns: Sequence[tuple[str, Any]] = (
        (QT_TRANSLATE_NOOP("Columns", "Row"), lambda p: p.row_no),
        (QT_TRANSLATE_NOOP("Columns", "Name in the file"), lambda p: p.name_in_file),
        (QT_TRANSLATE_NOOP("Columns", "Registered person"), lambda p: p.registered),
        (QT_TRANSLATE_NOOP("Columns", "Case no."), lambda p: p.case_number),
        (QT_TRANSLATE_NOOP("Columns", "Why"), lambda p: p.reasons),
    )

    def row_at(self, row: int) -> PossibleLine:
        return self._rows[row]  # type: ignore[no-any-return]
