"""The home screens' short lists: a titled box, a table whose row opens in one click or with Enter, an empty state
that says something useful, and "and 123 more" with a link to the full list in its workspace."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desk.i18n import current_language, format_number
from desk.ui.table_models import DtoTableModel
from desk.ui.widgets import configure_table

Index = QModelIndex | QPersistentModelIndex
BOX_STYLE = "QFrame#{name} {{ border: 1px solid #c9d1dc; border-radius: 4px; background: #fbfcfe; }}"
TITLE_STYLE = "font-size: 11pt; font-weight: bold; color: #1f3b63;"
EMPTY_STYLE = "color: #1e5b2f; font-size: 10pt; padding: 6px 2px;"
ROW_HEIGHT = 26


def percent_text(value: int) -> str:
    """90 % in French (a narrow space before the sign), 90% in English."""
    return f"{format_number(value)}\u202f%" if current_language() == "fr" else f"{format_number(value)}%"


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    width: int = 0  # 0: stretches (the last column always does)
    right: bool = False  # amounts and counts
    colour: Callable[[Any], str | None] | None = None


def case_tip(item: Any) -> str:
    """In the tooltip of a row about a case: its number (too long to have a column in every list)."""
    return str(item.case_number)


class HomeTableModel(DtoTableModel):
    """Rows of DTOs shown through `Column`s; the full text of a cut cell is its tooltip (rows, counts and
    `set_rows` are the desk's table model's)."""

    def __init__(
        self, columns: Sequence[Column], tip: Callable[[Any], str] | None = None, hint: str = "", parent: Any = None
    ) -> None:
        super().__init__((), parent)
        self.columns = list(columns)  # type: ignore[assignment]  # Column, not DtoTableModel's (header, getter)
        self.tip = tip  # a line about the row (the case number) under the cell's own text
        self.hint = hint  # what a click does

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, row = self.columns[index.column()], self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [column.text(row), self.tip(row) if self.tip else "", self.hint]
            return "\n".join(line for line in dict.fromkeys(lines) if line)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QColor(colour) if colour else None
        return None


class HomeTable(QTableView):
    """One click on a row, or Enter, chooses it (the arrows only move)."""

    row_chosen = Signal(object)  # the row's DTO

    def __init__(self, object_name: str, model: HomeTableModel) -> None:
        super().__init__()
        configure_table(self, object_name)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.horizontalHeader().setHighlightSections(False)
        self.setModel(model)
        self.home_model = model
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)  # the person's name, first, takes the room left; figures keep theirs
        header.setMinimumSectionSize(40)
        for number, column in enumerate(model.columns):
            if column.width:
                self.setColumnWidth(number, column.width)
            else:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        self.setStyleSheet("QTableView { font-size: 10pt; background: #ffffff; }")
        self._pressed = QModelIndex()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._pressed = self.indexAt(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid() and index.row() == self._pressed.row():
            self._pressed = QModelIndex()
            self.row_chosen.emit(self.home_model.row_at(index.row()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()  # the first click already opened the row

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_chosen.emit(self.home_model.row_at(self.currentIndex().row()))
            return
        super().keyPressEvent(event)


class HomeBox(QFrame):
    """A titled box of the home screen."""

    def __init__(self, object_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setStyleSheet(BOX_STYLE.format(name=object_name))
        self.title_label = QLabel(title)
        self.title_label.setObjectName("box_title")
        self.title_label.setStyleSheet(TITLE_STYLE)
        self.title_label.setWordWrap(True)  # a long title in French takes two lines rather than the neighbours' room
        self.title_row = QHBoxLayout()
        self.title_row.addWidget(self.title_label, 1)
        self.box_layout = QVBoxLayout(self)
        self.box_layout.setContentsMargins(10, 8, 10, 8)
        self.box_layout.setSpacing(4)
        self.box_layout.addLayout(self.title_row)


class HomeList(HomeBox):
    """A capped list: its rows, "and N more" with a link to the full list, or a reassuring empty state."""

    row_chosen = Signal(object)
    more_requested = Signal()

    def __init__(
        self,
        object_name: str,
        title: str,
        columns: Sequence[Column],
        empty_text: str,
        more_text: str = "",
        hint: str = "",
        tip: Callable[[Any], str] | None = case_tip,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(object_name, title, parent)
        self.empty_text = empty_text
        self.more_text = more_text  # "see them all in Follow-up": the link after "and N more"; "" when none
        self.model = HomeTableModel(columns, tip, hint)
        self.view = HomeTable(f"{object_name}_table", self.model)
        self.view.row_chosen.connect(self.row_chosen)
        self.view.setToolTip(hint)
        self.view.setMinimumHeight(ROW_HEIGHT * 3 + 4)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(EMPTY_STYLE)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.more_label = QLabel()
        self.more_label.setObjectName("more_label")
        self.more_label.setStyleSheet("color: #303030;")
        self.more_label.linkActivated.connect(lambda _link: self.more_requested.emit())
        self.box_layout.addWidget(self.view, 1)
        self.box_layout.addWidget(self.empty_label, 1)
        self.box_layout.addWidget(self.more_label)
        self.empty_label.hide()
        self.more_label.hide()
        self.total = 0

    def set_items(self, items: Sequence[Any], total: int | None = None) -> None:
        """The rows shown, and how many there are in all (the rest is "and N more")."""
        self.total = len(items) if total is None else total
        self.model.set_rows(items)
        has = bool(items)
        self.view.setVisible(has)
        self.empty_label.setVisible(not has)
        more = self.total - len(items)
        if more > 0:
            text = self.tr("and {count} more").format(count=format_number(more))
            if self.more_text:
                text += f" – <a href='more'>{self.more_text}</a>"
            self.more_label.setText(text)
            self.more_label.show()
        else:
            self.more_label.hide()

    def shown_rows(self) -> list[Any]:
        return [self.model.row_at(r) for r in range(self.model.rowCount())]
