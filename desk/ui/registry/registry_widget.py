"""The registry workspace: one search box, filters, and a table that stays smooth with 100,000 persons."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.intake_dto import RegistryFilters
from desk.services.labels import choices
from desk.services.permissions import Action, can
from desk.ui.date_edit import DateEdit
from desk.ui.messages import show_error
from desk.ui.registry.registry_model import RegistryTableModel

SEARCH_DELAY_MS = 150


class RegistryWidget(QWidget):
    case_file_requested = Signal(int)  # case id

    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._sort = ("recent", True)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("registry_search")
        self.search_edit.setPlaceholderText(self.tr("Name, case number, phone or ID number…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(32)
        self.status_combo = self._combo(choices("status"), self.tr("Any status"))
        self.region_combo = self._combo(
            [(r.id, r.name_fr) for r in services.reference.list_items("regions")], self.tr("Any region")
        )
        self.programme_combo = self._combo(
            [(p.id, p.code) for p in services.reference.list_items("programmes")], self.tr("Any programme")
        )
        self.from_edit = DateEdit()
        self.to_edit = DateEdit()
        self.vulnerable_check = QCheckBox(self.tr("Vulnerable only"))
        self.vulnerable_check.setVisible(can(services.actor.role, Action.SENSITIVE_VIEW))
        self.count_label = QLabel()
        self.count_label.setObjectName("registry_count")

        self.model = RegistryTableModel(self._fetch)
        self.table_view = QTableView()
        self.table_view.setObjectName("registry_table")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.verticalHeader().setVisible(False)
        # Fixed row heights: sizing 100,000 rows to their contents would freeze the window.
        self.table_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table_view.verticalHeader().setDefaultSectionSize(26)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.horizontalHeader().setSectionsClickable(True)
        self.table_view.horizontalHeader().sectionClicked.connect(self._on_header_section_clicked)
        self.table_view.activated.connect(self._on_table_activated)
        for column, width in enumerate((120, 150, 130, 36, 82, 130, 100, 105, 120, 82)):
            self.table_view.setColumnWidth(column, width)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self.timer.start())
        self.search_edit.returnPressed.connect(self._on_search_return_pressed)
        for combo in (self.status_combo, self.region_combo, self.programme_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.from_edit, self.to_edit):
            edit.editingFinished.connect(self.refresh)
        self.vulnerable_check.toggled.connect(lambda _on: self.refresh())

        filters = QHBoxLayout()
        for widget in (
            self.status_combo,
            self.region_combo,
            self.programme_combo,
            QLabel(self.tr("Returned from")),
            self.from_edit,
            QLabel(self.tr("to")),
            self.to_edit,
            self.vulnerable_check,
        ):
            filters.addWidget(widget)
        filters.addStretch()
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.table_view)
        self.refresh()

    @staticmethod
    def _combo(pairs: list, empty_label: str) -> QComboBox:  # type: ignore[type-arg]
        combo = QComboBox()
        combo.addItem(empty_label, None)
        for code, text in pairs:
            combo.addItem(text, code)
        return combo

    def filters(self) -> RegistryFilters:
        try:
            start, end = self.from_edit.value(), self.to_edit.value()
        except ValueError:
            start = end = None
        return RegistryFilters(
            status=self.status_combo.currentData(),
            region_id=self.region_combo.currentData(),
            programme_id=self.programme_combo.currentData(),
            returned_from_date=start,
            returned_to_date=end,
            vulnerable_only=self.vulnerable_check.isChecked(),
        )

    def _fetch(self, offset: int, limit: int):  # type: ignore[no-untyped-def]
        sort, descending = self._sort
        return self._services.registry.search(self.search_edit.text(), self.filters(), sort, descending, offset, limit)

    def refresh(self) -> None:
        self.timer.stop()
        try:
            self.model.reload()
        except DeskError as exc:
            show_error(self, exc)
            return
        count = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(self.tr("{count}{more} cases").format(count=count, more=more))
        if count:
            self.table_view.selectRow(0)

    def _on_search_return_pressed(self) -> None:
        self.refresh()
        if self.model.rowCount():
            self.table_view.setFocus()

    def _on_header_section_clicked(self, column: int) -> None:
        key = RegistryTableModel.SORT_KEYS.get(column)
        if key is None:
            return
        descending = not self._sort[1] if self._sort[0] == key else False
        self._sort = (key, descending)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table_view.horizontalHeader().setSortIndicatorShown(True)
        self.table_view.horizontalHeader().setSortIndicator(column, order)
        self.refresh()

    def _on_table_activated(self, index) -> None:  # type: ignore[no-untyped-def]
        self.case_file_requested.emit(self.model.row_at(index.row()).case_id)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.timer.stop()  # a hidden or closed workspace runs no late query
        super().hideEvent(event)
