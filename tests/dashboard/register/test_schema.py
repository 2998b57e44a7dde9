"""One schema: the migrations, run on an empty database, build exactly `tables.metadata` (no drift), on SQLite
and on the throw-away PostgreSQL. A later schema change must come as a new migration that keeps this true."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from dashboard.register import db, tables


def _drift(engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "compare_server_default": False, "target_metadata": tables.metadata},
        )
        return list(compare_metadata(context, tables.metadata))


def test_migrations_build_exactly_the_tables_of_the_code(db_url):
    engine = db.make_engine(db_url)
    db.migrate(engine)
    assert db.current_revision(engine) == db.head_revision() == db.SCHEMA_HEAD
    assert _drift(engine) == []
    engine.dispose()


def test_the_comparison_sees_a_difference(db_url):
    """The drift test can fail: a database one migration short of head differs from the metadata."""
    engine = db.make_engine(db_url)
    db.migrate(engine, "0002")
    assert _drift(engine) != []
    engine.dispose()
