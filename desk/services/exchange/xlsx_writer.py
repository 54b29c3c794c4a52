"""A safe, streaming xlsx writer: XlsxWriter in constant-memory mode, typed cells, atomic save.

What it guarantees (DESIGN.md, "Excel exchange"):

- Memory stays flat whatever the number of rows: XlsxWriter's constant-memory mode keeps one row in
  memory and streams the rest to a temporary file per sheet.
- Text that a person typed never becomes a formula, a number or an error: every text cell is written
  with ``write_string`` (never ``write``), so ``=HYPERLINK(...)``, ``+1``, ``@SUM(A1)`` or ``#N/A`` stay
  literal text. Control characters (except tab and newline) are removed, texts longer than Excel's
  32,767 characters are cut, and ``None`` or ``""`` leave the cell empty.
- Dates are real dates shown dd/mm/yyyy, amounts real numbers, each column with its declared type.
- A sheet that reaches Excel's row limit continues on "Title (2)" under the same header.
- The workbook is written to a temporary file in the destination folder and renamed to its final name
  only when everything succeeded: a failure or a cancel leaves nothing under the final name (an older
  file there stays as it was). A full disk or a refused folder becomes an ``ExportFailed`` that says
  which file and what to do.

Long exports report progress and accept cancellation through ``desk.services.progress``
(``progress(done, total, message)``, ``total`` 0 when unknown; a ``CancelToken`` raises ``Cancelled``),
the callbacks that ``desk.ui.workers.run_in_background`` passes to every service.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from desk.i18n import translate
from desk.services.errors import DeskError
from desk.services.progress import CancelToken, ProgressCallback, no_progress

MAX_ROWS = 1_048_576  # Excel's rows per sheet, header rows included (read when a sheet starts: tests lower it)
MAX_TEXT = 32_767  # Excel's longest cell text, in UTF-16 code units
MAX_SHEET_NAME = 31  # in UTF-16 code units, like Excel counts
MAX_EXACT_INT = 10**15  # Excel keeps 15 significant digits: longer integers (IDs) are written as text
PROGRESS_EVERY = 1_000  # rows between two progress reports (and cancel checks)
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"

# C0 controls except tab and newline (carriage returns become newlines first), DEL and C1 controls,
# lone surrogates (cannot be encoded) and the two non-characters XML refuses.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Characters Excel refuses in a sheet name: slashes become dashes, a colon a space, the rest go.
_SHEET_NAME_MAP = str.maketrans({"/": "-", "\\": "-", ":": " ", "[": "", "]": "", "*": "", "?": ""})
_RESERVED_SHEET_NAMES = frozenset({"history"})  # Excel keeps it for its change history


class ColumnKind(StrEnum):
    TEXT = "text"
    INT = "int"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"


TEXT, INT, NUMBER, DATE, DATETIME = (
    ColumnKind.TEXT,
    ColumnKind.INT,
    ColumnKind.NUMBER,
    ColumnKind.DATE,
    ColumnKind.DATETIME,
)

_DEFAULT_WIDTH = {TEXT: 14.0, INT: 9.0, NUMBER: 14.0, DATE: 11.0, DATETIME: 16.5}
_MAX_HEADER_WIDTH = 50.0


@dataclass(frozen=True)
class Column:
    """One column of a table sheet: its header, type, HXL hashtag and (typical) width in characters."""

    header: str
    kind: ColumnKind = TEXT
    decimals: int = 0  # NUMBER only: digits shown after the decimal separator
    hxl: str = ""  # e.g. "#org+funder"; written in a second header row when the sheet asks for HXL
    width: float | None = None  # typical content width; the header widens it when longer


def column_width(column: Column) -> float:
    """From the declared (or the type's typical) width and the header: measuring every row is too slow."""
    width = column.width if column.width is not None else _DEFAULT_WIDTH[column.kind]
    header = min(len(column.header) * 1.1 + 2, _MAX_HEADER_WIDTH)  # bold is a little wider
    tag = len(column.hxl) + 2 if column.hxl else 0
    return round(max(width, header, tag), 1)


class ExportFailed(DeskError):
    """The workbook could not be written (full disk, refused folder...); nothing was left under its name."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


def clean_text(value: str) -> str:
    """The text as a cell can hold it: no control characters but tab and newline, at most 32,767 units."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    if len(value) > MAX_TEXT // 2:
        value = _cut_utf16(value, MAX_TEXT)
    return value


def _cut_utf16(value: str, limit: int) -> str:
    encoded = value.encode("utf-16-le")
    if len(encoded) <= 2 * limit:
        return value
    return encoded[: 2 * limit].decode("utf-16-le", "ignore")  # "ignore" drops half of a cut pair


def sheet_name(title: str, taken: Collection[str] = (), number: int = 1) -> str:
    """A valid, unused sheet name for `title`: at most 31 characters, none of []:*?/\\, unique.

    `number` 2 and more give "Title (2)"..., the continuation sheets of a table too long for one sheet.
    """
    name = " ".join(clean_text(title).translate(_SHEET_NAME_MAP).split()).strip("'").strip()
    if not name:
        name = translate("Export", "Sheet")
    used = {t.casefold() for t in taken} | _RESERVED_SHEET_NAMES
    n = max(number, 1)
    while True:
        suffix = f" ({n})" if n > 1 else ""
        candidate = _cut_utf16(name, MAX_SHEET_NAME - len(suffix)).rstrip().rstrip("'").rstrip() + suffix
        if candidate.casefold() not in used:
            return candidate
        n += 1


def _local_naive(value: datetime) -> datetime:
    """Excel has no time zones: an aware timestamp (stored in UTC) is shown in local time."""
    if value.tzinfo is None:
        return value
    return value.astimezone().replace(tzinfo=None)


_EPOCH_ORDINAL = date(1899, 12, 30).toordinal()  # Excel's day 0, counting its phantom 29/02/1900
_FIRST_SERIAL = 61  # 01/03/1900: before it Excel's serials are off by its 1900 leap-year bug


def _excel_serial(value: date) -> float | None:
    """The Excel serial of a date (days) or a naive datetime (days and fraction); None before March 1900."""
    days = value.toordinal() - _EPOCH_ORDINAL
    if days < _FIRST_SERIAL:
        return None
    if isinstance(value, datetime):
        return days + (value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / 86400
    return days


def _date_text(value: date) -> str:
    """dd/mm/yyyy for the dates Excel cannot hold right (before March 1900: its 1900 leap-year bug)."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def _failure(exc: OSError, path: Path) -> ExportFailed:
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        message = translate(
            "Export",
            "The disk is full: {file} could not be written. Free some space (on that disk and in the "
            "temporary folder) or choose another folder, then export again.",
        )
    elif isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        message = translate(
            "Export",
            "{file} could not be written: the folder is read-only or the file is open in another program "
            "(Excel?). Close the file or choose another folder, then export again.",
        )
    elif isinstance(exc, FileNotFoundError):
        message = translate("Export", "The folder of {file} does not exist. Choose another folder, then export again.")
    else:
        message = translate("Export", "{file} could not be written ({reason}). Try again, or choose another folder.")
    # The file's name only: its folder may name a person ("Dossiers de Mme …"), and str(exc) holds the path too.
    return ExportFailed(message.format(file=path.name, reason=exc.strerror or exc.__class__.__name__), path)


def _as_export_failure(exc: BaseException, path: Path) -> ExportFailed | None:
    """The ExportFailed an operating-system error stands for; None for any other exception."""
    if isinstance(exc, FileCreateError):  # XlsxWriter wraps the OSError of its final save
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else exc.__context__
        if isinstance(inner, OSError):
            return _failure(inner, path)
    if isinstance(exc, OSError):
        return _failure(exc, path)
    return None


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


class SafeWorkbook:
    """One xlsx file being written. Use it as a context manager::

        with SafeWorkbook(path, progress=progress, cancel=cancel, total=n) as book:
            sheet = book.add_table_sheet(title, columns, hxl=True)
            for values in rows:
                sheet.write_row(values)
            book.add_metadata_sheet(about, pairs)

    Leaving the block normally saves the file under `path`; an exception (a cancel included) removes
    everything it wrote and propagates, an operating-system error as ``ExportFailed``.
    """

    def __init__(
        self,
        path: Path,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        total: int | None = None,
    ) -> None:
        self.path = Path(path)
        self.rows = 0  # data rows written so far, every table sheet together
        self._progress = progress or no_progress
        self._cancel = cancel or CancelToken()
        self._total = max(total or 0, 0)
        self._next_report = PROGRESS_EVERY
        self._writing = translate("Export", "Writing {file}…").format(file=self.path.name)
        self._tmp: Path | None = None
        self._tmpdir: str | None = None
        self._book: Any = None
        self._formats: dict[tuple[str, int, bool], Any] = {}
        self._names: list[str] = []
        self._tables: list[TableSheet] = []

    # -- life cycle -------------------------------------------------------------------------------

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None:
            self.commit()
            return
        self.discard()
        failure = _as_export_failure(exc, self.path)
        if failure is not None:
            raise failure from exc

    def open(self) -> None:
        try:
            self._cancel.check()
            self._tmp = self._create_temp()
            self._tmpdir = tempfile.mkdtemp(prefix="guichet-xlsx-")
            self._book = xlsxwriter.Workbook(
                str(self._tmp),
                {
                    "constant_memory": True,
                    "tmpdir": self._tmpdir,
                    "use_zip64": True,  # only members over 2 GB get the extension (a million long rows)
                    # belt and braces: even a stray write() could not turn text into something else
                    "strings_to_numbers": False,
                    "strings_to_formulas": False,
                    "strings_to_urls": False,
                },
            )
            self._progress(0, self._total, self._writing)
        except BaseException as exc:
            self.discard()
            failure = _as_export_failure(exc, self.path)
            if failure is not None:
                raise failure from exc
            raise

    def commit(self) -> None:
        """Finish every sheet, save, and give the file its final name."""
        if self._book is None or self._tmp is None:
            raise RuntimeError("the workbook is not open")
        try:
            for table in self._tables:
                table._finish_part()
            self._cancel.check()
            self._progress(self.rows, self._total, translate("Export", "Saving {file}…").format(file=self.path.name))
            self._book.close()
            _fsync(self._tmp)
            self._cancel.check()
            os.replace(self._tmp, self.path)
        except BaseException as exc:
            self.discard()
            failure = _as_export_failure(exc, self.path)
            if failure is not None:
                raise failure from exc
            raise
        self._tmp = None
        self._book = None
        self._remove_tmpdir()

    def discard(self) -> None:
        """Remove whatever was written: the temporary workbook and XlsxWriter's row files."""
        book, self._book = self._book, None
        if book is not None and not book.fileclosed:
            for worksheet in book.worksheets():
                # XlsxWriter closes its constant-memory row files only in close(), which we do not call.
                with contextlib.suppress(Exception):
                    worksheet._opt_close()
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.unlink(missing_ok=True)
            self._tmp = None
        self._remove_tmpdir()

    def _remove_tmpdir(self) -> None:
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None

    def _create_temp(self) -> Path:
        """An empty file next to the destination (same disk, so the final rename is atomic).

        Created with the usual permissions (0666 less the umask), which the renamed file keeps.
        """
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        for _ in range(100):
            candidate = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.part")
            try:
                fd = os.open(candidate, flags, 0o666)
            except FileExistsError:
                continue
            os.close(fd)
            return candidate
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(self.path))

    # -- sheets -----------------------------------------------------------------------------------

    def add_table_sheet(self, title: str, columns: Sequence[Column], *, hxl: bool = False) -> TableSheet:
        """A sheet with a bold, frozen header row (and an HXL hashtag row under it when `hxl`)."""
        table = TableSheet(self, title, columns, hxl=hxl)
        self._tables.append(table)
        return table

    def add_metadata_sheet(self, title: str, pairs: Sequence[tuple[str, object]]) -> str:
        """A sheet of key/value lines (desk, period, filters, who, when, row counts); returns its name."""
        worksheet = self._add_worksheet(sheet_name(title, self._names))
        keys = [clean_text(str(key)) for key, _ in pairs]
        values = [value for _, value in pairs]
        key_width = min(max((len(k) for k in keys), default=10) + 2, 40)
        value_width = min(max((len(str(v)) for v in values if v is not None), default=10) + 2, 100)
        worksheet.set_column(0, 0, max(key_width, 12))
        worksheet.set_column(1, 1, max(value_width, 14))
        bold = self._format(TEXT, bold=True)
        for row, (key, value) in enumerate(zip(keys, values, strict=True)):
            self._cancel.check()
            worksheet.write_string(row, 0, key, bold)
            self._write_any(worksheet, row, 1, value)
        return str(worksheet.name)

    def _add_worksheet(self, name: str) -> Any:
        if self._book is None:
            raise RuntimeError("the workbook is not open")
        worksheet = self._book.add_worksheet(name)
        self._names.append(name)
        return worksheet

    def _write_any(self, worksheet: Any, row: int, col: int, value: object) -> None:
        """A value typed by its Python type (metadata): text stays text, numbers and dates are typed."""
        if value is None or value == "":
            return
        if isinstance(value, bool):
            worksheet.write_string(row, col, translate("Export", "yes") if value else translate("Export", "no"))
        elif isinstance(value, int) and -MAX_EXACT_INT < value < MAX_EXACT_INT:
            worksheet.write_number(row, col, value, self._format(NUMBER))
        elif isinstance(value, float | Decimal) and math.isfinite(value):
            worksheet.write_number(row, col, float(value))
        elif isinstance(value, datetime):
            worksheet.write_datetime(row, col, _local_naive(value), self._format(DATETIME))
        elif isinstance(value, date) and (value.year, value.month) >= (1900, 3):
            worksheet.write_datetime(row, col, value, self._format(DATE))
        elif isinstance(value, date):
            worksheet.write_string(row, col, _date_text(value))
        else:
            worksheet.write_string(row, col, clean_text(str(value)))

    def _format(self, kind: str, decimals: int = 0, bold: bool = False) -> Any:
        """A cached cell format (None for plain text and integers: Excel's General)."""
        key = (kind, decimals, bold)
        if key in self._formats:
            return self._formats[key]
        props: dict[str, Any] = {"bold": True} if bold else {}
        if kind == DATE:
            props["num_format"] = DATE_FORMAT
        elif kind == DATETIME:
            props["num_format"] = DATETIME_FORMAT
        elif kind == NUMBER:
            props["num_format"] = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
        elif kind == "header":
            props.update({"bold": True, "bottom": 1, "bg_color": "#E7EEF7", "valign": "top"})
        elif kind == "hxl":
            props.update({"italic": True, "font_color": "#555555", "bottom": 1})
        fmt = self._book.add_format(props) if props else None
        self._formats[key] = fmt
        return fmt

    def _report(self) -> None:
        self._next_report = self.rows + PROGRESS_EVERY
        self._cancel.check()
        self._progress(self.rows, self._total, self._writing)


class TableSheet:
    """A typed table, continued on "Title (2)", "Title (3)"... when it outgrows a sheet."""

    def __init__(self, book: SafeWorkbook, title: str, columns: Sequence[Column], *, hxl: bool) -> None:
        if not columns:
            raise ValueError("a table needs at least one column")
        self.title = title
        self.columns = tuple(columns)
        self.names: list[str] = []  # the sheets it spans, in order
        self.rows = 0  # data rows (not headers, totals or blank lines)
        self._book = book
        self._hxl = hxl and any(c.hxl for c in self.columns)
        self._header_rows = 2 if self._hxl else 1
        self._limit = MAX_ROWS
        if self._limit <= self._header_rows:
            raise ValueError("the row limit leaves no room for data")
        self._kinds = tuple(c.kind for c in self.columns)
        self._plain = self._formats(None, bold=False)
        self._bold = self._formats(None, bold=True)
        self._by_decimals: dict[tuple[int, bool], tuple[Any, ...]] = {}
        self._worksheet: Any = None
        self._write_string: Any = None
        self._write_number: Any = None
        self._row = 0  # next row to write on the current sheet
        self._last_data = 0  # last data row of the current sheet (the header row when none)
        self._new_part()

    def write_row(self, values: Sequence[object], *, decimals: int | None = None) -> None:
        """One data row, values in column order; `decimals` overrides the number columns' (e.g. per currency)."""
        formats = self._plain if decimals is None else self._formats_for(decimals, bold=False)
        self._write(values, formats)
        self._last_data = self._row - 1
        self.rows += 1
        book = self._book
        book.rows += 1
        if book.rows >= book._next_report:
            book._report()

    def write_total_row(self, values: Sequence[object], *, decimals: int | None = None) -> None:
        """A bold line after the data (totals), left out of the filter range so sorting never moves it."""
        formats = self._bold if decimals is None else self._formats_for(decimals, bold=True)
        self._write(values, formats)

    def write_blank_row(self) -> None:
        if self._row < self._limit:
            self._row += 1

    def _formats(self, decimals: int | None, *, bold: bool) -> tuple[Any, ...]:
        return tuple(
            self._book._format(c.kind, c.decimals if decimals is None else decimals, bold) for c in self.columns
        )

    def _formats_for(self, decimals: int, *, bold: bool) -> tuple[Any, ...]:
        key = (decimals, bold)
        formats = self._by_decimals.get(key)
        if formats is None:
            formats = self._by_decimals[key] = self._formats(decimals, bold=bold)
        return formats

    def _new_part(self) -> None:
        if self._worksheet is not None:
            self._finish_part()
        book = self._book
        worksheet = book._add_worksheet(sheet_name(self.title, book._names, number=len(self.names) + 1))
        self.names.append(str(worksheet.name))
        header, tag = book._format("header"), book._format("hxl")
        # constant-memory mode: a row is final once the next one starts, so one row after the other
        for col, column in enumerate(self.columns):
            worksheet.set_column(col, col, column_width(column))
            worksheet.write_string(0, col, clean_text(column.header), header)
        if self._hxl:
            for col, column in enumerate(self.columns):
                if column.hxl:
                    worksheet.write_string(1, col, clean_text(column.hxl), tag)
                else:
                    worksheet.write_blank(1, col, None, tag)
        worksheet.freeze_panes(self._header_rows, 0)
        # case numbers, phones and references are text on purpose: no green triangles on them
        worksheet.ignore_errors({"number_stored_as_text": "A1:XFD1048576"})
        self._worksheet = worksheet
        # XlsxWriter's undecorated writers (the public ones only add "A1" notation): 5 % of the time
        self._write_string = getattr(worksheet, "_write_string", worksheet.write_string)
        self._write_number = getattr(worksheet, "_write_number", worksheet.write_number)
        self._row = self._header_rows
        self._last_data = self._header_rows - 1

    def _finish_part(self) -> None:
        """The filter sits on the last header row (the hashtags with HXL) and covers the data rows only."""
        if self._worksheet is not None:
            header = self._header_rows - 1
            self._worksheet.autofilter(header, 0, max(self._last_data, header), len(self.columns) - 1)

    def _write(self, values: Sequence[object], formats: tuple[Any, ...]) -> None:
        if self._row >= self._limit:
            self._new_part()
        row, kinds = self._row, self._kinds
        write_string, write_number = self._write_string, self._write_number
        for col, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, str):
                if value:
                    if value.__class__ is not str:  # a StrEnum member, say: its text
                        value = str(value)
                    if not (value.isprintable() and len(value) <= MAX_TEXT // 2):
                        value = clean_text(value)
                    write_string(row, col, value, formats[col])
                continue
            kind = kinds[col]
            if kind is TEXT:
                write_string(row, col, clean_text(str(value)), formats[col])
            elif kind is NUMBER or kind is INT:
                if value.__class__ is float:
                    if math.isfinite(value):  # NaN and infinities: an empty cell
                        write_number(row, col, value, formats[col])
                elif isinstance(value, bool):
                    write_number(row, col, int(value), formats[col])
                elif isinstance(value, int):
                    if -MAX_EXACT_INT < value < MAX_EXACT_INT:
                        write_number(row, col, int(value), formats[col])
                    else:  # an identifier Excel would round: keep every digit
                        write_string(row, col, str(value), formats[col])
                elif isinstance(value, (float, Decimal, Fraction)):
                    number = float(value)
                    if math.isfinite(number):
                        write_number(row, col, number, formats[col])
                else:
                    write_string(row, col, clean_text(str(value)), formats[col])
            elif isinstance(value, date):
                # a date is a number (its Excel serial) with a date format: what write_datetime stores,
                # computed here because XlsxWriter's general conversion is a tenth of the writing time
                if isinstance(value, datetime):
                    moment = _local_naive(value)
                    serial = _excel_serial(moment.date() if kind is DATE else moment)
                else:
                    serial = _excel_serial(value)
                if serial is None:  # before Excel's calendar is right: as text
                    write_string(row, col, _date_text(value), formats[col])
                else:
                    write_number(row, col, serial, formats[col])
            else:
                write_string(row, col, clean_text(str(value)), formats[col])
        self._row = row + 1
