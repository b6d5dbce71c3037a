"""CLI command: ``tipoff init`` — give a new instance real secrets, then create its database.

The built-in development session secret and pseudonym key are published with the source, so
an instance using them can be logged in to by anyone who can reach it. ``tipoff init`` writes
random ones to the secrets file (mode 0600; ``TIPOFF_SECRETS_FILE`` or ``.tipoff-secrets``
beside the SQLite database), which Settings reads whenever the environment does not set them.
"""

from __future__ import annotations

from pathlib import Path

import typer

from tipoff.cli.session import DatabaseOption, cli_errors, console, settings_with
from tipoff.secrets_file import write_secrets
from tipoff.settings import Settings
from tipoff.store import migrate
from tipoff.store.engine import make_engine


def write_missing_secrets(settings: Settings) -> Path | None:
    """Write the secrets file when a secret is still built-in and no file exists; its path."""
    path = settings.secrets_path()
    if not settings.builtin_secrets() or path.exists():
        return None
    write_secrets(path)
    return path


def init(database_url: DatabaseOption = None) -> None:
    """Write random secrets (session secret, pseudonym key) to the secrets file and migrate."""
    with cli_errors():
        settings = settings_with(database_url)
        written = write_missing_secrets(settings)
        if written is not None:
            console.print(f"wrote random secrets to {written} (mode 0600; keep it and back it up)")
        elif settings.builtin_secrets():
            console.print(f"secrets file {settings.secrets_path()} already exists; kept")
        else:
            console.print("secrets already set (environment or secrets file); nothing written")
        engine = make_engine(settings.database_url)
        migrate.upgrade(engine)
        console.print(f"database at revision {migrate.current_revision(engine)}")
        engine.dispose()
        console.print("next: `tipoff agency add CODE --name NAME` to create an agency and its key")


def register(app: typer.Typer) -> None:
    """Add the ``init`` command to the tipoff app."""
    app.command("init")(init)
