"""Login: user name and password, with the service's lockout messages shown in the dialog itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desk.services.account_service import AuthService
from desk.services.dto import Actor
from desk.services.errors import DeskError
from desk.ui.widgets import ErrorLabel, dialog_buttons


class LoginDialog(QDialog):
    def __init__(self, auth: AuthService, desk_name: str, is_demo: bool, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._auth = auth
        self.actor: Actor | None = None
        self.password = ""  # kept only until a temporary password has been replaced
        self.setWindowTitle(self.tr("Guichet – log in"))
        self.setMinimumWidth(420)

        title = QLabel(f"<h2>{desk_name}</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username_edit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username_edit)
        form.addRow(self.tr("&Password"), self.password_edit)

        self.buttons = dialog_buttons(
            self.tr("Log in"), self._on_buttons_accepted, self.reject, cancel_text=self.tr("Quit")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if is_demo:
            hint = QLabel(
                self.tr(
                    "Demonstration desk: log in as <b>agent</b>, <b>manager</b>, <b>finance</b> or <b>admin</b>, "
                    "password <b>demo</b>."
                )
            )
            hint.setObjectName("demo_hint")
            hint.setWordWrap(True)
            hint.setStyleSheet("background: #fff3cd; padding: 6px; border: 1px solid #e0b400;")
            layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.username_edit.setFocus()

    def _on_buttons_accepted(self) -> None:
        try:
            self.actor = self._auth.authenticate(self.username_edit.text(), self.password_edit.text())
            if self.actor.must_change_password:
                self.password = self.password_edit.text()
        except DeskError as exc:
            self.error_label.show_error(exc)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()
