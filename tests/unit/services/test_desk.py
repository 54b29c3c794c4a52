"""The desk's settings and the demonstration data."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from desk.models.account import User
from desk.models.returnee import Case, Counter, Person
from desk.services.demo_service import DEMO_PASSWORD
from desk.services.errors import ValidationError
from desk.services.progress import Cancelled, CancelToken
from tests.factories import make_admin


def test_settings_defaults_and_update(context):
    info = context.desk.info()
    assert (info.country, info.currency, info.idle_lock_minutes, info.is_demo) == ("CM", "XAF", 5, False)
    admin = make_admin(context)
    updated = context.desk.update_settings(admin, name="Guichet diaspora – Douala", idle_lock_minutes=10)
    assert (updated.name, updated.idle_lock_minutes) == ("Guichet diaspora – Douala", 10)
    with pytest.raises(ValidationError) as err:
        context.desk.update_settings(admin, name="X", idle_lock_minutes=0)
    assert err.value.field == "idle_lock_minutes"


def test_demo_data_never_goes_into_a_real_desk(context):
    with pytest.raises(ValidationError, match="demonstration database"):
        context.demo.generate(10)
    with context.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def _make_demo(context) -> None:
    from desk.models.setting import DeskSetting
    from desk.services.desk_service import IS_DEMO

    with context.session_factory.begin() as s:
        s.get(DeskSetting, IS_DEMO).value = "1"


def _near_duplicates(persons) -> int:
    """Pairs born the same day whose names are swapped, or equal once accents are dropped."""
    from desk.services.validation import fold

    found = 0
    by_birth: dict = {}
    for p in persons:
        by_birth.setdefault((p.birth_date, p.sex), []).append(p)
    for group in by_birth.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                swapped = (a.family_name, a.given_names) == (b.given_names, b.family_name)
                accents = a.given_names != b.given_names and fold(a.given_names) == fold(b.given_names)
                found += swapped or (accents and a.family_name == b.family_name)
    return found


def test_demo_generates_realistic_returnees_and_role_accounts(context):
    _make_demo(context)
    report = context.demo.generate(600, seed=7)
    assert (report.persons, set(report.users)) == (600, {"agent", "manager", "finance", "admin"})
    for role in report.users:
        assert context.auth.authenticate(role, DEMO_PASSWORD).role == role
    with context.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 600
        numbers = list(s.scalars(select(Case.number)))
        assert len(numbers) == report.cases >= 600 and len(set(numbers)) == len(numbers)
        assert all(re.fullmatch(r"CM-20\d\d-\d{6}", n) for n in numbers)
        persons = s.scalars(select(Person)).all()
        assert all(p.search_text == p.search_text.lower() for p in persons)
        assert all(p.region_id and p.town for p in persons)
        assert _near_duplicates(persons) >= 2  # what the desk's duplicate check must catch
        year_counters = {c.name: c.value for c in s.scalars(select(Counter))}
        for number in numbers:
            _, year, seq = number.split("-")
            assert int(seq) <= year_counters[f"case:CM:{year}"]
        assert s.scalar(select(func.count()).select_from(User)) == 4


def test_demo_is_deterministic_for_a_seed(tmp_path, backend):
    if backend != "sqlite":
        pytest.skip("generation does not depend on the back-end; two SQLite files suffice")
    from desk.services.context import DeskContext

    people = []
    for name in ("one", "two"):
        ctx = DeskContext(f"sqlite:///{tmp_path / name}.sqlite")
        ctx.migrate(None)
        ctx.desk.initialise("CM", is_demo=True)
        ctx.demo.generate(80, seed=3)
        with ctx.session_factory() as s:
            people.append(
                [
                    (p.family_name, p.given_names, p.birth_date, p.phone)
                    for p in s.scalars(select(Person).order_by(Person.id))
                ]
            )
        ctx.close()
    assert len(people[0]) == 80 and people[0] == people[1]


def test_demo_refuses_to_fill_twice(context):
    _make_demo(context)
    context.demo.generate(5)
    with pytest.raises(ValidationError, match="already has returnees"):
        context.demo.generate(5)


def test_cancelled_demo_leaves_the_database_unchanged(context):
    _make_demo(context)
    token = CancelToken()
    calls = []

    def progress(done, total, _message):
        calls.append(done)
        if done >= 5_000:
            token.cancel()

    with pytest.raises(Cancelled):
        context.demo.generate(12_000, progress=progress, cancel=token)
    with context.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
        assert s.scalar(select(func.count()).select_from(User)) == 0
    assert calls and max(calls) == 5_000
