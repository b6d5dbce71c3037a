"""Helpers of the dashboard tests: an app over a migrated database, and logging in."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from fastapi.testclient import TestClient

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


class WebWorld:
    """An app, its store and engine, and one agency key to log in with."""

    def __init__(self, database_url: str, **settings: Any) -> None:
        from tipoff.api.app import create_app
        from tipoff.api.keys import issue_key
        from tipoff.settings import load_settings
        from tipoff.store import migrate
        from tipoff.store.engine import make_engine
        from tipoff.store.sql import SqlReportStore

        self.engine = make_engine(database_url)
        migrate.upgrade(self.engine)
        self.store = SqlReportStore(self.engine)
        self.settings = load_settings(database_url=database_url, environment="test", **settings)
        self.agency = self.store.add_agency("JP-NPA", "National Police Agency", "JP", at=T0)
        self.other = self.store.add_agency("KH-ACD", "Anti-Cybercrime Department", "KH", at=T0)
        self.key = issue_key(self.store, self.agency, at=T0, actor="test")
        self.app = create_app(self.settings, store=self.store, clock=lambda: T0)
        self.app.state.engine = self.engine

    def client(self) -> TestClient:
        return TestClient(self.app, follow_redirects=False)

    def login(self, client: TestClient) -> TestClient:
        page = client.get("/login")
        response = client.post("/login", data={"api_key": self.key, "csrf": csrf_from(page.text)})
        assert response.status_code == 303, response.text
        return client

