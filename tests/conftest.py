"""Fixtures shared by the whole suite.

Environment switches (set by .ci/run, so nothing that matters skips silently in CI):
- TIPOFF_REQUIRE_POSTGRES=1: PostgreSQL tests fail instead of skipping when it is unreachable.
- TIPOFF_REQUIRE_DATA=1: tests that read ../shared/data fail instead of skipping when it is absent.
- TIPOFF_REQUIRE_BROWSER=1: browser tests fail instead of skipping when Chromium is missing.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from tipoff.store.protocol import ReportStore

REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    return Path(os.environ.get("TIPOFF_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or a skip with the reason (a failure where TIPOFF_REQUIRE_DATA=1)."""
    path = shared_data_dir()
    if not path.is_dir():
        message = f"public datasets not found at {path} (set TIPOFF_SHARED_DATA)"
        if os.environ.get("TIPOFF_REQUIRE_DATA") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


# --- databases -------------------------------------------------------------------------
# `database_url` gives an empty database (no tables) on each backend: an SQLite file in
# tmp_path, or a fresh PostgreSQL schema (via search_path) that is dropped afterwards, so
# parallel workers never see each other's rows. `engine` is the same database migrated
# to head through Alembic, as `tipoff db upgrade` does.

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
_postgres_unreachable: list[str] = []


def postgres_base_url() -> str:
    return os.environ.get("TIPOFF_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


def _require_postgres() -> str:
    """The PostgreSQL URL, or a skip (a failure where TIPOFF_REQUIRE_POSTGRES=1)."""
    from sqlalchemy import create_engine, text

    url = postgres_base_url()
    if not _postgres_unreachable:
        try:
            probe = create_engine(url, connect_args={"connect_timeout": 3})
            with probe.connect() as connection:
                connection.execute(text("SELECT 1"))
            probe.dispose()
            _postgres_unreachable.append("")
        except Exception as error:  # any failure to connect means "unreachable"
            _postgres_unreachable.append(f"PostgreSQL unreachable at {url}: {type(error).__name__}")
    reason = _postgres_unreachable[0]
    if reason:
        if os.environ.get("TIPOFF_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason + " (TIPOFF_REQUIRE_POSTGRES=1)")
        pytest.skip(reason + " (set TIPOFF_TEST_POSTGRES_URL)")
    return url


def _postgres_schema_url(schema: str) -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = _require_postgres()
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def migrated_engine(kind: str, tmp_path: Path) -> Iterator[Engine]:
    """An engine on a database migrated to head: a SQLite file under ``tmp_path``
    (``kind="sqlite"``) or a fresh PostgreSQL schema, dropped afterwards (``"postgresql"``)."""
    from tipoff.store import migrate
    from tipoff.store.engine import make_engine

    if kind == "sqlite":
        urls: Iterator[str] = iter([f"sqlite:///{tmp_path / 'tipoff-test.db'}"])
    else:
        urls = _postgres_schema_url(f"t_{uuid.uuid4().hex[:16]}")
    db = make_engine(next(urls))
    migrate.upgrade(db)
    try:
        yield db
    finally:
        db.dispose()
        for _ in urls:  # runs the PostgreSQL schema's clean-up
            pass


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tipoff-test.db'}"
        return
    yield from _postgres_schema_url(f"t_{uuid.uuid4().hex[:16]}")


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on a database migrated to head (Alembic), on SQLite and on PostgreSQL."""
    from tipoff.store import migrate
    from tipoff.store.engine import make_engine

    db = make_engine(database_url)
    migrate.upgrade(db)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres), "memory"])
def report_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ReportStore]:
    """Every ReportStore implementation: SQL on SQLite, SQL on PostgreSQL, the in-memory fake."""
    from tipoff.store.memory import MemoryReportStore
    from tipoff.store.sql import SqlReportStore

    if request.param == "memory":
        yield MemoryReportStore()
        return
    with migrated_engine(request.param, tmp_path) as db:
        yield SqlReportStore(db)


@pytest.fixture
def postgres_engine(tmp_path: Path) -> Iterator[Engine]:
    """A migrated PostgreSQL database only (for PostgreSQL-specific behaviour)."""
    with migrated_engine("postgresql", tmp_path) as db:
        yield db


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres), "memory"])
def feed_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """Every FeedStore implementation: SQL on SQLite, SQL on PostgreSQL, the in-memory fake."""
    from tipoff.share.feeds.store import MemoryFeedStore, SqlFeedStore

    if request.param == "memory":
        yield MemoryFeedStore()
        return
    with migrated_engine(request.param, tmp_path) as db:
        yield SqlFeedStore(db)
