"""Before an embedded desk is opened: is the file intact, already open in another Guichet, in a safe place?

A damaged file is never replaced by a new empty database: the desk is told plainly and offered the last verified
backup. A second Guichet on the same file is refused (the OS lock in desk.models.db_checks). A file on a network
share or in a synced folder opens, with a warning that recommends PostgreSQL for several workstations.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from desk.i18n import translate
from desk.models.db import Failure, classify_failure
from desk.models.db_checks import (
    AlreadyOpen,
    Damage,
    DeskLock,
    FileState,
    Location,
    LockHolder,
    Place,
    check_sqlite_file,
    storage_location,
)
from desk.services.backup_dto import BackupView, RestoreResult
from desk.services.context import DeskContext
from desk.services.errors import DatabaseDamaged, DatabaseUnavailable, DeskAlreadyOpen, DiskFull, StorageError

log = logging.getLogger(__name__)


def sqlite_file(url: str) -> Path | None:
    """The database file of an embedded desk's URL; None for a server or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


# -- damaged file ------------------------------------------------------------------------------------
def last_verified(folder: Path | None, database: Path) -> BackupView | None:
    """The newest backup of `database` in `folder` that was verified when written (its manifest says so)."""
    if folder is None:
        return None
    from desk.services.backup_store import list_folder

    return next((view for view in list_folder(folder, database.stem) if view.verified), None)


def last_backup(folder: Path | None, database: Path) -> Path | None:
    view = last_verified(folder, database)
    return view.path if view is not None else None


def restore_last_backup(error: DatabaseDamaged, folder: Path) -> RestoreResult:
    """Replace the damaged file by its last verified backup (checked completely first; the damaged file is kept
    beside it). Holds the desk's lock meanwhile, so no other Guichet opens it half-way."""
    from datetime import UTC

    from desk.services.backup_restore import restore_sqlite

    if error.database is None or error.last_backup is None:
        raise error

    def nothing(_phase: str, _done: int, _total: int) -> None:
        return None

    lock = take_lock(error.database)
    try:
        return restore_sqlite(
            error.database, error.last_backup, folder, now=datetime.now(UTC), tick=nothing, check=nothing
        )
    finally:
        if lock is not None:
            lock.release()


def _damage_words(damage: Damage | None) -> str:
    words = {
        Damage.EMPTY: translate("Startup", "the file is empty"),
        Damage.NOT_A_DATABASE: translate("Startup", "the file is not a database"),
        Damage.TRUNCATED: translate("Startup", "the file is cut short"),
        Damage.UNREADABLE: translate("Startup", "its contents cannot be read"),
        Damage.ORPHAN_JOURNAL: translate("Startup", "its journal is there but the file itself is missing"),
    }
    return words.get(damage, translate("Startup", "its contents cannot be read")) if damage else ""


def _when(at: datetime) -> str:
    return at.astimezone().strftime("%d/%m/%Y %H:%M")


def damaged_error(database: Path, damage: Damage | None, backups: Path | None) -> DatabaseDamaged:
    backup = last_verified(backups, database)
    text = translate(
        "Startup",
        "The database {file} cannot be opened: {reason}. It was left as it was, and no new database was "
        "created in its place.",
    ).format(file=database.name, reason=_damage_words(damage))
    if backup is not None:
        text += " " + translate(
            "Startup", "The last verified backup, {backup}, was made on {date}: restore it to carry on working."
        ).format(backup=backup.name, date=_when(backup.created_at))
    else:
        text += " " + translate(
            "Startup",
            "No verified backup was found. Do not delete the file: ask your administrator, who may still be able "
            "to recover it.",
        )
    return DatabaseDamaged(text, database, backup.path if backup is not None else None)


def check_file(database: Path, backups: Path | None) -> None:
    """Raise DatabaseDamaged when the file is there but unreadable (a zero-byte file counts as damaged)."""
    checked = check_sqlite_file(database)
    if checked.state is FileState.DAMAGED:
        log.error("the database file is damaged (%s)", checked.damage)
        raise damaged_error(database, checked.damage, backups)


