"""Test fixtures: one migrated template database per back-end, copied for every test.

Every test that takes `context` runs on SQLite and, when a PostgreSQL server can be had, on PostgreSQL.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest
from argon2 import PasswordHasher

from desk.i18n import set_language
from desk.paths import sqlite_url
from desk.services import passwords
from desk.services.context import DeskContext
from tests.pg import PgServer, start_server

# Real desks use argon2's defaults (~200 ms a hash); tests need thousands of hashes.
passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))

BACKENDS = ("sqlite", "postgresql")
_counter = itertools.count()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user folders, settings or environment database."""
    monkeypatch.setenv("DESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DESK_DATABASE_URL", raising=False)
    monkeypatch.delenv("DESK_PASSWORD", raising=False)
    monkeypatch.setenv("DESK_LANG", "en")  # assertions read English; French has its own tests
    set_language("en")


def _prepare_template(url: str) -> None:
    context = DeskContext(url)
    context.migrate(None)
    context.desk.initialise("CM")
    context.close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[tuple[PgServer | None, str]]:
    server, why = start_server()
    yield server, why
    if server is not None:
        server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    _prepare_template(sqlite_url(path))
    return path


@pytest.fixture(scope="session")
def pg_template(pg_server: tuple[PgServer | None, str]) -> str | None:
    server, _ = pg_server
    if server is None:
        return None
    name = f"desk_template_{os.getpid()}"
    server.execute(f'DROP DATABASE IF EXISTS "{name}"')
    server.execute(f'CREATE DATABASE "{name}"')
    _prepare_template(server.url(name))
    return name


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated, initialised (Cameroon) database for this test."""
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        target = tmp_path / "desk.sqlite"
        shutil.copy(template, target)
        yield sqlite_url(target)
        return
    server, why = request.getfixturevalue("pg_server")
    if server is None:
        pytest.skip(f"PostgreSQL not available: {why}")
    template_name = request.getfixturevalue("pg_template")
    name = f"desk_test_{os.getpid()}_{next(_counter)}"
    server.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"')
    yield server.url(name)
    server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def context(db_url: str) -> Iterator[DeskContext]:
    ctx = DeskContext(db_url)
    yield ctx
    ctx.close()


@pytest.fixture
def empty_db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it, not even the schema."""
    if backend == "sqlite":
        yield sqlite_url(tmp_path / "empty.sqlite")
        return
    server, why = request.getfixturevalue("pg_server")
    if server is None:
        pytest.skip(f"PostgreSQL not available: {why}")
    name = f"desk_empty_{os.getpid()}_{next(_counter)}"
    server.execute(f'CREATE DATABASE "{name}"')
    yield server.url(name)
    server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
