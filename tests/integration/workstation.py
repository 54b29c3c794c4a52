"""Workstations in their own processes, for the concurrency tests.

Each workstation is a spawned process with its own engine and connections, like a second office computer on
the same database. It waits for jobs; for each one it waits at the shared barrier (so every workstation acts at
the same moment), calls one service method and reports what the person at the desk would see: the result, or
the class and message of the error.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from dataclasses import dataclass
from multiprocessing.context import SpawnContext, SpawnProcess
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import Any

from desk.services.dto import Actor

GUARD_SECONDS = 120  # only against a hang: a race that never ends fails the test instead of blocking CI
RELEASE = "release"


@dataclass(frozen=True)
class Job:
    url: str
    actor: Actor
    service: str  # field of ActorServices
    method: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] | None = None


@dataclass(frozen=True)
class Outcome:
    workstation: int
    kind: str  # "ok", or the class name of the error
    value: Any = None  # the method's result, or the error's message

    @property
    def ok(self) -> bool:
        return self.kind == "ok"


def serve(number: int, jobs: Queue[Job | str | None], results: Queue[Outcome], barrier: Barrier) -> None:
    """The workstation's loop (runs in the child process)."""
    from desk.i18n import set_language
    from desk.services.context import DeskContext
    from desk.services.errors import DeskError

    os.environ["DESK_LANG"] = "en"
    set_language("en")
    contexts: dict[str, DeskContext] = {}
    while (job := jobs.get()) is not None:
        if job == RELEASE:  # the test's database is about to be dropped: let go of its connections
            for old in contexts.values():
                old.close()
            contexts = {}
            continue
        assert isinstance(job, Job)
        try:
            context = contexts.get(job.url) or contexts.setdefault(job.url, DeskContext(job.url))
            method = getattr(getattr(context.for_actor(job.actor), job.service), job.method)
        except BaseException as exc:
            barrier.wait(GUARD_SECONDS)  # never leave the others waiting at the barrier
            results.put(Outcome(number, "crash", "".join(traceback.format_exception(exc))))
            continue
        barrier.wait(GUARD_SECONDS)
        try:
            value = method(*job.args, **(job.kwargs or {}))
        except DeskError as exc:
            results.put(Outcome(number, type(exc).__name__, exc.message))
        except BaseException as exc:  # reported, not raised: the parent names it in the failure
            results.put(Outcome(number, "crash", "".join(traceback.format_exception(exc))))
        else:
            results.put(Outcome(number, "ok", value))
    for context in contexts.values():
        context.close()


class Workstations:
    """Two (or more) workstation processes and the barrier they share with the test."""

    def __init__(self, count: int = 2) -> None:
        self._ctx: SpawnContext = multiprocessing.get_context("spawn")
        self.barrier = self._ctx.Barrier(count + 1)  # the workstations and the test itself
        self.results: Queue[Outcome] = self._ctx.Queue()
        self._jobs: list[Queue[Job | str | None]] = [self._ctx.Queue() for _ in range(count)]
        self._processes: list[SpawnProcess] = [
            self._ctx.Process(target=serve, args=(n, self._jobs[n], self.results, self.barrier), daemon=True)
            for n in range(count)
        ]
        for process in self._processes:
            process.start()

    def send(self, jobs: list[Job]) -> None:
        """Give each workstation its job; they start together once the test also reaches the barrier."""
        for queue, job in zip(self._jobs, jobs, strict=True):
            queue.put(job)

    def collect(self, count: int | None = None) -> list[Outcome]:
        outcomes = [self.results.get(timeout=GUARD_SECONDS) for _ in range(count or len(self._jobs))]
        return sorted(outcomes, key=lambda o: o.workstation)

    def poll(self) -> list[Outcome]:
        """Outcomes already reported, without waiting."""
        found = []
        while not self.results.empty():
            found.append(self.results.get(timeout=GUARD_SECONDS))
        return found

    def release(self) -> None:
        """Every workstation closes its connections (before the test's database is dropped)."""
        for queue in self._jobs:
            queue.put(RELEASE)

    def close(self) -> None:
        for queue in self._jobs:
            queue.put(None)
        for process in self._processes:
            process.join(GUARD_SECONDS)
            if process.is_alive():  # pragma: no cover - only after a hang
                process.terminate()
                process.join()
