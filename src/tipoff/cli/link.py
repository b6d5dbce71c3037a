"""CLI commands: ``tipoff networks``, ``tipoff network ID``, ``tipoff relink``,
``tipoff eval-links``."""

from __future__ import annotations

import os
import time
from dataclasses import asdict
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
from tipoff.cli.reports import ViewerOption, viewer_of
from tipoff.cli.session import DatabaseOption, cli_errors, settings_with, utc_now
from tipoff.evaluation.world_links import WorldScores, extract_world, score_world
from tipoff.indicators.warninglist import bundled_warninglist, configured_warninglist
from tipoff.link.explain import ChainStep, why_linked
from tipoff.link.harm import SORT_FIELDS
from tipoff.link.hubs import HubPolicy
from tipoff.link.lock import link_transaction
from tipoff.link.network_detail import NetworkIndicator, network_detail
from tipoff.link.network_list import NetworkQuery, list_networks
from tipoff.link.network_reports import (
    MAX_LIMIT,
    REPORT_SORTS,
    NetworkReportPage,
    network_reports,
)
from tipoff.link.network_tables import NetworkRow
from tipoff.link.persistence import LinkUpdater, relink
from tipoff.store.engine import make_engine
from tipoff.store.rewarn import rewarn
from tipoff.store.sql import SqlReportStore


def _when(value: object) -> str:
    return value.date().isoformat() if hasattr(value, "date") else ""


def _share(value: float) -> str:
    return f"{value:.4f}"


def _count(value: int) -> str:
    return f"{value:,}"


NETWORK_COLUMNS = (
    Column("id", "id", numeric=True),
    Column("harm", "harm_score", lambda v: f"{v:.2f}", numeric=True),
    Column("reports", "reports", numeric=True),
    Column("victims", "victims", numeric=True),
    Column("loss USD", "loss_usd", lambda v: f"{v:,.0f}", numeric=True),
    Column("countries", "country_codes", lambda v: ",".join(c for c, _ in v[:4]) or "-"),
    Column("types", "scam_types", numeric=True),
    Column("last seen", "last_seen", _when, whole=True),
    Column("+7d", "growth_7d", numeric=True),
    Column("+30d", "growth_30d", numeric=True),
    Column("subs", "sub_networks", lambda v: str(v or ""), numeric=True),
)
SCORE_COLUMNS = (
    Column("level", "level"),
    Column("groups", "groups", _count, numeric=True),
    Column("precision", "precision", _share, numeric=True),
    Column("recall", "recall", _share, numeric=True),
    Column("F1", "f1", _share, numeric=True),
    Column("ARI", "ari", _share, numeric=True),
    Column("true pairs", "true_pairs", _count, numeric=True),
    Column("predicted pairs", "predicted_pairs", _count, numeric=True),
)
INDICATOR_COLUMNS = (
    Column("indicator", "indicator"),
    Column("reports here", "here", numeric=True),
    Column("reports total", "total", numeric=True),
    Column("status", "status"),
)
REPORT_COLUMNS = (
    Column("report", "id", numeric=True),
    Column("external id", "external_id", lambda v: v or ""),
    Column("agency", "agency", whole=True),
    Column("received", "received_at", _when, whole=True),
    Column("country", "victim_country", lambda v: v or "", whole=True),
    Column("scam type", "scam_type", lambda v: v or ""),
    Column("loss USD", "loss_usd", lambda v: "" if v is None else f"{v:,.0f}", numeric=True),
    Column("sub", "sub_network", lambda v: "" if v is None else str(v), numeric=True),
    Column("tlp", "tlp", whole=True),
)


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
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    database_url: DatabaseOption = None,
) -> None:
    """Networks ranked by harm (or another statistic), with filters."""
    fmt = output_format(as_json, as_csv)
    with cli_errors():
        engine = make_engine(settings_with(database_url).database_url)
        viewer = viewer_of(SqlReportStore(engine), agency)
        query = NetworkQuery(
            sort,
            not ascending,
            min_reports,
            None,
            country,
            scam_type,
            min_loss_usd,
            limit=limit,
            offset=offset,
        )
        with engine.connect() as connection:
            rows, total = list_networks(connection, query, viewer)
        emit(rows, NETWORK_COLUMNS, fmt)
        note(f"{plural(total, 'network')} found; {_showing(offset, len(rows))}", fmt)
        if rows and fmt is Format.TABLE:
            note(f"its reports: tipoff network {rows[0]['id']} --reports", fmt)


