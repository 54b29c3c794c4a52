"""Kill an operation part-way, many times, and prove the desk keeps all of it or none of it.

For one operation (a registration, an import, a payment, …) the harness:

1. copies the operation's template database (SQLite's backup API, never a file copy) for every run;
2. calibrates once: runs the operation to its end in a child process, measuring how long it takes, how many
   events of each kind it goes through (statements, flushes, commits, SQLite VM steps) and every state the
   database passes through at a commit;
3. runs the operation again in a child (``python -m tests.faults.driver``) and kills it with SIGKILL, in turn
   at a random moment (a delay drawn by a seeded RNG over the operation's measured duration) and at a random
   hook inside it (the driver kills itself at the N-th event of a kind, through DESK_FAULT_KILL);
4. reopens the database and checks it: SQLite's integrity and foreign-key checks, the start-up check of the
   desk, the full-text index, the ledger's own verification; the row counts of every table equal one of the
   calibrated states (so no transaction was half kept); and the operation's own check says it is entirely there
   or entirely absent.

A failing run keeps its database and prints how to replay it.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.faults.driver import KINDS, table_counts

ROOT = Path(__file__).resolve().parents[2]
CHILD_TIMEOUT = 300  # seconds: a hung child is a failure, never a silent wait
TIMING_RUNS = 3  # uncounted runs whose median duration spreads the random kills


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


@dataclass(frozen=True)
class Template:
    """A database ready for one run of the operation, and what the driver needs to run it."""

    database: Path
    setup: Path  # the JSON handed to the driver
    values: dict[str, Any]


class Operation:
    """One kind of operation under test. Subclasses say how to build its template and how to check a run."""

    name = ""

    def prepare(self, base: Path, workdir: Path) -> Template:
        raise NotImplementedError

    def prepare_run(self, database: Path, template: Template) -> None:
        """Anything a run needs beside its copy of the database (a backup folder)."""

    def check(self, database: Path, template: Template) -> str:
        """Raise AssertionError unless the operation is entirely there or entirely absent; return which."""
        raise NotImplementedError

    def after_check(self, database: Path, template: Template, outcome: str) -> None:
        """Optionally carry on working on the reopened desk (the next action must succeed)."""


@dataclass
class Calibration:
    duration: float
    counts: dict[str, int]
    states: list[dict[str, int]]
    first: str = ""  # the operation's first event ("execute:1"): a kill there leaves nothing
    last: str = ""  # its last one: a kill there leaves all of it


@dataclass
class Run:
    number: int
    how: str  # "timer:0.0123" or "execute:17"
    returncode: int | None = None
    outcome: str = ""  # "present" or "absent"

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL


@dataclass
class Report:
    operation: str
    runs: list[Run] = field(default_factory=list)
    calibration: Calibration | None = None
    seconds: float = 0.0

    @property
    def killed(self) -> int:
        return sum(1 for r in self.runs if r.killed)

    def outcomes(self) -> Counter[str]:
        return Counter(r.outcome for r in self.runs)

    def summary(self) -> str:
        out = self.outcomes()
        kinds = Counter(r.how.split(":")[0] for r in self.runs if r.killed)
        return (
            f"{self.operation}: {len(self.runs)} runs, {self.killed} killed "
            f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}); "
            f"present {out['present']}, absent {out['absent']}; {self.seconds:.1f} s"
        )


class FaultHarness:
    def __init__(self, operation: Operation, base: Path, workdir: Path, *, seed: int = 20261130) -> None:
        self.operation = operation
        self.workdir = workdir
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(f"{seed}:{operation.name}")
        self.template = operation.prepare(base, workdir)
        self.home = workdir / "home"
        self.home.mkdir(exist_ok=True)
        self._serving: Server | None = None

    def _fresh(self, name: str) -> Path:
        database = copy_database(self.template.database, self.workdir / f"{name}.sqlite")
        self.operation.prepare_run(database, self.template)
        return database

    def _remove(self, database: Path) -> None:
        """The run's database and everything beside it that bears its name (logs, locks, backups)."""
        for path in self.workdir.glob(f"{database.stem}.*"):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)

    # -- the child ------------------------------------------------------------------------------------
    def _command(self, database: Path) -> list[str]:
        return [
            sys.executable,
            "-m",
            "tests.faults.driver",
            self.operation.name,
            str(database),
            str(self.template.setup),
        ]

    def _env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DESK_FAULT_")}
        env.update(DESK_HOME=str(self.home), DESK_LANG="en", PYTHONPATH=str(ROOT), **extra)
        env.pop("DESK_DATABASE_URL", None)
        return env

    def replay_hint(self, database: Path, how: str) -> str:
        fresh = database.with_name("replay.sqlite")
        copy, command = f"cd {ROOT} && cp {self.template.database} {fresh}", " ".join(self._command(fresh))
        if how.startswith("timer"):
            return f"{copy} && {command}  (killed by the harness {how.split(':')[1]} s after READY)"
        return f"{copy} && DESK_FAULT_KILL={how} {command}"

    def calibrate(self) -> Calibration:
        database = self._fresh("calibration")
        before = table_counts(database)
        done = subprocess.run(
            self._command(database),
            env=self._env(DESK_FAULT_COUNT="1"),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT,
        )
        if done.returncode != 0:
            raise AssertionError(f"the {self.operation.name} operation fails without any fault:\n{done.stderr}")
        duration, counts, states, ends = 0.0, dict.fromkeys(KINDS, 0), [before], {"FIRST": "", "LAST": ""}
        for line in done.stdout.splitlines():
            if line.startswith("DONE "):
                duration = float(line.split()[1])
            elif line.startswith("COUNTS "):
                counts = json.loads(line[7:])
            elif line.startswith("STATE "):
                states.append(json.loads(line[6:]))
            elif line.startswith(("FIRST ", "LAST ")):
                key, _, value = line.partition(" ")
                ends[key] = value
        states.append(table_counts(database))
        outcome = self.operation.check(database, self.template)
        assert outcome == "present", f"calibration: the completed {self.operation.name} is not all there"
        # Counting slowed that run down: time the operation as the killed runs will run it (forked, uncounted).
        timings = []
        for attempt in range(TIMING_RUNS):
            database = self._fresh(f"timing-{attempt}")
            server = self._server()
            server.send(self.operation.name, database, self.template.setup, None)
            done = server.expect("DONE ", "EXIT ")
            assert done.startswith("DONE "), f"the {self.operation.name} operation failed:\n{server.errors()}"
            timings.append(float(done.split()[1]))
            server.expect("EXIT ")
        median = sorted(timings)[len(timings) // 2] if timings else duration
        return Calibration(median, counts, states, ends["FIRST"], ends["LAST"])

    # -- one killed run -------------------------------------------------------------------------------
    def _plan(self, number: int, calibration: Calibration) -> str:
        """Even runs: a random moment. Odd runs: a random hook, the first and the last event included once each
        (a kill there must leave nothing, and all, of the operation)."""
        if number == 1 and calibration.first:
            return calibration.first
        if number == 3 and calibration.last:
            return calibration.last
        if number % 2 == 0:
            # a random moment over the operation's duration (a little past its end, so "finished" happens too)
            return f"timer:{self.rng.uniform(0.0, calibration.duration * 1.1):.4f}"
        kinds = [k for k in KINDS if calibration.counts.get(k, 0) > 0]
        kind = self.rng.choice(kinds)
        return f"{kind}:{self.rng.randint(1, calibration.counts[kind])}"

    def _run_child(self, database: Path, how: str) -> int | None:
        kind, _, value = how.partition(":")
        server = self._server()
        server.send(self.operation.name, database, self.template.setup, None if kind == "timer" else how)
        pid = int(server.expect("PID ").split()[1])
        line = server.expect("READY", "EXIT ")  # READY: the operation starts now
        if kind == "timer" and line.startswith("READY"):
            time.sleep(float(value))
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)  # the server has not reaped it yet: the pid is still this child's
        if not line.startswith("EXIT "):
            line = server.expect("EXIT ")
        code = int(line.split()[2])
        if code not in (0, -signal.SIGKILL):
            raise AssertionError(f"run {how}: the child failed by itself ({code}) before any kill:\n{server.errors()}")
        return code

    def _server(self) -> Server:
        if self._serving is None or not self._serving.alive:
            self._serving = Server(self._env(), self.workdir / "server.log")
        return self._serving

    def close(self) -> None:
        if self._serving is not None:
            self._serving.stop()
            self._serving = None

    def run(self, kills: int, *, calibration: Calibration | None = None) -> Report:
        try:
            return self._run(kills, calibration)
        finally:
            self.close()

    def _run(self, kills: int, calibration: Calibration | None) -> Report:
        started = time.perf_counter()
        calibration = calibration or self.calibrate()
        report = Report(self.operation.name, calibration=calibration)
        for number in range(kills):
            report.runs.append(self.run_once(number, self._plan(number, calibration), calibration))
        report.seconds = time.perf_counter() - started
        return report

    def run_once(self, number: int, how: str, calibration: Calibration) -> Run:
        """One run killed as `how` says ("timer:<seconds>" or "<kind>:<n>"), then checked."""
        database = self._fresh(f"run-{number:03d}")
        run = Run(number, how)
        run.returncode = self._run_child(database, how)
        try:
            run.outcome = self.check_database(database, calibration)
            self.operation.after_check(database, self.template, run.outcome)
        except AssertionError as exc:
            raise AssertionError(
                f"{self.operation.name}, run {number} ({how}): {exc}\n"
                f"database kept at {database}; replay: {self.replay_hint(database, how)}"
            ) from exc
        self._remove(database)
        return run

    # -- after the kill -------------------------------------------------------------------------------
    def check_database(self, database: Path, calibration: Calibration) -> str:
        from desk.models.db_checks import check_sqlite_file

        state = check_sqlite_file(database)
        assert state.ok, f"the desk's start-up check finds the file damaged ({state.damage})"
        check_integrity(database)
        counts = table_counts(database)
        if counts not in calibration.states:
            nearest = min(calibration.states, key=lambda s: sum(1 for k in s if s[k] != counts.get(k)))
            differ = {k: (nearest[k], counts.get(k)) for k in nearest if nearest[k] != counts.get(k)}
            raise AssertionError(f"the tables hold a state no commit produced (expected, found): {differ}")
        check_ledger(database)
        return self.operation.check(database, self.template)


