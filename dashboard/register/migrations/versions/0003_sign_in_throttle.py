"""Sign-in throttle and lock events; sessions keep why they ended; the per-account counters leave users.

The failed-attempt count moves from `users` to `sign_in_throttle`, which counts per (account, client), per
client and per account, also for addresses without an account. A lock that was running is not carried over.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_throttle",
        sa.Column("kind", sa.String(10), primary_key=True),
        sa.Column("account", sa.String(254), primary_key=True),
        sa.Column("client", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("window_start", sa.DateTime, nullable=False),
        sa.Column("locked_until", sa.DateTime, nullable=True),
        sa.Column("last_success", sa.DateTime, nullable=True),
    )
    op.create_table(
        "sign_in_locks",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("account", sa.String(254), nullable=False),
        sa.Column("client", sa.String(64), nullable=False),
        sa.Column("until", sa.DateTime, nullable=False),
        sa.Column("failures", sa.Integer, nullable=False),
    )
    op.create_index("ix_sign_in_locks_account_at", "sign_in_locks", ["account", "at"])
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("ended_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("ended_reason", sa.String(20), nullable=True))
    op.create_index("ix_sessions_last_seen", "sessions", ["last_seen"])
    with op.batch_alter_table("users") as batch:
        batch.drop_column("failed_attempts")
        batch.drop_column("locked_until")


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("failed_attempts", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("locked_until", sa.DateTime, nullable=True))
    op.drop_index("ix_sessions_last_seen", "sessions")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("ended_reason")
        batch.drop_column("ended_at")
    op.drop_index("ix_sign_in_locks_account_at", "sign_in_locks")
    op.drop_table("sign_in_locks")
    op.drop_table("sign_in_throttle")
