"""Backup folders: what they hold (read from the manifests), the copy to the second destination, the rotation.

A folder may be shared by several databases (the desk's own and the demonstration one): every function here
works on the backups of one database, recognised by its name (`stem`) in the manifests and the file names.
"""

from __future__ import annotations

import logging
import os
import re
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desk.i18n import translate
from desk.models.backup import (
    MANIFEST_SUFFIX,
    PARTIAL_SUFFIX,
    STAMP,
    BackupInvalid,
    DatabaseFacts,
    Tick,
    discard,
    file_sha256,
    finish_backup,
    inspect_sqlite,
    kind_of_label,
    manifest_path,
    partial_path,
    read_manifest,
    write_json_atomically,
)
from desk.services.backup_dto import BOTH, HERE, SECOND, BackupSettings, BackupView
from desk.services.backup_rotation import Candidate, to_remove

log = logging.getLogger(__name__)

NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<kind>manual|daily|on-exit|before-migration|before-restore|before-[0-9A-Za-z_]+|[a-z]+)"
    r"-(?P<stamp>\d{8}T\d{12})Z\.(?P<ext>sqlite|dump)$"
)
STALE_SECONDS = 24 * 3600  # a partial file older than this is left over from a crash; younger, it may be in progress


def _created(manifest: dict[str, Any] | None, stamp: str) -> datetime:
    if manifest:
        try:
            return datetime.fromisoformat(str(manifest["created_at"]))
        except (KeyError, ValueError):
            pass
    return datetime.strptime(stamp + "Z", STAMP).replace(tzinfo=UTC)


def _source_stem(manifest: dict[str, Any]) -> str:
    source = str(manifest.get("source", ""))
    return Path(source).stem if manifest.get("backend") == "sqlite" else source


def view_of(path: Path, stem: str, where: str = HERE) -> BackupView | None:
    """The backup at `path` if it is one of this database's, else None."""
    match = NAME.match(path.name)
    if match is None:
        return None
    manifest = read_manifest(path)
    if (_source_stem(manifest) if manifest else match["stem"]) != stem:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    created = _created(manifest, match["stamp"])
    if manifest is None:
        return BackupView(
            path,
            kind_of_label(match["kind"]),
            created,
            size,
            "postgresql" if match["ext"] == "dump" else "sqlite",
            verified=False,
            where=where,
            problem=translate("Backup", "No manifest: not verified yet."),
        )
    problem = ""
    check = manifest.get("last_check")
    if manifest.get("integrity") != "ok":
        problem = translate("Backup", "It failed its integrity check when it was written.")
    elif isinstance(check, dict) and not check.get("ok", False):
        problem = str(check.get("problem", "")) or translate("Backup", "It failed its last check.")
    elif manifest.get("size") != size:
        problem = translate("Backup", "Its size changed since it was written: the file is damaged.")
    ledger = manifest.get("ledger") or {}
    tables = manifest.get("tables") or {}
    return BackupView(
        path,
        str(manifest.get("kind", "")),
        created,
        size,
        str(manifest.get("backend", "sqlite")),
        verified=not problem,
        schema_revision=manifest.get("schema_revision"),
        ledger_entries=ledger.get("entries"),
        ledger_head=ledger.get("head_hash"),
        rows=sum(int(v) for v in tables.values()) if tables else None,
        sha256=manifest.get("sha256"),
        where=where,
        problem=problem,
    )


def list_folder(folder: Path, stem: str, where: str = HERE) -> list[BackupView]:
    """This database's backups in `folder`, newest first; an unreachable folder holds none."""
    found: list[BackupView] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    for entry in entries:
        if entry.name.endswith((".sqlite", ".dump")):
            view = view_of(Path(entry.path), stem, where)
            if view is not None:
                found.append(view)
    found.sort(key=lambda v: (v.created_at, v.name), reverse=True)
    return found


def merge(here: list[BackupView], second: list[BackupView]) -> list[BackupView]:
    """One row per backup: those on both sides are marked so; those left only on the second destination too."""
    names = {v.name for v in second if v.verified}
    rows = [replace(v, where=BOTH) if v.name in names else v for v in here]
    local = {v.name for v in here}
    rows += [replace(v, where=SECOND) for v in second if v.name not in local]
    rows.sort(key=lambda v: (v.created_at, v.name), reverse=True)
    return rows


