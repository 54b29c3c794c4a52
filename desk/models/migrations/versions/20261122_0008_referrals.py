"""referrals

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22 09:06:33.903417
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status IN ('sent', 'accepted', 'service_given', 'declined', 'no_answer')", name=op.f("ck_referrals_status")
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_referrals_created_by_id_users")),
        sa.ForeignKeyConstraint(
            ["institution_id"], ["institutions.id"], name=op.f("fk_referrals_institution_id_institutions")
        ),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f("fk_referrals_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referrals_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_referrals_institution_id"), ["institution_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_institution_id"))
        batch_op.drop_index(batch_op.f("ix_referrals_due_on"))
        batch_op.drop_index(batch_op.f("ix_referrals_case_id"))

    op.drop_table("referrals")
