"""The error workbook: the rows of an import that have problems, as they were, each with what is wrong.

The person corrects the rows in it and imports it again: it has the original header (and HXL row),
the original cells as text (a formula comes back as the text of the formula, never as a live one; a
date as dd/mm/yyyy), and a last column with the messages in the person's language. Written with the
safe streaming writer (``xlsx_writer``): atomic, constant memory, no cell can become a formula.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desk.i18n import translate
from desk.services.exchange.reader import ImportResult, ImportRow
from desk.services.exchange.xlsx_writer import TEXT, Column, SafeWorkbook
from desk.services.progress import CancelToken, ProgressCallback

SEPARATOR = " | "  # between two problems of a row (line breaks show only in wrapped cells)


def write_error_workbook(
    path: Path,
    result: ImportResult,
    *,
    rows: Iterable[ImportRow] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Write the rows with problems (errors or repeated rows), or `rows`, to `path`; returns how many.

    Raises ExportFailed (from the writer) when the file cannot be written; nothing is left under
    `path` then, and an older file there stays as it was.
    """
    chosen = list(result.rows_with_problems() if rows is None else rows)
    header = result.header
    columns = [Column(c.header, TEXT, hxl=c.hxl, width=_width(c.header)) for c in header.columns]
    columns.append(Column(translate("Import", "What is wrong"), TEXT, width=90))
    width = len(header.columns)
    with SafeWorkbook(Path(path), progress=progress, cancel=cancel, total=len(chosen)) as book:
        sheet = book.add_table_sheet(result.sheet, columns, hxl=header.hxl_row is not None)
        for row in chosen:
            texts = list(row.raw_texts[:width])
            texts.extend([""] * (width - len(texts)))
            texts.append(SEPARATOR.join(row.problems()))
            sheet.write_row(texts)
        book.add_metadata_sheet(
            translate("Import", "About"),
            [
                (translate("Import", "Imported file"), result.workbook.path.name),
                (translate("Import", "Sheet"), result.sheet),
                (translate("Import", "Header row"), header.row),
                (translate("Import", "Rows read"), len(result.rows)),
                (translate("Import", "Rows with problems"), result.bad),
                (translate("Import", "Rows repeated in the file"), result.duplicates),
                (translate("Import", "Rows in this workbook"), len(chosen)),
            ],
        )
    return len(chosen)


def _width(header: str) -> float:
    return min(max(len(header) + 2.0, 12.0), 40.0)
