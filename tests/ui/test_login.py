"""The login dialog, driven with the keyboard as at the desk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desk.services.account_service import MAX_FAILED_ATTEMPTS
from desk.ui.login_dialog import LoginDialog


def _type_and_submit(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username_edit.clear()
    qtbot.keyClicks(dialog.username_edit, username)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_successful_login_returns_the_actor(qtbot, demo_context):
    dialog = LoginDialog(demo_context.auth, "Guichet test", is_demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(object, "demo_hint") is not None
    _type_and_submit(qtbot, dialog, "finance", "demo")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role == "finance"


def test_failed_login_says_why_and_keeps_the_dialog_open(qtbot, demo_context):
    dialog = LoginDialog(demo_context.auth, "Guichet test", is_demo=False)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_submit(qtbot, dialog, "agent", "wrong")
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.error_label.text() == "Wrong user name or password."
    assert dialog.password_edit.text() == "" and dialog.username_edit.text() == "agent"


def test_lockout_is_shown_in_the_dialog(qtbot, demo_context):
    dialog = LoginDialog(demo_context.auth, "Guichet test", is_demo=False)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(MAX_FAILED_ATTEMPTS):
        _type_and_submit(qtbot, dialog, "agent", "wrong")
    _type_and_submit(qtbot, dialog, "agent", "demo")
    assert dialog.actor is None
    assert "locked" in dialog.error_label.text()
