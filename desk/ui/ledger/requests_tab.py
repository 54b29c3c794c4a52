"""The two queues: requests waiting for a manager's approval, and approved requests waiting for finance to pay."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.ledger_dto import RequestView
from desk.services.money import format_money
from desk.services.permissions import Action, can
from desk.ui.ledger.common import choose_pdf_path, money_table, receipt_file_name, receipts_pdf
from desk.ui.ledger.dialogs import PayDialog
from desk.ui.ledger.models import RequestsTableModel, payment_label
from desk.ui.messages import refusal_text
from desk.ui.reason_dialog import ReasonDialog
from desk.ui.widgets import ErrorLabel, save_pdf

M = RequestsTableModel
# asked on, case no., beneficiary, payment, amount: "paid to" stretches last (who asked and approved: tooltips)
WIDTHS = (92, 125, 195, 175, 110)
INFO_STYLE = "color: #1e5b2f; font-weight: bold;"


class RequestsTab(QWidget):
    changed = Signal()  # something was approved, refused or paid

    def __init__(self, services: ActorServices, desk_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._desk_name = services, desk_name
        role = services.actor.role
        self.can_approve = can(role, Action.DISBURSEMENT_APPROVE)
        self.can_pay = can(role, Action.DISBURSEMENT_PAY)

        self.approve_title = QLabel()
        self.approve_model = RequestsTableModel()
        self.approve_view = self._table("approve_table", self.approve_model)
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.setObjectName("approve_button")
        self.refuse_button = QPushButton(self.tr("Ref&use…"))
        self.refuse_button.setObjectName("refuse_button")
        self.approve_button.clicked.connect(self.approve)
        self.refuse_button.clicked.connect(self.refuse)
        self.approve_view.activated.connect(lambda _index: self.can_approve and self.approve())

        self.pay_title = QLabel()
        self.pay_model = RequestsTableModel()
        self.pay_view = self._table("pay_table", self.pay_model)
        self.pay_button = QPushButton(self.tr("&Pay…"))
        self.pay_button.setObjectName("pay_button")
        self.pay_button.clicked.connect(self.pay)
        self.pay_view.activated.connect(lambda _index: self.can_pay and self.pay())

        if not self.can_approve:
            for button in (self.approve_button, self.refuse_button):
                button.setToolTip(self.tr("Only a desk manager approves or refuses a request."))
        if not self.can_pay:
            self.pay_button.setToolTip(self.tr("Only a finance officer pays (never the person who approved)."))
        self.refresh_button = QPushButton(self.tr("Refre&sh (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        self.message_label = QLabel()
        self.message_label.setObjectName("message_label")
        self.message_label.setStyleSheet(INFO_STYLE)
        self.message_label.setWordWrap(True)
        self.error_label = ErrorLabel()

        approve_bar = QHBoxLayout()
        approve_bar.addWidget(self.approve_title, 1)
        approve_bar.addWidget(self.approve_button)
        approve_bar.addWidget(self.refuse_button)
        pay_bar = QHBoxLayout()
        pay_bar.addWidget(self.pay_title, 1)
        pay_bar.addWidget(self.pay_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        queues = [(approve_bar, self.approve_view), (pay_bar, self.pay_view)]
        if self.can_pay and not self.can_approve:
            queues.reverse()  # finance's own queue first
        for bar, view in queues:
            layout.addLayout(bar)
            layout.addWidget(view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)
        self.reload()
        main = self.pay_view if self.can_pay and not self.can_approve else self.approve_view
        self.setFocusProxy(main)  # Enter on the first row does the role's main action at once

    def _table(self, name: str, model: RequestsTableModel) -> QTableView:
        view = money_table(name, model, WIDTHS)
        for column in (M.COL_STATUS, M.COL_ASKED_BY, M.COL_DECIDED, M.COL_REASON, M.COL_PROGRAMME):
            view.setColumnHidden(column, True)
        view.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_buttons())
        return view

    # -- data ------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.error_label.hide()
        keep = (self._selected(self.approve_view, self.approve_model), self._selected(self.pay_view, self.pay_model))
        views = self._services.ledger_views
        try:
            to_approve, to_pay = views.requests(("requested",)), views.requests(("approved",))
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.approve_model.set_rows(to_approve)
        self.pay_model.set_rows(to_pay)
        self.approve_title.setText(self._title(self.tr("To approve"), to_approve))
        self.pay_title.setText(self._title(self.tr("To pay"), to_pay))
        for view, model, kept in (
            (self.approve_view, self.approve_model, keep[0]),
            (self.pay_view, self.pay_model, keep[1]),
        ):
            ids = [model.row_at(r).id for r in range(model.rowCount())]
            if kept is not None and kept.id in ids:
                view.selectRow(ids.index(kept.id))
            elif ids:
                view.selectRow(0)
        self._update_buttons()

    def _title(self, heading: str, rows: list[RequestView]) -> str:
        sums: dict[str, int] = {}
        for r in rows:
            sums[r.currency] = sums.get(r.currency, 0) + r.amount
        total = " · ".join(format_money(amount, currency) for currency, amount in sorted(sums.items()))
        return self.tr("<b style='font-size:14px'>{heading}</b> – {count} requests{total}").format(
            heading=heading, count=len(rows), total=f", {total}" if total else ""
        )

    @staticmethod
    def _selected(view: QTableView, model: RequestsTableModel) -> RequestView | None:
        rows = view.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def selected_to_approve(self) -> RequestView | None:
        return self._selected(self.approve_view, self.approve_model)

    def selected_to_pay(self) -> RequestView | None:
        return self._selected(self.pay_view, self.pay_model)

    def _update_buttons(self) -> None:
        approvable = self.can_approve and self.selected_to_approve() is not None
        self.approve_button.setEnabled(approvable)
        self.refuse_button.setEnabled(approvable)
        self.pay_button.setEnabled(self.can_pay and self.selected_to_pay() is not None)

    def _done(self, message: str) -> None:
        self.reload()
        self.message_label.setText(message)
        self.changed.emit()

    # -- actions ----------------------------------------------------------------------------------
    def approve(self) -> None:
        request = self.selected_to_approve()
        if request is None or not self.can_approve:
            return
        self.message_label.clear()
        try:
            self._services.ledger.approve(request.id, request.version)
        except DeskError as exc:
            self.error_label.show_error(refusal_text(exc))
            return
        self._done(
            self.tr("Approved: {amount} for {name} ({case}). It now waits in “To pay”.").format(
                amount=format_money(request.amount, request.currency),
                name=request.beneficiary,
                case=request.case_number,
            )
        )

    def refuse(self) -> None:
        request = self.selected_to_approve()
        if request is None or not self.can_approve:
            return
        dialog = ReasonDialog(
            self.tr("Refuse a request"),
            self.tr("<b>{amount}</b> for <b>{name}</b> ({case})<br>{payment}").format(
                amount=format_money(request.amount, request.currency),
                name=escape(request.beneficiary),
                case=request.case_number,
                payment=payment_label(request.kind, request.instalment),
            ),
            self.tr("&Reason given to the person"),
            self.tr("Refuse the request"),
            lambda reason: self._services.ledger.reject(request.id, reason, request.version),
            self,
        )
        if dialog.exec():
            self._done(
                self.tr("Refused: the request of {name} ({case}).").format(
                    name=request.beneficiary, case=request.case_number
                )
            )

    def pay(self) -> None:
        request = self.selected_to_pay()
        if request is None or not self.can_pay:
            return
        self.message_label.clear()
        dialog = PayDialog(self._services, request, self)
        if not dialog.exec() or dialog.entry_id is None:
            return
        self._done(
            self.tr("Paid: {amount} to {name} ({case}), receipt No. {receipt}.").format(
                amount=format_money(request.amount, request.currency),
                name=request.beneficiary,
                case=request.case_number,
                receipt=dialog.receipt_no,
            )
        )
        self.last_payment = (dialog.entry_id, dialog.receipt_no)
        if self.ask_print_receipt(dialog.receipt_no):
            self.print_receipt(dialog.entry_id, dialog.receipt_no)

    def ask_print_receipt(self, receipt_no: int | None) -> bool:
        """Offer the receipt at once, to be signed while the person is at the desk (replaced in tests)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Receipt"),
            self.tr("Payment recorded, receipt No. {receipt}. Print the receipt now, for the person to sign?").format(
                receipt=receipt_no
            ),
            parent=self,
        )
        print_button = box.addButton(self.tr("Print the receipt"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later, with the day's receipts"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(print_button)
        box.exec()
        return box.clickedButton() is print_button

    def choose_pdf_path(self, suggested: str) -> str:
        """Where to save the receipt (replaced in tests)."""
        return choose_pdf_path(self, suggested)

    def print_receipt(self, entry_id: int, receipt_no: int | None) -> None:
        path = self.choose_pdf_path(receipt_file_name(date.today(), receipt_no))
        if not path:
            return
        if save_pdf(self, path, lambda: receipts_pdf(self._services, [entry_id], self._desk_name)):
            self.last_pdf = path
