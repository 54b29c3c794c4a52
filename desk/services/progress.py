"""Progress and cancellation for long operations, without Qt: the UI adapts them to its workers."""

from __future__ import annotations

import threading
from collections.abc import Callable

from desk.i18n import translate
from desk.services.errors import DeskError

# progress(done, total, message): total 0 means unknown.
ProgressCallback = Callable[[int, int, str], None]


def no_progress(_done: int, _total: int, _message: str) -> None:
    return None


class Cancelled(DeskError):
    def __init__(self) -> None:
        super().__init__(translate("Errors", "Cancelled: nothing was changed."))


class CancelToken:
    """Set from any thread; the service checks it between steps and rolls back when it is set."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
