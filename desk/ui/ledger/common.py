"""Pieces the disbursement screens share: refusals in words, the amount field, receipts to PDF, the export hook."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from babel.numbers import get_currency_symbol
from PySide6.QtCore import QAbstractItemModel, QLocale
from PySide6.QtWidgets import QDoubleSpinBox, QFileDialog, QTableView, QWidget

from desk.i18n import current_language, translate
from desk.services.context import ActorServices
from desk.services.money import MINOR_UNITS
from desk.ui.widgets import configure_table

CASH_COLOUR = "#1e5b2f"  # paid: dark green, still readable printed in grey
REVERSAL_COLOUR = "#a00000"
MUTED_COLOUR = "#666666"


def money_table(object_name: str, model: QAbstractItemModel, widths: Sequence[int] = ()) -> QTableView:
    """The desk's table, one line per row: long text is elided (full text in the tooltip), never wrapped."""
    view = configure_table(QTableView(), object_name)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.setModel(model)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


def month_label(period: str) -> str:
    """2026-10 -> 'October 2026' ('Octobre 2026' in French: it starts a table cell)."""
    try:
        year, month = (int(part) for part in period.split("-"))
    except ValueError:
        return period
    name = QLocale().standaloneMonthName(month)
    return f"{name[:1].upper()}{name[1:]} {year}"


class AmountSpin(QDoubleSpinBox):
    """An amount with grouped digits, in the currency's units (FCFA whole, TND with three decimals).

    The services count money in minor units; minor_value() and set_minor_value() convert.
    """

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGroupSeparatorShown(True)
        self.setAccelerated(True)
        self.setMinimumWidth(170)
        self.set_currency(currency)

    def set_currency(self, currency: str) -> None:
        self._units = MINOR_UNITS.get(currency, 2)
        self.setDecimals(self._units)
        self.setRange(0, 2_000_000_000 / 10**self._units)
        self.setSingleStep(5_000 if self._units == 0 else 10)
        locale = "fr_CM" if current_language() == "fr" else "en_CM"
        self.setSuffix(f" {get_currency_symbol(currency, locale)}" if currency else "")

    def minor_value(self) -> int:
        return round(self.value() * 10**self._units)

    def set_minor_value(self, amount: int) -> None:
        self.setValue(amount / 10**self._units)


def choose_pdf_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("LedgerScreens", "Save the receipts"), str(Path.home() / suggested), "PDF (*.pdf)"
    )
    return path


def receipts_pdf(services: ActorServices, entry_ids: Sequence[int], desk_name: str) -> bytes:
    """The receipts of these entries as one PDF; each printing is recorded (a reprint says DUPLICATA)."""
    from desk.services.documents.receipt import render_receipts  # fpdf2 is slow to import

    return render_receipts(services.ledger_views.print_receipts(list(entry_ids)), desk_name)


def receipt_file_name(day: date, receipt_no: int | None = None) -> str:
    if receipt_no is not None:
        return translate("LedgerScreens", "receipt-{number}.pdf").format(number=receipt_no)
    return translate("LedgerScreens", "receipts-{day}.pdf").format(day=day.isoformat())


Exporter = Callable[..., Any]  # (filter, path, hxl, progress, cancel) -> entries written


def ledger_exporter(services: ActorServices) -> Exporter | None:
    """The Excel export of the ledger when this version has it (written separately); None hides the button."""
    exports = getattr(services, "ledger_exports", None)
    if exports is not None and hasattr(exports, "export_ledger"):
        return lambda f, path, hxl, progress, cancel: exports.export_ledger(
            path, f, hxl=hxl, progress=progress, cancel=cancel
        )
    try:
        from desk.services.ledger_export_service import export_ledger_xlsx  # type: ignore[attr-defined]
    except ImportError:
        return None
    return lambda f, path, hxl, progress, cancel: export_ledger_xlsx(
        services, f, path, hxl=hxl, progress=progress, cancel=cancel
    )
