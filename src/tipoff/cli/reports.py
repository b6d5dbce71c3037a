"""CLI commands: ``tipoff reports list|show`` — read stored reports as an agency sees them."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import Annotated

import typer
from rich.table import Table

from tipoff.cli.session import (
    DatabaseOption,
    cli_actor,
    cli_errors,
    console,
    open_store,
    settings_with,
    utc_now,
)
from tipoff.store.protocol import ReportStore
from tipoff.store.records import AuditEntry, ReportFilter
from tipoff.visibility import Viewer

reports_app = typer.Typer(
    help="Read stored reports, as the operator (everything) or as an agency (--agency: TLP applies).",
    no_args_is_help=True,
)

ViewerOption = Annotated[
    str | None,
    typer.Option(
        "--agency",
        help="Read as this agency (its own reports plus others' shared by TLP); default: as the operator, everything.",
    ),
]


def viewer_of(store: ReportStore, agency: str | None) -> Viewer:
    """The operator (everything) by default; with ``--agency CODE`` what that agency sees."""
    return Viewer.agency(store.get_agency(agency).id) if agency else Viewer.operator()


@reports_app.command("list")
def list_reports(
    agency: ViewerOption = None,
    country: Annotated[str | None, typer.Option(help="Victim country (ISO alpha-2).")] = None,
    scam_type: Annotated[str | None, typer.Option(help="Assessed scam type.")] = None,
    channel: Annotated[str | None, typer.Option(help="First-contact channel.")] = None,
    owner: Annotated[
        str | None, typer.Option("--owner", help="Only reports of this agency.")
    ] = None,
    received_from: Annotated[
        datetime | None, typer.Option(help="Received at or after (ISO 8601, UTC).")
    ] = None,
    received_to: Annotated[
        datetime | None, typer.Option(help="Received before (ISO 8601, UTC).")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="How many reports.")] = 20,
    cursor: Annotated[str | None, typer.Option(help="Continue after a previous listing.")] = None,
    database_url: DatabaseOption = None,
) -> None:
    """List reports, newest first (audited as a bulk read)."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        viewer = viewer_of(store, agency)
        where = ReportFilter(country, scam_type, channel, owner, received_from, received_to)
        page = store.list_reports(where, viewer=viewer, limit=limit, cursor=cursor)
        store.append_audit(
            AuditEntry(
                utc_now(),
                cli_actor(),
                "read_bulk",
                "report",
                None,
                {"as": agency or "operator", "returned": len(page.items)},
            )
        )
        table = Table(
            "id", "agency", "external id", "received", "country", "channel", "scam type", "p", "tlp"
        )
        for r in page.items:
            probability = f"{r.scam_probability:.2f}" if r.scam_probability is not None else ""
            table.add_row(
                str(r.id),
                r.agency_code,
                r.external_id,
                r.received_at.isoformat(timespec="minutes"),
                r.victim_country or "",
                r.channel or "",
                r.scam_type or "",
                probability,
                r.tlp,
            )
        console.print(table)
        if page.next_cursor:
            console.print(f"more: --cursor {page.next_cursor}", highlight=False)


@reports_app.command("show")
def show(
    report_id: Annotated[int, typer.Argument(help="Report id.")],
    agency: ViewerOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """Print one report, with its indicator sightings, as JSON."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        report = store.get_report(report_id, viewer=viewer_of(store, agency))
        console.print_json(json.dumps(asdict(report), default=str, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    """Add the ``reports`` command group to the tipoff app."""
    app.add_typer(reports_app, name="reports")
