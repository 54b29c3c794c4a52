"""Locking an unattended workstation: after the idle delay the window hides its content behind a
password page. Nothing is closed or reset, so whatever was being typed is still there after unlocking.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idled` when no keyboard or mouse activity reached the application for `interval_ms`."""

    idled = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idled)
        self.paused = False
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        self.restart()

    def restart(self) -> None:
        if not self.paused:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY and not self.paused:
            self._timer.start()
        return False


class LockPage(QWidget):
    """The page shown instead of the workspaces while locked."""

    unlock_requested = Signal(str)
    logout_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setObjectName("lock_title")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("unlock_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_edit.setMaximumWidth(320)
        self.error_label = QLabel()
        self.error_label.setObjectName("unlock_error_label")
        self.error_label.setStyleSheet("color: #a00000; font-weight: bold;")
        self.error_label.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlock_button")
        self.logout_button = QPushButton(self.tr("Log &out"))
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.password_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.logout_button.clicked.connect(self.logout_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.logout_button)
        buttons.addStretch()
        box = QVBoxLayout()
        box.addWidget(self.title_label)
        box.addWidget(QLabel(self.tr("This workstation was locked because nobody used it. Your work is kept.")))
        box.addWidget(self.password_edit)
        box.addWidget(self.error_label)
        box.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        row.addLayout(box)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch()

    def prepare(self, full_name: str) -> None:
        self.title_label.setText(self.tr("<h2>Locked – {name}</h2>").format(name=full_name))
        self.password_edit.clear()
        self.error_label.clear()
        self.password_edit.setFocus()

    def _on_unlock_button_clicked(self) -> None:
        self.unlock_requested.emit(self.password_edit.text())


def hide_open_dialogs(window: QWidget) -> list[QWidget]:
    """Dialogs and case files beside the window show personal data too: hide them while locked, reshow after."""
    hidden = []
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isWindow() and widget.isVisible():
            widget.hide()
            hidden.append(widget)
    return hidden
