"""Story 7: the follow-up calendar shows each day's visits and the late ones in red; a visit opens in one click, is
recorded, moved or cancelled with a reason; the case file closes a case and a manager reopens it; the home screen
and the status bar remind agents of their visits of the day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QTableView

from desk.services.followup_dto import DayCount, VisitRow
from desk.ui.case_file.case_file_window import CaseFileWindow
from desk.ui.case_file.followup_tab import FollowupTab
from desk.ui.followup.calendar_cells import paint_day, pieces
from desk.ui.followup.common import LATE_BACKGROUND
from desk.ui.followup.dialogs import CloseCaseDialog, MoveDialog
from desk.ui.followup.followup_widget import FollowupWidget
from desk.ui.followup.models import VisitsTableModel
from desk.ui.followup.record_dialog import RecordDialog
from desk.ui.followup.today_panel import remind_followup
from desk.ui.followup.visit_dialog import VisitDialog
from desk.ui.main_window import MainWindow
from desk.ui.reason_dialog import ReasonDialog
from tests.ui.conftest import answer_next_dialog, type_text
from tests.unit.services.test_ledger import Desk

TODAY = date.today()


@pytest.fixture
def desk(context):
    return Desk(context)


def _ok(dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    (box.button(QDialogButtonBox.StandardButton.Ok) or box.button(QDialogButtonBox.StandardButton.Save)).click()


def _case_with_late_and_today(desk, family: str = "Suivi") -> tuple[int, list]:
    """An approved case whose first visit (the agent's call) is 3 days late and second (operator's) due today."""
    case_id = desk.approved_case(family=family)
    first, second, *_ = desk.agent.followup_views.case_visits(case_id)
    desk.agent.followup.reschedule(first.id, TODAY - timedelta(days=3), "Avancé pour le test")
    desk.agent.followup.reschedule(second.id, TODAY, "Avancé pour le test")
    return case_id, desk.agent.followup_views.case_visits(case_id)


def _widget(qtbot, services) -> FollowupWidget:
    widget = FollowupWidget(services, "Guichet test")
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def _click_day(qtbot, calendar, day: date) -> None:
    """Click a day of the month shown, like a person does (the grid is Qt's own table view)."""
    view = calendar.findChild(QTableView)
    model = view.model()
    cells = [model.index(r, c) for r in range(1, model.rowCount()) for c in range(model.columnCount())]
    first = next(i for i, index in enumerate(cells) if str(index.data()) == "1")
    index = cells[first + day.day - 1]
    assert str(index.data()) == str(day.day)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, view.model().columnCount() - 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_month_view_counts_days_and_late_ones_stand_out(qtbot, desk):
    case_id, visits = _case_with_late_and_today(desk)
    widget = _widget(qtbot, desk.agent)
    calendar = widget.month_tab.calendar
    late_day = TODAY - timedelta(days=3)
    assert calendar.counts[late_day].overdue == 1 and calendar.counts[late_day].planned == 0
    assert calendar.counts[TODAY].planned == 1 and calendar.counts[TODAY].overdue == 0
    assert widget.tabs.tabText(widget.tabs.indexOf(widget.overdue_tab)) == "O&verdue (1)"
    # A late day is painted red (a day with visits to do only is not).
    image = QImage(140, 60, QImage.Format.Format_RGB32)
    for count, red in ((calendar.counts[late_day], True), (calendar.counts[TODAY], False)):
        painter = QPainter(image)
        paint_day(painter, QRect(0, 0, 140, 60), "26", count, selected=False, today=False, dimmed=False)
        painter.end()
        assert (image.pixelColor(70, 50) == QColor(LATE_BACKGROUND)) is red
    # The overdue list: the most late first, with its days late.
    widget.show_tab("overdue")
    rows = widget.overdue_tab.overdue_list.model
    assert rows.rowCount() == 1 and rows.data(rows.index(0, rows.COL_LATE)) == "3 days late"
    assert "1 visits overdue" in widget.overdue_tab.overdue_list.heading_label.text()
    # Filtering by the case's operator leaves its field visits only: the agent's late call goes.
    widget.filters.operator_combo.setCurrentIndex(widget.filters.operator_combo.findData(desk.operator_id))
    assert rows.rowCount() == 0 and widget.tabs.tabText(widget.tabs.indexOf(widget.overdue_tab)) == "O&verdue"
    widget.show_tab("month")
    assert late_day not in calendar.counts and calendar.counts[TODAY].planned == 1
    # "Mine only": the agent's own visits (the late call).
    qtbot.mouseClick(widget.filters.mine_button, Qt.MouseButton.LeftButton)
    assert widget.filters.operator_id() is None and widget.filters.assigned_user_id() == desk.agent.actor.user_id
    assert calendar.counts[late_day].overdue == 1 and TODAY not in calendar.counts


def test_clicking_a_day_lists_its_visits_and_a_click_opens_one(qtbot, desk):
    case_id, visits = _case_with_late_and_today(desk)
    desk.approved_case(family="Autre")  # visits on other days
    widget = _widget(qtbot, desk.agent)
    month = widget.month_tab
    month.select_day(TODAY + timedelta(days=1) if TODAY.day < 28 else TODAY - timedelta(days=1))
    _click_day(qtbot, month.calendar, TODAY)
    assert month.calendar.selected_day() == TODAY
    model = month.day_list.model
    assert [model.row_at(r).id for r in range(model.rowCount())] == [visits[1].id]
    assert "1 visits" in month.day_list.heading_label.text()
    seen = {}

    def look(dialog) -> None:
        assert isinstance(dialog, VisitDialog)
        seen["summary"] = dialog.summary_label.text()
        qtbot.mouseClick(dialog.case_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(look)
    with qtbot.waitSignal(widget.case_file_requested) as opened:
        _click_row(qtbot, month.day_list.view, 0)
    assert opened.args == [case_id]
    assert "SUIVI Awa" in seen["summary"]
    assert "Field visit" in seen["summary"] and "Due on" in seen["summary"]


def test_recording_a_visit_from_the_calendar_updates_the_counts(qtbot, desk):
    case_id, visits = _case_with_late_and_today(desk)
    widget = _widget(qtbot, desk.agent)
    month = widget.month_tab
    month.select_day(TODAY - timedelta(days=3))
    assert month.day_list.model.rowCount() == 1
    errors = []

    def record(dialog) -> None:
        assert isinstance(dialog, RecordDialog)
        _ok(dialog)  # done without saying how the project goes: refused beside the field
        errors.append(dialog.errors.text("project_status"))
        dialog.project_combo.setCurrentIndex(dialog.project_combo.findData("struggling"))
        dialog.jobs_spin.setValue(2)
        type_text(dialog.problems_edit, "Clients rares en saison des pluies")
        _ok(dialog)

    def visit(dialog) -> None:
        assert isinstance(dialog, VisitDialog)
        answer_next_dialog(record)
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(visit)
    qtbot.keyClick(month.day_list.view, Qt.Key.Key_Return)
    assert "project" in errors[0].lower()
    late_day = TODAY - timedelta(days=3)
    assert month.calendar.counts[late_day].done == 1 and month.calendar.counts[late_day].overdue == 0
    assert "Recorded" in widget.message_label.text() and "Done" in widget.message_label.text()
    assert widget.tabs.tabText(widget.tabs.indexOf(widget.overdue_tab)) == "O&verdue"
    detail = desk.agent.followup_views.visit(visits[0].id)
    assert (detail.row.status, detail.project_status, detail.jobs_created) == ("done", "struggling", 2)
    assert detail.problems == "Clients rares en saison des pluies"


def test_re_migrated_asks_for_confirmation_and_closes_the_case(qtbot, desk):
    case_id, visits = _case_with_late_and_today(desk)
    dialog = RecordDialog(desk.agent, desk.agent.followup_views.visit(visits[1].id))
    qtbot.addWidget(dialog)
    dialog.show()
    radio = dialog.outcome_buttons["remigrated"]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert not dialog.seen_box.isEnabled() and "confirm" in dialog.outcome_note.text()
    asked = []

    def answer(text: str):
        def click(box) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            next(b for b in box.buttons() if b.text() == text).click()

        return click

    answer_next_dialog(answer("Go back"))
    _ok(dialog)
    assert "closes the case" in asked[0] and dialog.result() == 0
    assert desk.agent.case_files.case_file(case_id).status != "closed"
    answer_next_dialog(answer("Record and close the case"))
    _ok(dialog)
    assert dialog.closing == "remigrated"
    assert "The case was closed: re-migrated" in dialog.message
    assert desk.agent.case_files.case_file(case_id).status == "closed"
    assert all(v.status in ("done", "cancelled") for v in desk.agent.followup_views.case_visits(case_id))


def test_moving_a_visit_requires_a_reason_and_keeps_the_first_date(qtbot, desk):
    case_id = desk.approved_case()
    visit = desk.agent.followup_views.case_visits(case_id)[2]
    dialog = MoveDialog(desk.agent, visit)
    qtbot.addWidget(dialog)
    dialog.show()
    new_day = visit.due_on + timedelta(days=6)
    type_text(dialog.date_edit, new_day.strftime("%d%m%Y"))
    _ok(dialog)
    assert "Reason" in dialog.errors.text("reason") and dialog.result() == 0
    assert desk.agent.followup_views.visit(visit.id).row.due_on == visit.due_on
    type_text(dialog.reason_edit, "Jour de marché")
    _ok(dialog)
    assert dialog.result() == 1
    moved = desk.agent.followup_views.visit(visit.id)
    assert (moved.row.due_on, moved.moved_from, moved.row.reason) == (new_day, visit.due_on, "Jour de marché")
    tab = FollowupTab(desk.agent, case_id)
    qtbot.addWidget(tab)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).row.id == visit.id)
    assert tab.model.data(tab.model.index(row, tab.model.COL_MOVED)) == visit.due_on.strftime("%d/%m/%Y")


