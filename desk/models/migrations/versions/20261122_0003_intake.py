"""intake: identity, return, consent, vulnerabilities, drafts, merges, search index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 07:43:48.203533
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "intake_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["agent_id"], ["users.id"], name=op.f("fk_intake_drafts_agent_id_users")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_intake_drafts_created_by_id_users")),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f("fk_intake_drafts_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_drafts")),
    )
    with op.batch_alter_table("intake_drafts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_intake_drafts_agent_id"), ["agent_id"], unique=False)

    op.create_table(
        "person_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kept_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("case_ids", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_person_merges_created_by_id_users")),
        sa.ForeignKeyConstraint(["kept_id"], ["persons.id"], name=op.f("fk_person_merges_kept_id_persons")),
        sa.ForeignKeyConstraint(["merged_id"], ["persons.id"], name=op.f("fk_person_merges_merged_id_persons")),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f("fk_person_merges_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_merges")),
    )
    with op.batch_alter_table("person_merges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_merges_kept_id"), ["kept_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_merges_merged_id"), ["merged_id"], unique=False)

    op.create_table(
        "case_vulnerabilities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_vulnerabilities_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_case_vulnerabilities_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_case_vulnerabilities_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_vulnerabilities")),
        sa.UniqueConstraint("case_id", "kind", name=op.f("uq_case_vulnerabilities_case_id_kind")),
    )
    with op.batch_alter_table("case_vulnerabilities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_vulnerabilities_case_id"), ["case_id"], unique=False)

    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("processing", sa.Boolean(), nullable=False),
        sa.Column("share_operators", sa.Boolean(), nullable=False),
        sa.Column("share_institutions", sa.Boolean(), nullable=False),
        sa.Column("photo", sa.Boolean(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("guardian_name", sa.String(length=160), nullable=True),
        sa.Column("guardian_relation", sa.String(length=60), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_reason", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_consents_case_id_cases")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_consents_created_by_id_users")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_consents_person_id_persons")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_consents_recorded_by_id_users")),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f("fk_consents_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consents_person_id"), ["person_id"], unique=False)

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("channel", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("departure_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("route", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("transit_countries", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("notes", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("vulnerability_notes", sa.Text(), nullable=True))

    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phone_alt", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("marital_status", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("dependants", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("household_size", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("education_level", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("languages", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("occupation_before", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("skills", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("relative_name", sa.String(length=160), nullable=True))
        batch_op.add_column(sa.Column("relative_phone", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("photo", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_persons_merged_into_id_persons"), "persons", ["merged_into_id"], ["id"]
        )
    _create_search_index()


def downgrade() -> None:
    _drop_search_index()
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_persons_merged_into_id_persons"), type_="foreignkey")
        batch_op.drop_column("merged_into_id")
        batch_op.drop_column("photo")
        batch_op.drop_column("relative_phone")
        batch_op.drop_column("relative_name")
        batch_op.drop_column("skills")
        batch_op.drop_column("occupation_before")
        batch_op.drop_column("languages")
        batch_op.drop_column("education_level")
        batch_op.drop_column("household_size")
        batch_op.drop_column("dependants")
        batch_op.drop_column("marital_status")
        batch_op.drop_column("phone_alt")

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("vulnerability_notes")
        batch_op.drop_column("notes")
        batch_op.drop_column("transit_countries")
        batch_op.drop_column("route")
        batch_op.drop_column("departure_date")
        batch_op.drop_column("channel")

    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_person_id"))
        batch_op.drop_index(batch_op.f("ix_consents_case_id"))

    op.drop_table("consents")
    with op.batch_alter_table("case_vulnerabilities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_vulnerabilities_case_id"))

    op.drop_table("case_vulnerabilities")
    with op.batch_alter_table("person_merges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_merges_merged_id"))
        batch_op.drop_index(batch_op.f("ix_person_merges_kept_id"))

    op.drop_table("person_merges")
    with op.batch_alter_table("intake_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intake_drafts_agent_id"))

    op.drop_table("intake_drafts")


# The registry's search: a trigram index over persons.search_text (FTS5 on SQLite, pg_trgm on PostgreSQL).
SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE persons_fts USING fts5(search_text, content='persons', content_rowid='id', "
    "tokenize='trigram')",
    """CREATE TRIGGER persons_fts_insert AFTER INSERT ON persons BEGIN
       INSERT INTO persons_fts(rowid, search_text) VALUES (new.id, new.search_text); END""",
    """CREATE TRIGGER persons_fts_delete AFTER DELETE ON persons BEGIN
       INSERT INTO persons_fts(persons_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END""",
    """CREATE TRIGGER persons_fts_update AFTER UPDATE OF search_text ON persons BEGIN
       INSERT INTO persons_fts(persons_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
       INSERT INTO persons_fts(rowid, search_text) VALUES (new.id, new.search_text); END""",
    "INSERT INTO persons_fts(persons_fts) VALUES ('rebuild')",
]
POSTGRES_SEARCH = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_persons_search_trgm ON persons USING gin (search_text gin_trgm_ops)",
]


def _create_search_index() -> None:
    for statement in SQLITE_SEARCH if op.get_bind().dialect.name == "sqlite" else POSTGRES_SEARCH:
        op.execute(statement)


def _drop_search_index() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("persons_fts_insert", "persons_fts_delete", "persons_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS persons_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_persons_search_trgm")
