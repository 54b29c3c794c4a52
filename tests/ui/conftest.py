"""UI fixtures: a demonstration desk to log into, and a way to answer modal dialogs."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desk.models.setting import DeskSetting
from desk.services.desk_service import IS_DEMO
from desk.ui.translator import install_translator


@pytest.fixture(autouse=True)
def _english_ui(qapp):
    install_translator("en")
    yield
    install_translator("en")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    """A job still running when its test ends (a home refresh after a window closed at once) ends before the test's
    database is closed, not during the next test."""
    QThreadPool.globalInstance().waitForDone(120_000)
    yield


@pytest.fixture(autouse=True)
def _nothing_outlives_the_test(qapp):
    """A deferred deletion or a cycle of Qt wrappers never runs on into the next test: each test's objects end
    within that test, where a fault they cause is the test's own."""
    yield
    assert QThreadPool.globalInstance().waitForDone(120_000), "a background job did not end"
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def demo_context(context):
    """A small demonstration desk: four role accounts (password 'demo') and 40 returnees."""
    with context.session_factory.begin() as s:
        s.get(DeskSetting, IS_DEMO).value = "1"
    context.demo.generate(40, seed=2)
    return context


def answer_next_dialog(callback: Callable[[QWidget], None], timeout_ms: int = 60_000) -> None:
    """Run `callback` on the next modal dialog as soon as it is shown (exec() blocks the test otherwise).

    A progress dialog is never the one a test answers: on a busy machine a long operation shows its progress
    before the dialog the test waits for, and answering it instead would leave the test blocked.
    """
    deadline = time.monotonic() + timeout_ms / 1000

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and not isinstance(dialog, QProgressDialog):
            callback(dialog)
            return
        if time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard does, accents included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
