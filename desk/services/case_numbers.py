"""Case numbers <country>-<year>-<6 digits>, unique and generated atomically on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desk.models.returnee import Counter


def next_value(session: Session, name: str) -> int:
    """Increment a named counter inside the caller's transaction and return the new value.

    The UPDATE takes the row lock (PostgreSQL) or runs under the write lock that BEGIN IMMEDIATE took
    (SQLite), so two workstations can never draw the same value; a rolled-back transaction gives its
    number back.
    """
    dialect = session.get_bind().dialect.name
    builder = pg_insert if dialect == "postgresql" else sqlite_insert if dialect == "sqlite" else None
    if builder is not None:
        session.execute(builder(Counter).values(name=name, value=0).on_conflict_do_nothing(index_elements=["name"]))
    elif session.get(Counter, name) is None:  # pragma: no cover - other back-ends
        session.execute(insert(Counter).values(name=name, value=0))
    session.execute(update(Counter).where(Counter.name == name).values(value=Counter.value + 1))
    return int(session.scalar(select(Counter.value).where(Counter.name == name)) or 0)


def next_case_number(session: Session, country: str, year: int) -> str:
    return f"{country}-{year}-{next_value(session, f'case:{country}:{year}'):06d}"
