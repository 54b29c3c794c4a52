"""The storage checks of `desk verify`: schema revision, pages, foreign keys and the append-only guards.

Each takes a read-only connection (a deferred transaction on SQLite, so writers are never blocked) and returns
(summary, problems), translated, naming tables, constraints and row numbers only: never a value.
"""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from desk.i18n import format_number, translate
from desk.models.migrate import alembic_config, head_revision, revision_of

Outcome = tuple[str, list[str]]
MAX_LINES = 20  # of one kind of problem; the rest are counted

# The triggers that refuse UPDATE and DELETE on the ledger and the audit trail (revisions 0001 and 0012).
SQLITE_GUARDS = {
    "audit_log_no_update": "audit_log",
    "audit_log_no_delete": "audit_log",
    "ledger_entries_no_update": "ledger_entries",
    "ledger_entries_no_delete": "ledger_entries",
}
POSTGRES_GUARDS = {
    "audit_log_no_change": "audit_log",
    "audit_log_no_truncate": "audit_log",
    "ledger_entries_append_only": "ledger_entries",
}


def _is_known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:
        return False


def check_schema(conn: Connection) -> tuple[str, list[str], bool]:
    """(summary, problems, at_head): the database's schema revision against the one this code expects."""
    current, head = revision_of(conn), head_revision()
    if current == head:
        return (
            translate("Verify", "Schema: revision {revision}, the one this version expects.").format(revision=head),
            [],
            True,
        )
    if current is None:
        problem = translate(
            "Verify", "Schema: this database has no Guichet schema (never initialised, or not a desk's database)."
        )
    elif not _is_known(current):
        problem = translate(
            "Verify", "Schema: revision {revision} was written by a newer Guichet; this one expects {head}."
        ).format(revision=current, head=head)
    else:
        problem = translate(
            "Verify", "Schema: revision {revision}, this version expects {head}: open the application to upgrade it."
        ).format(revision=current, head=head)
    return translate("Verify", "Schema: revision {revision}.").format(revision=current or "-"), [problem], False


def check_sqlite_pages(conn: Connection, full: bool) -> Outcome:
    """PRAGMA integrity_check (every page, record and index entry) or quick_check (the same without comparing
    indexes with their tables). SQLite's own words name pages, tables and indexes, never a stored value."""
    pragma = "integrity_check" if full else "quick_check"
    pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
    size = format_number(pages * int(conn.exec_driver_sql("PRAGMA page_size").scalar_one()) / 1e6)
    try:
        found = [str(row[0]) for row in conn.exec_driver_sql(f"PRAGMA {pragma}({MAX_LINES})")]
    except DBAPIError as exc:  # damage bad enough to stop the check itself
        if exc.orig is None or type(exc.orig).__module__ != "sqlite3" or not exc.orig.args:
            raise
        found = [str(exc.orig.args[0])]
    lines = [line for text in found for line in text.splitlines() if line and not line.startswith("*** in database")]
    if lines == ["ok"]:
        return translate("Verify", "Database file: {pages} pages ({size} MB) read, no damage found ({check}).").format(
            pages=format_number(pages), size=size, check=pragma
        ), []
    problems = [translate("Verify", "Database file damaged: {detail}").format(detail=line) for line in lines]
    if len(problems) > MAX_LINES:
        problems[MAX_LINES:] = [translate("Verify", "Database file damaged: more damage not listed.")]
    summary = translate("Verify", "Database file: {pages} pages ({size} MB) read, damage found ({check}).")
    return summary.format(pages=format_number(pages), size=size, check=pragma), problems


