"""The application's flow: which database, first-run choices, login, the main window, and back.

Kept apart from the windows so each of them stays small, and so tests can drive the whole flow.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEventLoop, QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from desk.i18n import translate
from desk.paths import Paths, sqlite_url
from desk.services.backup_service import backup_if_due, backup_on_exit
from desk.services.context import DeskContext
from desk.services.dto import Actor
from desk.services.errors import DeskError
from desk.settings import DEMO, DESK, Settings
from desk.ui.followup.today_panel import remind_followup
from desk.ui.login_dialog import LoginDialog
from desk.ui.main_window import MainWindow
from desk.ui.messages import error_text, show_error
from desk.ui.password_dialog import PasswordDialog
from desk.ui.setup_dialog import SetupDialog
from desk.ui.translator import install_translator
from desk.ui.welcome_dialog import WelcomeDialog
from desk.ui.workers import Task, cancel_and_wait, run_in_background, run_with_progress

log = logging.getLogger(__name__)

DEMO_RETURNEES = 2_000


class GuiController(QObject):
    def __init__(
        self,
        opener: Callable[[str], DeskContext],
        *,
        paths: Paths,
        explicit_url: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self._open = opener
        self._paths = paths
        self._explicit = explicit_url
        self.settings = settings or Settings()
        self.context: DeskContext | None = None
        self.window: MainWindow | None = None
        self._url_open = ""  # the database open now, and which one (desk, demo, or "" for an explicit URL)
        self._which = ""
        self._backup_task: Task | None = None
        install_translator(self.settings.language)

    # -- start -------------------------------------------------------------------------------
    def start(self) -> bool:
        """Choose the database and log in; False when the person quit before the main window."""
        if self._explicit:
            return self._open_and_login(self._explicit, which="")
        which = self.settings.last_database
        if not which:
            if self._paths.database.exists():
                which = DESK
            elif self._paths.demo_database.exists():
                which = DEMO
            else:
                dialog = WelcomeDialog()
                if not dialog.exec():
                    return False
                which = dialog.choice
        return self._open_and_login(self._url(which), which)

    def _url(self, which: str) -> str:
        return sqlite_url(self._paths.demo_database if which == DEMO else self._paths.database)

    def _open_and_login(self, url: str, which: str) -> bool:
        try:
            context = self._open(url)
        except DeskError as exc:
            QMessageBox.critical(None, translate("Controller", "Cannot open the database"), error_text(exc))
            return False
        try:
            if not self._prepare(context, which):
                context.close()
                return False
        except DeskError as exc:
            show_error(None, exc)
            context.close()
            return False
        if which:
            self.settings.last_database = which
            self.settings.sync()
        self.context = context
        self._url_open, self._which = url, which
        return self._login()

    def _prepare(self, context: DeskContext, which: str) -> bool:
        """A new demonstration desk is filled with invented data; a new real desk asks for its administrator."""
        if which == DEMO and not context.desk.is_initialised():
            context.desk.initialise("CM", is_demo=True)
        if which == DEMO and not context.auth.has_users():
            self._blocking(
                translate("Controller", "Preparing the demonstration desk…"),
                lambda progress, cancel: context.demo.generate(DEMO_RETURNEES, progress=progress, cancel=cancel),
            )
            return True
        if not context.auth.has_users():
            return bool(SetupDialog(context).exec())
        return True

    def _blocking(self, title: str, fn: Callable[..., Any]) -> Any:
        """Run fn in the background behind a progress dialog, waiting for it without freezing the window."""
        loop = QEventLoop()
        outcome: dict[str, Any] = {}

        def done(result: Any) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        task = run_with_progress(None, title, fn, done, failed)  # type: ignore[arg-type]
        task.failed.connect(lambda exc: (outcome.setdefault("error", exc), loop.quit()))
        if not task.done:
            loop.exec()
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("result")

    def _login(self) -> bool:
        assert self.context is not None
        info = self.context.desk.info()
        dialog = LoginDialog(self.context.auth, info.name, info.is_demo)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            self._close_context()
            return False
        actor = dialog.actor
        if actor.must_change_password:
            accounts = self.context.for_actor(actor).accounts
            if PasswordDialog(accounts, dialog.password).exec() != QDialog.DialogCode.Accepted:
                self._close_context()
                return False
            actor = replace(actor, must_change_password=False)
        self.show_main_window(actor)
        self._backup_if_due()
        return True

    # -- main window ---------------------------------------------------------------------------
    def show_main_window(self, actor: Actor) -> MainWindow:
        assert self.context is not None
        previous = self.window
        window = MainWindow(self.context, actor, self.settings.language)
        window.language_chosen.connect(self._on_window_language_chosen)
        window.logout_requested.connect(self._on_window_logout_requested)
        window.switch_requested.connect(self._on_window_switch_requested)
        window.restart_requested.connect(self._on_window_restart_requested)
        geometry = self.settings.window_geometry
        if geometry is not None:
            window.restoreGeometry(geometry)
        self.window = window
        window.show()
        # The day's visits and the overdue ones, said once after login in the status bar (never a blocking box).
        remind_followup(window, window.services, window.show_followup)
        if previous is not None:
            previous.close()
            previous.deleteLater()
        return window

    def _close_window(self) -> None:
        if self.window is not None:
            self.settings.window_geometry = self.window.saveGeometry()
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def _close_context(self) -> None:
        """The database closed once nothing works on it any more (a refresh or a backup still running is stopped)."""
        if self.context is not None:
            if not cancel_and_wait():
                log.error("a background job was still running when the database was closed")
            self.context.close()
            self.context = None

    def _on_window_language_chosen(self, language: str) -> None:
        if self.window is None or language == self.settings.language:
            return
        self.settings.language = language
        self.settings.sync()
        install_translator(language)
        self.show_main_window(self.window.actor)  # rebuilt in the new language, same person, same desk

    # -- backups -------------------------------------------------------------------------------
    def _backup_if_due(self) -> None:
        """The day's backup, in the background after login (nothing to do most of the time: a look at file names)."""
        context, window, folder = self.context, self.window, self._paths.backups
        if context is None or window is None:
            return
        task = run_in_background(
            lambda progress, cancel: backup_if_due(context, folder, progress=progress, cancel=cancel), self
        )
        task.finished.connect(lambda result: self._say_backup(result))
        task.failed.connect(lambda exc: self._say_backup_failed(exc))
        self._backup_task = task

    def _say_backup(self, result: Any) -> None:
        if result is not None and self.window is not None:
            self.window.statusBar().showMessage(result.summary(), 15_000)

    def _say_backup_failed(self, exc: BaseException) -> None:
        log.error("the automatic backup failed: %s", type(exc).__name__)
        if self.window is not None:
            self.window.statusBar().showMessage(error_text(exc), 30_000)

    def shutdown(self) -> None:
        """On quitting: a last backup when the database changed since the previous one, then close it."""
        if self.context is not None:
            cancel_and_wait()  # the day's backup, if it is still being written, ends (or stops) first
            try:
                backup_on_exit(self.context, self._paths.backups)
            except DeskError as exc:
                log.error("the backup on exit failed: %s", type(exc).__name__)
            self._close_context()

    def _on_window_restart_requested(self) -> None:
        """After a restore: the window and the database closed, then opened again on the restored file."""
        url, which = self._url_open, self._which
        self._close_window()
        self._close_context()
        self._open_and_login(url, which)

    def _on_window_logout_requested(self) -> None:
        self._close_window()
        self._login()

    def _on_window_switch_requested(self, which: str) -> None:
        self._close_window()
        self._close_context()
        self._open_and_login(self._url(which), which)
