"""Reading an import workbook: every row of a sheet, typed and checked against the kind's columns.

The generic first phase of every import (returnees, operators, attendance, statements): nothing here
knows the database. The steps the window follows::

    info = inspect_workbook(path)                      # safe to open? which sheets (hidden ones too)?
    preview = read_header(path, SPECS, sheet=...)      # header row, guessed mapping, first rows
    result = read_import(path, SPECS, sheet=..., mapping=preview.mapping.columns)
    for row in result.good_rows(): ...                 # row.number, row.values["family_name"]...
    write_error_workbook(out, result)                  # the rows with problems, each one said

The file is checked before anything parses it (``safety``); the cells are read with python-calamine
(about 15 times faster than openpyxl, DESIGN.md §6) and converted one column at a time (``cells``);
formulas and Excel errors, which calamine does not show, come from a scan of the sheet's XML
(``xlsx_parts``). Rows are streamed and kept as compact tuples, so 200,000 rows fit comfortably.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook, PasswordError

from desk.i18n import translate
from desk.services.exchange.cell_base import column_reference, quoted
from desk.services.exchange.cells import (
    CellContext,
    CellProblem,
    Converter,
    cell_text,
    excel_error,
    fold_text,
    formula_cell,
    is_blank,
    make_converter,
)
from desk.services.exchange.columns import ColumnSpec
from desk.services.exchange.headers import (
    HEADER_SEARCH_ROWS,
    ColumnMapping,
    ExplicitMapping,
    HeaderRow,
    SourceColumn,
    fill_merged,
    find_header,
    guess_mapping,
    refuse_mapping,
)
from desk.services.exchange.safety import ImportRefused, Refusal, check_workbook, damaged, encrypted
from desk.services.exchange.xlsx_parts import (
    SheetState,
    SpecialCell,
    SpecialKind,
    read_layout,
    scan_special_cells,
    verify_parts,
)
from desk.services.progress import CancelToken, ProgressCallback, no_progress

PROGRESS_EVERY = 2_000  # rows between two progress reports (and cancel checks)
PREVIEW_ROWS = 5

__all__ = [
    "ColumnMapping",
    "HeaderPreview",
    "HeaderRow",
    "ImportResult",
    "ImportRow",
    "SheetInfo",
    "SheetState",
    "SourceColumn",
    "WorkbookInfo",
    "guess_mapping",
    "inspect_workbook",
    "raw_text",
    "read_header",
    "read_import",
]


# --- the workbook --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetInfo:
    name: str
    state: SheetState

    @property
    def hidden(self) -> bool:
        return self.state is not SheetState.VISIBLE


@dataclass(frozen=True)
class WorkbookInfo:
    """A workbook that passed the safety checks: its sheets in order, hidden ones included."""

    path: Path
    sheets: tuple[SheetInfo, ...]
    date1904: bool = False

    @property
    def default_sheet(self) -> str | None:
        """The first visible sheet (the first sheet when all are hidden); None when there is none."""
        visible = next((s.name for s in self.sheets if not s.hidden), None)
        return visible or (self.sheets[0].name if self.sheets else None)

    @property
    def hidden_sheets(self) -> tuple[SheetInfo, ...]:
        return tuple(s for s in self.sheets if s.hidden)

    def hidden_notice(self) -> str:
        """'This workbook also has hidden sheets: ...' (translated), or "" when every sheet is visible."""
        if not self.hidden_sheets:
            return ""
        names = ", ".join(
            translate("Import", "“{sheet}” (very hidden)").format(sheet=s.name)
            if s.state is SheetState.VERY_HIDDEN
            else quoted(s.name)
            for s in self.hidden_sheets
        )
        return translate(
            "Import",
            "This workbook also has hidden sheets: {sheets}. Check that you are importing the right sheet; "
            "choose another one in the list if need be.",
        ).format(sheets=names)


def inspect_workbook(path: Path) -> WorkbookInfo:
    """Check the file (``safety.check_workbook``) and list its sheets; reads no cell. Under a second."""
    checked = check_workbook(Path(path))
    layout = read_layout(checked)
    sheets = tuple(SheetInfo(s.name, s.state) for s in layout.sheets)
    return WorkbookInfo(checked.path, sheets, layout.date1904)


# --- the rows ------------------------------------------------------------------------------------------


def raw_text(value: object) -> str:
    """A cell as read, as text: formulas as "=…", Excel errors as "#N/A" (for the error workbook)."""
    if isinstance(value, SpecialCell):
        if value.kind is SpecialKind.FORMULA:
            return "=" + value.text if value.text else ""
        return value.text
    return cell_text(value)


class ImportRow:
    """One data row of the sheet: its number as the spreadsheet shows it, typed values, problems, cells.

    ``values`` and ``errors`` are dicts by column key (built when asked: rows store tuples);
    ``raw`` holds the cells of every column of the table as read (``raw_texts`` as text).
    A row is ``ok`` when it has no problem and does not repeat an earlier row of the file.
    """

    __slots__ = ("_errors", "_keys", "_values", "duplicate_of", "number", "raw")

    def __init__(
        self,
        number: int,
        values: tuple[object, ...],
        errors: tuple[tuple[str, str], ...],
        raw: Sequence[object],
        keys: Mapping[str, int],
        duplicate_of: int | None = None,
    ) -> None:
        self.number = number
        self._values = values
        self._errors = errors
        self.raw = raw
        self._keys = keys
        self.duplicate_of = duplicate_of

    @property
    def values(self) -> dict[str, object]:
        return {key: self._values[i] for key, i in self._keys.items()}

    def get(self, key: str) -> object:
        """The typed value of a column (None when blank, unmapped or wrong)."""
        return self._values[self._keys[key]]

    @property
    def errors(self) -> dict[str, str]:
        """Column key -> the message for that cell (row number, column header and what to do)."""
        return dict(self._errors)

    @property
    def ok(self) -> bool:
        return not self._errors and self.duplicate_of is None

    def refuse(self, key: str, message: str) -> None:
        """A problem found after reading (against the database): it goes on the cell, like the file's own."""
        self._errors = (*self._errors, (key, message))

    @property
    def raw_texts(self) -> tuple[str, ...]:
        return tuple(raw_text(v) for v in self.raw)

    def problems(self) -> list[str]:
        """Every message of the row, the repetition included, translated (the error workbook's last column)."""
        messages = [message for _key, message in self._errors]
        if self.duplicate_of is not None:
            messages.append(
                translate(
                    "Import", "Row {row} repeats row {first} of the file: it is imported only once (row {first})."
                ).format(row=self.number, first=self.duplicate_of)
            )
        return messages

    def __repr__(self) -> str:
        return f"ImportRow({self.number}, {self.values!r}, errors={self.errors!r}, duplicate_of={self.duplicate_of})"


