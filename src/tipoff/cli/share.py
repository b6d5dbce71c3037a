"""CLI commands: ``tipoff share export`` and ``tipoff share import`` (STIX 2.1 bundles).

Thin layer over tipoff.share: the library decides what leaves (per object, through
``Viewer``) and writes the audit entry; this module only reads options and files.
"""

from __future__ import annotations

from pathlib import Path
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
from tipoff.errors import ValidationError
from tipoff.share.export import dump_bundle, export_for
from tipoff.share.importing import import_into
from tipoff.share.receivers import receiver_for

share_app = typer.Typer(help="Share intelligence as STIX 2.1 bundles, TLP per object.")

AgencyOption = Annotated[
    str, typer.Option("--agency", help="Agency code (who shares or receives).")
]


@share_app.command("export")
def export_command(
    agency: AgencyOption,
    out: Annotated[Path, typer.Option("--out", help="File to write the STIX bundle to.")],
    to: Annotated[
        str,
        typer.Option("--to", help="Receiver's clearance: own, amber, green or clear."),
    ] = "clear",
    database_url: DatabaseOption = None,
) -> None:
    """Write the agency's reports as a STIX 2.1 bundle for a receiver (audited)."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        sender = store.get_agency(agency)
        receiver = receiver_for(to, sender.id)
        export = export_for(store, store.engine, sender, receiver, at=utc_now(), actor=cli_actor())
        out.write_bytes(dump_bundle(export, indent=True))
        console.print(
            f"wrote {len(export.objects)} objects from {len(export.report_ids)} reports "
            f"for {receiver.label} to {out}",
            highlight=False,
        )


@share_app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="A STIX 2.1 bundle (JSON).")],
    agency: AgencyOption,
    database_url: DatabaseOption = None,
) -> None:
    """Store a STIX 2.1 bundle's reports and indicators as reports of the agency."""
    with cli_errors():
        try:
            data = file.read_bytes()
        except OSError as error:
            raise ValidationError(f"cannot read {file}: {error.strerror}") from error
        store = open_store(settings_with(database_url))
        outcome = import_into(
            store, store.get_agency(agency), data, at=utc_now(), actor=cli_actor()
        )
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(outcome.plan.skipped.items()))
        console.print(
            f"{outcome.plan.objects} objects: {outcome.created} new reports, "
            f"{outcome.already_known} already imported; skipped: {skipped or 'none'}",
            highlight=False,
        )
        for stix_type, reason in sorted(outcome.plan.reasons.items()):
            console.print(f"  {stix_type}: {reason}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``tipoff share`` to the tipoff app."""
    app.add_typer(share_app, name="share")
