"""Composition root: paths -> settings -> engine -> migrations -> services -> windows.

The only module that wires everything together; nothing is bound at import time.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable
from typing import Protocol

from desk.cli import resolve_url
from desk.i18n import translate
from desk.paths import RESOURCES, Paths, user_paths
from desk.services.context import DeskContext
from desk.services.errors import DatabaseDamaged, DeskError
from desk.services.startup_checks import LockedDeskContext, before_opening, opening_failure, restore_last_backup

log = logging.getLogger("desk")


def setup_logging(paths: Paths) -> None:
    """A rotating log file in the user's log folder. It records events and error types, never personal data."""
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "guichet.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from desk.ui.controller import GuiController

    paths = user_paths().ensure()
    setup_logging(paths)
    from PySide6.QtGui import QIcon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Guichet")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "guichet.svg")))
    explicit = args.db or os.environ.get("DESK_DATABASE_URL")
    opener = make_opener(paths, GuiStartupPrompts())
    controller = GuiController(opener, explicit_url=resolve_url(explicit) if explicit else None, paths=paths)
    if not controller.start():
        return 0
    code = app.exec()
    controller.shutdown()  # the backup on exit, when the database changed since the last one
    return code


def make_opener(paths: Paths, prompts: StartupPrompts | None = None) -> Callable[[str], DeskContext]:
    """Opens a database for the GUI: start-up checks, engine, then migrations after a backup of a SQLite file."""

    def open_desk(url: str) -> DeskContext:
        context = open_checked(url, paths, prompts or QuietStartupPrompts())
        try:
            report = context.migrate(paths.backups)
        except DeskError:
            context.close()
            raise
        except Exception as exc:  # unreachable server, damaged file, failed migration: said plainly, nothing changed
            context.close()
            log.error("cannot open the database: %s", type(exc).__name__)
            raise opening_failure(exc, url, paths.backups) from exc
        if report.backup is not None:
            log.info("database backed up before migration to %s", report.to_revision)
        return context

    return open_desk


# -- start-up checks: damaged file, second instance, network share or synced folder --------------------------
class StartupPrompts(Protocol):
    """What the start-up checks need to ask or tell the person opening the desk."""

    def warn(self, message: str) -> None: ...

    def offer_restore(self, error: DatabaseDamaged) -> bool | None:
        """Show why the file cannot be opened and offer its last verified backup: True to restore it, False when the
        person declined, None when there is nobody to ask."""
        ...


class QuietStartupPrompts:
    """No window to ask in (tests, scripts): warnings go to the log, nothing is restored without a person."""

    def warn(self, message: str) -> None:
        log.warning("start-up warning shown to nobody: %s", message[:60])

    def offer_restore(self, error: DatabaseDamaged) -> bool | None:
        return None


class GuiStartupPrompts:
    def warn(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, translate("Startup", "Where the database is"), message)

    def offer_restore(self, error: DatabaseDamaged) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, translate("Startup", "The database is damaged"), error.message)
        restore = box.addButton(translate("Startup", "Restore the last backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore


def open_checked(url: str, paths: Paths, prompts: StartupPrompts) -> DeskContext:
    """An embedded desk is checked before it is opened: a damaged file is never replaced by an empty database (the
    last verified backup is offered instead), a desk already open in another Guichet is refused, and one on a
    network share or in a synced folder opens with a warning. Its lock is held until the context is closed."""
    try:
        report = before_opening(url, paths.backups)
    except DatabaseDamaged as damaged:
        choice = prompts.offer_restore(damaged) if damaged.last_backup is not None else None
        if not choice:
            if choice is False:  # the person saw the whole story and chose to quit
                raise DatabaseDamaged(
                    translate(
                        "Startup",
                        "The damaged database was left as it was. Start Guichet again to restore the last backup, or "
                        "ask your administrator.",
                    ),
                    damaged.database,
                    damaged.last_backup,
                ) from damaged
            raise
        result = restore_last_backup(damaged, paths.backups)
        log.info("damaged database replaced by its last verified backup (%s)", result.kind or "backup")
        report = before_opening(url, paths.backups)
    for warning in report.warnings:
        prompts.warn(warning)
    try:
        return LockedDeskContext(url, report.lock)
    except BaseException:
        if report.lock is not None:
            report.lock.release()
        raise
