"""CLI commands: ``tipoff eval-worlds`` (linking scored on many simulated worlds) and
``tipoff eval-known-groups`` (on reports built from public lists of known scam addresses).

Both run the real intake and relink path in throwaway SQLite databases; the library is
``tipoff.evaluation.scenario_links`` and ``tipoff.evaluation.known_groups``
(docs/link-evaluation.md).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer

from tipoff.cli.output import (
    Column,
    CsvOption,
    Format,
    JsonOption,
    emit,
    note,
    output_format,
    plural,
)
from tipoff.cli.session import cli_errors
from tipoff.evaluation import known_groups
from tipoff.evaluation import scenario_links as link_eval
from tipoff.settings import load_settings
from tipoff.simulate.scenarios import SCENARIOS


def _split(values: list[str] | None) -> list[str]:
    """``--x a,b --x c`` → ``[a, b, c]``: commas or repeated options, as the user prefers."""
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


def shared_data_dir() -> Path:
    """Where the public data sets live: TIPOFF_SHARED_DATA, else ../shared/data."""
    with cli_errors():
        return load_settings().shared_data


def eval_worlds_command(
    work: Annotated[
        Path, typer.Option("--work", help="Directory for the worlds and their databases.")
    ],
    scenarios: Annotated[
        list[str] | None,
        typer.Option(
            "--scenarios", help=f"Comma-separated or repeated; default all: {', '.join(SCENARIOS)}."
        ),
    ] = None,
    seeds: Annotated[
        list[str] | None, typer.Option("--seeds", help="Comma-separated or repeated; default 1,2.")
    ] = None,
    reports: Annotated[int, typer.Option("--reports", min=1, help="Reports per world.")] = 5000,
    assess: Annotated[bool, typer.Option("--assess", help="Run assessment at intake too.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Score linking on simulated worlds (scenario x seed) through the real intake and relink."""
    names = _split(scenarios) or list(SCENARIOS)
    unknown = sorted(set(names) - set(SCENARIOS))
    if unknown:
        raise typer.BadParameter(f"unknown {', '.join(unknown)}; known: {', '.join(SCENARIOS)}")
    try:
        numbers = [int(s) for s in _split(seeds)] or [1, 2]
    except ValueError as error:
        raise typer.BadParameter("seeds are whole numbers", param_hint="--seeds") from error
    with cli_errors():
        setup = link_eval.LinkSetup.from_settings(load_settings(), assess)
        rows = []
        for row in link_eval.run_matrix(names, numbers, reports, work, setup):
            rows.append(row)
            if as_json:
                emit([link_eval.row_json(row)], (), Format.JSON)
            else:
                note(f"{row.scenario} seed {row.seed}: done in {row.seconds:.0f} s", Format.JSON)
    if not as_json:
        typer.echo(link_eval.table(rows))


KNOWN_GROUP_COLUMNS = (
    Column("level", "level"),
    Column("ARI", "ari", lambda v: f"{v:.2f}", numeric=True),
    Column("precision", "precision", lambda v: f"{v:.2f}", numeric=True),
    Column("recall", "recall", lambda v: f"{v:.2f}", numeric=True),
)


def eval_known_groups_command(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="The public data sets (cryptoscamdb, ofac-crypto-addresses); "
            "default: $TIPOFF_SHARED_DATA, else ../shared/data.",
            show_default=False,
        ),
    ] = None,
    work: Annotated[
        Path | None,
        typer.Option(
            "--work", help="Directory for the reports and database (default: a temp one)."
        ),
    ] = None,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    entities: Annotated[int, typer.Option("--entities", min=2, help="Entities sampled.")] = 600,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Score linking on reports built from known scam entities and their crypto addresses."""
    fmt = output_format(as_json, as_csv)
    root = data or shared_data_dir()
    if not (root / "cryptoscamdb").is_dir():
        raise typer.BadParameter(
            f"{root} has no cryptoscamdb/ (pass --data or set TIPOFF_SHARED_DATA)",
            param_hint="--data",
        )
    with cli_errors(), tempfile.TemporaryDirectory(prefix="tipoff-known-groups-") as scratch:
        setup = link_eval.LinkSetup.from_settings(load_settings())
        result = known_groups.run(root, work or Path(scratch), setup, seed, entities)
    note(
        f"{plural(result.entities, 'entity', 'entities')} ({result.grouped_entities:,} with 2+ "
        f"addresses), {plural(result.reports, 'report')} ({result.rejected:,} rejected)",
        fmt,
    )
    rows = [
        {"level": level, "ari": s.ari, "precision": s.precision, "recall": s.recall}
        for level, s in (("sub-networks", result.sub_networks), ("networks", result.clusters))
    ]
    emit(rows, KNOWN_GROUP_COLUMNS, fmt)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the tipoff app."""
    app.command("eval-worlds")(eval_worlds_command)
    app.command("eval-known-groups")(eval_known_groups_command)
