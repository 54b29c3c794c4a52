"""Home ("Accueil"): for the logged-in person's role, what to do now and the picture at a glance.

The figures come from one service call (HomeService.home) run in the background: when the home is built, each time
the person comes back to it (a workspace, a case file window), and on F5. The window never freezes; a failed
refresh says so and keeps the figures shown before.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.services.context import ActorServices
from desk.services.dto import DeskInfoDTO
from desk.services.home_dto import AdminHome, AgentHome, FinanceHome, ManagerHome
from desk.services.permissions import ADMIN, FINANCE, MANAGER, role_label
from desk.ui.followup.today_panel import TodayVisitsPanel
from desk.ui.home.admin_home import AdminHomeWidget
from desk.ui.home.agent_home import AgentHomeWidget
from desk.ui.home.finance_home import FinanceHomeWidget
from desk.ui.home.manager_home import ManagerHomeWidget
from desk.ui.messages import error_text
from desk.ui.widgets import ErrorLabel
from desk.ui.workers import Task, run_in_background

Body = AgentHomeWidget | ManagerHomeWidget | FinanceHomeWidget | AdminHomeWidget
STALE_AFTER = 30.0  # seconds: coming back to the window after this long reads the figures again


class HomeWidget(QWidget):
    case_file_requested = Signal(int)
    followup_requested = Signal(str)  # the follow-up calendar's tab to show
    workspace_requested = Signal(str)  # a workspace key (desk.ui.workspaces)
    draft_requested = Signal(int)  # an unfinished intake to resume
    refreshed = Signal()  # new figures are on screen
    refresh_failed = Signal(str)

    def __init__(self, services: ActorServices, info: DeskInfoDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        actor = services.actor
        greeting = QLabel(self.tr("Good day, {name}").format(name=actor.full_name))
        greeting.setObjectName("greeting_label")
        greeting.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1a1a1a;")
        where = QLabel(self.tr("{role} · {desk}").format(role=role_label(actor.role), desk=info.name))
        where.setObjectName("role_label")
        where.setStyleSheet("font-size: 10.5pt; color: #303030;")
        self.updated_label = QLabel(self.tr("Reading the figures…"))
        self.updated_label.setObjectName("updated_label")
        self.updated_label.setStyleSheet("color: #404040;")
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.setObjectName("refresh_button")
        self.refresh_button.setToolTip(self.tr("Read the figures again from the database"))
        self.refresh_button.clicked.connect(self.refresh)
        self.error_label = ErrorLabel()
        header = QHBoxLayout()
        header.addWidget(greeting)
        header.addSpacing(12)
        header.addWidget(where, 1, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.updated_label, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.refresh_button)
        self.task: Task | None = None
        self.data: AgentHome | ManagerHome | FinanceHome | AdminHome | None = None
        self.updated_at: datetime | None = None
        self._loaded_at = 0.0  # time.monotonic() of the last figures shown
        self._again = False  # a refresh asked while one runs: read once more when it ends
        self._shown_before = False
        # The database starts on the figures while the widgets are built (its answer is queued to this thread, so it
        # arrives after the constructor): logging in shows them as soon as possible.
        self.refresh()

        self.body: Body = self._make_body(services)
        self.today_panel: TodayVisitsPanel | None = getattr(self.body, "today_panel", None)
        self.body.workspace_requested.connect(self.workspace_requested)
        if isinstance(self.body, AgentHomeWidget | ManagerHomeWidget | FinanceHomeWidget):
            self.body.case_requested.connect(self.case_file_requested)
        if isinstance(self.body, AgentHomeWidget | ManagerHomeWidget):
            self.body.followup_requested.connect(self.followup_requested)
        if isinstance(self.body, AgentHomeWidget):
            self.body.draft_requested.connect(self.draft_requested)
            self.body.changed.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.body, 1)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self._on_f5)

    @staticmethod
    def _make_body(services: ActorServices) -> Body:
        role = services.actor.role  # as HomeService.home() chooses
        if role == MANAGER:
            return ManagerHomeWidget()
        if role == FINANCE:
            return FinanceHomeWidget()
        if role == ADMIN:
            return AdminHomeWidget()
        return AgentHomeWidget(services)

    # -- loading ------------------------------------------------------------------------------------------------------
    def loading(self) -> bool:
        return self.task is not None and not self.task.done

    def refresh(self) -> None:
        """Read the figures again in the background; the ones shown stay until the new ones arrive."""
        if self.loading():
            self._again = True
            return
        self._again = False
        self.refresh_button.setEnabled(False)
        if self.updated_at is not None:
            self.updated_label.setText(self.tr("Updating…"))
        home = self._services.home
        self.task = run_in_background(lambda progress, cancel: home.home(), self)
        self.task.finished.connect(self._on_task_finished)
        self.task.failed.connect(self._on_task_failed)

    def _on_task_finished(self, data: AgentHome | ManagerHome | FinanceHome | AdminHome) -> None:
        self.data = data
        self.body.show_data(data)  # type: ignore[arg-type]  # the service answers for the body's role
        self.updated_at = datetime.now()
        self._loaded_at = time.monotonic()
        self.error_label.hide()
        self._done()
        self.refreshed.emit()

    def _on_task_failed(self, exc: object) -> None:
        message = error_text(exc) if isinstance(exc, BaseException) else str(exc)
        self.error_label.show_error(
            self.tr("The figures could not be read again: {error} The figures shown are from before.").format(
                error=message
            )
        )
        self._done()
        self.refresh_failed.emit(message)

    def _done(self) -> None:
        self.refresh_button.setEnabled(True)
        if self.updated_at is None:
            self.updated_label.setText(self.tr("Not updated yet"))
        else:
            self.updated_label.setText(self.tr("Updated at {time}").format(time=self.updated_at.strftime("%H:%M")))
        if self._again:
            self.refresh()

    # -- when to read again -------------------------------------------------------------------------------------------
    def _on_f5(self) -> None:
        if isinstance(self.body, AgentHomeWidget):
            self.body.reload_today()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._shown_before:
            self.refresh()  # back on the home screen after working elsewhere
        self._shown_before = True
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # back to the main window from a case file window or another program
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.isVisible()
            and self._loaded_at
            and time.monotonic() - self._loaded_at > STALE_AFTER
        ):
            self.refresh()
        super().changeEvent(event)
