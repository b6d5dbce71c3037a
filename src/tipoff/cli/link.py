"""CLI commands: ``tipoff networks``, ``tipoff network ID``, ``tipoff relink``, ``tipoff eval-links``."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tipoff.cli.reports import ViewerOption, viewer_of
from tipoff.cli.session import DatabaseOption, cli_errors, console, settings_with, utc_now
from tipoff.link.explain import why_linked
from tipoff.link.harm import SORT_FIELDS
from tipoff.link.hubs import HubPolicy
from tipoff.link.queries import NetworkQuery, list_networks, network_detail
from tipoff.store.engine import make_engine
from tipoff.store.sql import SqlReportStore


def _when(value: object) -> str:
    return value.date().isoformat() if hasattr(value, "date") else ""


def networks_command(
    sort: Annotated[str, typer.Option(help=f"One of: {', '.join(SORT_FIELDS)}.")] = "harm_score",
    ascending: Annotated[bool, typer.Option("--ascending", help="Smallest first.")] = False,
    country: Annotated[
        str | None, typer.Option(help="Only networks with a victim in this country.")
    ] = None,
    scam_type: Annotated[
        str | None, typer.Option(help="Only networks with a report of this scam type.")
    ] = None,
    min_reports: Annotated[int, typer.Option(min=1, help="Smallest network shown.")] = 2,
    min_loss_usd: Annotated[float | None, typer.Option(help="Least total loss (USD).")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    agency: ViewerOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """Networks ranked by harm (or another statistic), with filters."""
    with cli_errors():
        engine = make_engine(settings_with(database_url).database_url)
        viewer = viewer_of(SqlReportStore(engine), agency)
        query = NetworkQuery(
            sort,
            not ascending,
            min_reports,
            None,
            country.upper() if country else None,
            scam_type,
            min_loss_usd,
            limit=limit,
            offset=offset,
        )
        with engine.connect() as connection:
            rows, total = list_networks(connection, query, viewer)
        table = Table(
            "id",
            "harm",
            "reports",
            "victims",
            "loss USD",
            "countries",
            "types",
            "first",
            "last",
            "+7d",
            "+30d",
            "subs",
        )
        for r in rows:
            table.add_row(
                str(r["id"]),
                f"{r['harm_score']:.2f}",
                str(r["reports"]),
                str(r["victims"]),
                f"{r['loss_usd']:,.0f}",
                ",".join(c for c, _ in r["country_codes"][:4]) or "-",
                str(r["scam_types"]),
                _when(r["first_seen"]),
                _when(r["last_seen"]),
                str(r["growth_7d"]),
                str(r["growth_30d"]),
                str(r["sub_networks"] or ""),
            )
        console.print(table)
        console.print(
            f"{total} networks match; showing {offset + 1}–{offset + len(rows)}", highlight=False
        )


def network_command(
    network_id: Annotated[
        int, typer.Argument(help="Network id (a retired id follows its redirect).")
    ],
    source: Annotated[int | None, typer.Option("--from", help="Explain: first report id.")] = None,
    target: Annotated[int | None, typer.Option("--to", help="Explain: second report id.")] = None,
    indicators_shown: Annotated[int, typer.Option("--indicators", min=0)] = 20,
    agency: ViewerOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """One network: statistics, reports, shared indicators; with --from/--to, why two reports link."""
    with cli_errors():
        settings = settings_with(database_url)
        policy = HubPolicy.from_settings(settings)
        engine = make_engine(settings.database_url)
        viewer = viewer_of(SqlReportStore(engine), agency)
        with engine.connect() as connection:
            detail = network_detail(connection, network_id, viewer, policy)
            chain = (
                why_linked(connection, detail.network["id"], source, target, viewer, policy)
                if source is not None and target is not None
                else None
            )
        n = detail.network
        if n["id"] != network_id:
            console.print(f"network {network_id} was merged into {n['id']}", highlight=False)
        console.print(
            f"network {n['id']}: {n['reports']} reports, {n['victims']} victims, US${n['loss_usd']:,.0f}, "
            f"countries {', '.join(f'{c} ({k})' for c, k in n['country_codes']) or '-'}, harm {n['harm_score']:.2f}, "
            f"seen {_when(n['first_seen'])} – {_when(n['last_seen'])}, +{n['growth_7d']} (7d) +{n['growth_30d']} (30d)",
            highlight=False,
        )
        table = Table("indicator", "reports here", "reports total", "status")
        for i in detail.indicators[:indicators_shown]:
            status = "warninglisted" if i["common"] else ("hub" if i["hub"] else "links")
            table.add_row(
                f"{i['kind']}:{i['value']}",
                str(i["reports_in_network"]),
                str(i["report_count"]),
                status,
            )
        console.print(table)
        if source is not None and target is not None:
            text = " → ".join(
                f"report {s.id}" if s.kind == "report" else s.label for s in chain or []
            )
            console.print(text or f"reports {source} and {target} are not joined", highlight=False)


def relink_command(
    seed: Annotated[int, typer.Option(help="Seed of the Leiden split.")] = 0,
    new_only: Annotated[
        bool,
        typer.Option(
            "--new-only",
            help="Only link reports stored since the last link (incremental, no rebuild).",
        ),
    ] = False,
    database_url: DatabaseOption = None,
) -> None:
    """Rebuild every network from the stored sightings (ids carried over, merges redirected)."""
    from tipoff.link.persistence import LinkUpdater, relink

    with cli_errors():
        settings = settings_with(database_url)
        if new_only:
            started = time.perf_counter()
            updater = LinkUpdater(
                make_engine(settings.database_url), HubPolicy.from_settings(settings)
            )
            added = updater.add_unlinked(utc_now())
            console.print(
                f"linked {added:,} new reports incrementally in {time.perf_counter() - started:.2f} s",
                highlight=False,
            )
            return
        summary = relink(
            make_engine(settings.database_url),
            HubPolicy.from_settings(settings),
            settings.leiden_min_size,
            utc_now(),
            seed,
        )
        console.print(
            f"linked {summary.reports:,} reports ({summary.sightings:,} sightings) in {summary.seconds:.2f} s: "
            f"{summary.networks:,} networks of 2+ reports, largest {summary.largest:,}; {summary.hubs} hubs not linked; "
            f"{summary.retired_ids} ids retired (redirected); {summary.split_networks} networks split into sub-networks",
            highlight=False,
        )


def eval_links_command(
    world_dir: Annotated[
        Path, typer.Argument(exists=True, file_okay=False, help="Output of `tipoff simulate`.")
    ],
    hub_threshold: Annotated[
        int | None, typer.Option(help="Override settings.hub_threshold.")
    ] = None,
    leiden_min_size: Annotated[
        int | None, typer.Option(help="Override settings.leiden_min_size.")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes.")] = max(
        1, min(2, os.cpu_count() or 1)
    ),
    seed: Annotated[int, typer.Option()] = 0,
) -> None:
    """Score linking against a simulated world's truth: pairwise precision/recall and ARI."""
    from tipoff.link.world_eval import extract_world, score_world

    with cli_errors():
        settings = settings_with(None)
        policy = HubPolicy.from_settings(settings)
        if hub_threshold is not None:
            policy = HubPolicy(hub_threshold, policy.per_kind)
        world = extract_world(world_dir, workers)
        scores = score_world(world, policy, leiden_min_size or settings.leiden_min_size, seed)
        console.print(
            f"{scores.reports:,} reports, {scores.sightings:,} sightings, {scores.indicators:,} indicators, "
            f"{scores.bad_lines} unreadable lines; {scores.hubs} hubs not linked",
            highlight=False,
        )
        table = Table(
            "level", "groups", "precision", "recall", "F1", "ARI", "true pairs", "predicted pairs"
        )
        for name, pair, groups in (
            ("clusters", scores.clusters, scores.n_clusters),
            ("sub-networks", scores.sub_networks, scores.n_sub_networks),
        ):
            table.add_row(
                name,
                f"{groups:,}",
                f"{pair.precision:.4f}",
                f"{pair.recall:.4f}",
                f"{pair.f1:.4f}",
                f"{pair.ari:.4f}",
                f"{pair.true_pairs:,}",
                f"{pair.predicted_pairs:,}",
            )
        console.print(table)
        for key, value in scores.diagnostics.items():
            console.print(f"{key}: {value}", highlight=False, markup=False, emoji=False)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the tipoff app."""
    app.command("networks")(networks_command)
    app.command("network")(network_command)
    app.command("relink")(relink_command)
    app.command("eval-links")(eval_links_command)
