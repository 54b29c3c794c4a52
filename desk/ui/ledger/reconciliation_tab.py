"""Reconciliation: import a mobile-money or bank statement, see each line matched (or not) to a ledger entry,
the amount mismatches, and the payments missing from the statement; confirm the matches."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.ledger_dto import MatchLine, ReconciliationView, UnmatchedEntry
from desk.services.money import format_money
from desk.services.permissions import Action, can
from desk.services.phones import display_phone
from desk.services.reconciliation_service import AlreadyImported
from desk.ui.ledger.common import money_table
from desk.ui.table_models import DtoTableModel
from desk.ui.widgets import ErrorLabel

STATUS = {
    "confirmed": QT_TRANSLATE_NOOP("Reconciliation", "Confirmed"),
    "matched": QT_TRANSLATE_NOOP("Reconciliation", "Match proposed"),
    "amount_mismatch": QT_TRANSLATE_NOOP("Reconciliation", "Amount differs"),
    "unmatched": QT_TRANSLATE_NOOP("Reconciliation", "Not in the ledger"),
}
STATUS_COLOURS = {"confirmed": "#1e5b2f", "matched": "#1f4e79", "amount_mismatch": "#a00000", "unmatched": "#a00000"}
HOW = {
    "reference": QT_TRANSLATE_NOOP("Reconciliation", "same reference"),
    "amount+phone+date": QT_TRANSLATE_NOOP("Reconciliation", "same amount, number and date"),
    "confirmed": QT_TRANSLATE_NOOP("Reconciliation", "confirmed"),
}


class LinesModel(DtoTableModel):
    currency = ""
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Row"), lambda m: m.row_no),
        (QT_TRANSLATE_NOOP("Columns", "Date"), lambda m: m.value_date.strftime("%d/%m/%Y")),
        (QT_TRANSLATE_NOOP("Columns", "Reference"), lambda m: m.reference),
        (
            QT_TRANSLATE_NOOP("Columns", "Number"),
            lambda m: display_phone(m.phone) if m.phone.startswith("+") else m.phone,
        ),
        (QT_TRANSLATE_NOOP("Columns", "Amount"), lambda m: format_money(m.amount, LinesModel.currency)),
        (QT_TRANSLATE_NOOP("Columns", "State"), lambda m: translate("Reconciliation", STATUS[m.status])),
        (QT_TRANSLATE_NOOP("Columns", "Ledger entry"), lambda m: m.entry_seq or ""),
        (QT_TRANSLATE_NOOP("Columns", "Case"), lambda m: m.case_number),
        (
            QT_TRANSLATE_NOOP("Columns", "Amount in the ledger"),
            lambda m: format_money(m.entry_amount, LinesModel.currency) if m.entry_amount is not None else "",
        ),
        (
            QT_TRANSLATE_NOOP("Columns", "Matched by"),
            lambda m: translate("Reconciliation", HOW[m.how]) if m.how else "",
        ),
    )

    def row_at(self, row: int) -> MatchLine:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and index.column() == 5:
            return QColor(STATUS_COLOURS[self._rows[index.row()].status])
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (4, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class MissingModel(DtoTableModel):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Ledger entry"), lambda e: e.seq),
        (QT_TRANSLATE_NOOP("Columns", "Date"), lambda e: e.value_date.strftime("%d/%m/%Y")),
        (QT_TRANSLATE_NOOP("Columns", "Case"), lambda e: e.case_number),
        (QT_TRANSLATE_NOOP("Columns", "Reference"), lambda e: e.reference),
        (QT_TRANSLATE_NOOP("Columns", "Number"), lambda e: e.phone),
        (QT_TRANSLATE_NOOP("Columns", "Amount"), lambda e: format_money(e.amount, LinesModel.currency)),
    )

    def row_at(self, row: int) -> UnmatchedEntry:
        return self._rows[row]  # type: ignore[no-any-return]


class ReconciliationTab(QWidget):
    def __init__(self, services: ActorServices, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._currency = currency
        self._view: ReconciliationView | None = None
        self.can_import = can(services.actor.role, Action.LEDGER_REVERSE)
        self.statement_combo = QComboBox()
        self.statement_combo.setObjectName("statement_combo")
        self.statement_combo.setMinimumWidth(360)
        self.statement_combo.currentIndexChanged.connect(lambda _i: self.show_statement())
        self.import_button = QPushButton(self.tr("&Import a statement…"))
        self.import_button.setObjectName("import_statement_button")
        self.import_button.setVisible(self.can_import)
        self.import_button.clicked.connect(self.import_statement)
        self.confirm_button = QPushButton(self.tr("Con&firm the proposed matches"))
        self.confirm_button.setObjectName("confirm_matches_button")
        self.confirm_button.setVisible(self.can_import)
        self.confirm_button.clicked.connect(self.confirm)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("reconciliation_summary")
        self.summary_label.setWordWrap(True)
        self.error_label = ErrorLabel()
        self.lines_model = LinesModel()
        self.lines_view = money_table(
            "statement_lines_table", self.lines_model, (50, 90, 150, 130, 120, 130, 80, 130, 130, 170)
        )
        self.missing_model = MissingModel()
        self.missing_view = money_table("missing_entries_table", self.missing_model, (90, 90, 130, 150, 130, 120))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Statement:")))
        top.addWidget(self.statement_combo, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.confirm_button)
        lines_box = QWidget()
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(QLabel(self.tr("<b>Lines of the statement</b>")))
        lines_layout.addWidget(self.lines_view)
        missing_box = QWidget()
        missing_layout = QVBoxLayout(missing_box)
        missing_layout.setContentsMargins(0, 0, 0, 0)
        missing_layout.addWidget(
            QLabel(
                self.tr(
                    "<b>Paid in the ledger, missing from the statement</b> (mobile money and transfers of those days)"
                )
            )
        )
        missing_layout.addWidget(self.missing_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(lines_box)
        splitter.addWidget(missing_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        current = self.statement_combo.currentData()
        self.statement_combo.blockSignals(True)
        self.statement_combo.clear()
        try:
            statements = self._services.reconciliation.statements()
        except DeskError as exc:
            self.error_label.show_error(exc)
            statements = []
        for s in statements:
            self.statement_combo.addItem(
                self.tr("{source} — imported {date} by {who} ({confirmed}/{lines} confirmed)").format(
                    source=s.source,
                    date=s.imported_at.astimezone().strftime("%d/%m/%Y"),
                    who=s.imported_by,
                    confirmed=s.confirmed,
                    lines=s.lines,
                ),
                s.id,
            )
        index = self.statement_combo.findData(current)
        self.statement_combo.setCurrentIndex(max(index, 0))
        self.statement_combo.blockSignals(False)
        self.show_statement()

    def show_statement(self) -> None:
        statement_id = self.statement_combo.currentData()
        self.error_label.clear()
        if statement_id is None:
            self._view = None
            self.lines_model.set_rows([])
            self.missing_model.set_rows([])
            self.summary_label.setText(
                self.tr("No statement yet. Import the operator's or the bank's statement (xlsx) to check it.")
            )
            self.confirm_button.setEnabled(False)
            return
        try:
            self._view = self._services.reconciliation.view(int(statement_id))
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        LinesModel.currency = self._view.currency
        self.lines_model.set_rows(self._view.lines)
        self.missing_model.set_rows(self._view.unmatched_entries)
        counts = {status: 0 for status in STATUS}
        for line in self._view.lines:
            counts[line.status] += 1
        self.summary_label.setText(
            self.tr(
                "{confirmed} confirmed · {matched} matches proposed · {mismatch} amounts differ · "
                "{unmatched} lines not in the ledger · {missing} payments missing from the statement"
            ).format(
                confirmed=counts["confirmed"],
                matched=counts["matched"],
                mismatch=counts["amount_mismatch"],
                unmatched=counts["unmatched"],
                missing=len(self._view.unmatched_entries),
            )
        )
        self.confirm_button.setEnabled(counts["matched"] > 0)

    def import_statement(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a statement"), str(Path.home()), self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        self.error_label.clear()
        seen: AlreadyImported | None = None
        try:
            statement_id = self._services.reconciliation.import_statement(path, self._currency)
        except AlreadyImported as exc:  # shown as it stands, with when and by whom it first came
            seen, statement_id = exc, exc.statement_id
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.reload()
        self.statement_combo.setCurrentIndex(max(self.statement_combo.findData(statement_id), 0))
        if seen is not None:
            self.error_label.show_error(seen)

    def confirm(self) -> None:
        if self._view is None:
            return
        pairs = [
            (line.statement_line_id, line.entry_id)
            for line in self._view.lines
            if line.status == "matched" and line.entry_id is not None
        ]
        try:
            self._services.reconciliation.confirm(self._view.statement_id, pairs)
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.reload()
