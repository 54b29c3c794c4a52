"""Background jobs: a closed window never receives (nor deletes) what its job was doing; closing waits for jobs."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from desk.services.progress import Cancelled
from desk.ui import workers
from desk.ui.workers import cancel_and_wait, run_in_background


def _held_job(release: threading.Event, started: threading.Event):
    def job(progress, cancel):
        started.set()
        while not release.wait(0.01):
            if cancel.cancelled:
                raise Cancelled()
        return "done"

    return job


def test_a_result_reaches_its_owner(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    task = run_in_background(lambda progress, cancel: 42, owner)
    with qtbot.waitSignal(task.finished, timeout=10_000) as finished:
        pass
    assert finished.args == [42] and task.done


def test_the_owner_closed_while_its_job_runs_gets_nothing_and_the_job_is_stopped(qtbot):
    owner = QWidget()
    release, started = threading.Event(), threading.Event()
    task = run_in_background(_held_job(release, started), owner)
    received: list[object] = []
    task.finished.connect(received.append)
    task.failed.connect(received.append)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    owner.deleteLater()  # the window goes while the job still works
    qtbot.waitUntil(lambda: task.token.cancelled, timeout=10_000)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)  # the job reported back, to a task still alive
    assert received == []  # nothing handed to a widget that no longer exists
    qtbot.waitUntil(lambda: task not in workers._running, timeout=10_000)


def test_closing_the_database_waits_for_running_jobs(qtbot):
    release, started = threading.Event(), threading.Event()
    task = run_in_background(_held_job(release, started))
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert cancel_and_wait(10_000)  # asked to stop, and waited for
    assert task.token.cancelled
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