def _showing(offset: int, shown: int) -> str:
    return f"showing {offset + 1}–{offset + shown}" if shown else "none shown"


def network_command(
    network_id: Annotated[
        int, typer.Argument(help="Network id (a retired id follows its redirect).")
    ],
    source: Annotated[int | None, typer.Option("--from", help="Explain: first report id.")] = None,
    target: Annotated[int | None, typer.Option("--to", help="Explain: second report id.")] = None,
    indicators_shown: Annotated[int, typer.Option("--indicators", min=0)] = 20,
    list_reports: Annotated[
        bool, typer.Option("--reports", help="List the network's reports (ids for --from/--to).")
    ] = False,
    sort: Annotated[
        str, typer.Option(help=f"With --reports: one of {', '.join(REPORT_SORTS)}.")
    ] = "received_at",
    descending: Annotated[bool, typer.Option("--desc", help="With --reports: largest first.")] = (
        False
    ),
    limit: Annotated[int, typer.Option(min=1, max=MAX_LIMIT, help="With --reports.")] = 20,
    offset: Annotated[int, typer.Option(min=0, help="With --reports.")] = 0,
    agency: ViewerOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    database_url: DatabaseOption = None,
) -> None:
    """One network: statistics and shared indicators; --reports lists its reports; with
    --from/--to, why two of its reports link."""
    fmt = output_format(as_json, as_csv)
    if (source is None) != (target is None):
        raise typer.BadParameter("give both --from and --to (report ids: see --reports)")
    with cli_errors():
        settings = settings_with(database_url)
        policy = HubPolicy.from_settings(settings)
        engine = make_engine(settings.database_url)
        viewer = viewer_of(SqlReportStore(engine), agency)
        with engine.connect() as connection:
            if list_reports:
                page = network_reports(
                    connection, network_id, viewer, sort, descending, limit, offset
                )
                _show_reports(page, fmt)
                return
            detail = network_detail(connection, network_id, viewer, policy)
            chain = (
                why_linked(connection, detail.network["id"], source, target, viewer, policy)
                if source is not None and target is not None
                else None
            )
        shown = detail.indicators[:indicators_shown]
        if fmt is Format.TABLE:
            _show_network(network_id, detail.network, shown, chain, (source, target))
        elif fmt is Format.JSON:  # one object: the network, its indicators, the explanation
            whole: dict[str, object] = {
                "network": detail.network,
                "indicators": shown,
                "related": detail.related,
            }
            if chain is not None:
                whole["chain"] = [{"type": s.kind, "id": s.id, "label": s.label} for s in chain]
            emit([whole], (), fmt)
        else:
            emit(shown, (), fmt)


def _show_reports(page: NetworkReportPage, fmt: Format) -> None:
    emit(page.items, REPORT_COLUMNS, fmt)
    note(
        f"network {page.network_id}: {plural(page.total, 'report')}; "
        f"{_showing(page.offset, len(page.items))}",
        fmt,
    )
    if page.next_offset is not None:
        note(f"more: --offset {page.next_offset}", fmt)


def _show_network(
    asked: int,
    n: NetworkRow,
    indicators: list[NetworkIndicator],
    chain: list[ChainStep] | None,
    ends: tuple[int | None, int | None],
) -> None:
    if n["id"] != asked:
        note(f"network {asked} was merged into {n['id']}")
    note(
        f"network {n['id']}: {plural(n['reports'], 'report')}, "
        f"{plural(n['victims'], 'victim')}, US${n['loss_usd']:,.0f}, "
        f"countries {', '.join(f'{c} ({k})' for c, k in n['country_codes']) or '-'}, "
        f"harm {n['harm_score']:.2f}, seen {_when(n['first_seen'])} – {_when(n['last_seen'])}, "
        f"+{n['growth_7d']} (7d) +{n['growth_30d']} (30d)"
    )
    rows = [
        {
            "indicator": f"{i['kind']}:{i['value']}",
            "here": i["reports_in_network"],
            "total": i["report_count"],
            "status": "warninglisted" if i["common"] else ("hub" if i["hub"] else "links"),
        }
        for i in indicators
    ]
    emit(rows, INDICATOR_COLUMNS, Format.TABLE)
    source, target = ends
    if source is None:
        note(f"its reports: tipoff network {n['id']} --reports")
        return
    text = " → ".join(f"report {s.id}" if s.kind == "report" else s.label for s in chain or [])
    note(text or f"reports {source} and {target} are not joined")


