"""What every CLI command needs: Settings, the store, a clock, and clear error messages.

Commands build Settings once from the environment (TIPOFF_*), optionally overriding the
database URL, and translate TipoffError into one line on stderr plus exit code 1, so
an operator sees how to fix the problem instead of a traceback.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Annotated

import pydantic
import typer
from rich.console import Console
from sqlalchemy.exc import DBAPIError

from tipoff.errors import TipoffError
from tipoff.settings import Settings, load_settings
from tipoff.store.engine import make_engine
from tipoff.store.sql import SqlReportStore

DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database-url", help="SQLAlchemy URL; default TIPOFF_DATABASE_URL or sqlite:///tipoff.db."
    ),
]

# Plain lines never wrap (a long path, URL or key stays copyable in a log); tables still fit
# the terminal, or 80 columns when the output is not a terminal and COLUMNS is unset.
console = Console(soft_wrap=True)
error_console = Console(stderr=True, soft_wrap=True)


def utc_now() -> datetime:
    """The real clock, in UTC."""
    return datetime.now(UTC)


def cli_actor() -> str:
    """Who the audit log records for CLI actions: the operating-system user."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


@contextmanager
def cli_errors() -> Iterator[None]:
    """Turn TipoffError (and bad settings) into a one-line message and exit code 1."""
    try:
        yield
    except TipoffError as error:
        error_console.print(f"[red]error:[/red] {error}", highlight=False)
        raise typer.Exit(1) from error
    except DBAPIError as error:
        reason = str(error.orig).splitlines()[0] if error.orig else type(error).__name__
        error_console.print(
            f"[red]error:[/red] database: {reason} (is TIPOFF_DATABASE_URL right, and did "
            "`tipoff db upgrade` run?)",
            highlight=False,
        )
        raise typer.Exit(1) from error
    except pydantic.ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        error_console.print(f"[red]error:[/red] setting {where}: {first['msg']}", highlight=False)
        raise typer.Exit(1) from error


def settings_with(database_url: str | None) -> Settings:
    """Settings from the environment, with the database URL overridden when given."""
    return load_settings(database_url=database_url) if database_url else load_settings()


def open_store(settings: Settings) -> SqlReportStore:
    """The SQL store of ``settings.database_url`` (the schema must be migrated)."""
    return SqlReportStore(make_engine(settings.database_url))
