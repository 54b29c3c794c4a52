"""Choosing one's own password: required at the first login with a temporary password."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desk.services.account_service import AccountService
from desk.services.errors import DeskError, ValidationError
from desk.ui.widgets import ErrorLabel, dialog_buttons


class PasswordDialog(QDialog):
    def __init__(self, accounts: AccountService, current_password: str = "", parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._accounts = accounts
        self.setWindowTitle(self.tr("Choose your password"))
        self.current_edit = QLineEdit(current_password)
        self.new_edit = QLineEdit()
        self.new_edit.setObjectName("new_password_edit")
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("confirm_password_edit")
        for edit in (self.current_edit, self.new_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = ErrorLabel()
        form = QFormLayout()
        if not current_password:
            form.addRow(self.tr("&Current password"), self.current_edit)
        form.addRow(self.tr("&New password (8 characters or more)"), self.new_edit)
        form.addRow(self.tr("New password &again"), self.confirm_edit)
        buttons = dialog_buttons(self.tr("Save my password"), self._on_buttons_accepted, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Your account has a temporary password: choose your own, known only to you.")))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.new_edit.setFocus()

    def _on_buttons_accepted(self) -> None:
        try:
            if self.new_edit.text() != self.confirm_edit.text():
                raise ValidationError("confirm", self.tr("New password again: the two passwords differ."))
            self._accounts.change_own_password(self.current_edit.text(), self.new_edit.text())
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.accept()
