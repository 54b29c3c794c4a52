"""Administration: accounts, reference lists, the assessment questionnaire, desk settings and the audit trail,
one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk.services.context import ActorServices, DeskContext
from desk.services.permissions import Action, can
from desk.ui.admin.audit_widget import AuditWidget
from desk.ui.admin.followup_schedule_widget import FollowupScheduleWidget
from desk.ui.admin.instrument_widget import InstrumentWidget
from desk.ui.admin.reference_widget import ReferenceWidget
from desk.ui.admin.settings_widget import SettingsWidget
from desk.ui.admin.users_widget import UsersWidget


class AdminWidget(QWidget):
    def __init__(self, context: DeskContext, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        role = services.actor.role
        self.tabs = QTabWidget()
        self.tabs.setObjectName("admin_tabs")
        if can(role, Action.USERS_MANAGE):
            self.users_widget = UsersWidget(services)
            self.tabs.addTab(self.users_widget, self.tr("&Users"))
        if can(role, Action.REFERENCE_EDIT):
            self.reference_widget = ReferenceWidget(services)
            self.tabs.addTab(self.reference_widget, self.tr("&Reference lists"))
            self.instrument_widget = InstrumentWidget(services)
            self.tabs.addTab(self.instrument_widget, self.tr("&Questionnaire"))
            self.followup_schedule_widget = FollowupScheduleWidget(services)
            self.tabs.addTab(self.followup_schedule_widget, self.tr("&Follow-up schedules"))
        if can(role, Action.SETTINGS_EDIT):
            self.settings_widget = SettingsWidget(context, services)
            self.tabs.addTab(self.settings_widget, self.tr("&Desk settings"))
        if can(role, Action.AUDIT_VIEW):
            self.audit_widget = AuditWidget(services)
            self.tabs.addTab(self.audit_widget, self.tr("Audit &trail"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
