"""CLI command: ``tipoff ingest FILE --agency CODE`` — load JSONL or CSV reports."""

from __future__ import annotations

import time
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.text import Text

from tipoff.cli.session import (
    DatabaseOption,
    cli_actor,
    cli_errors,
    console,
    open_store,
    settings_with,
    utc_now,
)
from tipoff.intake.columns import ColumnMap
from tipoff.intake.encoding import checked_encoding
from tipoff.intake.load import IngestSummary, RejectLog, ingest_file, ingest_workers
from tipoff.intake.pipeline import DEFAULT_BATCH_SIZE, Intake
from tipoff.link.after_ingest import link_after_ingest
from tipoff.link.hubs import HubPolicy
from tipoff.settings import Settings
from tipoff.store.engine import make_engine

# Exit status when the run completed but some records were rejected (1 = the run failed).
REJECTED_EXIT_CODE = 3


FileArgument = Annotated[
    Path,
    typer.Argument(
        help="Reports as JSONL (one object per line) or CSV (see docs/intake.md).",
        exists=True,
        dir_okay=False,
        readable=True,
    ),
]
AgencyOption = Annotated[
    str | None,
    typer.Option(
        "--agency",
        help="Receiving agency of every record; "
        "without it each record's own `agency` field decides.",
    ),
]
RejectFileOption = Annotated[
    Path | None,
    typer.Option(
        "--reject-file", help="Write rejected records (line, field errors, record) here as JSONL."
    ),
]
BatchSizeOption = Annotated[
    int, typer.Option("--batch-size", min=1, max=10_000, help="Reports per transaction.")
]
WorkersOption = Annotated[
    int,
    typer.Option(
        "--workers",
        min=1,
        max=64,
        help="Processes that validate and analyse (1: all in this process).",
    ),
]
LinkOption = Annotated[
    bool,
    typer.Option("--link/--no-link", help="Link the stored reports into networks afterwards."),
]
EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        help="The file's text encoding (e.g. shift_jis, gb18030, big5, euc_kr, cp874, "
        "cp1252); default UTF-8, or the legacy encoding detected when it is not UTF-8.",
    ),
]
ColumnMapOption = Annotated[
    str | None,
    typer.Option(
        "--map",
        help="Rename the file's columns: INTAKE_NAME=FILE_COLUMN,... "
        "(e.g. external_id=case_no,narrative=description).",
    ),
]


def ingest(
    file: FileArgument,
    agency: AgencyOption = None,
    reject_file: RejectFileOption = None,
    batch_size: BatchSizeOption = DEFAULT_BATCH_SIZE,
    workers: WorkersOption = 1,
    link: LinkOption = True,
    encoding: EncodingOption = None,
    column_map: ColumnMapOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """Validate, pseudonymise, analyse and store every report of FILE, then link them into networks.

    Bad records are skipped (and written to --reject-file with line number, field path and error);
    the good ones are stored.

    Exit status: 0 all stored, 3 some records rejected, 1 the run failed.
    """
    with cli_errors():
        columns = ColumnMap.parse(column_map)
        if encoding is not None:
            checked_encoding(encoding)
        settings = settings_with(database_url)
        store = open_store(settings)
        owner = store.get_agency(agency) if agency else None
        intake = Intake.from_settings(store, settings, clock=utc_now, batch_size=batch_size)
        started = time.perf_counter()
        sink = reject_file.open("w", encoding="utf-8") if reject_file else nullcontext()
        # The pool starts before the progress bar's thread exists.
        with ingest_workers(workers, settings) as setup, sink as handle, _progress() as progress:
            task = progress.add_task(f"ingest {file.name}", total=file.stat().st_size)
            summary = ingest_file(
                file,
                owner,
                intake,
                actor=cli_actor(),
                rejects=RejectLog(handle),
                progress=lambda n: progress.advance(task, n),
                workers=setup,
                encoding=encoding,
                columns=columns,
            )
        _print_summary(summary, time.perf_counter() - started, reject_file)
        if link and summary.created:
            _link_new_reports(settings, summary.created)
        if summary.rejected:
            raise typer.Exit(REJECTED_EXIT_CODE)


def _print_summary(summary: IngestSummary, elapsed: float, reject_file: Path | None) -> None:
    for message in summary.first_errors:
        # The message quotes the record (its external id): plain text, no markup or emoji.
        console.print(Text.assemble(("rejected", "yellow"), " ", message), highlight=False)
    where = f" (rejects in {reject_file})" if reject_file and summary.rejected else ""
    rate = summary.records / elapsed if elapsed > 0 else 0.0
    console.print(f"{summary.line()} in {elapsed:.1f} s ({rate:,.0f}/s){where}")


def _link_new_reports(settings: Settings, created: int) -> None:
    """Link what this run stored (``tipoff.link.after_ingest`` decides how)."""
    started = time.perf_counter()
    engine = make_engine(settings.database_url)
    policy = HubPolicy.from_settings(settings)
    done = link_after_ingest(engine, policy, settings.leiden_min_size, created, utc_now())
    took = f"in {time.perf_counter() - started:.1f} s"
    if done.full_relink:
        console.print(f"relinked {done.reports:,} reports into {done.networks:,} networks {took}")
    else:
        console.print(
            f"linked {done.reports:,} new reports into networks {took}; these networks are "
            "provisional until the background relink of `tipoff serve` or `tipoff relink` "
            "re-decides hubs and sub-networks"
        )


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )


def register(app: typer.Typer) -> None:
    """Add the ``ingest`` command to the tipoff app."""
    app.command("ingest")(ingest)
