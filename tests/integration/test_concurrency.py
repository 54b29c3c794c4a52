"""Several workstations on one database, acting at the same moment: exactly one wins, the other is told plainly.

Each race runs in two real processes (tests/integration/workstation.py), started together by a barrier.
On PostgreSQL the test makes the worst interleaving happen every time instead of hoping for it: it holds a lock
on the row the race is about, lets both workstations start, waits until both are inside their transactions and
queued behind that lock, then lets go. On SQLite, where BEGIN IMMEDIATE serialises writers, the barrier alone
starts them together. Every race is repeated ROUNDS times.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select, text

from desk.models.ledger import DisbursementRequest, LedgerEntry
from desk.models.plan import Plan
from desk.models.training import Enrolment
from desk.services.context import DeskContext
from desk.services.errors import Conflict
from desk.services.ledger_dto import RequestInput
from desk.services.ledger_verify import verify_ledger
from desk.services.plan_service import PlanLineData
from desk.services.training_service import SEATED
from tests.factories import course_input, intake_input, make_user, session_input
from tests.integration.workstation import GUARD_SECONDS, Job, Outcome, Workstations
from tests.unit.services.test_ledger import CASH, Desk
from tests.unit.services.test_plans import SALON

ROUNDS = 5


@pytest.fixture(scope="module")
def stations() -> Iterator[Workstations]:
    started = Workstations(2)
    yield started
    started.close()


@pytest.fixture
def workstations(stations: Workstations, context: DeskContext) -> Iterator[Workstations]:
    yield stations
    stations.release()


def _waiting_on_locks(context: DeskContext, except_pid: int) -> int:
    with context.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        return int(
            conn.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND backend_type = 'client backend' AND wait_event_type = 'Lock' AND pid <> :pid"
                ),
                {"pid": except_pid},
            )
            or 0
        )


@contextmanager
def _held(context: DeskContext, table: str, row_id: int) -> Iterator[int | None]:
    """PostgreSQL: hold the row's lock (FOR UPDATE) for the block; yields our backend's pid (None on SQLite)."""
    if context.backend != "postgresql":
        yield None
        return
    with context.engine.connect() as conn, conn.begin() as transaction:
        conn.execute(text(f"SELECT id FROM {table} WHERE id = :id FOR UPDATE"), {"id": row_id})  # noqa: S608
        yield int(conn.scalar(text("SELECT pg_backend_pid()")) or 0)
        transaction.rollback()


def race(context: DeskContext, workstations: Workstations, jobs: list[Job], table: str, row_id: int) -> list[Outcome]:
    """Run the jobs at the same moment, one per workstation; the outcomes in workstation order."""
    done: list[Outcome] = []
    with _held(context, table, row_id) as pid:
        workstations.send(jobs)
        workstations.barrier.wait(GUARD_SECONDS)
        if pid is not None:
            # Let go only once every workstation is inside its transaction, queued behind our lock.
            polls = int(GUARD_SECONDS / 0.005)  # a bound on the wait, so a broken run fails instead of hanging
            while (queued := _waiting_on_locks(context, pid)) < len(jobs) - len(done):
                done += workstations.poll()
                polls -= 1
                if polls < 0:
                    pytest.fail(f"the workstations never queued up: {done}")
                time.sleep(0.005)
            assert not done and queued == len(jobs), f"a workstation finished without meeting the lock: {done}"
    outcomes = sorted(done + workstations.collect(len(jobs) - len(done)), key=lambda o: o.workstation)
    crashes = [o.value for o in outcomes if o.kind == "crash"]
    assert not crashes, "\n".join(crashes)
    return outcomes


def _one_winner(outcomes: list[Outcome]) -> tuple[Outcome, Outcome]:
    winners = [o for o in outcomes if o.ok]
    losers = [o for o in outcomes if not o.ok]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    return winners[0], losers[0]


# -- two workstations saving the same case's plan --------------------------------------------------------------
def _plan(description: str, cost: int):  # type: ignore[no-untyped-def]
    return replace(SALON, description=description, lines=(PlanLineData("equipment", description, 1, cost),))


def test_two_workstations_saving_the_same_plan(context, workstations):
    agents = [make_user(context, "agent") for _ in range(2)]
    services = context.for_actor(agents[0])
    for n in range(ROUNDS):
        case_id = services.intake.register_intake(intake_input(family=f"Plan{n}", given="Race", phone=None)).case_id
        opened = services.plans.save(case_id, SALON)  # both workstations open this version of the plan
        edits = [_plan(f"Atelier de couture {n}", 400_000), _plan(f"Boutique de téléphones {n}", 900_000)]
        jobs = [
            Job(context.url, agents[i], "plans", "save", (case_id, edits[i]), {"expected_version": opened.version})
            for i in range(2)
        ]
        winner, loser = _one_winner(race(context, workstations, jobs, "plans", opened.id))
        assert loser.kind == Conflict.__name__
        assert "changed by someone else" in loser.value and "Nothing was overwritten" in loser.value
        saved = services.plans.current(case_id)
        assert saved is not None
        assert saved.data == edits[winner.workstation]  # the winner's plan, whole: nothing of the loser's
        assert saved.version == opened.version + 1  # exactly one save went through
        assert (saved.id, saved.version_no) == (opened.id, opened.version_no)


def test_a_workstation_saving_over_a_plan_it_has_not_seen_gets_a_conflict(context):
    """The same, one after the other: the second workstation's screen still shows the old version."""
    services = context.for_actor(make_user(context, "agent"))
    case_id = services.intake.register_intake(intake_input(family="Stale", given="Plan", phone=None)).case_id
    opened = services.plans.save(case_id, SALON)
    services.plans.save(case_id, _plan("Première version", 100_000), expected_version=opened.version)
    with pytest.raises(Conflict, match="changed by someone else") as refused:
        services.plans.save(case_id, _plan("Seconde version", 200_000), expected_version=opened.version)
    assert refused.value.current  # what is now in the database, for the screen to show both
    current = services.plans.current(case_id)
    assert current is not None and current.data.description == "Première version"


