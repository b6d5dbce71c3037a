"""A transaction that holds a named write lock, across threads and processes, on both
backends: only one holder of a name writes at a time, and it sees what the previous
holder committed.

- PostgreSQL: a transaction advisory lock (``pg_advisory_xact_lock``) keyed on the schema
  and the name, the first statement of a READ COMMITTED transaction. It is released at
  commit or rollback, and by the server if the process dies.
- SQLite: ``BEGIN IMMEDIATE``, SQLite's database write lock (one writer for the whole
  database, so the name is not needed), which also freezes the snapshot.

Used by link (``tipoff.link.lock``: one writer of the link tables) and share (one
publisher of an agency's collection tier).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

ADVISORY_KEY = "hashtext(current_schema() || :name)"  # SQL: the lock key of :name


@contextmanager
def write_transaction(engine: Engine, lock_name: str) -> Iterator[Connection]:
    """A transaction holding the write lock ``lock_name``; it commits when the block ends
    without error and rolls back otherwise."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(
                text(f"SELECT pg_advisory_xact_lock({ADVISORY_KEY})"), {"name": lock_name}
            )
            yield connection
        return
    with engine.connect() as connection:
        # Taken as the first statement: the snapshot starts with the lock held.
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.rollback()
            raise
        connection.commit()
