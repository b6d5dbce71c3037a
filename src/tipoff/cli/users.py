"""CLI commands: ``tipoff user add|disable`` — dashboard accounts for analysts."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from tipoff.cli.session import (
    DatabaseOption,
    cli_actor,
    cli_errors,
    console,
    open_store,
    settings_with,
    utc_now,
)
from tipoff.store.records import AuditEntry
from tipoff.users import add_user, disable_user

user_app = typer.Typer(
    help="Dashboard user accounts (an alternative to logging in with an agency key).",
    no_args_is_help=True,
)


@user_app.command("add")
def add(
    agency: Annotated[str, typer.Argument(help="Code of the analyst's agency, e.g. JP-NPA.")],
    username: Annotated[
        str, typer.Argument(help="Login name: 3-100 lower-case letters, digits, '.', '_', '-'.")
    ],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    database_url: DatabaseOption = None,
) -> None:
    """Create a dashboard account for an analyst of AGENCY (password asked twice, or from stdin)."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        owner = store.get_agency(agency)
        if password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        now = utc_now()
        add_user(store.engine, owner, username, password, at=now)
        store.append_audit(
            AuditEntry(
                now, cli_actor(), "user_create", "web_user", username, {"agency": owner.code}
            )
        )
        console.print(f"user {username} of {owner.code} created; log in at /login")


@user_app.command("disable")
def disable(
    username: Annotated[str, typer.Argument(help="The account to disable.")],
    database_url: DatabaseOption = None,
) -> None:
    """Stop an account from logging in."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        now = utc_now()
        disable_user(store.engine, username, at=now)
        store.append_audit(AuditEntry(now, cli_actor(), "user_disable", "web_user", username, {}))
        console.print(f"user {username} disabled")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the tipoff app."""
    app.add_typer(user_app, name="user")
