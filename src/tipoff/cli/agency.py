"""CLI commands: ``tipoff agency add|list|key`` — agencies and their API keys."""

from __future__ import annotations

import re
from typing import Annotated

import typer
from rich.table import Table

from tipoff.api.keys import issue_key
from tipoff.cli.session import (
    DatabaseOption,
    cli_actor,
    cli_errors,
    console,
    open_store,
    settings_with,
    utc_now,
)
from tipoff.errors import ValidationError

AGENCY_CODE = re.compile(r"[A-Za-z0-9_-]{1,64}")
agency_app = typer.Typer(help="Agencies (receiving organisations) and their API keys.", no_args_is_help=True)


def _print_key(code: str, key: str) -> None:
    console.print(f"API key for {code} (shown once, store it now):")
    console.print(key, highlight=False, soft_wrap=True)


@agency_app.command("add")
def add(
    code: Annotated[str, typer.Argument(help="Short unique code, e.g. JP-NPA.")],
    name: Annotated[str, typer.Option("--name", help="Full name of the agency.")],
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166-1 alpha-2 country code.")] = None,
    database_url: DatabaseOption = None,
) -> None:
    """Create an agency and print its first API key (shown once, stored only hashed)."""
    with cli_errors():
        if not AGENCY_CODE.fullmatch(code):
            raise ValidationError("CODE must be 1-64 letters, digits, '-' or '_'", path="code")
        if country is not None and (len(country) != 2 or not country.isalpha()):
            raise ValidationError("--country must be a two-letter ISO code such as JP", path="country")
        store = open_store(settings_with(database_url))
        now = utc_now()
        agency = store.add_agency(code, name, country.upper() if country else None, at=now)
        _print_key(agency.code, issue_key(store, agency, at=now, actor=cli_actor()))


@agency_app.command("key")
def key(
    code: Annotated[str, typer.Argument(help="Code of an existing agency.")],
    database_url: DatabaseOption = None,
) -> None:
    """Issue an additional API key for an agency (shown once)."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        agency = store.get_agency(code)
        _print_key(agency.code, issue_key(store, agency, at=utc_now(), actor=cli_actor()))


@agency_app.command("list")
def list_agencies(database_url: DatabaseOption = None) -> None:
    """List the agencies of this instance."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        table = Table("code", "name", "country", "created")
        for agency in store.list_agencies():
            table.add_row(agency.code, agency.name, agency.country or "", agency.created_at.isoformat(timespec="seconds"))
        console.print(table)


def register(app: typer.Typer) -> None:
    """Add the ``agency`` command group to the tipoff app."""
    app.add_typer(agency_app, name="agency")
