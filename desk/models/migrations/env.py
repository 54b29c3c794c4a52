"""Alembic environment: runs on the connection handed over by desk.models.migrate (or on sqlalchemy.url)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from desk.models import Base
from desk.models.db import make_engine
from desk.models.types_compare import compare_type, include_name, render_item

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=compare_type,
        render_item=render_item,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; run `desk init`")
run_migrations_online()
