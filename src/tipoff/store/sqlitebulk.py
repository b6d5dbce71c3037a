"""SQLite bulk writes straight through the sqlite3 driver, in the caller's transaction.

SQLAlchemy's generic executemany-with-RETURNING path spent more time building
parameters than SQLite spent writing. Here each value still goes through the column
type's own bind processor (so what is stored is exactly what SQLAlchemy would store and
read back), but rows are sent as multi-row ``INSERT ... VALUES ... RETURNING`` statements
of at most ``_MAX_PARAMETERS`` parameters.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from tipoff.errors import StorageError

_MAX_PARAMETERS = 30_000  # SQLite's default limit is 32,766 variables per statement


def _processors(
    connection: Connection, table: Table, columns: Sequence[str]
) -> list[Callable[[Any], Any] | None]:
    dialect = connection.dialect
    return [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns]


def insert_returning(
    connection: Connection,
    table: Table,
    rows: Sequence[dict[str, Any]],
    *,
    conflict: str,
    returning: str,
) -> list[tuple[Any, ...]]:
    """Insert ``rows`` (dicts with the same keys) with an ON CONFLICT clause; return RETURNING
    rows."""
    if not rows:
        return []
    columns = list(rows[0])
    processors = _processors(connection, table, columns)
    values = [
        [
            value if process is None or value is None else process(value)
            for value, process in zip((row[c] for c in columns), processors, strict=True)
        ]
        for row in rows
    ]
    per_statement = max(1, _MAX_PARAMETERS // len(columns))
    row_marks = "(" + ", ".join("?" for _ in columns) + ")"
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    returned: list[tuple[Any, ...]] = []
    try:
        for start in range(0, len(values), per_statement):
            chunk = values[start : start + per_statement]
            sql = (
                f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES "
                f"{', '.join(row_marks for _ in chunk)} {conflict} RETURNING {returning}"
            )
            cursor.execute(sql, [value for row in chunk for value in row])
            returned += [tuple(row) for row in cursor.fetchall()]
    except sqlite3.OperationalError as error:
        # The driver's own error (this path bypasses SQLAlchemy): "database is locked" when
        # another writer held the lock past the busy timeout. A 503 the client may retry.
        raise StorageError(f"the database refused the write ({error}); retry later") from error
    finally:
        cursor.close()
    return returned