@dataclass(frozen=True)
class HeaderPreview:
    """What the mapping screen shows before reading everything."""

    workbook: WorkbookInfo
    sheet: str
    header: HeaderRow
    mapping: ColumnMapping
    sample: tuple[tuple[str, ...], ...]  # the first data rows, as text, for every column of the table


@dataclass
class ImportResult:
    """Every row of the sheet, checked. Nothing is imported yet: the caller applies the good rows."""

    workbook: WorkbookInfo
    sheet: str
    header: HeaderRow
    mapping: ColumnMapping
    specs: tuple[ColumnSpec, ...]
    rows: list[ImportRow]
    blank_rows: int  # rows skipped because every cell was blank
    notices: tuple[str, ...]  # hidden sheets, ignored columns... (translated)

    @property
    def good(self) -> int:
        return sum(1 for r in self.rows if r.ok)

    @property
    def bad(self) -> int:
        return sum(1 for r in self.rows if r._errors)

    @property
    def duplicates(self) -> int:
        """Rows without problems that repeat an earlier row of the file (not imported twice)."""
        return sum(1 for r in self.rows if not r._errors and r.duplicate_of is not None)

    def good_rows(self) -> Iterator[ImportRow]:
        return (r for r in self.rows if r.ok)

    def bad_rows(self) -> Iterator[ImportRow]:
        return (r for r in self.rows if r._errors)

    def rows_with_problems(self) -> Iterator[ImportRow]:
        """Rows with errors and repeated rows: what the error workbook lists."""
        return (r for r in self.rows if not r.ok)

    def column_title(self, key: str) -> str:
        """The header of the file's column mapped to `key` (the spec's label when unmapped)."""
        index = self.mapping.columns.get(key)
        column = self.header.column(index) if index is not None else None
        if column is not None:
            return column.title
        return next(s.label for s in self.specs if s.key == key)

    def summary(self) -> str:
        return translate(
            "Import", "{read} rows read: {good} without problems, {bad} with problems, {duplicates} repeated."
        ).format(read=len(self.rows), good=self.good, bad=self.bad, duplicates=self.duplicates)


