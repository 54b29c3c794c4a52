"""The desk's reference lists (regions, programmes, sectors…) as an import's codes and the other ways they are
written (their French and English names), for the CODE and CODES columns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import current_language


def reference_codes(session: Session, model: Any) -> dict[str, str]:
    """Active items: code -> name in the person's language, in the list's order."""
    english = current_language() == "en"
    return {
        r.code: (r.name_en if english else r.name_fr)
        for r in session.scalars(select(model).where(model.active.is_(True)).order_by(model.sort_order))
    }


def reference_aliases(session: Session, model: Any) -> dict[str, str]:
    """Every item's French and English names -> its code (retired items too: old files still name them)."""
    return {name: r.code for r in session.scalars(select(model)) for name in (r.name_fr, r.name_en)}
