"""CLI commands: simulate (a synthetic scam world with ground truth)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from tipoff.cli.output import plural
from tipoff.simulate.config import WorldConfig
from tipoff.simulate.writer import simulate


def register(app: typer.Typer) -> None:
    """Add this module's commands to the tipoff app."""

    @app.command("simulate")
    def simulate_command(
        out: Annotated[
            Path,
            typer.Option("--out", help="Directory to write the world into (created if missing)."),
        ],
        reports: Annotated[
            int, typer.Option("--reports", min=0, help="Number of victim reports.")
        ] = 10_000,
        seed: Annotated[int, typer.Option("--seed", help="Same seed, same bytes.")] = 0,
        networks: Annotated[
            int, typer.Option("--networks", min=1, help="Criminal networks (compounds).")
        ] = 40,
        workers: Annotated[
            int,
            typer.Option("--workers", min=0, help="Worker processes (0: one per core, at most 2)."),
        ] = 0,
        parquet: Annotated[
            bool,
            typer.Option(
                "--parquet/--no-parquet", help="Also write Parquet copies (needs pyarrow)."
            ),
        ] = False,
        by_agency: Annotated[
            bool,
            typer.Option(
                "--by-agency",
                help="Also write by_agency/<code>.jsonl for `tipoff ingest --agency`.",
            ),
        ] = False,
        end: Annotated[
            datetime | None,
            typer.Option(
                "--end",
                formats=["%Y-%m-%d"],
                help="Last day of the world (YYYY-MM-DD): a year of scams before it, no "
                "timestamp after it. Default: the fixed 2025 world.",
            ),
        ] = None,
    ) -> None:
        """Write a synthetic scam world: reports.jsonl (intake format), messages, job ads, payments,
        truth/."""
        if parquet:
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                typer.echo("--parquet needs pyarrow: pip install 'tipoff[parquet]'", err=True)
                raise typer.Exit(2) from None
        n_workers = workers or min(2, os.cpu_count() or 1)
        summary = simulate(
            WorldConfig.ending(end.date(), networks=networks)
            if end is not None
            else WorldConfig(networks=networks),
            seed,
            out,
            reports,
            workers=n_workers,
            parquet=parquet,
            by_agency=by_agency,
        )
        typer.echo(
            f"wrote {plural(summary.reports, 'report')}, {plural(summary.messages, 'message')}, "
            f"{plural(summary.jobs, 'job ad')}, {plural(summary.payments, 'payment')}, "
            f"{plural(summary.identifiers, 'truth identifier')} of "
            f"{plural(summary.networks, 'network')} to {summary.out_dir} "
            f"in {summary.seconds:.1f} s "
            f"({summary.reports_per_second:,.0f} reports/s, {plural(n_workers, 'worker')})"
        )