def mismatch(facts: DatabaseFacts, manifest: dict[str, Any] | None) -> str:
    """Why the facts of a backup differ from those its manifest recorded ("" when they agree)."""
    if not facts.ok:
        return translate("Backup", "SQLite's integrity check found damage in it.")
    if manifest is None:
        return ""
    ledger = manifest.get("ledger") or None
    if manifest.get("tables") is not None and manifest.get("tables") != facts.tables:
        return translate("Backup", "Its row counts differ from those recorded when it was written.")
    if ledger is not None and (ledger.get("entries"), ledger.get("head_hash")) != (
        facts.ledger_entries,
        facts.ledger_head,
    ):
        return translate("Backup", "Its ledger fingerprint differs from the one recorded when it was written.")
    if manifest.get("schema_revision") != facts.schema_revision:
        return translate("Backup", "Its schema version differs from the one recorded when it was written.")
    return ""


def _copy_file(source: Path, target: Path, tick: Tick) -> None:
    total, done = source.stat().st_size, 0
    with open(source, "rb") as reader, open(target, "wb") as writer:
        while chunk := reader.read(1 << 20):
            writer.write(chunk)
            done += len(chunk)
            tick("copy", done, total)
        writer.flush()
        os.fsync(writer.fileno())


def copy_verified(backup: Path, destination: Path, tick: Tick) -> Path:
    """Copy a finished backup (not live: a file copy is fine) into `destination` and check the copy there: the same
    SHA-256 and, for SQLite, an intact database with the same counts and fingerprint. Returns the copy's path.

    FileNotFoundError when the destination folder is missing (an unplugged drive: never created on the local disk);
    OSError when it cannot be written; BackupInvalid when the copy does not read back identical."""
    manifest = read_manifest(backup)
    if manifest is None:
        raise BackupInvalid("unreadable", "no manifest")
    if not destination.is_dir():
        raise FileNotFoundError(str(destination))
    final = destination / backup.name
    partial = partial_path(final)
    manifest_partial = manifest_path(final).with_name(manifest_path(final).name + PARTIAL_SUFFIX)
    try:
        _copy_file(backup, partial, tick)
        if file_sha256(partial, tick) != manifest.get("sha256"):
            raise BackupInvalid("copy", "the copy does not read back identical")
        if manifest.get("backend") == "sqlite":
            problem = mismatch(inspect_sqlite(partial, tick), manifest)
            if problem:
                raise BackupInvalid("copy", problem)
        copy = dict(manifest, verified_at=datetime.now(UTC).isoformat())
        finish_backup(partial, final, copy)
    except BaseException:
        discard(partial, manifest_partial)
        raise
    return final


def record_check(backup: Path, manifest: dict[str, Any], ok: bool, problem: str) -> None:
    """Write the outcome of a later check into the manifest, so the list shows it."""
    updated = dict(manifest, last_check={"at": datetime.now(UTC).isoformat(), "ok": ok, "problem": problem})
    write_json_atomically(manifest_path(backup), updated)


def sweep(folder: Path, stem: str) -> None:
    """Remove what a crash left behind: partial files and manifests without their backup, once they are stale."""
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(f"{stem}-"):
            continue
        path = Path(entry.path)
        orphan = entry.name.endswith(MANIFEST_SUFFIX) and not path.with_suffix("").exists()
        if entry.name.endswith(PARTIAL_SUFFIX) or orphan:
            try:
                if now - entry.stat().st_mtime > STALE_SECONDS:
                    path.unlink()
            except OSError:
                pass


def rotate(folder: Path, stem: str, settings: BackupSettings, now: datetime) -> int:
    """Apply the rotation to this database's backups in `folder`; returns how many were removed."""
    sweep(folder, stem)
    views = list_folder(folder, stem)
    candidates = [Candidate(v.name, v.created_at, v.kind, v.verified) for v in views]
    removed = 0
    for name in sorted(to_remove(candidates, settings, now)):
        try:
            (folder / name).unlink()
            discard(manifest_path(folder / name))
            removed += 1
        except OSError as exc:
            log.warning("rotation could not remove a backup: %s", type(exc).__name__)
    return removed
