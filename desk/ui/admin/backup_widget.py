"""Administration → Backups: the backups of this database, "Back up now", "Restore…", "Verify", the rotation and
the second destination. Backups, restores and checks run in the background behind a progress dialog.

After a restore the application must start again on the restored database: `restart_requested` is emitted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.backup_dto import (
    BOTH,
    HERE,
    BackupResult,
    BackupSettings,
    BackupStatus,
    BackupView,
    RestoreResult,
    human_size,
    kind_label,
)
from desk.services.backup_service import BackupService
from desk.services.backup_settings import LIMITS
from desk.services.errors import DeskError
from desk.ui.formatting import format_date, format_datetime
from desk.ui.messages import show_error
from desk.ui.table_models import DtoTableModel
from desk.ui.widgets import configure_table
from desk.ui.workers import Task, run_with_progress

Index = QModelIndex | QPersistentModelIndex
WARNING_STYLE = "color: #a00000; font-weight: bold;"
WHERE = {
    HERE: QT_TRANSLATE_NOOP("Columns", "backup folder"),
    BOTH: QT_TRANSLATE_NOOP("Columns", "backup folder and second destination"),
}


def _verified(view: BackupView) -> str:
    return translate("Columns", "yes") if view.verified else translate("Columns", "no")


class BackupTableModel(DtoTableModel):
    COL_TAKEN, COL_KIND, COL_SIZE, COL_VERIFIED, COL_FINGERPRINT, COL_WHERE = range(6)
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Taken"), lambda v: format_datetime(v.created_at)),
        (QT_TRANSLATE_NOOP("Columns", "Kind"), lambda v: kind_label(v.kind)),
        (QT_TRANSLATE_NOOP("Columns", "Size"), lambda v: human_size(v.size)),
        (QT_TRANSLATE_NOOP("Columns", "Verified"), _verified),
        (QT_TRANSLATE_NOOP("Columns", "Ledger fingerprint"), lambda v: v.fingerprint),
        (
            QT_TRANSLATE_NOOP("Columns", "Where"),
            lambda v: translate("Columns", WHERE.get(v.where, QT_TRANSLATE_NOOP("Columns", "second destination only"))),
        ),
    )

    def row_at(self, row: int) -> BackupView:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            view = self.row_at(index.row())
            return "\n".join(filter(None, (str(view.path), view.problem)))
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_VERIFIED:
            return None if self.row_at(index.row()).verified else QColor("#a00000")
        return super().data(index, role)


class BackupWidget(QWidget):
    restart_requested = Signal()
    backup_finished = Signal(object)  # BackupResult
    verify_finished = Signal(object)  # BackupView

    def __init__(self, service: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.task: Task | None = None
        self.status: BackupStatus | None = None

        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_label = QLabel()
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warning_label")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.hide()

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backup_button")
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setObjectName("verify_button")
        self.verify_button.setToolTip(self.tr("Check the selected backup again: is it still intact?"))
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.clicked.connect(self.reload)

        self.model = BackupTableModel()
        self.table_view = configure_table(QTableView(), "backups_table")
        self.table_view.setModel(self.model)
        self.table_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.second_edit = QLineEdit()
        self.second_edit.setObjectName("second_edit")
        self.second_edit.setReadOnly(True)
        self.second_edit.setPlaceholderText(self.tr("none"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setObjectName("choose_button")
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button = QPushButton(self.tr("No&ne"))
        self.clear_button.clicked.connect(self.second_edit.clear)
        self.spins: dict[str, QSpinBox] = {}
        for name, (low, high) in LIMITS.items():
            spin = QSpinBox()
            spin.setObjectName(f"{name}_spin")
            spin.setRange(low, high)
            spin.setFixedWidth(110)
            self.spins[name] = spin
        self.save_button = QPushButton(self.tr("&Save these settings"))
        self.save_button.setObjectName("save_backup_settings_button")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.saved_label = QLabel()
        self._layout()
        self.reload()

    def _layout(self) -> None:
        status = QFormLayout()
        status.addRow(self.tr("Backup folder"), self.folder_label)
        status.addRow(self.tr("Last backup"), self.last_label)
        status.addRow(self.tr("Next backup"), self.next_label)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.verify_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.refresh_button)

        second = QHBoxLayout()
        second.addWidget(self.second_edit, 1)
        second.addWidget(self.choose_button)
        second.addWidget(self.clear_button)
        form = QFormLayout()
        second_label = QLabel(self.tr("Second &destination"))
        second_label.setBuddy(self.choose_button)
        form.addRow(second_label, second)
        form.addRow(self.tr("Daily backups kept"), self.spins["keep_daily"])
        form.addRow(self.tr("Weekly backups kept"), self.spins["keep_weekly"])
        form.addRow(self.tr("Monthly backups kept"), self.spins["keep_monthly"])
        self.spins["safety_weeks"].setSuffix(self.tr(" weeks"))
        form.addRow(self.tr("Manual and safety backups kept at least"), self.spins["safety_weeks"])
        save = QHBoxLayout()
        save.addWidget(self.save_button)
        save.addWidget(self.saved_label, 1)
        form.addRow(save)
        settings = QGroupBox(self.tr("Rotation and second destination"))
        settings.setLayout(form)
        settings.setMaximumWidth(900)

        layout = QVBoxLayout(self)
        layout.addLayout(status)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(settings)

    # -- showing --------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.status = status = self._service.status()
        except DeskError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(status.backups)
        for col, width in ((0, 130), (1, 170), (2, 80), (3, 70), (4, 170)):
            self.table_view.setColumnWidth(col, width)
        self.folder_label.setText(str(status.folder))
        last = status.last
        if last is None:
            self.last_label.setText(self.tr("none yet"))
        else:
            when, kind = format_datetime(last.created_at), kind_label(last.kind)
            self.last_label.setText(self.tr("{when} ({kind}), verified").format(when=when, kind=kind))
        self.next_label.setText(self._next_text(status))
        self.second_edit.setText(status.settings.second_destination)
        for name, spin in self.spins.items():
            spin.setValue(getattr(status.settings, name))
        if status.second_reachable is False:
            self._warn(self.tr("The second destination cannot be reached now (is the drive plugged in?)."))
        elif status.tools_problem:
            self._warn(status.tools_problem)
        self._update_buttons()

    def _next_text(self, status: BackupStatus) -> str:
        if status.next_due is None:
            return self.tr(
                "On PostgreSQL, automatic backups are made on the server (schedule “desk backup” there every day)."
            )
        return self.tr("Daily, at the first start of Guichet on {day}; and each time Guichet is closed.").format(
            day=format_date(status.next_due)
        )

    def _tell(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))

    def _warn(self, text: str) -> None:
        self.warning_label.setText(text)
        self.warning_label.setVisible(bool(text))

    def _selected(self) -> BackupView | None:
        rows = self.table_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        busy = self.task is not None and not self.task.done
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not busy)
        self.verify_button.setEnabled(not busy and self._selected() is not None)

    # -- backing up -----------------------------------------------------------------------------------------------
    def _run(self, title: str, fn: Any, on_done: Any) -> None:
        self.task = run_with_progress(self, title, fn, on_done, self._on_task_failed)
        self._update_buttons()

    def _on_task_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        show_error(self, exc)

    def _on_backup_button_clicked(self) -> None:
        self._warn("")
        service = self._service
        self._run(
            self.tr("Backing up…"),
            lambda progress, cancel: service.back_up_now(progress=progress, cancel=cancel),
            self._on_backup_done,
        )

    def _on_backup_done(self, result: BackupResult) -> None:
        self.reload()
        self._tell(result.summary())
        self._warn(result.second_problem)
        self.backup_finished.emit(result)

    def _on_verify_button_clicked(self) -> None:
        view = self._selected()
        if view is None:
            return
        service = self._service
        self._run(
            self.tr("Checking the backup…"),
            lambda progress, cancel: service.verify_backup(view.path, progress=progress, cancel=cancel),
            self._on_verify_done,
        )

    def _on_verify_done(self, view: BackupView) -> None:
        self.reload()
        if view.verified:
            self._tell(self.tr("{name}: intact.").format(name=view.name))
            self._warn("")
        else:
            self._warn(self.tr("{name}: {problem}").format(name=view.name, problem=view.problem))
        self.verify_finished.emit(view)

    # -- restoring ------------------------------------------------------------------------------------------------
    def _on_restore_button_clicked(self) -> None:
        selected = self._selected()
        start = str(selected.path if selected else self._service.folder)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            start,
            self.tr("Guichet backups (*.sqlite *.dump);;All files (*)"),
        )
        if not name:
            return
        path = Path(name)
        question = self.tr(
            "Replace the database by the backup {name}?\n\n"
            "1. The backup is checked completely first (integrity, row counts, the ledger's chain); if anything is "
            "wrong, nothing changes.\n"
            "2. The database as it is now is kept as a “before restore” backup.\n"
            "3. Guichet then starts again on the restored database. Everything entered since that backup will not "
            "be in it. Every other workstation must close Guichet first."
        ).format(name=path.name)
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self._service
        self._run(
            self.tr("Restoring…"),
            lambda progress, cancel: service.restore(path, progress=progress, cancel=cancel),
            self._on_restore_done,
        )

    def _on_restore_done(self, result: RestoreResult) -> None:
        QMessageBox.information(
            self,
            self.tr("Backup restored"),
            result.summary() + "\n\n" + self.tr("Guichet now starts again on the restored database."),
        )
        self.restart_requested.emit()

    # -- settings -------------------------------------------------------------------------------------------------
    def _on_choose_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Second destination: a USB drive or a network folder"), self.second_edit.text()
        )
        if folder:
            self.second_edit.setText(folder)

    def _on_save_button_clicked(self) -> None:
        values = {name: spin.value() for name, spin in self.spins.items()}
        try:
            self._service.update_settings(BackupSettings(**values, second_destination=self.second_edit.text()))
        except DeskError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.saved_label.setText(self.tr("Saved."))
