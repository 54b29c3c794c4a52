"""The ledger itself: every entry, newest first, filtered and summed in the database; reversals and receipts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.labels import choices
from desk.services.ledger_dto import EntryRow, LedgerFilter
from desk.services.money import format_money
from desk.services.permissions import Action, can
from desk.ui.date_edit import DateEdit
from desk.ui.ledger.common import (
    choose_pdf_path,
    ledger_exporter,
    money_table,
    receipt_file_name,
    receipts_pdf,
)
from desk.ui.ledger.dialogs import DayDialog, ReverseDialog
from desk.ui.ledger.models import EntriesTableModel
from desk.ui.messages import refusal_text, show_error
from desk.ui.widgets import ErrorLabel, save_pdf
from desk.ui.workers import run_with_progress

# No., date, case, beneficiary, payment, amount, donor, programme, modality, reference, receipt: "posted by" last
WIDTHS = (52, 78, 118, 150, 185, 105, 65, 90, 105, 160, 70)
SEARCH_DELAY_MS = 300
TOTALS_STYLE = "QLabel { background: #f4f6f9; border-top: 1px solid #c9d1dc; padding: 6px; font-size: 13px; }"


def combo(pairs: list[tuple[object, str]], empty_label: str) -> QComboBox:
    box = QComboBox()
    box.addItem(empty_label, None)
    for code, text in pairs:
        box.addItem(text, code)
    return box


class LedgerTab(QWidget):
    case_file_requested = Signal(int)
    changed = Signal()

    def __init__(self, services: ActorServices, desk_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._desk_name = services, desk_name
        role = services.actor.role
        self.can_reverse = can(role, Action.LEDGER_REVERSE)
        self.can_print = can(role, Action.DISBURSEMENT_PAY)

        self.from_edit, self.to_edit = DateEdit(), DateEdit()
        self.from_edit.setObjectName("from_edit")
        self.to_edit.setObjectName("to_edit")
        reference = services.reference
        self.donor_combo = combo([(d.id, d.code) for d in reference.list_items("donors")], self.tr("All donors"))
        self.programme_combo = combo(
            [(p.id, p.code) for p in reference.list_items("programmes")], self.tr("All programmes")
        )
        self.kind_combo = combo(list(choices("ledger_kind")), self.tr("All payments"))
        self.modality_combo = combo(list(choices("modality")), self.tr("All modalities"))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("ledger_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Case number, receipt number or transaction reference"))
        self.search_edit.setMinimumWidth(380)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _t: self.timer.start())
        self.search_edit.returnPressed.connect(self.reload)
        for box in (self.donor_combo, self.programme_combo, self.kind_combo, self.modality_combo):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (self.from_edit, self.to_edit):
            edit.editingFinished.connect(self.reload)

        self.model = EntriesTableModel(self._fetch)
        self.table_view = money_table("ledger_table", self.model, WIDTHS)
        self.table_view.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_buttons())
        self.table_view.activated.connect(lambda _index: self.open_case_file())
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals_label")
        self.totals_label.setStyleSheet(TOTALS_STYLE)
        self.totals_label.setWordWrap(True)
        self.error_label = ErrorLabel()

        self.case_button = QPushButton(self.tr("Open the &case file"))
        self.reverse_button = QPushButton(self.tr("Re&verse…"))
        self.reverse_button.setObjectName("reverse_button")
        self.receipt_button = QPushButton(self.tr("Print the recei&pt"))
        self.receipt_button.setObjectName("receipt_button")
        self.day_button = QPushButton(self.tr("Print the &day's receipts…"))
        self.day_button.setObjectName("day_receipts_button")
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.setObjectName("export_button")
        self.refresh_button = QPushButton(self.tr("Refre&sh (F5)"))
        for button, slot in (
            (self.case_button, self.open_case_file),
            (self.reverse_button, self.reverse),
            (self.receipt_button, self.print_receipt),
            (self.day_button, self.print_day),
            (self.export_button, self.export),
            (self.refresh_button, self.reload),
        ):
            button.clicked.connect(slot)
        self.reverse_button.setVisible(self.can_reverse)
        self.receipt_button.setVisible(self.can_print)
        self.day_button.setVisible(self.can_print)
        self._exporter = ledger_exporter(services)
        self.hxl_check = QCheckBox(self.tr("with HXL hash&tags"))
        self.hxl_check.setToolTip(
            self.tr("Adds the row of Humanitarian Exchange Language hashtags that donors' dashboards read.")
        )
        exportable = self._exporter is not None and can(role, Action.EXCHANGE_EXPORT)
        self.export_button.setVisible(exportable)
        self.hxl_check.setVisible(exportable)

        search = QHBoxLayout()
        search_label = QLabel(self.tr("S&earch"))
        search_label.setBuddy(self.search_edit)
        from_label = QLabel(self.tr("Paid fro&m"))
        from_label.setBuddy(self.from_edit)
        for widget in (search_label, self.search_edit, from_label, self.from_edit, QLabel(self.tr("to")), self.to_edit):
            search.addWidget(widget)
        search.addStretch()
        filters = QHBoxLayout()
        for box in (self.donor_combo, self.programme_combo, self.kind_combo, self.modality_combo):
            filters.addWidget(box)
        filters.addStretch()
        actions = QHBoxLayout()
        for button in (self.case_button, self.reverse_button, self.receipt_button, self.day_button):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.hxl_check)
        actions.addWidget(self.export_button)
        actions.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search)
        layout.addLayout(filters)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        self.reload()

    # -- data ------------------------------------------------------------------------------------
    def ledger_filter(self) -> LedgerFilter:
        """The filter on screen; dates that are not dates are left out (and said so)."""
        dates: list[date | None] = []
        bad = False
        for edit in (self.from_edit, self.to_edit):
            try:
                dates.append(edit.value())
            except ValueError:
                dates.append(None)
                bad = True
        if bad:
            self.error_label.show_error(self.tr("Dates: type them as dd/mm/yyyy; the wrong one is ignored."))
        return LedgerFilter(
            date_from=dates[0],
            date_to=dates[1],
            donor_id=self.donor_combo.currentData(),
            programme_id=self.programme_combo.currentData(),
            kind=self.kind_combo.currentData(),
            modality=self.modality_combo.currentData(),
            text=self.search_edit.text().strip(),
        )

    def _fetch(self, after: EntryRow | None) -> list[EntryRow]:
        return self._services.ledger_views.entries(self._filter, after=after, limit=self.model.PAGE)

    def reload(self) -> None:
        self.timer.stop()
        self.error_label.hide()
        self._filter = self.ledger_filter()
        try:
            self.model.reload()
            totals = self._services.ledger_views.totals(self._filter)
        except DeskError as exc:
            self.model.clear()
            self.error_label.show_error(exc)
            return
        if not totals:
            self.totals_label.setText(self.tr("No entry matches these filters."))
        else:
            self.totals_label.setText(
                "<br>".join(
                    self.tr("<b>{count}</b> entries · paid {paid} · reversed {reversed} · <b>net {net}</b>").format(
                        count=t.entries,
                        paid=format_money(t.paid, t.currency),
                        reversed=format_money(t.reversed, t.currency),
                        net=format_money(t.net, t.currency),
                    )
                    for t in totals
                )
            )
        if self.model.rowCount():
            self.table_view.selectRow(0)
        self._update_buttons()

    def selected(self) -> EntryRow | None:
        rows = self.table_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.case_button.setEnabled(entry is not None)
        self.reverse_button.setEnabled(
            self.can_reverse and entry is not None and not entry.reversed and entry.reverses_seq is None
        )
        self.receipt_button.setEnabled(self.can_print and entry is not None and entry.receipt_no is not None)

    # -- actions ----------------------------------------------------------------------------------
    def open_case_file(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.case_file_requested.emit(entry.case_id)

    def reverse(self) -> None:
        entry = self.selected()
        if entry is None or not self.can_reverse:
            return
        dialog = ReverseDialog(self._services, entry, self)
        if dialog.exec():
            self.reload()
            self.changed.emit()

    def choose_pdf_path(self, suggested: str) -> str:
        """Where to save the receipts (replaced in tests)."""
        return choose_pdf_path(self, suggested)

    def print_receipt(self) -> None:
        entry = self.selected()
        if entry is None or entry.receipt_no is None or not self.can_print:
            return
        path = self.choose_pdf_path(receipt_file_name(entry.value_date, entry.receipt_no))
        if path and save_pdf(self, path, lambda: receipts_pdf(self._services, [entry.id], self._desk_name)):
            self.last_pdf = path

    def choose_day(self) -> date | None:
        """Which day's receipts (replaced in tests)."""
        dialog = DayDialog(self.tr("Print the day's receipts"), self.tr("&Day paid"), self.tr("Print"), self)
        return dialog.day if dialog.exec() else None

    def print_day(self) -> None:
        day = self.choose_day()
        if day is None:
            return
        try:
            ids = self._services.ledger_views.receipt_entries(day, day)
        except DeskError as exc:
            show_error(self, exc)
            return
        if not ids:
            self.announce(
                self.tr("Receipts"), self.tr("No payment with a receipt on {day}.").format(day=f"{day:%d/%m/%Y}")
            )
            return
        path = self.choose_pdf_path(receipt_file_name(day))
        if not path:
            return
        services, desk_name = self._services, self._desk_name

        def done(data: object) -> None:
            if save_pdf(self, path, lambda: data):  # type: ignore[arg-type,return-value]
                self.last_pdf = path

        # A day of 40 receipts takes a few seconds to lay out: off the GUI thread, with a progress dialog.
        self.print_task = run_with_progress(
            self,
            self.tr("Printing {count} receipts…").format(count=len(ids)),
            lambda progress, cancel: receipts_pdf(services, ids, desk_name),
            done,
            lambda exc: show_error(self, exc),
        )

    def choose_xlsx_path(self) -> str:
        """Where to save the workbook (replaced in tests)."""
        suggested = str(Path.home() / self.tr("ledger-{day}.xlsx").format(day=date.today().isoformat()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the ledger"), suggested, "Excel (*.xlsx)")
        return path

    def export(self) -> None:
        if self._exporter is None:
            return
        path = self.choose_xlsx_path()
        if not path:
            return
        exporter, current, hxl = self._exporter, self.ledger_filter(), self.hxl_check.isChecked()

        def done(count: object) -> None:
            self.last_export = path
            self.announce(
                self.tr("Export"), self.tr("{count} entries exported to {path}.").format(count=count, path=path)
            )

        # Off the GUI thread: a quarter's ledger for a donor may be tens of thousands of rows.
        self.export_task = run_with_progress(
            self,
            self.tr("Exporting the ledger…"),
            lambda progress, cancel: exporter(current, Path(path), hxl, progress, cancel),
            done,
            lambda exc: self.error_label.show_error(refusal_text(exc)),
        )

    def announce(self, title: str, text: str) -> None:
        """A plain message (replaced in tests)."""
        QMessageBox.information(self, title, text)
