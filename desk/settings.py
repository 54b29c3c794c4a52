"""Per-workstation preferences (language, which database, window geometry): typed properties over QSettings.

Desk-wide policy (desk name, idle-lock delay) lives in the database instead, shared by all workstations.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desk.i18n import DEFAULT_LANGUAGE, LANGUAGES

DESK, DEMO = "desk", "demo"


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or self._default()

    @staticmethod
    def _default() -> QSettings:
        home = os.environ.get("DESK_HOME")
        if home:  # development, tests and portable installs keep everything in one folder
            return QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
        return QSettings("Guichet", "Guichet")

    def _str(self, key: str, default: str) -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        value = self._str("ui/language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else DEFAULT_LANGUAGE)

    @property
    def last_database(self) -> str:
        """'desk' (the desk's own embedded database), 'demo', or '' before the first choice."""
        value = self._str("db/last", "")
        return value if value in (DESK, DEMO) else ""

    @last_database.setter
    def last_database(self, value: str) -> None:
        self._s.setValue("db/last", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("ui/geometry", value)

    def sync(self) -> None:
        self._s.sync()
