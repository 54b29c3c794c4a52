"""The Disbursements workspace: requests to approve and to pay, the ledger, its totals and its months."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk.services.context import ActorServices
from desk.services.permissions import Action, can
from desk.ui.ledger.balances_tab import BalancesTab
from desk.ui.ledger.ledger_tab import LedgerTab
from desk.ui.ledger.periods_tab import PeriodsTab
from desk.ui.ledger.reconciliation_tab import ReconciliationTab
from desk.ui.ledger.requests_tab import RequestsTab


class LedgerWidget(QWidget):
    case_file_requested = Signal(int)  # case id

    def __init__(
        self, services: ActorServices, desk_name: str, currency: str = "XAF", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ledger_tabs")
        self.requests_tab = RequestsTab(services, desk_name)
        self.tabs.addTab(self.requests_tab, self.tr("&Requests"))
        # An agent asks for payments (from the case file) and follows the queues; the books are finance's.
        self.ledger_tab: LedgerTab | None = None
        self.balances_tab: BalancesTab | None = None
        self.periods_tab: PeriodsTab | None = None
        self.reconciliation_tab: ReconciliationTab | None = None
        if can(services.actor.role, Action.LEDGER_VIEW):
            self.ledger_tab = LedgerTab(services, desk_name)
            self.ledger_tab.case_file_requested.connect(self.case_file_requested)
            self.balances_tab = BalancesTab(services)
            self.periods_tab = PeriodsTab(services)
            self.tabs.addTab(self.ledger_tab, self.tr("Led&ger"))
            self.tabs.addTab(self.balances_tab, self.tr("&Balances"))
            self.tabs.addTab(self.periods_tab, self.tr("Peri&ods"))
            self.reconciliation_tab = ReconciliationTab(services, currency)
            self.tabs.addTab(self.reconciliation_tab, self.tr("Re&conciliation"))
        self._stale: set[QWidget] = set()
        self._shown_before = False
        self.requests_tab.changed.connect(self._on_tab_changed)
        if self.ledger_tab is not None:
            self.ledger_tab.changed.connect(self._on_tab_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.reload)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_tab(self, key: str) -> None:
        """One tab by its key ("requests", "ledger", "balances", "periods", "reconciliation"), when the role has it."""
        tabs = {
            "requests": self.requests_tab,
            "ledger": self.ledger_tab,
            "balances": self.balances_tab,
            "periods": self.periods_tab,
            "reconciliation": self.reconciliation_tab,
        }
        tab = tabs.get(key)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def reload(self) -> None:
        """F5: read the current tab again from the database (other workstations may have paid meanwhile)."""
        self.tabs.currentWidget().reload()  # type: ignore[attr-defined]
        self._stale.discard(self.tabs.currentWidget())

    def _on_tab_changed(self) -> None:
        # A payment or a reversal changes every other tab: reload each when it is next shown.
        sender = self.sender()
        self._stale = {self.tabs.widget(i) for i in range(self.tabs.count())} - {sender}

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._refresh_current()

    def _refresh_current(self) -> None:
        # The queues and the sums are a few quick queries: read again whenever shown, since another workstation
        # may have approved or paid meanwhile. The ledger keeps its place unless something changed here.
        current = self.tabs.currentWidget()
        if current is not self.ledger_tab or current in self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._shown_before:
            self._refresh_current()
        self._shown_before = True
        super().showEvent(event)
