"""Referrals to institutions: consent to sharing required, answers recorded, overdue ones visible."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from desk.services.errors import Conflict, PermissionDenied, ValidationError
from tests.factories import intake_input, make_user


@pytest.fixture
def agent(context):
    return context.for_actor(make_user(context, "agent"))


def _institution(services, code: str) -> int:
    return next(i.id for i in services.reference.list_items("institutions") if i.code == code)


def _case(agent, institutions: bool = True) -> int:
    intake = intake_input()
    intake = replace(intake, consent=replace(intake.consent, share_institutions=institutions))
    return agent.intake.register_intake(intake).case_id


def test_refer_and_record_the_answer(agent):
    case_id = _case(agent)
    referral_id = agent.referrals.refer(
        case_id, _institution(agent, "MINAS"), "Soutien psychosocial", date.today() + timedelta(days=14)
    )
    (view,) = agent.referrals.for_case(case_id)
    assert (view.id, view.institution_code, view.status, view.overdue) == (referral_id, "MINAS", "sent", False)
    agent.referrals.update(referral_id, view.version, "service_given", "3 séances, suivi mensuel")
    assert agent.referrals.get(referral_id).outcome == "3 séances, suivi mensuel"
    with pytest.raises(Conflict):
        agent.referrals.update(referral_id, view.version, "declined")


def test_no_referral_without_consent_to_share_with_institutions(agent):
    case_id = _case(agent, institutions=False)
    with pytest.raises(PermissionDenied, match="consent"):
        agent.referrals.refer(case_id, _institution(agent, "FNE"), "Recherche d'emploi", None)
    assert agent.referrals.for_case(case_id) == []


def test_withdrawn_consent_blocks_new_referrals(agent, context):
    case_id = _case(agent)
    person_id = agent.case_files.case_file(case_id).person_id
    agent.intake.withdraw_consent(person_id, "ne veut plus")
    with pytest.raises(PermissionDenied):
        agent.referrals.refer(case_id, _institution(agent, "FNE"), "Recherche d'emploi", None)


@pytest.mark.parametrize(
    ("reason", "due", "field"),
    [("", None, "reason"), ("ok", date.today() - timedelta(days=1), "due_on"), ("x" * 2001, None, "reason")],
)
def test_bad_referrals(agent, reason, due, field):
    case_id = _case(agent)
    with pytest.raises(ValidationError) as err:
        agent.referrals.refer(case_id, _institution(agent, "FNE"), reason, due)
    assert err.value.field == field


def test_finance_cannot_refer(context, agent):
    case_id = _case(agent)
    finance = context.for_actor(make_user(context, "finance"))
    with pytest.raises(PermissionDenied):
        finance.referrals.refer(case_id, _institution(agent, "FNE"), "x", None)
