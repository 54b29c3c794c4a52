"""Case file → Request erasure…: a manager records that the person asked to be forgotten (who asked, when, why).
The administrator then decides and executes it. When a request is already open, the dialog shows where it stands
instead."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desk.services.data_protection import DataProtectionService, asked_by_choices
from desk.services.data_protection_dto import ErasureInput, ErasureRequestView
from desk.services.errors import DeskError
from desk.ui.date_edit import DateEdit
from desk.ui.formatting import format_date
from desk.ui.widgets import OK, ErrorLabel, dialog_buttons


class ErasureRequestDialog(QDialog):
    def __init__(
        self, service: DataProtectionService, case_id: int, case_number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service, self._case_id = service, case_id
        self.request_id: int | None = None
        self.setWindowTitle(self.tr("Request erasure of case {number}").format(number=case_number))
        self.setMinimumWidth(480)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.asked_by_combo = QComboBox()
        self.asked_by_combo.setObjectName("asked_by_combo")
        for code, text in asked_by_choices():
            self.asked_by_combo.addItem(text, code)
        self.asked_on_edit = DateEdit()
        self.asked_on_edit.setObjectName("asked_on_edit")
        self.asked_on_edit.set_value(date.today())
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(90)
        self.reason_edit.setPlaceholderText(
            self.tr("How the request was made (letter, visit, phone), and what was asked. Do not write the name.")
        )
        explanation = QLabel(
            self.tr(
                "The person's identity and notes will be replaced by a pseudonym on every case of theirs, once the "
                "administrator approves and executes the request. Payments already made stay in the ledger. "
                "Pending payments must be settled and the person's cases closed first."
            )
        )
        explanation.setWordWrap(True)
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Asked &by"), self.asked_by_combo)
        form.addRow(self.tr("Asked &on"), self.asked_on_edit)
        form.addRow(self.tr("&Reason"), self.reason_edit)
        self.buttons = dialog_buttons(self.tr("&Record the request"), self._on_buttons_accepted, self.reject, OK)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._show_current()

    def _show_current(self) -> None:
        try:
            current = self._service.request_for_case(self._case_id)
        except DeskError as exc:
            self.error_label.show_error(exc)
            current = None
        self.status_label.setVisible(current is not None)
        if current is None:
            return
        self.status_label.setText(self._describe(current))
        blocked = current.open or current.status == "executed"
        for widget in (self.asked_by_combo, self.asked_on_edit, self.reason_edit, self.buttons.button(OK)):
            widget.setEnabled(not blocked)

    def _describe(self, r: ErasureRequestView) -> str:
        text = self.tr("<b>An erasure request exists for this person</b> (case {number}, asked on {date}): {status}.")
        text = text.format(number=r.case_number, date=format_date(r.asked_on), status=r.status_label)
        if r.decision_reason:
            text += " " + self.tr("Reason given: {reason}").format(reason=r.decision_reason)
        return text

    def _on_buttons_accepted(self) -> None:
        try:
            asked_on = self.asked_on_edit.value() or date.today()
        except ValueError:
            self.error_label.show_error(self.tr("Asked on: type a date as dd/mm/yyyy."))
            return
        reason = " ".join(self.reason_edit.toPlainText().split())
        try:
            self.request_id = self._service.record_request(
                ErasureInput(self._case_id, self.asked_by_combo.currentData(), asked_on, reason)
            )
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.accept()
