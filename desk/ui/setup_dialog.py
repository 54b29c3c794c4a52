"""Setting up a new desk: its country and name (when not yet set) and its first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desk.services.context import DeskContext
from desk.services.dto import Actor
from desk.services.errors import DeskError, ValidationError
from desk.ui.widgets import ErrorLabel, dialog_buttons


class SetupDialog(QDialog):
    def __init__(self, context: DeskContext, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._context = context
        self._needs_country = not context.desk.is_initialised()
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Set up the desk"))
        self.setMinimumWidth(480)

        self.country_combo = QComboBox()
        self.country_combo.setObjectName("country_combo")
        for code, label in (
            ("CM", self.tr("Cameroon (XAF)")),
            ("TG", self.tr("Togo (XOF)")),
            ("TN", self.tr("Tunisia (TND)")),
        ):
            self.country_combo.addItem(label, code)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Guichet diaspora – Yaoundé"))
        self.username_edit = QLineEdit("admin")
        self.username_edit.setObjectName("username_edit")
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("full_name_edit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = ErrorLabel()

        form = QFormLayout()
        if self._needs_country:
            form.addRow(self.tr("&Country"), self.country_combo)
            form.addRow(self.tr("&Desk name"), self.name_edit)
        form.addRow(self.tr("Administrator's &user name"), self.username_edit)
        form.addRow(self.tr("Administrator's &full name"), self.full_name_edit)
        form.addRow(self.tr("&Password (8 characters or more)"), self.password_edit)
        form.addRow(self.tr("Password &again"), self.confirm_edit)

        buttons = dialog_buttons(self.tr("Create the desk"), self._on_buttons_accepted, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "<h3>A new desk</h3><p>The administrator then creates the accounts of the "
                    "agents, the manager and the finance officer.</p>"
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        try:
            if self.password_edit.text() != self.confirm_edit.text():
                raise ValidationError("confirm", self.tr("Password again: the two passwords differ."))
            self._context.auth.validate_first_admin(
                self.username_edit.text(), self.full_name_edit.text(), self.password_edit.text()
            )
            if self._needs_country:
                self._context.desk.initialise(self.country_combo.currentData(), self.name_edit.text().strip() or None)
            self.actor = self._context.auth.create_first_admin(
                self.username_edit.text(), self.full_name_edit.text(), self.password_edit.text()
            )
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.accept()
