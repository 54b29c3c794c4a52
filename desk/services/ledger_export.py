"""The donor ledger workbook: every entry, typed, with totals per currency, a summary and an About sheet.

Rows arrive as a stream (an iterator over a database query) and go straight to the file through
``desk.services.exchange.xlsx_writer``: a million entries never sit in memory. Totals are computed here
while streaming and written as numbers, not formulas, so they stay right whatever the reader does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from desk.i18n import format_number, translate
from desk.services.exchange.xlsx_writer import DATE, INT, NUMBER, TEXT, Column, SafeWorkbook, TableSheet
from desk.services.ledger_dto import ExportRow, TotalLine
from desk.services.money import MINOR_UNITS
from desk.services.progress import CancelToken, ProgressCallback

DEFAULT_MINOR_UNITS = 2  # a currency the desk does not know: shown with cents

# HXL hashtags (https://hxlstandard.org/standard/dictionary/) of the ledger's columns
HXL_SEQ = "#meta+id"
HXL_VALUE_DATE = "#date"
HXL_PERIOD = "#date+period"
HXL_CASE = "#beneficiary+code"
HXL_BENEFICIARY = "#beneficiary+name"
HXL_SEX = "#beneficiary+sex"
HXL_REGION = "#adm1+name"
HXL_DONOR = "#org+funder"
HXL_PROGRAMME = "#activity+programme"
HXL_KIND = "#activity+type"
HXL_MODALITY = "#modality"
HXL_CURRENCY = "#currency"
HXL_AMOUNT = "#value+amount"
HXL_REFERENCE = "#meta+ref"
HXL_RECEIPT = "#meta+receipt"
HXL_REVERSES = "#meta+reverses"
HXL_REASON = "#description+reason"


def minor_units(currency: str) -> int:
    return MINOR_UNITS.get(currency, DEFAULT_MINOR_UNITS)


def ledger_columns() -> tuple[Column, ...]:
    """The ledger sheet's columns, in ExportRow order, with headers in the current language."""
    return (
        Column(translate("Export", "Seq."), INT, hxl=HXL_SEQ, width=9),
        Column(translate("Export", "Value date"), DATE, hxl=HXL_VALUE_DATE),
        Column(translate("Export", "Period"), TEXT, hxl=HXL_PERIOD, width=9),
        Column(translate("Export", "Case number"), TEXT, hxl=HXL_CASE, width=16),
        Column(translate("Export", "Beneficiary"), TEXT, hxl=HXL_BENEFICIARY, width=26),
        Column(translate("Export", "Sex"), TEXT, hxl=HXL_SEX, width=10),
        Column(translate("Export", "Region"), TEXT, hxl=HXL_REGION, width=16),
        Column(translate("Export", "Donor"), TEXT, hxl=HXL_DONOR, width=16),
        Column(translate("Export", "Programme"), TEXT, hxl=HXL_PROGRAMME, width=22),
        Column(translate("Export", "Kind"), TEXT, hxl=HXL_KIND, width=26),
        Column(translate("Export", "Modality"), TEXT, hxl=HXL_MODALITY, width=16),
        Column(translate("Export", "Currency"), TEXT, hxl=HXL_CURRENCY, width=9),
        Column(translate("Export", "Amount (currency units)"), NUMBER, hxl=HXL_AMOUNT, width=14),
        Column(translate("Export", "Reference"), TEXT, hxl=HXL_REFERENCE, width=18),
        Column(translate("Export", "Receipt no."), INT, hxl=HXL_RECEIPT, width=10),
        Column(translate("Export", "Reverses seq."), INT, hxl=HXL_REVERSES, width=10),
        Column(translate("Export", "Reason"), TEXT, hxl=HXL_REASON, width=30),
    )


_CURRENCY_COLUMN = 11
_AMOUNT_COLUMN = 12


