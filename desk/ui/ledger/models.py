"""Table models of the disbursement screens: the request queues, the ledger (keyset paging), sums and months."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.labels import label
from desk.services.ledger_dto import EntryRow, InstalmentView, PeriodView, RequestView, TotalLine
from desk.services.ledger_views import PAGE
from desk.services.money import format_money
from desk.ui.formatting import format_date, format_datetime
from desk.ui.ledger.common import CASH_COLOUR, MUTED_COLOUR, REVERSAL_COLOUR, month_label
from desk.ui.table_models import DtoTableModel, Index, KeysetTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

INSTALMENT_STATES = {
    "waiting_report": QT_TRANSLATE_NOOP("LedgerScreens", "Waiting for the interim report"),
    "open": QT_TRANSLATE_NOOP("LedgerScreens", "Open: can be asked for"),
    "requested": QT_TRANSLATE_NOOP("LedgerScreens", "Asked, waiting for approval"),
    "approved": QT_TRANSLATE_NOOP("LedgerScreens", "Approved, to pay"),
    "paid": QT_TRANSLATE_NOOP("LedgerScreens", "Paid"),
}
STATE_COLOURS = {"paid": CASH_COLOUR, "waiting_report": MUTED_COLOUR}
STATUS_COLOURS = {"paid": CASH_COLOUR, "rejected": REVERSAL_COLOUR, "reversed": REVERSAL_COLOUR}


def instalment_state(state: str) -> str:
    return translate("LedgerScreens", INSTALMENT_STATES.get(state, state))


def payment_label(kind: str, instalment: str) -> str:
    """'Instalment 1/2 of the plan' (the number first: it must survive a narrow column), or the kind alone."""
    if not instalment:
        return label("ledger_kind", kind)
    if kind == "business_instalment":
        return translate("LedgerScreens", "Instalment {number} of the plan").format(number=instalment)
    return translate("LedgerScreens", "Instalment {number} of the plan – {kind}").format(
        number=instalment, kind=label("ledger_kind", kind)
    )


def proxy_text(name: str) -> str:
    return translate("LedgerScreens", "collected by {proxy} (proxy)").format(proxy=name)


def paid_to(r: RequestView) -> str:
    """'Mobile money: MTN MoMo +237 6 99 12 34 56', 'Cash: in person', 'Cash: collected by … (proxy)'."""
    modality = label("modality", r.modality)
    if r.modality == "cash" and r.proxy_name:
        details = proxy_text(r.proxy_name)
    else:
        details = f"{r.payee} – {proxy_text(r.proxy_name)}" if r.proxy_name else r.payee
    if not details:
        return modality
    return translate("LedgerScreens", "{modality}: {details}").format(modality=modality, details=details)


def _asked_on(r: RequestView) -> str:
    return format_date(r.requested_at.astimezone().date())


class RequestsTableModel(DtoTableModel):
    """A queue of requests (to approve, to pay) or a case's history."""

    COL_ASKED, COL_CASE, COL_NAME, COL_PAYMENT, COL_AMOUNT, COL_PAID_TO = range(6)
    COL_STATUS, COL_ASKED_BY, COL_DECIDED, COL_REASON, COL_PROGRAMME = range(6, 11)
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Asked on"), _asked_on),
        (QT_TRANSLATE_NOOP("Columns", "Case no."), lambda r: r.case_number),
        (QT_TRANSLATE_NOOP("Columns", "Beneficiary"), lambda r: r.beneficiary),
        (QT_TRANSLATE_NOOP("Columns", "Payment"), lambda r: payment_label(r.kind, r.instalment)),
        (QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: format_money(r.amount, r.currency)),
        (QT_TRANSLATE_NOOP("Columns", "Paid to"), paid_to),
        (QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: label("request_status", r.status)),
        (QT_TRANSLATE_NOOP("Columns", "Asked by"), lambda r: r.requested_by),
        (QT_TRANSLATE_NOOP("Columns", "Decided by"), lambda r: r.decided_by),
        (QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: r.decision_reason),
        (QT_TRANSLATE_NOOP("Columns", "Programme"), lambda r: r.programme),
    )

    def row_at(self, row: int) -> RequestView:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_AMOUNT:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_STATUS:
            colour = STATUS_COLOURS.get(self.row_at(index.row()).status)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(self.row_at(index.row()), super().data(index, Qt.ItemDataRole.DisplayRole))
        return super().data(index, role)

    @staticmethod
    def tooltip(r: RequestView, cell: str) -> str:
        """The cell in full (columns elide), then who asked and who decided, when."""
        lines = [cell] if cell else []
        lines.append(
            translate("LedgerScreens", "Asked by {name} on {when}").format(
                name=r.requested_by, when=format_datetime(r.requested_at)
            )
        )
        if r.note:
            lines.append(translate("LedgerScreens", "Note: {note}").format(note=r.note))
        if r.decided_by:
            lines.append(translate("LedgerScreens", "Decided by {name}").format(name=r.decided_by))
        return "\n".join(lines)


