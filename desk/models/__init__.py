"""Database layer: SQLAlchemy 2 typed models, engine factory and migrations.

Importing this package registers every model on Base.metadata (Alembic and the tests rely on it).
"""

from desk.models import account, audit, auditing, intake, operator, reference, returnee, setting  # noqa: F401
from desk.models.base import Base

__all__ = ["Base"]
