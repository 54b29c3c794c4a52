"""Opening a committee session: its date, place, and the members present with the institution each sits for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import current_language
from desk.services.committee_service import Member
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.ui.date_edit import DateEdit
from desk.ui.widgets import ErrorLabel, dialog_buttons

COL_NAME, COL_INSTITUTION = range(2)


class InstitutionDelegate(QStyledItemDelegate):
    """Typing an institution suggests those of the directory (any other can still be typed)."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self._names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class NewSessionDialog(QDialog):
    ROWS = 6

    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.session_id: int | None = None
        self.setWindowTitle(self.tr("New committee session"))
        self.date_edit = DateEdit()
        self.date_edit.set_value(date.today())
        self.place_edit = QLineEdit()
        self.members_table = QTableWidget(self.ROWS, 2)
        self.members_table.setObjectName("members_table")
        self.members_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Institution")])
        self.members_table.verticalHeader().setVisible(False)
        self.members_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.members_table.setToolTip(self.tr("One member per line, e.g. Jean Mbarga – MINJEC"))
        english = current_language() == "en"
        institutions = services.reference.list_items("institutions")
        names = sorted({i.code for i in institutions} | {(i.name_en if english else i.name_fr) for i in institutions})
        self.members_table.setItemDelegateForColumn(COL_INSTITUTION, InstitutionDelegate(names, self))
        self.add_member_button = QPushButton(self.tr("&Add a member"))
        self.add_member_button.clicked.connect(lambda: self.members_table.insertRow(self.members_table.rowCount()))
        self.error_label = ErrorLabel()
        members = QVBoxLayout()
        members.addWidget(self.members_table)
        add_row = QHBoxLayout()
        add_row.addStretch()
        add_row.addWidget(self.add_member_button)
        members.addLayout(add_row)
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Place"), self.place_edit)
        members_label = QLabel(self.tr("&Members present"))
        members_label.setBuddy(self.members_table)
        form.addRow(members_label, members)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self.tr("Open the session"), self._on_buttons_accepted, self.reject))
        self.resize(620, 440)

    def set_member(self, row: int, name: str, institution: str) -> None:
        while self.members_table.rowCount() <= row:
            self.members_table.insertRow(self.members_table.rowCount())
        self.members_table.setItem(row, COL_NAME, QTableWidgetItem(name))
        self.members_table.setItem(row, COL_INSTITUTION, QTableWidgetItem(institution))

    def members(self) -> list[Member]:
        def text(row: int, column: int) -> str:
            cell = self.members_table.item(row, column)
            return cell.text() if cell is not None else ""

        return [Member(text(r, COL_NAME), text(r, COL_INSTITUTION)) for r in range(self.members_table.rowCount())]

    def _on_buttons_accepted(self) -> None:
        try:
            held_on = self.date_edit.value()
            if held_on is None:
                raise ValueError
        except ValueError:
            self.error_label.show_error(self.tr("Date: type it as dd/mm/yyyy."))
            return
        try:
            self.session_id = self._services.committee.open_session(held_on, self.place_edit.text(), self.members())
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.accept()
