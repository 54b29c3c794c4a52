"""Workbook imports: each batch read and applied, the fingerprint of every row imported (so the same rows never
come in twice), the possible duplicates waiting for a person to decide, and the column mappings remembered per
donor profile."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked


class ImportBatch(Tracked, Base):
    """One workbook applied (who and when are the Tracked columns)."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    source: Mapped[str] = mapped_column(String(255))  # the file's name
    file_hash: Mapped[str] = mapped_column(String(64), index=True)
    sheet: Mapped[str] = mapped_column(String(120))
    profile: Mapped[str | None] = mapped_column(String(120))
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    rows_review: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)  # already imported before


class ImportedRow(Base):
    """The fingerprint of a row already imported: importing it again creates nothing."""

    __tablename__ = "imported_rows"
    __audited__ = False  # the batch is audited; tens of thousands of fingerprints would only repeat it
    __table_args__ = (UniqueConstraint("kind", "row_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    row_hash: Mapped[str] = mapped_column(String(64))
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), index=True)
    row_no: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))


class ImportReview(Tracked, Base):
    """A row that may be a person already registered: never merged silently, a person decides."""

    __tablename__ = "import_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), index=True)
    row_no: Mapped[int] = mapped_column(Integer)
    row_hash: Mapped[str] = mapped_column(String(64))
    values: Mapped[dict[str, Any]] = mapped_column(JSON)  # the row's typed values, as text
    candidate_person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    reasons: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)  # pending, same, new
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))  # the case opened once decided


class MappingProfile(Tracked, Base):
    """How a donor's workbooks name their columns: remembered so the next file maps itself."""

    __tablename__ = "mapping_profiles"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    name: Mapped[str] = mapped_column(String(120))
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON)  # column key -> header text in the donor's file
