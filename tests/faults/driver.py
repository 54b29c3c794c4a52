"""The fault harness's child: ``python -m tests.faults.driver OP DB SETUP.json`` runs one operation on the
SQLite desk at DB, the way the application runs it, so that the harness can kill it (SIGKILL) part-way.

Prints ``READY`` once everything is imported and the operation is about to start, then ``DONE <seconds>``.
``python -m tests.faults.driver --serve`` imports once and forks one such child per request (see ``serve``).

Environment:
  DESK_FAULT_KILL=KIND:N   kill this process (SIGKILL) at the N-th event of KIND once the operation started:
                           execute   after a statement ran (between the statements of a transaction)
                           flush     after the ORM flushed (rows sent, nothing committed)
                           commit    just before the driver's COMMIT
                           committed just after a transaction committed
                           vm        inside a statement, every VM_STEP steps of SQLite's virtual machine
                           rename    just before a file is renamed (os.replace: backups, restores)
                           fsync     just after a file was flushed to disk (os.fsync)
  DESK_FAULT_COUNT=1       count those events (printed as ``COUNTS {json}``, with the ``FIRST`` and ``LAST``
                           events) and print each state the database reaches at a commit (``STATE {json}``): the
                           states a kill may leave it in.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

KINDS = ("execute", "flush", "commit", "committed", "vm", "rename", "fsync")
VM_STEP = 2_000


def say(line: str) -> None:
    """One protocol line in one write (the server and its child share the pipe)."""
    sys.stdout.flush()
    os.write(sys.stdout.fileno(), (line + "\n").encode("utf-8"))


def table_counts(path: Path | str) -> dict[str, int]:
    """Rows per table (FTS shadow tables aside: the harness checks the index with FTS5's own integrity-check)."""
    connection = sqlite3.connect(path, uri=str(path).startswith("file:"))
    try:
        names = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not name.startswith(("persons_fts", "sqlite_"))
        ]
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        connection.close()


class Hooks:
    def __init__(self, database: str, kill: tuple[str, int] | None, counting: bool) -> None:
        self.database = database
        self.kill = kill
        self.counting = counting
        self.counts = dict.fromkeys(KINDS, 0)
        self.armed = False
        self.first = self.last = ""

    def hit(self, kind: str) -> int:
        if self.armed:
            self.counts[kind] += 1
            self.last = f"{kind}:{self.counts[kind]}"
            self.first = self.first or self.last
            if self.kill is not None and self.kill == (kind, self.counts[kind]):
                os.kill(os.getpid(), signal.SIGKILL)
        return 0  # a progress handler that returns 0 lets SQLite carry on

    def committed(self) -> None:
        self.hit("committed")
        if self.armed and self.counting:
            say("STATE " + json.dumps(table_counts(self.database)))

    def install(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine
        from sqlalchemy.orm import Session
        from sqlalchemy.pool import Pool

        event.listen(Engine, "after_cursor_execute", lambda *_: self.hit("execute"))
        event.listen(Engine, "commit", lambda *_: self.hit("commit"))
        event.listen(Session, "after_flush", lambda *_: self.hit("flush"))
        event.listen(Session, "after_commit", lambda *_: self.committed())

        def on_connect(dbapi_connection: Any, _record: Any) -> None:
            if isinstance(dbapi_connection, sqlite3.Connection):
                dbapi_connection.set_progress_handler(lambda: self.hit("vm"), VM_STEP)

        event.listen(Pool, "connect", on_connect)

        real_replace, real_fsync = os.replace, os.fsync

        def replace(*args: Any, **kwargs: Any) -> None:
            self.hit("rename")
            real_replace(*args, **kwargs)

        def fsync(fd: Any) -> None:
            real_fsync(fd)
            self.hit("fsync")

        os.replace, os.fsync = replace, fsync  # type: ignore[assignment]


def _session_factory(database: str) -> Any:
    from desk.models.db import make_engine, make_session_factory
    from desk.paths import sqlite_url

    return make_session_factory(make_engine(sqlite_url(Path(database))))


def prepare_register(database: str, setup: dict[str, Any]) -> Callable[[], object]:
    from desk.services.dto import Actor
    from desk.services.intake_service import IntakeService
    from tests.factories import intake_input

    service = IntakeService(_session_factory(database), Actor(**setup["agent"]))
    data = intake_input(family=setup["family"], given="Coupure", phone=setup["phone"], id_number=setup["id_number"])
    return lambda: service.register_intake(data)


def prepare_register_in_two_steps(database: str, setup: dict[str, Any]) -> Callable[[], object]:
    """A registration written the wrong way (the person, then the case in a second transaction): the harness's
    own test proves that a kill between the two is caught."""
    from desk.models.returnee import Person
    from desk.services.dto import Actor
    from desk.services.intake_service import IntakeService
    from desk.services.uow import writing
    from tests.factories import intake_input

    session_factory, actor = _session_factory(database), Actor(**setup["agent"])

    def go() -> object:
        with writing(session_factory, actor) as session:
            person = Person(family_name=setup["family"], given_names="Coupure", sex="F", nationality="CM")
            session.add(person)
            session.flush()
            person_id = person.id
        data = intake_input(family=setup["family"], given="Coupure", phone=None, existing_person_id=person_id)
        return IntakeService(session_factory, actor).register_intake(data)

    return go


def prepare_import(database: str, setup: dict[str, Any]) -> Callable[[], object]:
    from desk.cli import run

    os.environ["DESK_PASSWORD"] = setup["password"]
    argv = ["import", "returnees", setup["workbook"], "--db", database, "--user", setup["manager"]]

    def go() -> object:
        code = run(argv)
        if code != 0:
            raise SystemExit(f"desk import exited with {code}")
        return code

    return go


def prepare_pay(database: str, setup: dict[str, Any]) -> Callable[[], object]:
    from desk.services.dto import Actor
    from desk.services.ledger_service import LedgerService

    service = LedgerService(_session_factory(database), Actor(**setup["finance"]))
    return lambda: service.pay(setup["request_id"])


def backups_of(database: str) -> Path:
    """Each run's own backup folder, next to its database."""
    return Path(database).with_suffix(".backups")


def _backup_service(database: str, setup: dict[str, Any]) -> Any:
    from desk.models.db import make_engine, make_session_factory
    from desk.paths import sqlite_url
    from desk.services.backup_service import BackupService
    from desk.services.dto import Actor

    engine = make_engine(sqlite_url(Path(database)))
    return BackupService(engine, make_session_factory(engine), Actor(**setup["admin"]), backups_of(database))


def prepare_backup(database: str, setup: dict[str, Any]) -> Callable[[], object]:
    service = _backup_service(database, setup)
    return lambda: service.back_up_now()


def prepare_restore(database: str, setup: dict[str, Any]) -> Callable[[], object]:
    service = _backup_service(database, setup)
    backup = backups_of(database) / setup["backup"]
    return lambda: service.restore(backup)


OPERATIONS: dict[str, Callable[[str, dict[str, Any]], Callable[[], object]]] = {
    "register": prepare_register,
    "register_in_two_steps": prepare_register_in_two_steps,
    "import": prepare_import,
    "pay": prepare_pay,
    "backup": prepare_backup,
    "restore": prepare_restore,
}


def _kill_spec(text: str | None) -> tuple[str, int] | None:
    if not text:
        return None
    kind, _, n = text.partition(":")
    return kind, int(n)


def _load() -> None:
    """Everything the operations import, loaded once (before the server forks its children)."""
    from argon2 import PasswordHasher

    from desk.i18n import set_language
    from desk.services import passwords

    passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))  # as the tests' template
    set_language("en")


