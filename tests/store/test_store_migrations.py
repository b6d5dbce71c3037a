"""The Alembic migrations build exactly the tables in tipoff.store.tables, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from tipoff.errors import ConfigError
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.tables import FOUNDATION_TABLES, audit_log, metadata


def _foundation_only(obj: object, name: str | None, type_: str, *_: object) -> bool:
    table = getattr(obj, "table", obj)
    table_name = name if type_ == "table" else getattr(table, "name", None)
    return table_name in FOUNDATION_TABLES


def test_every_table_definition_matches_the_migrations(engine: Engine) -> None:
    """Autogenerate over the whole schema (every part's tables) finds no difference."""
    import tipoff.link.network_tables
    import tipoff.share.feeds.tables
    import tipoff.share.tables
    import tipoff.tipoffs.tables
    import tipoff.users

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []
    assert tipoff.link.network_tables.networks.name in inspect(engine).get_table_names()
    assert tipoff.tipoffs.tables.tipoff_events.name in inspect(engine).get_table_names()


def test_migrated_schema_matches_the_table_definitions(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": _foundation_only, "compare_type": True}
        )
        assert compare_metadata(context, metadata) == []
    assert set(FOUNDATION_TABLES) <= set(inspect(engine).get_table_names())
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_downgrade_to_base_removes_everything(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()


def test_sqlite_connections_use_wal_and_foreign_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


@pytest.mark.postgres
def test_postgres_refuses_to_change_the_audit_log(postgres_engine: Engine) -> None:
    engine = postgres_engine
    row = {
        "at": datetime.now(UTC),
        "actor": "t",
        "action": "write",
        "object_type": "x",
        "detail": {},
    }
    with engine.begin() as connection:
        connection.execute(audit_log.insert(), row)
    for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))


def test_a_sqlite_file_in_a_missing_directory_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "tipoff.db"
    with pytest.raises(ConfigError, match="nowhere"):
        make_engine(f"sqlite:///{missing}")
