"""The command line, run in-process through desk.cli.run (as the `desk` script does)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desk import __version__
from desk.cli import run
from desk.paths import user_paths
from desk.services.context import DeskContext


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "cli.sqlite")


def _init(db: str, monkeypatch, password: str = "root-pass-123") -> None:
    monkeypatch.setenv("DESK_PASSWORD", password)
    assert run(["init", "--db", db, "--country", "CM", "--admin", "root", "--admin-name", "Root Admin"]) == 0


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_module_entry_point_runs():
    done = subprocess.run([sys.executable, "-m", "desk", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and f"Guichet {__version__}" in done.stdout


def test_init_creates_the_desk_and_its_first_admin(db, monkeypatch, capsys):
    _init(db, monkeypatch)
    out = capsys.readouterr().out
    assert "Database ready" in out and "First administrator created: root" in out
    ctx = DeskContext(f"sqlite:///{db}")
    assert ctx.auth.authenticate("root", "root-pass-123").role == "admin"
    ctx.close()
    # Running it again upgrades nothing and creates no second admin.
    assert run(["init", "--db", db]) == 0


def test_init_in_french_by_default(db, monkeypatch, capsys):
    monkeypatch.setenv("DESK_PASSWORD", "root-pass-123")
    monkeypatch.setenv("DESK_LANG", "fr")
    assert run(["init", "--db", db]) == 0
    assert "Base de données prête" in capsys.readouterr().out


def test_users_add_list_disable(db, monkeypatch, capsys):
    _init(db, monkeypatch)
    monkeypatch.setenv("DESK_NEW_PASSWORD", "temporary-pass-1")
    assert (
        run(["users", "add", "brigitte", "--name", "Brigitte Abena", "--role", "agent", "--db", db, "--user", "root"])
        == 0
    )
    assert run(["users", "list", "--db", db, "--user", "root"]) == 0
    listing = capsys.readouterr().out
    assert "brigitte\tagent\tactive\tBrigitte Abena" in listing
    assert run(["users", "disable", "brigitte", "--db", db, "--user", "root"]) == 0
    run(["users", "list", "--db", db, "--user", "root"])
    assert "brigitte\tagent\tdisabled" in capsys.readouterr().out


def test_errors_are_one_line_and_exit_non_zero(db, monkeypatch, capsys):
    _init(db, monkeypatch)
    capsys.readouterr()
    monkeypatch.setenv("DESK_PASSWORD", "wrong-password")
    assert run(["users", "list", "--db", db, "--user", "root"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "desk: error: Wrong user name or password."
    monkeypatch.setenv("DESK_PASSWORD", "root-pass-123")
    assert run(["users", "list", "--db", db]) == 1
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("DESK_NEW_PASSWORD", "temporary-pass-1")
    assert run(["users", "add", "Bad Name", "--name", "X", "--role", "agent", "--db", db, "--user", "root"]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_an_agent_cannot_manage_users_from_the_command_line(db, monkeypatch, capsys):
    _init(db, monkeypatch)
    monkeypatch.setenv("DESK_NEW_PASSWORD", "temporary-pass-1")
    run(["users", "add", "brigitte", "--name", "B", "--role", "agent", "--db", db, "--user", "root"])
    monkeypatch.setenv("DESK_PASSWORD", "temporary-pass-1")
    assert run(["users", "list", "--db", db, "--user", "brigitte"]) == 1
    assert "does not allow" in capsys.readouterr().err


def test_no_password_and_no_terminal_is_a_clear_error(db, monkeypatch, capsys):
    monkeypatch.delenv("DESK_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", open("/dev/null"))  # noqa: SIM115 - closed by pytest's teardown
    assert run(["init", "--db", db]) == 1
    assert "DESK_PASSWORD" in capsys.readouterr().err


def test_demo_fills_a_separate_demonstration_database(monkeypatch, capsys):
    assert run(["demo", "--returnees", "300", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "300 returnees" in out
    paths = user_paths()
    assert paths.demo_database.exists() and not paths.database.exists()
    ctx = DeskContext(f"sqlite:///{paths.demo_database}")
    assert ctx.desk.info().is_demo
    assert ctx.auth.authenticate("manager", "demo").role == "manager"
    ctx.close()
    assert run(["demo", "--returnees", "10"]) == 1  # already filled: refuses to mix
    assert run(["demo", "--returnees", "10", "--replace"]) == 0


def test_demo_refuses_a_real_desk(db, monkeypatch, capsys):
    _init(db, monkeypatch)
    assert run(["demo", "--db", db, "--returnees", "10"]) == 1
    assert run(["demo", "--db", db, "--returnees", "10", "--replace"]) == 1
    assert "real desk" in capsys.readouterr().err
    ctx = DeskContext(f"sqlite:///{db}")
    assert not ctx.desk.info().is_demo and ctx.auth.authenticate("root", "root-pass-123")
    ctx.close()


def test_database_url_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("DESK_DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.setenv("DESK_PASSWORD", "root-pass-123")
    assert run(["init"]) == 0
    ctx = DeskContext(f"sqlite:///{db}")
    assert ctx.auth.has_users()
    ctx.close()


def test_search_prints_matching_returnees(tmp_path, monkeypatch, capsys):
    db = str(tmp_path / "demo.sqlite")
    assert run(["demo", "--db", db, "--returnees", "200", "--seed", "4"]) == 0
    ctx = DeskContext(f"sqlite:///{db}")
    agent = ctx.for_actor(ctx.auth.authenticate("agent", "demo"))
    from tests.factories import intake_input

    done = agent.intake.register_intake(intake_input(family="Ngono Mballa", given="Aïcha"))
    ctx.close()
    capsys.readouterr()
    monkeypatch.setenv("DESK_PASSWORD", "demo")
    assert run(["search", "aicha mbal", "--db", db, "--user", "agent", "--limit", "5"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split("\t") == [done.case_number, "NGONO MBALLA Aïcha", "12/03/1998", "-", "Registered"]
    assert run(["search", "qqqqzzzz", "--db", db, "--user", "agent"]) == 0
    assert "No returnee matches" in capsys.readouterr().err
    monkeypatch.setenv("DESK_PASSWORD", "demo")
    assert run(["search", "ngono", "--db", db, "--user", "admin"]) == 1  # the administrator sees no case data


def test_a_damaged_database_file_is_said_and_never_replaced(tmp_path, capsys):
    from desk.cli import run

    damaged = tmp_path / "desk.sqlite"
    damaged.write_bytes(b"")  # a desk file emptied by a crash or a bad copy: damaged, not new
    assert run(["init", "--db", str(damaged)]) != 0
    assert damaged.read_bytes() == b""
    assert "desk: error:" in capsys.readouterr().err
