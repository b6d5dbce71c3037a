"""CLI command: ``tipoff ingest FILE --agency CODE`` — load JSONL or CSV reports."""

from __future__ import annotations

import time
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from tipoff.cli.session import (
    DatabaseOption,
    cli_actor,
    cli_errors,
    console,
    open_store,
    settings_with,
    utc_now,
)
from tipoff.intake.load import RejectLog, WorkerSetup, ingest_file
from tipoff.intake.parallel import worker_pool
from tipoff.intake.pipeline import DEFAULT_BATCH_SIZE, Intake, pseudonymiser_from
from tipoff.settings import Settings

# Exit status when the run completed but some records were rejected (1 = the run failed).
REJECTED_EXIT_CODE = 3


def ingest(
    file: Annotated[
        Path,
        typer.Argument(
            help="Reports as JSONL (one object per line) or CSV (see docs/intake.md).",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    agency: Annotated[
        str | None,
        typer.Option(
            "--agency",
            help="Receiving agency of every record; without it each record's own `agency` field decides.",
        ),
    ] = None,
    reject_file: Annotated[
        Path | None,
        typer.Option(
            "--reject-file",
            help="Write rejected records (line, field errors, record) here as JSONL.",
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, max=10_000, help="Reports per transaction.")
    ] = DEFAULT_BATCH_SIZE,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            max=64,
            help="Processes that validate and analyse (1: all in this process).",
        ),
    ] = 1,
    link: Annotated[
        bool,
        typer.Option("--link/--no-link", help="Link the stored reports into networks afterwards."),
    ] = True,
    database_url: DatabaseOption = None,
) -> None:
    """Validate, pseudonymise, analyse and store every report of FILE, then link them into networks.

    Bad records are skipped (and written to --reject-file with line number, field path and error); the good ones are stored.

    Exit status: 0 all stored, 3 some records rejected, 1 the run failed.
    """
    with cli_errors():
        settings = settings_with(database_url)
        store = open_store(settings)
        owner = store.get_agency(agency) if agency else None
        intake = Intake(store, pseudonymiser_from(settings), clock=utc_now, batch_size=batch_size)
        started = time.perf_counter()
        sink = reject_file.open("w", encoding="utf-8") if reject_file else nullcontext()
        # The pool starts before the progress bar's thread exists.
        pool = worker_pool(workers) if workers > 1 else nullcontext()
        with pool as executor, sink as handle, _progress() as progress:
            setup = None
            if executor is not None:
                setup = WorkerSetup(
                    executor,
                    settings.pseudonym_key.get_secret_value().encode(),
                    in_flight=2 * workers,
                )
            task = progress.add_task(f"ingest {file.name}", total=file.stat().st_size)
            summary = ingest_file(
                file,
                owner,
                intake,
                actor=cli_actor(),
                rejects=RejectLog(handle),
                progress=lambda n: progress.advance(task, n),
                workers=setup,
            )
        elapsed = time.perf_counter() - started
        for message in summary.first_errors:
            console.print(f"[yellow]rejected[/yellow] {message}", highlight=False)
        where = f" (rejects in {reject_file})" if reject_file and summary.rejected else ""
        rate = summary.records / elapsed if elapsed > 0 else 0.0
        console.print(f"{summary.line()} in {elapsed:.1f} s ({rate:,.0f}/s){where}")
        if link and summary.created:
            _link_new_reports(settings, summary.created)
        if summary.rejected:
            raise typer.Exit(REJECTED_EXIT_CODE)


def _link_new_reports(settings: Settings, created: int) -> None:
    """Link what this run stored: incrementally for a small addition, by a full relink for a
    large one, because hubs, spread hubs and sub-networks are only re-decided by a relink."""
    from tipoff.link.hubs import HubPolicy
    from tipoff.link.persistence import LinkUpdater, relink
    from tipoff.store.engine import make_engine

    started = time.perf_counter()
    engine = make_engine(settings.database_url)
    policy = HubPolicy.from_settings(settings)
    if created * 10 >= open_store(settings).counts().reports:
        summary = relink(engine, policy, settings.leiden_min_size, utc_now())
        console.print(
            f"relinked {summary.reports:,} reports into {summary.networks:,} networks "
            f"in {time.perf_counter() - started:.1f} s"
        )
        return
    linked = LinkUpdater(engine, policy).add_unlinked(utc_now())
    console.print(
        f"linked {linked:,} new reports into networks in {time.perf_counter() - started:.1f} s "
        "(`tipoff relink` re-decides hubs and sub-networks)"
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
