"""Consistent copies of a live SQLite database through its online backup API (never a file copy), each verified
and described by a manifest.

A backup is written as `<name>.partial`, re-opened and checked (`PRAGMA integrity_check`, row counts per table,
the ledger's fingerprint, the schema revision), hashed (SHA-256), and only then renamed to its final name; its
manifest, a JSON sidecar `<backup file>.json`, is also written under a temporary name and renamed. A crash at any
point therefore never leaves a truncated backup under a final name, and a final name always holds a checked copy.
Copies are switched to the rollback journal (`journal_mode=DELETE`): one self-contained file, no -wal beside it.

Kept Qt- and service-free: the migration step (desk/models/migrate.py) backs up through `backup_sqlite` before
upgrading, and the services build everything else (rotation, second destination, restore) on these functions.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desk import __version__

MANUAL, DAILY, ON_EXIT, BEFORE_MIGRATION, BEFORE_RESTORE = (
    "manual",
    "daily",
    "on-exit",
    "before-migration",
    "before-restore",
)
KINDS = (MANUAL, DAILY, ON_EXIT, BEFORE_MIGRATION, BEFORE_RESTORE)
MANIFEST_FORMAT = 1
MANIFEST_SUFFIX = ".json"
PARTIAL_SUFFIX = ".partial"
STAMP = "%Y%m%dT%H%M%S%fZ"
COPY_PAGES = 4096  # pages copied per step of the backup API (16 MB with 4 KB pages): progress without long locks
HASH_CHUNK = 1 << 20

# tick(phase, done, total): progress of a long step ("copy", "check", "hash"); raising from it aborts the work.
Tick = Callable[[str, int, int], None]


def _no_tick(_phase: str, _done: int, _total: int) -> None:
    return None


class BackupInvalid(Exception):
    """A file that cannot be used as a backup: `reason` is "unreadable" (not a database, truncated, unreadable)
    or "integrity" (SQLite's integrity check failed); `detail` is SQLite's own words, for the log."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class DatabaseFacts:
    """What a backup holds, as recorded in its manifest and compared when it is checked again."""

    integrity: str  # "ok", or the first problems SQLite reports
    schema_revision: str | None
    tables: dict[str, int] = field(default_factory=dict)  # rows per table
    ledger_entries: int | None = None  # None: no ledger in this schema
    ledger_head: str | None = None  # hash of the last ledger entry (the ledger's fingerprint with its length)

    @property
    def ok(self) -> bool:
        return self.integrity == "ok"


def kind_of_label(label: str) -> str:
    """The kind of backup a label names; migrate.py passes "before-<revision>"."""
    if label in KINDS:
        return label
    return BEFORE_MIGRATION if label.startswith("before-") else MANUAL


def backup_name(stem: str, kind: str, created: datetime, suffix: str) -> str:
    return f"{stem}-{kind}-{created.astimezone(UTC).strftime(STAMP)}{suffix}"


def partial_path(final: Path) -> Path:
    return final.with_suffix(PARTIAL_SUFFIX)


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def read_manifest(backup: Path) -> dict[str, Any] | None:
    """The backup's manifest, or None when it has none (or an unreadable one)."""
    try:
        data = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == MANIFEST_FORMAT else None


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_json_atomically(path: Path, data: dict[str, Any]) -> None:
    """Write-temp-then-rename, flushed: a reader sees the old file or the new one, never half of one."""
    temporary = path.with_name(path.name + PARTIAL_SUFFIX)
    temporary.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    fsync_file(temporary)
    os.replace(temporary, path)
    fsync_dir(path.parent)


def file_sha256(path: Path, tick: Tick = _no_tick) -> str:
    digest = hashlib.sha256()
    total, done = path.stat().st_size, 0
    with open(path, "rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            tick("hash", done, total)
    return digest.hexdigest()


def readonly_uri(path: Path) -> str:
    """A backup file nobody writes: immutable, so SQLite creates no -wal/-shm beside it, whatever its journal mode."""
    return path.resolve().as_uri() + "?mode=ro&immutable=1"


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    try:  # SQLite 3.37+: leaves out the shadow tables of full-text indexes
        rows = conn.execute("PRAGMA table_list").fetchall()
        return sorted(r[1] for r in rows if r[0] == "main" and r[2] == "table" and not r[1].startswith("sqlite_"))
    except sqlite3.OperationalError:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'"
        ).fetchall()
        return sorted(r[0] for r in rows)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def facts_of(conn: sqlite3.Connection, tick: Tick = _no_tick) -> DatabaseFacts:
    """Integrity, revision, rows per table and the ledger fingerprint of an open SQLite database.

    The integrity check reads every page; the progress handler lets `tick` abort it (cancellation)."""
    failure: list[BaseException] = []

    def handler() -> int:
        try:
            tick("check", 0, 0)
        except BaseException as exc:  # handed back below, once SQLite has stopped
            failure.append(exc)
            return 1
        return 0

    conn.set_progress_handler(handler, 200_000)
    try:
        rows = conn.execute("PRAGMA integrity_check(20)").fetchall()
        integrity = "\n".join(str(r[0]) for r in rows) or "no answer"
        tables = _user_tables(conn)
        counts = {name: int(conn.execute(f"SELECT count(*) FROM {_quote(name)}").fetchone()[0]) for name in tables}
        revision = None
        if "alembic_version" in counts:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
        entries = head = None
        if "ledger_entries" in counts:
            entries = counts["ledger_entries"]
            row = conn.execute("SELECT hash FROM ledger_entries ORDER BY seq DESC LIMIT 1").fetchone()
            head = str(row[0]) if row else "0" * 64
    except sqlite3.DatabaseError as exc:
        if failure:
            raise failure[0] from None
        raise BackupInvalid("unreadable", str(exc)) from exc
    finally:
        conn.set_progress_handler(None, 0)
    return DatabaseFacts(integrity, revision, counts, entries, head)


def inspect_sqlite(path: Path, tick: Tick = _no_tick) -> DatabaseFacts:
    """Open a backup file read-only and describe it; BackupInvalid when it is not a readable SQLite database."""
    if not path.is_file():
        raise BackupInvalid("unreadable", "no such file")
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise BackupInvalid("unreadable", str(exc)) from exc
    try:
        return facts_of(conn, tick)
    finally:
        conn.close()


def make_manifest(
    backup: Path,
    *,
    kind: str,
    label: str,
    created: datetime,
    source: str,
    backend: str,
    facts: DatabaseFacts,
    sha256: str,
) -> dict[str, Any]:
    return {
        "format": MANIFEST_FORMAT,
        "app_version": __version__,
        "file": backup.name,
        "kind": kind,
        "label": label,
        "created_at": created.astimezone(UTC).isoformat(),
        "verified_at": datetime.now(UTC).isoformat(),
        "backend": backend,
        "source": source,
        "size": backup.stat().st_size,
        "sha256": sha256,
        "integrity": facts.integrity,
        "schema_revision": facts.schema_revision,
        "tables": facts.tables,
        "ledger": None
        if facts.ledger_entries is None
        else {"entries": facts.ledger_entries, "head_hash": facts.ledger_head},
    }


def finish_backup(partial: Path, final: Path, manifest: dict[str, Any]) -> None:
    """Flush the checked partial file and its manifest, then give both their final names (backup first)."""
    fsync_file(partial)
    manifest_partial = manifest_path(final).with_name(manifest_path(final).name + PARTIAL_SUFFIX)
    manifest_partial.write_text(json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    fsync_file(manifest_partial)
    os.replace(partial, final)
    os.replace(manifest_partial, manifest_path(final))
    fsync_dir(final.parent)


def discard(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def backup_connection(
    source: sqlite3.Connection,
    source_name: str,
    destination_dir: Path,
    kind: str,
    *,
    label: str | None = None,
    created: datetime | None = None,
    tick: Tick | None = None,
) -> Path:
    """Back up the database open on `source` into `destination_dir`; returns the final path of the checked copy."""
    tick = tick or _no_tick
    created = created or datetime.now(UTC)
    destination_dir.mkdir(parents=True, exist_ok=True)
    final = destination_dir / backup_name(Path(source_name).stem, kind, created, ".sqlite")
    partial = partial_path(final)
    manifest_partial = manifest_path(final).with_name(manifest_path(final).name + PARTIAL_SUFFIX)
    discard(partial)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target, pages=COPY_PAGES, progress=lambda _s, left, total: tick("copy", total - left, total))
            target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            target.close()
        facts = inspect_sqlite(partial, tick)
        if not facts.ok:
            raise BackupInvalid("integrity", facts.integrity)
        digest = file_sha256(partial, tick)
        manifest = make_manifest(
            partial,
            kind=kind,
            label=label or kind,
            created=created,
            source=source_name,
            backend="sqlite",
            facts=facts,
            sha256=digest,
        )
        manifest["file"] = final.name
        finish_backup(partial, final, manifest)
    except BaseException:
        discard(partial, manifest_partial)
        raise
    return final


def backup_sqlite(
    source: Path,
    destination_dir: Path,
    label: str,
    *,
    kind: str | None = None,
    created: datetime | None = None,
    tick: Tick | None = None,
) -> Path:
    """Copy the database at `source` into `destination_dir` and check the copy; returns the new file's path.

    Written under a temporary name and renamed once complete and checked, with its manifest beside it, so a crash
    never leaves a truncated backup under a final name. BackupInvalid when the copy fails its integrity check.
    """
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return backup_connection(
            src, source.name, destination_dir, kind or kind_of_label(label), label=label, created=created, tick=tick
        )
    finally:
        src.close()
