"""CLI command: ``tipoff demo`` — build a demo instance from the simulator and serve it.

It runs the real code path end to end: simulate a world → create the receiving agencies
and their keys → intake (validation, pseudonymisation, extraction, assessment, storage)
→ link networks → serve the API and dashboard on 127.0.0.1. A database that is already
built is served again without rebuilding, unless ``--rebuild`` is given.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from tipoff.cli.session import cli_actor, cli_errors, console, open_store, utc_now
from tipoff.intake.schema import ReportIn
from tipoff.settings import Settings, load_settings
from tipoff.store.sql import SqlReportStore

DEMO_ANALYST_AGENCY = "DEMO-ANALYST"


def demo(
    directory: Annotated[Path, typer.Option("--dir", help="Where the demo world and database live.")] = Path(".demo"),
    reports: Annotated[int, typer.Option("--reports", min=10, help="Simulated victim reports to load.")] = 5000,
    seed: Annotated[int, typer.Option("--seed", help="Simulator seed (same seed, same world).")] = 7,
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port on 127.0.0.1.")] = 8000,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Throw away an existing demo database.")] = False,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve after building.")] = True,
) -> None:
    """Build a demo database from synthetic data and serve the dashboard and API on 127.0.0.1."""
    with cli_errors():
        directory.mkdir(parents=True, exist_ok=True)
        database = directory / "tipoff.db"
        if rebuild and database.exists():
            for leftover in directory.glob("tipoff.db*"):
                leftover.unlink()
        settings = load_settings(database_url=f"sqlite:///{database}", host="127.0.0.1", port=port)
        key_file = directory / "demo-key.txt"
        if not database.exists() or not key_file.exists():
            key_file.write_text(_build(settings, directory, reports, seed) + "\n", encoding="utf-8")
            key_file.chmod(0o600)
        key = key_file.read_text(encoding="utf-8").strip()
        console.print(f"\n[bold]tipoff demo[/bold] on http://127.0.0.1:{port}/  (API docs: /docs, check page: /check)")
        console.print(f"demo analyst key (agency {DEMO_ANALYST_AGENCY}): {key}", highlight=False, soft_wrap=True)
        if serve:
            _serve(settings)


def _build(settings: Settings, directory: Path, n_reports: int, seed: int) -> str:
    from tipoff.store import migrate
    from tipoff.store.engine import make_engine

    migrate.upgrade(make_engine(settings.database_url))
    world = directory / "world"
    _simulate(world, n_reports, seed)
    store = open_store(settings)
    key = _create_agencies(store, world / "reports.jsonl")
    _ingest(settings, store, world / "reports.jsonl")
    _relink(settings)
    return key


def _simulate(world: Path, n_reports: int, seed: int) -> None:
    from tipoff.simulate.writer import simulate

    summary = simulate(None, seed, world, n_reports, workers=1)
    console.print(f"simulated {summary.reports:,} reports of {summary.networks} networks in {summary.seconds:.1f} s")


def _records_by_agency(path: Path) -> dict[str, list[str]]:
    lines: dict[str, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            lines[json.loads(line).get("agency") or DEMO_ANALYST_AGENCY].append(line)
    return lines


def _create_agencies(store: SqlReportStore, reports: Path) -> str:
    """One agency per receiving agency in the world, plus the analyst agency whose key is printed."""
    from tipoff.api.keys import issue_key

    now = utc_now()
    for code in sorted(_records_by_agency(reports)):
        store.add_agency(code, code, code[:2] if code[2:3] == "-" else None, at=now)
    analyst = store.add_agency(DEMO_ANALYST_AGENCY, "Demo analyst desk", None, at=now)
    return issue_key(store, analyst, at=now, actor=cli_actor())


def _ingest(settings: Settings, store: SqlReportStore, reports: Path) -> None:
    from rich.progress import Progress

    from tipoff.intake.pipeline import Intake, pseudonymiser_from

    intake = Intake(store, pseudonymiser_from(settings), clock=utc_now)
    by_agency = _records_by_agency(reports)
    total = sum(len(lines) for lines in by_agency.values())
    stored = 0
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("intake", total=total)
        for code, lines in sorted(by_agency.items()):
            agency = store.get_agency(code)
            for outcomes in intake.submit_stream(agency, _valid(lines), actor=cli_actor()):
                stored += sum(1 for outcome in outcomes if getattr(outcome, "created", False))
                progress.advance(task, len(outcomes))
    console.print(f"stored {stored:,} of {total:,} reports through intake (extraction, assessment, storage)")


def _valid(lines: list[str]) -> Iterator[ReportIn]:
    from tipoff.intake.pipeline import validate_report

    for line in lines:
        checked = validate_report(json.loads(line))
        if isinstance(checked, ReportIn):
            yield checked


def _relink(settings: Settings) -> None:
    from tipoff.link.hubs import HubPolicy
    from tipoff.link.persistence import relink
    from tipoff.store.engine import make_engine

    summary = relink(make_engine(settings.database_url), HubPolicy.from_settings(settings),
                     settings.leiden_min_size, utc_now())
    console.print(f"linked {summary.networks:,} networks (largest {summary.largest:,} reports)")


def _serve(settings: Settings) -> None:
    import uvicorn

    from tipoff.api.app import create_app
    from tipoff.web.report_columns import warm_app

    app = create_app(settings)
    warm_app(app)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=settings.log_level.lower())


def register(app: typer.Typer) -> None:
    """Add the ``demo`` command to the tipoff app."""
    app.command("demo")(demo)