def write_ledger_workbook(
    path: Path,
    rows: Iterable[ExportRow],
    summary: Sequence[TotalLine],
    metadata: Sequence[tuple[str, str]],
    *,
    hxl: bool,
    total_rows: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Write the ledger workbook to `path` (atomically) and return the number of entries written.

    Sheets: the ledger (one row per entry, then a total line per currency), the summary (one line per
    donor and programme, with totals per currency) and About (`metadata`, then the entries written).
    `total_rows`, when known, lets the progress show a percentage. Raises ``Cancelled`` when `cancel` is
    set and ``ExportFailed`` when the file cannot be written; either way nothing is left under `path`.
    """
    with SafeWorkbook(path, progress=progress, cancel=cancel, total=total_rows) as book:
        sheet = book.add_table_sheet(translate("Export", "Ledger"), ledger_columns(), hxl=hxl)
        count = _write_entries(sheet, rows)
        _write_totals_sheet(
            book,
            translate("Export", "Summary"),
            summary,
            (translate("Export", "Donor"), translate("Export", "Programme")),
            (HXL_DONOR, HXL_PROGRAMME),
            hxl=hxl,
        )
        about: list[tuple[str, object]] = list(metadata)
        about.append((translate("Export", "Entries written"), count))
        if len(sheet.names) > 1:
            about.append((translate("Export", "Ledger sheets"), ", ".join(sheet.names)))
        book.add_metadata_sheet(translate("Export", "About"), about)
    return count


def _write_entries(sheet: TableSheet, rows: Iterable[ExportRow]) -> int:
    """Stream the entries; sums per currency are kept in minor units (integers: no float drift)."""
    sums: dict[str, int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)
    units: dict[str, int] = {}
    for row in rows:
        currency = row.currency
        decimals = units.get(currency)
        if decimals is None:
            decimals = units[currency] = minor_units(currency)
        sheet.write_row(
            (
                row.seq,
                row.value_date,
                row.period,
                row.case_number,
                row.beneficiary,
                row.sex,
                row.region,
                row.donor,
                row.programme,
                row.kind,
                row.modality,
                currency,
                row.amount,
                row.reference,
                row.receipt_no,
                row.reverses_seq,
                row.reason,
            ),
            decimals=decimals,
        )
        sums[currency] += round(row.amount * 10**decimals)
        counts[currency] += 1
    if counts:
        sheet.write_blank_row()
    width = len(sheet.columns)
    for currency in sorted(counts):
        decimals = units[currency]
        line: list[object] = [None] * width
        line[0] = translate("Export", "Total {currency} ({entries} entries)").format(
            currency=currency, entries=format_number(counts[currency])
        )
        line[_CURRENCY_COLUMN] = currency
        line[_AMOUNT_COLUMN] = sums[currency] / 10**decimals
        sheet.write_total_row(line, decimals=decimals)
    return sheet.rows


def totals_columns(key_headers: Sequence[str], key_hxl: Sequence[str] = ()) -> tuple[Column, ...]:
    keys = tuple(
        Column(header, TEXT, hxl=tag, width=20)
        for header, tag in zip(key_headers, _pad(key_hxl, len(key_headers)), strict=True)
    )
    return keys + (
        Column(translate("Export", "Currency"), TEXT, hxl=HXL_CURRENCY, width=9),
        Column(translate("Export", "Entries"), INT, hxl="#meta+count", width=9),
        Column(translate("Export", "Paid (currency units)"), NUMBER, hxl="#value+paid", width=14),
        Column(translate("Export", "Reversed (currency units)"), NUMBER, hxl="#value+reversed", width=14),
        Column(translate("Export", "Net (currency units)"), NUMBER, hxl="#value+net", width=14),
    )


def _pad(values: Sequence[str], size: int) -> tuple[str, ...]:
    return tuple(values[:size]) + ("",) * max(size - len(values), 0)


def _write_totals_sheet(
    book: SafeWorkbook,
    title: str,
    lines: Sequence[TotalLine],
    key_headers: Sequence[str],
    key_hxl: Sequence[str],
    *,
    hxl: bool,
) -> int:
    """One row per line (amounts from minor units to the currency's units), then bold totals per currency."""
    sheet = book.add_table_sheet(title, totals_columns(key_headers, key_hxl), hxl=hxl)
    keys = len(key_headers)
    totals: dict[str, list[int]] = {}
    for line in lines:
        decimals = minor_units(line.currency)
        scale = 10**decimals
        sheet.write_row(
            (
                *_pad(line.key, keys),
                line.currency,
                line.entries,
                line.paid / scale,
                line.reversed / scale,
                line.net / scale,
            ),
            decimals=decimals,
        )
        total = totals.setdefault(line.currency, [0, 0, 0, 0])
        total[0] += line.entries
        total[1] += line.paid
        total[2] += line.reversed
        total[3] += line.net
    if totals:
        sheet.write_blank_row()
    for currency in sorted(totals):
        decimals = minor_units(currency)
        scale = 10**decimals
        entries, paid, reversed_, net = totals[currency]
        label: list[object] = [None] * keys
        if keys:
            label[0] = translate("Export", "Total {currency}").format(currency=currency)
        sheet.write_total_row(
            (*label, currency, entries, paid / scale, reversed_ / scale, net / scale), decimals=decimals
        )
    return sheet.rows


def write_totals_workbook(
    path: Path,
    title: str,
    lines: Sequence[TotalLine],
    key_headers: Sequence[str],
    metadata: Sequence[tuple[str, str]],
    *,
    hxl: bool = False,
    key_hxl: Sequence[str] = (),
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """A small workbook of totals (e.g. a period closing: per donor, programme and modality).

    One sheet `title` with a column per key part (`key_headers`, their HXL hashtags in `key_hxl`), then
    currency, entries, paid, reversed and net, a total line per currency, and an About sheet.
    Returns the number of lines written (totals excluded). Atomic like every export.
    """
    with SafeWorkbook(path, progress=progress, cancel=cancel, total=len(lines)) as book:
        count = _write_totals_sheet(book, title, lines, key_headers, key_hxl, hxl=hxl)
        book.add_metadata_sheet(translate("Export", "About"), list(metadata))
    return count
