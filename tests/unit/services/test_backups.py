"""Backups and restores: verified copies with a manifest, rotation, the second destination, and every bad case
of a restore leaving the current database as it was."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from desk.models.backup import backup_sqlite, file_sha256, inspect_sqlite, manifest_path, read_manifest
from desk.models.migrate import head_revision
from desk.models.setting import DeskSetting
from desk.paths import sqlite_url
from desk.services import backup_pg
from desk.services.backup_dto import BackupError, BackupSettings
from desk.services.backup_rotation import Candidate, to_remove
from desk.services.backup_service import BackupService, backup_if_due, backup_on_exit
from desk.services.context import DeskContext
from desk.services.desk_service import IS_DEMO, NAME
from desk.services.errors import PermissionDenied
from desk.services.ledger_periods import verify_ledger_now
from tests.factories import make_admin, make_user

NOON = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def desk(sqlite_template: Path, tmp_path: Path):
    """A SQLite desk (the cases that only exist for a file: damaged, truncated, held by another process)."""
    shutil.copy(sqlite_template, tmp_path / "desk.sqlite")
    context = DeskContext(sqlite_url(tmp_path / "desk.sqlite"))
    yield context
    context.close()


def _service(context: DeskContext, tmp_path: Path, actor=None, **kwargs) -> BackupService:
    actor = actor if actor is not None else make_admin(context)
    return BackupService(context.engine, context.session_factory, actor, tmp_path / "backups", **kwargs)


def _skip_without_pg_tools(context: DeskContext) -> None:
    if context.backend == "postgresql" and backup_pg.tools_problem():
        pytest.skip("pg_dump / pg_restore not installed")


def _desk_name(context: DeskContext) -> str:
    with context.session_factory() as s:
        return s.get(DeskSetting, NAME).value


def _rename_desk(context: DeskContext, name: str) -> None:
    with context.session_factory.begin() as s:
        s.get(DeskSetting, NAME).value = name


def _state(context: DeskContext) -> tuple[str, int, int]:
    with context.session_factory() as s:
        settings = len(s.scalars(select(DeskSetting)).all())
    return _desk_name(context), settings, verify_ledger_now(context.session_factory).entries


# -- backing up -----------------------------------------------------------------------------------------------------
def test_a_backup_is_verified_and_described_by_its_manifest(context, tmp_path):
    _skip_without_pg_tools(context)
    service = _service(context, tmp_path)
    result = service.back_up_now()
    path = result.backup.path
    assert path.parent == tmp_path / "backups" and path.exists() and not list(path.parent.glob("*.partial"))
    manifest = read_manifest(path)
    assert manifest["kind"] == "manual" and manifest["backend"] == context.backend
    assert manifest["sha256"] == file_sha256(path) and manifest["size"] == path.stat().st_size
    assert manifest["schema_revision"] == head_revision() and manifest["integrity"] == "ok"
    ledger = verify_ledger_now(context.session_factory)
    assert manifest["ledger"] == {"entries": ledger.entries, "head_hash": ledger.head_hash}
    assert manifest["tables"]["desk_settings"] == _state(context)[1]
    if context.backend == "sqlite":
        assert inspect_sqlite(path).tables == manifest["tables"]
    assert result.backup.verified and result.second_copy is None and result.second_problem == ""
    assert "written and verified" in result.summary()
    assert [v.name for v in service.list_backups()] == [path.name]


def test_only_an_administrator_backs_up_or_restores(context, tmp_path):
    service = _service(context, tmp_path, make_user(context, "manager"))
    for action in (service.back_up_now, service.list_backups, service.status, service.settings):
        with pytest.raises(PermissionDenied):
            action()
    with pytest.raises(PermissionDenied):
        service.restore(tmp_path / "anything.sqlite")


def test_a_backup_into_a_folder_given_by_hand(desk, tmp_path):
    result = _service(desk, tmp_path).back_up_now(tmp_path / "elsewhere")
    assert result.backup.path.parent == tmp_path / "elsewhere" and result.backup.verified
    assert not (tmp_path / "backups").exists()


def test_a_crash_before_the_rename_leaves_no_file_under_a_final_name(desk, tmp_path):
    """The process is killed (SIGKILL) after the copy was written and checked, while it is hashed: before any rename."""
    folder = tmp_path / "backups"
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from desk.models.backup import backup_sqlite
        def tick(phase, done, total):
            if phase == "hash":
                os.kill(os.getpid(), signal.SIGKILL)
        backup_sqlite(Path({desk.engine.url.database!r}), Path({str(folder)!r}), "manual", tick=tick)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL
    left = sorted(p.name for p in folder.iterdir())
    assert left and all(name.endswith(".partial") for name in left)  # the half-done copy, under its temporary name
    service = _service(desk, tmp_path)
    assert service.list_backups() == []
    for path in folder.iterdir():  # a day later the leftovers are swept by the next backup's rotation
        os.utime(path, (0, 0))
    service.back_up_now()
    assert not list(folder.glob("*.partial")) and len(service.list_backups()) == 1


def test_a_failed_rename_leaves_nothing_under_a_final_name(desk, tmp_path, monkeypatch):
    def refuse(_src, _dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desk.models.backup.os.replace", refuse)
    with pytest.raises(BackupError, match="disk of the backup folder is full"):
        _service(desk, tmp_path).back_up_now()
    assert list((tmp_path / "backups").iterdir()) == []


# -- the second destination ---------------------------------------------------------------------------------------
def test_each_backup_is_copied_and_verified_on_the_second_destination(desk, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    service = _service(desk, tmp_path)
    service.update_settings(BackupSettings(second_destination=str(usb)))
    result = service.back_up_now()
    copy = usb / result.backup.name
    assert result.second_ok and result.second_copy == copy
    assert file_sha256(copy) == result.backup.sha256 and read_manifest(copy)["sha256"] == result.backup.sha256
    assert [v.where for v in service.list_backups()] == ["both"]


def test_an_unreachable_second_destination_never_fails_the_backup(desk, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    service = _service(desk, tmp_path, clock=lambda: NOON)
    service.update_settings(BackupSettings(second_destination=str(usb)))
    usb.rmdir()  # the drive was unplugged
    result = service.back_up_now()
    assert result.backup.verified and result.backup.path.exists() and not result.second_ok
    assert "cannot be reached" in result.second_problem and result.second_problem in result.summary()
    assert not usb.exists()  # never created on the local disk in its place

    usb.mkdir()  # back, but this name cannot be written there (a directory stands in the way)
    (usb / result.backup.path.with_suffix(".partial").name).mkdir()
    service._clock = lambda: NOON  # the same name again
    result.backup.path.unlink()
    manifest_path(result.backup.path).unlink()
    again = service.back_up_now()
    assert again.backup.verified and "could not be copied" in again.second_problem
    assert [p.name for p in usb.iterdir()] == [again.backup.path.with_suffix(".partial").name]


def test_the_second_destination_must_be_an_existing_folder(desk, tmp_path):
    from desk.services.errors import ValidationError

    service = _service(desk, tmp_path)
    with pytest.raises(ValidationError, match="existing folder"):
        service.update_settings(BackupSettings(second_destination=str(tmp_path / "missing")))
    with pytest.raises(ValidationError, match="Daily backups kept"):
        service.update_settings(BackupSettings(keep_daily=0))
    saved = service.update_settings(BackupSettings(keep_daily=3, keep_weekly=2, keep_monthly=6, safety_weeks=4))
    assert saved == service.settings() == BackupSettings(3, 2, 6, 4, "")


# -- rotation -------------------------------------------------------------------------------------------------------
def _day(d: date, kind: str = "daily", verified: bool = True) -> Candidate:
    return Candidate(d.isoformat() + kind, datetime(d.year, d.month, d.day, 12, tzinfo=UTC), kind, verified)


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    today = NOON.date()
    every_day = [_day(today - timedelta(days=n)) for n in range(400)]
    removed = to_remove(every_day, BackupSettings(), NOON, UTC)
    kept = sorted(date.fromisoformat(c.key[:10]) for c in every_day if c.key not in removed)
    dailies = [today - timedelta(days=n) for n in range(7)]  # 24..30 November
    weeklies = [date(2026, 11, 22), date(2026, 11, 15)]  # newest of the two weeks before (this week's is daily)
    month_ends = [date(2025, 12, 31)] + [date(2026, m + 1, 1) - timedelta(days=1) for m in range(1, 11)]
    assert kept == sorted(dailies + weeklies + month_ends) and len(kept) == 20


def test_rotation_spares_young_safety_backups_and_unverified_ones():
    today = NOON.date()
    backups = [
        _day(today),
        _day(today - timedelta(days=1), "on-exit"),
        _day(today - timedelta(weeks=3), "before-migration"),  # young: kept
        _day(today - timedelta(weeks=2), "manual"),  # young: kept
        _day(today - timedelta(weeks=10), "before-restore"),  # older than 8 weeks: removed
        _day(today - timedelta(weeks=20), "daily", verified=False),  # evidence: never removed automatically
    ]
    settings = BackupSettings(keep_daily=1, keep_weekly=0, keep_monthly=0, safety_weeks=8)
    assert to_remove(backups, settings, NOON, UTC) == {backups[1].key, backups[4].key}
    assert to_remove([], settings, NOON, UTC) == set()


def test_rotation_applies_to_the_files(desk, tmp_path):
    clock = {"now": NOON - timedelta(days=9)}
    service = _service(desk, tmp_path, clock=lambda: clock["now"], tz=UTC)
    service.update_settings(BackupSettings(keep_daily=3, keep_weekly=0, keep_monthly=0))
    for _ in range(10):
        result = service.backup_if_due()
        assert result is not None and service.backup_if_due() is None  # once a day
        clock["now"] += timedelta(days=1)
    assert len(list((tmp_path / "backups").iterdir())) == 6  # three backups and their manifests
    assert {v.created_at.date() for v in service.list_backups()} == {date(2026, 11, d) for d in (28, 29, 30)}


# -- automatic backups --------------------------------------------------------------------------------------------
def test_daily_and_on_exit_backups(desk, tmp_path):
    folder = tmp_path / "backups"
    first = backup_if_due(desk, folder)
    assert first is not None and first.backup.kind == "daily"
    assert backup_if_due(desk, folder) is None  # already done today
    assert backup_on_exit(desk, folder) is None  # nothing changed since
    os.utime(desk.engine.url.database, None)  # a write (its time is what is compared)
    _rename_desk(desk, "Guichet – Garoua")
    on_exit = backup_on_exit(desk, folder)
    assert on_exit is not None and on_exit.backup.kind == "on-exit"


@pytest.mark.parametrize("backend", ["postgresql"])
def test_no_automatic_backups_on_postgresql(context, tmp_path):
    assert backup_if_due(context, tmp_path) is None and backup_on_exit(context, tmp_path) is None
    assert not list(tmp_path.iterdir())


# -- restoring ------------------------------------------------------------------------------------------------------
def test_restore_brings_the_backup_back_and_keeps_the_database_as_it_was(context, tmp_path):
    _skip_without_pg_tools(context)
    service = _service(context, tmp_path)
    backup = service.back_up_now().backup
    before = _state(context)
    _rename_desk(context, "Renamed after the backup")
    with context.engine.begin() as conn:  # a table the backup does not know (a later version's): gone after
        conn.exec_driver_sql("CREATE TABLE made_after_the_backup (id INTEGER PRIMARY KEY)")
    result = service.restore(backup.path)
    assert _state(context) == before
    assert "made_after_the_backup" not in inspect(context.engine).get_table_names()
    assert result.backup_created_at == backup.created_at and result.kind == "manual"
    assert result.rows["desk_settings"] == before[1] and result.ledger_entries == before[2]
    assert result.safety_backup is not None and read_manifest(result.safety_backup)["kind"] == "before-restore"
    if context.backend == "sqlite":
        kept = sqlite3.connect(result.safety_backup)
        assert kept.execute("SELECT value FROM desk_settings WHERE key = ?", (NAME,)).fetchone() == (
            "Renamed after the backup",
        )
        kept.close()
    assert "Restored the backup of" in result.summary()


@pytest.mark.parametrize("damage", ["not a database", "truncated", "flipped bytes"])
def test_a_bad_backup_is_refused_and_the_database_untouched(desk, tmp_path, damage):
    service = _service(desk, tmp_path)
    path = service.back_up_now().backup.path
    data = bytearray(path.read_bytes())
    if damage == "not a database":
        data = bytearray(b"These are the minutes of the committee, not a database.\n" * 100)
        manifest_path(path).unlink()
    elif damage == "truncated":
        data = data[: len(data) // 2]
    else:
        middle = len(data) // 2
        data[middle : middle + 32] = bytes(b ^ 0xFF for b in data[middle : middle + 32])
    path.write_bytes(bytes(data))
    _rename_desk(desk, "Current")
    before = _state(desk)
    with pytest.raises(BackupError, match="Nothing was changed"):
        service.restore(path)
    assert _state(desk) == before
    database = Path(desk.engine.url.database)
    assert not list(database.parent.glob("*.restoring*"))
    assert not [v for v in service.list_backups() if v.kind == "before-restore"]


def test_a_truncated_backup_without_manifest_is_refused(desk, tmp_path):
    service = _service(desk, tmp_path)
    path = service.back_up_now().backup.path
    manifest_path(path).unlink()
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    with pytest.raises(BackupError, match="truncated or damaged"):
        service.restore(path)


def test_a_backup_from_a_newer_schema_is_refused(desk, tmp_path):
    future = tmp_path / "future.sqlite"
    shutil.copy(desk.engine.url.database, future)
    with sqlite3.connect(future) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    path = backup_sqlite(future, tmp_path / "backups", "manual")  # a proper backup, manifest and all
    before = _state(desk)
    with pytest.raises(BackupError, match="newer version of Guichet.*9999_from_the_future"):
        _service(desk, tmp_path).restore(path)
    assert _state(desk) == before


def test_a_backup_whose_ledger_was_tampered_with_is_refused(desk, tmp_path):
    with desk.session_factory.begin() as s:
        s.get(DeskSetting, IS_DEMO).value = "1"
    desk.demo.generate(40, seed=2)
    service = _service(desk, tmp_path, desk.auth.authenticate("admin", "demo"))
    path = service.back_up_now().backup.path
    manifest_path(path).unlink()  # a file from elsewhere: only its content can speak for it
    with sqlite3.connect(path) as conn:  # edited with a tool that first removes the append-only guard
        for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%ledger%'"):
            conn.execute(f'DROP TRIGGER "{trigger}"')
        conn.execute("UPDATE ledger_entries SET amount = amount + 1000 WHERE seq = 3")
    conn.close()
    with pytest.raises(BackupError, match="ledger does not verify"):
        service.restore(path)


def test_restore_is_refused_while_another_program_has_the_database_open(desk, tmp_path):
    service = _service(desk, tmp_path)
    path = service.back_up_now().backup.path
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT 1 FROM users').fetchall();"
            " print('open', flush=True); time.sleep(60)",
            desk.engine.url.database,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(BackupError, match="open in another program"):
            service.restore(path)
    finally:
        holder.kill()
        holder.wait()
    assert service.restore(path).safety_backup is not None  # once it is closed


def test_a_damaged_database_is_kept_aside_when_restoring(desk, tmp_path):
    service = _service(desk, tmp_path)
    path = service.back_up_now().backup.path
    before = _state(desk)
    desk.engine.dispose()
    database = Path(desk.engine.url.database)
    database.write_bytes(b"\x00" * 8192)  # what a failing disk can leave
    result = service.restore(path)
    assert result.safety_backup is None and result.kept_aside is not None
    assert result.kept_aside.read_bytes() == b"\x00" * 8192
    assert _state(desk) == before


def test_verify_finds_a_backup_damaged_since(desk, tmp_path):
    service = _service(desk, tmp_path)
    path = service.back_up_now().backup.path
    assert service.verify_backup(path).verified
    with open(path, "r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(b"\xff" * 16)
    checked = service.verify_backup(path)
    assert not checked.verified and "damaged" in checked.problem
    assert json.loads(manifest_path(path).read_text())["last_check"]["ok"] is False
    assert service.list_backups()[0].verified is False


@pytest.mark.parametrize("backend", ["postgresql"])
def test_postgres_restore_is_refused_while_another_workstation_is_connected(context, tmp_path):
    _skip_without_pg_tools(context)
    import psycopg

    service = _service(context, tmp_path)
    path = service.back_up_now().backup.path
    url = context.engine.url.set(drivername="postgresql")
    other = psycopg.connect(url.render_as_string(hide_password=False))
    try:
        with pytest.raises(BackupError, match="Other workstations"):
            service.restore(path)
    finally:
        other.close()
    assert service.restore(path).safety_backup is not None
