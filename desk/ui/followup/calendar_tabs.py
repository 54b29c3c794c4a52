"""The calendar's four views: the month (a day's visits below it), the week, the agenda of the coming days, and
the overdue visits, most late first. Every list reads a page at a time as it scrolls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.followup_dto import DayCount, VisitRow
from desk.services.permissions import Action, can
from desk.ui.followup.calendar_cells import MonthCalendar, WeekStrip
from desk.ui.followup.common import LATE_COLOUR, VisitTable
from desk.ui.followup.filter_bar import FilterBar
from desk.ui.followup.models import VisitsTableModel
from desk.ui.widgets import ErrorLabel

M = VisitsTableModel
# due on, late, case no., person, region, visit, by, status: the reason stretches last
WIDTHS = (84, 140, 125, 190, 100, 140, 160, 135)
HEADING_STYLE = "font-size: 14px; font-weight: bold;"
LEGEND = "<span style='color:{late}'><b>{late_text}</b></span> · {todo} · <span style='color:#1e5b2f'>{done}</span>"


def day_name(day: date) -> str:
    """'Tuesday 3 December 2026' in the desk's language, capitalised (it starts a heading)."""
    text = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
    return text[:1].upper() + text[1:]


def totals(counts: list[DayCount]) -> tuple[int, int, int, int]:
    return (
        sum(c.planned for c in counts),
        sum(c.done for c in counts),
        sum(c.overdue for c in counts),
        sum(c.other for c in counts),
    )


