"""The whole application flow: first run, demo desk, login, language switch, logout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desk.app import make_opener
from desk.paths import user_paths
from desk.settings import Settings
from desk.ui import controller as controller_module
from desk.ui.controller import GuiController
from desk.ui.login_dialog import LoginDialog
from desk.ui.password_dialog import PasswordDialog
from desk.ui.setup_dialog import SetupDialog
from desk.ui.welcome_dialog import WelcomeDialog
from tests.ui.conftest import answer_next_dialog


def _log_in(username: str, password: str):
    def answer(dialog):
        assert isinstance(dialog, LoginDialog)
        dialog.username_edit.setText(username)
        dialog.password_edit.setText(password)
        dialog.buttons.accepted.emit()

    return answer


def test_first_run_offers_the_demo_desk_and_logs_in(qtbot, monkeypatch):
    monkeypatch.setattr(controller_module, "DEMO_RETURNEES", 60)
    paths = user_paths().ensure()
    controller = GuiController(make_opener(paths), paths=paths)

    def choose_demo(dialog):
        assert isinstance(dialog, WelcomeDialog)
        answer_next_dialog(_log_in("manager", "demo"))
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(choose_demo)
    assert controller.start()
    window = controller.window
    qtbot.addWidget(window)
    assert window.actor.role == "manager" and window.info.is_demo
    assert window.banner_label.isVisible()
    assert paths.demo_database.exists() and not paths.database.exists()  # the demo never touches the real desk
    assert Settings().last_database == "demo"
    controller._close_window()
    controller._close_context()


def test_first_run_sets_up_a_real_desk(qtbot):
    paths = user_paths().ensure()
    controller = GuiController(make_opener(paths), paths=paths)

    def fill_setup(dialog):
        assert isinstance(dialog, SetupDialog)
        dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("TG"))
        dialog.name_edit.setText("Guichet diaspora – Lomé")
        dialog.full_name_edit.setText("Kossi Agbeko")
        dialog.password_edit.setText("a-strong-pass")
        dialog.confirm_edit.setText("a-strong-pass")
        answer_next_dialog(_log_in("admin", "a-strong-pass"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    def choose_setup(dialog):
        assert isinstance(dialog, WelcomeDialog)
        answer_next_dialog(fill_setup)
        dialog.setup_button.click()

    answer_next_dialog(choose_setup)
    assert controller.start()
    window = controller.window
    qtbot.addWidget(window)
    assert window.actor.role == "admin" and not window.info.is_demo
    assert window.info.country == "TG" and window.info.currency == "XOF"
    assert not window.banner_label.isVisible()
    controller._close_window()
    controller._close_context()


def test_language_switch_rebuilds_the_window_in_english_then_french(qtbot, demo_context):
    paths = user_paths().ensure()
    settings = Settings()
    settings.language = "fr"
    controller = GuiController(lambda url: demo_context, paths=paths, explicit_url=demo_context.url, settings=settings)
    answer_next_dialog(_log_in("agent", "demo"))
    assert controller.start()
    french = controller.window
    assert french.nav_list.item(1).text() == "Registre"
    french.language_chosen.emit("en")
    english = controller.window
    qtbot.addWidget(english)
    assert english is not french and english.actor == french.actor
    assert english.nav_list.item(1).text() == "Registry"
    assert Settings().language == "en"
    controller._close_window()


def test_logout_returns_to_the_login(qtbot, demo_context):
    paths = user_paths().ensure()
    controller = GuiController(lambda url: demo_context, paths=paths, explicit_url=demo_context.url)
    answer_next_dialog(_log_in("agent", "demo"))
    assert controller.start()
    first = controller.window
    answer_next_dialog(_log_in("finance", "demo"))
    controller._on_window_logout_requested()
    assert controller.window is not first and controller.window.actor.role == "finance"
    qtbot.addWidget(controller.window)
    controller._close_window()
    QApplication.processEvents()


def test_a_temporary_password_must_be_replaced_at_first_login(qtbot, demo_context):
    admin = demo_context.auth.authenticate("admin", "demo")
    demo_context.for_actor(admin).accounts.add_user("aicha", "Aïcha Mballa", "agent", "temporary-9")
    paths = user_paths().ensure()
    controller = GuiController(lambda url: demo_context, paths=paths, explicit_url=demo_context.url)

    def choose_password(dialog):
        assert isinstance(dialog, PasswordDialog)
        dialog.new_edit.setText("my-own-secret")
        dialog.confirm_edit.setText("my-own-secret")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    def log_in(dialog):
        answer_next_dialog(choose_password)
        _log_in("aicha", "temporary-9")(dialog)

    answer_next_dialog(log_in)
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert controller.window.actor.username == "aicha"
    assert demo_context.auth.authenticate("aicha", "my-own-secret").must_change_password is False
    controller._close_window()


def test_an_unreadable_database_is_reported_not_created(qtbot, tmp_path):
    from desk.services.errors import StorageError

    damaged = tmp_path / "guichet.sqlite"
    damaged.write_bytes(b"this is not a database" * 100)
    opener = make_opener(user_paths().ensure())
    import pytest

    with pytest.raises(StorageError, match="left as it was"):
        opener(f"sqlite:///{damaged}")
    assert damaged.read_bytes().startswith(b"this is not a database")


def test_the_days_backup_after_login_and_a_restart_after_a_restore(qtbot, monkeypatch):
    """The first login of the day makes the daily backup in the background (said in the status bar); a restore
    asks the application to open the desk again: the window closes and the login comes back."""
    monkeypatch.setattr(controller_module, "DEMO_RETURNEES", 30)
    paths = user_paths().ensure()
    controller = GuiController(make_opener(paths), paths=paths)

    def choose_demo(dialog):
        answer_next_dialog(_log_in("admin", "demo"))
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(choose_demo)
    assert controller.start()
    first = controller.window
    qtbot.waitUntil(lambda: any(paths.backups.glob("*daily*.sqlite")), timeout=30_000)
    qtbot.waitUntil(lambda: bool(first.statusBar().currentMessage()), timeout=10_000)
    answer_next_dialog(_log_in("admin", "demo"))
    first.restart_requested.emit()
    assert controller.window is not None and controller.window is not first
    qtbot.addWidget(controller.window)
    controller._close_window()
    controller.shutdown()  # nothing changed since the daily backup: no other one
    assert controller.context is None
    assert len(list(paths.backups.glob("*.sqlite"))) == 1
