"""CLI commands: ``tipoff db upgrade`` and ``tipoff db current``.

The first ``db upgrade`` of a new database also writes the instance's secrets file (as
``tipoff init`` does) when no secret is set yet, so a new instance never runs on the
published development secrets by accident. It does so only where the file has a natural
home: beside an SQLite database, or at an explicit ``TIPOFF_SECRETS_FILE``.
"""

from __future__ import annotations

import typer

from tipoff.cli.init import write_missing_secrets
from tipoff.cli.session import DatabaseOption, cli_errors, console, settings_with
from tipoff.secrets_file import sqlite_file
from tipoff.store import migrate
from tipoff.store.engine import make_engine

db_app = typer.Typer(
    help="Database schema: apply migrations, show the revision.", no_args_is_help=True
)


@db_app.command("upgrade")
def upgrade(database_url: DatabaseOption = None) -> None:
    """Apply every pending migration (creates the database on first run)."""
    with cli_errors():
        settings = settings_with(database_url)
        engine = make_engine(settings.database_url)
        fresh = migrate.current_revision(engine) is None
        migrate.upgrade(engine)
        console.print(f"database at revision {migrate.current_revision(engine)}")
        engine.dispose()
        if fresh and (settings.secrets_file or sqlite_file(settings.database_url)):
            written = write_missing_secrets(settings)
            if written is not None:
                console.print(f"wrote random secrets to {written} (mode 0600; keep it)")
        elif settings.builtin_secrets():
            console.print(
                "note: built-in development secrets in use (loopback only); run `tipoff init`"
            )


@db_app.command("current")
def current(database_url: DatabaseOption = None) -> None:
    """Show the database's revision and the newest one this tipoff ships."""
    with cli_errors():
        engine = make_engine(settings_with(database_url).database_url)
        console.print(
            f"database: {migrate.current_revision(engine) or 'empty'}; "
            f"newest: {migrate.head_revision()}"
        )
        engine.dispose()


def register(app: typer.Typer) -> None:
    """Add the ``db`` command group to the tipoff app."""
    app.add_typer(db_app, name="db")