# -- second instance ---------------------------------------------------------------------------------
def already_open_error(holder: LockHolder | None) -> DeskAlreadyOpen:
    if holder is None or not holder.machine:
        return DeskAlreadyOpen(
            translate(
                "Startup",
                "This desk is already open in another Guichet, on this computer or on another one that uses the "
                "same file. Close it there first: two Guichet writing to one file could damage it.",
            )
        )
    try:
        since = datetime.fromisoformat(holder.since).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        since = "?"
    who = (
        translate("Startup", "{user} on {machine}").format(user=holder.user, machine=holder.machine)
        if holder.user
        else holder.machine
    )
    return DeskAlreadyOpen(
        translate(
            "Startup",
            "This desk is already open in Guichet ({who}, since {since}). Close it there first: two Guichet "
            "writing to one file could damage it.",
        ).format(who=who, since=since),
        who,
    )


def take_lock(database: Path) -> DeskLock | None:
    """Hold the desk's lock, or raise DeskAlreadyOpen. None when the folder cannot hold a lock file."""
    lock = DeskLock(database)
    try:
        return lock.acquire()
    except AlreadyOpen as exc:
        raise already_open_error(exc.holder) from exc
    except OSError as exc:  # a read-only or missing folder: SQLite will say so when it opens the file
        log.warning("no lock file next to the database: %s", type(exc).__name__)
        return None


# -- where the file is -------------------------------------------------------------------------------
def location_warning(location: Location) -> str | None:
    if location.place is Place.NETWORK:
        return translate(
            "Startup",
            "The database is on a network share ({share}). A database file on a share can be damaged when the "
            "network hiccups or two computers write to it at once. Keep it on this computer's own disk; for "
            "several workstations, use a PostgreSQL server instead.",
        ).format(share=location.detail)
    if location.place is Place.SYNCED:
        return translate(
            "Startup",
            "The database is in a folder synchronised by {service}. The sync may copy the file while Guichet "
            "writes to it, which can damage it or lose recent work. Move it to a folder that is not "
            "synchronised (and send backups to a second destination instead); for several workstations, use a "
            "PostgreSQL server.",
        ).format(service=location.detail)
    return None


# -- all of it, before opening -------------------------------------------------------------------------
@dataclass
class StartupReport:
    lock: DeskLock | None = None
    warnings: list[str] = field(default_factory=list)


def before_opening(url: str, backups: Path | None) -> StartupReport:
    """The checks for an embedded desk (nothing for a server): lock, file, location. Raises DeskAlreadyOpen or
    DatabaseDamaged; returns the lock to hold while the desk is open and the warnings to show."""
    database = sqlite_file(url)
    if database is None:
        return StartupReport()
    lock = take_lock(database) if database.parent.is_dir() else None
    try:
        check_file(database, backups)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    report = StartupReport(lock)
    location = storage_location(database)
    warning = location_warning(location)
    if warning:
        log.warning("the database is in a %s folder", location.place)
        report.warnings.append(warning)
    return report


class LockedDeskContext(DeskContext):
    """A desk opened by the window: its lock is held until the context is closed."""

    def __init__(self, url: str, lock: DeskLock | None, engine: Engine | None = None) -> None:
        super().__init__(url, engine)
        self.lock = lock

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.lock is not None:
                self.lock.release()


def opening_failure(exc: BaseException, url: str, backups: Path | None) -> StorageError:
    """The message for a desk that could not be opened or brought up to date (nothing was changed)."""
    kind = classify_failure(exc) if isinstance(exc, DBAPIError) else None
    database = sqlite_file(url)
    if kind is Failure.DAMAGED and database is not None:
        return damaged_error(database, Damage.UNREADABLE, backups)
    if kind in (Failure.UNREACHABLE, Failure.CONNECTION_LOST):
        return DatabaseUnavailable(
            translate(
                "Startup",
                "The database server cannot be reached. Check the network and that the server is running, then "
                "try again.",
            )
        )
    if kind is Failure.DISK_FULL:
        return DiskFull(
            translate(
                "Startup",
                "The disk that holds the database is full, so it could not be brought up to date; it was left as "
                "it was. Free some space, then try again.",
            )
        )
    return StorageError(
        translate(
            "Errors",
            "The database could not be opened or brought up to date; it was left as it was. "
            "Check that the server is reachable or the file is intact, then try again.",
        )
    )
