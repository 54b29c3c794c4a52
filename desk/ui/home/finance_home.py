"""The finance officer's home: approved payments waiting and the cash to prepare, transfers not yet found on a
statement, the budget consumed per donor and programme against the committee's approvals, and the months."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget

from desk.i18n import format_number
from desk.services.home_dto import BudgetLine, FinanceHome
from desk.services.money import format_money
from desk.ui.formatting import format_date
from desk.ui.home.home_lists import Column, HomeList, percent_text
from desk.ui.home.manager_home import sums_text
from desk.ui.home.periods_box import PeriodsBox
from desk.ui.home.tiles import ALERT, NEUTRAL, QUIET, WARN, TileButton, count_tone, tile_row

BUDGET_PERCENT_COLUMN = 3


class PercentBarDelegate(QStyledItemDelegate):
    """The share paid drawn as a bar behind its number: green, amber past 90 %, red past 100 %."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        line = index.model().row_at(index.row())  # type: ignore[attr-defined]
        percent = line.percent
        if percent is not None:
            colour = "#c62828" if percent > 100 else "#c77700" if percent >= 90 else "#2e7d32"
            rect: QRect = option.rect.adjusted(3, 5, -3, -5)
            painter.save()
            painter.fillRect(rect, QColor("#e6e9ee"))
            filled = QRect(rect)
            filled.setWidth(round(rect.width() * min(percent, 100) / 100))
            painter.fillRect(filled, QColor(colour))
            painter.restore()
        super().paint(painter, option, index)


