"""PostgreSQL: the connection dropped mid-save (the backend killed with pg_terminate_backend, as a server restart
does), or while idle in the pool, or the server restarted for real. The desk says so plainly (no SQL), nothing
is half saved, and the next action reconnects by itself."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from desk.models.ledger import DisbursementRequest, LedgerEntry
from desk.models.returnee import Counter, Person
from desk.services.errors import DatabaseUnavailable
from desk.services.ledger_periods import verify_ledger_now
from tests.factories import intake_input, make_user
from tests.pg import PgServer

pytestmark = pytest.mark.postgres
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|COMMIT|psycopg|pg_|terminating|backend|sqlstate)\b", re.IGNORECASE)


@pytest.fixture
def backend() -> str:
    return "postgresql"


@pytest.fixture
def server(pg_server: tuple[PgServer | None, str]) -> PgServer:
    found, why = pg_server
    if found is None:
        pytest.skip(f"PostgreSQL not available: {why}")
    return found


def terminate(server: PgServer, pids: list[int]) -> None:
    """End these backends from another connection, as a restart would, and wait until they are gone."""
    with psycopg.connect(server.dsn(), autocommit=True) as admin:
        for pid in pids:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        for _ in range(200):  # pg_terminate_backend only signals: wait for the backends to exit
            alive = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(%s)", (pids,)).fetchone()
            if alive is None or alive[0] == 0:
                return
            time.sleep(0.05)
    raise AssertionError(f"backends {pids} still alive after pg_terminate_backend")


@contextmanager
def dropped_at(server: PgServer, hook: str) -> Iterator[list[int]]:
    """Kill the saving session's connection once, at `hook`: "after_flush" (rows sent, transaction open) or
    "before_commit" (everything sent, COMMIT about to be)."""
    killed: list[int] = []

    def kill(session: Session, *_: Any) -> None:
        if killed:
            return
        pid = int(session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
        killed.append(pid)
        terminate(server, [pid])

    event.listen(Session, hook, kill)
    try:
        yield killed
    finally:
        event.remove(Session, hook, kill)


def assert_plain(message: str) -> None:
    assert "connection to the database server was lost" in message
    assert "Nothing was saved" in message and "reconnects by itself" in message
    assert not SQL_WORDS.search(message), message


def count(context: Any, model: Any) -> int:
    with context.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize("hook", ["after_flush", "before_commit"])
def test_a_registration_cut_off_mid_save_is_absent_and_the_next_one_works(context, server, hook):
    agent = context.for_actor(make_user(context, "agent"))
    persons = count(context, Person)
    with dropped_at(server, hook) as killed, pytest.raises(DatabaseUnavailable) as caught:
        agent.intake.register_intake(intake_input(family="Coupure", given="Réseau", phone=None))
    assert killed, "the hook never ran"
    assert_plain(caught.value.message)
    assert count(context, Person) == persons  # nothing of it: no person, case, consent or audit row
    with context.session_factory() as session:
        assert session.scalar(select(Counter.value).where(Counter.name.like("case:%"))) is None
    # The next action reconnects by itself and works, once.
    registered = agent.intake.register_intake(intake_input(family="Coupure", given="Réseau", phone=None))
    assert registered.case_number.endswith("-000001")  # the number the cut-off save had drawn was given back
    assert count(context, Person) == persons + 1


def test_a_payment_cut_off_mid_save_leaves_the_ledger_as_it_was(context, server):
    from desk.services.ledger_dto import RequestInput
    from tests.unit.services.test_ledger import CASH, Desk

    desk = Desk(context)
    case_id = desk.approved_case()
    desk.paid_request(case_id, "pocket_money", 10_000)
    request_id = desk.agent.ledger.request(RequestInput(case_id, "pocket_money", 20_000, CASH))
    desk.manager.ledger.approve(request_id)
    with dropped_at(server, "after_flush"), pytest.raises(DatabaseUnavailable) as caught:
        desk.finance.ledger.pay(request_id)
    assert_plain(caught.value.message)
    with context.session_factory() as session:
        assert session.get(DisbursementRequest, request_id).status == "approved"
        assert session.scalar(select(func.count()).select_from(LedgerEntry)) == 1
    assert verify_ledger_now(context.session_factory).ok
    assert desk.finance.ledger.pay(request_id)[1] == 2  # paid on the next try, with the next receipt number
    assert verify_ledger_now(context.session_factory).ok


def test_connections_dropped_while_idle_are_replaced_without_a_word(context, server):
    agent = context.for_actor(make_user(context, "agent"))
    agent.intake.register_intake(intake_input(family="Avant", given="Coupure", phone=None))
    database = context.engine.url.database
    with psycopg.connect(server.dsn(), autocommit=True) as admin:
        pids = [
            row[0]
            for row in admin.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", (database,)
            )
        ]
    assert pids, "the pool holds no connection to drop"
    terminate(server, pids)
    # pool_pre_ping finds each dead connection before use and opens a new one: no error reaches the desk.
    assert agent.intake.register_intake(intake_input(family="Apres", given="Coupure", phone=None)).case_id
    assert len(agent.registry.search("coupure")) == 2


def test_a_server_restart_between_two_saves(context, server):
    if server.pg_ctl is None or server.process_dir is None:
        pytest.skip("the server is not this test session's own (DESK_TEST_POSTGRES_URL): it is not restarted")
    agent = context.for_actor(make_user(context, "agent"))
    agent.intake.register_intake(intake_input(family="Avant", given="Redemarrage", phone=None))
    data, log = server.process_dir / "data", server.process_dir / "log"
    # -l: the new server writes to its log file, not to a pipe this test would wait on for ever
    restart = [server.pg_ctl, "-D", str(data), "-l", str(log), "-m", "fast", "-w", "-t", "60", "restart"]
    subprocess.run([*(server.run_as or []), *restart], check=True, capture_output=True, timeout=120)
    assert agent.intake.register_intake(intake_input(family="Apres", given="Redemarrage", phone=None)).case_id
    with context.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM persons")).scalar() == 2