class InstalmentsTableModel(DtoTableModel):
    COL_AMOUNT, COL_STATE = 2, 3
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Instalment"), lambda i: f"{i.number}/{i.of}"),
        (QT_TRANSLATE_NOOP("Columns", "Share"), lambda i: f"{i.percent} %"),
        (QT_TRANSLATE_NOOP("Columns", "Amount"), lambda i: format_money(i.amount, i.currency)),
        (QT_TRANSLATE_NOOP("Columns", "State"), lambda i: instalment_state(i.state)),
        (
            QT_TRANSLATE_NOOP("Columns", "Interim report"),
            lambda i: (
                format_date(i.report_received_on)
                if i.report_received_on
                else (
                    translate("LedgerScreens", "expected")
                    if i.needs_report
                    else translate("LedgerScreens", "not needed")
                )
            ),
        ),
    )

    def row_at(self, row: int) -> InstalmentView:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_AMOUNT:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_STATE:
            colour = STATE_COLOURS.get(self.row_at(index.row()).state)
            return QColor(colour) if colour else None
        return super().data(index, role)


def entry_kind(e: EntryRow) -> str:
    if e.reverses_seq is not None:
        return translate("LedgerScreens", "Reversal of No. {seq}").format(seq=e.reverses_seq)
    # The plan's instalments are most of the ledger: a short name keeps the column narrow.
    kind = (
        translate("LedgerScreens", "Instalment of the plan")
        if e.kind == "business_instalment"
        else label("ledger_kind", e.kind)
    )
    if e.reversed:
        return translate("LedgerScreens", "{kind} (reversed)").format(kind=kind)
    return kind


