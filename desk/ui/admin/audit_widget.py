"""The audit trail, newest first, loaded a page at a time while scrolling."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.ui.messages import show_error
from desk.ui.table_models import AuditTableModel
from desk.ui.widgets import configure_table


class AuditWidget(QWidget):
    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = AuditTableModel(lambda before: services.audit.recent(AuditTableModel.PAGE, before))
        self.table_view = configure_table(QTableView(), "audit_table", select_rows=False)
        self.table_view.setModel(self.model)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addStretch()
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table_view)
        self.reload()

    def reload(self) -> None:
        try:
            self.model.reload()
        except DeskError as exc:
            show_error(self, exc)
        for col, width in ((0, 130), (1, 100), (2, 110), (3, 160)):
            self.table_view.setColumnWidth(col, width)
