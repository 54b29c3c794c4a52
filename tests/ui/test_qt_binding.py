"""The Qt binding in use keeps Python's reference counts right where the application leans on it hardest.

PySide6 6.12.0 released a reference to True on every Signal.emit(): a long import or the demonstration desk's
progress bar emits thousands of signals, and the interpreter then aborted at a random later moment ("bool_dealloc:
deallocating True or False"). pyproject.toml keeps that release out; this test fails on any release that does it.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QCheckBox

EMITS = 500


class _Emitter(QObject):
    progressed = Signal(int, int, str)
    toggled = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.received = 0

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, message: str) -> None:
        self.received += 1

    @Slot(bool)
    def on_toggled(self, value: bool) -> None:
        self.received += 1


def _counts() -> tuple[int, int]:
    gc.collect()
    return sys.getrefcount(True), sys.getrefcount(False)


def test_emitting_signals_leaves_true_and_false_counted(qapp):
    emitter = _Emitter()
    emitter.progressed.connect(emitter.on_progress)
    emitter.toggled.connect(emitter.on_toggled)
    emitter.progressed.emit(0, 1, "")  # anything created lazily on the first emit exists before counting
    emitter.toggled.emit(True)
    before = _counts()
    for i in range(EMITS):
        emitter.progressed.emit(i, EMITS, "")
        emitter.toggled.emit(i % 2 == 0)
    after = _counts()
    assert emitter.received == 2 * EMITS + 2
    # A leak of one reference per emit moves the counts by about 1,000; objects created meanwhile by a few.
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50, (before, after)


def test_widget_signals_leave_true_and_false_counted(qapp):
    box = QCheckBox()
    seen: list[bool] = []
    box.toggled.connect(seen.append)
    box.setChecked(True)
    box.setChecked(False)
    seen.clear()
    before = _counts()
    for _ in range(EMITS):
        box.setChecked(True)
        box.setChecked(False)
    del seen[:]
    after = _counts()
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50, (before, after)
