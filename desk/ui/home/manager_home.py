"""The manager's home: what waits for a decision (cases without an operator, plans for the committee, requests to
approve), operators full or behind with their visits, and the trend charts on a second tab."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desk.i18n import format_number
from desk.services.home_dto import CurrencySum, ManagerHome, OperatorLoad
from desk.services.money import format_money
from desk.ui.followup.common import LATE_COLOUR
from desk.ui.formatting import format_date
from desk.ui.home.home_lists import ROW_HEIGHT, Column, HomeList, percent_text
from desk.ui.home.manager_charts import ManagerCharts
from desk.ui.home.tiles import ALERT, NEUTRAL, WARN, TileButton, count_tone, tile_row


def sums_text(sums: tuple[CurrencySum, ...]) -> str:
    """9 135 000 FCFA (+ 1 200,000 TND): one amount per currency, never added together."""
    return " + ".join(format_money(s.amount, s.currency) for s in sums)


class ManagerHomeWidget(QWidget):
    case_requested = Signal(int)
    workspace_requested = Signal(str)
    followup_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        open_hint = self.tr("Click a row, or press Enter, to open the case file")
        self.waiting_tile = TileButton(
            "waiting_tile", self.tr("Cases waiting for an operator"), self.tr("Open the designation of operators")
        )
        self.plans_tile = TileButton(
            "plans_tile", self.tr("Plans ready for the committee"), self.tr("Open the validation committee")
        )
        self.requests_tile = TileButton(
            "requests_tile", self.tr("Payment requests to approve"), self.tr("Open the Disbursements workspace")
        )
        self.capacity_tile = TileButton(
            "capacity_tile", self.tr("Operators full or nearly"), self.tr("Open the operators")
        )
        self.overdue_tile = TileButton(
            "overdue_tile", self.tr("Follow-up visits overdue"), self.tr("Open the overdue visits")
        )
        self.waiting_tile.clicked.connect(lambda: self.workspace_requested.emit("operators"))
        self.plans_tile.clicked.connect(lambda: self.workspace_requested.emit("committee"))
        self.requests_tile.clicked.connect(lambda: self.workspace_requested.emit("ledger/requests"))
        self.capacity_tile.clicked.connect(lambda: self.workspace_requested.emit("operators"))
        self.overdue_tile.clicked.connect(lambda: self.followup_requested.emit("overdue"))

        self.waiting_list = HomeList(
            "waiting_list",
            self.tr("Waiting for an operator, the longest first"),
            [
                Column(self.tr("Person"), lambda w: w.full_name),
                Column(self.tr("Region"), lambda w: w.region, 120),
                Column(self.tr("Returned on"), lambda w: format_date(w.return_date), 100),
            ],
            self.tr("Every case has its operator."),
            self.tr("designate in Operators"),
            open_hint,
        )
        self.waiting_list.more_requested.connect(lambda: self.workspace_requested.emit("operators"))
        self.plans_list = HomeList(
            "plans_list",
            self.tr("Plans ready for the committee"),
            [
                Column(self.tr("Person"), lambda p: p.full_name),
                Column(self.tr("Sector"), lambda p: p.sector, 140),
                Column(self.tr("Requested"), lambda p: format_money(p.requested, p.currency), 125, right=True),
            ],
            self.tr("No plan waiting for the committee."),
            self.tr("open the Committee"),
            open_hint,
        )
        self.plans_list.more_requested.connect(lambda: self.workspace_requested.emit("committee"))
        self.requests_list = HomeList(
            "requests_list",
            self.tr("Payment requests to approve"),
            [
                Column(self.tr("Person"), lambda r: r.full_name),
                Column(self.tr("For"), lambda r: r.kind_label, 150),
                Column(self.tr("Amount"), lambda r: format_money(r.amount, r.currency), 125, right=True),
            ],
            self.tr("No request waiting for approval."),
            self.tr("approve them in Disbursements"),
            open_hint,
        )
        self.requests_list.more_requested.connect(lambda: self.workspace_requested.emit("ledger/requests"))
        self.requests_sum_label = QLabel()
        self.requests_sum_label.setObjectName("requests_sum_label")
        self.requests_sum_label.setStyleSheet("font-size: 10.5pt; font-weight: bold;")
        self.requests_list.title_row.addWidget(self.requests_sum_label)
        self.capacity_list = HomeList(
            "capacity_list",
            self.tr("Operators at 90 % of capacity or more"),
            [
                Column(self.tr("Operator"), lambda o: o.name),
                Column(self.tr("Open cases"), self._load_text, 110, right=True, colour=self._load_colour),
            ],
            self.tr("Every operator has room for new cases."),
            hint=self.tr("Click an operator, or press Enter, to open the operators"),
            tip=None,
        )
        self.capacity_list.row_chosen.connect(lambda _o: self.workspace_requested.emit("operators"))
        # Usually one or two operators: a short list leaves the late visits below room for their rows and total
        # on a 768-pixel screen (the two boxes at their minimum overlapped there).
        self.capacity_list.view.setMinimumHeight(ROW_HEIGHT + 4)
        self.capacity_list.empty_label.setMinimumHeight(ROW_HEIGHT)
        self.behind_list = HomeList(
            "behind_list",
            self.tr("Overdue visits by operator"),
            [
                Column(self.tr("Operator"), lambda o: o.name),
                Column(self.tr("Overdue"), lambda o: format_number(o.overdue), 80, right=True, colour=lambda _o: ALERT),
            ],
            self.tr("No operator is late with a visit."),
            hint=self.tr("Click an operator, or press Enter, to open the overdue visits"),
            tip=None,
        )
        self.behind_list.row_chosen.connect(lambda _o: self.followup_requested.emit("overdue"))
        self.overdue_total_label = QLabel()
        self.overdue_total_label.setObjectName("overdue_total_label")
        self.overdue_total_label.setWordWrap(False)  # one line, under the list
        self.overdue_total_label.linkActivated.connect(lambda _link: self.followup_requested.emit("overdue"))
        # In the box's title line, right: under the list, on a 768-pixel screen, it was drawn over the last rows.
        self.behind_list.title_row.addWidget(self.overdue_total_label)
        for box in (self.waiting_list, self.plans_list, self.requests_list):
            box.row_chosen.connect(lambda item: self.case_requested.emit(item.case_id))

        todo = QWidget()
        grid = QGridLayout(todo)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setSpacing(10)
        grid.addWidget(self.waiting_list, 0, 0, 2, 1)
        grid.addWidget(self.requests_list, 0, 1, 2, 1)
        grid.addWidget(self.plans_list, 2, 0, 2, 1)
        grid.addWidget(self.capacity_list, 2, 1)  # usually one or two operators: half the height is enough
        grid.addWidget(self.behind_list, 3, 1)
        for row, stretch in enumerate((1, 1, 1, 2)):  # the late visits by operator need more room than the full
            grid.setRowStretch(row, stretch)  # operators (one or two lines) and their total line under the list
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.charts = ManagerCharts(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("manager_tabs")
        self.tabs.addTab(todo, self.tr("&To do"))
        self.tabs.addTab(self.charts.cases_page, self.tr("Chart: &returns and stages"))
        self.tabs.addTab(self.charts.committee_page, self.tr("Chart: c&ommittee and scores"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            tile_row(self.waiting_tile, self.plans_tile, self.requests_tile, self.capacity_tile, self.overdue_tile)
        )
        layout.addWidget(self.tabs, 1)

    def show_data(self, home: ManagerHome) -> None:
        waiting, plans, requests = home.waiting_cases, home.plans_for_committee, home.requests_to_approve
        self.waiting_tile.set_value(waiting.total, count_tone(waiting.total, WARN))
        self.plans_tile.set_value(plans.total, count_tone(plans.total, NEUTRAL))
        self.requests_tile.set_value(
            requests.total, count_tone(requests.total, NEUTRAL), sums_text(home.requests_to_approve_sums)
        )
        over = sum(1 for o in home.operators_near_capacity if o.over)
        self.capacity_tile.set_value(
            len(home.operators_near_capacity),
            count_tone(len(home.operators_near_capacity), ALERT if over else WARN),
            self.tr("{count} over capacity").format(count=over) if over else "",
        )
        with_operators = sum(o.overdue for o in home.overdue_by_operator)
        self.overdue_tile.set_value(
            home.overdue_total,
            count_tone(home.overdue_total, ALERT),
            self.tr("{count} of them by operators").format(count=format_number(with_operators))
            if with_operators
            else "",
        )
        self.waiting_list.set_items(waiting.items, waiting.total)
        self.plans_list.set_items(plans.items, plans.total)
        self.requests_list.set_items(requests.items, requests.total)
        self.requests_sum_label.setText(sums_text(home.requests_to_approve_sums))
        self.capacity_list.set_items(home.operators_near_capacity)
        self.behind_list.set_items(home.overdue_by_operator)
        self.overdue_total_label.setText(
            "{text} – <a href='overdue'>{link}</a>".format(
                text=html.escape(self.tr("{count} in all").format(count=format_number(home.overdue_total))),
                link=html.escape(self.tr("see them")),
            )
        )
        self.overdue_total_label.setVisible(home.overdue_total > 0)
        self.charts.show_data(home)

    def _load_text(self, load: OperatorLoad) -> str:
        percent = "" if load.percent is None else f" ({percent_text(load.percent)})"
        return f"{format_number(load.load)} / {format_number(load.capacity)}{percent}"

    @staticmethod
    def _load_colour(load: OperatorLoad) -> str | None:
        return LATE_COLOUR if load.over else None
