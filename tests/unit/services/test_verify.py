"""`desk verify` and VerifyService: every check reports its counts; every kind of damage is named, exit code 2."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text, update

from desk.cli import run
from desk.models.ledger import LedgerTotal
from desk.services.context import DeskContext
from desk.services.progress import Cancelled, CancelToken
from desk.services.verify_dto import AUDIT, CHECKS, FOREIGN_KEYS, GUARDS, LEDGER, SCHEMA, STORAGE
from desk.services.verify_service import VerifyService
from tests.unit.services.test_ledger import Desk


def _service(context: DeskContext) -> VerifyService:
    return VerifyService(context.session_factory, context.engine, context.label)


def _failing(report) -> set[str]:
    return {check.key for check in report.checks if not check.ok}


# -- the service, on SQLite and PostgreSQL -------------------------------------------------------------------------


def test_a_healthy_desk_passes_every_check_with_counts(context):
    desk = Desk(context)
    case_id = desk.approved_case(500_000)
    desk.paid_request(case_id, "pocket_money", 30_000)
    seen: list[tuple[int, int]] = []
    report = _service(context).run(progress=lambda done, total, _m: seen.append((done, total)))
    assert report.ok, report.problems
    assert [c.key for c in report.checks] == list(CHECKS) and not any(c.skipped for c in report.checks)
    assert report.backend == context.backend and seen[-1][0] == seen[-1][1] > 0
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)  # the bar only moves forward
    assert report.check(LEDGER).summary.startswith("Ledger: 1 entries, chain intact")
    audit = report.check(AUDIT).summary
    assert audit.startswith("Audit trail: ") and "rows, chain intact; fingerprint " in audit
    assert report.check(GUARDS).summary.startswith("Append-only guards: ")
    assert "references checked, every one points at an existing record" in report.check(FOREIGN_KEYS).summary


def test_verify_can_be_cancelled(context):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        _service(context).run(cancel=token)


def test_ledger_problems_come_from_the_ledger_check(context):
    desk = Desk(context)
    desk.paid_request(desk.approved_case(500_000), "pocket_money", 30_000)
    with context.engine.begin() as conn:
        conn.execute(update(LedgerTotal).values(paid=LedgerTotal.paid + 1))
    report = _service(context).run()
    assert _failing(report) == {LEDGER}
    assert any("balances kept" in p for p in report.check(LEDGER).problems)


def test_foreign_keys_not_enforced_on_postgresql_are_named(context, backend):
    if backend != "postgresql":
        pytest.skip("NOT VALID constraints and disabled triggers exist only on PostgreSQL")
    desk = Desk(context)
    desk.approved_case(500_000)
    with context.engine.begin() as conn:
        conn.execute(text("ALTER TABLE users DROP CONSTRAINT fk_users_created_by_id_users"))
        conn.execute(text("UPDATE users SET created_by_id = 999999 WHERE created_by_id IS NOT NULL"))
        conn.execute(
            text(
                "ALTER TABLE users ADD CONSTRAINT fk_users_created_by_id_users "
                "FOREIGN KEY (created_by_id) REFERENCES users (id) NOT VALID"
            )
        )
        conn.execute(text("ALTER TABLE cases DISABLE TRIGGER ALL"))
    report = _service(context).run()
    problems = report.check(FOREIGN_KEYS).problems
    assert any("users: constraint fk_users_created_by_id_users" in p and "NOT VALID" in p for p in problems)
    assert any(p.startswith("cases: its references are not enforced") for p in problems)


def test_a_disabled_guard_is_named(context):
    with context.engine.begin() as conn:
        if context.backend == "postgresql":
            conn.execute(text("ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only"))
        else:
            conn.execute(text("DROP TRIGGER ledger_entries_no_update"))
    report = _service(context).run()
    assert _failing(report) == {GUARDS}
    (problem,) = report.check(GUARDS).problems
    assert problem.startswith("ledger_entries is no longer append-only")


# -- the command line, on a SQLite file ----------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "desk.sqlite"
    monkeypatch.setenv("DESK_PASSWORD", "root-pass-123")
    assert run(["init", "--db", str(path), "--country", "CM", "--admin", "root"]) == 0
    return path


def _verify_full(db: Path, capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(["verify", "--full", "--db", str(db)])
    return code, capsys.readouterr().out, ""


def _verify(db: Path, capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(["verify", "--db", str(db)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _edit(db: Path, *statements: str) -> None:
    """Raw SQL on the file, as someone with the file could do: foreign keys off, triggers droppable."""
    conn = sqlite3.connect(db)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_cli_prints_a_summary_line_per_check_and_exits_0(db, capsys):
    code, out, err = _verify(db, capsys)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert [line.split(":")[0] for line in lines[: len(CHECKS)]] == [
        "Schema",
        "Database file",
        "Foreign keys",
        "Append-only guards",
        "Ledger",
        "Audit trail",
    ]
    assert "no damage found (quick_check)" in lines[1] and "chain intact" in lines[5]
    assert lines[-1].startswith("All checks passed in")
    code, out, _ = _verify_full(db, capsys)
    assert code == 0 and "no damage found (integrity_check)" in out


def test_cli_names_a_tampered_audit_row_without_its_content(db, capsys):
    conn = sqlite3.connect(db)
    row_id, at = conn.execute("SELECT id, at FROM audit_log ORDER BY seq LIMIT 1 OFFSET 2").fetchone()
    conn.close()
    _edit(db, "DROP TRIGGER audit_log_no_update", f"UPDATE audit_log SET username = 'forger' WHERE id = {row_id}")
    code, out, err = _verify(db, capsys)
    assert code == 2 and "problems found" in err
    (line,) = [line for line in out.splitlines() if "Audit row" in line]
    assert line.startswith(f"  - Audit row {row_id} (") and "changed after it was written" in line
    assert "forger" not in out
    assert "audit_log is no longer append-only: its guard audit_log_no_update was removed" in out
    assert "Audit trail: " in out and "chain broken" in out


def test_cli_names_a_dangling_foreign_key(db, capsys):
    _edit(db, "UPDATE desk_settings SET updated_by_id = 999999 WHERE key = (SELECT min(key) FROM desk_settings)")
    code, out, _ = _verify(db, capsys)
    assert code == 2
    assert "  - desk_settings: 1 rows point at missing records of users (first: row " in out
    assert "Foreign keys: " in out and "some are broken" in out


def _a_leaf_page(db: Path, table: str) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file itself, none left in the WAL
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        leaf = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1", (table,)
        ).fetchone()
    finally:
        conn.close()
    return leaf[0], page_size


def test_cli_names_a_damaged_page(db, capsys):
    page, page_size = _a_leaf_page(db, "towns")
    with db.open("r+b") as f:
        offset = (page - 1) * page_size + 8  # the first cell pointer of a leaf page
        f.seek(offset)
        byte = f.read(1)
        f.seek(offset)
        f.write(bytes([byte[0] ^ 0xFF]))
    code, out, _ = _verify(db, capsys)
    assert code == 2
    assert f"  - Database file damaged: On tree page {page} cell 0: Offset" in out
    assert "damage found (quick_check)" in out  # the default; --full compares every index too


def test_cli_names_an_older_schema_and_does_not_upgrade_it(db, capsys):
    _edit(db, "UPDATE alembic_version SET version_num = '0015'")
    code, out, _ = _verify(db, capsys)
    assert code == 2
    assert "  - Schema: revision 0015, this version expects " in out
    assert "Ledger: not checked, the schema is not this version's." in out
    assert "Database file: " in out and "no damage found" in out  # the checks that need no schema still run
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0015",)
    conn.close()


def test_cli_refuses_a_missing_file(tmp_path, capsys):
    missing = tmp_path / "nowhere.sqlite"
    assert run(["verify", "--db", str(missing)]) == 1
    assert "No database at" in capsys.readouterr().err
    assert not missing.exists()


def test_every_check_has_a_title(context):
    report = _service(context).run()
    assert [c.title for c in report.checks] == [
        "Schema",
        "Storage",
        "Foreign keys",
        "Append-only guards",
        "Ledger",
        "Audit trail",
    ]
    assert report.check(SCHEMA).ok and report.check(STORAGE).ok
