"""Story 4: committee day, the members and their institutions, a decision per plan in seconds (conditions, an
approval above the request on the committee's explicit word), the synthesis by sector and value chain, minutes and
letters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from desk.models.plan import Plan
from desk.services.committee_service import Member
from desk.services.money import format_money
from desk.ui.committee.committee_widget import NewSessionDialog
from desk.ui.main_window import MainWindow
from tests.factories import intake_input, operator_input
from tests.ui.conftest import type_text
from tests.unit.services.test_plans import SALON


def _only_our_plans(demo_context) -> None:
    """The demo desk has plans waiting for a committee too; these tests bring their own."""
    from sqlalchemy import update

    with demo_context.session_factory.begin() as s:
        s.execute(update(Plan).where(Plan.status == "submitted").values(status="postponed"))


def test_committee_day(qtbot, demo_context, tmp_path, monkeypatch):
    _only_our_plans(demo_context)
    monkeypatch.setattr("desk.ui.widgets.QDesktopServices.openUrl", lambda url: True)
    manager = demo_context.auth.authenticate("manager", "demo")
    window = MainWindow(demo_context, manager, "en")
    qtbot.addWidget(window)
    window.show()
    services = window.services
    op_id = services.operators.save_operator(operator_input("Comité Test Opérateur"))
    sector_id = next(s.id for s in services.reference.list_items("sectors") if s.code == "SERVICES")
    chain = next(c for c in services.reference.list_items("value_chains") if c.parent_id == sector_id)
    numbers = []
    for i in range(3):
        done = services.intake.register_intake(intake_input(family=f"Comite{i}", given="Aïcha", phone=None))
        services.operators.designate(done.case_id, op_id, override_capacity=True)
        services.plans.save(done.case_id, replace(SALON, sector_id=sector_id, value_chain_id=chain.id))
        services.plans.submit(done.case_id)
        numbers.append(done.case_number)
    window.show_workspace("committee")
    committee = window.workspace("committee")
    dialog = NewSessionDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.place_edit, "Yaoundé, salle du comité")
    dialog.set_member(0, "Jean-Pierre Mbarga", "MINJEC")
    dialog.set_member(1, "Solange Ewodo", "")
    dialog._on_buttons_accepted()
    assert dialog.isVisible() and "institution of Solange Ewodo" in dialog.error_label.text()
    dialog.set_member(1, "Solange Ewodo", "MINEFOP")
    qtbot.mouseClick(dialog.add_member_button, Qt.MouseButton.LeftButton)
    assert dialog.members_table.rowCount() == NewSessionDialog.ROWS + 1
    dialog.set_member(NewSessionDialog.ROWS, "Claire Dupuis", "Délégation de l'UE")
    dialog._on_buttons_accepted()
    assert dialog.session_id is not None
    committee.reload_sessions(dialog.session_id)
    assert [committee.model.row_at(r).case_number for r in range(committee.model.rowCount())] == numbers
    members = committee.members_label.text()
    assert "Jean-Pierre Mbarga (MINJEC)" in members and "Claire Dupuis (Délégation de l'UE)" in members
    assert chain.name_en in committee.item_label.text()

    # First plan approved above the request: refused until the committee says so explicitly, with the reason.
    committee.amount_spin.setValue(1_250_000)
    committee.record()
    assert "at most the amount requested" in committee.error_label.text()
    assert committee.current_item().case_number == numbers[0]  # still on the same plan
    committee.above_check.setChecked(True)
    committee.record()
    assert "say why" in committee.error_label.text()
    type_text(committee.comment_edit, "un fauteuil de plus pour un apprenti")
    type_text(committee.conditions_edit, "formation en gestion d'abord")
    qtbot.mouseClick(committee.record_button, Qt.MouseButton.LeftButton)
    assert committee.current_item().case_number == numbers[1]  # moved on to the next plan
    assert not committee.above_check.isChecked() and committee.conditions_edit.text() == ""
    first = committee.model.row_at(0)
    assert (first.amount_approved, first.above_request, first.conditions) == (
        1_250_000,
        True,
        "formation en gestion d'abord",
    )
    committee.comment_edit.clear()
    committee.decision_combo.setCurrentIndex(committee.decision_combo.findData("to_amend"))
    committee.record()
    assert "Reason given to the person" in committee.error_label.text()  # a decision other than approval is explained
    type_text(committee.comment_edit, "budget du local à revoir")
    committee.record()
    committee.decision_combo.setCurrentIndex(committee.decision_combo.findData("rejected"))
    type_text(committee.comment_edit, "pas de clientèle")
    committee.record()
    decisions = [committee.model.row_at(r).decision for r in range(3)]
    assert decisions == ["approved", "to_amend", "rejected"]
    assert "3 plans" in committee.synthesis_label.text() and "1,250,000" in committee.synthesis_label.text()
    tree = committee.synthesis_tree
    assert tree.topLevelItemCount() == 1
    sector = tree.topLevelItem(0)
    assert sector.childCount() == 1 and sector.child(0).text(0) == chain.name_en
    assert [sector.child(0).text(c) for c in (1, 2, 3)] == [
        "3",
        format_money(3_600_000, "XAF"),
        format_money(1_250_000, "XAF"),
    ]
    target = tmp_path / "minutes.pdf"
    committee.choose_pdf_path = lambda suggested: str(target)
    qtbot.mouseClick(committee.minutes_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    import subprocess

    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split())
    assert "Solange Ewodo" in text and "MINEFOP" in text and chain.name_en in text
    assert "above the request" in text and "formation en gestion d'abord" in text
    letters = tmp_path / "letters.pdf"
    committee.choose_pdf_path = lambda suggested: str(letters)
    qtbot.mouseClick(committee.letters_button, Qt.MouseButton.LeftButton)
    assert letters.read_bytes().startswith(b"%PDF")


def test_a_session_of_20_plans_with_mixed_decisions(qtbot, demo_context):
    _only_our_plans(demo_context)
    manager = demo_context.auth.authenticate("manager", "demo")
    window = MainWindow(demo_context, manager, "en")
    qtbot.addWidget(window)
    services = window.services
    op_id = services.operators.save_operator(operator_input("Comité Vingt", capacity=100))
    sectors = {s.code: s.id for s in services.reference.list_items("sectors")}
    cases = []
    for i in range(20):
        done = services.intake.register_intake(intake_input(family=f"Vingt{i:02d}", given="Test", phone=None))
        services.operators.designate(done.case_id, op_id)
        sector = ("SERVICES", "AGRI")[i % 2]
        services.plans.save(done.case_id, replace(SALON, sector_id=sectors[sector]))
        services.plans.submit(done.case_id)
        cases.append(done.case_id)
    session_id = services.committee.open_session(
        date.today(), "Douala", [Member("Hervé Tchinda", "MINJEC"), Member("Paul Nkwenti", "FNE")]
    )
    committee = window.workspace("committee")
    committee.reload_sessions(session_id)
    assert committee.model.rowCount() == 20
    plan = ("approved", "approved", "to_amend", "postponed", "rejected")
    for row in range(20):
        committee.table_view.selectRow(row)
        decision = plan[row % 5]
        committee.decision_combo.setCurrentIndex(committee.decision_combo.findData(decision))
        committee.amount_spin.setValue(1_000_000 + row * 1_000)
        committee.comment_edit.setText("" if decision == "approved" else "motif donné à la personne")
        committee.record()
        assert not committee.error_label.isVisible(), committee.error_label.text()
    statuses = [services.case_files.case_file(case_id).status for case_id in cases]
    assert statuses == [plan[row % 5] for row in range(20)]
    agenda = services.committee.agenda(session_id)
    ceilings = {item.case_id: item.amount_approved for item in agenda if item.decision == "approved"}
    assert ceilings == {cases[row]: 1_000_000 + row * 1_000 for row in range(20) if plan[row % 5] == "approved"}
    synthesis = {line.sector: line for line in services.committee.synthesis(session_id)}
    agri = next(s.name_en for s in services.reference.list_items("sectors") if s.code == "AGRI")
    assert synthesis[agri].plans == 10 and synthesis[agri].requested == 10 * 1_200_000
    assert sum(line.approved for line in synthesis.values()) == sum(ceilings.values())