def check_postgres_storage(conn: Connection) -> Outcome:
    """The server checks its own pages (checksums when the cluster has them); what can be left broken by an
    interrupted operation is an index marked invalid."""
    checksums = conn.exec_driver_sql("SHOW data_checksums").scalar_one()
    invalid = [
        str(name)
        for (name,) in conn.exec_driver_sql(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready) ORDER BY 1"
        )
    ]
    problems = [
        translate("Verify", "Index {index} is not valid (an interrupted build): rebuild it with REINDEX.").format(
            index=name
        )
        for name in invalid
    ]
    indexes = conn.exec_driver_sql(
        "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
    ).scalar_one()
    summary = translate(
        "Verify",
        "Database server: PostgreSQL checks its pages (data checksums {checksums}); {indexes} indexes valid.",
    ).format(checksums=checksums, indexes=format_number(int(indexes) - len(invalid)))
    return summary, problems


def check_sqlite_foreign_keys(conn: Connection) -> Outcome:
    """PRAGMA foreign_key_check: rows whose reference points at a record that does not exist."""
    broken: dict[tuple[str, str], list[int]] = {}  # (table, parent) -> [count, first rowid]
    for table, rowid, parent, _fkid in conn.exec_driver_sql("PRAGMA foreign_key_check"):
        entry = broken.setdefault((str(table), str(parent)), [0, int(rowid or 0)])
        entry[0] += 1
    references = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_schema AS t, pragma_foreign_key_list(t.name) WHERE t.type = 'table'"
    ).scalar_one()
    problems = [
        translate("Verify", "{table}: {count} rows point at missing records of {parent} (first: row {row}).").format(
            table=table, count=format_number(count), parent=parent, row=first
        )
        for (table, parent), (count, first) in sorted(broken.items())
    ]
    return _foreign_key_summary(int(references), problems), problems


def check_postgres_foreign_keys(conn: Connection) -> Outcome:
    """PostgreSQL enforces every constraint, unless one was added NOT VALID or its triggers were disabled."""
    problems = [
        translate(
            "Verify", "{table}: constraint {name} was added without checking the rows already there (NOT VALID)."
        ).format(table=table, name=name)
        for table, name in conn.exec_driver_sql(
            "SELECT conrelid::regclass::text, conname FROM pg_constraint "
            "WHERE connamespace = current_schema()::regnamespace AND NOT convalidated ORDER BY 1, 2"
        )
    ]
    problems += [
        translate("Verify", "{table}: its references are not enforced (their triggers are disabled).").format(
            table=table
        )
        for (table,) in conn.exec_driver_sql(
            "SELECT DISTINCT t.tgrelid::regclass::text FROM pg_trigger t "
            "JOIN pg_constraint c ON c.oid = t.tgconstraint "
            "WHERE t.tgisinternal AND t.tgenabled = 'D' AND c.contype = 'f' ORDER BY 1"
        )
    ]
    references = conn.exec_driver_sql(
        "SELECT count(*) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND contype = 'f'"
    ).scalar_one()
    return _foreign_key_summary(int(references), problems), problems


def _foreign_key_summary(references: int, problems: list[str]) -> str:
    if problems:
        return translate("Verify", "Foreign keys: {count} references checked, some are broken.").format(
            count=format_number(references)
        )
    return translate(
        "Verify", "Foreign keys: {count} references checked, every one points at an existing record."
    ).format(count=format_number(references))


def check_guards(conn: Connection) -> Outcome:
    """The triggers that make the ledger and the audit trail append-only are there and enabled."""
    if conn.dialect.name == "sqlite":
        expected = SQLITE_GUARDS
        present = {
            str(name)
            for name, sql in conn.exec_driver_sql("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")
            if "RAISE(ABORT" in str(sql).upper().replace(" ", "")
        }
    else:
        expected = POSTGRES_GUARDS
        present = {
            str(name)
            for (name,) in conn.exec_driver_sql(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D' "
                "AND tgrelid IN ('audit_log'::regclass, 'ledger_entries'::regclass)"
            )
        }
    problems = [
        translate("Verify", "{table} is no longer append-only: its guard {name} was removed or disabled.").format(
            table=table, name=name
        )
        for name, table in expected.items()
        if name not in present
    ]
    summary = translate("Verify", "Append-only guards: {present} of {expected} in place (ledger and audit trail).")
    return summary.format(present=len(expected) - len(problems), expected=len(expected)), problems
