"""Backups and restores of the desk's database: by hand, daily, on exit; rotation; a second destination.

SQLite: the online backup API, a verified copy and a manifest per backup (desk/models/backup.py); restore in
desk/services/backup_restore.py. PostgreSQL: pg_dump / pg_restore (desk/services/backup_pg.py); daily and on-exit
backups are left to the server there. Backups go to the desk's backup folder, are copied to the second destination
when one is set (a failure there never fails the backup: the result says it), and the rotation then removes the
copies no rule keeps (desk/services/backup_rotation.py).
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models.backup import DAILY, MANUAL, ON_EXIT, BackupInvalid, Tick, backup_sqlite, manifest_path
from desk.services import backup_pg as pg
from desk.services.backup_dto import (
    HERE,
    SECOND,
    BackupError,
    BackupResult,
    BackupSettings,
    BackupStatus,
    BackupView,
    RestoreResult,
)
from desk.services.backup_restore import restore_postgres, restore_sqlite
from desk.services.backup_settings import read_settings, save_settings
from desk.services.backup_store import NAME, copy_verified, list_folder, merge, rotate, view_of
from desk.services.backup_verify import verify_file
from desk.services.dto import Actor
from desk.services.permissions import Action, require
from desk.services.progress import Cancelled, CancelToken, ProgressCallback, no_progress
from desk.services.uow import SessionFactory

if TYPE_CHECKING:
    from desk.services.context import DeskContext

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC)


class _Steps:
    """Maps the Qt-free ticks of the storage functions onto one 0..100 progress bar, and checks cancellation."""

    MESSAGES = {
        "copy": QT_TRANSLATE_NOOP("Backup", "Copying the database…"),
        "check": QT_TRANSLATE_NOOP("Backup", "Checking the copy (integrity, row counts, ledger fingerprint)…"),
        "hash": QT_TRANSLATE_NOOP("Backup", "Computing the copy's checksum…"),
    }

    def __init__(self, progress: ProgressCallback, cancel: CancelToken | None) -> None:
        self._progress, self._cancel = progress, cancel

    def stage(self, start: int, end: int, message: str = "") -> Tick:
        def tick(phase: str, done: int, total: int) -> None:
            if self._cancel is not None:
                self._cancel.check()
            text = message or translate("Backup", self.MESSAGES.get(phase, self.MESSAGES["copy"]))
            self._progress(start + ((end - start) * done // total if total else 0), 100, text)

        return tick


class BackupService:
    def __init__(
        self,
        engine: Engine,
        session_factory: SessionFactory,
        actor: Actor | None,
        folder: Path,
        *,
        clock: Callable[[], datetime] = _now,
        tz: tzinfo | None = None,
    ) -> None:
        self._engine, self._sf, self._actor, self.folder = engine, session_factory, actor, folder
        self._clock, self._tz = clock, tz

    # -- what and where --------------------------------------------------------------------------------------------
    @property
    def backend(self) -> str:
        return self._engine.dialect.name

    @property
    def database(self) -> Path | None:
        """The SQLite file (None on PostgreSQL or for a memory database)."""
        name = self._engine.url.database
        return Path(name) if self.backend == "sqlite" and name and name != ":memory:" else None

    @property
    def stem(self) -> str:
        """What this database's backups are named after."""
        return self.database.stem if self.database else str(self._engine.url.database or "")

    def _require(self) -> None:
        if self._actor is None:
            raise BackupError(translate("Backup", "Only an administrator can do this."))
        require(self._actor, Action.BACKUP_RUN)

    # -- settings --------------------------------------------------------------------------------------------------
    def _settings(self) -> BackupSettings:
        return read_settings(self._sf)

    def settings(self) -> BackupSettings:
        """The rotation and the second destination (desk settings, shared by every workstation)."""
        self._require()
        return self._settings()

    def update_settings(self, settings: BackupSettings) -> BackupSettings:
        """Change the rotation or the second destination (an existing folder, or "" for none)."""
        self._require()
        save_settings(self._sf, self._actor, settings, self.folder)
        return self._settings()

    # -- what there is ---------------------------------------------------------------------------------------------
    def _second(self, settings: BackupSettings) -> Path | None:
        return Path(settings.second_destination) if settings.second_destination else None

    def list_backups(self) -> list[BackupView]:
        """This database's backups, newest first, here and on the second destination."""
        self._require()
        second = self._second(self._settings())
        here = list_folder(self.folder, self.stem)
        return merge(here, list_folder(second, self.stem, SECOND) if second else [])

    def status(self) -> BackupStatus:
        """The backups, the settings, the last verified backup and the day the next daily one is due."""
        self._require()
        settings = self._settings()
        second = self._second(settings)
        rows = merge(list_folder(self.folder, self.stem), list_folder(second, self.stem, SECOND) if second else [])
        today = self._clock().astimezone(self._tz).date()
        automatic = self.database is not None
        return BackupStatus(
            folder=self.folder,
            backend=self.backend,
            automatic=automatic,
            settings=settings,
            backups=tuple(rows),
            last=next((v for v in rows if v.verified), None),
            next_due=(today + timedelta(days=1) if self._daily_done(today) else today) if automatic else None,
            second_reachable=second.is_dir() if second else None,
            tools_problem=pg.tools_problem() if self.backend == "postgresql" else "",
        )

    # -- backing up ------------------------------------------------------------------------------------------------
    def back_up_now(
        self,
        destination: Path | None = None,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> BackupResult:
        """A verified backup now: into the backup folder (then the second destination and the rotation), or into
        `destination` alone (a folder given by hand)."""
        self._require()
        return self._back_up(MANUAL, destination, progress, cancel)

    def _back_up(
        self, kind: str, destination: Path | None, progress: ProgressCallback, cancel: CancelToken | None
    ) -> BackupResult:
        steps = _Steps(progress, cancel)
        own = destination is None or destination.resolve() == self.folder.resolve()
        target = self.folder if own else Path(destination or self.folder)
        settings = self._settings()
        second = self._second(settings) if own else None
        now = self._clock()
        path = self._write(kind, target, now, steps.stage(0, 90 if second else 100))
        view = view_of(path, self.stem) or BackupView(path, kind, now, path.stat().st_size, self.backend, True)
        copy, problem = None, ""
        if second is not None:
            copy, problem = self._copy_second(path, second, steps.stage(90, 100, self._second_message()))
        removed = 0
        if own:
            try:
                removed = rotate(self.folder, self.stem, settings, now)
                if copy is not None and second is not None:
                    rotate(second, self.stem, settings, now)
            except OSError as exc:
                log.warning("backup rotation failed: %s", type(exc).__name__)
        log.info(
            "backup %s written (%s)%s", kind, self.backend, "" if not problem else ", not on the second destination"
        )
        progress(100, 100, "")
        return BackupResult(view, str(second or ""), copy, problem, removed)

    @staticmethod
    def _second_message() -> str:
        return translate("Backup", "Copying to the second destination and checking it there…")

    def _write(self, kind: str, folder: Path, now: datetime, tick: Tick) -> Path:
        try:
            if self.database is not None:
                if not self.database.exists():
                    raise BackupError(translate("Backup", "There is no database to back up yet."))
                return backup_sqlite(self.database, folder, kind, kind=kind, created=now, tick=tick)
            if self.backend == "postgresql":
                return pg.dump_to_folder(self._engine, folder, kind, now, tick)
        except BackupInvalid as exc:
            log.error("backup failed its check: %s", exc.reason)
            raise BackupError(
                translate(
                    "Backup",
                    "The backup copy failed its integrity check, so it was not kept: the database itself may be "
                    "damaged (run “desk verify”). Nothing was changed.",
                )
            ) from exc
        except (OSError, sqlite3.Error) as exc:
            log.error("backup failed: %s", type(exc).__name__)
            raise BackupError(_write_problem(exc)) from exc
        raise BackupError(translate("Backup", "This kind of database cannot be backed up by Guichet."))

    def _copy_second(self, path: Path, second: Path, tick: Tick) -> tuple[Path | None, str]:
        try:
            return copy_verified(path, second, tick), ""
        except FileNotFoundError:
            message = translate(
                "Backup",
                "The second destination cannot be reached (is the USB drive plugged in, the network folder "
                "connected?): this backup is only in the backup folder.",
            )
        except Cancelled:
            message = translate(
                "Backup",
                "The copy to the second destination was cancelled: this backup is only in the backup folder.",
            )
        except BackupInvalid:
            message = translate(
                "Backup",
                "The copy on the second destination did not read back identical and was removed: this "
                "backup is only in the backup folder. Check that drive.",
            )
        except OSError as exc:
            log.warning("second destination failed: %s", type(exc).__name__)
            message = translate(
                "Backup",
                "The backup could not be copied to the second destination (read-only, full or "
                "disconnected): this backup is only in the backup folder.",
            )
        return None, message

    # -- automatic backups -----------------------------------------------------------------------------------------
    def _own_backups(self) -> list[tuple[datetime, str]]:
        """(when, kind) of this database's complete backups in the folder, from their names alone (cheap)."""
        found = []
        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return []
        for entry in entries:
            match = NAME.match(entry.name)
            if match and match["stem"] == self.stem and manifest_path(Path(entry.path)).exists():
                when = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
                found.append((when, match["kind"]))
        return found

    def _daily_done(self, today: date) -> bool:
        return any(k == DAILY and w.astimezone(self._tz).date() == today for w, k in self._own_backups())

    def is_due(self) -> bool:
        """Whether today's daily backup is still to be made (SQLite only; reads file names, not the database)."""
        return (
            self.database is not None
            and self.database.exists()
            and not self._daily_done(self._clock().astimezone(self._tz).date())
        )

    def backup_if_due(
        self, *, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
    ) -> BackupResult | None:
        """The daily backup when none was made today; None (at once) when it is not due or on PostgreSQL."""
        return self._back_up(DAILY, None, progress, cancel) if self.is_due() else None

    def backup_on_exit(
        self, *, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
    ) -> BackupResult | None:
        """A backup when the application closes, if the database changed since the last one (SQLite only)."""
        database = self.database
        if database is None or not database.exists():
            return None
        changed = max(
            (p.stat().st_mtime for p in (database, database.with_name(database.name + "-wal")) if p.exists()),
            default=0.0,
        )
        last = max((w for w, _ in self._own_backups()), default=None)
        if last is not None and changed <= last.timestamp():
            return None
        return self._back_up(ON_EXIT, None, progress, cancel)

    # -- checking and restoring ------------------------------------------------------------------------------------
    def verify_backup(
        self, path: Path, *, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
    ) -> BackupView:
        """Check a backup again (hash, integrity, counts and fingerprint against its manifest); the outcome is kept
        in its manifest and shown in the list."""
        self._require()
        verify_file(path, self.stem, _Steps(progress, cancel).stage(0, 100))
        view = view_of(path, self.stem, HERE if path.parent == self.folder else SECOND)
        if view is None:
            raise BackupError(translate("Backup", "{name} is not a backup of this database.").format(name=path.name))
        return view

    def restore(
        self, path: Path, *, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
    ) -> RestoreResult:
        """Replace the database by a backup, after checking it completely; the database as it was is kept as a
        "before-restore" backup. The application must then be restarted on the restored database."""
        self._require()
        steps = _Steps(progress, cancel)

        def check(_phase: str, _done: int, _total: int) -> None:
            if cancel is not None:
                cancel.check()

        now = self._clock()
        self._engine.dispose()  # our own pooled connections: closed, so only other programs can hold the file
        try:
            if self.database is not None:
                return restore_sqlite(self.database, path, self.folder, now=now, tick=steps.stage(0, 100), check=check)
            return restore_postgres(self._engine, path, self.folder, now=now, tick=steps.stage(0, 100), check=check)
        except (OSError, sqlite3.Error) as exc:
            log.error("restore failed: %s", type(exc).__name__)
            raise BackupError(
                translate(
                    "Backup",
                    "The restore could not be completed ({problem}); the database was left as it was.",
                ).format(problem=_write_problem(exc))
            ) from exc


def _write_problem(exc: BaseException) -> str:
    full = isinstance(exc, OSError) and exc.errno == errno.ENOSPC
    if full or (isinstance(exc, sqlite3.Error) and "full" in str(exc)):
        return translate("Backup", "The disk of the backup folder is full: free some space. No backup was written.")
    return translate(
        "Backup",
        "The backup could not be written: the backup folder cannot be written, or the database could not be read. "
        "The details are in the application log.",
    )


# -- what the application and the command line call ---------------------------------------------------------------
def backup_service(context: DeskContext, actor: Actor | None, folder: Path) -> BackupService:
    """The backup service of an open desk, acting as `actor` (None: automatic backups only)."""
    return BackupService(context.engine, context.session_factory, actor, folder)


def backup_if_due(
    context: DeskContext, folder: Path, *, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
) -> BackupResult | None:
    """At start-up (after login): the daily backup if none was made today. Cheap when not due (a folder listing)."""
    return backup_service(context, None, folder).backup_if_due(progress=progress, cancel=cancel)


def backup_on_exit(
    context: DeskContext, folder: Path, *, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
) -> BackupResult | None:
    """When the application closes: a backup if the database changed since the last one."""
    return backup_service(context, None, folder).backup_on_exit(progress=progress, cancel=cancel)
