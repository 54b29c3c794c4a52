"""What the backup service hands out: backups found, the result of a backup or a restore, the settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desk.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desk.models.backup import BEFORE_MIGRATION, BEFORE_RESTORE, DAILY, KINDS, MANUAL, ON_EXIT
from desk.services.errors import DeskError

__all__ = ["BEFORE_MIGRATION", "BEFORE_RESTORE", "DAILY", "KINDS", "MANUAL", "ON_EXIT"]

KIND_LABELS = {
    MANUAL: QT_TRANSLATE_NOOP("Backup", "manual"),
    DAILY: QT_TRANSLATE_NOOP("Backup", "daily"),
    ON_EXIT: QT_TRANSLATE_NOOP("Backup", "on exit"),
    BEFORE_MIGRATION: QT_TRANSLATE_NOOP("Backup", "before an upgrade"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backup", "before a restore"),
}
HERE, SECOND, BOTH = "here", "second", "both"


def kind_label(kind: str) -> str:
    return translate("Backup", KIND_LABELS.get(kind, kind))


class BackupError(DeskError):
    """A backup or a restore that could not be done; the message says why and that nothing was lost."""


@dataclass(frozen=True)
class BackupSettings:
    """Rotation (how many daily, weekly and monthly backups are kept) and the second destination."""

    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    safety_weeks: int = 8  # manual, before-upgrade and before-restore backups younger than this are always kept
    second_destination: str = ""  # a folder (USB drive, network share); empty: none


@dataclass(frozen=True)
class BackupView:
    """One backup file, with what its manifest says about it."""

    path: Path
    kind: str
    created_at: datetime  # UTC
    size: int
    backend: str  # sqlite or postgresql
    verified: bool  # checked after writing (and at its last check): integrity, counts, fingerprint, hash
    schema_revision: str | None = None
    ledger_entries: int | None = None
    ledger_head: str | None = None
    rows: int | None = None  # rows in all tables
    sha256: str | None = None
    where: str = HERE  # here, second (only on the second destination) or both
    problem: str = ""  # why it is not verified

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def fingerprint(self) -> str:
        """The ledger's fingerprint as people compare it: its length and the start of the last entry's hash."""
        if self.ledger_entries is None or self.ledger_head is None:
            return ""
        return f"{self.ledger_entries} · {self.ledger_head[:12]}"


@dataclass(frozen=True)
class BackupResult:
    backup: BackupView
    second_destination: str  # the folder configured, "" when none
    second_copy: Path | None  # the checked copy there
    second_problem: str  # why there is no checked copy there (translated), "" when fine or not configured
    removed: int  # older backups removed by the rotation

    @property
    def second_ok(self) -> bool:
        return bool(self.second_destination) and self.second_copy is not None

    def summary(self) -> str:
        """One paragraph for the person who asked (the window and the command line)."""
        lines = [
            translate("Backup", "Backup written and verified: {name} ({size}).").format(
                name=self.backup.name, size=human_size(self.backup.size)
            )
        ]
        if self.backup.fingerprint:
            lines.append(
                translate("Backup", "Ledger fingerprint: {fingerprint}.").format(fingerprint=self.backup.fingerprint)
            )
        if self.second_copy is not None:
            lines.append(translate("Backup", "Also copied and verified on the second destination."))
        elif self.second_problem:
            lines.append(self.second_problem)
        if self.removed:
            lines.append(
                translate("Backup", "{count} older backups removed by the rotation.").format(count=self.removed)
            )
        return "\n".join(lines)


@dataclass(frozen=True)
class BackupStatus:
    folder: Path
    backend: str
    automatic: bool  # daily and on-exit backups happen on this back-end (SQLite)
    settings: BackupSettings
    backups: tuple[BackupView, ...]  # newest first
    last: BackupView | None  # newest verified
    next_due: date | None  # the day of the next daily backup (today when none was made today)
    second_reachable: bool | None  # None: no second destination
    tools_problem: str  # PostgreSQL: why pg_dump / pg_restore cannot run here, "" when they can


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    backup_created_at: datetime | None
    kind: str
    schema_revision: str | None
    rows: dict[str, int]
    ledger_entries: int | None
    ledger_head: str | None
    safety_backup: Path | None  # the database as it was, backed up just before
    kept_aside: Path | None  # a damaged database that could not be backed up, moved aside instead
    needs_upgrade: bool  # the backup's schema is older: the next start upgrades it (after a backup)

    def summary(self) -> str:
        when = self.backup_created_at.astimezone().strftime("%d/%m/%Y %H:%M") if self.backup_created_at else "?"
        lines = [
            translate("Backup", "Restored the backup of {when} ({kind}): {rows} rows in {tables} tables.").format(
                when=when, kind=kind_label(self.kind), rows=sum(self.rows.values()), tables=len(self.rows)
            )
        ]
        if self.ledger_entries is not None:
            lines.append(
                translate("Backup", "Ledger: {count} entries, fingerprint {fingerprint}.").format(
                    count=self.ledger_entries, fingerprint=(self.ledger_head or "")[:12]
                )
            )
        if self.safety_backup is not None:
            lines.append(
                translate("Backup", "The database as it was is kept as the backup {name}.").format(
                    name=self.safety_backup.name
                )
            )
        if self.kept_aside is not None:
            lines.append(
                translate("Backup", "The damaged database was kept beside it as {name}.").format(
                    name=self.kept_aside.name
                )
            )
        if self.needs_upgrade:
            lines.append(translate("Backup", "It was made by an older version: it is upgraded at the next start."))
        return "\n".join(lines)


def human_size(size: int) -> str:
    """1.5 MB in English, 1,5 Mo in French."""
    units = (
        translate("Backup", "{size} B"),
        translate("Backup", "{size} KB"),
        translate("Backup", "{size} MB"),
        translate("Backup", "{size} GB"),
    )
    value = float(size)
    for i, unit in enumerate(units):
        if value < 1024 or i == len(units) - 1:
            return unit.format(size=format_number(value, 0 if i == 0 else 1))
        value /= 1024
    return units[0].format(size=size)
