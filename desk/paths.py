"""Where Guichet keeps its files: user data, logs and backups (platformdirs), or DESK_HOME when set."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Guichet"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


@dataclass(frozen=True)
class Paths:
    data: Path
    logs: Path
    backups: Path

    @property
    def database(self) -> Path:
        """The desk's own embedded database."""
        return self.data / "guichet.sqlite"

    @property
    def demo_database(self) -> Path:
        """The demonstration database: a separate file, never the desk's real data."""
        return self.data / "guichet-demo.sqlite"

    def ensure(self) -> Paths:
        for folder in (self.data, self.logs, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def user_paths() -> Paths:
    """Folders for this user; DESK_HOME puts everything under one folder (development, tests, portable use)."""
    home = os.environ.get("DESK_HOME")
    if home:
        root = Path(home).expanduser().resolve()
        return Paths(data=root / "data", logs=root / "logs", backups=root / "backups")
    dirs = PlatformDirs(APP_NAME, appauthor=False)
    return Paths(
        data=Path(dirs.user_data_dir), logs=Path(dirs.user_log_dir), backups=Path(dirs.user_data_dir) / "backups"
    )


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"
