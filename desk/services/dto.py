"""Frozen data handed to the UI and the CLI: ORM objects never leave the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Actor:
    """The logged-in user, as every service sees them."""

    user_id: int
    username: str
    full_name: str
    role: str
    language: str = "fr"
    must_change_password: bool = False


@dataclass(frozen=True)
class UserDTO:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    locked: bool
    must_change_password: bool
    language: str
    last_login_at: datetime | None
    version: int


@dataclass(frozen=True)
class RefItemDTO:
    kind: str
    id: int
    code: str
    name_fr: str
    name_en: str
    active: bool
    parent_id: int | None
    version: int
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_fr


@dataclass(frozen=True)
class AuditEntryDTO:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str | None
    changes: dict[str, Any]
    summary: str | None


@dataclass(frozen=True)
class DeskInfoDTO:
    name: str
    country: str
    country_name: str
    currency: str
    currency_minor_units: int
    is_demo: bool
    idle_lock_minutes: int
    database: str
    backend: str
    schema_revision: str | None


@dataclass(frozen=True)
class DemoReport:
    persons: int
    cases: int
    users: tuple[str, ...]
    seconds: float
