"""A full disk during an import and an export: a clear message, the database exactly as it was, and no truncated
workbook under the name the person chose (an older file there stays as it was).

The disk fills for real: SQLite's own limit on the database's size (`PRAGMA max_page_count`, SQLITE_FULL) on any
machine, and, where this process may mount one (root on Linux, as in CI), a small tmpfs that really runs out of
space for the database and for the workbook. A monkeypatched write that fails with ENOSPC half-way through the
workbook covers the export everywhere.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import event

from desk.cli import run
from desk.paths import sqlite_url
from desk.services.context import DeskContext
from desk.services.errors import DiskFull
from desk.services.exchange.xlsx_writer import ExportFailed
from tests.factories import PASSWORD, intake_input, make_user

ROWS = 400


def fingerprint(path: Path) -> str:
    """Everything the database holds, as SQL text: equal fingerprints, equal databases."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return hashlib.sha256("\n".join(connection.iterdump()).encode("utf-8")).hexdigest()
    finally:
        connection.close()


def arrival_list(path: Path, rows: int = ROWS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Nom de famille", "Prénom", "Genre", "Né(e) le", "Date d'arrivée"])
    returned = date.today() - timedelta(days=3)
    for i in range(rows):
        sheet.append(
            [f"PLEIN{i:04d}", f"Disque{i}", "F" if i % 2 else "M", date(1990, 1 + i % 12, 1 + i % 28), returned]
        )
    book.save(path)
    return path


@pytest.fixture
def desk_file(sqlite_template: Path, tmp_path: Path) -> Path:
    """An embedded desk with a manager (`importer`), copied from the session's template."""
    path = tmp_path / "desk.sqlite"
    shutil.copy(sqlite_template, path)
    context = DeskContext(sqlite_url(path))
    make_user(context, "manager", username="importer")
    context.close()
    return path


def _limit_size(context: DeskContext, extra_pages: int) -> None:
    """Let the database grow by `extra_pages` pages at most: SQLite then fails with SQLITE_FULL, as on a full disk."""
    with context.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    context.engine.dispose()

    @event.listens_for(context.engine, "connect")
    def _cap(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + extra_pages}")


def test_a_full_disk_during_an_import_changes_nothing_and_says_so(desk_file, tmp_path):
    workbook = arrival_list(tmp_path / "arrivees.xlsx")
    context = DeskContext(sqlite_url(desk_file))
    manager = context.for_actor(context.auth.authenticate("importer", PASSWORD))
    check = manager.returnee_import.check(workbook)
    assert len(check.new_rows) == ROWS
    before = fingerprint(desk_file)
    _limit_size(context, extra_pages=8)  # room for a few rows, not for 400 persons and their cases
    with pytest.raises(DiskFull) as caught:
        manager.returnee_import.apply(check)
    message = caught.value.message
    assert "disk that holds the database is full" in message and "Nothing was saved" in message
    assert "INSERT" not in message and str(desk_file) not in message
    context.close()
    assert fingerprint(desk_file) == before  # not one person, case, batch row or audit row
    # Space freed: the same checked file imports in full.
    context = DeskContext(sqlite_url(desk_file))
    manager = context.for_actor(context.auth.authenticate("importer", PASSWORD))
    manager.returnee_import.apply(manager.returnee_import.check(workbook))
    context.close()
    connection = sqlite3.connect(desk_file)
    assert connection.execute("SELECT count(*) FROM persons WHERE family_name LIKE 'PLEIN%'").fetchone() == (ROWS,)
    connection.close()


def test_the_command_line_says_the_disk_is_full_in_one_line(desk_file, tmp_path, monkeypatch, capsys):
    workbook = arrival_list(tmp_path / "arrivees.xlsx")
    original = DeskContext.__init__

    def capped(self, url, engine=None):  # type: ignore[no-untyped-def]
        original(self, url, engine)
        _limit_size(self, extra_pages=8)

    monkeypatch.setattr(DeskContext, "__init__", capped)
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    code = run(["import", "returnees", str(workbook), "--db", str(desk_file), "--user", "importer"])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert err == (
        "desk: error: The disk that holds the database is full. Nothing was saved: free some space, then try again."
    )
    connection = sqlite3.connect(desk_file)  # the login was recorded (its own transaction), the import not at all
    assert connection.execute("SELECT count(*) FROM import_batches").fetchone() == (0,)
    assert connection.execute("SELECT count(*) FROM persons").fetchone() == (0,)
    connection.close()


# -- exports ---------------------------------------------------------------------------------------------------------
@pytest.fixture
def exporter(desk_file):
    context = DeskContext(sqlite_url(desk_file))
    agent = context.for_actor(make_user(context, "agent"))
    for i in range(30):
        agent.intake.register_intake(intake_input(family=f"Export{i:02d}", given="Plein", phone=None))
    yield context.for_actor(context.auth.authenticate("importer", PASSWORD)).exports
    context.close()


def _leftovers(folder: Path, final: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != final and final.name in p.name)


def test_a_full_disk_half_way_through_an_export_leaves_nothing_under_its_name(exporter, tmp_path, monkeypatch):
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    out = out_dir / "returnees.xlsx"
    out.write_bytes(b"last month's export")  # an older file under the chosen name
    written: list[str] = []

    class FillingZip(zipfile.ZipFile):
        """Writes the first members for real, then the disk is full."""

        def write(self, filename, arcname=None, *args, **kwargs):  # type: ignore[no-untyped-def]
            if len(written) >= 3:
                # XlsxWriter never closes its ZipFile after a failure; let go of the file here, or its
                # finaliser would try (and fail) to finish the archive later, in another test.
                stream, self.fp = self.fp, None
                stream.close()
                raise OSError(errno.ENOSPC, "No space left on device")
            written.append(str(arcname))
            return super().write(filename, arcname, *args, **kwargs)

    import xlsxwriter.workbook

    monkeypatch.setattr(xlsxwriter.workbook, "ZipFile", FillingZip)
    with pytest.raises(ExportFailed) as caught:
        exporter.export_returnees(out, for_partner=False)
    assert len(written) == 3  # the failure came half-way, with part of the workbook on disk
    assert "The disk is full" in caught.value.message
    assert out.read_bytes() == b"last month's export"
    assert _leftovers(out_dir, out) == []  # the half-written temporary file is gone too
    monkeypatch.undo()
    exporter.export_returnees(out, for_partner=False)  # space again: a whole workbook
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None


# -- a real small disk (tmpfs), where this process may mount one --------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs of 2 MB mounted for this test; skipped, saying why, where mounting is not allowed."""
    point = tmp_path / "small-disk"
    point.mkdir()
    if not sys.platform.startswith("linux") or not shutil.which("mount"):
        pytest.skip("a real full disk needs Linux's mount (tmpfs); the SQLite-limit and ENOSPC tests cover the rest")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): {done.stderr.decode().strip()}")
    try:
        yield point
    finally:
        if subprocess.run(["umount", str(point)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(point)], capture_output=True)


