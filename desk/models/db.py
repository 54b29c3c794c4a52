"""Engine and session factory for SQLite (embedded) and PostgreSQL (shared server)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desk.models.db_checks import (
    SQLITE_BUSY,
    SQLITE_CANTOPEN,
    SQLITE_CORRUPT,
    SQLITE_FULL,
    SQLITE_LOCKED,
    SQLITE_NOTADB,
    SQLITE_READONLY,
    sqlite_error_code,
)

BUSY_TIMEOUT_MS = 15_000
READ_ONLY = "desk_read_only"
# PostgreSQL: give up on an unreachable server after this long rather than freeze the window, and let TCP
# keep-alives find a connection that died silently (a server restarted, a cable pulled) within about a minute.
PG_CONNECT_ARGS: dict[str, Any] = {
    "connect_timeout": 10,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine with the desk's pragmas (SQLite) or a checked pool (PostgreSQL)."""
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _configure_sqlite(engine)
        return engine
    # A connection the server dropped while idle in the pool (restart, network cut) is replaced before use.
    kwargs.setdefault("pool_pre_ping", True)
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        given = set(parsed.query) | set(kwargs.get("connect_args", {}))
        defaults = {key: value for key, value in PG_CONNECT_ARGS.items() if key not in given}
        kwargs["connect_args"] = {**defaults, **kwargs.get("connect_args", {})}
    return create_engine(url, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event decide how a transaction starts (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write transaction takes the write lock at once (BEGIN IMMEDIATE), so a transaction that reads then
        # writes can never fail with SQLITE_BUSY_SNAPSHOT after another workstation committed; it waits instead.
        # Read-only sessions start deferred and never block writers.
        if conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def read_only(session: Session) -> Session:
    """Mark a fresh session as read-only (a deferred transaction on SQLite). Call before its first query."""
    session.connection(execution_options={READ_ONLY: True})
    return session


# -- what went wrong, for the message the desk sees ---------------------------------------------------
class Failure(StrEnum):
    DISK_FULL = "disk_full"
    DAMAGED = "damaged"
    CONNECTION_LOST = "connection_lost"  # the server ended the session, or the network dropped it
    UNREACHABLE = "unreachable"  # no connection could be made
    BUSY = "busy"
    READ_ONLY = "read_only"
    OTHER = "other"


# PostgreSQL SQLSTATEs: the server itself ended the session (its transaction rolled back), or cannot take it.
SERVER_ENDED_SESSION = frozenset({"57P01", "57P02", "57P03"})  # admin shutdown, crash shutdown, cannot connect now
PG_DISK_FULL = "53100"
PG_BUSY = frozenset({"40001", "40P01", "55P03"})  # serialization failure, deadlock, lock not available


def sqlstate(exc: BaseException | None) -> str | None:
    """The PostgreSQL SQLSTATE of a driver error (or of the one a SQLAlchemy error wraps), else None."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    state = getattr(orig, "sqlstate", None)
    return state if isinstance(state, str) else None


def classify_failure(exc: BaseException) -> Failure:
    """The kind of a database failure (SQLAlchemy's DBAPIError or the driver's own error)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = sqlite_error_code(orig)
    if code is not None:
        return {
            SQLITE_FULL: Failure.DISK_FULL,
            SQLITE_CORRUPT: Failure.DAMAGED,
            SQLITE_NOTADB: Failure.DAMAGED,
            SQLITE_BUSY: Failure.BUSY,
            SQLITE_LOCKED: Failure.BUSY,
            SQLITE_READONLY: Failure.READ_ONLY,
            SQLITE_CANTOPEN: Failure.UNREACHABLE,
        }.get(code, Failure.OTHER)
    state = sqlstate(orig)
    if state == PG_DISK_FULL:
        return Failure.DISK_FULL
    if state in PG_BUSY:
        return Failure.BUSY
    if state in SERVER_ENDED_SESSION or (isinstance(exc, DBAPIError) and exc.connection_invalidated):
        return Failure.CONNECTION_LOST
    if state is not None and state.startswith("08"):  # connection exception
        return Failure.UNREACHABLE
    if state is None and type(orig).__module__.startswith("psycopg") and type(orig).__name__ == "OperationalError":
        # psycopg's own error with no session behind it (a live one that broke is flagged invalidated above):
        # the server could not be reached at all.
        return Failure.UNREACHABLE
    return Failure.OTHER
