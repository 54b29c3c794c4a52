"""Reference lists: pick a list, add an item, rename or retire one (codes never change)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.dto import RefItemDTO
from desk.services.errors import DeskError
from desk.services.reference_service import KINDS, kind_label
from desk.ui.history_dialog import HistoryDialog
from desk.ui.messages import show_error
from desk.ui.table_models import RefItemsTableModel
from desk.ui.widgets import SAVE, ErrorLabel, configure_table, dialog_buttons


class ReferenceWidget(QWidget):
    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.inactive_check = QCheckBox(self.tr("Show retired items"))
        self.inactive_check.toggled.connect(lambda _on: self.reload())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("add_item_button")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.clicked.connect(self._on_history_button_clicked)

        self.model = RefItemsTableModel()
        self.table_view = configure_table(QTableView(), "reference_table")
        self.table_view.setModel(self.model)
        self.table_view.doubleClicked.connect(lambda _index: self._on_edit_button_clicked())

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&List")))
        top.itemAt(0).widget().setBuddy(self.kind_combo)  # type: ignore[union-attr]
        top.addWidget(self.kind_combo)
        top.addWidget(self.inactive_check)
        top.addStretch()
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table_view)
        self.reload()

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def reload(self) -> None:
        try:
            items = self._services.reference.list_items(self.kind, include_inactive=self.inactive_check.isChecked())
        except DeskError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(items)
        self.table_view.resizeColumnToContents(RefItemsTableModel.COL_CODE)
        self.table_view.setColumnWidth(RefItemsTableModel.COL_FR, 320)
        self.table_view.setColumnWidth(RefItemsTableModel.COL_EN, 320)

    def _selected(self) -> RefItemDTO | None:
        rows = self.table_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_history_button_clicked(self) -> None:
        item = self._selected()
        if item is not None:
            HistoryDialog(self._services, self.kind, item.id, f"{item.code} – {item.name_fr}", self).exec()

    def _on_add_button_clicked(self) -> None:
        if RefItemDialog(self._services, self.kind, None, self).exec():
            self.reload()

    def _on_edit_button_clicked(self) -> None:
        item = self._selected()
        if item and RefItemDialog(self._services, self.kind, item, self).exec():
            self.reload()


class RefItemDialog(QDialog):
    def __init__(self, services: ActorServices, kind: str, item: RefItemDTO | None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._services, self._kind, self._item = services, kind, item
        self.setWindowTitle(kind_label(kind))
        self.code_edit = QLineEdit(item.code if item else "")
        self.code_edit.setObjectName("code_edit")
        self.code_edit.setEnabled(item is None)
        self.name_fr_edit = QLineEdit(item.name_fr if item else "")
        self.name_fr_edit.setObjectName("name_fr_edit")
        self.name_en_edit = QLineEdit(item.name_en if item else "")
        self.name_en_edit.setObjectName("name_en_edit")
        self.active_check = QCheckBox(self.tr("In use (uncheck to retire it from the lists)"))
        self.active_check.setChecked(item.active if item else True)
        self.parent_combo = QComboBox()
        parent_kind = KINDS[kind][2]
        if parent_kind:
            for parent_item in services.reference.list_items(parent_kind):
                self.parent_combo.addItem(f"{parent_item.code} – {parent_item.name_fr}", parent_item.id)
            if item and item.parent_id is not None:
                self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(item.parent_id)))
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code_edit)
        form.addRow(self.tr("&French name"), self.name_fr_edit)
        form.addRow(self.tr("&English name"), self.name_en_edit)
        if parent_kind:
            form.addRow(kind_label(parent_kind), self.parent_combo)
        form.addRow("", self.active_check)
        buttons = dialog_buttons(self.tr("Save"), self._on_buttons_accepted, self.reject, SAVE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        reference = self._services.reference
        parent_id = self.parent_combo.currentData() if self.parent_combo.count() else None
        try:
            if self._item is None:
                reference.add_item(
                    self._kind, self.code_edit.text(), self.name_fr_edit.text(), self.name_en_edit.text(), parent_id
                )
            else:
                reference.update_item(
                    self._kind,
                    self._item.id,
                    self._item.version,
                    name_fr=self.name_fr_edit.text(),
                    name_en=self.name_en_edit.text(),
                    active=self.active_check.isChecked(),
                    parent_id=parent_id,
                )
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.accept()
