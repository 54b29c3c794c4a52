"""The role x action matrix, stated here in full so that any change to it is a deliberate one."""

from __future__ import annotations

import pytest

from desk.services.dto import Actor
from desk.services.errors import PermissionDenied
from desk.services.permissions import ADMIN, AGENT, FINANCE, MANAGER, MATRIX, ROLES, Action, can, require
from tests.factories import make_user

A, M, F, D = AGENT, MANAGER, FINANCE, ADMIN
EXPECTED: dict[Action, set[str]] = {
    Action.CASE_VIEW: {A, M, F},
    Action.CASE_REGISTER: {A, M},
    Action.CASE_EDIT: {A, M},
    Action.SENSITIVE_VIEW: {A, M},
    Action.PERSON_MERGE: {M},
    Action.ASSESSMENT_EDIT: {A, M},
    Action.REFERRAL_EDIT: {A, M},
    Action.PLAN_EDIT: {A, M},
    Action.OPERATOR_VIEW: {A, M},
    Action.OPERATOR_MANAGE: {M},
    Action.OPERATOR_DESIGNATE: {M},
    Action.COMMITTEE_RUN: {M},
    Action.TRAINING_ENROL: {A, M},
    Action.TRAINING_MANAGE: {M},
    Action.FOLLOWUP_RECORD: {A, M},
    Action.DISBURSEMENT_REQUEST: {A, M},
    Action.DISBURSEMENT_APPROVE: {M},
    Action.DISBURSEMENT_PAY: {F},
    Action.LEDGER_VIEW: {M, F},
    Action.LEDGER_REVERSE: {F},
    Action.PERIOD_CLOSE: {F},
    Action.EXCHANGE_IMPORT: {M},
    Action.EXCHANGE_EXPORT: {M, F},
    Action.DASHBOARD_VIEW: {M, F},
    Action.AUDIT_VIEW: {M, D},
    Action.REFERENCE_VIEW: {A, M, F, D},
    Action.REFERENCE_EDIT: {D},
    Action.USERS_MANAGE: {D},
    Action.SETTINGS_EDIT: {D},
    Action.BACKUP_RUN: {D},
    Action.ERASURE_REQUEST: {M},
    Action.ERASURE_DECIDE: {D},
    Action.ERASURE_EXECUTE: {D},
    Action.RETENTION_REVIEW: {D},
}


def test_every_action_is_in_the_expected_matrix():
    assert set(EXPECTED) == set(Action)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", ROLES)
def test_matrix(role, action):
    assert can(role, action) is (role in EXPECTED[action])
    actor = Actor(1, "someone", "Someone", role)
    if role in EXPECTED[action]:
        require(actor, action)
    else:
        with pytest.raises(PermissionDenied, match=action.value):
            require(actor, action)


def test_separation_of_duties_in_the_matrix():
    """Whoever approves a disbursement never pays it, and finance never sees vulnerabilities."""
    for role, actions in MATRIX.items():
        assert not {Action.DISBURSEMENT_APPROVE, Action.DISBURSEMENT_PAY} <= actions, role
    assert not can(FINANCE, Action.SENSITIVE_VIEW)
    assert not can(ADMIN, Action.CASE_VIEW)


def test_unknown_role_can_do_nothing():
    assert not any(can("visitor", action) for action in Action)


@pytest.mark.parametrize("role", [AGENT, MANAGER, FINANCE])
def test_services_enforce_the_matrix_not_only_the_screens(context, role):
    actor = make_user(context, role)
    services = context.for_actor(actor)
    with pytest.raises(PermissionDenied):
        services.accounts.list_users()
    with pytest.raises(PermissionDenied):
        services.accounts.add_user("intruder", "Intruder", "admin", "password-123")
    with pytest.raises(PermissionDenied):
        services.reference.add_item("sectors", "NEW", "Nouveau", "New")
    with pytest.raises(PermissionDenied):
        context.desk.update_settings(actor, name="Mine now", idle_lock_minutes=60)
    assert services.reference.list_items("regions")  # everyone reads the reference lists
