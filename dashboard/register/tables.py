"""The register's tables (SQLAlchemy Core): the one description of the schema.

The migrations in migrations/versions build it step by step; Alembic's environment compares against this
metadata, and tests/dashboard/register/test_schema.py holds every database migrated to head to it (no drift).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

# One row; `revision` goes up by one in every write transaction, so a reader can tell cheaply whether its
# cached copy is still current (also across app processes).
meta = Table(
    "register_meta",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("seeded_from", Text, nullable=True),
    Column("created_at", DateTime, nullable=False),
)

# The current state of each initiative per peiljaar; every change also writes a row to `versions`.
initiatives = Table(
    "initiatives",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("record_id", String(200), nullable=False),
    Column("jaar", Integer, nullable=False),
    Column("status", String(12), nullable=False),
    Column("withdrawn", Boolean, nullable=False, default=False),
    Column("withdrawn_reason", Text, nullable=False, default=""),
    Column("version", Integer, nullable=False),
    Column("data", JSON, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("updated_by", String(254), nullable=False),
    # Each side's word on the relation fields (`core.confirmation.Confirmation`); None: nobody said anything.
    Column("confirmation", JSON, nullable=True),
    UniqueConstraint("record_id", "jaar", name="uq_initiative_key"),
)

versions = Table(
    "versions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("initiative_pk", Integer, ForeignKey("initiatives.pk"), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("action", String(20), nullable=False),
    Column("changed_by", String(254), nullable=False),
    Column("changed_at", DateTime, nullable=False),
    Column("changed_fields", JSON, nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("data", JSON, nullable=False),
    # The editor's organisation as the public reads it, at the time of the change (accounts change or go);
    # None for the shipped data and the command line.
    Column("organisation", String(200), nullable=True),
    # The side the change was made as (gemeente | zorgverzekeraar), when the editor spoke for one.
    Column("side", String(16), nullable=True),
    # A dispute's proposed samenwerkingsniveau.
    Column("proposed_level", String(12), nullable=True),
    UniqueConstraint("initiative_pk", "version", name="uq_version"),
)

# One row per peiljaar with a status: open (being filled) or vastgesteld (closed by a beheerder, with why).
peiljaren = Table(
    "peiljaren",
    metadata,
    Column("jaar", Integer, primary_key=True, autoincrement=False),
    Column("status", String(12), nullable=False),
    Column("opened_at", DateTime, nullable=True),
    Column("opened_by", String(254), nullable=False),
    Column("closed_at", DateTime, nullable=True),
    Column("closed_by", String(254), nullable=False),
    Column("reason", Text, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("email", String(254), primary_key=True),
    Column("role", String(12), nullable=False),
    Column("scope", JSON, nullable=False),
    Column("password_hash", Text, nullable=True),
    Column("created_at", DateTime, nullable=False),
    # The organisation the account speaks for (`core.organisation`); None until a beheerder sets it, and an
    # account without one can edit in its scope but never confirm for a side.
    Column("organisation_kind", String(16), nullable=True),
    Column("organisation", String(200), nullable=True),
    Column("organisation_name", String(200), nullable=True),
)

# Signed-in sessions: only a hash of the token is stored; `last_seen` enforces the idle expiry on the server
# (touched at most every few minutes, so a rerun only reads). A session ended by a password change keeps its
# row with `ended_reason` for a while, so its tab can say why; `accounts` removes old rows a few at a time.
sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("email", String(254), ForeignKey("users.email", ondelete="CASCADE"), nullable=False, index=True),
    Column("method", String(10), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("last_seen", DateTime, nullable=False, index=True),
    Column("ended_at", DateTime, nullable=True),
    Column("ended_reason", String(20), nullable=True),
)

# Failed sign-ins, counted per (account, client address) pair, per client address and per account, for any
# address typed in (also one without an account, so the answers never tell which accounts exist).
sign_in_throttle = Table(
    "sign_in_throttle",
    metadata,
    Column("kind", String(10), primary_key=True),
    Column("account", String(254), primary_key=True),
    Column("client", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("window_start", DateTime, nullable=False),
    Column("locked_until", DateTime, nullable=True),
    # The last successful sign-in of this pair: a known client is not held back by the account-wide lock.
    Column("last_success", DateTime, nullable=True),
)

# Every lock the throttle set, for the beheerder (`users list`).
sign_in_locks = Table(
    "sign_in_locks",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("account", String(254), nullable=False),
    Column("client", String(64), nullable=False),
    Column("until", DateTime, nullable=False),
    Column("failures", Integer, nullable=False),
    Index("ix_sign_in_locks_account_at", "account", "at"),
)