# --- reading -------------------------------------------------------------------------------------------


@dataclass
class _Opened:
    info: WorkbookInfo
    sheet: str
    rows: Iterator[list[Any]]
    offset: int  # 0-based column of the table's first column (calamine skips empty leading columns)
    merged: list[tuple[tuple[int, int], tuple[int, int]]]
    specials: dict[tuple[int, int], SpecialCell]
    end_row: int  # 0-based last row with data, -1 when empty
    start_row: int


def _calamine_rows(rows: Iterable[list[Any]], path: Path) -> Iterator[list[Any]]:
    try:
        yield from rows
    except CalamineError as error:
        raise damaged(path) from error


def _choose_sheet(info: WorkbookInfo, sheet: str | None) -> str:
    if sheet is None:
        name = info.default_sheet
        if name is None:
            raise ImportRefused(
                Refusal.NO_SHEET,
                translate("Import", "“{name}” has no sheet with a table to import.").format(name=info.path.name),
                info.path,
            )
        return name
    if any(s.name == sheet for s in info.sheets):
        return sheet
    raise ImportRefused(
        Refusal.NO_SHEET,
        translate("Import", "“{name}” has no sheet named “{sheet}” (it has: {sheets}).").format(
            name=info.path.name, sheet=sheet, sheets=", ".join(quoted(s.name) for s in info.sheets)
        ),
        info.path,
    )


def _with_sheet(path: Path, sheet: str | None, cancel: CancelToken | None) -> tuple[_Opened, CalamineWorkbook]:
    """Check, verify and open the sheet; the caller closes the calamine workbook."""
    path = Path(path)
    checked = check_workbook(path)
    layout = read_layout(checked)
    info = WorkbookInfo(checked.path, tuple(SheetInfo(s.name, s.state) for s in layout.sheets), layout.date1904)
    name = _choose_sheet(info, sheet)
    part = next(s.part for s in layout.sheets if s.name == name)
    if part is None or part not in checked.parts:
        raise damaged(path)
    verify_parts(checked)
    specials = scan_special_cells(checked, part, cancel)
    try:
        book = CalamineWorkbook.from_path(str(path))
    except PasswordError as error:
        raise encrypted(path) from error
    except (CalamineError, OSError, ValueError) as error:
        raise damaged(path) from error
    try:
        calamine_sheet = book.get_sheet_by_name(name)
        start, end = calamine_sheet.start, calamine_sheet.end
        merged = list(calamine_sheet.merged_cell_ranges or [])
        rows = _calamine_rows(calamine_sheet.iter_rows(), path)
    except CalamineError as error:
        book.close()
        raise damaged(path) from error
    opened = _Opened(
        info=info,
        sheet=name,
        rows=rows,
        offset=start[1] if start else 0,
        merged=merged,
        specials=specials,
        end_row=end[0] if end else -1,
        start_row=start[0] if start else 0,
    )
    return opened, book


