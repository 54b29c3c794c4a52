"""Reference lists: data seeded per country from resources/reference/, editable by the admin."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked


class RefMixin(Tracked):
    """Every list item has a stable code, a French and an English label, and can be retired (never deleted)."""

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_fr: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Currency(RefMixin, Base):
    __tablename__ = "currencies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    minor_units: Mapped[int] = mapped_column(Integer, default=0)
    symbol: Mapped[str] = mapped_column(String(8), default="")


class Region(RefMixin, Base):
    __tablename__ = "regions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Department(RefMixin, Base):
    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id"), index=True)


class Town(Tracked, Base):
    __tablename__ = "towns"
    __table_args__ = (UniqueConstraint("department_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Donor(RefMixin, Base):
    __tablename__ = "donors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Programme(RefMixin, Base):
    __tablename__ = "programmes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    donor_id: Mapped[int | None] = mapped_column(ForeignKey("donors.id"))
    # Subsets of ("social", "employment", "business") and of the training kinds.
    aid_levels: Mapped[list[str]] = mapped_column(JSON, default=list)
    required_training: Mapped[list[str]] = mapped_column(JSON, default=list)


class Institution(RefMixin, Base):
    __tablename__ = "institutions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), default="ministry")
    services: Mapped[list[str]] = mapped_column(JSON, default=list)


class Sector(RefMixin, Base):
    __tablename__ = "sectors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class ValueChain(RefMixin, Base):
    __tablename__ = "value_chains"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sector_id: Mapped[int] = mapped_column(ForeignKey("sectors.id"), index=True)


class Country(RefMixin, Base):
    """Countries returned from or transited through (not the desk's own country, which is a setting)."""

    __tablename__ = "countries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
