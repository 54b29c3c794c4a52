"""The one place that runs work off the GUI thread (QThreadPool) and posts results back to it.

Services accept Qt-free progress and cancel callbacks; this module adapts them to signals, so a
long service call shows a progress bar with Cancel and never freezes the window.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
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


# Tasks whose job has not reported back yet. A task is never a child of a widget: closing a window while its job
# runs must not delete, on the GUI thread, the object the job is emitting from on its own thread.
_running: set[Task] = set()


class Task(QObject):
    """A running job: its signals arrive on the GUI thread; cancel() asks the service to stop and roll back.

    `owner` is the widget the result is for: once it is gone, the result is dropped instead of being handed to
    a window that no longer exists.
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, owner: QObject | None = None) -> None:
        super().__init__(None)
        self.token = CancelToken()
        self.done = False
        self._owner_gone = False
        # The job's signals belong to the task (C++ ownership): the worker thread dropping its last Python reference
        # to them never deletes them there.
        self._signals = _Signals(self)
        self._signals.progressed.connect(self._on_progressed)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        if owner is not None:
            owner.destroyed.connect(self._on_owner_destroyed)
        _running.add(self)

    def cancel(self) -> None:
        self.token.cancel()

    @Slot()
    def _on_owner_destroyed(self) -> None:
        self._owner_gone = True
        self.token.cancel()

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, message: str) -> None:
        if not self._owner_gone:
            self.progressed.emit(done, total, message)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._end()
        if not self._owner_gone:
            self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._end()
        if not self._owner_gone:
            self.failed.emit(exc)

    def _end(self) -> None:
        self.done = True
        # Released on a later turn of the event loop, never inside the slot the job's last signal is calling.
        QTimer.singleShot(0, lambda: _running.discard(self))


def run_in_background(fn: Callable[..., Any], owner: QObject | None = None) -> Task:
    """Run fn(progress=..., cancel=...) on the thread pool; connect to the returned Task's signals."""
    task = Task(owner)
    QThreadPool.globalInstance().start(_Job(fn, task._signals, task.token))
    return task


def cancel_and_wait(timeout_ms: int = 120_000) -> bool:
    """Before a database is closed: ask every running job to stop, then wait for them (False when one did not end)."""
    for task in list(_running):
        task.cancel()
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))


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
        _dismiss(dialog)
        on_done(result)

    def failed(exc: object) -> None:
        _dismiss(dialog)
        if not isinstance(exc, Cancelled):
            on_error(exc)  # type: ignore[arg-type]

    task.progressed.connect(progressed)
    task.finished.connect(finished)
    task.failed.connect(failed)
    return task


def _dismiss(dialog: QProgressDialog) -> None:
    """The progress dialog closed and released (each operation has its own; none piles up under the widget)."""
    dialog.reset()
    dialog.close()
    dialog.deleteLater()
