"""A committee session's workbook: its decisions, one row per plan decided, and the synthesis by sector and by
value chain (plans, amounts requested and approved).

No names: the case number identifies the person for the desk; the session's members and institutions are on the
About sheet. Amounts are numbers in the currency's units, the currency in the header; a session that decided plans
in several currencies (it should not happen: one desk, one currency) gets a currency column and one synthesis line
per currency instead of a sum that would mean nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desk.i18n import translate
from desk.models.committee import CRITERIA
from desk.services.committee_service import CRITERIA_LABELS, DECISION_LABELS, AgendaItem, synthesis_of
from desk.services.exchange.xlsx_writer import INT, NUMBER, TEXT, Column, SafeWorkbook, TableSheet
from desk.services.ledger_export import minor_units
from desk.services.progress import CancelToken, ProgressCallback


@dataclass(frozen=True)
class CommitteeCounts:
    decided: int
    by_decision: dict[str, int]
    waiting: int  # plans on the agenda without a decision yet


def decided_items(agenda: Sequence[AgendaItem]) -> list[AgendaItem]:
    return [item for item in agenda if item.decision is not None]


def counts_of(agenda: Sequence[AgendaItem]) -> CommitteeCounts:
    by_decision: dict[str, int] = {}
    for item in decided_items(agenda):
        assert item.decision is not None
        by_decision[item.decision] = by_decision.get(item.decision, 0) + 1
    decided = sum(by_decision.values())
    return CommitteeCounts(decided, by_decision, len(agenda) - decided)


def _requested(currency: str | None) -> str:
    """ "Requested (XAF)" when the sheet has one currency, "Requested (currency units)" beside a currency column."""
    if currency:
        return translate("Export", "Requested ({currency})").format(currency=currency)
    return translate("Export", "Requested (currency units)")


def _approved(currency: str | None) -> str:
    if currency:
        return translate("Export", "Approved ({currency})").format(currency=currency)
    return translate("Export", "Approved (currency units)")


def decision_columns(currency: str | None) -> tuple[Column, ...]:
    """The decisions sheet's columns; `currency` None when the session mixes currencies (a Currency column then)."""
    decimals = minor_units(currency) if currency else 0
    columns = [
        Column(translate("Export", "Case number"), TEXT, hxl="#beneficiary+code", width=16),
        Column(translate("Export", "Sector"), TEXT, hxl="#sector+name", width=20),
        Column(translate("Export", "Value chain"), TEXT, hxl="#sector+value_chain", width=20),
        Column(translate("Export", "Operator"), TEXT, hxl="#org+impl", width=24),
    ]
    if currency is None:
        columns.append(Column(translate("Export", "Currency"), TEXT, hxl="#currency", width=9))
    columns += [
        Column(_requested(currency), NUMBER, decimals, "#value+requested", 14),
        Column(_approved(currency), NUMBER, decimals, "#value+approved", 14),
        Column(translate("Export", "Decision"), TEXT, hxl="#status+decision", width=12),
        *(
            Column(translate("Committee", CRITERIA_LABELS[c]), INT, hxl=f"#indicator+{c}+score", width=12)
            for c in CRITERIA
        ),
        Column(translate("Export", "Assessment score"), NUMBER, 2, "#indicator+assessment+score", 11),
        Column(translate("Export", "Conditions"), TEXT, hxl="#description+conditions", width=36),
        Column(translate("Export", "Comment"), TEXT, hxl="#description+comment", width=40),
    ]
    return tuple(columns)


def synthesis_columns(by_chain: bool, currency: str | None) -> tuple[Column, ...]:
    decimals = minor_units(currency) if currency else 0
    columns = [Column(translate("Export", "Sector"), TEXT, hxl="#sector+name", width=22)]
    if by_chain:
        columns.append(Column(translate("Export", "Value chain"), TEXT, hxl="#sector+value_chain", width=22))
    if currency is None:
        columns.append(Column(translate("Export", "Currency"), TEXT, hxl="#currency", width=9))
    columns += [
        Column(translate("Export", "Plans decided"), INT, hxl="#activity+plans+num", width=10),
        Column(_requested(currency), NUMBER, decimals, "#value+requested", 14),
        Column(_approved(currency), NUMBER, decimals, "#value+approved", 14),
    ]
    return tuple(columns)


