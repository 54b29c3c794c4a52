"""Random sequences of requests, approvals, refusals, payments and reversals never break the ledger's rules; and
changing any stored amount, date or case behind the application's back is caught, naming the entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text, update

from desk.models.ledger import PLAN_KINDS, DisbursementRequest, LedgerEntry, LedgerTotal
from desk.services.errors import DeskError
from desk.services.ledger_dto import LedgerFilter, PaymentInput, RequestInput
from desk.services.ledger_periods import verify_ledger_now
from desk.services.ledger_rules import ceiling_of
from desk.services.ledger_views import LedgerViews
from tests.factories import intake_input
from tests.unit.services.test_ledger import Desk

KIND = st.sampled_from(["pocket_money", "business_instalment", "in_kind", "transport"])
OPERATION = st.one_of(
    st.tuples(st.just("request"), st.integers(0, 2), KIND, st.integers(1, 700_000)),
    st.tuples(st.just("approve"), st.integers(0, 30)),
    st.tuples(st.just("reject"), st.integers(0, 30)),
    st.tuples(st.just("pay"), st.integers(0, 30)),
    st.tuples(st.just("reverse"), st.integers(0, 30)),
)


def _payment(kind: str) -> PaymentInput:
    return PaymentInput("in_kind", supplier="Quincaillerie du Marché") if kind == "in_kind" else PaymentInput("cash")


@pytest.mark.parametrize("backend", ["sqlite"])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=st.lists(OPERATION, min_size=1, max_size=14))
def test_random_workflows_keep_every_rule(context, operations):
    desk = getattr(context, "_prop_desk", None)
    if desk is None:  # one desk for all examples: the rules must hold however history accumulates
        desk = context._prop_desk = Desk(context)
        desk.approver_as_finance = context.for_actor(replace(desk.manager.actor, role="finance"))
        desk.cases = [desk.approved_case(800_000, family=f"Prop{i}") for i in range(2)]
        desk.cases.append(desk.agent.intake.register_intake(intake_input(family="Propsansplan", phone=None)).case_id)
        desk.requested, desk.approved, desk.entries = [], [], []
    for op in operations:
        try:
            if op[0] == "request":
                _, case_idx, kind, amount = op
                desk.requested.append(
                    desk.agent.ledger.request(RequestInput(desk.cases[case_idx], kind, amount, _payment(kind)))
                )
            elif op[0] in ("approve", "reject") and desk.requested:
                request_id = desk.requested.pop(op[1] % len(desk.requested))
                if op[0] == "approve":
                    desk.manager.ledger.approve(request_id)
                    desk.approved.append(request_id)
                else:
                    desk.manager.ledger.reject(request_id, "budget")
            elif op[0] == "pay" and desk.approved:
                request_id = desk.approved[op[1] % len(desk.approved)]
                with pytest.raises(DeskError):  # never by the person who approved it
                    desk.approver_as_finance.ledger.pay(request_id)
                desk.entries.append(desk.finance.ledger.pay(request_id)[0])
                desk.approved.remove(request_id)
            elif op[0] == "reverse" and desk.entries:
                desk.finance.ledger.reverse(desk.entries.pop(op[1] % len(desk.entries)), "erreur de saisie")
        except DeskError:
            pass  # a refusal is an allowed outcome; what matters is what it leaves behind

    with context.session_factory() as session:
        for case_id in set(desk.cases):
            balance = desk.agent.ledger_views.case_balance(case_id)
            sums = dict(
                session.execute(
                    select(LedgerEntry.kind, func.sum(LedgerEntry.amount))
                    .where(LedgerEntry.case_id == case_id)
                    .group_by(LedgerEntry.kind)
                ).all()
            )
            on_plan = sum(v for k, v in sums.items() if k in PLAN_KINDS)
            assert balance.paid_on_plan == on_plan
            assert balance.paid_other == sum(v for k, v in sums.items() if k not in PLAN_KINDS)
            assert 0 <= on_plan <= ceiling_of(session, case_id).amount
        for entry in session.scalars(select(LedgerEntry).where(LedgerEntry.reverses_id.is_(None))):
            assert entry.approved_by_id is not None and entry.approved_by_id != entry.posted_by_id
            request = session.get(DisbursementRequest, entry.request_id)
            assert request.decided_by_id == entry.approved_by_id
    with context.session_factory() as session:  # the running sums always equal the sums of the entries
        for by in ((), ("donor", "programme"), ("kind", "modality", "period")):
            assert LedgerViews._from_running_sums(session, LedgerFilter(), by) == LedgerViews._from_entries(
                session, LedgerFilter(), by
            )
    report = verify_ledger_now(context.session_factory)
    assert report.ok, report.problems
    event(f"entries so far: {min(report.entries, 20) // 10 * 10}+")


def _drop_guards(context) -> None:
    """What someone with direct access to the database file or server could do."""
    with context.engine.begin() as conn:
        if context.backend == "postgresql":
            conn.execute(text("ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only"))
        else:
            conn.execute(text("DROP TRIGGER ledger_entries_no_update"))
            conn.execute(text("DROP TRIGGER ledger_entries_no_delete"))


@pytest.fixture
def paid_ledger(context):
    desk = Desk(context)
    case_a = desk.approved_case(900_000, family="Tamper")
    case_b = desk.approved_case(900_000, family="Other")
    entries = [desk.paid_request(case, "pocket_money", 10_000 + i)[0] for i, case in enumerate([case_a, case_b] * 3)]
    return context, desk, entries, case_b


def test_entries_cannot_be_changed_through_the_application_database(paid_ledger):
    context, desk, entries, _ = paid_ledger
    with pytest.raises(Exception, match="append-only"), context.engine.begin() as conn:
        conn.execute(update(LedgerEntry).where(LedgerEntry.id == entries[0]).values(amount=1))
    with pytest.raises(Exception, match="append-only"), context.engine.begin() as conn:
        conn.execute(LedgerEntry.__table__.delete().where(LedgerEntry.id == entries[-1]))


@pytest.mark.parametrize(
    "change",
    ["amount", "value_date", "case_id"],
)
def test_tampering_is_named(paid_ledger, change):
    context, desk, entries, other_case = paid_ledger
    _drop_guards(context)
    target = entries[2]  # a payment to the first case
    with context.engine.begin() as conn:
        seq = conn.scalar(select(LedgerEntry.seq).where(LedgerEntry.id == target))
        values = {"amount": 99_000, "value_date": date.today() - timedelta(days=3), "case_id": other_case}
        conn.execute(update(LedgerEntry).where(LedgerEntry.id == target).values({change: values[change]}))
    report = verify_ledger_now(context.session_factory)
    assert not report.ok
    assert report.problems[0].seq == seq and f"entry {seq}" in report.problems[0].message


def test_tampered_balances_are_caught(paid_ledger):
    context, *_ = paid_ledger
    with context.engine.begin() as conn:
        conn.execute(update(LedgerTotal).values(paid=LedgerTotal.paid + 1))
    report = verify_ledger_now(context.session_factory)
    assert any("balances kept" in p.message for p in report.problems)


def test_deleted_history_is_caught(paid_ledger):
    context, desk, entries, _ = paid_ledger
    _drop_guards(context)
    with context.engine.begin() as conn:
        conn.execute(LedgerEntry.__table__.delete().where(LedgerEntry.id == entries[2]))
    report = verify_ledger_now(context.session_factory)
    assert any("missing" in p.message for p in report.problems)
    with context.engine.begin() as conn:  # cutting the end: only the counter and the closing fingerprints tell
        conn.execute(LedgerEntry.__table__.delete().where(LedgerEntry.id.in_(entries[3:])))
    report = verify_ledger_now(context.session_factory)
    assert any("were deleted" in p.message for p in report.problems)
