"""The home screen's "Today's visits" for agents and managers, and the reminder in the status bar after login."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from desk.i18n import translate
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.followup_dto import VisitRow
from desk.services.permissions import Action, can
from desk.ui.followup.common import INFO_STYLE, LATE_COLOUR, VisitTable, reminder_text
from desk.ui.followup.models import VisitsTableModel
from desk.ui.followup.visit_dialog import open_visit
from desk.ui.widgets import ErrorLabel

log = logging.getLogger(__name__)
M = VisitsTableModel
PANEL_STYLE = "QFrame#today_panel { border: 1px solid #c9d1dc; border-radius: 3px; background: #fbfcfe; }"
BANNER_STYLE = "font-size: 15px; font-weight: bold; padding: 4px 0;"
# (due on), (late), case no., person, region, visit, by, status: the reason stretches last
WIDTHS = (0, 0, 130, 220, 110, 190)


def shows_followup(services: ActorServices) -> bool:
    return can(services.actor.role, Action.FOLLOWUP_RECORD)


class TodayVisitsPanel(QFrame):
    """The logged-in person's visits due today (one click opens one) and how many of theirs are overdue."""

    case_file_requested = Signal(int)
    followup_requested = Signal(str)  # the calendar's tab to show: "overdue" or "agenda"

    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("today_panel")
        self.setStyleSheet(PANEL_STYLE)
        self.visits: list[VisitRow] = []
        self.today = 0  # planned visits due today, all of them (the list may hold fewer)
        self.overdue = 0
        title = QLabel(self.tr("<h3>Today's visits</h3>"))
        self.banner_label = QLabel()
        self.banner_label.setObjectName("today_banner")
        self.banner_label.setStyleSheet(BANNER_STYLE)
        self.model = VisitsTableModel(lambda after: [] if after is not None else list(self.visits))
        self.view = VisitTable("today_table", self.model, WIDTHS)
        for column in (M.COL_DATE, M.COL_LATE, M.COL_WHO, M.COL_STATUS):  # all today's, all the person's
            self.view.setColumnHidden(column, True)
        self.hint_label = QLabel(self.tr("Click a visit to record it, move it or open the case file."))
        self.hint_label.setStyleSheet("color: #555;")
        self.view.setMinimumHeight(120)
        self.view.visit_chosen.connect(self.open_visit)
        self.overdue_button = QPushButton(self.tr("See my &overdue visits"))
        self.overdue_button.setObjectName("overdue_button")
        self.overdue_button.clicked.connect(lambda: self.followup_requested.emit("overdue"))
        self.calendar_button = QPushButton(self.tr("Open the follow-up &calendar"))
        self.calendar_button.clicked.connect(lambda: self.followup_requested.emit("agenda"))
        self.message_label = QLabel()
        self.message_label.setObjectName("today_message")
        self.message_label.setStyleSheet(INFO_STYLE)
        self.message_label.setWordWrap(True)
        self.error_label = ErrorLabel()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(self.overdue_button)
        top.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addStretch()  # takes the room when there is no list to show
        self._shown_before = False
        self.reload()

    def reload(self) -> None:
        self.error_label.hide()
        try:
            day = self._services.followup_views.my_day()
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.visits, self.today, self.overdue = day.visits, day.today, day.overdue
        self.model.reload()
        self.view.setVisible(bool(self.visits))
        self.hint_label.setVisible(bool(self.visits))
        self.overdue_button.setEnabled(self.overdue > 0)
        if not self.today and not self.overdue:
            self.banner_label.setText(self.tr("No visit due today, nothing overdue."))
            self.banner_label.setStyleSheet(BANNER_STYLE + "color: #1e5b2f;")
            return
        self.banner_label.setText(reminder_text(self.today, self.overdue))
        self.banner_label.setStyleSheet(BANNER_STYLE + (f"color: {LATE_COLOUR};" if self.overdue else ""))

    def open_visit(self, row: VisitRow) -> None:
        dialog = open_visit(self, self._services, row.id)
        if dialog is None:
            self.reload()
            return
        if dialog.changed:
            self.message_label.setText(dialog.message)
            self.reload()
        if dialog.case_requested:
            self.case_file_requested.emit(row.case_id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._shown_before:
            self.reload()  # back on the home screen after recording elsewhere
        self._shown_before = True
        super().showEvent(event)


def remind_followup(window: QMainWindow, services: ActorServices, show_calendar: object = None) -> QLabel | None:
    """After login: '3 visits today, 2 overdue' in the status bar (a link to the calendar); nothing when none."""
    if not shows_followup(services):
        return None
    try:
        day = services.followup_views.my_day()
    except DeskError as exc:  # a reminder never stands in the way of logging in
        log.warning("follow-up reminder unavailable: %s", exc.message)
        return None
    if not day.today and not day.overdue:
        return None
    text = reminder_text(day.today, day.overdue)
    colour = LATE_COLOUR if day.overdue else "#1f3b63"
    reminder = QLabel(f"<a href='followup' style='color:{colour}'><b>{text}</b></a>")
    reminder.setObjectName("followup_reminder")
    reminder.setToolTip(translate("Followup", "Your follow-up visits: open the calendar"))
    if callable(show_calendar):
        reminder.linkActivated.connect(lambda _link: show_calendar())
    window.statusBar().addWidget(reminder)
    return reminder
