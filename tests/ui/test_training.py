"""Story 6: a session fills up, the waiting list takes the rest, attendance and completion, certificates."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from desk.ui.main_window import MainWindow
from tests.factories import course_input, intake_input, session_input


@pytest.fixture
def manager_window(qtbot, demo_context, monkeypatch):
    monkeypatch.setattr("desk.ui.widgets.QDesktopServices.openUrl", lambda url: True)
    manager = demo_context.auth.authenticate("manager", "demo")
    window = MainWindow(demo_context, manager, "en")
    qtbot.addWidget(window)
    window.show()
    return window


def test_fill_a_session_then_waiting_list_attendance_completion_certificate(
    qtbot, manager_window, tmp_path, monkeypatch
):
    services = manager_window.services
    course_id = services.training.save_course(course_input("GERME-2", name_fr="Gérer son entreprise – niveau 2"))
    from datetime import date, timedelta

    start = date.today() + timedelta(days=7)
    session_id = services.training.save_session(
        session_input(course_id, capacity=3, starts_on=start, ends_on=start + timedelta(days=4))
    )
    numbers = []
    for i in range(5):
        intake = intake_input(family=f"Formation{i}", given="Élève", phone=None)
        numbers.append(services.intake.register_intake(replace(intake)).case_number)
    manager_window.show_workspace("training")
    training = manager_window.workspace("training")
    training.reload(session_id)
    assert training.current_session().id == session_id
    monkeypatch.setattr("desk.ui.training.training_widget.QMessageBox.information", lambda *args: None)
    training.ask_case_numbers = lambda: ", ".join(numbers)
    qtbot.mouseClick(training.enrol_button, Qt.MouseButton.LeftButton)
    assert (len(training.last_result.enrolled), len(training.last_result.waiting)) == (3, 2)
    statuses = [training.roster_model.row_at(r).status for r in range(training.roster_model.rowCount())]
    assert statuses == ["enrolled"] * 3 + ["waiting"] * 2
    assert "3/3 seats, 2 waiting" in training.session_label.text()

    # Attendance of the first day: the first two seated are present.
    from desk.ui.training.training_dialogs import AttendanceDialog

    session = training.current_session()
    dialog = AttendanceDialog(services, session, services.training.roster(session_id))
    qtbot.addWidget(dialog)
    for row in range(2):
        dialog.people_list.item(row).setCheckState(Qt.CheckState.Checked)
    dialog._on_buttons_accepted()
    assert dialog.result() == 1
    training.reload(session_id)
    present = [training.roster_model.row_at(r) for r in range(3)]
    assert [len(line.present_days) for line in present] == [1, 1, 0]

    # Completion for the first two, then their certificates in one PDF.
    training.roster_view.clearSelection()
    for row in range(2):
        training.roster_view.selectionModel().select(
            training.roster_model.index(row, 0),
            training.roster_view.selectionModel().SelectionFlag.Select
            | training.roster_view.selectionModel().SelectionFlag.Rows,
        )
    training.outcome_combo.setCurrentIndex(training.outcome_combo.findData("completed"))
    qtbot.mouseClick(training.outcome_button, Qt.MouseButton.LeftButton)
    done = [
        training.roster_model.row_at(r)
        for r in range(training.roster_model.rowCount())
        if training.roster_model.row_at(r).status == "completed"
    ]
    assert len(done) == 2 and all(line.certificate_number for line in done)
    target = tmp_path / "certificates.pdf"
    training.choose_pdf_path = lambda suggested: str(target)
    qtbot.mouseClick(training.certificates_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    sheet = tmp_path / "sheet.pdf"
    training.choose_pdf_path = lambda suggested: str(sheet)
    qtbot.mouseClick(training.sheet_button, Qt.MouseButton.LeftButton)
    assert sheet.read_bytes().startswith(b"%PDF")


def test_agents_enrol_but_do_not_manage_the_catalogue(qtbot, demo_context):
    agent = demo_context.auth.authenticate("agent", "demo")
    window = MainWindow(demo_context, agent, "en")
    qtbot.addWidget(window)
    training = window.workspace("training")
    assert training.sessions_model.rowCount() >= 1  # the demo's coming sessions
    labels = [b.text() for b in training.findChildren(type(training.enrol_button))]
    assert not any("course" in text.lower() for text in labels)


def test_enrol_from_the_case_file_and_see_what_the_programme_requires(qtbot, manager_window, monkeypatch):
    services = manager_window.services
    minjec = next(p for p in services.reference.list_items("programmes") if p.code == "MINJEC-SUB")
    intake = intake_input(family="Mballa", given="Aïcha")
    done = services.intake.register_intake(
        replace(intake, return_info=replace(intake.return_info, programme_id=minjec.id))
    )
    window = manager_window.open_case_file(done.case_id)
    qtbot.addWidget(window)
    assert "Still missing" in window.requirements_label.text()
    monkeypatch.setattr("desk.ui.case_file.case_file_window.QMessageBox.information", lambda *args: None)
    window.choose_session = lambda sessions: sessions[0].id
    qtbot.mouseClick(window.enrol_button, Qt.MouseButton.LeftButton)
    assert window.last_enrolment.enrolled or window.last_enrolment.waiting
    assert services.training.case_trainings(done.case_id)
