"""CLI commands: ``tipoff agency add|import|list`` and ``tipoff agency key issue|list|revoke``
— agencies and their API keys. ``tipoff agency key CODE`` still issues a key."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from tipoff.agencies import add_agency, agency_entry, import_agencies, read_agency_lines
from tipoff.cli.output import plural, table
from tipoff.cli.session import (
    DatabaseOption,
    cli_actor,
    cli_errors,
    console,
    open_store,
    settings_with,
    utc_now,
)
from tipoff.keys import issue_key, list_keys, normal_prefix, revoke_keys
from tipoff.store.records import AuditEntry

agency_app = typer.Typer(
    help="Agencies (receiving organisations) and their API keys.", no_args_is_help=True
)


def _print_key(code: str, key: str) -> None:
    console.print(f"API key for {code} (shown once, store it now):")
    console.print(key, highlight=False, soft_wrap=True)


@agency_app.command("add")
def add(
    code: Annotated[str, typer.Argument(help="Short unique code, e.g. JP-NPA.")],
    name: Annotated[str, typer.Option("--name", help="Full name of the agency.")],
    country: Annotated[
        str | None, typer.Option("--country", help="ISO 3166-1 alpha-2 country code.")
    ] = None,
    database_url: DatabaseOption = None,
) -> None:
    """Create an agency and print its first API key (shown once, stored only hashed)."""
    with cli_errors():
        entry = agency_entry(code, name, country)
        store = open_store(settings_with(database_url))
        now = utc_now()
        agency = add_agency(store, entry, now)
        _print_key(agency.code, issue_key(store, agency, at=now, actor=cli_actor()))


@agency_app.command("import")
def import_command(
    file: Annotated[
        Path,
        typer.Argument(
            help='JSONL: one {"code", "name", "country"} per line.',
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    database_url: DatabaseOption = None,
) -> None:
    """Create every agency listed in FILE that does not exist yet (no keys: use `agency key`)."""
    with cli_errors():
        entries = read_agency_lines(file.read_text(encoding="utf-8"))
        store = open_store(settings_with(database_url))
        created = import_agencies(store, entries, utc_now())
        total = len(store.list_agencies())
        console.print(f"{plural(created, 'agency', 'agencies')} created ({total:,} in all)")


class _KeyGroup(TyperGroup):
    """``agency key CODE`` (the older form) means ``agency key issue CODE``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # ctx: click's Context
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["issue", *args]
        return super().parse_args(ctx, args)


key_app = typer.Typer(
    cls=_KeyGroup,
    help="API keys of an agency: issue (also `agency key CODE`), list, revoke.",
    no_args_is_help=True,
)


@key_app.command("issue")
def key(
    code: Annotated[str, typer.Argument(help="Code of an existing agency.")],
    database_url: DatabaseOption = None,
) -> None:
    """Issue an additional API key for an agency (shown once)."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        agency = store.get_agency(code)
        _print_key(agency.code, issue_key(store, agency, at=utc_now(), actor=cli_actor()))


@key_app.command("list")
def list_agency_keys(
    code: Annotated[str | None, typer.Argument(help="Only this agency's keys.")] = None,
    database_url: DatabaseOption = None,
) -> None:
    """List API keys by prefix (never the secret part), with when they were revoked."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        grid = table("agency", "prefix", "created", "revoked")
        for info in list_keys(store.engine, code):
            revoked = info.revoked_at.isoformat(timespec="seconds") if info.revoked_at else ""
            grid.add_row(
                info.agency,
                f"tpk_{info.prefix}",
                info.created_at.isoformat(timespec="seconds"),
                revoked,
            )
        console.print(grid)


@key_app.command("revoke")
def revoke(
    prefix: Annotated[str, typer.Argument(help="The key's prefix: abcd1234 or tpk_abcd1234.")],
    agency: Annotated[
        str | None, typer.Option("--agency", help="Only revoke a key of this agency.")
    ] = None,
    database_url: DatabaseOption = None,
) -> None:
    """Revoke a key: the API refuses it (401) and its dashboard sessions end at once."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        now = utc_now()
        done = revoke_keys(store.engine, normal_prefix(prefix), at=now, agency_code=agency)
        for info in done.keys:
            detail = {"prefix": info.prefix, "sessions_ended": done.sessions_ended}
            store.append_audit(
                AuditEntry(now, cli_actor(), "key_revoke", "agency", info.agency, detail)
            )
            console.print(f"revoked key tpk_{info.prefix} of {info.agency}")
        console.print(f"{plural(done.sessions_ended, 'dashboard session')} ended")


agency_app.add_typer(key_app, name="key")


@agency_app.command("list")
def list_agencies(database_url: DatabaseOption = None) -> None:
    """List the agencies of this instance."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        grid = table("code", "name", "country", "created")
        for agency in store.list_agencies():
            grid.add_row(
                agency.code,
                agency.name,
                agency.country or "",
                agency.created_at.isoformat(timespec="seconds"),
            )
        console.print(grid)


def register(app: typer.Typer) -> None:
    """Add the ``agency`` command group to the tipoff app."""
    app.add_typer(agency_app, name="agency")
