"""The instance's secrets file: real random secrets, written once, readable only by its owner.

``tipoff init`` (and the first ``tipoff db upgrade`` of a new SQLite database) writes a
random session secret and pseudonym key to ``.tipoff-secrets`` beside the SQLite database,
or to ``TIPOFF_SECRETS_FILE``. Settings reads them from there when the environment does not
set them (the environment wins). The file holds ``NAME=value`` lines, like a ``.env`` file,
and is refused when other users may read it: a leaked session secret forges any login, and a
leaked pseudonym key lets anyone test guesses of a victim's phone number against the store.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from tipoff.errors import ConfigError

SECRETS_FILE_NAME = ".tipoff-secrets"
# The variables the file may set, and the Settings field each one fills.
SECRET_FIELDS = {"TIPOFF_SESSION_SECRET": "session_secret", "TIPOFF_PSEUDONYM_KEY": "pseudonym_key"}


def sqlite_file(database_url: str) -> Path | None:
    """The database file of an SQLite URL, None for other databases and in-memory SQLite."""
    try:
        url = make_url(database_url)
    except ArgumentError:
        return None
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def default_secrets_path(database_url: str) -> Path:
    """Beside the SQLite database; in the working directory for other databases."""
    database = sqlite_file(database_url)
    return database.parent / SECRETS_FILE_NAME if database else Path(SECRETS_FILE_NAME)


def read_secrets(path: Path) -> dict[str, str]:
    """The secrets in ``path`` by variable name; empty when the file does not exist."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return {}
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(f"secrets file {path} may be read by other users: run `chmod 600 {path}`")
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        name, sep, value = line.strip().partition("=")
        if sep and not name.startswith("#") and name in SECRET_FIELDS and value.strip():
            values[name] = value.strip()
    return values


def write_secrets(path: Path) -> dict[str, str]:
    """Create ``path`` (mode 0600) with fresh random secrets; ConfigError if it exists."""
    values = {name: secrets.token_urlsafe(32) for name in SECRET_FIELDS}
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: never overwrite — a new pseudonym key would orphan every stored pseudonym.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as error:
        raise ConfigError(f"secrets file {path} already exists; it was not changed") from error
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(
            "# tipoff instance secrets, written by `tipoff init`. Keep this file private and\n"
            "# backed up: the pseudonym key can never change once reports are stored.\n"
        )
        handle.writelines(f"{name}={value}\n" for name, value in values.items())
    os.chmod(path, 0o600)
    return values
