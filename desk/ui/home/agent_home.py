"""The agent's home: today's visits, the overdue ones, referrals past due without an answer, cases without consent
in force and unfinished intakes — each row opens the visit, the case file or the draft in one click or with Enter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from desk.services.context import ActorServices
from desk.services.home_dto import AgentHome, VisitItem
from desk.ui.followup.common import LATE_COLOUR, late_text
from desk.ui.followup.models import VisitsTableModel
from desk.ui.followup.today_panel import TodayVisitsPanel
from desk.ui.followup.visit_dialog import open_visit
from desk.ui.formatting import format_date, format_datetime
from desk.ui.home.home_lists import Column, HomeList
from desk.ui.home.tiles import ALERT, NEUTRAL, WARN, TileButton, count_tone, tile_row


def focus_list(box: HomeList) -> None:
    """A tile that leads to a list on the same screen: the keyboard lands on its first row."""
    if box.model.rowCount():
        box.view.setFocus()
        box.view.selectRow(0)


class AgentHomeWidget(QWidget):
    case_requested = Signal(int)
    draft_requested = Signal(int)
    workspace_requested = Signal(str)
    followup_requested = Signal(str)
    changed = Signal()  # a visit was recorded or moved from here: the figures are read again

    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.today: date | None = None
        open_hint = self.tr("Click a row, or press Enter, to open the case file")
        self.visits_tile = TileButton("visits_tile", self.tr("Visits today"), self.tr("Open the follow-up calendar"))
        self.overdue_tile = TileButton(
            "overdue_tile", self.tr("Overdue visits"), self.tr("Open the overdue visits in the follow-up calendar")
        )
        self.referrals_tile = TileButton(
            "referrals_tile", self.tr("Referrals past due"), self.tr("Go to the list of referrals without an answer")
        )
        self.consent_tile = TileButton(
            "consent_tile", self.tr("Cases without consent"), self.tr("Go to the list of cases without consent")
        )
        self.drafts_tile = TileButton(
            "drafts_tile", self.tr("Unfinished intakes"), self.tr("Open the intake interview to resume a draft")
        )
        self.visits_tile.clicked.connect(lambda: self.followup_requested.emit("agenda"))
        self.overdue_tile.clicked.connect(lambda: self.followup_requested.emit("overdue"))
        self.drafts_tile.clicked.connect(lambda: self.workspace_requested.emit("intake"))

        self.today_panel = TodayVisitsPanel(services)
        self.today_panel.case_file_requested.connect(self.case_requested)
        self.today_panel.followup_requested.connect(self.followup_requested)
        # half the screen wide here: the region gives its room to the others, the reason (last) takes what is left
        today_view = self.today_panel.view
        today_view.setColumnHidden(VisitsTableModel.COL_REGION, True)
        today_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for column, width in ((VisitsTableModel.COL_CASE, 125), (VisitsTableModel.COL_NAME, 180)):
            today_view.setColumnWidth(column, width)
        today_view.setColumnWidth(VisitsTableModel.COL_KIND, 140)
        self.overdue_list = HomeList(
            "overdue_list",
            self.tr("Overdue visits"),
            [
                Column(self.tr("Person"), lambda v: v.full_name),
                Column(self.tr("Visit"), lambda v: v.kind_label, 135),
                Column(self.tr("Late"), self._late, 130, colour=lambda _v: LATE_COLOUR),
            ],
            self.tr("No visit overdue."),
            self.tr("see them all in the follow-up calendar"),
            self.tr("Click a visit, or press Enter, to record it, move it or open the case file"),
        )
        self.overdue_list.row_chosen.connect(self._on_overdue_list_row_chosen)
        self.overdue_list.more_requested.connect(lambda: self.followup_requested.emit("overdue"))
        self.referrals_list = HomeList(
            "referrals_list",
            self.tr("Referrals past due, no answer yet"),
            [
                Column(self.tr("Person"), lambda r: r.full_name),
                Column(self.tr("Referred to"), lambda r: r.institution, 190),
                Column(self.tr("Due on"), lambda r: format_date(r.due_on), 90, colour=lambda _r: LATE_COLOUR),
            ],
            self.tr("Every referral has its answer, or is not due yet."),
            hint=open_hint,
        )
        self.referrals_list.row_chosen.connect(lambda r: self.case_requested.emit(r.case_id))
        self.consent_list = HomeList(
            "consent_list",
            self.tr("Open cases without consent"),
            [
                Column(self.tr("Person"), lambda c: c.full_name),
                Column(self.tr("Case no."), lambda c: c.case_number, 125),
                Column(self.tr("Problem"), lambda c: c.problem_label, 180, colour=lambda _c: ALERT),
            ],
            self.tr("Every open case has its consent recorded."),
            hint=open_hint,
        )
        self.consent_list.row_chosen.connect(lambda c: self.case_requested.emit(c.case_id))
        self.drafts_list = HomeList(
            "drafts_list",
            self.tr("Unfinished intakes"),
            [
                Column(self.tr("Draft"), lambda d: d.label or self.tr("(no name yet)")),
                Column(self.tr("Saved"), lambda d: format_datetime(d.updated_at), 140),
            ],
            self.tr("No unfinished intake."),
            self.tr("open the intake interview"),
            self.tr("Click a draft, or press Enter, to resume the intake"),
            tip=None,
        )
        self.drafts_list.row_chosen.connect(lambda d: self.draft_requested.emit(d.draft_id))
        self.drafts_list.more_requested.connect(lambda: self.workspace_requested.emit("intake"))
        self.referrals_tile.clicked.connect(lambda: focus_list(self.referrals_list))
        self.consent_tile.clicked.connect(lambda: focus_list(self.consent_list))

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.today_panel, 0, 0, 2, 1)
        grid.addWidget(self.overdue_list, 0, 1, 2, 1)
        grid.addWidget(self.referrals_list, 2, 0, 2, 1)
        grid.addWidget(self.consent_list, 2, 1)
        grid.addWidget(self.drafts_list, 3, 1)
        for row in range(4):
            grid.setRowStretch(row, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            tile_row(self.visits_tile, self.overdue_tile, self.referrals_tile, self.consent_tile, self.drafts_tile)
        )
        layout.addLayout(grid, 1)
        for first, second in (
            (self.drafts_tile, self.today_panel.overdue_button),
            (self.today_panel.calendar_button, self.today_panel.view),
            (self.today_panel.view, self.overdue_list.view),
            (self.overdue_list.view, self.referrals_list.view),
            (self.referrals_list.view, self.consent_list.view),
            (self.consent_list.view, self.drafts_list.view),
        ):
            QWidget.setTabOrder(first, second)  # tiles, then the lists left to right, top to bottom

    def show_data(self, home: AgentHome) -> None:
        self.today = home.today
        overdue = home.overdue_visits
        oldest = (home.today - overdue.items[0].due_on).days if overdue.items else 0
        self.visits_tile.set_value(home.visits_today.total, count_tone(home.visits_today.total, NEUTRAL))
        self.overdue_tile.set_value(
            overdue.total,
            count_tone(overdue.total, ALERT),
            self.tr("the oldest: {late}").format(late=late_text(oldest)) if oldest else "",
        )
        self.referrals_tile.set_value(home.overdue_referrals.total, count_tone(home.overdue_referrals.total, WARN))
        self.consent_tile.set_value(home.consent_missing.total, count_tone(home.consent_missing.total, ALERT))
        self.drafts_tile.set_value(home.drafts.total, count_tone(home.drafts.total, WARN))
        self.overdue_list.set_items(overdue.items, overdue.total)
        self.referrals_list.set_items(home.overdue_referrals.items, home.overdue_referrals.total)
        self.consent_list.set_items(home.consent_missing.items, home.consent_missing.total)
        self.drafts_list.set_items(home.drafts.items, home.drafts.total)

    def reload_today(self) -> None:
        """F5 also reads today's visits again (the panel reads them itself, in a few milliseconds)."""
        self.today_panel.reload()

    def _late(self, visit: VisitItem) -> str:
        return late_text((self.today - visit.due_on).days) if self.today else format_date(visit.due_on)

    def _on_overdue_list_row_chosen(self, visit: VisitItem) -> None:
        dialog = open_visit(self, self._services, visit.visit_id)
        if dialog is None or dialog.changed:
            self.changed.emit()
        if dialog is not None and dialog.case_requested:
            self.case_requested.emit(visit.case_id)
