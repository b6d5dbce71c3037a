"""CLI command: ``tipoff demo`` — build a demo instance from the simulator and serve it.

It runs the real code path end to end: simulate a world → create the receiving agencies
and their keys → intake (validation, pseudonymisation, extraction, assessment, storage)
→ link networks → serve the API and dashboard on 127.0.0.1. A database that is already
built is served again without rebuilding, unless ``--rebuild`` is given.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from rich.progress import Progress

from tipoff.api.bind import check_port_free
from tipoff.cli.output import plural
from tipoff.cli.session import cli_actor, cli_errors, console, open_store, utc_now
from tipoff.intake.load import RejectLog, ingest_file
from tipoff.intake.pipeline import Intake
from tipoff.keys import issue_key
from tipoff.link.hubs import HubPolicy
from tipoff.link.persistence import relink
from tipoff.server import create_app
from tipoff.settings import Settings, load_settings
from tipoff.simulate.config import WorldConfig
from tipoff.simulate.writer import simulate
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.report_snapshot import warm_app
from tipoff.store.sql import SqlReportStore

DEMO_ANALYST_AGENCY = "DEMO-ANALYST"


def demo(
    directory: Annotated[
        Path, typer.Option("--dir", help="Where the demo world and database live.")
    ] = Path(".demo"),
    reports: Annotated[
        int, typer.Option("--reports", min=10, help="Simulated victim reports to load.")
    ] = 5000,
    seed: Annotated[
        int, typer.Option("--seed", help="Simulator seed (same seed, same world).")
    ] = 7,
    port: Annotated[
        int,
        typer.Option(
            "--port",
            min=1,
            max=65535,
            envvar="TIPOFF_PORT",
            help="Port on 127.0.0.1 (default TIPOFF_PORT, 8000).",
        ),
    ] = 8000,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Throw away an existing demo database.")
    ] = False,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve after building.")] = True,
) -> None:
    """Build a demo database from synthetic data and serve the dashboard and API on 127.0.0.1."""
    with cli_errors():
        if serve:  # before the build, so a busy port is said at once, with the way out
            check_port_free("127.0.0.1", port)
        directory.mkdir(parents=True, exist_ok=True)
        database = directory / "tipoff.db"
        wanted = {"reports": reports, "seed": seed}
        if database.exists() and not rebuild:
            rebuild = _needs_rebuild(directory, wanted)
        if rebuild and database.exists():
            for leftover in directory.glob("tipoff.db*"):
                leftover.unlink()
        settings = load_settings(database_url=f"sqlite:///{database}", host="127.0.0.1", port=port)
        key_file = directory / "demo-key.txt"
        if not database.exists() or not key_file.exists():
            key_file.write_text(_build(settings, directory, reports, seed) + "\n", encoding="utf-8")
            key_file.chmod(0o600)
            (directory / BUILT_WITH).write_text(json.dumps(wanted), encoding="utf-8")
        else:
            console.print(
                f"reusing the demo database in {directory} (--rebuild to start afresh)",
                soft_wrap=True,
            )
        key = key_file.read_text(encoding="utf-8").strip()
        console.print(
            f"\n[bold]tipoff demo[/bold] on http://127.0.0.1:{port}/  "
            "(API docs: /docs, check page: /check)"
        )
        console.print(
            f"demo analyst key (agency {DEMO_ANALYST_AGENCY}): {key}",
            highlight=False,
            soft_wrap=True,
        )
        if serve:
            _serve(settings)


BUILT_WITH = "demo.json"  # the options the database in the directory was built with


def _needs_rebuild(directory: Path, wanted: dict[str, int]) -> bool:
    """Whether the existing demo database was built with other options (say so if it was)."""
    try:
        built = json.loads((directory / BUILT_WITH).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        built = None
    if built == wanted:
        return False
    was = (
        f"{built['reports']:,} reports, seed {built['seed']}"
        if isinstance(built, dict)
        else "unknown options"
    )
    console.print(
        f"the demo database in {directory} was built with {was}; "
        f"rebuilding with {wanted['reports']:,} reports, seed {wanted['seed']}",
        soft_wrap=True,
    )
    return True


def _build(settings: Settings, directory: Path, n_reports: int, seed: int) -> str:
    migrate.upgrade(make_engine(settings.database_url))
    world = directory / "world"
    _simulate(world, n_reports, seed)
    store = open_store(settings)
    key = _create_agencies(store, world)
    _ingest(settings, store, world / "reports.jsonl")
    _relink(settings)
    return key


def _simulate(world: Path, n_reports: int, seed: int) -> None:
    # The demo world ends today, so the overview's recent days and growth are not empty.
    config = WorldConfig.ending(utc_now())  # nothing received after the moment it is built
    summary = simulate(config, seed, world, n_reports, workers=1)
    console.print(
        f"simulated {plural(summary.reports, 'report')} of {plural(summary.networks, 'network')} "
        f"in {summary.seconds:.1f} s"
    )


def _create_agencies(store: SqlReportStore, world: Path) -> str:
    """The world's receiving agencies, plus the analyst agency whose key is printed."""
    now = utc_now()
    with (world / "truth" / "agencies.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            entry = json.loads(line)
            store.add_agency(entry["code"], entry["name"], entry.get("country"), at=now)
    analyst = store.add_agency(DEMO_ANALYST_AGENCY, "Demo analyst desk", None, at=now)
    return issue_key(store, analyst, at=now, actor=cli_actor())


def _ingest(settings: Settings, store: SqlReportStore, reports: Path) -> None:
    """The same path as `tipoff ingest FILE`: each record's own agency field decides."""
    intake = Intake.from_settings(store, settings, clock=utc_now)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("intake", total=reports.stat().st_size)
        summary = ingest_file(
            reports,
            None,
            intake,
            actor=cli_actor(),
            rejects=RejectLog(None),
            progress=lambda n: progress.advance(task, n),
        )
    console.print(f"intake (extraction, assessment, storage): {summary.line()}")


def _relink(settings: Settings) -> None:
    summary = relink(
        make_engine(settings.database_url),
        HubPolicy.from_settings(settings),
        settings.leiden_min_size,
        utc_now(),
    )
    console.print(
        f"linked {plural(summary.networks, 'network')} "
        f"(largest {plural(summary.largest, 'report')})"
    )


def _serve(settings: Settings) -> None:
    app = create_app(settings)
    warm_app(app)
    # proxy_headers=False: the client address is decided by tipoff (TIPOFF_TRUSTED_PROXIES).
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level.lower(),
        proxy_headers=False,
    )


def register(app: typer.Typer) -> None:
    """Add the ``demo`` command to the tipoff app."""
    app.command("demo")(demo)
