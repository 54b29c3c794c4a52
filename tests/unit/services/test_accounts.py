"""Account management by the administrator, including optimistic locking between two workstations."""

from __future__ import annotations

import pytest

from desk.models.account import User
from desk.models.db import read_only
from desk.services.errors import Conflict, ValidationError
from desk.services.uow import writing
from tests.factories import PASSWORD, make_admin


def test_add_list_update_disable(context):
    admin = make_admin(context)
    accounts = context.for_actor(admin).accounts
    created = accounts.add_user("brigitte", "Brigitte Abena", "agent", PASSWORD)
    assert created.must_change_password and created.active
    updated = accounts.update_user(
        created.id, created.version, full_name="Brigitte Abena Ngo", role="manager", language="en"
    )
    assert (updated.role, updated.language, updated.version) == ("manager", "en", created.version + 1)
    disabled = accounts.set_active(updated.id, updated.version, False)
    assert not disabled.active
    assert [u.username for u in accounts.list_users()] == ["brigitte", "root"]


def test_duplicate_user_name_is_refused_on_the_field(context):
    accounts = context.for_actor(make_admin(context)).accounts
    accounts.add_user("brigitte", "Brigitte", "agent", PASSWORD)
    with pytest.raises(ValidationError) as err:
        accounts.add_user("Brigitte", "Another", "agent", PASSWORD)
    assert err.value.field == "username"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("x", "Name", "agent", PASSWORD), "username"),
        (("good", "Name", "boss", PASSWORD), "role"),
        (("good", "Name", "agent", "1234"), "password"),
        (("good", "  ", "agent", PASSWORD), "full_name"),
        (("good", "Bad\x07Bell", "agent", PASSWORD), "full_name"),
    ],
)
def test_bad_input_saves_nothing(context, args, field):
    accounts = context.for_actor(make_admin(context)).accounts
    with pytest.raises(ValidationError) as err:
        accounts.add_user(*args)
    assert err.value.field == field
    assert [u.username for u in accounts.list_users()] == ["root"]


def test_admin_cannot_lock_themselves_out(context):
    admin = make_admin(context)
    accounts = context.for_actor(admin).accounts
    me = accounts.list_users()[0]
    with pytest.raises(ValidationError):
        accounts.set_active(me.id, me.version, False)
    with pytest.raises(ValidationError):
        accounts.update_user(me.id, me.version, full_name="Me", role="agent", language="fr")


def test_second_workstation_editing_a_stale_copy_gets_a_conflict(context):
    """Two admins open the same account; the second to save is told, and nothing is overwritten."""
    admin = make_admin(context)
    accounts = context.for_actor(admin).accounts
    seen = accounts.add_user("brigitte", "Brigitte Abena", "agent", PASSWORD)
    # Workstation 1 saves first.
    accounts.update_user(seen.id, seen.version, full_name="Brigitte Abena (Douala)", role="agent", language="fr")
    # Workstation 2 still holds the version it read before.
    with pytest.raises(Conflict) as err:
        accounts.update_user(seen.id, seen.version, full_name="Brigitte A. (Yaoundé)", role="manager", language="fr")
    assert "changed by someone else" in err.value.message
    assert err.value.current["full_name"] == "Brigitte Abena (Douala)"
    now = next(u for u in accounts.list_users() if u.username == "brigitte")
    assert (now.full_name, now.role) == ("Brigitte Abena (Douala)", "agent")


def test_a_race_between_read_and_write_is_caught_by_the_version_column(context):
    """Even when both sessions read the same version, the database refuses the second write."""
    admin = make_admin(context)
    created = context.for_actor(admin).accounts.add_user("brigitte", "Brigitte", "agent", PASSWORD)
    with read_only(context.session_factory()) as second:
        stale_copy = second.get(User, created.id)  # workstation 2 reads version 1
    with context.session_factory.begin() as first:
        first.get(User, created.id).full_name = "Written first"  # workstation 1 writes version 2
    with pytest.raises(Conflict), writing(context.session_factory, admin) as session:
        stale = session.merge(stale_copy, load=False)
        stale.full_name = "Written second"
    with context.session_factory() as s:
        assert s.get(User, created.id).full_name == "Written first"


def test_change_own_password(context):
    admin = make_admin(context)
    accounts = context.for_actor(admin).accounts
    with pytest.raises(ValidationError) as err:
        accounts.change_own_password("wrong-password", "brand-new-pass")
    assert err.value.field == "current_password"
    accounts.change_own_password(PASSWORD, "brand-new-pass")
    assert context.auth.authenticate("root", "brand-new-pass")
