"""The disbursement workflow: request, approval, payment by someone else, reversal, and every refusal in words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from desk.models.reference import Programme
from desk.models.returnee import Case
from desk.services.errors import PermissionDenied, ValidationError
from desk.services.ledger_dto import LedgerFilter, PaymentInput, RequestInput
from desk.services.ledger_service import Refused
from tests.factories import intake_input, make_user, operator_input
from tests.unit.services.test_committee import GOOD
from tests.unit.services.test_plans import SALON

CASH = PaymentInput("cash")
MOMO = PaymentInput("mobile_money", mobile_operator="MTN MoMo", phone="6 99 12 34 56")


class Desk:
    def __init__(self, context):
        self.context = context
        self.agent = context.for_actor(make_user(context, "agent"))
        self.manager = context.for_actor(make_user(context, "manager"))
        self.finance = context.for_actor(make_user(context, "finance"))

    def approved_case(self, amount: int = 1_000_000, family: str = "Ledger") -> int:
        op_id = self.manager.operators.save_operator(operator_input(name=f"Op {family}"))
        case_id = self.agent.intake.register_intake(intake_input(family=family, given="Awa", phone=None)).case_id
        self.manager.operators.designate(case_id, op_id)
        self.operator_id = op_id
        self.agent.plans.save(case_id, SALON)
        self.agent.plans.submit(case_id)
        session_id = self.manager.committee.open_session(date.today(), "Yaoundé", ["MINJEC"])
        plan_id = next(i.plan_id for i in self.manager.committee.agenda(session_id) if i.case_id == case_id)
        self.manager.committee.decide(session_id, plan_id, "approved", GOOD, amount, "")
        return case_id

    def paid_request(self, case_id: int, kind: str = "pocket_money", amount: int = 50_000, **kw) -> tuple[int, int]:
        request_id = self.agent.ledger.request(RequestInput(case_id, kind, amount, kw.pop("payment", CASH), **kw))
        self.manager.ledger.approve(request_id)
        return self.finance.ledger.pay(request_id, reference=kw.get("reference", ""))


@pytest.fixture
def desk(context):
    return Desk(context)


def test_instalments_follow_the_committee_and_the_interim_report(desk):
    case_id = desk.approved_case(1_000_000)
    balance = desk.agent.ledger_views.case_balance(case_id)
    assert (balance.approved, balance.paid_on_plan, balance.remaining) == (1_000_000, 0, 1_000_000)
    first, second = balance.instalments
    assert (first.amount, second.amount, first.state, second.state) == (700_000, 300_000, "open", "waiting_report")
    # The second instalment waits for the operator's interim report.
    with pytest.raises(Refused, match="interim report"):
        desk.agent.ledger.request(RequestInput(case_id, "business_instalment", 300_000, CASH, second.id))
    entry_id, receipt = desk.paid_request(case_id, "business_instalment", 700_000, instalment_id=first.id)
    assert receipt == 1
    desk.agent.ledger.record_interim_report(second.id)
    desk.paid_request(case_id, "business_instalment", 300_000, instalment_id=second.id)
    balance = desk.agent.ledger_views.case_balance(case_id)
    assert (balance.paid_on_plan, balance.remaining, balance.next_instalment) == (1_000_000, 0, None)
    assert desk.agent.case_files.case_file(case_id).status == "disbursing"
    # The operator's monthly view counts what was paid on the plans it coaches.
    assert desk.manager.operators.caseload(desk.operator_id).disbursed == (("XAF", 1_000_000),)


def test_the_person_who_approved_cannot_pay(desk, context):
    case_id = desk.approved_case()
    request_id = desk.agent.ledger.request(RequestInput(case_id, "pocket_money", 20_000, CASH))
    manager_actor = desk.manager.actor
    desk.manager.ledger.approve(request_id)
    # The same person, later given the finance role, still cannot pay what they approved.
    from desk.models.account import User

    with context.session_factory.begin() as session:
        session.execute(update(User).where(User.id == manager_actor.user_id).values(role="finance"))
    same_person = context.for_actor(replace(manager_actor, role="finance"))
    with pytest.raises(Refused, match="separation of duties"):
        same_person.ledger.pay(request_id)
    desk.finance.ledger.pay(request_id)


def test_roles(desk):
    case_id = desk.approved_case()
    request_id = desk.agent.ledger.request(RequestInput(case_id, "pocket_money", 20_000, CASH))
    with pytest.raises(PermissionDenied):
        desk.agent.ledger.approve(request_id)
    with pytest.raises(PermissionDenied):
        desk.finance.ledger.request(RequestInput(case_id, "pocket_money", 20_000, CASH))
    with pytest.raises(PermissionDenied):
        desk.manager.ledger.pay(request_id)
    with pytest.raises(Refused, match="not approved"):
        desk.finance.ledger.pay(request_id)


def test_refusals_in_words(desk, context):
    case_id = desk.approved_case(1_000_000)
    # Over the ceiling, counting what is already asked for.
    desk.agent.ledger.request(RequestInput(case_id, "business_instalment", 900_000, CASH))
    with pytest.raises(Refused, match="exceed the amount approved"):
        desk.agent.ledger.request(
            RequestInput(case_id, "in_kind", 200_000, PaymentInput("in_kind", supplier="Quincaillerie"))
        )
    # A plan kind without an approved plan.
    other = desk.agent.intake.register_intake(intake_input(family="Sansplan", given="Paul", phone=None)).case_id
    with pytest.raises(Refused, match="not approved by the committee"):
        desk.agent.ledger.request(RequestInput(other, "business_instalment", 10_000, CASH))
    # Consent withdrawn blocks even pocket money; a closed case too.
    request_id = desk.agent.ledger.request(RequestInput(other, "pocket_money", 10_000, CASH))
    desk.manager.ledger.approve(request_id)
    person_id = desk.agent.case_files.case_file(other).person_id
    desk.agent.intake.withdraw_consent(person_id, "ne souhaite plus")
    with pytest.raises(Refused, match="withdrew their consent"):
        desk.finance.ledger.pay(request_id)
    with context.session_factory.begin() as session:
        session.execute(update(Case).where(Case.id == case_id).values(status="closed"))
    with pytest.raises(Refused, match="case is closed"):
        desk.agent.ledger.request(RequestInput(case_id, "pocket_money", 10_000, CASH))


def test_training_required_by_the_programme(desk, context):
    case_id = desk.approved_case()
    request_id = desk.agent.ledger.request(RequestInput(case_id, "business_instalment", 100_000, CASH))
    desk.manager.ledger.approve(request_id)
    with context.session_factory.begin() as session:
        programme = session.query(Programme).first()
        programme.required_training = ["entrepreneurship"]
        session.execute(update(Case).where(Case.id == case_id).values(programme_id=programme.id))
    with pytest.raises(Refused, match="requires training"):
        desk.finance.ledger.pay(request_id)


@pytest.mark.parametrize(
    ("payment", "field"),
    [
        (PaymentInput("mobile_money", mobile_operator="MTN", phone=""), "phone"),
        (PaymentInput("mobile_money", phone="699123456"), "mobile_operator"),
        (PaymentInput("mobile_money", mobile_operator="MTN", phone="12"), "phone"),
        (PaymentInput("bank_transfer"), "bank_account"),
        (PaymentInput("in_kind"), "supplier"),
        (PaymentInput("cash", proxy_name="Jean Tchoua"), "proxy_id_document"),
        (PaymentInput("cheque"), "modality"),
    ],
)
def test_bad_payment_details(desk, payment, field):
    case_id = desk.approved_case()
    with pytest.raises(ValidationError) as err:
        desk.agent.ledger.request(RequestInput(case_id, "pocket_money", 10_000, payment))
    assert err.value.field == field
    assert desk.agent.ledger_views.requests(("requested",), case_id) == []


def test_mobile_money_needs_a_reference_and_reversal_restores_the_balance(desk):
    case_id = desk.approved_case(1_000_000)
    first = desk.agent.ledger_views.case_balance(case_id).instalments[0]
    request_id = desk.agent.ledger.request(RequestInput(case_id, "business_instalment", 700_000, MOMO, first.id))
    desk.manager.ledger.approve(request_id)
    with pytest.raises(ValidationError) as err:
        desk.finance.ledger.pay(request_id)
    assert err.value.field == "reference"
    entry_id, _ = desk.finance.ledger.pay(request_id, reference="MP261129.1234.A56789")
    with pytest.raises(ValidationError, match="Reason"):
        desk.finance.ledger.reverse(entry_id, " ")
    reversal_id = desk.finance.ledger.reverse(entry_id, "wrong number")
    with pytest.raises(ValidationError, match="already reversed"):
        desk.finance.ledger.reverse(entry_id, "again")
    with pytest.raises(ValidationError, match="itself a reversal"):
        desk.finance.ledger.reverse(reversal_id, "again")
    balance = desk.agent.ledger_views.case_balance(case_id)
    assert balance.paid_on_plan == 0 and balance.instalments[0].state == "open"
    # The instalment can be asked for again, and paid.
    desk.paid_request(case_id, "business_instalment", 700_000, instalment_id=first.id)
    rows = desk.finance.ledger_views.entries(LedgerFilter(case_id=case_id))
    assert sorted(r.amount for r in rows) == [-700_000, 700_000, 700_000]
    assert sum(r.reversed for r in rows) == 1 and sum(r.reverses_seq is not None for r in rows) == 1
    assert desk.finance.periods.verify().ok


def test_entries_filters_paging_and_totals(desk):
    case_a = desk.approved_case(family="Alpha")
    case_b = desk.approved_case(family="Beta")
    for i in range(5):
        desk.paid_request(case_a, "pocket_money", 10_000 + i)
    desk.paid_request(case_b, "transport", 5_000)
    views = desk.finance.ledger_views
    everything = views.entries(LedgerFilter(), limit=4)
    assert len(everything) == 4
    rest = views.entries(LedgerFilter(), after=everything[-1], limit=4)
    assert len(rest) == 2 and not {r.id for r in rest} & {r.id for r in everything}
    number_b = desk.agent.case_files.case_file(case_b).case_number
    assert [r.case_id for r in views.entries(LedgerFilter(text=number_b))] == [case_b]
    assert [r.kind for r in views.entries(LedgerFilter(text="6"))] == ["transport"]  # receipt number 6
    (total,) = views.totals(LedgerFilter())
    assert (total.entries, total.net) == (6, 10_000 * 5 + 10 + 5_000)
    by_kind = {t.key: t.net for t in views.totals(LedgerFilter(), ("kind",))}
    assert by_kind == {("pocket_money",): 50_010, ("transport",): 5_000}
    today = date.today()
    assert views.totals(LedgerFilter(date_from=today + timedelta(days=1))) == []


def test_periods_close_in_order_and_refuse_postings(desk, context):
    case_id = desk.approved_case()
    request_id = desk.agent.ledger.request(RequestInput(case_id, "pocket_money", 10_000, CASH))
    desk.manager.ledger.approve(request_id)
    last_month_day = date.today().replace(day=1) - timedelta(days=1)
    entry_id, _ = desk.finance.ledger.pay(request_id, value_date=last_month_day)
    period = f"{last_month_day:%Y-%m}"
    with pytest.raises(ValidationError, match="not over"):
        desk.finance.periods.close(f"{date.today():%Y-%m}")
    with pytest.raises(PermissionDenied):
        desk.manager.periods.close(period)
    closed = desk.finance.periods.close(period)
    assert closed.closed_at is not None and closed.last_seq == 1 and len(closed.fingerprint) == 64
    with pytest.raises(ValidationError, match="already closed"):
        desk.finance.periods.close(period)
    second = desk.agent.ledger.request(RequestInput(case_id, "transport", 5_000, CASH))
    desk.manager.ledger.approve(second)
    with pytest.raises(Refused, match="closed"):
        desk.finance.ledger.pay(second, value_date=last_month_day)
    with pytest.raises(Refused, match="closed"):
        desk.finance.ledger.reverse(entry_id, "erreur", value_date=last_month_day)
    desk.finance.ledger.reverse(entry_id, "erreur")  # dated today, in the open month
    totals = desk.finance.periods.closing_totals(period)
    assert [t.net for t in totals["modality"]] == [10_000]
    assert desk.finance.periods.verify().ok


def test_receipts_are_original_then_duplicate(desk):
    case_id = desk.approved_case()
    entry_id, receipt = desk.paid_request(case_id, "pocket_money", 25_000)
    (first,) = desk.finance.ledger_views.print_receipts([entry_id])
    (again,) = desk.finance.ledger_views.print_receipts([entry_id])
    assert (first.duplicate, again.duplicate, first.receipt_no) == (False, True, receipt)
    assert first.beneficiary == "Awa LEDGER" and first.collector_name == "Awa LEDGER"
    assert desk.finance.ledger_views.receipt_entries(date.today(), date.today()) == [entry_id]
    # Each printing is in the audit trail, the reprint marked as a duplicate.
    printed = [e for e in desk.manager.audit.recent(50) if e.entity == "receipt_prints"]
    assert len(printed) == 2 and all(e.username == desk.finance.actor.username for e in printed)