def _header(
    opened: _Opened,
    specs: Sequence[ColumnSpec],
    mapping: ExplicitMapping | None,
    header_row: int | None,
) -> tuple[HeaderRow, ColumnMapping, list[list[Any]]]:
    if opened.end_row < 0:
        raise ImportRefused(
            Refusal.NO_HEADER,
            translate("Import", "The sheet “{sheet}” is empty. Choose the sheet that holds the table.").format(
                sheet=opened.sheet
            ),
            opened.info.path,
        )
    top = list(itertools.islice(opened.rows, HEADER_SEARCH_ROWS))
    grid = [list(row) for row in top]
    fill_merged(grid, opened.merged, opened.offset)
    try:
        header = find_header(
            grid, specs, offset=opened.offset, explicit=mapping, header_row=header_row, sheet=opened.sheet
        )
    except ImportRefused as refusal:
        refusal.path = opened.info.path
        raise
    return header, guess_mapping(header, specs, mapping), top


def read_header(
    path: Path,
    specs: Sequence[ColumnSpec],
    *,
    sheet: str | None = None,
    mapping: ExplicitMapping | None = None,
    header_row: int | None = None,
) -> HeaderPreview:
    """The header row, the guessed mapping (with what is missing or ambiguous) and the first rows.

    Never refuses for the mapping: the screen shows its problems so the person can choose columns.
    """
    opened, book = _with_sheet(path, sheet, None)
    with book:
        header, guessed, top = _header(opened, specs, mapping, header_row)
        first = header.first_data_row - 1
        sample_rows = list(itertools.islice(itertools.chain(top[first:], opened.rows), PREVIEW_ROWS))
    sample = tuple(tuple(raw_text(v) for v in row) for row in sample_rows if not all(is_blank(v) for v in row))
    return HeaderPreview(opened.info, opened.sheet, header, guessed, sample)


