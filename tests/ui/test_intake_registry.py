"""Story 1 at the desk: a walk-in, the duplicate warning, registration, the registry, the case file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desk.ui.case_file.case_file_window import CaseFileWindow
from desk.ui.main_window import MainWindow
from tests.factories import intake_input
from tests.ui.conftest import type_text


@pytest.fixture
def agent_window(qtbot, demo_context):
    agent = demo_context.auth.authenticate("agent", "demo")
    services = demo_context.for_actor(agent)
    services.intake.register_intake(intake_input(family="Ngono Mballa", given="Aïcha", birth=date(1998, 3, 12)))
    window = MainWindow(demo_context, agent, "en")
    qtbot.addWidget(window)
    window.show()
    return window


def test_walk_in_from_duplicate_warning_to_case_file(qtbot, agent_window):
    window = agent_window
    window.show_workspace("intake")
    intake = window.workspace("intake")
    form = intake.form
    qtbot.keyClicks(form.family_name_edit, "Ngono Mballa")
    type_text(form.given_names_edit, "Aïssatou")
    qtbot.keyClicks(form.birth_date_edit, "20111998")
    assert form.birth_date_edit.text() == "20/11/1998"  # slashes typed for the agent
    qtbot.waitUntil(lambda: intake.duplicates.isVisible() and intake.duplicates.count() > 0, timeout=3000)
    assert "Aïcha Ngono Mballa, born 12/03/1998" in intake.duplicates.candidates_list.item(0).text()
    qtbot.mouseClick(intake.duplicates.different_button, Qt.MouseButton.LeftButton)
    assert not intake.duplicates.isVisible()

    form.sex_combo.setCurrentIndex(form.sex_combo.findData("F"))
    qtbot.keyClicks(form.phone_edit, "677 55 44 33")
    form.region_combo.setCurrentIndex(form.region_combo.findText("Littoral"))
    form.department_combo.setCurrentIndex(form.department_combo.findText("Wouri"))
    qtbot.keyClicks(form.town_edit, "Douala")
    qtbot.keyClicks(form.return_date_edit, "01/11/2026")
    form.returned_from_combo.setEditText("Libya")
    form.return_type_combo.setCurrentIndex(form.return_type_combo.findData("avr"))
    form.vulnerability_checks["psychosocial"].setChecked(True)
    form.consent_processing_check.setChecked(True)
    form.consent_operators_check.setChecked(True)
    qtbot.keyClick(form.town_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S registers

    assert intake.last_registered is not None, intake.message_label.text()
    number = intake.last_registered.case_number
    assert number in intake.message_label.text()
    assert form.family_name_edit.text() == ""  # ready for the next walk-in

    window.show_workspace("registry")
    registry = window.workspace("registry")
    qtbot.keyClicks(registry.search_edit, "Aisatou")  # misspelt
    qtbot.waitUntil(
        lambda: registry.model.rowCount() > 0 and registry.model.row_at(0).case_number == number, timeout=3000
    )
    registry.table_view.setFocus()
    qtbot.keyClick(registry.table_view, Qt.Key.Key_Return)
    case_window = window.case_windows[intake.last_registered.case_id]
    qtbot.addWidget(case_window)
    assert isinstance(case_window, CaseFileWindow) and case_window.isVisible()
    assert "NGONO MBALLA" in case_window.findChild(object, "case_title").text()
    tab = case_window.vulnerabilities_tab  # confidential until asked for; the reveal is audited
    assert not tab.details.isVisibleTo(case_window)
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    assert tab.kinds_label.text() == "Psychosocial distress"
    assert case_window.case.return_info["Country returned from"] == "Libya"


def test_bad_date_is_shown_on_its_field_and_nothing_saved(qtbot, agent_window):
    window = agent_window
    intake = window.workspace("intake")
    form = intake.form
    qtbot.keyClicks(form.family_name_edit, "Essomba")
    qtbot.keyClicks(form.given_names_edit, "Paul")
    form.sex_combo.setCurrentIndex(form.sex_combo.findData("M"))
    qtbot.keyClicks(form.birth_date_edit, "31/02/1990")
    form.consent_processing_check.setChecked(True)
    intake.register()
    assert intake.last_registered is None
    assert "dd/mm/yyyy" in intake.message_label.text()
    assert "c0392b" in form.birth_date_edit.styleSheet()
    form.birth_date_edit.clear()
    qtbot.keyClicks(form.birth_date_edit, "01/01/2090")
    intake.register()
    assert "future" in intake.message_label.text() and intake.last_registered is None


def test_same_person_opens_a_new_case_on_the_existing_file(qtbot, agent_window, demo_context):
    agent_window.show_workspace("intake")
    intake = agent_window.workspace("intake")
    form = intake.form
    qtbot.keyClicks(form.family_name_edit, "Ngono")
    qtbot.keyClicks(form.given_names_edit, "Aicha")
    qtbot.keyClicks(form.birth_date_edit, "12/03/1998")
    intake.check_duplicates()
    assert intake.duplicates.count() >= 1
    qtbot.mouseClick(intake.duplicates.same_button, Qt.MouseButton.LeftButton)
    assert intake.existing is not None and intake.existing_label.isVisible()
    existing_person = intake.existing.person_id
    form.sex_combo.setCurrentIndex(form.sex_combo.findData("F"))
    form.consent_processing_check.setChecked(True)
    intake.register()
    done = intake.last_registered
    assert done is not None and done.person_id == existing_person
    file = demo_context.for_actor(demo_context.auth.authenticate("agent", "demo")).case_files.case_file(done.case_id)
    assert len(file.other_cases) == 1 and file.family_name == "Ngono Mballa"


def test_a_draft_is_resumed_as_it_was_left(qtbot, agent_window):
    intake = agent_window.workspace("intake")
    form = intake.form
    qtbot.keyClicks(form.family_name_edit, "Tchoupo")
    qtbot.keyClicks(form.given_names_edit, "Landry")
    form.vulnerability_checks["medical"].setChecked(True)
    intake.save_draft()
    intake.new_intake()
    assert form.family_name_edit.text() == ""
    intake.drafts_combo.setCurrentIndex(1)
    intake.drafts_combo.activated.emit(1)
    assert form.family_name_edit.text() == "Tchoupo" and form.vulnerability_checks["medical"].isChecked()
    assert intake.draft_id is not None


def test_registry_is_lazy_and_filters(qtbot, agent_window):
    registry = agent_window.workspace("registry")
    model = registry.model
    assert 0 < model.rowCount() <= model.PAGE
    registry.status_combo.setCurrentIndex(registry.status_combo.findData("closed"))
    assert all(model.row_at(r).status == "closed" for r in range(model.rowCount()))
    registry.status_combo.setCurrentIndex(0)
    qtbot.keyClicks(registry.search_edit, "zzzzqqq")
    registry.refresh()
    assert model.rowCount() == 0 and registry.count_label.text().startswith("0")


def test_case_file_prints_the_intake_sheet_and_takes_a_photo(qtbot, agent_window, demo_context, tmp_path, monkeypatch):
    from dataclasses import replace

    from PySide6.QtGui import QColor, QImage

    services = agent_window.services
    base = intake_input(family="Essomba", given="Grâce")
    done = services.intake.register_intake(replace(base, consent=replace(base.consent, photo=True)))
    window = agent_window.open_case_file(done.case_id)
    qtbot.addWidget(window)
    monkeypatch.setattr("desk.ui.widgets.QDesktopServices.openUrl", lambda url: True)
    target = tmp_path / "sheet.pdf"
    window.choose_pdf_path = lambda: str(target)
    qtbot.mouseClick(window.print_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    picture = tmp_path / "face.png"
    image = QImage(800, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("#a0522d"))
    image.save(str(picture))
    window.choose_image_path = lambda: str(picture)
    assert window.photo_button.isEnabled()
    qtbot.mouseClick(window.photo_button, Qt.MouseButton.LeftButton)
    stored = services.case_files.photo(done.person_id)
    assert stored is not None and stored.startswith(b"\xff\xd8") and len(stored) < 300_000
    assert window.photo_label.pixmap() is not None and not window.photo_label.pixmap().isNull()


def test_employment_track_on_the_case_file(qtbot, agent_window):
    services = agent_window.services
    done = services.intake.register_intake(intake_input(family="Ekane", given="Boris"))
    window = agent_window.open_case_file(done.case_id)
    qtbot.addWidget(window)
    tab = window.employment_tab
    tab.cv_check.setChecked(True)
    qtbot.keyClicks(tab.employer_edit, "Garage Central")
    qtbot.keyClicks(tab.position_edit, "Mecanicien")
    qtbot.mouseClick(tab.offer_button, Qt.MouseButton.LeftButton)
    tab.offer_combos[0].setCurrentIndex(tab.offer_combos[0].findData("accepted"))
    qtbot.mouseClick(tab.placement_button, Qt.MouseButton.LeftButton)
    track = services.employment.track(done.case_id)
    assert track.cv_done and track.offers[0].outcome == "accepted" and len(track.placements) == 1
    assert "Garage Central" in tab.placements_label.text()


def test_manager_merges_two_files_and_undoes_it(qtbot, demo_context, monkeypatch):
    manager = demo_context.auth.authenticate("manager", "demo")
    window = MainWindow(demo_context, manager, "en")
    qtbot.addWidget(window)
    services = window.services
    a = services.intake.register_intake(intake_input(family="Ngono Mballa", given="Aïcha"))
    b = services.intake.register_intake(intake_input(family="Ngono Mbala", given="Aicha", phone=None))
    case_window = window.open_case_file(a.case_id)
    qtbot.addWidget(case_window)
    answers = iter([(b.case_number, True), ("Même personne, nom mal orthographié", True)])
    monkeypatch.setattr("desk.ui.case_file.case_file_window.QInputDialog.getText", lambda *args: next(answers))
    monkeypatch.setattr("desk.ui.case_file.case_file_window.QMessageBox.information", lambda *args: None)
    case_window._on_merge_button_clicked()
    assert services.case_files.case_file(b.case_id).person_id == a.person_id
    assert services.case_files.merges_of(a.person_id)
    case_window.choose_merge = lambda merges: merges[0][0]
    case_window._on_unmerge_button_clicked()
    assert services.case_files.case_file(b.case_id).person_id == b.person_id
    assert services.case_files.merges_of(a.person_id) == []


def test_referral_from_the_case_file_with_its_letter(qtbot, agent_window, tmp_path, monkeypatch):
    from desk.ui.case_file.referrals_tab import ReferralDialog

    monkeypatch.setattr("desk.ui.widgets.QDesktopServices.openUrl", lambda url: True)
    services = agent_window.services
    intake = intake_input(family="Ngono Mballa", given="Aïcha", vulnerabilities=["psychosocial"])
    done = services.intake.register_intake(replace(intake, consent=replace(intake.consent, share_institutions=True)))
    window = agent_window.open_case_file(done.case_id)
    qtbot.addWidget(window)
    tab = window.referrals_tab
    dialog = ReferralDialog(services, done.case_id, None)
    qtbot.addWidget(dialog)
    dialog.institution_combo.setCurrentIndex(dialog.institution_combo.findText("MINAS", Qt.MatchFlag.MatchStartsWith))
    type_text(dialog.reason_edit, "Soutien psychosocial après la Libye")
    qtbot.keyClicks(dialog.due_edit, "31/12/2099")
    dialog._on_buttons_accepted()
    assert dialog.result() == 1, dialog.error_label.text()
    tab.reload()
    assert tab.model.rowCount() == 1 and tab.model.row_at(0).institution_code == "MINAS"
    tab.table_view.selectRow(0)
    target = tmp_path / "letter.pdf"
    tab.choose_pdf_path = lambda suggested: str(target)
    qtbot.mouseClick(tab.letter_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")


def test_referral_refused_without_consent_says_so_on_the_dialog(qtbot, agent_window):
    from desk.ui.case_file.referrals_tab import ReferralDialog

    services = agent_window.services
    done = services.intake.register_intake(intake_input(family="Sans", given="Partage"))  # institutions: no
    dialog = ReferralDialog(services, done.case_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.reason_edit, "Formation")
    dialog._on_buttons_accepted()
    assert dialog.isVisible() and "consent" in dialog.error_label.text()


def test_needs_assessment_from_the_case_file(qtbot, agent_window):
    from desk.ui.case_file.assessment_tab import AssessmentDialog

    services = agent_window.services
    done = services.intake.register_intake(intake_input(family="Ngono Mballa", given="Aïcha"))
    window = agent_window.open_case_file(done.case_id)
    qtbot.addWidget(window)
    assert "Not assessed yet" in window.assessment_tab.summary_label.text()
    dialog = AssessmentDialog(services, done.case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._on_buttons_accepted()  # nothing answered: the first part is named
    assert dialog.isVisible() and "Economic" in dialog.error_label.text()
    for combo in dialog.answer_combos.values():
        combo.setCurrentIndex(1)  # the first option of every question
    dialog.factor_widgets["motivation"][0].setCurrentIndex(4)
    dialog.level_checks["business"].setChecked(True)
    dialog.need_checks["psychosocial_support"].setChecked(True)
    dialog._on_buttons_accepted()
    assert dialog.result() == 1
    window.assessment_tab.reload()
    text = window.assessment_tab.summary_label.text()
    assert "composite score" in text and "business creation" in text and "Psychosocial support" in text
    assert services.case_files.case_file(done.case_id).status == "assessed"


def test_story_2_plan_drafted_on_the_case_file(qtbot, agent_window):
    from PySide6.QtWidgets import QTableWidgetItem

    services = agent_window.services
    done = services.intake.register_intake(intake_input(family="Ngono Mballa", given="Aïcha"))
    window = agent_window.open_case_file(done.case_id)
    qtbot.addWidget(window)
    tab = window.plan_tab
    assert "No plan yet" in tab.status_label.text()
    type_text(tab.place_edit, "Bonamoussadi, Douala")
    for category, what, quantity, cost in (
        ("equipment", "Fauteuils, séchoirs", 1, 850_000),
        ("raw_material", "Produits", 1, 300_000),
        ("premises", "Loyer", 3, 50_000),
    ):
        tab.add_line()
        row = tab.lines_table.rowCount() - 1
        combo = tab.lines_table.cellWidget(row, 0)
        combo.setCurrentIndex(combo.findData(category))
        tab.lines_table.setItem(row, 1, QTableWidgetItem(what))
        tab.lines_table.setItem(row, 2, QTableWidgetItem(str(quantity)))
        tab.lines_table.setItem(row, 3, QTableWidgetItem(str(cost)))
    tab.contribution_spin.setValue(100_000)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not tab.error_label.isVisible(), tab.error_label.text()
    assert "1,300,000" in tab.totals_label.text() and "1,200,000" in tab.totals_label.text()
    assert "Version 1" in tab.status_label.text()
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    assert "operator" in tab.error_label.text()  # no operator designated yet: not sent
    assert services.plans.current(done.case_id).status == "draft"
