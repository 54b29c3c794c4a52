"""Type comparison for Alembic autogenerate that understands the desk's own column types."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Column

from desk.models.base import UTCDateTime


def compare_type(
    context: Any, inspected_column: Any, metadata_column: Any, inspected_type: Any, metadata_type: Any
) -> bool | None:
    # UTCDateTime is a DateTime underneath: compare what it stands on, not the decorator.
    if isinstance(metadata_type, UTCDateTime):
        underlying = Column(metadata_column.name, metadata_type.impl, nullable=metadata_column.nullable)
        return bool(context.impl.compare_type(inspected_column, underlying))
    return None  # Alembic's default comparison


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    # Revisions must not import the application: UTCDateTime is written as the DateTime it stands on.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


# Search structures made by raw SQL in the migrations, which the models do not describe.
RAW_SQL_OBJECTS = ("persons_fts", "ix_persons_search_trgm", "ix_persons_search_gist")


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    return not (name and name.startswith(RAW_SQL_OBJECTS))