def _units(amount: int, currency: str) -> float | int:
    decimals = minor_units(currency)
    return amount if decimals == 0 else amount / 10**decimals


def _write_synthesis(sheet: TableSheet, items: list[AgendaItem], *, by_chain: bool, mixed: bool) -> None:
    """One line per sector (or per sector and value chain), then a total line (one per currency when mixed)."""
    totals: list[tuple[str, int, int, int]] = []
    for currency in sorted({item.currency for item in items}):
        decimals = minor_units(currency) if mixed else None
        currency_cell: list[object] = [currency] if mixed else []
        lines = synthesis_of([item for item in items if item.currency == currency])
        for line in lines:
            rows: list[tuple[tuple[object, ...], int, int, int]]
            if by_chain:
                rows = [
                    ((line.sector, chain.value_chain), chain.plans, chain.requested, chain.approved)
                    for chain in line.value_chains
                ]
            else:
                rows = [((line.sector,), line.plans, line.requested, line.approved)]
            for keys, plans, requested, approved in rows:
                sheet.write_row(
                    (*keys, *currency_cell, plans, _units(requested, currency), _units(approved, currency)),
                    decimals=decimals,
                )
        totals.append(
            (
                currency,
                sum(line.plans for line in lines),
                sum(line.requested for line in lines),
                sum(line.approved for line in lines),
            )
        )
    if not totals:
        return
    sheet.write_blank_row()
    for currency, plans, requested, approved in totals:
        label_cells: list[object] = [None] * (2 if by_chain else 1)
        label_cells[0] = (
            translate("Export", "Total {currency}").format(currency=currency) if mixed else translate("Export", "Total")
        )
        currency_cell = [currency] if mixed else []
        sheet.write_total_row(
            (*label_cells, *currency_cell, plans, _units(requested, currency), _units(approved, currency)),
            decimals=minor_units(currency) if mixed else None,
        )


def write_committee_workbook(
    path: Path,
    agenda: Sequence[AgendaItem],
    metadata: Sequence[tuple[str, object]],
    *,
    currency: str,
    hxl: bool,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Decisions, By sector, By value chain, About; returns the decisions written.

    `currency` (the desk's) heads the amount columns when the session decided nothing yet."""
    items = decided_items(agenda)
    currencies = sorted({item.currency for item in items})
    mixed = len(currencies) > 1
    single = None if mixed else (currencies[0] if currencies else currency)
    with SafeWorkbook(path, progress=progress, cancel=cancel, total=len(items)) as book:
        sheet = book.add_table_sheet(translate("Export", "Decisions"), decision_columns(single), hxl=hxl)
        for item in items:
            assert item.decision is not None
            currency_cell: list[object] = [item.currency] if mixed else []
            sheet.write_row(
                (
                    item.case_number,
                    item.sector,
                    item.value_chain,
                    item.operator,
                    *currency_cell,
                    _units(item.requested, item.currency),
                    _units(item.amount_approved or 0, item.currency),
                    translate("Committee", DECISION_LABELS[item.decision]),
                    *(item.criteria.get(c) for c in CRITERIA),
                    item.composite,
                    item.conditions,
                    item.comment,
                ),
                # mixed currencies: each row's amounts with its currency's decimals (the score's then follow)
                decimals=minor_units(item.currency) if mixed else None,
            )
        count = sheet.rows
        by_sector = book.add_table_sheet(translate("Export", "By sector"), synthesis_columns(False, single), hxl=hxl)
        _write_synthesis(by_sector, items, by_chain=False, mixed=mixed)
        by_chain = book.add_table_sheet(translate("Export", "By value chain"), synthesis_columns(True, single), hxl=hxl)
        _write_synthesis(by_chain, items, by_chain=True, mixed=mixed)
        book.add_metadata_sheet(translate("Export", "About"), list(metadata))
    return count
