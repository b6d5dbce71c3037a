"""tipoff init, the secrets file, the public-bind rule and key revocation from the CLI."""

from __future__ import annotations

import importlib
import re
import stat
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from tipoff.errors import ConfigError
from tipoff.settings import DEVELOPMENT_SESSION_SECRET, load_settings

runner = CliRunner()
KEY = re.compile(r"tpk_[0-9a-f]{8}_\S+")
MODULES = ("tipoff.cli.init", "tipoff.cli.db", "tipoff.cli.agency", "tipoff.cli.serve")
NO_SECRETS = {"TIPOFF_SESSION_SECRET": None, "TIPOFF_PSEUDONYM_KEY": None}


def tipoff(*args: str, env: dict[str, str | None] | None = None) -> tuple[int, str]:
    app = typer.Typer()
    for name in MODULES:  # the commands under test (the full app is tested elsewhere)
        importlib.import_module(name).register(app)
    result = runner.invoke(app, list(args), env={**NO_SECRETS, **(env or {})})
    return result.exit_code, result.output


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Records uvicorn.run calls instead of serving."""
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    monkeypatch.setattr("tipoff.cli.serve.warm_app", lambda app: None)
    monkeypatch.setattr("tipoff.cli.demo.warm_app", lambda app: None)
    return calls


def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'tipoff.db'}"


def test_init_writes_private_random_secrets_that_settings_load(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    code, output = tipoff("init", "--database-url", url)
    assert code == 0, output
    secrets_file = tmp_path / ".tipoff-secrets"
    assert stat.S_IMODE(secrets_file.stat().st_mode) == 0o600
    text = secrets_file.read_text()
    assert "TIPOFF_SESSION_SECRET=" in text and "TIPOFF_PSEUDONYM_KEY=" in text
    settings = load_settings(database_url=url)
    assert settings.builtin_secrets() == []
    assert settings.session_secret.get_secret_value() in text
    # The environment wins over the file.
    explicit = load_settings(database_url=url, session_secret="from-the-environment")
    assert explicit.session_secret.get_secret_value() == "from-the-environment"
    # Production starts with the file's secrets; a second init keeps the file.
    assert load_settings(database_url=url, environment="production").builtin_secrets() == []
    assert tipoff("init", "--database-url", url)[0] == 0
    assert secrets_file.read_text() == text


def test_first_db_upgrade_writes_secrets_and_later_ones_keep_them(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    assert tipoff("db", "upgrade", "--database-url", url)[0] == 0
    secrets_file = tmp_path / ".tipoff-secrets"
    first = secrets_file.read_text()
    assert tipoff("db", "upgrade", "--database-url", url)[0] == 0
    assert secrets_file.read_text() == first


def test_secrets_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    tipoff("init", "--database-url", url)
    (tmp_path / ".tipoff-secrets").chmod(0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        load_settings(database_url=url)


def test_explicit_secrets_file_setting(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db' / 'tipoff.db'}"
    (tmp_path / "db").mkdir()
    where = tmp_path / "etc" / "tipoff.secrets"
    code, output = tipoff("init", "--database-url", url, env={"TIPOFF_SECRETS_FILE": str(where)})
    assert code == 0, output
    assert where.exists() and not (tmp_path / "db" / ".tipoff-secrets").exists()
    assert load_settings(database_url=url, secrets_file=where).builtin_secrets() == []
    assert load_settings(database_url=url).builtin_secrets() != []


def add_agency(url: str) -> str:
    code, output = tipoff("agency", "add", "JP-NPA", "--name", "NPA", "--database-url", url)
    assert code == 0, output
    match = KEY.search(output)
    assert match
    return match.group(0)


def test_public_bind_is_refused_with_builtin_secrets_whatever_else_allows_it(
    tmp_path: Path, served: list[dict[str, Any]]
) -> None:
    from tipoff.store import migrate
    from tipoff.store.engine import make_engine

    url = sqlite_url(tmp_path)
    migrate.upgrade(make_engine(url))  # no secrets file: the built-in secrets are in use
    add_agency(url)
    allow = {"TIPOFF_ALLOW_PUBLIC_BIND": "true"}
    code, output = tipoff("serve", "--host", "0.0.0.0", "--database-url", url, env=allow)
    flat = output.replace("\n", " ")
    assert code == 1 and "TIPOFF_SESSION_SECRET" in flat and "tipoff init" in flat
    assert served == []
    # Loopback with the development secrets stays allowed (make demo, tests).
    code, output = tipoff("serve", "--host", "127.0.0.1", "--database-url", url)
    assert code == 0 and "tipoff init" in output
    assert served[-1]["host"] == "127.0.0.1" and served[-1]["proxy_headers"] is False
    # With real secrets the public bind goes ahead.
    assert tipoff("init", "--database-url", url)[0] == 0
    code, output = tipoff("serve", "--host", "0.0.0.0", "--database-url", url, env=allow)
    assert code == 0, output
    assert served[-1]["host"] == "0.0.0.0"


def test_a_forged_session_with_the_builtin_secret_is_why(tmp_path: Path) -> None:
    # The reason for the rule: with the published secret anyone can sign a session cookie.
    from tipoff.web.session import SessionSigner, new_session

    forged = SessionSigner(DEVELOPMENT_SESSION_SECRET).dumps(new_session("key:x", "JP-NPA", 0))
    assert SessionSigner(DEVELOPMENT_SESSION_SECRET).loads(forged, 1) is not None


def test_key_revoke_from_the_cli(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from tipoff.server import create_app

    url = sqlite_url(tmp_path)
    assert tipoff("init", "--database-url", url)[0] == 0
    key = add_agency(url)
    code, output = tipoff("agency", "key", "JP-NPA", "--database-url", url)  # the older form
    assert code == 0 and KEY.search(output)
    code, listing = tipoff("agency", "key", "list", "JP-NPA", "--database-url", url)
    assert code == 0 and key[:12] in listing and key not in listing
    client = TestClient(create_app(load_settings(database_url=url)))
    auth = {"Authorization": f"Bearer {key}"}
    assert client.get("/api/v1/reports", headers=auth).status_code == 200
    assert tipoff("agency", "key", "revoke", "nothex!", "--database-url", url)[0] == 1
    code, output = tipoff(
        "agency", "key", "revoke", key[:12], "--agency", "KH-X", "--database-url", url
    )
    assert code == 1 and "no unrevoked key" in output
    code, output = tipoff("agency", "key", "revoke", key[:12], "--database-url", url)
    assert code == 0 and f"revoked key {key[:12]} of JP-NPA" in output
    assert client.get("/api/v1/reports", headers=auth).status_code == 401
    code, output = tipoff("agency", "key", "revoke", key[:12], "--database-url", url)
    assert code == 1  # already revoked


@pytest.mark.parametrize("value", ["10.0.0.1/8", "not-an-address", "[1"])
def test_bad_trusted_proxies_stop_start_up(value: str) -> None:
    from pydantic import ValidationError

    with pytest.raises((ValidationError, ValueError)):
        load_settings(trusted_proxies=value)


def test_trusted_proxies_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIPOFF_TRUSTED_PROXIES", "10.0.0.1, 2001:db8::/32")
    assert [str(n) for n in load_settings().trusted_proxies] == ["10.0.0.1/32", "2001:db8::/32"]
    monkeypatch.setenv("TIPOFF_TRUSTED_PROXIES", '["192.0.2.0/24"]')
    assert [str(n) for n in load_settings().trusted_proxies] == ["192.0.2.0/24"]
