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

from desk.paths import Paths, sqlite_url, user_paths
from desk.services.context import DeskContext

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
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Guichet")
    explicit = args.db or os.environ.get("DESK_DATABASE_URL")
    opener = make_opener(paths)
    controller = GuiController(opener, explicit_url=_as_url(explicit) if explicit else None, paths=paths)
    if not controller.start():
        return 0
    return app.exec()


def _as_url(value: str) -> str:
    from pathlib import Path

    return value if "://" in value else sqlite_url(Path(value).expanduser().resolve())


def make_opener(paths: Paths) -> Callable[[str], DeskContext]:
    """Opens a database for the GUI: engine, then migrations after a backup of an existing SQLite file."""

    def open_desk(url: str) -> DeskContext:
        context = DeskContext(url)
        try:
            report = context.migrate(paths.backups)
        except BaseException:
            context.close()
            raise
        if report.backup is not None:
            log.info("database backed up before migration to %s", report.to_revision)
        return context

    return open_desk


def url_for(paths: Paths, which: str) -> str:
    return sqlite_url(paths.demo_database if which == "demo" else paths.database)
