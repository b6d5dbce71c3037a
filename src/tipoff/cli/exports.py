"""CLI command: ``tipoff export WHAT --agency CODE`` (thin layer over tipoff.share.exports).

Writes what the agency may take out of the instance (reports, indicators or networks) as
CSV, JSON Lines or STIX, exactly as ``GET /api/v1/export`` does, and audits it.
"""

from __future__ import annotations

from typing import Annotated

import typer

from tipoff.cli.output import OutOption, write_out
from tipoff.cli.session import (
    DatabaseOption,
    cli_actor,
    cli_errors,
    open_store,
    settings_with,
    utc_now,
)
from tipoff.share.exports import ExportQuery, export_stream
from tipoff.visibility import Viewer


def export_command(
    what: Annotated[str, typer.Argument(help="reports, indicators or networks")],
    agency: Annotated[str, typer.Option("--agency", help="Agency code (whose view is exported).")],
    format: Annotated[str, typer.Option("--format", help="csv, jsonl or stix")] = "csv",
    network: Annotated[int | None, typer.Option("--network", help="Only this network.")] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Indicators of this kind only.")
    ] = None,
    out: OutOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """Export what an agency may see (never RED, never victims), audited."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        viewer = Viewer.agency(store.get_agency(agency).id)
        query = ExportQuery.parse(what, format, network=network, kind=kind)
        chunks = export_stream(store, store.engine, viewer, query, actor=cli_actor(), clock=utc_now)
        write_out(out, chunks)


def register(app: typer.Typer) -> None:
    """Add ``tipoff export`` to the tipoff app."""
    app.command("export")(export_command)
