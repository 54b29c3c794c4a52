"""The small dialogs of the disbursement desk: pay, refuse, reverse, choose a day."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import translate
from desk.services.context import ActorServices
from desk.services.errors import DeskError, ValidationError
from desk.services.labels import label
from desk.services.ledger_dto import EntryRow, RequestView
from desk.services.ledger_service import NEEDS_REFERENCE
from desk.services.money import format_money
from desk.ui.date_edit import DateEdit
from desk.ui.formatting import format_date
from desk.ui.ledger.models import entry_kind, payment_label
from desk.ui.messages import refusal_text
from desk.ui.widgets import SUMMARY_STYLE, ErrorLabel, dialog_buttons


def _summary(html: str) -> QLabel:
    summary = QLabel(html)
    summary.setObjectName("summary_label")
    summary.setWordWrap(True)
    summary.setStyleSheet(SUMMARY_STYLE)
    return summary


def _reason_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(70)
    return edit


class PayDialog(QDialog):
    """Finance pays an approved request: the date paid and, for mobile money or a transfer, the reference."""

    def __init__(self, services: ActorServices, request: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._request = services, request
        self.entry_id: int | None = None
        self.receipt_no: int | None = None
        self.setWindowTitle(self.tr("Pay"))
        r = request
        modality = label("modality", r.modality)
        if r.modality != "cash" or not r.proxy_name:  # cash to a proxy: the proxy line says it all
            modality = translate("LedgerScreens", "{modality}: {details}").format(
                modality=modality, details=f"<b>{escape(r.payee)}</b>"
            )
        proxy = (
            self.tr("<br>Collected by a proxy: <b>{name}</b> (check their ID document)").format(
                name=escape(r.proxy_name)
            )
            if r.proxy_name
            else ""
        )
        self.summary_label = _summary(
            self.tr(
                "<p style='font-size:18px'><b>{amount}</b></p>"
                "<p><b>{beneficiary}</b> · {case}<br>{payment}<br>{modality}{proxy}</p>"
                "<p>Asked by {requested_by} · approved by {approved_by}</p>"
            ).format(
                amount=format_money(r.amount, r.currency),
                beneficiary=escape(r.beneficiary),
                case=r.case_number,
                payment=payment_label(r.kind, r.instalment),
                modality=modality,
                proxy=proxy,
                requested_by=escape(r.requested_by),
                approved_by=escape(r.decided_by) or "–",
            )
        )
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("date_paid_edit")
        self.date_edit.set_value(date.today())
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("reference_edit")
        self.reference_edit.setMaxLength(80)
        needs_reference = r.modality in NEEDS_REFERENCE
        self.reference_edit.setPlaceholderText(
            self.tr("Required: the transaction number") if needs_reference else self.tr("Optional")
        )
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Date paid"), self.date_edit)
        form.addRow(
            self.tr("Transaction &reference *") if needs_reference else self.tr("Transaction &reference"),
            self.reference_edit,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.buttons = dialog_buttons(self.tr("Record the payment"), self._on_buttons_accepted, self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        (self.reference_edit if needs_reference else self.date_edit).setFocus()

    def _on_buttons_accepted(self) -> None:
        try:
            paid_on = self.date_edit.value()
        except ValueError:
            paid_on = None
        if paid_on is None:
            self.error_label.show_error(self.tr("Date paid: type it as dd/mm/yyyy."))
            self.date_edit.setFocus()
            return
        try:
            self.entry_id, self.receipt_no = self._services.ledger.pay(
                self._request.id, paid_on, self.reference_edit.text()
            )
        except DeskError as exc:
            self.error_label.show_error(refusal_text(exc))
            if isinstance(exc, ValidationError):
                field = {"reference": self.reference_edit, "value_date": self.date_edit}.get(exc.field)
                if field is not None:
                    field.setFocus()
            return
        self.accept()


class ReverseDialog(QDialog):
    """Correct a mistaken payment by its opposite entry; the original stays in the ledger."""

    def __init__(self, services: ActorServices, entry: EntryRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._entry = services, entry
        self.reversal_id: int | None = None
        self.setWindowTitle(self.tr("Reverse an entry"))
        e = entry
        summary = self.tr(
            "<p>Entry <b>No. {seq}</b> of {day} · receipt {receipt}</p>"
            "<p><b>{beneficiary}</b> · {case}<br>{payment} · {modality}</p>"
            "<p style='font-size:16px'><b>{amount}</b></p>"
            "<p>An opposite entry of <b>{opposite}</b> will be posted. The original stays in the ledger; "
            "the request goes back to the case, which may ask again.</p>"
        ).format(
            seq=e.seq,
            day=format_date(e.value_date),
            receipt=e.receipt_no or "–",
            beneficiary=escape(e.beneficiary),
            case=e.case_number,
            payment=entry_kind(e),
            modality=label("modality", e.modality),
            amount=format_money(e.amount, e.currency),
            opposite=format_money(-e.amount, e.currency),
        )
        self.reason_edit = _reason_edit()
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("e.g. paid on the wrong case; wrong mobile-money number"))
        self.date_edit = DateEdit()
        self.date_edit.set_value(date.today())
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Reason (required)"), self.reason_edit)
        form.addRow(self.tr("&Date of the reversal"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(summary))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self.tr("Reverse the entry"), self._on_buttons_accepted, self.reject))
        self.resize(520, 0)
        self.reason_edit.setFocus()

    def confirm_reversal(self) -> bool:
        """The last word before posting (replaced in tests)."""
        answer = QMessageBox.question(
            self,
            self.tr("Reverse an entry"),
            self.tr("Post the reversal of entry No. {seq} ({amount})? A reversal cannot be undone.").format(
                seq=self._entry.seq, amount=format_money(self._entry.amount, self._entry.currency)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_buttons_accepted(self) -> None:
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            self.error_label.show_error(self.tr("Reason for the reversal: required, it goes into the ledger."))
            self.reason_edit.setFocus()
            return
        try:
            day = self.date_edit.value()
        except ValueError:
            day = None
        if day is None:
            self.error_label.show_error(self.tr("Date of the reversal: type it as dd/mm/yyyy."))
            self.date_edit.setFocus()
            return
        if not self.confirm_reversal():
            return
        try:
            self.reversal_id = self._services.ledger.reverse(self._entry.id, reason, day)
        except DeskError as exc:
            self.error_label.show_error(refusal_text(exc))
            return
        self.accept()


class DayDialog(QDialog):
    """One day to type (today by default): which day's receipts to print, when a report arrived."""

    def __init__(self, title: str, prompt: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: date | None = None
        self.setWindowTitle(title)
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("day_edit")
        self.date_edit.set_value(date.today())
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(prompt, self.date_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(ok_text, self._on_buttons_accepted, self.reject))
        self.resize(360, 0)

    def _on_buttons_accepted(self) -> None:
        try:
            self.day = self.date_edit.value()
        except ValueError:
            self.day = None
        if self.day is None:
            self.error_label.show_error(self.tr("Day: type it as dd/mm/yyyy."))
            return
        self.accept()
