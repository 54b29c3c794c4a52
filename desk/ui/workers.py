"""The one place that runs work off the GUI thread (QThreadPool) and posts results back to it.

Services accept Qt-free progress and cancel callbacks; this module adapts them to signals, so a
long service call shows a progress bar with Cancel and never freezes the window.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk.i18n import translate
from desk.services.errors import DeskError
from desk.services.progress import Cancelled, CancelToken

log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, token: CancelToken) -> None:
        super().__init__()
        self._fn, self._signals, self._token = fn, signals, token
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(progress=self._signals.progressed.emit, cancel=self._token)
        except BaseException as exc:  # everything goes back to the GUI thread, nothing dies silently
            if not isinstance(exc, DeskError):
                log.error("background job failed: %s", "".join(traceback.format_exception_only(exc)).strip())
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class Task(QObject):
    """A running job: its signals arrive on the GUI thread; cancel() asks the service to stop and roll back."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self.done = False
        self._signals = _Signals()
        self._signals.progressed.connect(self.progressed)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    def cancel(self) -> None:
        self.token.cancel()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.done = True
        self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.done = True
        self.failed.emit(exc)


def run_in_background(fn: Callable[..., Any], parent: QObject | None = None) -> Task:
    """Run fn(progress=..., cancel=...) on the thread pool; connect to the returned Task's signals."""
    task = Task(parent)
    QThreadPool.globalInstance().start(_Job(fn, task._signals, task.token))
    return task


def run_with_progress(
    parent: QWidget,
    title: str,
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """Run fn in the background behind a modal progress dialog with a Cancel button."""
    dialog = QProgressDialog(title, translate("Workers", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = run_in_background(fn, parent)
    dialog.canceled.connect(task.cancel)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done if total else 0)
        if message:
            dialog.setLabelText(message)

    def finished(result: object) -> None:
        dialog.reset()
        dialog.close()
        on_done(result)

    def failed(exc: object) -> None:
        dialog.reset()
        dialog.close()
        if not isinstance(exc, Cancelled):
            on_error(exc)  # type: ignore[arg-type]

    task.progressed.connect(progressed)
    task.finished.connect(finished)
    task.failed.connect(failed)
    return task
