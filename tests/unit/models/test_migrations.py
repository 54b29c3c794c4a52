"""Migrations: the migrated schema is the models' schema; backups before upgrading; newer databases refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select, text

from desk.models import Base
from desk.models.account import User
from desk.models.migrate import alembic_config, current_revision, head_revision
from desk.models.types_compare import compare_type, include_name
from desk.services.context import DeskContext
from desk.services.errors import StorageError


def test_migrated_schema_equals_the_models(empty_db_url):
    context = DeskContext(empty_db_url)
    try:
        report = context.migrate(None)
        assert (report.from_revision, report.to_revision) == (None, head_revision())
        with context.engine.connect() as conn:
            opts = {"compare_type": compare_type, "include_name": include_name}
            diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
        assert diff == []
        tables = {t for t in inspect(context.engine).get_table_names() if include_name(t, "table", {})}
        assert tables == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        context.close()


def test_migrating_twice_changes_nothing(empty_db_url):
    context = DeskContext(empty_db_url)
    try:
        context.migrate(None)
        again = context.migrate(None)
        assert again.from_revision == again.to_revision == head_revision()
        assert again.backup is None
    finally:
        context.close()


def test_downgrade_to_nothing_and_back(empty_db_url):
    context = DeskContext(empty_db_url)
    try:
        context.migrate(None)
        cfg = alembic_config()
        with context.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        assert set(inspect(context.engine).get_table_names()) <= {"alembic_version"}  # search index too
        context.migrate(None)
        assert current_revision(context.engine) == head_revision()
    finally:
        context.close()


def test_a_database_newer_than_the_code_is_refused_and_left_alone(empty_db_url):
    context = DeskContext(empty_db_url)
    try:
        context.migrate(None)
        with context.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(StorageError, match="newer version of Guichet"):
            context.migrate(None)
        assert current_revision(context.engine) == "9999"
    finally:
        context.close()


def test_sqlite_is_backed_up_before_an_upgrade(tmp_path: Path):
    path = tmp_path / "desk.sqlite"
    context = DeskContext(f"sqlite:///{path}")
    backups = tmp_path / "backups"
    try:
        cfg = alembic_config()
        with context.engine.begin() as conn:  # a desk still on the first schema, with an account in it
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
            conn.execute(
                text(
                    "INSERT INTO users (username, full_name, role, password_hash, active, must_change_password,"
                    " language, failed_attempts, created_at, updated_at, version)"
                    " VALUES ('root', 'Root', 'admin', 'x', 1, 0, 'fr', 0,"
                    " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
                )
            )
        report = context.migrate(backups)
        assert report.from_revision == "0001" and report.to_revision == head_revision()
        assert report.backup is not None and report.backup.parent == backups
        copy = sqlite3.connect(report.backup)
        try:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert copy.execute("SELECT username FROM users").fetchall() == [("root",)]
        finally:
            copy.close()
        with context.session_factory() as s:
            assert s.scalar(select(func.count()).select_from(User)) == 1
    finally:
        context.close()


def test_a_new_empty_database_needs_no_backup(tmp_path: Path):
    context = DeskContext(f"sqlite:///{tmp_path / 'new.sqlite'}")
    try:
        assert context.migrate(tmp_path / "backups").backup is None
        assert not (tmp_path / "backups").exists()
    finally:
        context.close()
