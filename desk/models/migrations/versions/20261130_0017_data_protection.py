"""data protection: erasure requests, and the moment a person was pseudonymised

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30 00:54:30.609492
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "erasure_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("asked_by", sa.String(length=16), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("executed_by_id", sa.Integer(), nullable=True),
        sa.Column("executed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pseudonym", sa.String(length=40), nullable=True),
        sa.Column("outcome", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "asked_by IN ('person', 'guardian', 'representative', 'retention')",
            name=op.f("ck_erasure_requests_asked_by"),
        ),
        sa.CheckConstraint(
            "status IN ('requested', 'approved', 'refused', 'executed')", name=op.f("ck_erasure_requests_status")
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_erasure_requests_case_id_cases")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_erasure_requests_created_by_id_users")),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"], name=op.f("fk_erasure_requests_decided_by_id_users")),
        sa.ForeignKeyConstraint(
            ["executed_by_id"], ["users.id"], name=op.f("fk_erasure_requests_executed_by_id_users")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_erasure_requests_person_id_persons")),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f("fk_erasure_requests_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_requests")),
    )
    with op.batch_alter_table("erasure_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_erasure_requests_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_erasure_requests_person_status", ["person_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_erasure_requests_status"), ["status"], unique=False)

    # A plain ALTER TABLE on both back-ends: a batch rebuild of `persons` on SQLite would drop the triggers that
    # keep its search index (persons_fts) up to date, and copy 100,000 rows for one empty column.
    op.add_column("persons", sa.Column("pseudonymised_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (no rebuild, the search index triggers stay).
    op.execute("ALTER TABLE persons DROP COLUMN pseudonymised_at")

    with op.batch_alter_table("erasure_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasure_requests_status"))
        batch_op.drop_index("ix_erasure_requests_person_status")
        batch_op.drop_index(batch_op.f("ix_erasure_requests_case_id"))

    op.drop_table("erasure_requests")
