"""Fixtures of the dashboard tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from web_support import WebWorld


@pytest.fixture
def web_world(database_url: str) -> Iterator[WebWorld]:
    """An app over a migrated, empty database (SQLite, and PostgreSQL where available)."""
    world = WebWorld(database_url, check_rate_limit=5)
    yield world
    world.engine.dispose()