class Server:
    """``python -m tests.faults.driver --serve``: one Python that imported everything and forks a child per run."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.log = log
        self._log_stream = log.open("a", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.driver", "--serve"],
            env=env,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log_stream,
            text=True,
            bufsize=1,
        )
        self.expect("SERVING")

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def send(self, op: str, database: Path, setup: Path, kill: str | None) -> None:
        assert self.process.stdin is not None
        request = {"op": op, "db": str(database), "setup": str(setup), "kill": kill}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()

    def expect(self, *prefixes: str) -> str:
        """The next line that starts with one of `prefixes` (other lines are the operation's own output)."""
        assert self.process.stdout is not None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise AssertionError(f"the fault server stopped:\n{self.errors()}")
            if line.startswith(prefixes):
                return line.strip()

    def errors(self) -> str:
        self._log_stream.flush()
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]

    def stop(self) -> None:
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        try:
            self.process.wait(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log_stream.close()


def check_integrity(database: Path) -> None:
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], "PRAGMA integrity_check"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == [], "PRAGMA foreign_key_check"
        triggers = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"persons_fts_insert", "persons_fts_delete", "persons_fts_update"} <= triggers, (
            f"search index triggers missing: {sorted(triggers)}"
        )
        try:
            connection.execute("INSERT INTO persons_fts(persons_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            raise AssertionError(f"the registry's search index does not match the persons: {exc}") from exc
        connection.rollback()
    finally:
        connection.close()


@contextmanager
def opened(database: Path) -> Iterator[Any]:
    """The desk's own context on the reopened database (as the application would open it)."""
    from desk.paths import sqlite_url
    from desk.services.context import DeskContext

    context = DeskContext(sqlite_url(database))
    try:
        yield context
    finally:
        context.close()


def check_ledger(database: Path) -> None:
    """The ledger's own verification, then everything `desk verify` checks (pages, keys, guards, audit chain)."""
    from desk.services.ledger_periods import verify_ledger_now
    from desk.services.verify_service import VerifyService

    with opened(database) as context:
        report = verify_ledger_now(context.session_factory)
        assert report.ok, "ledger verification: " + "; ".join(p.message for p in report.problems)
        full = VerifyService(context.session_factory, context.engine, context.label).run()
        assert full.ok, "desk verify: " + "; ".join(full.problems)


def query(database: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def one(database: Path, sql: str, *params: Any) -> Any:
    rows = query(database, sql, *params)
    return rows[0][0] if rows else None


def kills_wanted(default: int = 20) -> int:
    """FAULT_KILLS (``make faults`` sets 100) or the reduced count that CI runs."""
    return int(os.environ.get("FAULT_KILLS", default))
