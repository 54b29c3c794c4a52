"""Logging in: success, failure, lockout, disabled accounts, first administrator."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from desk.models.account import User
from desk.models.audit import AuditEntry
from desk.models.base import utcnow
from desk.services.account_service import MAX_FAILED_ATTEMPTS
from desk.services.errors import AccountLocked, AuthenticationFailed, Conflict, ValidationError
from tests.factories import PASSWORD, make_admin, make_user


def _audit_actions(context, entity_id=None) -> list[str]:
    with context.session_factory() as s:
        query = select(AuditEntry.action).where(AuditEntry.entity == "users").order_by(AuditEntry.id)
        if entity_id is not None:
            query = query.where(AuditEntry.entity_id == str(entity_id))
        return list(s.scalars(query))


def test_login_succeeds_and_is_audited(context):
    agent = make_user(context, "agent", username="brigitte")
    actor = context.auth.authenticate("Brigitte", PASSWORD)  # user names are case-insensitive
    assert (actor.user_id, actor.username, actor.role) == (agent.user_id, "brigitte", "agent")
    assert _audit_actions(context, agent.user_id)[-1] == "login"


def test_wrong_password_and_unknown_user_give_the_same_message(context):
    make_user(context, "agent", username="brigitte")
    with pytest.raises(AuthenticationFailed) as wrong:
        context.auth.authenticate("brigitte", "not-the-password")
    with pytest.raises(AuthenticationFailed) as unknown:
        context.auth.authenticate("nobody", PASSWORD)
    assert wrong.value.message == unknown.value.message == "Wrong user name or password."
    assert _audit_actions(context).count("login_failed") == 2


def test_lockout_after_repeated_failures_even_with_the_right_password(context):
    agent = make_user(context, "agent", username="brigitte")
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(AuthenticationFailed):
            context.auth.authenticate("brigitte", "bad-password")
    with pytest.raises(AccountLocked, match="locked for 15 minutes"):
        context.auth.authenticate("brigitte", "bad-password")
    with pytest.raises(AccountLocked, match="locked"):
        context.auth.authenticate("brigitte", PASSWORD)
    assert "locked_out" in _audit_actions(context, agent.user_id)


def test_lockout_expires(context):
    make_user(context, "agent", username="brigitte")
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            context.auth.authenticate("brigitte", "bad-password")
    with context.session_factory.begin() as s:  # fifteen minutes later
        s.execute(update(User).where(User.username == "brigitte").values(locked_until=utcnow() - timedelta(seconds=1)))
    assert context.auth.authenticate("brigitte", PASSWORD).username == "brigitte"


def test_a_success_resets_the_failure_count(context):
    make_user(context, "agent", username="brigitte")
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(AuthenticationFailed):
            context.auth.authenticate("brigitte", "bad-password")
    context.auth.authenticate("brigitte", PASSWORD)
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(AuthenticationFailed):
            context.auth.authenticate("brigitte", "bad-password")
    assert context.auth.authenticate("brigitte", PASSWORD)


def test_admin_reset_lifts_a_lockout(context):
    admin = make_admin(context)
    make_user(context, "agent", username="brigitte")
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            context.auth.authenticate("brigitte", "bad-password")
    accounts = context.for_actor(admin).accounts
    user = next(u for u in accounts.list_users() if u.username == "brigitte")
    assert user.locked
    accounts.reset_password(user.id, user.version, "fresh-start-99")
    assert context.auth.authenticate("brigitte", "fresh-start-99").username == "brigitte"


def test_disabled_account_cannot_log_in(context):
    admin = make_admin(context)
    make_user(context, "agent", username="brigitte")
    accounts = context.for_actor(admin).accounts
    user = next(u for u in accounts.list_users() if u.username == "brigitte")
    accounts.set_active(user.id, user.version, False)
    with pytest.raises(AuthenticationFailed):
        context.auth.authenticate("brigitte", PASSWORD)


def test_first_admin_only_once(context):
    assert not context.auth.has_users()
    admin = context.auth.create_first_admin("root", "Admin", PASSWORD)
    assert admin.role == "admin" and context.auth.has_users()
    with pytest.raises(Conflict):
        context.auth.create_first_admin("other", "Other", PASSWORD)


@pytest.mark.parametrize(
    ("username", "full_name", "password", "field"),
    [
        ("ro ot", "Admin", PASSWORD, "username"),
        ("root", "", PASSWORD, "full_name"),
        ("root", "Admin\x00", PASSWORD, "full_name"),
        ("root", "A" * 5000, PASSWORD, "full_name"),
        ("root", "Admin", "short", "password"),
    ],
)
def test_first_admin_bad_input_names_the_field_and_saves_nothing(context, username, full_name, password, field):
    with pytest.raises(ValidationError) as err:
        context.auth.create_first_admin(username, full_name, password)
    assert err.value.field == field
    assert not context.auth.has_users()


def test_passwords_are_stored_as_argon2id_hashes(context):
    make_admin(context)
    with context.session_factory() as s:
        stored = s.scalar(select(User.password_hash))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_verify_unlock_is_audited_and_counts_failures(context):
    agent = make_user(context, "agent", username="brigitte")
    with pytest.raises(AuthenticationFailed):
        context.auth.verify_unlock(agent, "bad-password")
    assert context.auth.verify_unlock(agent, PASSWORD).user_id == agent.user_id
    actions = _audit_actions(context, agent.user_id)
    assert actions[-3:] == ["login_failed", "login", "unlock"]
