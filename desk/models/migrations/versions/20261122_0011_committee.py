"""committee

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22 09:16:48.815600
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "committee_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_committee_sessions_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_committee_sessions_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_sessions")),
    )
    with op.batch_alter_table("committee_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_committee_sessions_held_on"), ["held_on"], unique=False)

    op.create_table(
        "committee_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("amount_approved", sa.BigInteger(), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "decision IN ('approved', 'to_amend', 'postponed', 'rejected')",
            name=op.f("ck_committee_decisions_decision"),
        ),
        sa.CheckConstraint("amount_approved >= 0", name=op.f("ck_committee_decisions_amount")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_committee_decisions_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_committee_decisions_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_committee_decisions_plan_id_plans")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["committee_sessions.id"], name=op.f("fk_committee_decisions_session_id_committee_sessions")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_committee_decisions_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_decisions")),
        sa.UniqueConstraint("session_id", "plan_id", name=op.f("uq_committee_decisions_session_id_plan_id")),
    )
    with op.batch_alter_table("committee_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_committee_decisions_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_committee_decisions_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_committee_decisions_session_id"), ["session_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("committee_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_decisions_session_id"))
        batch_op.drop_index(batch_op.f("ix_committee_decisions_plan_id"))
        batch_op.drop_index(batch_op.f("ix_committee_decisions_case_id"))

    op.drop_table("committee_decisions")
    with op.batch_alter_table("committee_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_sessions_held_on"))

    op.drop_table("committee_sessions")
