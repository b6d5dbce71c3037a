"""One writer of the link tables at a time, across threads and processes, on both backends.

Every write of ``networks``, ``network_members``, ``network_redirects`` and ``link_hubs``
(an incremental add, a full relink) runs in ``link_transaction``:

- PostgreSQL: a session advisory lock keyed on the schema (``pg_advisory_lock``), then a
  REPEATABLE READ transaction. The lock is taken *before* the transaction starts so that
  its snapshot already holds everything the previous holder committed, and every read in
  it (reports, sightings, indicators, members) sees one consistent moment even while
  intake keeps committing reports.
- SQLite: ``BEGIN IMMEDIATE``, SQLite's database write lock, which also freezes the
  snapshot (no one else can commit while it is held).

Each write also bumps the *link generation*, a counter kept in a reserved
``network_redirects`` row (``old_id`` 0, ``new_id`` minus the counter, reason
``generation``; real network ids start at 1 and point to positive ids, so no lookup can
meet it). A process that keeps a network index in memory compares the counter with the
one it last wrote: equal means no other process changed the networks since, and its index
is current; different means it reloads the index from the database before linking.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Connection, Engine, insert, select, text, update

from tipoff.link.tables import network_redirects

LOCK_NAME = ":tipoff.link"
GENERATION_OLD_ID = 0
GENERATION_REASON = "generation"


@contextmanager
def link_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the link lock; it commits when the block ends without error."""
    if engine.dialect.name == "postgresql":
        with _postgres_transaction(engine) as connection:
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


@contextmanager
def _postgres_transaction(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        key = connection.execute(
            text("SELECT hashtext(current_schema() || :name)"), {"name": LOCK_NAME}
        ).scalar_one()
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
        connection.commit()
        try:
            snapshot = connection.execution_options(isolation_level="REPEATABLE READ")
            with snapshot.begin():
                yield snapshot
        finally:
            _unlock(connection, key)


def _unlock(connection: Connection, key: int) -> None:
    try:
        if connection.in_transaction():
            connection.rollback()
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
        connection.commit()
    except Exception:
        # A session lock lives as long as the session: closing the connection frees it.
        connection.invalidate()


def read_generation(connection: Connection) -> int:
    """The link generation (0 before the first write)."""
    stored = connection.execute(
        select(network_redirects.c.new_id).where(network_redirects.c.old_id == GENERATION_OLD_ID)
    ).scalar()
    return -int(stored) if stored is not None else 0


def bump_generation(connection: Connection, at: datetime) -> int:
    """Count one more write of the link tables; returns the new generation."""
    generation = read_generation(connection) + 1
    changed = connection.execute(
        update(network_redirects)
        .where(network_redirects.c.old_id == GENERATION_OLD_ID)
        .values(new_id=-generation, merged_at=at)
    ).rowcount
    if not changed:
        connection.execute(
            insert(network_redirects).values(
                old_id=GENERATION_OLD_ID,
                new_id=-generation,
                merged_at=at,
                reason=GENERATION_REASON,
            )
        )
    return generation