def read_import(
    path: Path,
    specs: Sequence[ColumnSpec],
    *,
    sheet: str | None = None,
    mapping: ExplicitMapping | None = None,
    header_row: int | None = None,
    today: date | None = None,
    phone_region: str = "",
    keep_raw: bool = True,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Read and check every row of `sheet` (the first visible one by default) against `specs`.

    `mapping` gives columns explicitly (a saved donor profile: key -> column index, header text or
    HXL hashtag, or None for absent); the other columns are guessed from the header. Raises
    ImportRefused when the file cannot be read at all or the mapping cannot be used (duplicated
    headers, missing required columns); every cell-level problem is reported on its row instead.
    `today` decides which dates are in the future; `phone_region` (e.g. "CM") checks phone numbers
    and stores them as +237...; with `keep_raw` False only the rows with problems keep their cells
    (what the error workbook needs), which saves about a fifth of the memory on large files.
    """
    progress = progress or no_progress
    cancel = cancel or CancelToken()
    cancel.check()
    specs = tuple(specs)
    opened, book = _with_sheet(Path(path), sheet, cancel)
    with book:
        header, column_mapping, top = _header(opened, specs, mapping, header_row)
        refuse_mapping(column_mapping, specs, opened.sheet)
        context = CellContext(today=today or date.today(), date1904=opened.info.date1904, phone_region=phone_region)
        reading = translate("Import", "Reading {file}…").format(file=opened.info.path.name)
        first = header.first_data_row - 1
        data = itertools.chain(enumerate(top[first:], start=first), enumerate(opened.rows, start=len(top)))
        rows, blank, last = _read_rows(
            data, specs, header, column_mapping, opened, context, progress, cancel, reading, len(top), keep_raw
        )
    if opened.start_row > 0 and last != opened.end_row:
        # calamine yields the empty rows above the data, so rows are numbered as Excel shows them:
        # if a new version stopped doing so, fail loudly rather than name the wrong rows.
        raise RuntimeError("python-calamine no longer yields the leading empty rows: row numbers would be wrong")
    if not rows:
        raise ImportRefused(
            Refusal.NO_ROWS,
            translate(
                "Import",
                "The sheet “{sheet}” has a header row (row {row}) but no rows below it. Check that you chose the "
                "right file and sheet.",
            ).format(sheet=opened.sheet, row=header.row),
            opened.info.path,
        )
    progress(len(rows), len(rows), reading)
    return ImportResult(
        workbook=opened.info,
        sheet=opened.sheet,
        header=header,
        mapping=column_mapping,
        specs=specs,
        rows=rows,
        blank_rows=blank,
        notices=_notices(opened, header, column_mapping, blank),
    )


def _notices(opened: _Opened, header: HeaderRow, mapping: ColumnMapping, blank: int) -> tuple[str, ...]:
    notices: list[str] = []
    hidden = opened.info.hidden_notice()
    if hidden:
        notices.append(hidden)
    ignored = [header.column(i) for i in mapping.unmapped]
    named = [c for c in ignored if c is not None and (c.header or c.hxl)]
    if named:
        notices.append(
            translate("Import", "These columns are not imported: {columns}.").format(
                columns=", ".join(column_reference(c.letter, c.title) for c in named)
            )
        )
    if blank:
        notices.append(translate("Import", "Blank rows skipped: {count}.").format(count=blank))
    return tuple(notices)


def _duplicate_key(values: Sequence[object]) -> bytes:
    """A 128-bit digest of the row's typed values, accents and case ignored (texts are already trimmed)."""
    text = fold_text(repr(values))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _read_rows(
    data: Iterator[tuple[int, list[Any]]],
    specs: tuple[ColumnSpec, ...],
    header: HeaderRow,
    mapping: ColumnMapping,
    opened: _Opened,
    context: CellContext,
    progress: ProgressCallback,
    cancel: CancelToken,
    reading: str,
    top_count: int,
    keep_raw: bool,
) -> tuple[list[ImportRow], int, int]:
    """The hot loop: one ImportRow per non-blank row; returns the rows, the blank count, the last index."""
    offset = opened.offset
    keys = {spec.key: i for i, spec in enumerate(specs)}
    plan: list[tuple[int, str, int, int, Converter, str]] = []
    for i, spec in enumerate(specs):
        index = mapping.columns.get(spec.key)
        if index is None:
            continue
        column = header.column(index)
        title = column.title if column is not None else spec.label
        plan.append((i, spec.key, index - offset, index, make_converter(spec, context), title))
    relative = [p[2] for p in plan]
    width = max(relative, default=-1) + 1
    specials = opened.specials
    special_rows = {r for r, _c in specials}
    at = translate("Import", "Row {row}, column “{column}”: {problem}")
    count = len(specs)
    total = max(opened.end_row + 1, 1)
    rows: list[ImportRow] = []
    seen: dict[bytes, int] = {}
    blank = 0
    last = top_count - 1
    next_report = PROGRESS_EVERY
    for index, row in data:
        last = index
        if index >= next_report:
            next_report = index + PROGRESS_EVERY
            cancel.check()
            progress(index, total, reading)
        if len(row) < width:
            row = row + [""] * (width - len(row))
        special_row = index in special_rows
        for rc in relative:
            value = row[rc]
            if value == "" or (value.__class__ is str and is_blank(value)):
                continue
            break
        else:
            if not (special_row and any((index, p[3]) in specials for p in plan)):
                blank += 1
                continue
        values: list[object] = [None] * count
        errors: list[tuple[str, str]] | None = None
        raw: Sequence[object] = row
        if special_row:
            raw = [specials.get((index, offset + j), v) for j, v in enumerate(row)]
        for position, key, rc, absolute, convert, title in plan:
            try:
                if special_row and (index, absolute) in specials:
                    special = specials[(index, absolute)]
                    if special.kind is SpecialKind.FORMULA:
                        raise formula_cell(special.text)
                    raise excel_error(special.text)
                values[position] = convert(row[rc])
            except CellProblem as problem:
                if errors is None:
                    errors = []
                errors.append((key, at.format(row=index + 1, column=title, problem=problem.problem)))
        if errors:
            dup_values = [
                "\x00" + raw_text(raw[rc]) if any(e[0] == key for e in errors) else values[position]
                for position, key, rc, _a, _c, _t in plan
            ]
        else:
            dup_values = values
        digest = _duplicate_key(dup_values)
        first_seen = seen.get(digest)
        if first_seen is None:
            seen[digest] = index + 1
            if not (keep_raw or errors):
                raw = ()
        rows.append(ImportRow(index + 1, tuple(values), tuple(errors or ()), raw, keys, first_seen))
    return rows, blank, last
