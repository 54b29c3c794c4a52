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

from desk.cli import resolve_url
from desk.i18n import translate
from desk.paths import RESOURCES, Paths, user_paths
from desk.services.context import DeskContext
from desk.services.errors import DeskError, StorageError

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
    opener = make_opener(paths)
    controller = GuiController(opener, explicit_url=resolve_url(explicit) if explicit else None, paths=paths)
    if not controller.start():
        return 0
    return app.exec()


def make_opener(paths: Paths) -> Callable[[str], DeskContext]:
    """Opens a database for the GUI: engine, then migrations after a backup of an existing SQLite file."""

    def open_desk(url: str) -> DeskContext:
        context = DeskContext(url)
        try:
            report = context.migrate(paths.backups)
        except DeskError:
            context.close()
            raise
        except Exception as exc:  # unreachable server, damaged file, failed migration: said plainly, nothing changed
            context.close()
            log.error("cannot open the database: %s", type(exc).__name__)
            raise StorageError(
                translate(
                    "Errors",
                    "The database could not be opened or brought up to date; it was left as it was. "
                    "Check that the server is reachable or the file is intact, then try again.",
                )
            ) from exc
        if report.backup is not None:
            log.info("database backed up before migration to %s", report.to_revision)
        return context

    return open_desk
