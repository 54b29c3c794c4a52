"""Consistent copies of a live SQLite database through its online backup API (never a file copy)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_sqlite(source: Path, destination_dir: Path, label: str) -> Path:
    """Copy the database at `source` into `destination_dir`; returns the new file's path.

    Written under a temporary name and renamed once complete, so a crash never leaves a truncated
    backup under a final name.
    """
    destination_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = destination_dir / f"{source.stem}-{label}-{stamp}.sqlite"
    partial = final.with_suffix(".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()
            if result is None or result[0] != "ok":
                raise OSError(f"backup of {source.name} failed its integrity check")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(final)
    return final
