"""Story 3: the manager designates operators for waiting cases, one by one and in bulk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk.ui.main_window import MainWindow
from tests.factories import operator_input


@pytest.fixture
def manager_window(qtbot, demo_context):
    manager = demo_context.auth.authenticate("manager", "demo")
    window = MainWindow(demo_context, manager, "en")
    qtbot.addWidget(window)
    window.show()
    window.show_workspace("operators")
    return window


def test_designate_one_then_a_batch_with_one_reason(qtbot, manager_window, demo_context):
    services = manager_window.services
    workspace = manager_window.workspace("operators")
    queue = workspace.designation
    waiting_before = queue.model.rowCount()
    assert waiting_before >= 4, "the demo leaves cases waiting for an operator"
    first = queue.current_case()
    assert queue.suggestions_list.count() == len(services.operators.list_operators())
    best = queue.chosen()
    assert best.eligible and best.reasons
    queue.confirm_override = lambda suggestion: True
    queue.suggestions_list.setFocus()
    qtbot.keyClick(queue.suggestions_list, Qt.Key.Key_Return)
    assert queue.model.rowCount() == waiting_before - 1
    history = services.operators.history(first.case_id)
    assert [h.operator for h in history] == [best.name]
    loads_before = {v.data.name: v.load for v in services.operators.list_operators()}

    # A batch: three cases, the reason typed once, each to its best operator with room.
    queue.table_view.clearSelection()
    for row in range(3):
        queue.table_view.selectionModel().select(
            queue.model.index(row, 0),
            queue.table_view.selectionModel().SelectionFlag.Select
            | queue.table_view.selectionModel().SelectionFlag.Rows,
        )
    picked = [c.case_number for c in queue.selected_cases()]
    queue.ask_reason = lambda count: "charter of 20/02/2026"
    qtbot.mouseClick(queue.bulk_best_button, Qt.MouseButton.LeftButton)
    assert [number for number, _ in queue.last_batch.designated] == picked
    assert queue.model.rowCount() == waiting_before - 4
    loads_after = {v.data.name: v.load for v in services.operators.list_operators()}
    assert sum(loads_after.values()) == sum(loads_before.values()) + 3
    shown = {
        workspace.directory.model.row_at(r).data.name: workspace.directory.model.row_at(r).load
        for r in range(workspace.directory.model.rowCount())
    }
    assert shown == loads_after  # the directory was refreshed


def test_an_operator_at_capacity_asks_before_designating(qtbot, manager_window):
    services = manager_window.services
    for view in services.operators.list_operators():  # every operator full but one, which is made full too
        services.operators.save_operator(
            operator_input(
                view.data.name, regions=view.data.regions, departments=view.data.departments, capacity=view.load
            ),
            view.id,
            view.version,
        )
    queue = manager_window.workspace("operators").designation
    queue.refresh()
    before = queue.model.rowCount()
    assert queue.chosen().at_capacity
    asked = []
    queue.confirm_override = lambda suggestion: asked.append(suggestion.name) or False
    queue.designate_current()
    assert asked and queue.model.rowCount() == before  # refused: nothing designated
    queue.confirm_override = lambda suggestion: True
    queue.designate_current()
    assert queue.model.rowCount() == before - 1


def test_agents_read_the_directory_but_do_not_designate(qtbot, demo_context):
    agent = demo_context.auth.authenticate("agent", "demo")
    window = MainWindow(demo_context, agent, "en")
    qtbot.addWidget(window)
    workspace = window.workspace("operators")
    assert workspace.designation is None and workspace.directory.model.rowCount() == 12
    assert not hasattr(workspace.directory, "add_button")


def test_operator_caseload_on_screen_and_printed(qtbot, manager_window, tmp_path, monkeypatch):
    from desk.ui.operators.caseload_dialog import CaseloadDialog

    monkeypatch.setattr("desk.ui.widgets.QDesktopServices.openUrl", lambda url: True)
    services = manager_window.services
    busiest = max(services.operators.list_operators(), key=lambda v: v.load)
    dialog = CaseloadDialog(services, busiest.id, "Guichet test")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == busiest.load
    assert f"{busiest.load} cases in progress" in dialog.findChild(object, "caseload_summary").text()
    target = tmp_path / "caseload.pdf"
    dialog.choose_pdf_path = lambda: str(target)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
