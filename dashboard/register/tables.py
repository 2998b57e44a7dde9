"""The register's tables (SQLAlchemy Core). The migrations in migrations/versions create exactly these."""

from __future__ import annotations

from typing import Final

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
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
    UniqueConstraint("initiative_pk", "version", name="uq_version"),
)

users = Table(
    "users",
    metadata,
    Column("email", String(254), primary_key=True),
    Column("role", String(12), nullable=False),
    Column("scope", JSON, nullable=False),
    Column("password_hash", Text, nullable=True),
    Column("failed_attempts", Integer, nullable=False, default=0),
    Column("locked_until", DateTime, nullable=True),
    Column("created_at", DateTime, nullable=False),
)

# Signed-in sessions: only a hash of the token is stored; `last_seen` enforces the idle expiry on the server.
sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("email", String(254), ForeignKey("users.email", ondelete="CASCADE"), nullable=False, index=True),
    Column("method", String(10), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("last_seen", DateTime, nullable=False),
)

STATUS_CONFIRMED: Final = "bevestigd"
STATUS_CONCEPT: Final = "concept"
