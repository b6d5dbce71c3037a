"""Engines for the two supported backends, configured the same way everywhere.

SQLite gets WAL (readers do not block the writer), foreign keys (off by default in
SQLite) and a busy timeout on every connection. PostgreSQL needs nothing special.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from tipoff.errors import ConfigError


def make_engine(database_url: str, **engine_options: Any) -> Engine:
    """Create an engine for ``database_url`` (sqlite:///file.db or postgresql+psycopg://...)."""
    url = make_url(database_url)
    backend = url.get_backend_name()
    if backend == "sqlite":
        _refuse_missing_directory(url.database)
        engine = create_engine(url, **engine_options)
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    if backend == "postgresql":
        return create_engine(url, pool_pre_ping=True, **engine_options)
    raise ConfigError(
        f"unsupported database {backend!r}: use sqlite:///path.db or postgresql+psycopg://user@host/db"
    )


def _refuse_missing_directory(database: str | None) -> None:
    """SQLite's own error ("unable to open database file") names neither file nor cause."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    folder = Path(database).expanduser().resolve().parent
    if not folder.is_dir():
        raise ConfigError(
            f"the SQLite database {database} is in a directory that does not exist ({folder}): "
            "create it, or point TIPOFF_DATABASE_URL elsewhere"
        )


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # With WAL, NORMAL is durable against application crashes and much faster.
        cursor.execute("PRAGMA synchronous=NORMAL")
        # A writer waits this long for the write lock: a full relink holds it while it
        # rebuilds the networks (seconds at 100,000 reports), and intake must wait, not fail.
        cursor.execute("PRAGMA busy_timeout=60000")
    finally:
        cursor.close()
