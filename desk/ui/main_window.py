"""The main window: workspaces the role may use, the status bar, the language switch, the idle lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk import __version__
from desk.services.context import DeskContext
from desk.services.dto import Actor, DeskInfoDTO
from desk.services.errors import DeskError
from desk.services.permissions import role_label
from desk.ui.admin.admin_widget import AdminWidget
from desk.ui.case_file.case_file_window import CaseFileWindow
from desk.ui.committee.committee_widget import CommitteeWidget
from desk.ui.exchange.exchange_widget import ExchangeWidget
from desk.ui.followup.followup_widget import FollowupWidget
from desk.ui.home.home_widget import HomeWidget
from desk.ui.idle_lock import IdleWatcher, LockPage, hide_open_dialogs
from desk.ui.intake.intake_widget import IntakeWidget
from desk.ui.ledger.ledger_widget import LedgerWidget
from desk.ui.messages import error_text, show_error
from desk.ui.operators.operators_widget import OperatorsWidget
from desk.ui.placeholder_widget import PlaceholderWidget
from desk.ui.registry.registry_widget import RegistryWidget
from desk.ui.shortcuts_dialog import ShortcutsDialog
from desk.ui.training.training_widget import TrainingWidget
from desk.ui.workspaces import WorkspaceSpec, workspaces_for

BANNER_STYLE = "background: #c0392b; color: white; font-weight: bold; padding: 4px;"


class MainWindow(QMainWindow):
    language_chosen = Signal(str)
    logout_requested = Signal()
    switch_requested = Signal(str)  # "desk" or "demo"
    restart_requested = Signal()  # a backup was restored: open the desk again on it

    def __init__(self, context: DeskContext, actor: Actor, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = actor
        self.services = context.for_actor(actor)
        self.info: DeskInfoDTO = context.desk.info()
        self._hidden_dialogs: list[QWidget] = []
        self.case_windows: dict[int, CaseFileWindow] = {}
        self.locked = False
        self.setWindowTitle(self.tr("Guichet – {desk}").format(desk=self.info.name))
        self.resize(1200, 780)

        self.nav_list = QListWidget()
        self.nav_list.setObjectName("nav_list")
        self.nav_list.setMaximumWidth(230)
        self.nav_list.setStyleSheet("QListWidget { font-size: 14px; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        # Workspaces are built when first opened: logging in costs only the home screen.
        self.workspaces: dict[str, QWidget] = {}
        self._specs = workspaces_for(actor.role)
        self._slots: dict[str, QWidget] = {}
        for index, spec in enumerate(self._specs):
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if index < 9:
                item.setToolTip(f"Ctrl+{index + 1}")
            self.nav_list.addItem(item)
            slot = QWidget()
            slot.setObjectName(f"slot_{spec.key}")
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots[spec.key] = slot
            self.stack.addWidget(slot)
        self.nav_list.currentRowChanged.connect(self._on_nav_list_row_changed)
        self.nav_list.setCurrentRow(0)

        splitter = QSplitter()
        splitter.addWidget(self.nav_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)

        self.banner_label = QLabel(self.tr("DEMO – invented data for training; never enter a real returnee here"))
        self.banner_label.setObjectName("demo_banner")
        self.banner_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner_label.setStyleSheet(BANNER_STYLE)
        self.banner_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.banner_label.setVisible(self.info.is_demo)

        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(0)
        work_layout.addWidget(self.banner_label)
        work_layout.addWidget(splitter)

        self.lock_page = LockPage()
        self.lock_page.unlock_requested.connect(self._on_lock_page_unlock_requested)
        self.lock_page.logout_requested.connect(self._on_logout)
        self.pages = QStackedWidget()
        self.pages.addWidget(work)
        self.pages.addWidget(self.lock_page)
        self.setCentralWidget(self.pages)

        self._build_menus(language)
        self._build_status_bar()
        self._build_shortcuts()
        self.idle = IdleWatcher(self.info.idle_lock_minutes * 60_000, self)
        self.idle.idled.connect(self.lock)

    # -- construction -------------------------------------------------------------------------
    def _build(self, spec: WorkspaceSpec) -> QWidget:
        factories: dict[str, Callable[[], QWidget]] = {
            "home": lambda: HomeWidget(self.services, self.info),
            "registry": lambda: RegistryWidget(self.services),
            "intake": lambda: IntakeWidget(self.services, self.info.country),
            "operators": lambda: OperatorsWidget(self.services, self.info.name),
            "training": lambda: TrainingWidget(self.services, self.info.name),
            "committee": lambda: CommitteeWidget(self.services, self.info.name),
            "admin": self._admin_widget,
            "ledger": lambda: LedgerWidget(self.services, self.info.name, self.info.currency),
            "followup": lambda: FollowupWidget(self.services, self.info.name),
            "exchange": lambda: ExchangeWidget(self.services),
        }
        widget = factories.get(spec.key, lambda: PlaceholderWidget(spec))()
        if isinstance(
            widget, RegistryWidget | IntakeWidget | LedgerWidget | FollowupWidget | HomeWidget | ExchangeWidget
        ):
            widget.case_file_requested.connect(self.open_case_file)
        if isinstance(widget, HomeWidget):
            widget.followup_requested.connect(self.show_followup)
            widget.workspace_requested.connect(self.show_workspace)
            widget.draft_requested.connect(self.open_draft)
        widget.setObjectName(f"workspace_{spec.key}")
        return widget

    def _build_menus(self, language: str) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        other = "desk" if self.info.is_demo else "demo"
        switch = QAction(
            self.tr("Open the desk's own database") if other == "desk" else self.tr("Open the demonstration desk"), self
        )
        switch.triggered.connect(lambda: self._confirm_leave() and self.switch_requested.emit(other))
        file_menu.addAction(switch)
        lock = QAction(self.tr("&Lock now"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        file_menu.addAction(lock)
        logout = QAction(self.tr("Log &out"), self)
        logout.triggered.connect(self._on_logout)
        file_menu.addAction(logout)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        lang_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("fr", "Français"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == language)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            group.addAction(action)
            lang_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About Guichet"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        self.user_label = QLabel(f"{self.actor.full_name} ({self.actor.username})")
        self.user_label.setObjectName("status_user")
        self.role_label = QLabel(role_label(self.actor.role))
        self.role_label.setObjectName("status_role")
        self.db_label = QLabel(self.tr("Database: {db}").format(db=self.info.database))
        self.db_label.setObjectName("status_db")
        for widget in (self.user_label, self.role_label):
            self.statusBar().addWidget(widget)
        self.statusBar().addPermanentWidget(self.db_label)

    def _build_shortcuts(self) -> None:
        for index in range(min(9, self.nav_list.count())):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_workspace_at(i))
            self.addAction(action)

    # -- behaviour ----------------------------------------------------------------------------
    def _admin_widget(self) -> AdminWidget:
        widget = AdminWidget(self.context, self.services)
        widget.restart_requested.connect(self.restart_requested)
        return widget

    def show_shortcuts(self) -> ShortcutsDialog:
        names = [self.nav_list.item(i).text() for i in range(self.nav_list.count())]
        dialog = ShortcutsDialog(names, self)
        dialog.show()
        return dialog

    def workspace(self, key: str) -> QWidget:
        """The workspace's widget, built on first use."""
        if key not in self.workspaces:
            spec = next(spec for spec in self._specs if spec.key == key)
            widget = self._build(spec)
            self._slots[key].layout().addWidget(widget)
            self.workspaces[key] = widget
        return self.workspaces[key]

    def current_workspace_key(self) -> str:
        return self._specs[self.stack.currentIndex()].key

    def _on_nav_list_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.workspace(self._specs[row].key)
        self.stack.setCurrentIndex(row)

    def workspace_keys(self) -> list[str]:
        return [self.nav_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav_list.count())]

    def show_workspace(self, key: str) -> None:
        """A workspace by its key, or one of its tabs as "workspace/tab" (e.g. "ledger/periods")."""
        key, _, tab = key.partition("/")
        self.show_workspace_at(self.workspace_keys().index(key))
        widget = self.workspace(key)
        if tab and hasattr(widget, "show_tab"):
            widget.show_tab(tab)

    def show_workspace_at(self, index: int) -> None:
        if not self.locked:
            self.nav_list.setCurrentRow(index)

    def open_draft(self, draft_id: int) -> None:
        """The intake interview with an unfinished draft restored, as if chosen in its "Resume a draft" list."""
        if "intake" not in self.workspace_keys():
            return
        self.show_workspace("intake")
        intake = self.workspace("intake")
        if isinstance(intake, IntakeWidget):
            intake.reload_drafts()
            index = intake.drafts_combo.findData(draft_id)
            if index > 0:
                intake.drafts_combo.setCurrentIndex(index)
                intake.drafts_combo.activated.emit(index)

    def show_followup(self, tab: str = "") -> None:
        """The follow-up calendar, on one of its tabs ("month", "week", "agenda", "overdue")."""
        if "followup" not in self.workspace_keys():
            return
        self.show_workspace("followup")
        widget = self.workspace("followup")
        if tab and isinstance(widget, FollowupWidget):
            widget.show_tab(tab)

    def open_case_file(self, case_id: int) -> CaseFileWindow | None:
        """Open (or bring forward) the case file of one case, beside the main window."""
        window = self.case_windows.get(case_id)
        if window is None or not window.isVisible():
            try:
                window = CaseFileWindow(self.services, case_id, self.info.name)
            except DeskError as exc:
                show_error(self, exc)
                return None
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda _obj=None, cid=case_id: self.case_windows.pop(cid, None))
            self.case_windows[case_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.idle.paused = True
        self._hidden_dialogs = hide_open_dialogs(self)
        self.menuBar().setEnabled(False)
        self.lock_page.prepare(self.actor.full_name)
        self.pages.setCurrentWidget(self.lock_page)
        self.lock_page.password_edit.setFocus()

    def _on_lock_page_unlock_requested(self, password: str) -> None:
        try:
            self.context.auth.verify_unlock(self.actor, password)
        except DeskError as exc:
            self.lock_page.error_label.setText(error_text(exc))
            self.lock_page.password_edit.clear()
            return
        self.locked = False
        self.pages.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        self.idle.paused = False
        self.idle.restart()

    def _confirm_leave(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Leave this desk?"), self.tr("Close this window? Anything not saved will be lost.")
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_logout(self) -> None:
        if self._confirm_leave():
            self.logout_requested.emit()

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Guichet"),
            self.tr(
                "<h3>Guichet {version}</h3><p>Reintegration desk: {desk}</p><p>Database: {db} ({backend}, schema "
                "{revision})</p>"
            ).format(
                version=__version__,
                desk=self.info.name,
                db=self.info.database,
                backend=self.info.backend,
                revision=self.info.schema_revision,
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.idle.stop()
        for timer in self.findChildren(QTimer):  # no late search or duplicate check after closing
            timer.stop()
        for window in list(self.case_windows.values()):
            window.close()
        super().closeEvent(event)
