"""`desk backup [DEST]` and `desk restore FILE`, run in-process through desk.cli.run (as the `desk` script does)."""

from __future__ import annotations

import argparse

import pytest

from desk import cli
from desk.cli import run
from desk.cli_backup import add_backup_commands
from desk.models.backup import manifest_path, read_manifest
from desk.models.setting import DeskSetting
from desk.paths import user_paths
from desk.services import backup_pg
from desk.services.backup_dto import BackupSettings
from desk.services.backup_service import backup_service
from desk.services.desk_service import NAME
from tests.factories import PASSWORD, make_admin, make_user


@pytest.fixture(autouse=True)
def _backup_commands(monkeypatch):
    """Until desk/cli.py registers the commands itself (then this does nothing)."""
    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "backup" not in sub.choices:
            common = argparse.ArgumentParser(add_help=False)
            common.add_argument("--db")
            common.add_argument("--user")
            add_backup_commands(sub, common)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)


@pytest.fixture
def desk(context, monkeypatch):
    """The test database with its administrator `root`, whose password the commands read from DESK_PASSWORD."""
    if context.backend == "postgresql" and backup_pg.tools_problem():
        pytest.skip("pg_dump / pg_restore not installed")
    make_admin(context)
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    return context


def _db(context) -> str:
    return context.engine.url.render_as_string(hide_password=False)


def _name(context) -> str:
    with context.session_factory() as s:
        return s.get(DeskSetting, NAME).value


def _rename(context, name: str) -> None:
    with context.session_factory.begin() as s:
        s.get(DeskSetting, NAME).value = name


def test_backup_then_restore(desk, capsys):
    assert run(["backup", "--db", _db(desk), "--user", "root"]) == 0
    out = capsys.readouterr().out
    backups = [p for p in user_paths().backups.iterdir() if p.suffix in (".sqlite", ".dump")]
    assert len(backups) == 1 and str(backups[0]) in out and "Backup written and verified" in out
    assert read_manifest(backups[0])["kind"] == "manual"
    name = _name(desk)
    _rename(desk, "Renamed after the backup")
    desk.engine.dispose()  # this test's own connections: the restore refuses while anyone else holds the database
    assert run(["restore", str(backups[0]), "--db", _db(desk), "--user", "root"]) == 0
    out = capsys.readouterr().out
    assert "Restored the backup of" in out and "The database as it was:" in out
    assert _name(desk) == name
    kinds = sorted(read_manifest(p.with_suffix(""))["kind"] for p in user_paths().backups.glob("*.json"))
    assert kinds == ["before-restore", "manual"]


def test_backup_into_a_folder_given_by_hand(desk, tmp_path, capsys):
    target = tmp_path / "clé USB"
    assert run(["backup", str(target), "--db", _db(desk), "--user", "root"]) == 0
    written = [p for p in target.iterdir() if p.suffix in (".sqlite", ".dump")]
    assert len(written) == 1 and manifest_path(written[0]).exists()
    assert str(written[0]) in capsys.readouterr().out


def test_a_bad_file_is_refused_in_one_line(desk, tmp_path, capsys):
    bad = tmp_path / "not-a-backup.sqlite"
    bad.write_bytes(b"minutes of the committee " * 200)
    name = _name(desk)
    desk.engine.dispose()
    assert run(["restore", str(bad), "--db", _db(desk), "--user", "root"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("desk: error: ") and "\n" not in err and "Nothing was changed" in err
    assert _name(desk) == name
    assert run(["restore", str(tmp_path / "missing.sqlite"), "--db", _db(desk), "--user", "root"]) == 1
    assert "no such file" in capsys.readouterr().err
    assert run(["backup", str(bad), "--db", _db(desk), "--user", "root"]) == 1
    assert "is a file" in capsys.readouterr().err


def test_only_an_administrator(desk, capsys):
    make_user(desk, "finance", username="caissier")
    assert run(["backup", "--db", _db(desk), "--user", "caissier"]) == 1
    assert "does not allow this action (backup.run)" in capsys.readouterr().err
    assert not user_paths().backups.exists() or not list(user_paths().backups.glob("*.json"))


def test_an_unreachable_second_destination_is_a_warning(desk, tmp_path, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    service = backup_service(desk, desk.auth.authenticate("root", PASSWORD), user_paths().ensure().backups)
    service.update_settings(BackupSettings(second_destination=str(usb)))
    usb.rmdir()
    assert run(["backup", "--db", _db(desk), "--user", "root"]) == 0
    captured = capsys.readouterr()
    assert "Backup written and verified" in captured.out
    assert captured.err.startswith("desk: warning: ") and "cannot be reached" in captured.err
