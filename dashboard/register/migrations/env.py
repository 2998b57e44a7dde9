"""Alembic environment: migrations always run on the connection that `dashboard.register.db.migrate` passes,
and compare against `tables.metadata`, the one description of the schema (autogenerate and the drift test)."""

from alembic import context

from dashboard.register import tables

connection = context.config.attributes["connection"]
context.configure(
    connection=connection, target_metadata=tables.metadata, render_as_batch=True, compare_type=True
)
with context.begin_transaction():
    context.run_migrations()
