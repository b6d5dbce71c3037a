"""Liveness, readiness and the site icon."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tipoff.server import create_app
from tipoff.settings import load_settings
from tipoff.store import migrate
from tipoff.store.engine import make_engine


def _client(database_url: str) -> TestClient:
    return TestClient(create_app(load_settings(database_url=database_url)))


def test_a_migrated_database_is_live_and_ready(engine: Engine, database_url: str) -> None:
    client = _client(database_url)
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "schema_revision": migrate.head_revision()}


def test_an_unmigrated_database_is_live_but_not_ready(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    make_engine(url).dispose()
    client = _client(url)
    assert client.get("/healthz").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.headers["content-type"].startswith("application/problem+json")
    assert "tipoff db upgrade" in ready.json()["detail"]


def test_a_database_behind_the_shipped_migrations_is_not_ready(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = make_engine(url)
    migrate.upgrade(db, "0001")
    db.dispose()
    assert _client(url).get("/readyz").status_code == 503


def test_the_favicon_is_served(tmp_path: Path) -> None:
    icon = _client(f"sqlite:///{tmp_path / 'x.db'}").get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")


def test_head_answers_as_get_without_a_body(engine: Engine, database_url: str) -> None:
    client = _client(database_url)
    for path in ("/healthz", "/readyz", "/favicon.ico", "/check"):
        get = client.get(path)
        head = client.head(path)
        assert head.status_code == get.status_code, path
        assert head.content == b"", path
        assert head.headers["content-type"] == get.headers["content-type"], path
        assert "content-security-policy" in head.headers, path


def test_head_on_a_post_only_route_is_still_not_allowed(engine: Engine, database_url: str) -> None:
    response = _client(database_url).head("/api/v1/check")
    assert response.status_code == 405
