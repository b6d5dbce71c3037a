"""CLI commands: ``tipoff verdict`` records an analyst's verdict, ``tipoff verdicts`` lists them."""

from __future__ import annotations

from typing import Annotated

import typer

from tipoff.cli.output import Column, CsvOption, JsonOption, emit, note, output_format, plural
from tipoff.cli.reports import ViewerOption, viewer_of
from tipoff.cli.session import (
    DatabaseOption,
    cli_actor,
    cli_errors,
    console,
    open_store,
    settings_with,
    utc_now,
)
from tipoff.store.records import VERDICT_VALUES
from tipoff.verdicts import VERDICT_WORDS, new_verdict
from tipoff.visibility import Viewer


def _text(value: object) -> str:
    return "" if value is None else str(value)


VERDICT_COLUMNS = (
    Column("id", "id", numeric=True),
    Column("report", "report_id", numeric=True),
    Column("message", "message_index", _text, numeric=True),
    Column("verdict", "verdict", whole=True),
    Column("scam type", "scam_type", _text),
    Column("agency", "agency_code", whole=True),
    Column("by", "actor"),
    Column("when UTC", "created_at", lambda v: f"{v:%Y-%m-%d %H:%M}", whole=True),
    Column("note", "note"),
)


def verdict_command(
    report_id: Annotated[int, typer.Argument(help="Report id.", min=1)],
    verdict: Annotated[str, typer.Argument(help=" | ".join(VERDICT_VALUES), show_default=False)],
    scam_type: Annotated[
        str | None,
        typer.Option("--type", help="Scam type, with the verdict scam (e.g. impersonation.bank)."),
    ] = None,
    note_text: Annotated[str, typer.Option("--note", help="A short note for colleagues.")] = "",
    message: Annotated[
        int | None,
        typer.Option(
            "--message", min=0, help="Judge the report's message N (0 = first), not the report."
        ),
    ] = None,
    agency: Annotated[
        str | None,
        typer.Option(
            "--agency",
            help="Record it as this agency (which must be allowed to see the report); "
            "default: the agency that owns the report.",
        ),
    ] = None,
    database_url: DatabaseOption = None,
) -> None:
    """Record an analyst's verdict on a report: scam, not_scam or spam (`tipoff train --from-db`
    learns from these)."""
    with cli_errors():
        checked = new_verdict(
            report_id, verdict, message_index=message, scam_type=scam_type, note=note_text
        )
        store = open_store(settings_with(database_url))
        code = agency or store.get_report(report_id, viewer=Viewer.operator()).agency_code
        stored = store.add_verdict(store.get_agency(code), checked, actor=cli_actor(), at=utc_now())
    target = f"message {stored.message_index} of report" if message is not None else "report"
    console.print(
        f"recorded verdict {stored.id}: {target} {stored.report_id} is "
        f"{VERDICT_WORDS[stored.verdict]} ({stored.agency_code}, {stored.actor})",
        highlight=False,
    )


def verdicts_command(
    report_id: Annotated[
        int | None, typer.Argument(help="Only this report's verdicts.", min=1)
    ] = None,
    agency: ViewerOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    database_url: DatabaseOption = None,
) -> None:
    """List analysts' verdicts, oldest first (as the operator, or as --agency sees them)."""
    fmt = output_format(as_json, as_csv)
    with cli_errors():
        store = open_store(settings_with(database_url))
        found = store.list_verdicts(viewer=viewer_of(store, agency), report_id=report_id)
    rows = [
        {
            "id": v.id,
            "report_id": v.report_id,
            "message_index": v.message_index,
            "verdict": v.verdict,
            "scam_type": v.scam_type,
            "agency_code": v.agency_code,
            "actor": v.actor,
            "created_at": v.created_at,
            "note": v.note,
        }
        for v in found
    ]
    emit(rows, VERDICT_COLUMNS, fmt)
    note(f"{plural(len(rows), 'verdict')} shown", fmt)


def register(app: typer.Typer) -> None:
    """Add ``verdict`` and ``verdicts`` to the tipoff app."""
    app.command("verdict")(verdict_command)
    app.command("verdicts")(verdicts_command)
