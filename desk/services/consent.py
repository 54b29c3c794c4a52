"""Whether a person's data may leave the desk: the rule every sharing feature asks before it shares."""

from __future__ import annotations

from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.intake import Consent
from desk.services.errors import PermissionDenied

Scope = Literal["operators", "institutions", "photo"]


def sharing_allowed(session: Session, person_id: int, scope: Scope) -> bool:
    """True when the person's latest consent is in force and covers `scope` (a withdrawal blocks everything)."""
    consent = session.scalars(
        select(Consent).where(Consent.person_id == person_id).order_by(Consent.id.desc()).limit(1)
    ).first()
    if consent is None or consent.withdrawn_at is not None or not consent.processing:
        return False
    return bool(
        {"operators": consent.share_operators, "institutions": consent.share_institutions, "photo": consent.photo}[
            scope
        ]
    )


def require_sharing(session: Session, person_id: int, scope: Scope) -> None:
    if not sharing_allowed(session, person_id, scope):
        raise PermissionDenied(
            translate(
                "Errors",
                "This person has not consented to this sharing (or withdrew their consent): nothing was shared.",
            )
        )
