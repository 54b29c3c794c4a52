"""The backup settings, kept with the desk's shared settings (desk_settings, keys "backup.*")."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from desk.i18n import translate
from desk.models.setting import DeskSetting
from desk.services.backup_dto import BackupSettings
from desk.services.dto import Actor
from desk.services.errors import ValidationError
from desk.services.uow import SessionFactory, reading, writing

PREFIX = "backup."
LIMITS = {"keep_daily": (1, 366), "keep_weekly": (0, 260), "keep_monthly": (0, 240), "safety_weeks": (1, 520)}


def read_settings(session_factory: SessionFactory) -> BackupSettings:
    """The settings saved, each one's default when it was never saved (or is unreadable)."""
    with reading(session_factory) as session:
        rows = session.scalars(select(DeskSetting).where(DeskSetting.key.startswith(PREFIX))).all()
        values = {row.key.removeprefix(PREFIX): row.value for row in rows}
    defaults = BackupSettings()
    numbers: dict[str, int] = {}
    for name in LIMITS:
        try:
            numbers[name] = int(values[name])
        except (KeyError, ValueError):
            numbers[name] = getattr(defaults, name)
    return BackupSettings(**numbers, second_destination=values.get("second_destination", ""))


def _checked(settings: BackupSettings, backup_folder: Path) -> BackupSettings:
    labels = {
        "keep_daily": translate("Backup", "Daily backups kept"),
        "keep_weekly": translate("Backup", "Weekly backups kept"),
        "keep_monthly": translate("Backup", "Monthly backups kept"),
        "safety_weeks": translate("Backup", "Weeks a manual or safety backup is kept"),
    }
    for name, (low, high) in LIMITS.items():
        if not low <= getattr(settings, name) <= high:
            message = translate("Backup", "{field}: between {low} and {high}.")
            raise ValidationError(name, message.format(field=labels[name], low=low, high=high))
    second = settings.second_destination.strip()
    if second:
        folder = Path(second).expanduser()
        if not folder.is_absolute() or not folder.is_dir():
            raise ValidationError(
                "second_destination",
                translate("Backup", "Second destination: choose an existing folder (a USB drive, a network folder)."),
            )
        if folder.resolve() == backup_folder.resolve():
            raise ValidationError(
                "second_destination",
                translate("Backup", "Second destination: choose another folder than the backup folder itself."),
            )
        second = str(folder)
    return replace(settings, second_destination=second)


def save_settings(session_factory: SessionFactory, actor: Actor | None, settings: BackupSettings, folder: Path) -> None:
    """Check and save the settings (one transaction, audited as the actor's change)."""
    settings = _checked(settings, folder)
    with writing(session_factory, actor) as session:
        for name in (*LIMITS, "second_destination"):
            value = str(getattr(settings, name))
            row = session.get(DeskSetting, PREFIX + name)
            if row is None:
                session.add(DeskSetting(key=PREFIX + name, value=value))
            elif row.value != value:
                row.value = value
