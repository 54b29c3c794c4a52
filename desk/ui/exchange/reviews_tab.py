"""Possible duplicates kept aside by an import: a manager decides, row by row, whether the row is the person
already registered (a new case on their file) or a different person (a new file). Nothing is merged silently."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.exchange.returnees_import import ReviewView
from desk.ui.table_models import DtoTableModel
from desk.ui.widgets import ErrorLabel, configure_table


class ReviewsTableModel(DtoTableModel):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "File"), lambda r: r.source),
        (QT_TRANSLATE_NOOP("Columns", "Row"), lambda r: r.row_no),
        (QT_TRANSLATE_NOOP("Columns", "Name in the file"), lambda r: r.name_in_file),
        (QT_TRANSLATE_NOOP("Columns", "Registered person"), lambda r: r.registered_name),
        (QT_TRANSLATE_NOOP("Columns", "Why"), lambda r: r.reasons),
    )

    def row_at(self, row: int) -> ReviewView:
        return self._rows[row]  # type: ignore[no-any-return]


class ReviewsTab(QWidget):
    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = ReviewsTableModel()
        self.table_view = configure_table(QTableView(), "reviews_table")
        self.table_view.setModel(self.model)
        for column, width in enumerate((220, 60, 230, 230, 300)):
            self.table_view.setColumnWidth(column, width)
        self.table_view.selectionModel().selectionChanged.connect(lambda _s, _d: self._update())
        self.heading = QLabel()
        self.heading.setObjectName("reviews_heading")
        self.heading.setWordWrap(True)
        self.same_button = QPushButton(self.tr("&Same person: a new case on their file"))
        self.same_button.setObjectName("same_person_button")
        self.same_button.clicked.connect(lambda: self.decide(True))
        self.new_button = QPushButton(self.tr("Di&fferent person: a new file"))
        self.new_button.setObjectName("new_person_button")
        self.new_button.clicked.connect(lambda: self.decide(False))
        self.error_label = ErrorLabel()
        self.message_label = QLabel()
        self.message_label.setObjectName("reviews_message")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.error_label.hide()
        try:
            rows = self._services.returnee_import.reviews()
        except DeskError as exc:
            self.error_label.show_error(exc)
            rows = []
        self.model.set_rows(rows)
        self.heading.setText(
            self.tr(
                "<b>{count} rows to review.</b> Each looks like a person already registered: compare them with the "
                "file in the Registry, then say whether it is the same person."
            ).format(count=len(rows))
        )
        if rows:
            self.table_view.selectRow(0)
        self._update()

    def selected(self) -> ReviewView | None:
        rows = self.table_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        chosen = self.selected() is not None
        self.same_button.setEnabled(chosen)
        self.new_button.setEnabled(chosen)

    def decide(self, same_person: bool) -> None:
        review = self.selected()
        if review is None:
            return
        try:
            self._services.returnee_import.decide(review.id, same_person)
        except DeskError as exc:
            self.error_label.show_error(exc)
            self.reload()
            return
        self.message_label.setText(
            (
                self.tr("Row {row}: a new case was opened on the file of {name}.")
                if same_person
                else self.tr("Row {row}: registered as a new person.")
            ).format(row=review.row_no, name=review.registered_name)
        )
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.reload()
        super().showEvent(event)
