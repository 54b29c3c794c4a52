"""Administration workspace: accounts and reference lists through their dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from desk.ui.admin.admin_widget import AdminWidget
from desk.ui.admin.reference_widget import RefItemDialog
from desk.ui.admin.user_dialog import UserDialog
from desk.ui.table_models import AuditTableModel
from tests.ui.conftest import type_text


def _save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def _admin(demo_context):
    return demo_context.for_actor(demo_context.auth.authenticate("admin", "demo"))


def test_admin_adds_a_user_and_sees_it_listed(qtbot, demo_context):
    services = _admin(demo_context)
    widget = AdminWidget(demo_context, services)
    qtbot.addWidget(widget)
    dialog = UserDialog(services, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username_edit, "aicha")
    type_text(dialog.full_name_edit, "Aïcha Mballa")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("finance"))
    qtbot.keyClicks(dialog.password_edit, "temporary-9")
    _save(dialog)
    assert dialog.result() == 1
    widget.users_widget.reload()
    names = [widget.users_widget.model.row_at(r).username for r in range(widget.users_widget.model.rowCount())]
    assert "aicha" in names
    assert demo_context.auth.authenticate("aicha", "temporary-9").role == "finance"


def test_user_dialog_shows_the_error_and_stays_open(qtbot, demo_context):
    dialog = UserDialog(_admin(demo_context), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, "agent")  # already taken
    qtbot.keyClicks(dialog.full_name_edit, "Someone")
    qtbot.keyClicks(dialog.password_edit, "temporary-9")
    _save(dialog)
    assert dialog.isVisible() and "already taken" in dialog.error_label.text()


def test_reference_item_added_and_retired(qtbot, demo_context):
    services = _admin(demo_context)
    widget = AdminWidget(demo_context, services)
    qtbot.addWidget(widget)
    ref = widget.reference_widget
    ref.kind_combo.setCurrentIndex(ref.kind_combo.findData("institutions"))
    before = ref.model.rowCount()
    dialog = RefItemDialog(services, "institutions", None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code_edit, "acdi")
    type_text(dialog.name_fr_edit, "Association camerounaise pour le développement intégré")
    _save(dialog)
    ref.reload()
    assert ref.model.rowCount() == before + 1
    added = next(ref.model.row_at(r) for r in range(ref.model.rowCount()) if ref.model.row_at(r).code == "ACDI")
    edit = RefItemDialog(services, "institutions", added)
    qtbot.addWidget(edit)
    edit.active_check.setChecked(False)
    _save(edit)
    ref.reload()
    assert ref.model.rowCount() == before


def test_audit_trail_loads_page_by_page(qtbot, demo_context):
    services = _admin(demo_context)
    for i in range(AuditTableModel.PAGE + 30):  # more than one page of audit rows
        services.reference.add_item("sectors", f"X{i}", f"Secteur {i}", "")
    widget = AdminWidget(demo_context, services)
    qtbot.addWidget(widget)
    model = widget.audit_widget.model
    assert model.rowCount() == AuditTableModel.PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() > AuditTableModel.PAGE
    newest = model.row_at(0)
    assert newest.entity == "sectors" and newest.username == "admin"


def test_history_of_a_user_newest_first(qtbot, demo_context):
    from desk.ui.history_dialog import HistoryDialog

    services = _admin(demo_context)
    agent = next(u for u in services.accounts.list_users() if u.username == "agent")
    services.accounts.update_user(agent.id, agent.version, full_name="Brigitte Abena Ngo", role="agent", language="fr")
    dialog = HistoryDialog(services, "users", agent.id, "agent")
    qtbot.addWidget(dialog)
    model = dialog.model
    assert [model.row_at(r).action for r in range(model.rowCount())] == ["update", "create"]
    assert "Brigitte Abena → Brigitte Abena Ngo" in AuditTableModel.describe(model.row_at(0))
