"""Bring a database to the code's schema: backup first, then Alembic upgrade; refuse a newer database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from desk.models.backup import backup_sqlite

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNew(Exception):
    """The database was migrated by a newer Guichet than this one."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("file_template", "%%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s")
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return revision_of(conn)


def revision_of(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _known(revision: str) -> bool:
    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False


def is_empty(engine: Engine) -> bool:
    return not inspect(engine).get_table_names()


def upgrade(engine: Engine, backup_dir: Path | None = None) -> MigrationReport:
    """Upgrade to head. On SQLite a non-empty database is backed up first into `backup_dir`."""
    current = current_revision(engine)
    head = head_revision()
    if current is not None and not _known(current):
        raise DatabaseTooNew(current)
    if current == head:
        return MigrationReport(current, head, None)
    backup = None
    if backup_dir is not None and engine.dialect.name == "sqlite" and not is_empty(engine):
        database = engine.url.database
        if database and database != ":memory:":
            backup = backup_sqlite(Path(database), backup_dir, f"before-{head}")
    cfg = alembic_config()
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations rebuild tables; with foreign keys enforced, dropping the old copy would cascade.
            # The pragma only takes effect outside a transaction, hence on the raw connection before BEGIN.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise RuntimeError("the migration left rows pointing at missing records; nothing was changed")
        finally:
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    return MigrationReport(current, head, backup)