class FinanceHomeWidget(QWidget):
    case_requested = Signal(int)
    workspace_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        open_hint = self.tr("Click a row, or press Enter, to open the case file")
        self.to_pay_tile = TileButton(
            "to_pay_tile", self.tr("Approved payments to make"), self.tr("Open the Disbursements workspace")
        )
        self.cash_tile = TileButton(
            "cash_tile", self.tr("Cash to prepare"), self.tr("Open the Disbursements workspace")
        )
        self.unreconciled_tile = TileButton(
            "unreconciled_tile", self.tr("Transfers not on a statement"), self.tr("Open the reconciliation")
        )
        self.periods_tile = TileButton(
            "periods_tile", self.tr("Months still open"), self.tr("Open Disbursements › Periods to close a month")
        )
        for tile, where in (
            (self.to_pay_tile, "ledger/requests"),
            (self.cash_tile, "ledger/requests"),
            (self.unreconciled_tile, "ledger/reconciliation"),
            (self.periods_tile, "ledger/periods"),
        ):
            tile.clicked.connect(lambda _=False, where=where: self.workspace_requested.emit(where))

        money = 130
        self.to_pay_list = HomeList(
            "to_pay_list",
            self.tr("Approved, waiting for payment"),
            [
                Column(self.tr("Person"), lambda r: r.full_name),
                Column(self.tr("Amount"), lambda r: format_money(r.amount, r.currency), money, right=True),
                Column(self.tr("For"), lambda r: r.kind_label, 170),
                Column(self.tr("How"), lambda r: r.modality_label, 110),
            ],
            self.tr("Nothing approved is waiting for payment."),
            self.tr("pay them in Disbursements"),
            open_hint,
        )
        self.unreconciled_list = HomeList(
            "unreconciled_list",
            self.tr("Transfers not yet on a statement"),
            [
                Column(self.tr("Person"), lambda e: e.full_name),
                Column(self.tr("Paid on"), lambda e: format_date(e.value_date), 90),
                Column(self.tr("Amount"), lambda e: format_money(e.amount, e.currency), money, right=True),
            ],
            self.tr("Every transfer is matched to its statement line."),
            self.tr("reconcile in Disbursements"),
            open_hint,
        )
        self.distribution_label = QLabel()
        self.distribution_label.setObjectName("distribution_label")
        self.distribution_label.setWordWrap(True)
        self.distribution_label.setStyleSheet("font-size: 10pt; color: #202020;")
        self.to_pay_list.box_layout.insertWidget(1, self.distribution_label)
        self.budget_list = HomeList(
            "budget_list",
            self.tr("Budget: paid against the committee's approvals"),
            [
                Column(self.tr("Donor – programme"), lambda b: f"{b.donor} – {b.programme}"),
                Column(self.tr("Approved"), lambda b: format_money(b.approved, b.currency), money, right=True),
                Column(
                    self.tr("Paid on plans"), lambda b: format_money(b.paid_on_plans, b.currency), money, right=True
                ),
                Column(self.tr("Share paid"), self._percent, 100, right=True),
                Column(self.tr("Other aid paid"), lambda b: format_money(b.paid_other, b.currency), money, right=True),
            ],
            self.tr("No approval and no payment yet."),
            hint=self.tr("Other aid: pocket money, transport, medical costs, outside the plans"),
            tip=None,
        )
        self.budget_list.view.setItemDelegateForColumn(BUDGET_PERCENT_COLUMN, PercentBarDelegate(self.budget_list.view))
        self.periods_box = PeriodsBox()
        self.periods_box.more_requested.connect(lambda: self.workspace_requested.emit("ledger/periods"))
        for box in (self.to_pay_list, self.unreconciled_list):
            box.row_chosen.connect(lambda item: self.case_requested.emit(item.case_id))
        self.to_pay_list.more_requested.connect(lambda: self.workspace_requested.emit("ledger/requests"))
        self.unreconciled_list.more_requested.connect(lambda: self.workspace_requested.emit("ledger/reconciliation"))

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.to_pay_list, 0, 0, 1, 3)
        grid.addWidget(self.unreconciled_list, 0, 3, 1, 2)
        grid.addWidget(self.budget_list, 1, 0, 1, 4)
        grid.addWidget(self.periods_box, 1, 4)
        for column in range(5):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tile_row(self.to_pay_tile, self.cash_tile, self.unreconciled_tile, self.periods_tile))
        layout.addLayout(grid, 1)

    def show_data(self, home: FinanceHome) -> None:
        to_pay = home.to_pay
        self.to_pay_tile.set_value(to_pay.total, count_tone(to_pay.total, NEUTRAL), sums_text(home.to_pay_sums))
        cash = [m for m in home.distribution if m.modality == "cash"]
        cash_count = sum(m.count for m in cash)
        self.cash_tile.set_value(
            " + ".join(format_money(m.amount, m.currency) for m in cash) or format_number(0),
            NEUTRAL if cash else QUIET,
            self.tr("{count} payments in cash").format(count=format_number(cash_count)) if cash else "",
        )
        unreconciled = home.unreconciled
        self.unreconciled_tile.set_value(
            unreconciled.total, count_tone(unreconciled.total, WARN), sums_text(home.unreconciled_sums)
        )
        late = [p for p in home.open_periods if p.period < home.current_period]
        self.periods_tile.set_value(
            len(home.open_periods),
            ALERT if late else QUIET,
            self.tr("past months not closed: {count}").format(count=len(late))
            if late
            else self.tr("only the current month"),
        )
        self.to_pay_list.set_items(to_pay.items, to_pay.total)
        self.unreconciled_list.set_items(unreconciled.items, unreconciled.total)
        self.distribution_label.setText(
            self.tr("To hand out: {parts}").format(
                parts=" · ".join(
                    self.tr("{modality} {amount} ({count})").format(
                        modality=m.label, amount=format_money(m.amount, m.currency), count=format_number(m.count)
                    )
                    for m in home.distribution
                )
            )
            if home.distribution
            else ""
        )
        self.distribution_label.setVisible(bool(home.distribution))
        self.budget_list.set_items(home.budget)
        self.periods_box.show_data(home.current_period, home.open_periods, home.closed_periods)

    @staticmethod
    def _percent(line: BudgetLine) -> str:
        return "–" if line.percent is None else percent_text(line.percent)