class VisitList(QWidget):
    """A heading and a lazy list of visits; one click or Enter opens a visit."""

    visit_chosen = Signal(object)

    def __init__(
        self,
        name: str,
        fetch: Callable[[VisitRow | None], list[VisitRow]],
        hidden: tuple[int, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.heading_label = QLabel()
        self.heading_label.setObjectName(f"{name}_heading")
        self.heading_label.setWordWrap(True)
        self.model = VisitsTableModel(fetch)
        self.view = VisitTable(f"{name}_table", self.model, WIDTHS)
        for column in hidden:
            self.view.setColumnHidden(column, True)
        self.view.visit_chosen.connect(self.visit_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        self.model.reload()
        if self.model.rowCount():
            self.view.selectRow(0)


class CalendarTab(QWidget):
    """What the four views share: the filters, the service, a way to say what went wrong."""

    visit_chosen = Signal(object)

    def __init__(self, services: ActorServices, filters: FilterBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._filters = services, filters
        self.views = services.followup_views
        self.error_label = ErrorLabel()

    def _noted(self, rows: list[VisitRow]) -> list[VisitRow]:
        self._filters.note_agents(rows)
        return rows

    def reload(self) -> None:
        self.error_label.hide()
        try:
            self._reload()
        except DeskError as exc:
            self.error_label.show_error(exc)

    def _reload(self) -> None:
        raise NotImplementedError


class MonthTab(CalendarTab):
    def __init__(self, services: ActorServices, filters: FilterBar, parent: QWidget | None = None) -> None:
        super().__init__(services, filters, parent)
        self.calendar = MonthCalendar()
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.reload())
        self.calendar.selectionChanged.connect(self._on_calendar_selection_changed)
        self.calendar.activated.connect(lambda _d: self.day_list.view.setFocus())
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setObjectName("today_button")
        self.today_button.clicked.connect(self.go_today)
        self.legend_label = QLabel(
            self.tr("Each day: {legend}; missed or unreachable in brown.").format(
                legend=LEGEND.format(
                    late=LATE_COLOUR,
                    late_text=self.tr("late"),
                    todo=self.tr("to do"),
                    done=self.tr("done"),
                )
            )
        )
        self.legend_label.setObjectName("legend_label")
        self.month_label = QLabel()
        self.month_label.setObjectName("month_totals")
        self.day_list = VisitList("day", self._fetch_day, (M.COL_DATE, M.COL_LATE))
        self.day_list.heading_label.setStyleSheet(HEADING_STYLE)
        self.day_list.visit_chosen.connect(self.visit_chosen)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.month_label, 1)
        bar.addWidget(self.legend_label)
        bar.addWidget(self.today_button)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.calendar, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.day_list)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.calendar)

    def go_today(self) -> None:
        today = QDate.currentDate()
        self.calendar.setSelectedDate(today)
        self.calendar.setCurrentPage(today.year(), today.month())

    def select_day(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _fetch_day(self, after: VisitRow | None) -> list[VisitRow]:
        day = self.calendar.selected_day()
        return self._noted(
            self.views.visits(self._filters.calendar_filter(day, day), after=after, limit=VisitsTableModel.PAGE)
        )

    def _reload(self) -> None:
        start, end = self.calendar.visible_range()
        counts = self.views.month_counts(self._filters.calendar_filter(start, end))
        self.calendar.set_counts(counts)
        month = [c for c in counts if c.day.month == self.calendar.monthShown()]
        planned, done, overdue, other = totals(month)
        self.month_label.setText(
            self.tr("<b>This month</b>: {planned} to do · {done} done · {other} missed · {late}").format(
                planned=planned,
                done=done,
                other=other,
                late=f"<b style='color:{LATE_COLOUR}'>" + self.tr("{count} late").format(count=overdue) + "</b>",
            )
        )
        self._reload_day()

    def _on_calendar_selection_changed(self) -> None:
        try:
            self._reload_day()
        except DeskError as exc:
            self.error_label.show_error(exc)

    def _reload_day(self) -> None:
        day = self.calendar.selected_day()
        count = self.calendar.counts.get(day)
        total = (count.planned + count.done + count.overdue + count.other) if count else 0
        heading = self.tr("{day} – {count} visits").format(day=day_name(day), count=total)
        if count and count.overdue:
            heading += " · <span style='color:{colour}'>{late}</span>".format(
                colour=LATE_COLOUR, late=self.tr("{count} late").format(count=count.overdue)
            )
        self.day_list.heading_label.setText(heading)
        self.day_list.reload()


class WeekTab(CalendarTab):
    def __init__(self, services: ActorServices, filters: FilterBar, parent: QWidget | None = None) -> None:
        super().__init__(services, filters, parent)
        today = date.today()
        self.monday = today - timedelta(days=today.weekday())
        self.week_label = QLabel()
        self.week_label.setObjectName("week_label")
        self.week_label.setStyleSheet(HEADING_STYLE)
        self.previous_button = QPushButton(self.tr("◀ &Previous week"))
        self.next_button = QPushButton(self.tr("&Next week ▶"))
        self.this_week_button = QPushButton(self.tr("T&his week"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.this_week_button.clicked.connect(
            lambda: self.show_week(date.today() - timedelta(days=date.today().weekday()))
        )
        self.strip = WeekStrip()
        self.strip.day_chosen.connect(lambda _day: self.reload())
        self.week_list = VisitList("week", self._fetch, (M.COL_LATE,))
        self.week_list.visit_chosen.connect(self.visit_chosen)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.week_label, 1, Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.this_week_button)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.strip)
        layout.addWidget(self.week_list, 1)
        layout.addWidget(self.error_label)

    def show_week(self, monday: date) -> None:
        self.monday = monday
        self.strip.chosen = None
        self.reload()

    def _range(self) -> tuple[date, date]:
        chosen = self.strip.chosen
        return (chosen, chosen) if chosen else (self.monday, self.monday + timedelta(days=6))

    def _fetch(self, after: VisitRow | None) -> list[VisitRow]:
        start, end = self._range()
        return self._noted(
            self.views.visits(self._filters.calendar_filter(start, end), after=after, limit=VisitsTableModel.PAGE)
        )

    def _reload(self) -> None:
        sunday = self.monday + timedelta(days=6)
        counts = self.views.month_counts(self._filters.calendar_filter(self.monday, sunday))
        by_day = {c.day: c for c in counts}
        locale = QLocale()
        headings = [
            "{name} {day}".format(
                name=locale.toString(QDate(d.year, d.month, d.day), "ddd").capitalize(), day=d.strftime("%d/%m")
            )
            for d in (self.monday + timedelta(days=i) for i in range(7))
        ]
        self.strip.set_week(self.monday, by_day, headings)
        self.week_label.setText(
            self.tr("Week of {start} to {end}").format(
                start=self.monday.strftime("%d/%m"), end=sunday.strftime("%d/%m/%Y")
            )
        )
        chosen = self.strip.chosen
        planned, done, overdue, other = totals([c for c in counts if chosen is None or c.day == chosen])
        scope = day_name(chosen) if chosen else self.tr("The whole week")
        text = self.tr("{scope}: {planned} to do · {done} done · {other} missed").format(
            scope=scope, planned=planned, done=done, other=other
        )
        if overdue:
            text += " · <b style='color:{colour}'>{late}</b>".format(
                colour=LATE_COLOUR, late=self.tr("{count} late").format(count=overdue)
            )
        text += " – " + (
            self.tr("click the day again for the whole week") if chosen else self.tr("click a day for its visits only")
        )
        self.week_list.heading_label.setText(text)
        self.week_list.reload()


class AgendaTab(CalendarTab):
    def __init__(self, services: ActorServices, filters: FilterBar, parent: QWidget | None = None) -> None:
        super().__init__(services, filters, parent)
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("days_spin")
        self.days_spin.setRange(1, 120)
        self.days_spin.setValue(14)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.valueChanged.connect(lambda _v: self.reload())
        self.agenda_list = VisitList("agenda", self._fetch, (M.COL_LATE,))
        self.agenda_list.visit_chosen.connect(self.visit_chosen)
        bar = QHBoxLayout()
        label = QLabel(self.tr("Visits of the &coming"))
        label.setBuddy(self.days_spin)
        bar.addWidget(label)
        bar.addWidget(self.days_spin)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.agenda_list, 1)
        layout.addWidget(self.error_label)

    def _range(self) -> tuple[date, date]:
        today = date.today()
        return today, today + timedelta(days=self.days_spin.value() - 1)

    def _fetch(self, after: VisitRow | None) -> list[VisitRow]:
        start, end = self._range()
        return self._noted(
            self.views.visits(self._filters.calendar_filter(start, end), after=after, limit=VisitsTableModel.PAGE)
        )

    def _reload(self) -> None:
        start, end = self._range()
        planned, done, _overdue, other = totals(self.views.month_counts(self._filters.calendar_filter(start, end)))
        self.agenda_list.heading_label.setText(
            self.tr("From today to {end}: <b>{planned} to do</b> · {done} done · {other} missed").format(
                end=end.strftime("%d/%m/%Y"), planned=planned, done=done, other=other
            )
        )
        self.agenda_list.reload()


