"""Alembic environment: always run with a connection handed in by tipoff.store.migrate.

No alembic.ini and no URL here: the caller (``tipoff db upgrade``, the tests) opens the
connection from Settings and passes it through ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from tipoff.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through tipoff.store.migrate (tipoff db upgrade)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
