"""The operations the fault harness kills: how each one's template is built, and what "entirely there or entirely
absent" means for it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.faults.driver import backups_of, table_counts
from tests.faults.harness import Operation, Template, copy_database, one, opened, query

PASSWORD = "correct-horse-42"  # tests.factories.PASSWORD


def _write_setup(workdir: Path, name: str, values: dict[str, Any]) -> Path:
    path = workdir / f"{name}.json"
    path.write_text(json.dumps(values, ensure_ascii=False, default=str), encoding="utf-8")
    return path


def _actor(actor: Any) -> dict[str, Any]:
    return asdict(actor)


class Register(Operation):
    """An agent registers a walk-in returnee: the person, the case (and its number), the consent, the audit rows
    and the search index entry, in one transaction."""

    name = "register"
    FAMILY = "Coupecourant"

    def prepare(self, base: Path, workdir: Path) -> Template:
        from tests.factories import intake_input, make_user

        database = copy_database(base, workdir / "register-template.sqlite")
        with opened(database) as context:
            agent = make_user(context, "agent")
            # someone registered before, so the new case is not the desk's first
            context.for_actor(agent).intake.register_intake(intake_input(family="Avant", given="Déjà", phone=None))
        values = {
            "agent": _actor(agent),
            "family": self.FAMILY,
            "phone": "699 55 44 33",
            "id_number": "FK123456",
        }
        return Template(database, _write_setup(workdir, self.name, values), values)

    def check(self, database: Path, template: Template) -> str:
        persons = query(database, "SELECT id FROM persons WHERE family_name = ?", self.FAMILY)
        if not persons:
            assert not query(database, "SELECT id FROM persons WHERE id_document_number = 'FK123456'"), "half a person"
            return "absent"
        assert len(persons) == 1, f"{len(persons)} persons registered by one registration"
        person_id = persons[0][0]
        cases = query(database, "SELECT id, number FROM cases WHERE person_id = ?", person_id)
        assert len(cases) == 1, f"the person has {len(cases)} cases"
        case_id, number = cases[0]
        counter = one(database, "SELECT value FROM counters WHERE name LIKE 'case:%'")
        assert number.endswith(f"-{counter:06d}"), f"case number {number} but the counter is at {counter}"
        assert one(database, "SELECT count(*) FROM consents WHERE person_id = ?", person_id) >= 1, "no consent"
        for entity, key in (("persons", person_id), ("cases", case_id)):
            assert one(
                database, "SELECT count(*) FROM audit_log WHERE entity = ? AND entity_id = ?", entity, str(key)
            ), f"no audit row for the new {entity}"
        found = query(database, "SELECT rowid FROM persons_fts WHERE persons_fts MATCH 'coupecourant'")
        assert found == [(person_id,)], "the new person is not in the search index"
        return "present"

    def after_check(self, database: Path, template: Template, outcome: str) -> None:
        if outcome == "absent":  # the agent registers them again after the restart: it works, once
            from desk.services.dto import Actor
            from tests.factories import intake_input

            with opened(database) as context:
                intake = context.for_actor(Actor(**template.values["agent"])).intake
                intake.register_intake(intake_input(family=self.FAMILY, given="Coupure", phone=None))
            assert self.check(database, template) == "present"


class RegisterInTwoSteps(Register):
    """Not an operation of the desk: a registration split in two transactions, for the harness's own test."""

    name = "register_in_two_steps"


