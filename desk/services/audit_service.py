"""Reading the audit trail: one record's history, or the desk's recent activity."""

from __future__ import annotations

from sqlalchemy import select

from desk.models.audit import AuditEntry
from desk.services.dto import Actor, AuditEntryDTO
from desk.services.permissions import Action, require
from desk.services.uow import SessionFactory, reading

# Which permission lets a person read the history of which table.
_HISTORY_ACTION = {
    "users": Action.USERS_MANAGE,
    "persons": Action.CASE_VIEW,
    "cases": Action.CASE_VIEW,
}


def _dto(row: AuditEntry) -> AuditEntryDTO:
    return AuditEntryDTO(
        id=row.id,
        at=row.at,
        username=row.username,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        changes=dict(row.changes or {}),
        summary=row.summary,
    )


class AuditService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def history(self, entity: str, entity_id: object) -> list[AuditEntryDTO]:
        """Everything that happened to one record, oldest first."""
        require(self._actor, _HISTORY_ACTION.get(entity, Action.REFERENCE_VIEW))
        query = (
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
            .order_by(AuditEntry.id)
        )
        with reading(self._sf) as session:
            return [_dto(row) for row in session.scalars(query)]

    def recent(self, limit: int = 200, before_id: int | None = None) -> list[AuditEntryDTO]:
        """The desk's latest audit entries, newest first, a page at a time (before_id for the next page)."""
        require(self._actor, Action.AUDIT_VIEW)
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(max(1, min(limit, 1000)))
        if before_id is not None:
            query = query.where(AuditEntry.id < before_id)
        with reading(self._sf) as session:
            return [_dto(row) for row in session.scalars(query)]
