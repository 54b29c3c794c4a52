"""Issue 7's story end to end: the committee approves a plan on screen; the visits it generates appear on the
calendar; the first is recorded with the questionnaire re-administered; another is moved; the case is closed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desk.services.followup_rules import add_months
from desk.ui.case_file.case_file_window import CaseFileWindow
from desk.ui.followup.dialogs import CloseCaseDialog, MoveDialog
from desk.ui.followup.followup_widget import FollowupWidget
from desk.ui.followup.record_dialog import RecordDialog
from desk.ui.main_window import MainWindow
from tests.factories import intake_input, operator_input
from tests.ui.conftest import answer_next_dialog, type_text
from tests.unit.services.test_plans import SALON


def _ok(dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    (box.button(QDialogButtonBox.StandardButton.Ok) or box.button(QDialogButtonBox.StandardButton.Save)).click()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_approve_see_visits_record_with_questionnaire_move_and_close(qtbot, demo_context, monkeypatch):
    today = date.today()
    manager = MainWindow(demo_context, demo_context.auth.authenticate("manager", "demo"), "en")
    qtbot.addWidget(manager)
    services = manager.services
    op_id = services.operators.save_operator(operator_input("Suivi Story Opérateur"))
    case_id = services.intake.register_intake(intake_input(family="Histoire", given="Mariam", phone=None)).case_id
    services.operators.designate(case_id, op_id, override_capacity=True)
    services.plans.save(case_id, SALON)
    services.plans.submit(case_id)
    session_id = services.committee.open_session(today, "Yaoundé", ["Jean-Pierre Mbarga"])

    # The committee approves the plan on screen (the amount requested, the criteria as set).
    manager.show_workspace("committee")
    committee = manager.workspace("committee")
    committee.reload_sessions(session_id)
    row = next(r for r in range(committee.model.rowCount()) if committee.model.row_at(r).case_id == case_id)
    committee.table_view.selectRow(row)
    qtbot.mouseClick(committee.record_button, Qt.MouseButton.LeftButton)
    assert services.case_files.case_file(case_id).status == "approved"

    # The generated visits are on the calendar: the first call a month from the committee.
    first_due = add_months(today, 1)
    calendar = FollowupWidget(services, "Guichet test")
    qtbot.addWidget(calendar)
    calendar.show()
    calendar.month_tab.select_day(first_due)
    listed = calendar.month_tab.day_list.model
    ours = [listed.row_at(r) for r in range(listed.rowCount()) if listed.row_at(r).case_id == case_id]
    assert len(ours) == 1 and ours[0].month == 1
    visits = services.followup_views.case_visits(case_id)
    assert [v.month for v in visits] == [1, 3, 6, 9, 12] and visits[-1].assess

    # The twelve-month visit (brought forward for the test) is recorded with the questionnaire filled in.
    services.followup.reschedule(visits[-1].id, today, "Visite finale avancée")

    def questionnaire(dialog) -> None:
        for combo in dialog.answer_combos.values():  # every question answered with its first option
            combo.setCurrentIndex(1)
        _ok(dialog)

    record = RecordDialog(services, services.followup_views.visit(visits[-1].id))
    qtbot.addWidget(record)
    record.show()
    answer_next_dialog(questionnaire)
    qtbot.mouseClick(record.questionnaire_button, Qt.MouseButton.LeftButton)
    assert record.assessment_id is not None
    record.project_combo.setCurrentIndex(record.project_combo.findData("running"))
    record.jobs_spin.setValue(1)
    _ok(record)
    detail = services.followup_views.visit(visits[-1].id)
    assert (detail.row.status, detail.project_status, detail.assessment_id) == ("done", "running", record.assessment_id)

    # Another visit is moved, with a reason.
    move = MoveDialog(services, visits[2])
    qtbot.addWidget(move)
    move.show()
    new_day = visits[2].due_on + timedelta(days=5)
    type_text(move.date_edit, new_day.strftime("%d%m%Y"))
    type_text(move.reason_edit, "Le promoteur est au marché ce jour-là")
    _ok(move)
    assert services.followup_views.visit(visits[2].id).row.due_on == new_day

    # The case is closed from its file: what was still planned is cancelled.
    window = CaseFileWindow(services, case_id, "Guichet test")
    qtbot.addWidget(window)
    tab = window.followup_tab

    def close(dialog) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("abandoned"))
        type_text(dialog.note_edit, "Ne souhaite plus être suivi")
        _ok(dialog)

    answer_next_dialog(close)
    qtbot.mouseClick(tab.close_case_button, Qt.MouseButton.LeftButton)
    assert services.case_files.case_file(case_id).status == "closed"
    statuses = [v.status for v in services.followup_views.case_visits(case_id)]
    assert statuses.count("done") == 1 and statuses.count("planned") == 0
