"""The main window: each role sees its workspaces; status bar; demo banner; idle lock keeps typed text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desk.ui.main_window import MainWindow
from desk.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.conftest import type_text

EXPECTED = {
    "agent": ["home", "registry", "intake", "assessment", "operators", "training", "ledger", "followup"],
    "manager": [
        "home",
        "registry",
        "intake",
        "assessment",
        "operators",
        "committee",
        "training",
        "ledger",
        "followup",
        "exchange",
    ],
    "finance": ["home", "registry", "ledger", "exchange"],
    "admin": ["home", "admin"],
}


@pytest.fixture
def window_for(qtbot, demo_context):
    def make(username: str) -> MainWindow:
        actor = demo_context.auth.authenticate(username, "demo")
        window = MainWindow(demo_context, actor, "en")
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # shortcuts act on the active window
        return window

    return make


@pytest.mark.parametrize("role", list(EXPECTED))
def test_each_role_sees_only_its_workspaces(window_for, role):
    window = window_for(role)
    assert window.workspace_keys() == EXPECTED[role]
    assert window.banner_label.isVisible() and "DEMO" in window.banner_label.text()
    assert role in window.user_label.text()
    assert window.db_label.text().startswith("Database:")


def test_keyboard_shortcuts_switch_workspaces(qtbot, window_for):
    window = window_for("manager")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_workspace_key() == "registry"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_workspace_key() == "home"


def test_f1_lists_the_keyboard_shortcuts(qtbot, window_for):
    window = window_for("finance")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Ctrl+1" in keys and "Ctrl+L" in keys and "F5" in keys
    assert dialog.table.item(0, 1).text() == window.nav_list.item(0).text()  # the workspaces this role has


def test_idle_lock_hides_the_work_and_keeps_what_was_typed(qtbot, window_for):
    window = window_for("admin")
    window.show_workspace("admin")
    name_edit = window.findChild(QLineEdit, "desk_name_edit")
    window.workspace("admin").tabs.setCurrentWidget(window.workspace("admin").settings_widget)
    name_edit.clear()
    type_text(name_edit, "Guichet diaspora – Bafoussam (brouillon)")
    window.idle.set_interval(150)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.pages.currentWidget() is window.lock_page
    assert not name_edit.isVisible()
    assert not window.menuBar().isEnabled()
    # A wrong password is refused on the lock page.
    qtbot.keyClicks(window.lock_page.password_edit, "not-it")
    qtbot.keyClick(window.lock_page.password_edit, Qt.Key.Key_Return)
    assert window.locked and "Wrong" in window.lock_page.error_label.text()
    # The right one brings the work back exactly as it was.
    qtbot.keyClicks(window.lock_page.password_edit, "demo")
    qtbot.keyClick(window.lock_page.password_edit, Qt.Key.Key_Return)
    assert not window.locked
    assert name_edit.isVisible() and name_edit.text() == "Guichet diaspora – Bafoussam (brouillon)"


def test_activity_postpones_the_lock(qtbot, window_for):
    window = window_for("agent")
    window.idle.set_interval(1500)  # wide margin: a busy test machine can stall a few hundred ms
    for _ in range(6):
        qtbot.wait(300)
        qtbot.keyClick(window.nav_list, Qt.Key.Key_Down)
    assert not window.locked  # 1.8 s of activity, never 1.5 s idle
    qtbot.waitUntil(lambda: window.locked, timeout=5000)


def test_lock_now_with_ctrl_l(qtbot, window_for):
    window = window_for("finance")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
