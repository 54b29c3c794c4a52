"""The administrator's two decisions on an erasure request that need words: refusing it (with a reason) and
executing it (irreversible: the case number is typed again to confirm). Also the reason for a request opened from
the retention review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.services.data_protection import DataProtectionService
from desk.services.data_protection_dto import ErasureReport, ErasureRequestView
from desk.services.errors import DeskError
from desk.ui.widgets import OK, ErrorLabel, dialog_buttons


class ExecuteErasureDialog(QDialog):
    """Says what is erased and what is kept, asks for the case number, then executes."""

    def __init__(
        self, service: DataProtectionService, request: ErasureRequestView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service, self._request = service, request
        self.report: ErasureReport | None = None
        self.setWindowTitle(self.tr("Execute the erasure of case {number}").format(number=request.case_number))
        self.setMinimumWidth(560)
        explanation = QLabel(
            self.tr(
                "<p>The person of case <b>{number}</b> (and any duplicate record merged into them) will be "
                "<b>pseudonymised</b>. This cannot be undone.</p>"
                "<p><b>Erased:</b> names, phones, ID document, day and month of birth, department, town and "
                "household, relatives and guardian, photo, the free-text notes of every record of their cases, "
                "vulnerabilities, the payee details of their disbursement requests, their intake drafts, and their "
                "entries in the search index. Their consent is withdrawn.</p>"
                "<p><b>Kept, under the pseudonym:</b> sex, year of birth, nationality, region, case numbers and "
                "statuses, plans' sectors and budgets, committee decisions, trainings, visit dates and findings "
                "(as codes): the desk's figures stay true.</p>"
                "<p><b>Unchanged:</b> the ledger entries and bank statement lines, the legal record of the money "
                "paid, chained so that any change shows; and the audit trail written before today.</p>"
            ).format(number=request.case_number)
        )
        explanation.setWordWrap(True)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("confirm_edit")
        self.confirm_edit.setPlaceholderText(request.case_number)
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Type the &case number to confirm"), self.confirm_edit)
        self.buttons = dialog_buttons(self.tr("&Erase permanently"), self._on_buttons_accepted, self.reject, OK)
        self.erase_button = self.buttons.button(OK)
        self.erase_button.setObjectName("erase_button")
        self.erase_button.setEnabled(False)
        self.confirm_edit.textChanged.connect(self._on_confirm_edit_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _on_confirm_edit_text_changed(self, text: str) -> None:
        self.erase_button.setEnabled(text.strip().upper() == self._request.case_number.upper())

    def _on_buttons_accepted(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a second or two on a large desk
        try:
            self.report = self._service.execute(self._request.id, self._request.version, self.confirm_edit.text())
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()