class ImportReturnees(Operation):
    """`desk import returnees FILE` of an arrival list of a few hundred rows: the batch, its rows, the persons,
    their cases and consents, all at once or not at all (the CLI logs in first: a commit of its own)."""

    name = "import"
    ROWS = 240

    def prepare(self, base: Path, workdir: Path) -> Template:
        from openpyxl import Workbook

        from tests.factories import make_user

        database = copy_database(base, workdir / "import-template.sqlite")
        with opened(database) as context:
            manager = make_user(context, "manager", username="importer")
        returned = date.today() - timedelta(days=5)
        book = Workbook()
        sheet = book.active
        sheet.append(["Nom de famille", "Prénom", "Genre", "Né(e) le", "Téléphone", "Date d'arrivée", "Vol"])
        letters = "BCDFGHJKLMNPRSTVZ"
        for i in range(self.ROWS):
            family = "".join(letters[(i // len(letters) ** k) % len(letters)] + "A" for k in range(3)) + "NGA"
            sheet.append(
                [family, f"Prénom{i}", "F" if i % 2 else "M", date(1980 + i % 20, 1 + i % 12, 1 + i % 27), "",
                 returned, "VOL-FK-01"]
            )  # fmt: skip
        workbook = workdir / "arrivals.xlsx"
        book.save(workbook)
        values = {"manager": manager.username, "password": PASSWORD, "workbook": str(workbook), "rows": self.ROWS}
        return Template(database, _write_setup(workdir, self.name, values), values)

    def check(self, database: Path, template: Template) -> str:
        template_persons = one(template.database, "SELECT count(*) FROM persons")
        persons = one(database, "SELECT count(*) FROM persons")
        batches = query(database, "SELECT id, rows_imported FROM import_batches")
        if not batches:
            assert persons == template_persons, f"{persons - template_persons} persons without their batch"
            assert one(database, "SELECT count(*) FROM imported_rows") == 0, "imported rows without their batch"
            return "absent"
        assert len(batches) == 1, f"{len(batches)} batches for one import"
        batch_id, rows = batches[0]
        assert rows == template.values["rows"], f"the batch says {rows} rows"
        assert one(database, "SELECT count(*) FROM imported_rows WHERE batch_id = ?", batch_id) == rows
        assert persons - template_persons == rows, f"{persons - template_persons} persons for {rows} rows"
        orphans = one(
            database,
            "SELECT count(*) FROM imported_rows r LEFT JOIN cases c ON c.id = r.case_id "
            "WHERE r.batch_id = ? AND c.id IS NULL",
            batch_id,
        )
        assert orphans == 0, f"{orphans} imported rows without their case"
        assert one(database, "SELECT count(*) FROM persons_fts WHERE persons_fts MATCH 'nga'") == rows
        return "present"


class Pay(Operation):
    """The finance officer pays an approved instalment: the ledger entry chained to the last one, its receipt
    number, the running totals, the request marked paid and the case now disbursing — or none of it."""

    name = "pay"

    def prepare(self, base: Path, workdir: Path) -> Template:
        from desk.services.ledger_dto import RequestInput
        from tests.unit.services.test_ledger import CASH, Desk

        database = copy_database(base, workdir / "pay-template.sqlite")
        with opened(database) as context:
            desk = Desk(context)
            case_id = desk.approved_case(1_000_000)
            desk.paid_request(case_id, "pocket_money", 25_000)  # the ledger already holds an entry
            first = desk.agent.ledger_views.case_balance(case_id).instalments[0]
            request_id = desk.agent.ledger.request(
                RequestInput(case_id, "business_instalment", first.amount, CASH, first.id)
            )
            desk.manager.ledger.approve(request_id)
            values = {
                "finance": _actor(desk.finance.actor),
                "request_id": request_id,
                "case_id": case_id,
                "amount": first.amount,
            }
        return Template(database, _write_setup(workdir, self.name, values), values)

    def check(self, database: Path, template: Template) -> str:
        request_id, case_id = template.values["request_id"], template.values["case_id"]
        status = one(database, "SELECT status FROM disbursement_requests WHERE id = ?", request_id)
        entries = query(database, "SELECT seq, receipt_no, amount FROM ledger_entries WHERE request_id = ?", request_id)
        counters = dict(query(database, "SELECT name, value FROM counters WHERE name IN ('ledger', 'receipt')"))
        total = one(database, "SELECT coalesce(sum(entries), 0) FROM ledger_totals")
        case_status = one(database, "SELECT status FROM cases WHERE id = ?", case_id)
        if status == "approved":
            assert entries == [], "an entry for a request still waiting to be paid"
            assert counters == {"ledger": 1, "receipt": 1}, f"counters moved without an entry: {counters}"
            assert total == 1 and case_status == "approved", f"totals {total}, case {case_status}"
            return "absent"
        assert status == "paid", f"request status {status!r}"
        assert len(entries) == 1, f"{len(entries)} entries for one payment"
        seq, receipt_no, amount = entries[0]
        assert (seq, receipt_no, amount) == (2, 2, template.values["amount"]), entries
        assert counters == {"ledger": 2, "receipt": 2}, f"counters {counters}"
        assert total == 2, f"running totals count {total} entries"
        assert case_status == "disbursing", f"case status {case_status!r}"
        return "present"

    def after_check(self, database: Path, template: Template, outcome: str) -> None:
        if outcome == "absent":  # paid again after the restart: receipt 2, no gap, the ledger verifies
            from desk.services.dto import Actor
            from desk.services.ledger_periods import verify_ledger_now

            with opened(database) as context:
                ledger = context.for_actor(Actor(**template.values["finance"])).ledger
                assert ledger.pay(template.values["request_id"])[1] == 2
                assert verify_ledger_now(context.session_factory).ok
            assert self.check(database, template) == "present"


def _backup_facts(backup: Path) -> tuple[str, dict[str, int]]:
    """Integrity and rows per table of a backup file, opened read-only (never changed by looking)."""
    from desk.models.backup import readonly_uri

    connection = sqlite3.connect(readonly_uri(backup), uri=True)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()
    return integrity, table_counts(readonly_uri(backup))


def _final_backups(folder: Path) -> list[Path]:
    from desk.services.backup_store import NAME

    return sorted(p for p in folder.glob("*.sqlite") if NAME.match(p.name)) if folder.is_dir() else []


def _check_backup_file(backup: Path, expected: dict[str, int], what: str) -> bool:
    """A file under a backup's final name is always a whole, intact copy; its manifest (when there) matches it.
    Returns whether it has its manifest."""
    from desk.models.backup import file_sha256, read_manifest

    integrity, counts = _backup_facts(backup)
    assert integrity == "ok", f"{what} under its final name fails its integrity check: {integrity}"
    assert counts == expected, f"{what} is not a whole copy of the database"
    manifest = read_manifest(backup)
    if manifest is None:
        return False
    assert manifest["sha256"] == file_sha256(backup), f"the manifest of {what} does not describe it"
    return True


class Backup(Operation):
    """An administrator's backup: a checked copy of the database and its manifest under final names, or nothing
    under a final name (a ``.partial`` left over is never taken for a backup). The database is never touched."""

    name = "backup"

    def __init__(self) -> None:
        self.without_manifest = 0

    def prepare(self, base: Path, workdir: Path) -> Template:
        from tests.factories import intake_input, make_admin, make_user

        database = copy_database(base, workdir / "backup-template.sqlite")
        with opened(database) as context:
            admin = make_admin(context)
            agent = context.for_actor(make_user(context, "agent"))
            for family in ("Sauve", "Copie", "Archive"):
                agent.intake.register_intake(intake_input(family=family, given="Awa", phone=None))
        values = {"admin": _actor(admin)}
        return Template(database, _write_setup(workdir, self.name, values), values)

    def check(self, database: Path, template: Template) -> str:
        backups = _final_backups(backups_of(str(database)))
        if not backups:
            return "absent"
        assert len(backups) == 1, f"{len(backups)} backups from one backup"
        if not _check_backup_file(backups[0], table_counts(database), "the backup"):
            self.without_manifest += 1  # killed between its two renames: whole, listed as "not verified yet"
        return "present"


class Restore(Operation):
    """An administrator restores a verified backup over the desk: the database under its name is either the one
    that was there or the backup's, whole, never a mixture; once replaced, the one that was there is kept."""

    name = "restore"

    def __init__(self) -> None:
        self.without_manifest = 0

    def prepare(self, base: Path, workdir: Path) -> Template:
        from desk.models.backup import backup_sqlite
        from tests.factories import intake_input, make_admin, make_user

        database = copy_database(base, workdir / "restore-template.sqlite")
        folder = workdir / "restore-template-backups"
        with opened(database) as context:
            admin = make_admin(context)
            agent = context.for_actor(make_user(context, "agent"))
            agent.intake.register_intake(intake_input(family="Avant", given="Awa", phone=None))
            context.engine.dispose()
            backup = backup_sqlite(database, folder, "manual", kind="manual")
            # after the backup: what the restore takes away (and keeps in its "before-restore" backup)
            agent.intake.register_intake(intake_input(family="Apres", given="Awa", phone=None))
        values = {"admin": _actor(admin), "backup": backup.name, "folder": str(folder)}
        return Template(database, _write_setup(workdir, self.name, values), values)

    def prepare_run(self, database: Path, template: Template) -> None:
        from desk.models.backup import manifest_path

        folder = backups_of(str(database))
        folder.mkdir()
        backup = Path(template.values["folder"]) / template.values["backup"]
        for source in (backup, manifest_path(backup)):
            shutil.copy(source, folder / source.name)

    def check(self, database: Path, template: Template) -> str:
        after = one(database, "SELECT count(*) FROM persons WHERE family_name = 'Apres'")
        before = one(database, "SELECT count(*) FROM persons WHERE family_name = 'Avant'")
        assert before == 1, "the restored database lost what the backup holds"
        kept = [p for p in _final_backups(backups_of(str(database))) if "before-restore" in p.name]
        if after == 1:
            assert len(kept) <= 1, f"{len(kept)} safety backups from one restore"
            if kept:  # the safety copy was finished before anything was replaced: whole
                self.without_manifest += not _check_backup_file(kept[0], table_counts(database), "the safety copy")
            return "absent"
        assert after == 0
        assert len(kept) == 1, "the database was replaced but the one that was there is not kept"
        counts = table_counts(template.database)
        self.without_manifest += not _check_backup_file(kept[0], counts, "the safety copy of the replaced database")
        return "present"


OPERATIONS: dict[str, Operation] = {op.name: op for op in (Register(), ImportReturnees(), Pay(), Backup(), Restore())}
