"""CLI commands: ``tipoff reports list|show`` — read stored reports as an agency sees them."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import Annotated

import typer

from tipoff.cli.output import Column, CsvOption, JsonOption, emit, note, output_format, plural
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
    help=(
        "Read stored reports, as the operator (everything) or as an agency (--agency: TLP applies)."
    ),
    no_args_is_help=True,
)

ViewerOption = Annotated[
    str | None,
    typer.Option(
        "--agency",
        help=(
            "Read as this agency (its own reports plus others' shared by TLP); "
            "default: as the operator, everything."
        ),
    ),
]


def viewer_of(store: ReportStore, agency: str | None) -> Viewer:
    """The operator (everything) by default; with ``--agency CODE`` what that agency sees."""
    return Viewer.agency(store.get_agency(agency).id) if agency else Viewer.operator()


def _text(value: str | None) -> str:
    return value or ""


REPORT_LIST_COLUMNS = (
    Column("id", "id", numeric=True),
    Column("agency", "agency", whole=True),
    Column("external id", "external_id"),
    Column("received UTC", "received_at", lambda v: f"{v:%Y-%m-%d %H:%M}", whole=True),
    Column("country", "victim_country", _text, whole=True),
    Column("channel", "channel", _text),
    Column("scam type", "scam_type", _text, whole=True),
    Column("outcome", "outcome", _text, whole=True),
    Column("p", "scam_probability", lambda v: "" if v is None else f"{v:.2f}", numeric=True),
    Column("tlp", "tlp", whole=True),
)


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
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    database_url: DatabaseOption = None,
) -> None:
    """List reports, newest first (audited as a bulk read)."""
    fmt = output_format(as_json, as_csv)
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
        rows = [
            {
                "id": r.id,
                "agency": r.agency_code,
                "external_id": r.external_id,
                "received_at": r.received_at,
                "victim_country": r.victim_country,
                "channel": r.channel,
                "scam_type": r.scam_type,
                # scam, spam or legitimate: a promotion and an OTP are both scam_type not_scam
                "outcome": (r.assessment or {}).get("outcome"),
                "scam_probability": r.scam_probability,
                "tlp": r.tlp,
            }
            for r in page.items
        ]
        emit(rows, REPORT_LIST_COLUMNS, fmt)
        note(f"{plural(len(rows), 'report')} shown", fmt)
        if page.next_cursor:
            note(f"more: --cursor {page.next_cursor}", fmt)


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
