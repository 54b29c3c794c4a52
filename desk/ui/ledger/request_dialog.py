"""Asking for a payment on a case: what, how much, which instalment, how it is paid and who collects it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.errors import DeskError, ValidationError
from desk.services.labels import choices
from desk.services.ledger_dto import CaseBalance, InstalmentView, PaymentInput, RequestInput
from desk.services.money import format_money
from desk.ui.ledger.common import AmountSpin
from desk.ui.ledger.models import instalment_state
from desk.ui.messages import refusal_text
from desk.ui.widgets import ErrorLabel, dialog_buttons

ERROR_FIELD_STYLE = "border: 2px solid #a00000;"
PLAN_KIND = "business_instalment"


class RequestDialog(QDialog):
    def __init__(
        self,
        services: ActorServices,
        case_id: int,
        balance: CaseBalance,
        currency: str,
        instalment: InstalmentView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._case_id = services, case_id
        self.request_id: int | None = None
        self.setWindowTitle(self.tr("Ask for a payment"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for code, text in choices("ledger_kind"):
            self.kind_combo.addItem(text, code)
        self.amount_spin = AmountSpin(currency)
        self.amount_spin.setObjectName("amount_spin")
        self.amount_spin.setMaximumWidth(220)
        self.balance_label = QLabel(
            self.tr(
                "Approved by the committee {approved} · paid on the plan {paid} · asked, not paid yet {pending}"
            ).format(
                approved=format_money(balance.approved, currency),
                paid=format_money(balance.paid_on_plan, currency),
                pending=format_money(balance.pending, currency),
            )
        )
        self.balance_label.setObjectName("balance_label")
        self.balance_label.setWordWrap(True)
        self.balance_label.setStyleSheet("color: #444;")
        self.instalment_combo = QComboBox()
        self.instalment_combo.setObjectName("instalment_combo")
        self.instalment_combo.addItem(self.tr("None: not an instalment of the plan"), None)
        self._instalments = {i.id: i for i in balance.instalments if i.state in ("open", "waiting_report")}
        for i in self._instalments.values():
            self.instalment_combo.addItem(
                self.tr("Instalment {number}/{of} – {amount} ({state})").format(
                    number=i.number, of=i.of, amount=format_money(i.amount, i.currency), state=instalment_state(i.state)
                ),
                i.id,
            )
        self.instalment_combo.currentIndexChanged.connect(lambda _i: self._on_instalment_chosen())

        self.modality_combo = QComboBox()
        self.modality_combo.setObjectName("modality_combo")
        for code, text in choices("modality"):
            self.modality_combo.addItem(text, code)
        self.operator_edit = QLineEdit()
        self.operator_edit.setPlaceholderText(self.tr("e.g. MTN Mobile Money, Orange Money"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("the number the money goes to"))
        self.bank_edit = QLineEdit()
        self.bank_edit.setPlaceholderText(self.tr("bank, then account number or IBAN"))
        self.supplier_edit = QLineEdit()
        self.supplier_edit.setPlaceholderText(self.tr("the supplier paid for the goods"))
        self.proxy_check = QCheckBox(self.tr("Collected by someone else, on the person's behalf (a &proxy)"))
        self.proxy_name_edit = QLineEdit()
        self.proxy_document_edit = QLineEdit()
        self.proxy_document_edit.setPlaceholderText(self.tr("type and number, e.g. CNI 123456789"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(60)
        self.error_label = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("&Instalment"), self.instalment_combo)
        form.addRow(self.tr("&Kind of payment"), self.kind_combo)
        form.addRow(self.tr("&Amount"), self.amount_spin)
        form.addRow(self.tr("Paid &by"), self.modality_combo)
        form.addRow(self.tr("Mobile-money &operator"), self.operator_edit)
        form.addRow(self.tr("Mobile-money &number"), self.phone_edit)
        form.addRow(self.tr("Bank a&ccount"), self.bank_edit)
        form.addRow(self.tr("&Supplier"), self.supplier_edit)
        form.addRow("", self.proxy_check)
        form.addRow(self.tr("Proxy's na&me"), self.proxy_name_edit)
        form.addRow(self.tr("Proxy's ID &document"), self.proxy_document_edit)
        form.addRow(self.tr("No&te for the manager"), self.note_edit)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(self.balance_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self.tr("Send the request"), self._on_buttons_accepted, self.reject))
        self.fields: dict[str, QWidget] = {
            "kind": self.kind_combo,
            "amount": self.amount_spin,
            "instalment": self.instalment_combo,
            "modality": self.modality_combo,
            "mobile_operator": self.operator_edit,
            "phone": self.phone_edit,
            "bank_account": self.bank_edit,
            "supplier": self.supplier_edit,
            "proxy_name": self.proxy_name_edit,
            "proxy_id_document": self.proxy_document_edit,
            "note": self.note_edit,
        }
        self.modality_combo.currentIndexChanged.connect(lambda _i: self._show_details())
        self.proxy_check.toggled.connect(lambda _on: self._show_details())
        if instalment is not None and instalment.id in self._instalments:
            self.instalment_combo.setCurrentIndex(self.instalment_combo.findData(instalment.id))
        self._show_details()
        self.setMinimumWidth(560)

    def _on_instalment_chosen(self) -> None:
        instalment = self._instalments.get(self.instalment_combo.currentData())
        if instalment is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(PLAN_KIND))
            self.amount_spin.set_minor_value(instalment.amount)

    def _show_details(self) -> None:
        modality = self.modality_combo.currentData()
        for widget, shown in (
            (self.operator_edit, modality == "mobile_money"),
            (self.phone_edit, modality == "mobile_money"),
            (self.bank_edit, modality == "bank_transfer"),
            (self.supplier_edit, modality == "in_kind"),
        ):
            self.form.setRowVisible(widget, shown)
        proxy = self.proxy_check.isChecked()
        self.form.setRowVisible(self.proxy_name_edit, proxy)
        self.form.setRowVisible(self.proxy_document_edit, proxy)
        self.adjustSize()

    def to_input(self) -> RequestInput:
        proxy = self.proxy_check.isChecked()
        modality = self.modality_combo.currentData()
        payment = PaymentInput(
            modality,
            mobile_operator=self.operator_edit.text() if modality == "mobile_money" else "",
            phone=self.phone_edit.text() if modality == "mobile_money" else "",
            bank_account=self.bank_edit.text() if modality == "bank_transfer" else "",
            supplier=self.supplier_edit.text() if modality == "in_kind" else "",
            proxy_name=self.proxy_name_edit.text() if proxy else "",
            proxy_id_document=self.proxy_document_edit.text() if proxy else "",
        )
        return RequestInput(
            self._case_id,
            self.kind_combo.currentData(),
            self.amount_spin.minor_value(),
            payment,
            self.instalment_combo.currentData(),
            self.note_edit.toPlainText(),
        )

    def _on_buttons_accepted(self) -> None:
        for widget in self.fields.values():
            widget.setStyleSheet("")
        if self.proxy_check.isChecked() and not self.proxy_name_edit.text().strip():
            self._show_field_error("proxy_name", self.tr("Proxy's name: required when someone else collects."))
            return
        try:
            self.request_id = self._services.ledger.request(self.to_input())
        except DeskError as exc:
            if isinstance(exc, ValidationError) and exc.field in self.fields:
                self._show_field_error(exc.field, exc.message)
            else:
                self.error_label.show_error(refusal_text(exc))
            return
        self.accept()

    def _show_field_error(self, field: str, message: str) -> None:
        widget = self.fields[field]
        widget.setStyleSheet(ERROR_FIELD_STYLE)
        widget.setFocus()
        self.error_label.show_error(message)