def _fill(folder: Path, leave: int) -> None:
    """Fill the disk of `folder` until only about `leave` bytes are free."""
    free = shutil.disk_usage(folder).free
    with (folder / "filler.bin").open("wb") as stream:
        stream.write(b"\0" * max(0, free - leave))


def test_an_import_onto_a_really_full_disk(small_disk, desk_file, tmp_path):
    database = small_disk / "desk.sqlite"
    shutil.copy(desk_file, database)
    workbook = arrival_list(tmp_path / "arrivees.xlsx")
    context = DeskContext(sqlite_url(database))
    manager = context.for_actor(context.auth.authenticate("importer", PASSWORD))
    check = manager.returnee_import.check(workbook)
    context.engine.dispose()
    before = fingerprint(database)
    _fill(small_disk, leave=48 * 1024)
    with pytest.raises(DiskFull, match="disk that holds the database is full"):
        manager.returnee_import.apply(check)
    context.close()
    (small_disk / "filler.bin").unlink()
    assert fingerprint(database) == before


def test_an_export_onto_a_really_full_disk(small_disk, exporter):
    out = small_disk / "returnees.xlsx"
    out.write_bytes(b"last month's export")
    _fill(small_disk, leave=4 * 1024)
    with pytest.raises(ExportFailed, match="The disk is full") as caught:
        exporter.export_returnees(out, for_partner=False)
    assert out.read_bytes() == b"last month's export"
    assert _leftovers(small_disk, out) == []
    # XlsxWriter leaves its ZipFile open in the failure's traceback; it tries to finish the (already removed)
    # archive when collected: give it room first, so that happens quietly here rather than in a later test.
    (small_disk / "filler.bin").unlink()
    del caught
    gc.collect()
