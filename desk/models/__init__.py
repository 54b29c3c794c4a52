"""Database layer: SQLAlchemy 2 typed models, engine factory and migrations.

Importing this package registers every model on Base.metadata (Alembic and the tests rely on it).
"""

from desk.models import (  # noqa: F401
    account,
    assessment,
    audit,
    auditing,
    committee,
    data_protection,
    employment,
    exchange,
    followup,
    intake,
    ledger,
    operator,
    plan,
    reference,
    referral,
    returnee,
    setting,
    training,
)
from desk.models.base import Base

__all__ = ["Base"]
