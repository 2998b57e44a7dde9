"""Peiljaar status, organisations of accounts, and two-sided confirmation.

- `peiljaren`: every year the register already holds becomes *vastgesteld* (it was published as it is), so an
  upgraded server keeps showing what it showed; a new round is opened by a beheerder.
- `users` get an organisation; existing accounts have none until a beheerder sets one (`users set
  --organisatie`), and until then they cannot confirm for a side.
- `initiatives.confirmation` holds each side's word on the relation fields (none yet for existing records);
  `versions` record the editor's organisation, the side and a dispute's proposed level.

Revision ID: 0004
Revises: 0003
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Who closed the years an upgraded register already held (shown in the reader's language by the register).
MIGRATION_ACTOR = "migratie 0004"


def upgrade() -> None:
    peiljaren = op.create_table(
        "peiljaren",
        sa.Column("jaar", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("opened_at", sa.DateTime, nullable=True),
        sa.Column("opened_by", sa.String(254), nullable=False),
        sa.Column("closed_at", sa.DateTime, nullable=True),
        sa.Column("closed_by", sa.String(254), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("organisation_kind", sa.String(16), nullable=True))
        batch.add_column(sa.Column("organisation", sa.String(200), nullable=True))
        batch.add_column(sa.Column("organisation_name", sa.String(200), nullable=True))
    with op.batch_alter_table("initiatives") as batch:
        batch.add_column(sa.Column("confirmation", sa.JSON, nullable=True))
    with op.batch_alter_table("versions") as batch:
        batch.add_column(sa.Column("organisation", sa.String(200), nullable=True))
        batch.add_column(sa.Column("side", sa.String(16), nullable=True))
        batch.add_column(sa.Column("proposed_level", sa.String(12), nullable=True))
    connection = op.get_bind()
    years = sorted(
        int(year) for (year,) in connection.execute(sa.text("SELECT DISTINCT jaar FROM initiatives"))
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    if years:
        op.bulk_insert(
            peiljaren,
            [
                {
                    "jaar": year,
                    "status": "vastgesteld",
                    "opened_at": None,
                    "opened_by": "",
                    "closed_at": now,
                    "closed_by": MIGRATION_ACTOR,
                    "reason": "",
                }
                for year in years
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table("versions") as batch:
        batch.drop_column("proposed_level")
        batch.drop_column("side")
        batch.drop_column("organisation")
    with op.batch_alter_table("initiatives") as batch:
        batch.drop_column("confirmation")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("organisation_name")
        batch.drop_column("organisation")
        batch.drop_column("organisation_kind")
    op.drop_table("peiljaren")
