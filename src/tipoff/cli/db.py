"""CLI commands: ``tipoff db upgrade`` and ``tipoff db current``."""

from __future__ import annotations

import typer

from tipoff.cli.session import DatabaseOption, cli_errors, console, settings_with
from tipoff.store import migrate
from tipoff.store.engine import make_engine

db_app = typer.Typer(
    help="Database schema: apply migrations, show the revision.", no_args_is_help=True
)


@db_app.command("upgrade")
def upgrade(database_url: DatabaseOption = None) -> None:
    """Apply every pending migration (creates the database on first run)."""
    with cli_errors():
        engine = make_engine(settings_with(database_url).database_url)
        migrate.upgrade(engine)
        console.print(f"database at revision {migrate.current_revision(engine)}")
        engine.dispose()


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