def relink_command(
    seed: Annotated[int, typer.Option(help="Seed of the Leiden split.")] = 0,
    new_only: Annotated[
        bool,
        typer.Option(
            "--new-only",
            help="Only link reports stored since the last link (incremental, no rebuild).",
        ),
    ] = False,
    rewarn_values: Annotated[
        bool,
        typer.Option(
            "--rewarn",
            help="First mark stored values that a warninglist now holds as common "
            "(after an upgrade or a change to TIPOFF_WARNINGLIST_DIR).",
        ),
    ] = False,
    database_url: DatabaseOption = None,
) -> None:
    """Rebuild every network from the stored sightings (ids carried over, merges redirected)."""
    with cli_errors():
        settings = settings_with(database_url)
        if rewarn_values:
            lists = configured_warninglist(settings) or bundled_warninglist()
            with link_transaction(make_engine(settings.database_url)) as connection:
                marked = rewarn(connection, lists)
            note(f"{plural(marked, 'stored value')} now warninglisted, marked common")
        if new_only:
            started = time.perf_counter()
            updater = LinkUpdater(
                make_engine(settings.database_url), HubPolicy.from_settings(settings)
            )
            added = updater.add_unlinked(utc_now())
            note(
                f"linked {plural(added, 'new report')} incrementally in "
                f"{time.perf_counter() - started:.2f} s"
            )
            return
        summary = relink(
            make_engine(settings.database_url),
            HubPolicy.from_settings(settings),
            settings.leiden_min_size,
            utc_now(),
            seed,
        )
        note(
            f"linked {plural(summary.reports, 'report')} ({plural(summary.sightings, 'sighting')}) "
            f"in {summary.seconds:.2f} s: {plural(summary.networks, 'network')} of 2+ reports, "
            f"largest {summary.largest:,}; {plural(summary.hubs, 'hub')} not linked; "
            f"{plural(summary.retired_ids, 'id')} retired (redirected); "
            f"{plural(summary.split_networks, 'network')} split into sub-networks"
        )
        note("list them: tipoff networks")


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
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Score linking against a simulated world's truth: pairwise precision/recall and ARI.

    One world; for the table over configurations and seeds use `tipoff eval-worlds`.
    """
    fmt = output_format(as_json, as_csv)
    with cli_errors():
        settings = settings_with(None)
        policy = HubPolicy.from_settings(settings)
        if hub_threshold is not None:
            policy = HubPolicy(hub_threshold, policy.per_kind)
        world = extract_world(world_dir, workers)
        scores = score_world(world, policy, leiden_min_size or settings.leiden_min_size, seed)
        note(
            f"{plural(scores.reports, 'report')}, {plural(scores.sightings, 'sighting')}, "
            f"{plural(scores.indicators, 'indicator')}, "
            f"{plural(scores.bad_lines, 'unreadable line')}; "
            f"{plural(scores.hubs, 'hub')} not linked",
            fmt,
        )
        emit(score_rows(scores), SCORE_COLUMNS, fmt)
        if fmt is Format.TABLE:
            emit(
                [{"diagnostic": k, "value": v} for k, v in scores.diagnostics.items()],
                (Column("diagnostic", "diagnostic"), Column("value", "value", _readable)),
                fmt,
            )


def score_rows(scores: WorldScores) -> list[dict[str, object]]:
    """One row per level scored (connected clusters, then sub-networks)."""
    return [
        {"level": name, "groups": groups, **asdict(pair)}
        for name, pair, groups in (
            ("clusters", scores.clusters, scores.n_clusters),
            ("sub-networks", scores.sub_networks, scores.n_sub_networks),
        )
    ]


def _readable(value: object, nested: bool = False) -> str:
    """A diagnostic value for people: one list item or mapping entry per line."""
    if isinstance(value, dict):
        parts = [f"{k}: {_readable(v, True)}" for k, v in value.items()]
        return (", " if nested else "\n").join(parts)
    if isinstance(value, list | tuple):
        return "\n".join(_readable(v, True) for v in value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the tipoff app."""
    app.command("networks")(networks_command)
    app.command("network")(network_command)
    app.command("relink")(relink_command)
    app.command("eval-links")(eval_links_command)
