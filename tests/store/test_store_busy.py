"""A write that finds SQLite's write lock held too long is a retryable 503, never a 500."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tipoff.api.problems import STORAGE_RETRY_AFTER_S, install_problem_handlers
from tipoff.errors import StorageError
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.sqlitebulk import insert_returning
from tipoff.store.tables import indicators


def test_a_locked_sqlite_database_is_a_storage_error(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'busy.db'}")
    migrate.upgrade(engine)
    with engine.connect() as holder, engine.connect() as writer:
        holder.exec_driver_sql("BEGIN IMMEDIATE")  # as a relink holds it
        writer.exec_driver_sql("PRAGMA busy_timeout=50")
        row = {"kind": "phone", "value": "+85512345678"}
        with pytest.raises(StorageError, match="retry later"):
            insert_returning(
                writer, indicators, [row], conflict="ON CONFLICT DO NOTHING", returning="id"
            )
        holder.rollback()
    engine.dispose()


def test_a_storage_error_is_a_503_with_retry_after() -> None:
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/write")
    def write() -> None:
        raise StorageError("the database refused the write; retry later")

    response = TestClient(app, raise_server_exceptions=False).get("/write")
    assert response.status_code == 503
    assert response.headers["retry-after"] == str(STORAGE_RETRY_AFTER_S)
    assert response.headers["content-type"].startswith("application/problem+json")
