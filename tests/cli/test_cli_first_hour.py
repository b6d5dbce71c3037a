"""Small things a new user met: a busy port, a key sent without 'Bearer'."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tipoff.api.bind import check_port_free
from tipoff.cli.main import build_app
from tipoff.errors import ConfigError
from tipoff.server import create_app
from tipoff.settings import load_settings
from tipoff.store import migrate
from tipoff.store.engine import make_engine


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield int(listener.getsockname()[1])


def test_a_busy_port_is_named_with_the_way_out(busy_port: int) -> None:
    with pytest.raises(ConfigError, match=f"127.0.0.1:{busy_port}.*--port"):
        check_port_free("127.0.0.1", busy_port)


def test_serve_on_a_busy_port_says_so_before_announcing_itself(
    busy_port: int, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'busy.db'}"
    migrate.upgrade(make_engine(url))
    result = CliRunner().invoke(
        build_app(), ["serve", "--port", str(busy_port), "--database-url", url]
    )
    assert result.exit_code != 0
    assert "--port" in result.output and "tipoff API on" not in result.output


def test_a_key_without_bearer_is_told_how_to_send_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'keys.db'}"
    migrate.upgrade(make_engine(url))
    client = TestClient(
        create_app(load_settings(database_url=url), clock=lambda: datetime.now(UTC))
    )
    answer = client.get("/api/v1/reports", headers={"Authorization": "tpk_12345678_secret"})
    assert answer.status_code == 401
    assert "Bearer <key>" in answer.json()["detail"]
    plain = client.get("/api/v1/reports")
    assert plain.status_code == 401 and "required" in plain.json()["detail"]
