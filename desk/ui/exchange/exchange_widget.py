"""The Exchanges workspace: workbooks from donors and partners (imports) and for them (exports)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk.services.context import ActorServices
from desk.services.permissions import Action, can
from desk.ui.exchange.exports_tab import ExportsTab
from desk.ui.exchange.import_tab import ImportTab
from desk.ui.exchange.reviews_tab import ReviewsTab


class ExchangeWidget(QWidget):
    case_file_requested = Signal(int)  # case id

    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchange_tabs")
        # Finance exports for the donors; only a manager brings returnees in.
        self.import_tab: ImportTab | None = None
        if can(services.actor.role, Action.EXCHANGE_IMPORT):
            self.import_tab = ImportTab(services)
            self.import_tab.case_file_requested.connect(self.case_file_requested)
            self.tabs.addTab(self.import_tab, self.tr("&Import a workbook"))
            self.reviews_tab = ReviewsTab(services)
            self.tabs.addTab(self.reviews_tab, self.tr("Possible &duplicates"))
        self.exports_tab = ExportsTab(services)
        self.tabs.addTab(self.exports_tab, self.tr("&Exports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
