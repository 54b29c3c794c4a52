"""One record's history, read from the audit trail: who changed what, when."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView, QVBoxLayout, QWidget

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.ui.messages import show_error
from desk.ui.table_models import AuditTableModel
from desk.ui.widgets import configure_table


class HistoryDialog(QDialog):
    def __init__(
        self, services: ActorServices, entity: str, entity_id: object, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History – {record}").format(record=title))
        self.resize(900, 420)
        entries = []
        try:
            entries = list(reversed(services.audit.history(entity, entity_id)))  # newest first
        except DeskError as exc:
            show_error(parent, exc)
        self.model = AuditTableModel(lambda _before: [])
        self.model.set_rows(entries)
        self.table_view = configure_table(QTableView(), "history_table", select_rows=False)
        self.table_view.setModel(self.model)
        for col, width in ((0, 130), (1, 100), (2, 140), (3, 140)):
            self.table_view.setColumnWidth(col, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table_view)
        layout.addWidget(buttons)