def test_case_file_tab_closes_and_a_manager_reopens(qtbot, desk):
    case_id, _ = _case_with_late_and_today(desk)
    window = CaseFileWindow(desk.agent, case_id, "Guichet test")
    qtbot.addWidget(window)
    tab = window.followup_tab
    window.tabs.setCurrentWidget(tab)
    window.show()
    assert tab.model.rowCount() == 5 and "1 late" in tab.status_label.text()
    assert tab.close_case_button.isEnabled() and not tab.reopen_button.isVisible()
    notes = []

    def close(dialog) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        assert (
            "cancels the 5 visits still planned and stops payments"
            in dialog.findChild(type(tab.status_label), "close_explanation").text()
        )
        dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("abandoned"))
        _ok(dialog)  # an abandonment is explained
        notes.append(dialog.errors.text("note"))
        type_text(dialog.note_edit, "A quitté la ville sans nouvelles")
        _ok(dialog)

    answer_next_dialog(close)
    qtbot.mouseClick(tab.close_case_button, Qt.MouseButton.LeftButton)
    assert notes[0]
    assert "closed (Abandoned)" in tab.status_label.text() and "5 planned visits cancelled" in tab.message_label.text()
    assert not tab.add_button.isEnabled() and not tab.record_button.isEnabled()
    assert tab.reopen_button.isVisible() and not tab.reopen_button.isEnabled()  # the agent cannot reopen
    assert "Only a desk manager" in tab.status_label.text()
    assert tab.closures_model.rowCount() == 1

    manager_tab = FollowupTab(desk.manager, case_id, case_status="closed")
    qtbot.addWidget(manager_tab)
    manager_tab.show()
    assert manager_tab.reopen_button.isEnabled()
    errors = []

    def reopen(dialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        _ok(dialog)
        errors.append(dialog.error_label.text())
        type_text(dialog.reason_edit, "La personne est revenue au guichet")
        _ok(dialog)

    answer_next_dialog(reopen)
    qtbot.mouseClick(manager_tab.reopen_button, Qt.MouseButton.LeftButton)
    assert errors[0]
    assert desk.manager.case_files.case_file(case_id).status != "closed"
    assert [manager_tab.closures_model.row_at(r).action for r in range(2)] == ["close", "reopen"]
    assert manager_tab.add_button.isEnabled() and not manager_tab.reopen_button.isVisible()


def test_home_screen_and_status_bar_remind_the_agent(qtbot, desk, context):
    case_id, visits = _case_with_late_and_today(desk)
    desk.agent.followup.add_visit(case_id, TODAY, "phone", "Nouvelles du projet")
    window = MainWindow(context, desk.agent.actor, "en")
    qtbot.addWidget(window)
    window.show()
    panel = window.workspace("home").today_panel
    assert panel is not None and panel.model.rowCount() == 1  # the operator's visit today is not the agent's
    assert panel.banner_label.text() == "1 visit today, 1 overdue"
    reminder = remind_followup(window, window.services, window.show_followup)
    assert reminder is not None and "1 visit today, 1 overdue" in reminder.text()
    seen = []

    def look(dialog) -> None:
        seen.append(dialog.detail.row.reason)
        dialog.reject()

    answer_next_dialog(look)
    _click_row(qtbot, panel.view, 0)
    assert seen == ["Nouvelles du projet"]
    qtbot.mouseClick(panel.overdue_button, Qt.MouseButton.LeftButton)
    assert window.current_workspace_key() == "followup"
    followup = window.workspace("followup")
    assert isinstance(followup, FollowupWidget) and followup.tabs.currentWidget() is followup.overdue_tab
    # Finance has no visits to do: no panel, no reminder.
    finance = MainWindow(context, desk.finance.actor, "en")
    qtbot.addWidget(finance)
    assert finance.workspace("home").today_panel is None
    assert remind_followup(finance, finance.services) is None


def test_the_day_count_painting_puts_late_first(qtbot):
    texts = [text for text, _ in pieces(DayCount(TODAY, planned=3, done=5, overdue=2, other=1))]
    assert texts == ["2 late", "3 to do", "5 done", "1 missed"]


def test_visit_lists_read_a_page_at_a_time(qtbot):
    """A desk-wide day or the overdue list may hold thousands: each page starts after the last row shown."""
    rows = [
        VisitRow(
            i,
            i,
            f"CM-2026-{i:06d}",
            f"NOM{i} Awa",
            "Centre",
            TODAY - timedelta(days=2),
            "field",
            "planned",
            "Op",
            1,
            None,
            False,
            1,
            3,
            None,
            "",
            "",
            1,
        )
        for i in range(1, 451)
    ]
    asked = []

    def fetch(after):
        asked.append(after.id if after else None)
        start = 0 if after is None else rows.index(after) + 1
        return rows[start : start + VisitsTableModel.PAGE]

    model = VisitsTableModel(fetch)
    model.reload()
    assert model.rowCount() == VisitsTableModel.PAGE and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450 and asked == [None, 200, 400]
    assert model.data(model.index(0, model.COL_LATE)) == "2 days late"
    assert model.data(model.index(0, model.COL_STATUS), Qt.ItemDataRole.ForegroundRole) == QColor("#b00020")
