"""The questionnaire edited by the administrator (weights checked per dimension, a new version on each save), and
the case file reading an old assessment with its own version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk.services.assessment_service import AssessmentInput
from desk.ui.admin.admin_widget import AdminWidget
from desk.ui.admin.instrument_widget import COL_CODE, COL_EN
from desk.ui.case_file.assessment_tab import AnswersDialog, AssessmentDialog, AssessmentTab
from tests.factories import intake_input
from tests.unit.services.test_assessment import MIXED


def _english_text(widget, code: str) -> str:
    table = widget.items_table
    row = next(r for r in range(table.rowCount()) if table.item(r, COL_CODE).text() == code)
    return table.item(row, COL_EN).text()


def _set_english_text(widget, code: str, text: str) -> None:
    table = widget.items_table
    row = next(r for r in range(table.rowCount()) if table.item(r, COL_CODE).text() == code)
    table.item(row, COL_EN).setText(text)


def test_admin_edits_the_questionnaire_and_old_assessments_keep_their_version(qtbot, demo_context):
    agent = demo_context.for_actor(demo_context.auth.authenticate("agent", "demo"))
    admin = demo_context.for_actor(demo_context.auth.authenticate("admin", "demo"))
    case_id = agent.intake.register_intake(intake_input(family="Version", given="Ancienne")).case_id
    old_id = agent.assessments.record(case_id, AssessmentInput(MIXED))

    widget = AdminWidget(demo_context, admin)
    qtbot.addWidget(widget)
    editor = widget.instrument_widget
    widget.tabs.setCurrentWidget(editor)
    assert "version 1 in use" in editor.title_label.text()
    assert editor.item_spins["ECO-WORK"].value() == 0.3 and _english_text(editor, "ECO-WORK").startswith("Has work")

    # Economic weights that add up to 0.9: the sums say so as one types, and saving is refused, naming the dimension.
    editor.item_spins["ECO-WORK"].setValue(0.2)
    assert "Economic: 0.9" in editor.sums_label.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_label.text() == "Weights of the dimension “Economic” add up to 0.9; they must add up to 1."
    assert editor.versions_list.count() == 1

    editor.item_spins["ECO-WORK"].setValue(0.4)
    editor.item_spins["ECO-FOOD"].setValue(0.1)
    _set_english_text(editor, "ECO-WORK", "Has paid work or a regular income")
    editor.note_edit.setText("le travail pèse plus")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.error_label.isVisible(), editor.error_label.text()
    assert "Version 2 saved" in editor.saved_label.text() and "version 2 in use" in editor.title_label.text()
    assert editor.versions_list.count() == 2 and "le travail pèse plus" in editor.versions_list.item(0).text()
    assert editor.item_spins["ECO-WORK"].value() == 0.4  # reloaded from the saved version

    # The agent's next questionnaire is the new version; the old assessment is read with version 1.
    dialog = AssessmentDialog(agent, case_id, "followup")
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Has paid work or a regular income" in texts and "Has work or a regular income" not in texts
    for code, combo in dialog.answer_combos.items():
        combo.setCurrentIndex(combo.findData(MIXED[code]))
    dialog._on_buttons_accepted()
    assert dialog.result() == 1
    tab = AssessmentTab(agent, case_id)
    qtbot.addWidget(tab)
    summary = tab.summary_label.text()
    assert "version 1 of the questionnaire" in summary and "with version 2" in summary
    assert "0.55" in summary and "0.60" in summary  # economic: 0.55 with version 1, 0.6 with version 2
    old = AnswersDialog(agent, old_id)
    qtbot.addWidget(old)
    questions = [old.answers_table.item(r, 1).text() for r in range(old.answers_table.rowCount())]
    assert "Has work or a regular income" in questions and "Has paid work or a regular income" not in questions
    assert "version 1" in old.windowTitle() and "Economic 0.55" in old.scores_label.text()
