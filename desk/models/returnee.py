"""A returnee (the person) and their cases (one return and its reintegration each).

The same person can come back years later and open a new case, so identity and case are distinct.
This module holds the identity and case core that the registry and the demo need; the intake
interview extends it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked, UTCDateTime

CASE_STATUSES = (
    "registered",
    "assessed",
    "operator_designated",
    "plan_submitted",
    "approved",
    "to_amend",
    "postponed",
    "rejected",
    "training",
    "disbursing",
    "monitoring",
    "closed",
)
SEXES = ("F", "M", "X")


class Person(Tracked, Base):
    __tablename__ = "persons"
    __table_args__ = (CheckConstraint("sex IN ('F', 'M', 'X')", name="sex"),)
    __audit_ignore__ = frozenset({"search_text"})
    __sensitive__ = frozenset({"photo"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family_name: Mapped[str] = mapped_column(String(120))
    given_names: Mapped[str] = mapped_column(String(160))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)  # when only an estimated year is known
    nationality: Mapped[str] = mapped_column(String(2))
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    id_document_type: Mapped[str | None] = mapped_column(String(24))
    id_document_number: Mapped[str | None] = mapped_column(String(64), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    town: Mapped[str | None] = mapped_column(String(120))
    phone_alt: Mapped[str | None] = mapped_column(String(32))
    marital_status: Mapped[str | None] = mapped_column(String(16))
    dependants: Mapped[int | None] = mapped_column(Integer)
    household_size: Mapped[int | None] = mapped_column(Integer)
    education_level: Mapped[str | None] = mapped_column(String(24))
    languages: Mapped[str | None] = mapped_column(String(200))
    occupation_before: Mapped[str | None] = mapped_column(String(120))
    skills: Mapped[str | None] = mapped_column(Text)
    relative_name: Mapped[str | None] = mapped_column(String(160))
    relative_phone: Mapped[str | None] = mapped_column(String(32))
    # A small JPEG, only with consent to a photo; loaded only when a case file asks for it.
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    # Set when a manager merged this person into another one (kept, so the merge can be undone).
    # Not indexed on purpose: "merged_into_id IS NULL" holds for nearly every row, and an index on it
    # lures SQLite away from walking the registry in order.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    # Lower-cased, accent-folded names, numbers and phone: what the registry search runs on.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Set when an approved erasure request was executed: the identity is gone, a pseudonym stands in its place.
    pseudonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Case(Tracked, Base):
    __tablename__ = "cases"
    __sensitive__ = frozenset({"vulnerability_notes"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    status: Mapped[str] = mapped_column(String(24), default="registered", index=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    return_date: Mapped[date | None] = mapped_column(Date, index=True)
    returned_from: Mapped[str | None] = mapped_column(String(2))
    return_type: Mapped[str | None] = mapped_column(String(24))
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id"), index=True)
    arrival_group: Mapped[str | None] = mapped_column(String(80))
    channel: Mapped[str | None] = mapped_column(String(16))  # walk_in, phone, video
    departure_date: Mapped[date | None] = mapped_column(Date)
    route: Mapped[str | None] = mapped_column(String(8))  # air, land, sea
    transit_countries: Mapped[list[str] | None] = mapped_column(JSON)
    notes: Mapped[str | None] = mapped_column(Text)
    vulnerability_notes: Mapped[str | None] = mapped_column(Text)  # medical, psychosocial: sensitive
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), index=True)  # current designation


class Counter(Base):
    """Named counters (case numbers per year, receipt numbers): incremented atomically by an UPDATE."""

    __tablename__ = "counters"
    __audited__ = False

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
