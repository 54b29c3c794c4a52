"""The audit trail: every change leaves a row in the same transaction; rows can never be changed."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import DBAPIError

from desk.models.audit import AuditEntry
from desk.models.reference import Town
from desk.models.returnee import Case, Person
from desk.services.errors import ValidationError
from desk.services.uow import writing
from tests.factories import PASSWORD, make_admin


def _entries(context, entity: str, entity_id=None) -> list[AuditEntry]:
    with context.session_factory() as s:
        query = select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        if entity_id is not None:
            query = query.where(AuditEntry.entity_id == str(entity_id))
        return list(s.scalars(query))


def test_create_records_who_what_and_hides_sensitive_values(context):
    admin = make_admin(context)
    user = context.for_actor(admin).accounts.add_user("brigitte", "Brigitte Abena", "agent", PASSWORD)
    (entry,) = [e for e in _entries(context, "users", user.id) if e.action == "create"]
    assert (entry.username, entry.user_id) == ("root", admin.user_id)
    assert entry.changes["full_name"] == {"old": None, "new": "Brigitte Abena"}
    assert entry.changes["password_hash"] == {"sensitive": True}
    assert "argon2" not in str(entry.changes)
    assert entry.at.tzinfo is not None and abs((datetime.now(UTC) - entry.at).total_seconds()) < 60


def test_update_records_old_and_new_values_only_for_changed_fields(context):
    admin = make_admin(context)
    accounts = context.for_actor(admin).accounts
    user = accounts.add_user("brigitte", "Brigitte Abena", "agent", PASSWORD)
    accounts.update_user(user.id, user.version, full_name="Brigitte Abena", role="manager", language="fr")
    entry = _entries(context, "users", user.id)[-1]
    assert entry.action == "update"
    assert entry.changes == {"role": {"old": "agent", "new": "manager"}}


def test_password_reset_is_audited_without_the_hash(context):
    admin = make_admin(context)
    accounts = context.for_actor(admin).accounts
    user = accounts.add_user("brigitte", "Brigitte Abena", "agent", PASSWORD)
    accounts.reset_password(user.id, user.version, "another-pass-1")
    entry = _entries(context, "users", user.id)[-1]
    assert entry.changes["password_hash"] == {"sensitive": True}
    assert "must_change_password" not in entry.changes  # already True since creation: not a change


def test_status_change_and_delete_are_recorded(context):
    admin = make_admin(context)
    with writing(context.session_factory, admin) as s:
        person = Person(family_name="Ngono", given_names="Aïcha", sex="F", nationality="CM")
        s.add(person)
        s.flush()
        case = Case(number="CM-2026-000001", person_id=person.id, opened_at=datetime.now(UTC))
        s.add(case)
    with writing(context.session_factory, admin) as s:
        s.get(Case, case.id).status = "assessed"
    with writing(context.session_factory, admin) as s:
        town = s.scalars(select(Town).limit(1)).one()
        town_id = town.id
        s.delete(town)
    status = _entries(context, "cases", case.id)[-1]
    assert status.action == "status" and status.changes["status"] == {"old": "registered", "new": "assessed"}
    deleted = _entries(context, "towns", town_id)[-1]
    assert deleted.action == "delete" and deleted.changes["name"]["new"] is None


def test_a_failed_change_leaves_no_audit_row(context):
    admin = make_admin(context)
    before = len(_entries(context, "users"))
    with pytest.raises(ValidationError):
        context.for_actor(admin).accounts.add_user("brigitte", "", "agent", PASSWORD)
    with pytest.raises(RuntimeError), writing(context.session_factory, admin) as s:
        s.add(Person(family_name="Ghost", given_names="Never", sex="M", nationality="CM"))
        s.flush()
        raise RuntimeError("crash after the flush, before the commit")
    assert len(_entries(context, "users")) == before
    assert _entries(context, "persons") == []


def test_tracking_columns_name_the_author(context):
    admin = make_admin(context)
    user = context.for_actor(admin).accounts.add_user("brigitte", "Brigitte", "agent", PASSWORD)
    from desk.models.account import User

    with context.session_factory() as s:
        row = s.get(User, user.id)
        assert (row.created_by_id, row.updated_by_id, row.version) == (admin.user_id, admin.user_id, 1)


def test_history_of_one_record(context):
    admin = make_admin(context)
    services = context.for_actor(admin)
    user = services.accounts.add_user("brigitte", "Brigitte", "agent", PASSWORD)
    services.accounts.set_active(user.id, user.version, False)
    history = services.audit.history("users", user.id)
    assert [h.action for h in history] == ["create", "update"]
    assert history[-1].changes == {"active": {"old": True, "new": False}}


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET username = 'forger'", "DELETE FROM audit_log"])
def test_audit_rows_cannot_be_changed_or_deleted(context, statement):
    make_admin(context)
    with context.session_factory() as s:
        count = s.scalar(select(func.count()).select_from(AuditEntry))
    assert count > 0
    with pytest.raises(DBAPIError, match="append-only"), context.engine.begin() as conn:
        conn.execute(text(statement))
    with pytest.raises(DBAPIError, match="append-only"), context.session_factory.begin() as s:
        s.execute(delete(AuditEntry))
    with context.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == count
        assert "forger" not in set(s.scalars(select(AuditEntry.username)))


def test_truncate_is_refused_on_postgresql(context, backend):
    if backend != "postgresql":
        pytest.skip("TRUNCATE exists only on PostgreSQL")
    with pytest.raises(DBAPIError, match="append-only"), context.engine.begin() as conn:
        conn.execute(text("TRUNCATE audit_log"))


_names = itertools.count()
OPERATIONS = st.lists(
    st.sampled_from(["add_user", "rename_user", "toggle_user", "add_item", "rename_item", "noop_update", "bad_input"]),
    min_size=1,
    max_size=8,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_every_action_leaves_exactly_one_audit_row(context, operations):
    """Property: for any sequence of actions, audit rows written == record changes performed."""
    if not context.auth.has_users():
        make_admin(context)
    admin = context.auth.authenticate("root", PASSWORD)
    services = context.for_actor(admin)
    before = {e: len(_entries(context, e)) for e in ("users", "sectors")}
    expected = {"users": 0, "sectors": 0}
    users, items = [], []
    for op in operations:
        n = next(_names)
        if op == "add_user" or (op in ("rename_user", "toggle_user") and not users):
            users.append(services.accounts.add_user(f"user{n}", f"User {n}", "agent", PASSWORD))
            expected["users"] += 1
        elif op == "rename_user":
            users[-1] = services.accounts.update_user(
                users[-1].id, users[-1].version, full_name=f"Renamed {n}", role="agent", language="fr"
            )
            expected["users"] += 1
        elif op == "toggle_user":
            users[-1] = services.accounts.set_active(users[-1].id, users[-1].version, not users[-1].active)
            expected["users"] += 1
        elif op == "add_item" or (op in ("rename_item", "noop_update") and not items):
            items.append(services.reference.add_item("sectors", f"S{n}", f"Secteur {n}", f"Sector {n}"))
            expected["sectors"] += 1
        elif op == "rename_item":
            items[-1] = services.reference.update_item(
                "sectors", items[-1].id, items[-1].version, name_fr=f"Secteur renommé {n}", name_en="", active=True
            )
            expected["sectors"] += 1
        elif op == "noop_update":  # saving without changing anything is not a change
            item = items[-1]
            items[-1] = services.reference.update_item(
                "sectors", item.id, item.version, name_fr=item.name_fr, name_en=item.name_en, active=item.active
            )
        else:
            with pytest.raises(ValidationError):
                services.reference.add_item("sectors", "", "", "")
    after = {e: len(_entries(context, e)) for e in ("users", "sectors")}
    assert {e: after[e] - before[e] for e in after} == expected
