"""Score tipoff's linking on many simulated worlds, through the real intake and relink path.

For each scenario (``tipoff.simulate.scenarios``) and seed: write the world, load its
reports with ``tipoff.intake.load.ingest_file`` into a fresh SQLite database (what
``tipoff ingest`` does), run the full relink (``tipoff.link.persistence.relink``, what
``tipoff relink`` does), read back each report's network and sub-network, and score them
against the world's truth with the pair counts of ``tipoff.evaluation.pair_scores`` (the scores of
``tipoff eval-links``). Two reference rows per world say whether it is passable at all:

- ``true ids``: the same linking core (``tipoff.evaluation.world_links.score_world``) fed the
  identifiers each report really contains, with the truth's innocent values flagged common
  (perfect extraction);
- ``ceiling``: connected components over the true identifiers that belong to one crew only
  (what a linker that knew which values are shared would get).

Run ``python -m tipoff.evaluation.scenario_links --help``; docs/link-evaluation.md has the figures.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select

from tipoff.evaluation.pair_scores import PairScores, pair_scores
from tipoff.evaluation.world_links import WorldLinks, load_truth, read_jsonl, score_world
from tipoff.intake.analyse import Analyser
from tipoff.intake.load import RejectLog, ingest_file
from tipoff.intake.pipeline import Intake
from tipoff.link.components import link_components, make_links
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.network_tables import network_members
from tipoff.link.persistence import relink
from tipoff.pseudonym import Pseudonymiser
from tipoff.settings import Settings, load_settings
from tipoff.simulate.config import WorldConfig
from tipoff.simulate.reports import agencies
from tipoff.simulate.scenarios import SCENARIOS, scenario
from tipoff.simulate.writer import simulate
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import reports

PSEUDONYM_KEY = b"tipoff-link-eval"  # throwaway databases: any fixed key will do


@dataclass(frozen=True)
class LinkSetup:
    """The linking settings scored (tipoff's settings by default) and the intake's analysis."""

    policy: HubPolicy
    leiden_min_size: int
    assess: bool = False  # assessment does not change sightings; off, intake runs ~2x faster

    @classmethod
    def from_settings(cls, settings: Settings, assess: bool = False) -> LinkSetup:
        return cls(HubPolicy.from_settings(settings), settings.leiden_min_size, assess)


@dataclass(frozen=True)
class WorldRow:
    """Scores of one world: the real path, perfect extraction, and the ceiling."""

    scenario: str
    seed: int
    reports: int
    crews: int
    rejected: int
    clusters: PairScores  # real path, networks (connected components)
    sub_networks: PairScores  # real path, networks split into sub-networks (what analysts see)
    true_ids: PairScores  # linking core on the true identifiers, sub-networks
    ceiling: PairScores  # components over single-crew true identifiers
    seconds: float


def link_through_store(
    reports_path: Path, agency_rows: Sequence[dict[str, object]], db_path: Path, setup: LinkSetup
) -> tuple[dict[str, tuple[int, int]], int]:
    """Ingest ``reports_path`` into a fresh SQLite database and relink it.

    Returns external_id → (network id, sub-network) and the number of rejected records.
    """
    db_path.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{db_path}")
    try:
        migrate.upgrade(engine)
        store = SqlReportStore(engine)
        now = datetime.now(UTC)
        for row in agency_rows:
            store.add_agency(str(row["code"]), str(row["name"]), _country(row), at=now)
        intake = Intake(
            store,
            Pseudonymiser(PSEUDONYM_KEY),
            clock=lambda: datetime.now(UTC),
            analyser=Analyser(with_assessment=setup.assess),
        )
        summary = ingest_file(
            reports_path, None, intake, actor="link-eval", rejects=RejectLog(None)
        )
        relink(engine, setup.policy, setup.leiden_min_size, datetime.now(UTC))
        query = select(
            reports.c.external_id, network_members.c.network_id, network_members.c.sub_network
        ).join(network_members, network_members.c.report_id == reports.c.id)
        with engine.connect() as connection:
            found = {
                r.external_id: (r.network_id, r.sub_network) for r in connection.execute(query)
            }
    finally:
        engine.dispose()
    return found, summary.rejected


def _country(row: dict[str, object]) -> str | None:
    country = row.get("country")
    return str(country) if country else None


def score_stored(
    stored: dict[str, tuple[int, int]], truth: dict[str, str | None]
) -> tuple[PairScores, PairScores]:
    """Cluster and sub-network scores of stored labels; a report not stored is its own group."""
    ids = sorted(truth)
    clusters = [f"{stored[e][0]}" if e in stored else f"missing:{e}" for e in ids]
    subs = [f"{stored[e][0]}.{stored[e][1]}" if e in stored else f"missing:{e}" for e in ids]
    true = _truth_labels(ids, truth)
    return pair_scores(np.array(clusters), true), pair_scores(np.array(subs), true)


def _truth_labels(ids: list[str], truth: dict[str, str | None]) -> np.ndarray:
    # A report with no crew in the truth groups with nothing.
    return np.array([truth[e] if truth[e] is not None else f"solo:{e}" for e in ids])


def true_identifier_links(world_dir: Path) -> tuple[WorldLinks, dict[str, list[str]]]:
    """The world as a perfect extractor would see it, and each identifier's crews."""
    records = {
        str(r["key"]): r for _, r in read_jsonl(world_dir / "truth" / "identifiers.jsonl") if r
    }
    crews_of = {key: [str(n) for n in r["networks"]] for key, r in records.items()}
    ids: dict[str, int] = {}
    common: list[bool] = []
    rows: list[int] = []
    cols: list[int] = []
    external_ids: list[str] = []
    labels: list[str | None] = []
    for _, record in read_jsonl(world_dir / "truth" / "report_network.jsonl"):
        if not record:
            continue
        row = len(external_ids)
        external_ids.append(str(record["external_id"]))
        labels.append(str(record["network"]) if record.get("network") else None)
        for found in record["identifiers"]:
            if found.get("history") or found.get("own"):
                continue  # an earlier crew's value the victim quotes, or the victim's own
            for key in _keys_seen(str(found["key"]), records):
                index = ids.setdefault(key, len(ids))
                if index == len(common):
                    common.append(bool(found["common"]))
                rows.append(row)
                cols.append(index)
    keys = list(ids)
    kinds = np.array([KIND_CODES.get(k.partition(":")[0], 0) for k in keys], dtype=np.int8)
    links = make_links(
        np.array(rows, np.int64),
        np.array(cols, np.int64),
        kinds,
        np.array(common, bool),
        np.ones(len(external_ids), dtype=bool),
    )
    return WorldLinks(external_ids, np.array(labels, dtype=object), keys, links, 0), crews_of


def _keys_seen(key: str, records: dict[str, dict[str, Any]]) -> list[str]:
    """The keys a perfect extractor records for a true identifier: its own, its aliases (a
    WhatsApp handle is also a phone number), and a link's domain."""
    record = records.get(key, {})
    keys = [key, *(str(k) for k in record.get("alt", ()))]
    domain = record.get("attrs", {}).get("domain")
    return keys + ([f"domain:{domain}"] if record.get("kind") == "url" and domain else [])


def ceiling_scores(world: WorldLinks, crews_of: dict[str, list[str]]) -> PairScores:
    """Components over the true identifiers of exactly one crew (no innocent or shared value)."""
    own = np.array([len(crews_of.get(k, ())) == 1 for k in world.keys], dtype=bool)
    links = make_links(
        world.links.report_idx,
        world.links.indicator_idx,
        world.links.kinds,
        ~own,
        world.links.present,
    )
    labels = link_components(links, HubPolicy(default_threshold=1 << 40)).labels
    true = _truth_labels(
        world.external_ids, dict(zip(world.external_ids, world.truth, strict=True))
    )
    return pair_scores(labels[: len(world.external_ids)], true)


def run_world(
    name: str, config: WorldConfig, seed: int, n_reports: int, work_dir: Path, setup: LinkSetup
) -> WorldRow:
    """Simulate one world into ``work_dir`` and score linking on it three ways."""
    started = time.perf_counter()
    world_dir = work_dir / f"{name}-{seed}"
    simulate(config, seed, world_dir, n_reports, workers=1)
    stored, rejected = link_through_store(
        world_dir / "reports.jsonl", agencies(), work_dir / f"{name}-{seed}.db", setup
    )
    truth = load_truth(world_dir)
    clusters, subs = score_stored(stored, truth)
    perfect, crews_of = true_identifier_links(world_dir)
    true_ids = score_world(perfect, setup.policy, setup.leiden_min_size).sub_networks
    return WorldRow(
        name,
        seed,
        len(truth),
        len({t for t in truth.values() if t is not None}),
        rejected,
        clusters,
        subs,
        true_ids,
        ceiling_scores(perfect, crews_of),
        time.perf_counter() - started,
    )


def run_matrix(
    names: Sequence[str],
    seeds: Sequence[int],
    n_reports: int,
    work_dir: Path,
    setup: LinkSetup | None = None,
) -> Iterator[WorldRow]:
    """One row per (scenario, seed), scenarios outermost."""
    setup = setup or LinkSetup.from_settings(load_settings())
    work_dir.mkdir(parents=True, exist_ok=True)
    for name in names:
        for seed in seeds:
            yield run_world(name, scenario(name).config(), seed, n_reports, work_dir, setup)


HEADER = (
    "| scenario | seed | reports | crews | sub-net ARI | precision | recall "
    "| cluster ARI | true-ids ARI | P | R | ceiling ARI |"
)


def table_line(row: WorldRow) -> str:
    s, c, t = row.sub_networks, row.clusters, row.true_ids
    return (
        f"| {row.scenario} | {row.seed} | {row.reports:,} | {row.crews} | {s.ari:.2f} "
        f"| {s.precision:.2f} | {s.recall:.2f} | {c.ari:.2f} | {t.ari:.2f} | {t.precision:.2f} "
        f"| {t.recall:.2f} | {row.ceiling.ari:.2f} |"
    )


def table(rows: Sequence[WorldRow]) -> str:
    """A Markdown table of the rows, then the worst row by sub-network ARI."""
    lines = [HEADER, _rule()]
    lines += [table_line(r) for r in rows]
    if rows:
        worst = min(rows, key=lambda r: r.sub_networks.ari)
        lines += ["", f"worst: {table_line(worst)}"]
    return "\n".join(lines)


def _rule() -> str:
    return "|" + "---|" * (HEADER.count("|") - 1)


def row_json(row: WorldRow) -> dict[str, object]:
    def scores(p: PairScores) -> dict[str, float]:
        return {"ari": p.ari, "precision": p.precision, "recall": p.recall}

    return {
        "scenario": row.scenario,
        "seed": row.seed,
        "reports": row.reports,
        "crews": row.crews,
        "rejected": row.rejected,
        "sub_networks": scores(row.sub_networks),
        "clusters": scores(row.clusters),
        "true_ids": scores(row.true_ids),
        "ceiling": scores(row.ceiling),
        "seconds": round(row.seconds, 1),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m tipoff.evaluation.scenario_links``: the scenario x seed table."""
    parser = argparse.ArgumentParser(prog="python -m tipoff.evaluation.scenario_links")
    parser.add_argument("--scenarios", nargs="+", default=list(SCENARIOS), choices=SCENARIOS)
    parser.add_argument("--seeds", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--reports", type=int, default=5000)
    parser.add_argument("--work", type=Path, required=True, help="Directory for worlds and DBs.")
    parser.add_argument("--json", type=Path, help="Also write the rows as JSON lines here.")
    parser.add_argument("--assess", action="store_true", help="Run assessment at intake too.")
    args = parser.parse_args(argv)
    setup = LinkSetup.from_settings(load_settings(), args.assess)
    rows = []
    print(HEADER, _rule(), sep="\n", flush=True)
    for row in run_matrix(args.scenarios, args.seeds, args.reports, args.work, setup):
        rows.append(row)
        print(table_line(row), flush=True)
        if args.json:
            with args.json.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(row_json(row)) + "\n")
    if rows:
        worst = min(rows, key=lambda r: r.sub_networks.ari)
        print(f"\nworst: {table_line(worst)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
