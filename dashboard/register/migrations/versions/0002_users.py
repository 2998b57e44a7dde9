"""Local accounts and signed-in sessions.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("email", sa.String(254), primary_key=True),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("scope", sa.JSON, nullable=False),
        sa.Column("password_hash", sa.Text, nullable=True),
        sa.Column("failed_attempts", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("email", sa.String(254), sa.ForeignKey("users.email", ondelete="CASCADE"), nullable=False),
        sa.Column("method", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_seen", sa.DateTime, nullable=False),
    )
    op.create_index("ix_sessions_email", "sessions", ["email"])


def downgrade() -> None:
    op.drop_index("ix_sessions_email", "sessions")
    op.drop_table("sessions")
    op.drop_table("users")
