"""The designation queue: cases waiting for an operator, ranked suggestions with their reasons, one-by-one
or bulk designation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.operator_ranking import Suggestion
from desk.ui.messages import show_error
from desk.ui.operators.queue_model import WaitingCasesTableModel
from desk.ui.widgets import configure_table


class DesignationWidget(QWidget):
    designated = Signal()

    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.region_combo = QComboBox()
        self.region_combo.addItem(self.tr("Any region"), None)
        for region in services.reference.list_items("regions"):
            self.region_combo.addItem(region.name_fr, region.id)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("Any arrival group"), None)
        for group in services.operators.arrival_groups():
            self.group_combo.addItem(group, group)
        self.count_label = QLabel()
        self.count_label.setObjectName("queue_count")

        self.model = WaitingCasesTableModel(self._fetch)
        self.table_view = configure_table(QTableView(), "queue_table")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # bulk designation
        for column, width in enumerate((120, 170, 90, 110, 110, 80, 140)):
            self.table_view.setColumnWidth(column, width)

        self.case_label = QLabel()
        self.case_label.setObjectName("suggestions_title")
        self.case_label.setWordWrap(True)
        self.suggestions_list = QListWidget()
        self.suggestions_list.setObjectName("suggestions_list")
        self.suggestions_list.setWordWrap(True)
        self.designate_button = QPushButton(self.tr("&Designate this operator (Enter)"))
        self.designate_button.setObjectName("designate_button")
        self.bulk_best_button = QPushButton(self.tr("Selection to each case's &best operator…"))
        self.bulk_best_button.setObjectName("bulk_best_button")
        self.bulk_one_button = QPushButton(self.tr("Selection to &this operator…"))
        self.bulk_one_button.setObjectName("bulk_one_button")
        self.designate_button.clicked.connect(self.designate_current)
        self.bulk_best_button.clicked.connect(lambda: self.designate_selection(to_chosen=False))
        self.bulk_one_button.clicked.connect(lambda: self.designate_selection(to_chosen=True))
        self.suggestions_list.itemActivated.connect(lambda _item: self.designate_current())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.suggestions_list, activated=self.designate_current)

        filters = QHBoxLayout()
        filters.addWidget(self.region_combo)
        filters.addWidget(self.group_combo)
        filters.addStretch()
        filters.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.case_label)
        right_layout.addWidget(self.suggestions_list, 1)
        for button in (self.designate_button, self.bulk_best_button, self.bulk_one_button):
            right_layout.addWidget(button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.region_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.group_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table_view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_suggestions())
        self.refresh()

    def _fetch(self, offset: int, limit: int):  # type: ignore[no-untyped-def]
        return self._services.operators.waiting_cases(
            self.region_combo.currentData(), self.group_combo.currentData(), offset, limit
        )

    def refresh(self) -> None:
        try:
            self.model.reload()
        except DeskError as exc:
            show_error(self, exc)
            return
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(self.tr("{count}{more} cases waiting").format(count=self.model.rowCount(), more=more))
        if self.model.rowCount():
            self.table_view.selectRow(0)
        self._show_suggestions()

    def current_case(self):  # type: ignore[no-untyped-def]
        index = self.table_view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_cases(self) -> list:  # type: ignore[type-arg]
        return [self.model.row_at(i.row()) for i in self.table_view.selectionModel().selectedRows()]

    def _show_suggestions(self) -> None:
        self.suggestions_list.clear()
        case = self.current_case()
        if case is None:
            self.case_label.setText(self.tr("No case waiting."))
            return
        self.case_label.setText(
            self.tr("<b>{name}</b> ({number}) – {town}: operators by fit").format(
                name=case.full_name, number=case.case_number, town=case.town or case.region
            )
        )
        try:
            ranked = self._services.operators.suggest(case.case_id)
        except DeskError as exc:
            show_error(self, exc)
            return
        for rank, suggestion in enumerate(ranked, start=1):
            item = QListWidgetItem(
                self.tr("{rank}. {name} – {score} points\n{reasons}").format(
                    rank=rank, name=suggestion.name, score=suggestion.score, reasons=" · ".join(suggestion.reasons)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, suggestion)
            if not suggestion.eligible:
                item.setForeground(QColor("#888888"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            elif suggestion.at_capacity:
                item.setForeground(QColor("#a00000"))
            self.suggestions_list.addItem(item)
        if ranked:
            self.suggestions_list.setCurrentRow(0)

    def chosen(self) -> Suggestion | None:
        item = self.suggestions_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def confirm_override(self, suggestion: Suggestion) -> bool:
        """Asked before designating an operator at capacity (replaced in tests)."""
        answer = QMessageBox.question(
            self,
            self.tr("Operator at capacity"),
            self.tr("{name} already has {load} cases for {capacity} places. Designate anyway?").format(
                name=suggestion.name, load=suggestion.load, capacity=suggestion.capacity
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_reason(self, count: int) -> str | None:
        """One reason for the whole batch (replaced in tests)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Designate {count} cases").format(count=count),
            self.tr("Reason, written once for all of them (e.g. charter of 14/03):"),
        )
        return text if ok else None

    def designate_current(self) -> None:
        case, suggestion = self.current_case(), self.chosen()
        if case is None or suggestion is None or not suggestion.eligible:
            return
        override = suggestion.at_capacity and self.confirm_override(suggestion)
        if suggestion.at_capacity and not override:
            return
        try:
            self._services.operators.designate(case.case_id, suggestion.operator_id, override_capacity=override)
        except DeskError as exc:
            show_error(self, exc)
            return
        row = self.table_view.currentIndex().row()
        self.refresh()
        if self.model.rowCount():
            self.table_view.selectRow(min(row, self.model.rowCount() - 1))
        self.designated.emit()

    def designate_selection(self, to_chosen: bool) -> None:
        cases = self.selected_cases()
        suggestion = self.chosen() if to_chosen else None
        if not cases or (to_chosen and (suggestion is None or not suggestion.eligible)):
            return
        reason = self.ask_reason(len(cases))
        if reason is None:
            return
        try:
            result = self._services.operators.designate_many(
                [c.case_id for c in cases], reason, suggestion.operator_id if suggestion else None
            )
        except DeskError as exc:
            show_error(self, exc)
            return
        self.last_batch = result
        self.refresh()
        self.designated.emit()
