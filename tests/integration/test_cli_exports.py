"""`desk export returnees|indicators|committee`: what a script at the desk runs, through desk.cli.run."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from desk.cli import run
from tests.factories import PASSWORD, intake_input
from tests.unit.services.test_ledger import Desk


@pytest.fixture
def desk(context, monkeypatch):
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    return Desk(context)


def _register(desk, family: str, institutions: bool) -> None:
    intake = intake_input(family=family, phone=None)
    desk.agent.intake.register_intake(replace(intake, consent=replace(intake.consent, share_institutions=institutions)))


def _rows(path, sheet: str | None = None) -> list[tuple]:
    book = load_workbook(path, read_only=True)
    try:
        ws = book[sheet] if sheet else book.worksheets[0]
        return [tuple(c.value for c in row) for row in ws.iter_rows()]
    finally:
        book.close()


def test_returnees_leave_the_desk_with_consent_only(desk, context, tmp_path, capsys):
    _register(desk, "Partage", True)
    _register(desk, "Garde", False)
    out = tmp_path / "returnees.xlsx"
    base = ["export", "returnees", str(out), "--db", context.url, "--user", desk.manager.actor.username]
    assert run([*base, "--hxl"]) == 0
    printed = capsys.readouterr().out
    assert "1 returnees written" in printed and "1 cases (1 persons) left out" in printed
    rows = _rows(out)
    assert rows[1][0] == "#beneficiary+code" and [r[1] for r in rows[2:]] == ["Partage"]
    assert run([*base, "--internal", "--columns", "family_name, sex"]) == 0
    assert "2 returnees written" in capsys.readouterr().out
    assert _rows(out) == [("Family name", "Sex"), ("Partage", "F"), ("Garde", "F")]  # in case-number order


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--columns", "case_number,shoe_size"], "shoe_size unknown"),
        (["--columns", ","], "--columns: give column names"),
        (["--session", "3"], "--session does not apply to the returnees export"),
        (["--from", "2026-02-30"], "“2026-02-30” is not a date"),
        (["--donor", "NOPE"], "No donor has the code NOPE"),
    ],
)
def test_returnees_errors_are_one_line(desk, context, tmp_path, capsys, extra, message):
    out = tmp_path / "bad.xlsx"
    assert (
        run(["export", "returnees", str(out), "--db", context.url, "--user", desk.manager.actor.username, *extra]) == 1
    )
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith("desk: error: ")
    assert not out.exists()


def test_sensitive_columns_from_the_command_line(desk, context, tmp_path, capsys):
    _register(desk, "Secret", True)
    out = tmp_path / "sensitive.xlsx"
    args = ["export", "returnees", str(out), "--db", context.url, "--columns", "case_number,vulnerabilities"]
    assert run([*args, "--user", desk.finance.actor.username]) == 1
    assert "does not allow exporting sensitive data" in capsys.readouterr().err and not out.exists()
    assert run([*args, "--user", desk.manager.actor.username]) == 0
    assert _rows(out)[0] == ("Case number", "Vulnerabilities")


def test_indicators_need_a_period(desk, context, tmp_path, capsys):
    desk.approved_case(family="Cli")
    out = tmp_path / "indicators.xlsx"
    base = ["export", "indicators", str(out), "--db", context.url, "--user", desk.finance.actor.username]
    assert run([*base, "--from", "2026-01-01"]) == 1
    assert "--from YYYY-MM-DD --to YYYY-MM-DD" in capsys.readouterr().err
    assert run([*base, "--from", "2026-01-01", "--to", "2025-01-01"]) == 1
    assert "before its start" in capsys.readouterr().err
    assert run([*base, "--from", "2026-01-01", "--to", "2026-12-31", "--columns", "sex"]) == 1
    assert "--columns does not apply to the indicators export" in capsys.readouterr().err
    today = date.today()
    period = ["--from", str(today - timedelta(days=30)), "--to", str(today)]
    assert run([*base, *period, "--hxl"]) == 0
    assert "1 persons registered, 0 paid" in capsys.readouterr().out
    assert _rows(out, "By sex")[2] == ("Female", 1, 0, 0, 0, 1, 0, 0)


def test_committee_by_number_or_by_day(desk, context, tmp_path, capsys):
    desk.approved_case(family="Comite")
    (session,) = desk.manager.committee.sessions()
    out = tmp_path / "committee.xlsx"
    base = ["export", "committee", str(out), "--db", context.url, "--user", desk.manager.actor.username]
    assert run(base) == 1
    assert "--session" in capsys.readouterr().err
    assert run([*base, "--session", "999"]) == 1
    assert "No committee session has the number 999" in capsys.readouterr().err
    assert run([*base, "--session", "2001-01-01"]) == 1
    assert "No committee session was held on 2001-01-01" in capsys.readouterr().err
    assert run([*base, "--session", str(session.id), "--from", "2026-01-01"]) == 1
    assert "--from does not apply to the committee export" in capsys.readouterr().err
    assert run([*base, "--session", str(session.id)]) == 0
    assert "1 decisions written" in capsys.readouterr().out
    assert run([*base, "--session", session.held_on.isoformat(), "--hxl"]) == 0
    decisions = _rows(out, "Decisions")
    assert decisions[0][:6] == ("Case number", "Sector", "Value chain", "Operator", "Requested (XAF)", "Approved (XAF)")
    assert decisions[2][5] == 1_000_000 and decisions[2][6] == "approved"
    # finance may export, but does not run the committee
    assert run([*base[:-1], desk.finance.actor.username, "--session", str(session.id)]) == 1
    assert "does not allow" in capsys.readouterr().err


def test_followups_reject_options_of_other_exports(desk, context, tmp_path, capsys):
    out = tmp_path / "visits.xlsx"
    args = ["export", "followups", str(out), "--db", context.url, "--user", desk.manager.actor.username]
    assert run([*args, "--from", "2026-01-01", "--to", "2026-12-31", "--donor", "EU"]) == 1
    assert "--donor does not apply to the followups export" in capsys.readouterr().err


def test_indicators_as_a_workbook_and_a_pdf_from_one_count(tmp_path, monkeypatch, capsys):
    db = str(tmp_path / "desk.sqlite")
    monkeypatch.setenv("DESK_PASSWORD", "demo")
    assert run(["demo", "--db", db, "--returnees", "60"]) == 0
    period = ["--from", (date.today() - timedelta(days=365)).isoformat(), "--to", date.today().isoformat()]
    book, pdf = tmp_path / "indicateurs.xlsx", tmp_path / "rapport.pdf"
    assert run(["export", "indicators", str(book), *period, "--pdf", str(pdf), "--db", db, "--user", "manager"]) == 0
    assert book.exists() and pdf.read_bytes().startswith(b"%PDF")
    alone = tmp_path / "seul.pdf"
    assert run(["export", "indicators", str(alone), *period, "--db", db, "--user", "finance"]) == 0
    assert alone.read_bytes().startswith(b"%PDF")
    assert "Indicator report written to" in capsys.readouterr().out
