"""Initiatives, their versions and the revision counter.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "register_meta",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("seeded_from", sa.Text, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "initiatives",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(200), nullable=False),
        sa.Column("jaar", sa.Integer, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("withdrawn", sa.Boolean, nullable=False),
        sa.Column("withdrawn_reason", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("updated_by", sa.String(254), nullable=False),
        sa.UniqueConstraint("record_id", "jaar", name="uq_initiative_key"),
    )
    op.create_table(
        "versions",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("initiative_pk", sa.Integer, sa.ForeignKey("initiatives.pk"), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("changed_by", sa.String(254), nullable=False),
        sa.Column("changed_at", sa.DateTime, nullable=False),
        sa.Column("changed_fields", sa.JSON, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.UniqueConstraint("initiative_pk", "version", name="uq_version"),
    )
    op.create_index("ix_versions_initiative_pk", "versions", ["initiative_pk"])
    # The one meta row exists from the start, so every write can raise the revision without an upsert.
    op.execute(
        meta.insert().values(id=1, revision=0, seeded_from=None, created_at=sa.func.current_timestamp())
    )


def downgrade() -> None:
    op.drop_index("ix_versions_initiative_pk", "versions")
    op.drop_table("versions")
    op.drop_table("initiatives")
    op.drop_table("register_meta")
