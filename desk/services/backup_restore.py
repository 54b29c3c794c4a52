"""Restoring a backup: check it completely first, keep the current database, then swap atomically.

SQLite: the chosen file is checked against its manifest (SHA-256), copied through the backup API into a temporary
file next to the database, and that copy is checked (integrity, counts and fingerprint against the manifest, schema
not newer than the code, the ledger's whole chain when the schema is the code's). Only then is the database taken
exclusively (switching it out of WAL mode fails while any other process has it open: the restore is refused), backed
up as "before-restore" through the same connection, and replaced by the checked copy with os.replace. A crash at any
point leaves either the old database or the restored one under its name, never a mixture, and the old one is kept.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desk.i18n import translate
from desk.models.backup import (
    BEFORE_RESTORE,
    COPY_PAGES,
    STAMP,
    BackupInvalid,
    DatabaseFacts,
    Tick,
    backup_connection,
    discard,
    file_sha256,
    fsync_dir,
    fsync_file,
    inspect_sqlite,
    read_manifest,
    readonly_uri,
)
from desk.models.db import make_engine, make_session_factory
from desk.models.migrate import alembic_config, head_revision
from desk.paths import sqlite_url
from desk.services import backup_pg as pg
from desk.services.backup_dto import BackupError, RestoreResult
from desk.services.backup_store import NAME, mismatch
from desk.services.ledger_periods import verify_ledger_now

log = logging.getLogger(__name__)
LOCK_WAIT_SECONDS = 2.0


def unusable(name: str) -> BackupError:
    return BackupError(
        translate(
            "Backup",
            "{name} is not a Guichet backup that can be read: it is not a database, or it is truncated or damaged. "
            "Nothing was changed.",
        ).format(name=name)
    )


def damaged(name: str, problem: str) -> BackupError:
    return BackupError(
        translate("Backup", "{name} cannot be restored: {problem} Nothing was changed.").format(
            name=name, problem=problem
        )
    )


def needs_upgrade(revision: str | None, name: str) -> bool:
    """Whether the backup's schema is older than the code's; BackupError when it is not a desk or is newer."""
    if revision is None:
        raise damaged(name, translate("Backup", "it holds no Guichet database (no schema version)."))
    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:
        known = False
    if not known:
        raise BackupError(
            translate(
                "Backup",
                "{name} was made by a newer version of Guichet (schema {revision}): install that version or newer "
                "to restore it. Nothing was changed.",
            ).format(name=name, revision=revision)
        )
    return revision != head_revision()


def created_of(backup: Path, manifest: dict[str, Any] | None) -> datetime | None:
    if manifest and manifest.get("created_at"):
        try:
            return datetime.fromisoformat(str(manifest["created_at"]))
        except ValueError:
            pass
    match = NAME.match(backup.name)
    if match:
        return datetime.strptime(match["stamp"] + "Z", STAMP).replace(tzinfo=UTC)
    try:
        return datetime.fromtimestamp(backup.stat().st_mtime, UTC)
    except OSError:
        return None


def check_hash(backup: Path, manifest: dict[str, Any] | None, tick: Tick) -> None:
    if manifest and manifest.get("sha256") and file_sha256(backup, tick) != manifest["sha256"]:
        raise damaged(
            backup.name,
            translate("Backup", "its content changed since it was written and verified (the file is damaged)."),
        )


def check_ledger(path: Path, name: str) -> None:
    """Recompute the ledger's chain in the file at `path` (the code's schema); BackupError on any problem."""
    engine = make_engine(sqlite_url(path))
    try:
        report = verify_ledger_now(make_session_factory(engine))
    finally:
        engine.dispose()
    if not report.ok:
        raise damaged(
            name,
            translate("Backup", "its ledger does not verify ({problem}).").format(problem=report.problems[0].message),
        )


def _prepare(backup: Path, temporary: Path, manifest: dict[str, Any] | None, tick: Tick) -> tuple[DatabaseFacts, bool]:
    """Copy the backup into `temporary` and check the copy completely; (its facts, whether it needs an upgrade)."""
    try:
        source = sqlite3.connect(readonly_uri(backup), uri=True)
        try:
            target = sqlite3.connect(temporary)
            try:
                source.backup(target, pages=COPY_PAGES, progress=lambda _s, left, n: tick("copy", n - left, n))
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        facts = inspect_sqlite(temporary, tick)
    except (sqlite3.DatabaseError, BackupInvalid) as exc:
        log.warning("restore refused, unreadable backup: %s", type(exc).__name__)
        raise unusable(backup.name) from exc
    problem = mismatch(facts, manifest)
    if problem:
        raise damaged(backup.name, problem)
    upgrade = needs_upgrade(facts.schema_revision, backup.name)
    if not upgrade and facts.ledger_entries is not None:
        check_ledger(temporary, backup.name)
        conn = sqlite3.connect(temporary, isolation_level=None)
        try:  # the check's engine switched the copy to WAL: back to one self-contained file before the swap
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
    return facts, upgrade


def take_exclusive(database: Path) -> sqlite3.Connection | None:
    """A connection that alone holds the database, or None when the file is too damaged to open.

    Leaving WAL mode needs every other connection closed, so it is the reliable test that no other process (another
    Guichet, a tool) has the file open; then the exclusive locking mode keeps everyone out until we close."""
    conn = sqlite3.connect(database, timeout=LOCK_WAIT_SECONDS, isolation_level=None)
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        if mode is None or str(mode[0]).lower() != "delete":
            raise sqlite3.OperationalError("database is locked")
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(
                translate(
                    "Backup",
                    "The database is open in another program (another Guichet window or workstation, or a tool): "
                    "close it there, then restore again. Nothing was changed.",
                )
            ) from exc
        return None
    except sqlite3.DatabaseError:
        conn.close()
        return None


def restore_sqlite(
    database: Path, backup: Path, folder: Path, *, now: datetime, tick: Tick, check: Tick
) -> RestoreResult:
    """Replace the database file by the backup (see the module's description). `check` is called between steps
    and raises to cancel; nothing is changed when it does before the swap."""
    if not backup.is_file():
        raise unusable(backup.name)
    manifest = read_manifest(backup)
    if manifest and manifest.get("backend") not in (None, "sqlite"):
        raise unusable(backup.name)
    temporary = database.with_name(database.name + ".restoring")
    leftovers = [temporary.with_name(temporary.name + suffix) for suffix in ("-journal", "-wal", "-shm")]
    discard(temporary, *leftovers)
    try:
        check_hash(backup, manifest, tick)
        facts, upgrade = _prepare(backup, temporary, manifest, tick)
        check("", 0, 0)
        safety = aside = None
        if database.exists():
            holder = take_exclusive(database)
            try:
                if holder is not None:
                    safety = backup_connection(holder, database.name, folder, BEFORE_RESTORE, created=now, tick=tick)
            except (BackupInvalid, sqlite3.DatabaseError) as exc:
                log.warning("the current database could not be backed up before a restore: %s", type(exc).__name__)
            finally:
                if holder is not None:
                    holder.close()
            if safety is None:  # too damaged to back up: kept beside it, never deleted
                aside = database.with_name(f"{database.name}.damaged-{now.astimezone(UTC).strftime(STAMP)}")
                os.replace(database, aside)
        fsync_file(temporary)
        os.replace(temporary, database)
        fsync_dir(database.parent)
    except BaseException:
        discard(temporary, *leftovers)
        raise
    log.info("database restored from a backup (%s)", "older schema" if upgrade else "same schema")
    return _restored(backup, manifest, facts, safety, aside, upgrade)


def restore_postgres(
    engine: Engine, backup: Path, folder: Path, *, now: datetime, tick: Tick, check: Tick
) -> RestoreResult:
    """Load a pg_dump archive into the database in one transaction, after checking it and dumping the database as
    it is ("before-restore"). Refused while other sessions (workstations) are connected."""
    manifest = read_manifest(backup)
    if not backup.is_file() or (manifest and manifest.get("backend") != "postgresql"):
        raise unusable(backup.name)
    check_hash(backup, manifest, tick)
    tables = pg.archive_tables(backup, tick)
    upgrade = needs_upgrade(pg.archive_revision(backup, tick) if "alembic_version" in tables else None, backup.name)
    if manifest and set(manifest.get("tables") or {}) - tables:
        raise damaged(backup.name, translate("Backup", "tables recorded in its manifest are missing from it."))
    sql = pg.script(backup, folder, tick)
    try:
        check("", 0, 0)
        engine.dispose()
        if pg.other_sessions(engine):
            raise BackupError(
                translate(
                    "Backup",
                    "Other workstations are connected to this database: close Guichet on them, then restore again. "
                    "Nothing was changed.",
                )
            )
        safety = pg.dump_to_folder(engine, folder, BEFORE_RESTORE, now, tick)
        extras = pg.current_tables(engine) - tables
        engine.dispose()
        pg.load(engine, backup, sql, extras, tick)
    finally:
        sql.unlink(missing_ok=True)
    with engine.connect() as conn:
        facts = pg.facts_of(conn)
    problem = mismatch(facts, manifest)
    if not problem and not upgrade and facts.ledger_entries is not None:
        report = verify_ledger_now(make_session_factory(engine))
        problem = "" if report.ok else report.problems[0].message
    if problem:
        raise BackupError(
            translate(
                "Backup",
                "The backup was loaded but does not check out ({problem}). The database as it was is kept as the "
                "backup {name}: restore that one.",
            ).format(problem=problem, name=safety.name)
        )
    log.info("database restored from a pg_dump archive")
    return _restored(backup, manifest, facts, safety, None, upgrade)


def _restored(
    backup: Path,
    manifest: dict[str, Any] | None,
    facts: DatabaseFacts,
    safety: Path | None,
    aside: Path | None,
    upgrade: bool,
) -> RestoreResult:
    """What a restore says it did, the same on both back-ends."""
    return RestoreResult(
        source=backup,
        backup_created_at=created_of(backup, manifest),
        kind=str(manifest.get("kind", "")) if manifest else "",
        schema_revision=facts.schema_revision,
        rows=facts.tables,
        ledger_entries=facts.ledger_entries,
        ledger_head=facts.ledger_head,
        safety_backup=safety,
        kept_aside=aside,
        needs_upgrade=upgrade,
    )
