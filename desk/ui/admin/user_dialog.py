"""Adding or editing one account."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout

from desk.services.context import ActorServices
from desk.services.dto import UserDTO
from desk.services.errors import DeskError
from desk.services.permissions import ROLES, role_label
from desk.ui.widgets import SAVE, ErrorLabel, dialog_buttons


class UserDialog(QDialog):
    def __init__(self, services: ActorServices, user: UserDTO | None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._services, self._user = services, user
        self.setWindowTitle(
            self.tr("New user") if user is None else self.tr("Edit user {name}").format(name=user.username)
        )
        self.username_edit = QLineEdit(user.username if user else "")
        self.username_edit.setObjectName("username_edit")
        self.username_edit.setEnabled(user is None)
        self.full_name_edit = QLineEdit(user.full_name if user else "")
        self.full_name_edit.setObjectName("full_name_edit")
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("role_combo")
        for role in ROLES:
            self.role_combo.addItem(role_label(role), role)
        if user:
            self.role_combo.setCurrentIndex(ROLES.index(user.role))
        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        if user and user.language == "en":
            self.language_combo.setCurrentIndex(1)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username_edit)
        form.addRow(self.tr("&Full name"), self.full_name_edit)
        form.addRow(self.tr("&Role"), self.role_combo)
        form.addRow(self.tr("&Language"), self.language_combo)
        if user is None:
            form.addRow(self.tr("&Temporary password"), self.password_edit)
        buttons = dialog_buttons(self.tr("Save"), self._on_buttons_accepted, self.reject, SAVE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        accounts = self._services.accounts
        try:
            if self._user is None:
                accounts.add_user(
                    self.username_edit.text(),
                    self.full_name_edit.text(),
                    self.role_combo.currentData(),
                    self.password_edit.text(),
                    self.language_combo.currentData(),
                )
            else:
                accounts.update_user(
                    self._user.id,
                    self._user.version,
                    full_name=self.full_name_edit.text(),
                    role=self.role_combo.currentData(),
                    language=self.language_combo.currentData(),
                )
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.accept()
