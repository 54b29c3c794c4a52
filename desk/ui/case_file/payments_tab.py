"""The case file's payments: what the committee approved and what is paid, the instalments, the requests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.labels import label as code_label
from desk.services.ledger_dto import CaseBalance, InstalmentView, RequestView
from desk.services.money import format_money
from desk.services.permissions import Action, can
from desk.ui.ledger.common import money_table
from desk.ui.ledger.dialogs import DayDialog
from desk.ui.ledger.models import InstalmentsTableModel, RequestsTableModel
from desk.ui.ledger.request_dialog import RequestDialog
from desk.ui.messages import refusal_text
from desk.ui.reason_dialog import ReasonDialog
from desk.ui.widgets import ErrorLabel

CARD_STYLE = "QFrame#figure { background: #f4f6f9; border: 1px solid #c9d1dc; border-radius: 3px; }"
M = RequestsTableModel
# asked on, (case), (name), payment, amount, paid to, status: the reason stretches last (who asked and decided: tooltip)
HISTORY_WIDTHS = (92, 0, 0, 185, 105, 240, 165)
REQUEST_ALL = ("requested", "approved", "rejected", "cancelled", "paid", "reversed")


def _figure(caption: str) -> tuple[QFrame, QLabel]:
    card = QFrame()
    card.setObjectName("figure")
    card.setStyleSheet(CARD_STYLE)
    value = QLabel()
    value.setStyleSheet("font-size: 16px; font-weight: bold;")
    value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    text = QLabel(caption)
    text.setStyleSheet("color: #444;")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(8, 4, 8, 4)
    layout.addWidget(text)
    layout.addWidget(value)
    return card, value


class PaymentsTab(QWidget):
    def __init__(self, services: ActorServices, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._case_id = services, case_id
        self.can_request = can(services.actor.role, Action.DISBURSEMENT_REQUEST)
        self.balance: CaseBalance | None = None
        figures = QHBoxLayout()
        self.figure_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("approved", self.tr("Approved by the committee")),
            ("paid_on_plan", self.tr("Paid on the plan")),
            ("remaining", self.tr("Remaining on the plan")),
            ("paid_other", self.tr("Other aid paid")),
            ("pending", self.tr("Asked, not paid yet")),
        ):
            card, value = _figure(caption)
            value.setObjectName(f"{key}_figure")
            self.figure_labels[key] = value
            figures.addWidget(card)
        self.status_label = QLabel()
        self.status_label.setObjectName("payments_status")
        self.status_label.setWordWrap(True)

        self.instalments_model = InstalmentsTableModel()
        self.instalments_view = money_table("instalments_table", self.instalments_model, (90, 70, 140, 260))
        self.instalments_view.setMaximumHeight(150)
        self.instalments_view.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_buttons())
        self.instalments_view.activated.connect(lambda _index: self.ask_for_instalment())
        self.report_button = QPushButton(self.tr("Interim report receive&d…"))
        self.report_button.setObjectName("report_button")
        self.report_button.clicked.connect(self.record_report)
        self.instalment_button = QPushButton(self.tr("Ask for this i&nstalment…"))
        self.instalment_button.setObjectName("ask_instalment_button")
        self.instalment_button.clicked.connect(self.ask_for_instalment)
        self.ask_button = QPushButton(self.tr("As&k for a payment…"))
        self.ask_button.setObjectName("ask_payment_button")
        self.ask_button.clicked.connect(lambda: self.ask_for_payment(None))
        self.cancel_button = QPushButton(self.tr("&Withdraw the request…"))
        self.cancel_button.setObjectName("cancel_request_button")
        self.cancel_button.clicked.connect(self.cancel_request)
        for button in (self.report_button, self.instalment_button, self.ask_button, self.cancel_button):
            button.setVisible(self.can_request)

        self.requests_model = RequestsTableModel()
        self.requests_view = money_table("case_requests_table", self.requests_model, HISTORY_WIDTHS)
        for column in (M.COL_CASE, M.COL_NAME, M.COL_ASKED_BY, M.COL_DECIDED, M.COL_PROGRAMME):
            self.requests_view.setColumnHidden(column, True)
        self.requests_view.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_buttons())
        self.error_label = ErrorLabel()

        instalment_bar = QHBoxLayout()
        instalment_bar.addWidget(QLabel(self.tr("<b>Instalments of the plan</b>")), 1)
        instalment_bar.addWidget(self.report_button)
        instalment_bar.addWidget(self.instalment_button)
        requests_bar = QHBoxLayout()
        requests_bar.addWidget(QLabel(self.tr("<b>Requests for this case</b>")), 1)
        requests_bar.addWidget(self.cancel_button)
        requests_bar.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        layout.addLayout(figures)
        layout.addWidget(self.status_label)
        layout.addLayout(instalment_bar)
        layout.addWidget(self.instalments_view)
        layout.addLayout(requests_bar)
        layout.addWidget(self.requests_view, 1)
        layout.addWidget(self.error_label)
        self.reload()

    def reload(self) -> None:
        self.error_label.hide()
        views = self._services.ledger_views
        try:
            balance = views.case_balance(self._case_id)
            history = views.requests(REQUEST_ALL, self._case_id)
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.balance = balance
        currency = balance.currency or self._services.case_files.currency()
        self._currency = currency
        for key, label in self.figure_labels.items():
            label.setText(format_money(getattr(balance, key), currency))
        if balance.approved == 0:
            self.status_label.setText(
                self.tr(
                    "No plan approved by the committee yet: only aid outside the plan (pocket money, social aid, "
                    "transport, medical care…) can be asked for."
                )
            )
        elif balance.next_instalment is not None:
            n = balance.next_instalment
            self.status_label.setText(
                self.tr("Next: instalment {number}/{of}, {amount} – {state}.").format(
                    number=n.number,
                    of=n.of,
                    amount=format_money(n.amount, n.currency),
                    state=self._state_text(n),
                )
            )
        else:
            self.status_label.setText(self.tr("Every instalment of the plan is asked for or paid."))
        self.instalments_model.set_rows(balance.instalments)
        self.requests_model.set_rows(list(reversed(history)))  # newest first
        upcoming = [i.id for i in balance.instalments]
        if balance.next_instalment is not None:
            self.instalments_view.selectRow(upcoming.index(balance.next_instalment.id))
        self._update_buttons()

    def _state_text(self, instalment: InstalmentView) -> str:
        if instalment.state == "waiting_report":
            return self.tr("waiting for the operator's interim report")
        return self.tr("it can be asked for now")

    def selected_instalment(self) -> InstalmentView | None:
        rows = self.instalments_view.selectionModel().selectedRows()
        return self.instalments_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        instalment = self.selected_instalment()
        state = instalment.state if instalment else None
        self.report_button.setEnabled(self.can_request and state == "waiting_report")
        self.instalment_button.setEnabled(self.can_request and state == "open")
        request = self.selected_request()
        self.cancel_button.setEnabled(
            self.can_request and request is not None and request.status in ("requested", "approved")
        )

    def selected_request(self) -> RequestView | None:
        rows = self.requests_view.selectionModel().selectedRows()
        return self.requests_model.row_at(rows[0].row()) if rows else None

    def cancel_request(self) -> None:
        """The person who asked (or a manager) withdraws a request not paid yet, with a reason."""
        request = self.selected_request()
        if request is None or request.status not in ("requested", "approved"):
            return
        dialog = ReasonDialog(
            self.tr("Withdraw the request"),
            self.tr("{payment} – {amount}").format(
                payment=code_label("ledger_kind", request.kind), amount=format_money(request.amount, request.currency)
            ),
            self.tr("&Reason"),
            self.tr("Withdraw"),
            lambda reason: self._services.ledger.cancel(request.id, reason),
            self,
        )
        if dialog.exec():
            self.reload()

    def record_report(self) -> None:
        instalment = self.selected_instalment()
        if instalment is None or instalment.state != "waiting_report" or not self.can_request:
            return
        dialog = DayDialog(
            self.tr("Interim report received"),
            self.tr("Operator's interim report &received on"),
            self.tr("Record"),
            self,
        )
        if not dialog.exec():
            return
        try:
            self._services.ledger.record_interim_report(instalment.id, dialog.day)
        except DeskError as exc:
            self.error_label.show_error(refusal_text(exc))
            return
        self.reload()

    def ask_for_instalment(self) -> None:
        instalment = self.selected_instalment()
        if instalment is not None and instalment.state == "open":
            self.ask_for_payment(instalment)

    def ask_for_payment(self, instalment: InstalmentView | None) -> None:
        if not self.can_request or self.balance is None:
            return
        dialog = RequestDialog(self._services, self._case_id, self.balance, self._currency, instalment, self)
        if dialog.exec():
            self.last_request_id = dialog.request_id
            self.reload()
