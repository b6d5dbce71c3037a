"""PostgreSQL bulk writes through COPY into a session-local staging table.

A multi-row ``INSERT ... VALUES`` with thousands of parameters spent more time in the
driver's query parsing than in the server (half of the storage time at 500 reports per
batch). COPY sends rows as plain data; one ``INSERT ... SELECT ... ON CONFLICT ...
RETURNING`` then moves them into place with the same conflict rules as the generic path.
The staging tables are TEMP (per connection) and emptied at commit.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

JSON_COLUMNS = frozenset({"messages", "payments", "identifiers", "victim_attrs", "assessment"})


def copy_rows(
    connection: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """COPY ``rows`` (tuples in ``columns`` order) into ``table`` in the current transaction."""
    names = ", ".join(columns)
    driver = connection.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row(row)


def staged_insert(
    connection: Connection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    conflict: str,
    returning: str,
    order_by: str | None = None,
) -> list[tuple[Any, ...]]:
    """COPY rows into a staging copy of ``table``, then INSERT them with ``conflict`` handling.

    ``conflict`` is the ON CONFLICT clause, ``returning`` the RETURNING column list; the
    returned tuples are what the INSERT returned.
    """
    stage = f"tipoff_stage_{table}"
    names = ", ".join(columns)
    driver = connection.connection.driver_connection
    with driver.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {stage} ON COMMIT DELETE ROWS AS "
            f"SELECT {names} FROM {table} WITH NO DATA"
        )
        with cursor.copy(f"COPY {stage} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        order = f" ORDER BY {order_by}" if order_by else ""
        cursor.execute(
            f"INSERT INTO {table} ({names}) SELECT {names} FROM {stage}{order} "
            f"{conflict} RETURNING {returning}"
        )
        returned = [tuple(row) for row in cursor.fetchall()]
        cursor.execute(f"DELETE FROM {stage}")
    return returned


def as_copy_value(column: str, value: Any) -> Any:
    """A Python value as COPY expects it: JSON columns as JSON text."""
    if column in JSON_COLUMNS and value is not None:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value
