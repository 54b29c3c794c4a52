"""Checking a backup again, long after it was written: is it still the file that was verified then?"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from desk.i18n import translate
from desk.models.backup import (
    STAMP,
    BackupInvalid,
    Tick,
    file_sha256,
    inspect_sqlite,
    kind_of_label,
    make_manifest,
    manifest_path,
    read_manifest,
    write_json_atomically,
)
from desk.services import backup_pg as pg
from desk.services.backup_dto import BackupError
from desk.services.backup_store import NAME, mismatch, record_check


def verify_file(path: Path, stem: str, tick: Tick) -> str:
    """Check the backup at `path`; returns the problem found ("" when it checks out).

    The outcome is written into its manifest; a SQLite backup that had none (written by an older Guichet, or a
    crash between its two renames) gets one when it checks out."""
    manifest = read_manifest(path)
    problem = ""
    facts = None
    try:
        if manifest and manifest.get("sha256") and file_sha256(path, tick) != manifest["sha256"]:
            problem = translate("Backup", "Its content changed since it was written and verified: the file is damaged.")
        elif path.suffix == ".dump":
            missing = set((manifest or {}).get("tables") or {}) - pg.archive_tables(path, tick)
            if missing:
                problem = translate("Backup", "Tables recorded in its manifest are missing from it.")
        else:
            facts = inspect_sqlite(path, tick)
            problem = mismatch(facts, manifest)
    except BackupInvalid:
        problem = translate("Backup", "It cannot be read: it is not a database, or it is truncated or damaged.")
    except BackupError as exc:
        problem = exc.message
    if manifest is not None:
        record_check(path, manifest, not problem, problem)
    elif facts is not None and not problem:
        match = NAME.match(path.name)
        created = (
            datetime.strptime(match["stamp"] + "Z", STAMP).replace(tzinfo=UTC)
            if match
            else datetime.fromtimestamp(path.stat().st_mtime, UTC)
        )
        kind = kind_of_label(match["kind"]) if match else "manual"
        fresh = make_manifest(
            path,
            kind=kind,
            label=match["kind"] if match else kind,
            created=created,
            source=f"{stem}.sqlite",
            backend="sqlite",
            facts=facts,
            sha256=file_sha256(path, tick),
        )
        write_json_atomically(manifest_path(path), fresh)
    return problem
