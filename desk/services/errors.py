"""Domain errors: each carries a message for the person at the desk, already translated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk.i18n import translate


class DeskError(Exception):
    """Base of every error a service raises on purpose; `message` is shown as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(DeskError):
    pass


class ValidationError(DeskError):
    """Bad input on one field (or one row of an import): `field` names it for the form."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(DeskError):
    pass


class Conflict(DeskError):
    """The record changed since it was read (another workstation saved first). Nothing was overwritten.

    `current` holds the values now in the database, so the screen can show both versions.
    """

    def __init__(self, message: str | None = None, current: dict[str, Any] | None = None) -> None:
        super().__init__(
            message
            or translate(
                "Errors",
                "This record was changed by someone else since you opened it. Nothing was overwritten: "
                "review their changes, then apply yours again.",
            )
        )
        self.current = current or {}


class AuthenticationFailed(DeskError):
    pass


class AccountLocked(DeskError):
    pass


class StorageError(DeskError):
    """The database could not be reached or refused the operation; nothing was saved."""


class DatabaseUnavailable(StorageError):
    """The database server could not be reached, or the connection dropped (a restart, the network)."""


class DiskFull(StorageError):
    """The disk that holds the database (or a file being written) is full; nothing was saved."""


class DatabaseDamaged(StorageError):
    """The database file cannot be read. It is left as it is; `last_backup` is the newest verified backup found."""

    def __init__(self, message: str, database: Path | None = None, last_backup: Path | None = None) -> None:
        super().__init__(message)
        self.database = database
        self.last_backup = last_backup


class DeskAlreadyOpen(StorageError):
    """Another Guichet has this desk's file open; `holder` says who and where, when known."""

    def __init__(self, message: str, holder: str = "") -> None:
        super().__init__(message)
        self.holder = holder
