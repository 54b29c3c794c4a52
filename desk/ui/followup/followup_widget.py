"""The Follow-up workspace ("Suivi"): the calendar of monitoring visits by month, week and agenda, and the
overdue visits; any visit opens in one click, to be recorded, moved or cancelled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.followup_dto import VisitRow
from desk.ui.followup.calendar_tabs import AgendaTab, CalendarTab, MonthTab, OverdueTab, WeekTab
from desk.ui.followup.common import INFO_STYLE, LATE_COLOUR, reports_hook
from desk.ui.followup.filter_bar import FilterBar
from desk.ui.followup.visit_dialog import open_visit
from desk.ui.messages import show_error


class FollowupWidget(QWidget):
    case_file_requested = Signal(int)

    def __init__(self, services: ActorServices, desk_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.filters = FilterBar(services)
        self.month_tab = MonthTab(services, self.filters)
        self.week_tab = WeekTab(services, self.filters)
        self.agenda_tab = AgendaTab(services, self.filters)
        self.overdue_tab = OverdueTab(services, self.filters)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("followup_tabs")
        self.tabs.addTab(self.month_tab, self.tr("&Month"))
        self.tabs.addTab(self.week_tab, self.tr("&Week"))
        self.tabs.addTab(self.agenda_tab, self.tr("Agen&da"))
        self.tabs.addTab(self.overdue_tab, self.tr("Overdue"))
        self.tab_keys = {"month": self.month_tab, "week": self.week_tab, "agenda": self.agenda_tab}
        self.tab_keys["overdue"] = self.overdue_tab
        for tab in self.tab_keys.values():
            tab.visit_chosen.connect(self.open_visit)
        self.overdue_tab.count_changed.connect(self._on_overdue_count_changed)
        self.message_label = QLabel()
        self.message_label.setObjectName("message_label")
        self.message_label.setStyleSheet(INFO_STYLE)
        self.message_label.setWordWrap(True)

        # The phone calendars (.ics) are built separately: their buttons show once this version has them.
        self._ics_user = reports_hook(services, "ics_for_user")
        self._ics_operator = reports_hook(services, "ics_for_operator")
        self.ics_button = QPushButton(self.tr("My visits to m&y phone (.ics)…"))
        self.ics_button.setObjectName("ics_button")
        self.ics_button.clicked.connect(self.export_my_calendar)
        self.ics_button.setVisible(self._ics_user is not None)
        self.operator_ics_button = QPushButton(self.tr("The operator's visits (.ics)…"))
        self.operator_ics_button.setObjectName("operator_ics_button")
        self.operator_ics_button.clicked.connect(self.export_operator_calendar)
        self.operator_ics_button.setVisible(False)
        self.refresh_button = QPushButton(self.tr("Refre&sh (F5)"))
        self.refresh_button.clicked.connect(self.reload)

        self._stale: set[QWidget] = set()
        self._shown_before = False
        self.filters.changed.connect(self._on_filters_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.reload)

        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.ics_button)
        bottom.addWidget(self.operator_ics_button)
        bottom.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.reload()

    # -- data -------------------------------------------------------------------------------------
    def current_tab(self) -> CalendarTab:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def reload(self) -> None:
        """F5: the current view and the overdue count, read again (other workstations record visits too)."""
        current = self.current_tab()
        current.reload()
        self._stale.discard(current)
        if current is not self.overdue_tab:
            try:
                self.overdue_tab.refresh_count()
            except DeskError as exc:
                current.error_label.show_error(exc)
        self.operator_ics_button.setVisible(self._ics_operator is not None and self.filters.operator_id() is not None)

    def show_tab(self, key: str) -> None:
        tab = self.tab_keys.get(key)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def _on_overdue_count_changed(self, count: int) -> None:
        index = self.tabs.indexOf(self.overdue_tab)
        self.tabs.setTabText(index, self.tr("O&verdue ({count})").format(count=count) if count else self.tr("O&verdue"))
        self.tabs.tabBar().setTabTextColor(index, Qt.GlobalColor.red if count else self.palette().windowText().color())
        self.tabs.setTabToolTip(index, self.tr("Planned visits whose date is past"))

    def _on_filters_changed(self) -> None:
        self.message_label.clear()
        self._stale = set(self.tab_keys.values())
        self.reload()

    def _on_tabs_current_changed(self, _index: int) -> None:
        self.reload()  # a month of counts and a page of visits: quick enough to read again on every switch

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._shown_before:
            self.reload()  # visits recorded elsewhere (home screen, case file, another workstation)
        self._shown_before = True
        super().showEvent(event)

    # -- a visit ----------------------------------------------------------------------------------
    def open_visit(self, row: VisitRow) -> None:
        dialog = open_visit(self, self._services, row.id)
        if dialog is None:
            self.reload()
            return
        if dialog.changed:
            self.message_label.setText(dialog.message)
            self.message_label.setStyleSheet(
                f"color: {LATE_COLOUR}; font-weight: bold;" if getattr(dialog, "closing", None) else INFO_STYLE
            )
            self._stale = set(self.tab_keys.values())
            self.reload()
        if dialog.case_requested:
            self.case_file_requested.emit(row.case_id)

    # -- phone calendars (when built) -------------------------------------------------------------
    def choose_ics_path(self, suggested: str) -> str:
        """Where to save the calendar file (replaced in tests)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the calendar"), str(Path.home() / suggested), self.tr("Calendar (*.ics)")
        )
        return path

    def _save_ics(self, suggested: str, render: object) -> None:
        path = self.choose_ics_path(suggested)
        if not path:
            return
        try:
            data = render()  # type: ignore[operator]
            Path(path).write_bytes(data)
        except DeskError as exc:
            show_error(self, exc)
            return
        except OSError:
            QMessageBox.warning(self, self.tr("Cannot save"), self.tr("The file could not be written there."))
            return
        self.message_label.setText(
            self.tr("Saved to {path}: open it on the phone to add the visits to its calendar.").format(path=path)
        )

    def export_my_calendar(self) -> None:
        if self._ics_user is not None:
            hook, user_id = self._ics_user, self._services.actor.user_id
            self._save_ics(self.tr("my-visits.ics"), lambda: hook(user_id))

    def export_operator_calendar(self) -> None:
        operator_id = self.filters.operator_id()
        if self._ics_operator is not None and operator_id is not None:
            hook = self._ics_operator
            self._save_ics(self.tr("operator-visits.ics"), lambda: hook(operator_id))
