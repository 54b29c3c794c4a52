"""Which backups the rotation removes: a pure function of the backups, the settings and the time (tested with
synthetic dates).

The rules keep, among the verified backups, the newest of each of the last N days, N ISO weeks and N months that
have a backup (each rule counts on its own; a backup kept by several rules is kept once). On top of them:
- the newest verified backup is never removed;
- manual, before-upgrade and before-restore backups younger than `safety_weeks` are never removed;
- a backup that is not verified (no manifest, or a failed check) is never removed automatically: it is
  evidence, and a person decides.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from desk.services.backup_dto import BEFORE_MIGRATION, BEFORE_RESTORE, MANUAL, BackupSettings

PROTECTED = frozenset({MANUAL, BEFORE_MIGRATION, BEFORE_RESTORE})


@dataclass(frozen=True)
class Candidate:
    key: str
    created_at: datetime  # timezone-aware
    kind: str
    verified: bool


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def to_remove(
    candidates: Iterable[Candidate], settings: BackupSettings, now: datetime, tz: tzinfo | None = None
) -> set[str]:
    """The keys of the backups the rotation removes; days, weeks and months are those of `tz` (local time)."""
    verified = sorted((c for c in candidates if c.verified), key=lambda c: c.created_at, reverse=True)
    keep: set[str] = {verified[0].key} if verified else set()
    rules: tuple[tuple[Callable[[datetime], Hashable], int], ...] = (
        (_day, settings.keep_daily),
        (_week, settings.keep_weekly),
        (_month, settings.keep_monthly),
    )
    for period, count in rules:
        seen: set[Hashable] = set()
        for candidate in verified:
            if len(seen) >= count:
                break
            bucket = period(candidate.created_at.astimezone(tz))
            if bucket not in seen:
                seen.add(bucket)
                keep.add(candidate.key)
    young = now - timedelta(weeks=settings.safety_weeks)
    keep.update(c.key for c in verified if c.kind in PROTECTED and c.created_at >= young)
    return {c.key for c in verified if c.key not in keep}