# -- two finance officers paying the same approved instalment ---------------------------------------------------
def test_two_workstations_paying_the_same_instalment(context, workstations):
    desk = Desk(context)
    officers = [desk.finance.actor, make_user(context, "finance")]
    for n in range(ROUNDS):
        case_id = desk.approved_case(1_000_000, family=f"Pay{n}")
        first = desk.agent.ledger_views.case_balance(case_id).instalments[0]
        request_id = desk.agent.ledger.request(
            RequestInput(case_id, "business_instalment", first.amount, CASH, first.id)
        )
        desk.manager.ledger.approve(request_id)
        with context.session_factory() as s:
            receipts_before = s.scalar(select(func.max(LedgerEntry.receipt_no))) or 0
        jobs = [Job(context.url, officers[i], "ledger", "pay", (request_id,)) for i in range(2)]
        winner, loser = _one_winner(race(context, workstations, jobs, "disbursement_requests", request_id))
        assert loser.kind == "ValidationError" and "already paid" in loser.value, loser
        entry_id, receipt = winner.value
        with context.session_factory() as s:
            entries = list(s.scalars(select(LedgerEntry).where(LedgerEntry.request_id == request_id)))
            assert [e.id for e in entries] == [entry_id]  # exactly one payment in the ledger
            assert entries[0].posted_by_id == officers[winner.workstation].user_id
            assert s.get(DisbursementRequest, request_id).status == "paid"
            assert receipt == receipts_before + 1  # the refused payment took no receipt number
            assert verify_ledger(s).ok  # one chain, no fork, totals agree
        balance = desk.agent.ledger_views.case_balance(case_id)
        assert balance.paid_on_plan == first.amount


# -- two agents taking the last seat of a training session ---------------------------------------------------
def test_two_workstations_taking_the_last_training_seat(context, workstations):
    agents = [make_user(context, "agent") for _ in range(2)]
    manager = context.for_actor(make_user(context, "manager"))
    agent = context.for_actor(agents[0])
    course_id = manager.training.save_course(course_input())
    for n in range(ROUNDS):
        session_id = manager.training.save_session(
            session_input(course_id, capacity=2, starts_on=date(2026, 4, n + 1), ends_on=date(2026, 4, n + 5))
        )
        cases = [
            agent.intake.register_intake(intake_input(family=f"Seat{n}{i}", given="Race", phone=None)).case_id
            for i in range(3)
        ]
        agent.training.enrol(session_id, [cases[0]])  # one seat left
        jobs = [Job(context.url, agents[i], "training", "enrol", (session_id, [cases[i + 1]])) for i in range(2)]
        outcomes = race(context, workstations, jobs, "training_sessions", session_id)
        assert all(o.ok for o in outcomes), outcomes
        seated = [o for o in outcomes if o.value.enrolled]
        waiting = [o for o in outcomes if o.value.waiting]
        assert len(seated) == 1 and len(waiting) == 1, outcomes  # exactly one seat given, the other waits
        with context.session_factory() as s:
            rows = s.execute(select(Enrolment.case_id, Enrolment.status).where(Enrolment.session_id == session_id))
            statuses = {case_id: status for case_id, status in rows}
        assert sum(status in SEATED for status in statuses.values()) == 2  # never more than the capacity
        loser_case = cases[waiting[0].workstation + 1]
        assert statuses[loser_case] == "waiting"
        roster = {line.case_id: line for line in agent.training.roster(session_id)}
        assert roster[loser_case].waiting_rank == 1


def test_plans_are_locked_by_version_not_by_time(context):
    """Saving twice in a row from the same, refreshed screen is no conflict."""
    services = context.for_actor(make_user(context, "agent"))
    case_id = services.intake.register_intake(intake_input(family="Fresh", given="Plan", phone=None)).case_id
    view = services.plans.save(case_id, SALON)
    for n in range(3):
        view = services.plans.save(case_id, _plan(f"Version {n}", 1000 * (n + 1)), expected_version=view.version)
    with context.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Plan).where(Plan.case_id == case_id)) == 1
    assert view.data.description == "Version 2"