def run_operation(hooks: Hooks, op: str, setup_file: str) -> None:
    setup = json.loads(Path(setup_file).read_text(encoding="utf-8"))
    operation = OPERATIONS[op](hooks.database, setup)
    say("READY")
    hooks.armed = True
    started = time.perf_counter()
    operation()
    elapsed = time.perf_counter() - started
    hooks.armed = False
    say(f"DONE {elapsed:.4f}")
    if hooks.counting:
        say("COUNTS " + json.dumps(hooks.counts))
        say(f"FIRST {hooks.first}")
        say(f"LAST {hooks.last}")


def serve() -> int:
    """``--serve``: import once, then fork one child per request read from stdin (a JSON line: op, db, setup,
    kill). Prints ``PID n`` for the harness to kill, relays the child's lines, then ``EXIT n status``.

    A forked child is a real process that opens its own connections, runs the same code as the one-shot mode
    and dies by the same SIGKILL; only Python's start-up (a second or more) is paid once instead of every run.
    """
    hooks = Hooks("", None, False)
    hooks.install()
    for module in ("desk.cli", "desk.services.backup_service", "desk.services.intake_service", "tests.factories"):
        __import__(module)
    _load()
    say("SERVING")
    while line := sys.stdin.readline():
        request = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the child: run, then leave without the parent's clean-up
            code = 0
            try:
                hooks.database = request["db"]
                hooks.kill = _kill_spec(request.get("kill"))
                hooks.counting = bool(request.get("count"))
                run_operation(hooks, request["op"], request["setup"])
            except BaseException:
                import traceback

                traceback.print_exc()
                code = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        say(f"PID {pid}")
        _, status = os.waitpid(pid, 0)
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        say(f"EXIT {pid} {code}")
    return 0


def main(argv: list[str]) -> int:
    if argv == ["--serve"]:
        return serve()
    op, database, setup_file = argv
    counting = os.environ.get("DESK_FAULT_COUNT") == "1"
    hooks = Hooks(database, _kill_spec(os.environ.get("DESK_FAULT_KILL")), counting)
    hooks.install()
    _load()
    run_operation(hooks, op, setup_file)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