class OverdueTab(CalendarTab):
    count_changed = Signal(int)

    def __init__(self, services: ActorServices, filters: FilterBar, parent: QWidget | None = None) -> None:
        super().__init__(services, filters, parent)
        self.count = 0
        self.overdue_list = VisitList("overdue", self._fetch, (M.COL_STATUS,))
        self.overdue_list.heading_label.setStyleSheet(f"color: {LATE_COLOUR}; {HEADING_STYLE}")
        self.overdue_list.visit_chosen.connect(self.visit_chosen)
        self.note_label = QLabel()
        self.note_label.setObjectName("overdue_note")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #555;")
        self.by_operator_label = QLabel()
        self.by_operator_label.setObjectName("by_operator_label")
        self.by_operator_label.setWordWrap(True)
        self.by_operator_label.setVisible(can(services.actor.role, Action.OPERATOR_DESIGNATE))
        layout = QVBoxLayout(self)
        layout.addWidget(self.overdue_list, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.by_operator_label)
        layout.addWidget(self.error_label)

    def _fetch(self, after: VisitRow | None) -> list[VisitRow]:
        return self._noted(
            self.views.overdue(
                assigned_user_id=self._filters.assigned_user_id(),
                operator_id=self._filters.operator_id(),
                after=after,
                limit=VisitsTableModel.PAGE,
            )
        )

    def overdue_count(self) -> int:
        """How many visits are late for the agent or operator chosen (the tab's title says it)."""
        operator = self._filters.operator_id()
        if operator is not None:
            return next((n for i, _name, n in self.views.overdue_by_operator() if i == operator), 0)
        return self.views.overdue_count(assigned_user_id=self._filters.assigned_user_id())

    def refresh_count(self) -> int:
        self.count = self.overdue_count()
        self.count_changed.emit(self.count)
        return self.count

    def _reload(self) -> None:
        count = self.refresh_count()
        self.overdue_list.heading_label.setText(
            self.tr("{count} visits overdue, the most late first").format(count=count)
            if count
            else self.tr("Nothing overdue.")
        )
        self.note_label.setText(
            self.tr("The overdue list follows the agent and operator filters; region and programme do not apply here.")
            if self._filters.narrows_by_place()
            else ""
        )
        self.note_label.setVisible(self._filters.narrows_by_place())
        if can(self._services.actor.role, Action.OPERATOR_DESIGNATE):
            behind = self.views.overdue_by_operator()
            self.by_operator_label.setText(
                self.tr("<b>Overdue by operator</b>: {list}").format(
                    list=" · ".join(f"{name} <b style='color:{LATE_COLOUR}'>{n}</b>" for _i, name, n in behind[:12])
                )
                if behind
                else ""
            )
        self.overdue_list.reload()