class EntriesTableModel(KeysetTableModel):
    """The ledger, newest first, a page at a time: each page starts after the last row shown (keyset paging)."""

    COL_SEQ, COL_DATE, COL_CASE, COL_NAME, COL_KIND, COL_AMOUNT = range(6)
    COL_DONOR, COL_PROGRAMME, COL_MODALITY, COL_REFERENCE, COL_RECEIPT, COL_POSTED_BY = range(6, 12)
    PAGE = PAGE
    columns: Sequence[tuple[str, Callable[[EntryRow], Any]]] = (
        (QT_TRANSLATE_NOOP("Columns", "No."), lambda e: e.seq),
        (QT_TRANSLATE_NOOP("Columns", "Date"), lambda e: format_date(e.value_date)),
        (QT_TRANSLATE_NOOP("Columns", "Case no."), lambda e: e.case_number),
        (QT_TRANSLATE_NOOP("Columns", "Beneficiary"), lambda e: e.beneficiary),
        (QT_TRANSLATE_NOOP("Columns", "Payment"), entry_kind),
        (QT_TRANSLATE_NOOP("Columns", "Amount"), lambda e: format_money(e.amount, e.currency)),
        (QT_TRANSLATE_NOOP("Columns", "Donor"), lambda e: e.donor),
        (QT_TRANSLATE_NOOP("Columns", "Programme"), lambda e: e.programme),
        (QT_TRANSLATE_NOOP("Columns", "Modality"), lambda e: label("modality", e.modality)),
        (QT_TRANSLATE_NOOP("Columns", "Reference"), lambda e: e.reference),
        (QT_TRANSLATE_NOOP("Columns", "Receipt no."), lambda e: e.receipt_no or ""),
        (QT_TRANSLATE_NOOP("Columns", "Posted by"), lambda e: e.posted_by),
    )

    def row_at(self, row: int) -> EntryRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", self.columns[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[column][1](entry)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_SEQ, self.COL_AMOUNT, self.COL_RECEIPT):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and entry.amount < 0:
            return QColor(REVERSAL_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and entry.reversed:
            return QColor(MUTED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and entry.reversed and column == self.COL_AMOUNT:
            font = QFont()
            font.setStrikeOut(True)  # still readable, and plainly cancelled by the reversal below it
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [label("ledger_kind", entry.kind)]
            if entry.reverses_seq is not None:
                lines.append(
                    translate("LedgerScreens", "Reverses entry No. {seq}: the original stays in the ledger.").format(
                        seq=entry.reverses_seq
                    )
                )
                if entry.reason:
                    lines.append(translate("LedgerScreens", "Reason: {reason}").format(reason=entry.reason))
            if entry.reversed:
                lines.append(
                    translate("LedgerScreens", "Reversed by a later entry: it no longer counts in the net total.")
                )
            return "\n".join(lines)
        return None


class TotalsTableModel(DtoTableModel):
    """Sums grouped by some keys (donor, programme, modality…), one line per key and currency."""

    def __init__(
        self,
        key_columns: Sequence[tuple[str, Callable[[str], str]]],
        names: dict[str, str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__((), parent)
        self._keys = len(key_columns)
        self._names = names or {}  # code -> full name, shown as the key's tooltip
        self.columns = tuple(
            (header, lambda t, i=i, show=show: show(t.key[i])) for i, (header, show) in enumerate(key_columns)
        ) + (
            (QT_TRANSLATE_NOOP("Columns", "Entries"), lambda t: t.entries),
            (QT_TRANSLATE_NOOP("Columns", "Paid out"), lambda t: format_money(t.paid, t.currency)),
            (QT_TRANSLATE_NOOP("Columns", "Reversed"), lambda t: format_money(t.reversed, t.currency)),
            (QT_TRANSLATE_NOOP("Columns", "Net"), lambda t: format_money(t.net, t.currency)),
        )

    def row_at(self, row: int) -> TotalLine:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self._keys:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and index.column() == len(self.columns) - 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() < self._keys:
            return self._names.get(self.row_at(index.row()).key[index.column()]) or None
        return super().data(index, role)


def _net(p: PeriodView) -> str:
    return " · ".join(format_money(net, currency) for currency, net in p.net_by_currency) or "–"


class PeriodsTableModel(DtoTableModel):
    COL_STATE, COL_ENTRIES, COL_NET, COL_FINGERPRINT = 1, 4, 5, 6
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Month"), lambda p: month_label(p.period)),
        (
            QT_TRANSLATE_NOOP("Columns", "State"),
            lambda p: translate("LedgerScreens", "Closed") if p.closed_at else translate("LedgerScreens", "Open"),
        ),
        (QT_TRANSLATE_NOOP("Columns", "Closed by"), lambda p: p.closed_by),
        (QT_TRANSLATE_NOOP("Columns", "Closed on"), lambda p: format_datetime(p.closed_at)),
        (QT_TRANSLATE_NOOP("Columns", "Entries"), lambda p: p.entries),
        (QT_TRANSLATE_NOOP("Columns", "Net"), _net),
        (
            QT_TRANSLATE_NOOP("Columns", "Fingerprint"),
            lambda p: f"{p.fingerprint[:12]}…" if p.fingerprint else "",
        ),
    )

    def row_at(self, row: int) -> PeriodView:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        period = self.row_at(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.COL_ENTRIES, self.COL_NET):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_STATE:
            return QColor(MUTED_COLOUR if period.closed_at else CASH_COLOUR)
        if role == Qt.ItemDataRole.FontRole and index.column() == self.COL_FINGERPRINT:
            return QFont("monospace")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_FINGERPRINT and period.fingerprint:
            return translate(
                "LedgerScreens", "Fingerprint of the ledger at closing (entry No. {seq}):\n{fingerprint}"
            ).format(seq=period.last_seq, fingerprint=period.fingerprint)
        return super().data(index, role)
