"""One writer of the link tables at a time, across threads and processes, on both backends.

Every write of ``networks``, ``network_members``, ``network_redirects`` and ``link_hubs``
(an incremental add, a full relink) runs in ``link_transaction``:

- PostgreSQL: an advisory lock keyed on the schema. Usually a transaction lock
  (``pg_advisory_xact_lock``, first statement of a READ COMMITTED transaction, so every
  later statement sees what the previous holder committed). To load whole tables
  (``snapshot=True``: a relink, an index reload) a session lock (``pg_advisory_lock``)
  is taken *before* a REPEATABLE READ transaction starts, so its snapshot holds everything
  the previous holder committed and every read in it (reports, sightings, indicators,
  members) sees one moment even while intake keeps committing reports.
- SQLite: ``BEGIN IMMEDIATE``, SQLite's database write lock, which also freezes the
  snapshot (no one else can commit while it is held).

Each write also bumps the *link generation*, a counter kept in a reserved
``network_redirects`` row (``old_id`` 0, ``new_id`` minus the counter, reason
``generation``; real network ids start at 1 and point to positive ids, so no lookup can
meet it); a full relink also records its generation in the row with ``old_id`` -1. A
process that keeps a network index in memory compares the counter with the one it last
saw: equal means no other process changed the networks since and its index is current;
different means it catches up from the stored membership (``tipoff.link.catch_up``), or
reloads the index when a relink ran since.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Connection, Engine, bindparam, delete, insert, text

from tipoff.link.network_tables import network_redirects
from tipoff.store.write_lock import ADVISORY_KEY, write_transaction

LOCK_NAME = ":tipoff.link"
GENERATION_OLD_ID = 0
RELINK_OLD_ID = -1  # new_id: minus the generation the last full relink wrote
GENERATION_REASON = "generation"


@contextmanager
def link_transaction(engine: Engine, *, snapshot: bool = False) -> Iterator[Connection]:
    """A transaction that holds the link lock; it commits when the block ends without error.

    ``snapshot``: every read in the transaction sees one moment (needed to load whole
    tables that intake keeps appending to). Without it, on PostgreSQL each statement sees
    what was committed when it started (READ COMMITTED), which is enough for reading a
    few reports' sightings and the link tables (only lock holders write those).
    """
    if snapshot and engine.dialect.name == "postgresql":
        with _postgres_snapshot(engine) as connection:
            yield connection
        return
    with write_transaction(engine, LOCK_NAME) as connection:
        yield connection


@contextmanager
def _postgres_snapshot(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        connection.execute(text(f"SELECT pg_advisory_lock({ADVISORY_KEY})"), {"name": LOCK_NAME})
        connection.commit()
        try:
            with connection.begin():
                # The snapshot is taken at the transaction's first query, after the lock.
                connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                yield connection
        finally:
            _unlock(connection)


def _unlock(connection: Connection) -> None:
    try:
        if connection.in_transaction():
            connection.rollback()
        connection.execute(text(f"SELECT pg_advisory_unlock({ADVISORY_KEY})"), {"name": LOCK_NAME})
        connection.commit()
    except Exception:
        # A session lock lives as long as the session: closing the connection frees it.
        connection.invalidate()


# Plain SQL: these run on every incremental add, where building and compiling a Core
# statement each time cost more than the database did.
_READ_GENERATION = text(f"SELECT new_id FROM network_redirects WHERE old_id = {GENERATION_OLD_ID}")
_READ_RELINK = text(f"SELECT new_id FROM network_redirects WHERE old_id = {RELINK_OLD_ID}")
_SET_GENERATION = text(
    "UPDATE network_redirects SET new_id = :new_id, merged_at = :at "
    f"WHERE old_id = {GENERATION_OLD_ID}"
).bindparams(bindparam("at", type_=network_redirects.c.merged_at.type))


def read_generation(connection: Connection) -> int:
    """The link generation (0 before the first write)."""
    stored = connection.execute(_READ_GENERATION).scalar()
    return -int(stored) if stored is not None else 0


def bump_generation(connection: Connection, at: datetime, current: int | None = None) -> int:
    """Count one more write of the link tables; returns the new generation.

    ``current``: the generation read earlier in this transaction, if any (saves a query).
    """
    generation = (read_generation(connection) if current is None else current) + 1
    changed = connection.execute(_SET_GENERATION, {"new_id": -generation, "at": at}).rowcount
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


def relinked_at(connection: Connection) -> int:
    """The generation the last full relink wrote (0 if none did)."""
    stored = connection.execute(_READ_RELINK).scalar()
    return -int(stored) if stored is not None else 0


def mark_relink(connection: Connection, generation: int, at: datetime) -> None:
    """Record that a full relink wrote ``generation`` (indexes older than it must reload)."""
    connection.execute(delete(network_redirects).where(network_redirects.c.old_id == RELINK_OLD_ID))
    connection.execute(
        insert(network_redirects).values(
            old_id=RELINK_OLD_ID, new_id=-generation, merged_at=at, reason=GENERATION_REASON
        )
    )
