"""What the intake interview records beside identity: consent, vulnerabilities, drafts, merges."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, Tracked, UTCDateTime

VULNERABILITY_KINDS = (
    "medical",
    "psychosocial",
    "trafficking",
    "unaccompanied_minor",
    "disability",
    "pregnancy",
    "elderly",
    "single_parent",
)


class Consent(Tracked, Base):
    """A consent given at intake, with its scope. Withdrawing it stamps withdrawn_at; nothing is deleted."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    processing: Mapped[bool] = mapped_column(Boolean, default=False)
    share_operators: Mapped[bool] = mapped_column(Boolean, default=False)
    share_institutions: Mapped[bool] = mapped_column(Boolean, default=False)
    photo: Mapped[bool] = mapped_column(Boolean, default=False)
    given_on: Mapped[date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8), default="fr")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    guardian_name: Mapped[str | None] = mapped_column(String(160))
    guardian_relation: Mapped[str | None] = mapped_column(String(60))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_reason: Mapped[str | None] = mapped_column(String(300))


class CaseVulnerability(Tracked, Base):
    """One vulnerability found at screening. Sensitive: its kind never reaches the audit trail."""

    __tablename__ = "case_vulnerabilities"
    __table_args__ = (UniqueConstraint("case_id", "kind"),)
    __sensitive__ = frozenset({"kind"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))


class IntakeDraft(Tracked, Base):
    """An intake form saved half-way, to be resumed. The form's content is sensitive as a whole."""

    __tablename__ = "intake_drafts"
    __sensitive__ = frozenset({"data", "label"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class PersonMerge(Tracked, Base):
    """Two records found to be one person: which cases moved, so the merge can be undone."""

    __tablename__ = "person_merges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    case_ids: Mapped[list[int]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(String(300))
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
