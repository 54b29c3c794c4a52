"""Accounts: add, edit, disable or re-enable, reset a password (which also lifts a lockout)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.dto import UserDTO
from desk.services.errors import DeskError
from desk.ui.admin.user_dialog import UserDialog
from desk.ui.history_dialog import HistoryDialog
from desk.ui.messages import show_error
from desk.ui.table_models import UsersTableModel
from desk.ui.widgets import configure_table


class UsersWidget(QWidget):
    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = UsersTableModel()
        self.table_view = configure_table(QTableView(), "users_table")
        self.table_view.setModel(self.model)
        self.table_view.doubleClicked.connect(lambda _index: self._on_edit_button_clicked())

        self.add_button = QPushButton(self.tr("&Add a user…"))
        self.add_button.setObjectName("add_user_button")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.toggle_button = QPushButton(self.tr("&Disable / enable"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.clicked.connect(self._on_history_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button, self.reset_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table_view)
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_rows(self._services.accounts.list_users())
        except DeskError as exc:
            show_error(self, exc)
        self.table_view.resizeColumnsToContents()

    def selected(self) -> UserDTO | None:
        rows = self.table_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_add_button_clicked(self) -> None:
        dialog = UserDialog(self._services, None, self)
        if dialog.exec():
            self.reload()

    def _on_edit_button_clicked(self) -> None:
        user = self.selected()
        if user and UserDialog(self._services, user, self).exec():
            self.reload()

    def _on_toggle_button_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self._services.accounts.set_active(user.id, user.version, not user.active)
        except DeskError as exc:
            show_error(self, exc)
        self.reload()

    def _on_history_button_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            HistoryDialog(self._services, "users", user.id, user.username, self).exec()

    def _on_reset_button_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr(
                "Temporary password for {user} (8 characters or more). They choose their own at next login."
            ).format(user=user.username),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            self._services.accounts.reset_password(user.id, user.version, password)
        except DeskError as exc:
            show_error(self, exc)
        self.reload()
