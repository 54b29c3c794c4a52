"""Declarative base with a constraint naming convention, UTC timestamps and the tracked-record mixin."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import DateTime, ForeignKey, Integer, MetaData
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stored in UTC (naive on SQLite, timestamptz on PostgreSQL), always returned timezone-aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    # Columns whose values never reach the audit trail (names are kept, values are not).
    __sensitive__: ClassVar[frozenset[str]] = frozenset()
    # Columns left out of the audit trail entirely (bookkeeping, derived data).
    __audit_ignore__: ClassVar[frozenset[str]] = frozenset()
    # False for tables that are written by the audit machinery itself, or are pure derived data.
    __audited__: ClassVar[bool] = True


class Tracked:
    """Who created and last changed a row, when, and a version counter for optimistic locking.

    The version counter is SQLAlchemy's version_id_col: an UPDATE carries `WHERE version = :seen`,
    so a second workstation saving over a change it has not seen updates no row and fails.
    """

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr
    def created_by_id(cls) -> Mapped[int | None]:  # noqa: N805
        return mapped_column(ForeignKey("users.id"), default=None)

    @declared_attr
    def updated_by_id(cls) -> Mapped[int | None]:  # noqa: N805
        return mapped_column(ForeignKey("users.id"), default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.version}


TRACKING_COLUMNS = frozenset({"created_at", "updated_at", "version", "created_by_id", "updated_by_id"})
