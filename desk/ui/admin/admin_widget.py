"""Administration: accounts, reference lists, the assessment questionnaire, desk settings, backups and the audit
trail, one tab each.

`restart_requested` is emitted after a restore: the application must start again on the restored database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk.paths import user_paths
from desk.services.backup_service import backup_service
from desk.services.context import ActorServices, DeskContext
from desk.services.data_protection import DataProtectionService
from desk.services.permissions import Action, can
from desk.ui.admin.audit_widget import AuditWidget
from desk.ui.admin.backup_widget import BackupWidget
from desk.ui.admin.data_protection_widget import DataProtectionWidget
from desk.ui.admin.followup_schedule_widget import FollowupScheduleWidget
from desk.ui.admin.instrument_widget import InstrumentWidget
from desk.ui.admin.reference_widget import ReferenceWidget
from desk.ui.admin.settings_widget import SettingsWidget
from desk.ui.admin.users_widget import UsersWidget


class AdminWidget(QWidget):
    restart_requested = Signal()

    def __init__(
        self,
        context: DeskContext,
        services: ActorServices,
        parent: QWidget | None = None,
        backup_folder: Path | None = None,
    ) -> None:
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
        if can(role, Action.BACKUP_RUN):
            folder = backup_folder or user_paths().backups
            self.backup_widget = BackupWidget(backup_service(context, services.actor, folder))
            self.backup_widget.restart_requested.connect(self.restart_requested)
            self.tabs.addTab(self.backup_widget, self.tr("&Backups"))
        if can(role, Action.ERASURE_DECIDE):
            self.data_protection_widget = DataProtectionWidget(
                DataProtectionService(context.session_factory, services.actor), can(role, Action.SETTINGS_EDIT)
            )
            self.tabs.addTab(self.data_protection_widget, self.tr("Data &protection"))
        if can(role, Action.AUDIT_VIEW):
            self.audit_widget = AuditWidget(services)
            self.tabs.addTab(self.audit_widget, self.tr("Audit &trail"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def show_tab(self, key: str) -> None:
        """One tab by its key ("users", "backups", "data_protection", "audit"…), when the role has it."""
        tab = getattr(self, f"{key}_widget", None)
        if isinstance(tab, QWidget) and self.tabs.indexOf(tab) >= 0:
            self.tabs.setCurrentWidget(tab)
