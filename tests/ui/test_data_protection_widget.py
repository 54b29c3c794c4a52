"""Administration → Data protection, and the manager's "Request erasure…" dialog, driven as a person would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import update

from desk.models.followup import CaseClosure
from desk.services.data_protection import DataProtectionService
from desk.ui.admin.admin_widget import AdminWidget
from desk.ui.admin.data_protection_dialogs import ExecuteErasureDialog
from desk.ui.admin.data_protection_widget import DataProtectionWidget
from desk.ui.case_file.erasure_dialog import ErasureRequestDialog
from desk.ui.reason_dialog import ReasonDialog
from tests.factories import intake_input, make_user
from tests.ui.conftest import answer_next_dialog, type_text


class Desk:
    def __init__(self, context):
        self.context = context
        self.agent = context.for_actor(make_user(context, "agent"))
        self.manager = context.for_actor(make_user(context, "manager"))
        self.admin = context.for_actor(make_user(context, "admin"))

    def closed_case(self, family: str, years_ago: int = 0) -> tuple[int, str]:
        done = self.agent.intake.register_intake(intake_input(family=family, phone=None))
        self.manager.followup.close_case(done.case_id, "abandoned", "Ne vient plus aux rendez-vous")
        if years_ago:
            when = datetime.now(UTC) - timedelta(days=365 * years_ago + 2)
            with self.context.session_factory.begin() as s:
                s.execute(update(CaseClosure).where(CaseClosure.case_id == done.case_id).values(created_at=when))
        return done.case_id, done.case_number

    def service(self, services) -> DataProtectionService:
        return DataProtectionService(self.context.session_factory, services.actor)

    def record(self, qtbot, case_id: int, number: str, reason: str = "Courrier reçu le 12 novembre") -> None:
        dialog = ErasureRequestDialog(self.service(self.manager), case_id, number)
        qtbot.addWidget(dialog)
        assert dialog.status_label.isHidden()
        dialog.asked_by_combo.setCurrentIndex(dialog.asked_by_combo.findData("guardian"))
        type_text(dialog.reason_edit, reason)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.result() == 1 and dialog.request_id is not None


@pytest.fixture
def desk(context):
    return Desk(context)


def _widget(qtbot, desk) -> DataProtectionWidget:
    widget = DataProtectionWidget(desk.service(desk.admin))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    return widget


def test_the_admin_approves_then_executes_a_managers_request(qtbot, desk):
    case_id, number = desk.closed_case("Effacee")
    desk.record(qtbot, case_id, number)
    widget = _widget(qtbot, desk)
    model = widget.requests_model
    assert model.rowCount() == 1 and model.row_at(0).case_number == number
    assert widget.approve_button.isEnabled() and not widget.execute_button.isEnabled()
    assert "Courrier reçu" in widget.detail_label.text()
    widget.approve_button.click()
    assert model.row_at(0).status == "approved" and widget.execute_button.isEnabled()

    def confirm(dialog) -> None:
        assert isinstance(dialog, ExecuteErasureDialog) and not dialog.erase_button.isEnabled()
        type_text(dialog.confirm_edit, number.lower())
        assert dialog.erase_button.isEnabled()
        dialog.erase_button.click()

    answer_next_dialog(confirm)
    widget.execute_button.click()
    assert widget.last_report.case_number == number
    assert widget.status_combo.currentText() == "Executed" and model.rowCount() == 1
    assert widget.last_report.pseudonym in widget.detail_label.text()
    assert "person records pseudonymised" in widget.detail_label.text()
    assert desk.agent.case_files.case_file(case_id).family_name == widget.last_report.pseudonym
    # the manager's dialog now says it is done, and records nothing more
    again = ErasureRequestDialog(desk.service(desk.manager), case_id, number)
    qtbot.addWidget(again)
    assert "Executed" in again.status_label.text() and not again.reason_edit.isEnabled()


def test_a_refusal_needs_a_reason_and_the_manager_sees_it(qtbot, desk):
    case_id, number = desk.closed_case("Refusee")
    desk.record(qtbot, case_id, number)
    widget = _widget(qtbot, desk)
    seen = []

    def refuse(dialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()  # empty: refused
        seen.append(dialog.error_label.text())
        type_text(dialog.reason_edit, "Contentieux en cours avec le bailleur")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(refuse)
    widget.refuse_button.click()
    assert seen and "required" in seen[0]
    assert widget.requests_model.rowCount() == 0  # no longer to decide
    widget.status_combo.setCurrentIndex(widget.status_combo.findText("Refused"))
    assert widget.requests_model.row_at(0).decision_reason == "Contentieux en cours avec le bailleur"
    dialog = ErasureRequestDialog(desk.service(desk.manager), case_id, number)
    qtbot.addWidget(dialog)
    assert "Contentieux" in dialog.status_label.text() and dialog.reason_edit.isEnabled()  # may ask again


def test_an_open_case_is_shown_blocked(qtbot, desk):
    done = desk.agent.intake.register_intake(intake_input(family="Ouverte", phone=None))
    desk.record(qtbot, done.case_id, done.case_number)
    widget = _widget(qtbot, desk)
    widget.approve_button.click()
    assert widget.requests_model.row_at(0).blockers and not widget.execute_button.isEnabled()
    assert "still open" in widget.detail_label.text()


def test_retention_review_lists_old_closed_cases_and_opens_a_request(qtbot, desk):
    old_id, old_number = desk.closed_case("Ancienne", years_ago=7)
    desk.closed_case("Recente", years_ago=1)
    widget = _widget(qtbot, desk)
    widget.sections.setCurrentIndex(1)
    assert widget.years_spin.value() == 5
    assert [widget.flagged_model.row_at(r).case_number for r in range(widget.flagged_model.rowCount())] == [old_number]
    assert "1 closed cases" in widget.retention_label.text()
    widget.flagged_table.selectRow(0)

    def reason(dialog) -> None:
        type_text(dialog.reason_edit, "Revue annuelle de conservation")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(reason)
    widget.request_button.click()
    assert widget.sections.currentIndex() == 0
    assert widget.requests_model.row_at(0).asked_by == "retention"
    assert widget.flagged_model.row_at(0).request_status == "To decide"
    widget.years_spin.setValue(1)
    widget.save_years_button.click()
    assert widget.flagged_model.rowCount() == 2 and desk.service(desk.admin).retention_years() == 1


def test_the_tab_is_the_administrators_only(qtbot, desk):
    admin = AdminWidget(desk.context, desk.admin)
    qtbot.addWidget(admin)
    assert "Data &protection" in [admin.tabs.tabText(i) for i in range(admin.tabs.count())]
    manager = AdminWidget(desk.context, desk.manager)
    qtbot.addWidget(manager)
    assert not hasattr(manager, "data_protection_widget")
