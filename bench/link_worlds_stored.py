"""Linking rules compared on the SAME stored sightings: worlds ingested once, relinked often.

Writing and ingesting a world takes most of an evaluation's time, and a second ingest may
store other sightings (extraction changes); a linking rule is best judged on the sightings
already stored. ``build`` simulates each scenario and seed and ingests it into its own SQLite
database (``tipoff ingest``'s code, then ``tipoff relink``'s); ``score`` reads each database's
sightings (``tipoff.link.stored_world.load_world``, what ``tipoff relink`` reads), runs
``tipoff.link.pipeline.link_world`` on them, with ``--rule name=value`` overriding fields of
``SpreadRule``, and scores networks against the world's truth (the pair scores of
``tipoff eval-links``); ``compare`` prints two score files side by side, worst row first:

    PYTHONPATH=src:. .venv/bin/python bench/link_worlds_stored.py build --out W \\
        --reports 3000 --seeds 1 2 3 4 [--scenarios default everything ...]
    PYTHONPATH=src:. .venv/bin/python bench/link_worlds_stored.py score W --json after.json \\
        [--rule bridge_min_group=10 ...] [--only everything-1 ...] [--rewarn] [--ceiling]
    .venv/bin/python bench/link_worlds_stored.py compare before.json after.json
    PYTHONPATH=src:. .venv/bin/python bench/link_worlds_stored.py joins W --only multi-market-3 \\
        [--rewarn]

``--ceiling`` adds each world's ceiling (components over the true identifiers of one crew
only, ``tipoff.evaluation.scenario_links.ceiling_scores``): how far a linker that never links
through a shared value could get. ``joins`` prints, per world, the networks holding reports
of several true networks and the kept values that join them, with what the truth says each
value is (``tipoff.evaluation.false_joins``).

``--rule cut_thickness=0`` scores the pipeline without step 7 (thin cuts). ``--rewarn`` first
marks the stored values that today's warninglists hold as common (``tipoff relink --rewarn``),
so a list added after the worlds were ingested is measured on the same sightings.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Protocol

import numpy as np
from sqlalchemy import select

from bench.link_worlds_two_trees import compare as compare_scores
from tipoff.evaluation.false_joins import false_pairs, joining_values, truth_identifiers
from tipoff.evaluation.pair_scores import pair_scores
from tipoff.evaluation.scenario_links import (
    LinkSetup,
    ceiling_scores,
    link_through_store,
    true_identifier_links,
)
from tipoff.evaluation.world_links import load_truth
from tipoff.indicators.warninglist import bundled_warninglist
from tipoff.link.pipeline import LinkResult, SpreadRule, link_world
from tipoff.link.stored_world import StoredWorld, load_world
from tipoff.settings import load_settings
from tipoff.simulate.reports import agencies
from tipoff.simulate.scenarios import SCENARIOS, scenario
from tipoff.simulate.writer import simulate
from tipoff.store.engine import make_engine
from tipoff.store.rewarn import newly_listed
from tipoff.store.tables import indicators, reports


def _build(args: argparse.Namespace) -> int:
    setup = LinkSetup.from_settings(load_settings())
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.scenarios or list(SCENARIOS):
        for seed in args.seeds:
            world = args.out / f"{name}-{seed}"
            database = args.out / f"{name}-{seed}.db"
            if database.exists() and (world / "reports.jsonl").exists():
                continue
            started = time.perf_counter()
            simulate(scenario(name).config(), seed, world, args.reports, workers=1)
            link_through_store(world / "reports.jsonl", agencies(), database, setup)
            print(f"{world} {time.perf_counter() - started:.0f} s", flush=True)
    return 0


def _rule(overrides: list[str]) -> SpreadRule:
    types = {f.name: f.type for f in dataclasses.fields(SpreadRule)}
    values: dict[str, object] = {}
    for item in overrides:
        name, _, text = item.partition("=")
        if name not in types:
            raise SystemExit(f"unknown SpreadRule field {name!r}: {sorted(types)}")
        default = getattr(SpreadRule(), name)
        values[name] = text == "true" if isinstance(default, bool) else type(default)(text)
    return SpreadRule(**values)  # type: ignore[arg-type]


def relink_stored(
    database: Path, rule: SpreadRule, setup: LinkSetup, *, rewarn: bool = False
) -> tuple[StoredWorld, dict[int, str], LinkResult, float]:
    """``link_world`` (what ``tipoff relink`` runs) on one stored world's sightings: the
    world, report id -> external id, the result and the seconds linking took. ``rewarn``:
    values today's warninglists hold are common first, as ``tipoff relink --rewarn`` marks
    them (in memory here: the database is not written)."""
    engine = make_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            stored = load_world(connection)
            if rewarn:
                stored.links.common[newly_listed(connection, bundled_warninglist())] = True
            external = dict(connection.execute(select(reports.c.id, reports.c.external_id)).all())
    finally:
        engine.dispose()
    started = time.perf_counter()
    result = link_world(
        stored.links,
        setup.policy,
        setup.leiden_min_size,
        0,
        rule,
        stored.families(),
        stored.markets(),
        stored.times(),
    )
    return stored, external, result, time.perf_counter() - started


def score_database(
    database: Path, world: Path, rule: SpreadRule, setup: LinkSetup, *, rewarn: bool = False
) -> dict:
    """Network scores of ``link_world`` on one stored world's sightings."""
    stored, external, result, seconds = relink_stored(database, rule, setup, rewarn=rewarn)
    labels = result.components.labels
    truth = load_truth(world)
    network = {external[int(r)]: int(labels[r]) for r in stored.report_ids}
    ids = sorted(truth)
    found = np.array([f"n{network[e]}" if network.get(e, -1) >= 0 else f"alone:{e}" for e in ids])
    true = np.array([truth[e] if truth[e] is not None else f"solo:{e}" for e in ids])
    return {
        **score_row(world.name, pair_scores(found, true), result),
        "shared_payees": int(result.shared_payees.sum()) if result.shared_payees is not None else 0,
        "link_seconds": round(seconds, 3),
    }


class PairScored(Protocol):
    """Any of the benches' pairwise scores (tipoff's, the first and second worlds' own)."""

    ari: float
    precision: float
    recall: float


def score_row(name: str, scores: PairScored, result: LinkResult) -> dict:
    """One world's row: its pairwise scores (ARI, precision, recall) and the bridges found."""
    return {
        "world": name,
        "ari": scores.ari,
        "precision": scores.precision,
        "recall": scores.recall,
        "bridges": int(result.bridges.sum()) if result.bridges is not None else 0,
    }


def ceiling_row(world: Path) -> dict:
    """The world's ceiling: components over the true identifiers of exactly one crew."""
    perfect, crews_of = true_identifier_links(world)
    scores = ceiling_scores(perfect, crews_of)
    return {
        "ceiling_ari": scores.ari,
        "ceiling_precision": scores.precision,
        "ceiling_recall": scores.recall,
    }


def _score(args: argparse.Namespace) -> int:
    setup = LinkSetup.from_settings(load_settings())
    rule = _rule(args.rule)
    rows = []
    for database in sorted(args.worlds.glob("*.db")):
        world = args.worlds / database.stem
        if args.only and world.name not in args.only:
            continue
        row = score_database(database, world, rule, setup, rewarn=args.rewarn)
        if args.ceiling:
            row |= ceiling_row(world)
        rows.append(row)
        print(json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


def _joins(args: argparse.Namespace) -> int:
    setup = LinkSetup.from_settings(load_settings())
    rule = _rule(args.rule)
    for database in sorted(args.worlds.glob("*.db")):
        world = args.worlds / database.stem
        if args.only and world.name not in args.only:
            continue
        stored, external, result, _ = relink_stored(database, rule, setup, rewarn=args.rewarn)
        truth = load_truth(world)
        truth_of = {
            int(r): t for r in stored.report_ids if (t := truth[external[int(r)]]) is not None
        }
        engine = make_engine(f"sqlite:///{database}")
        try:
            with engine.connect() as connection:
                keys = {
                    int(i): f"{k}:{v}"
                    for i, k, v in connection.execute(
                        select(indicators.c.id, indicators.c.kind, indicators.c.value)
                    )
                }
        finally:
            engine.dispose()
        labels = result.components.labels
        found = np.array([f"n{labels[r]}" for r in stored.report_ids])
        true = np.array([truth_of.get(int(r), f"solo:{r}") for r in stored.report_ids])
        print(f"== {world.name}: false pairs {false_pairs(found, true):,}")
        networks: dict[str, Counter[str]] = {}
        for f, t in zip(found.tolist(), true.tolist(), strict=True):
            networks.setdefault(f, Counter())[t] += 1
        mixed = sorted(
            ((sum(c.values()), n, c.most_common(4)) for n, c in networks.items() if len(c) > 1),
            reverse=True,
        )
        for size, name, parts in mixed[: args.top]:
            print(f"  network {name}: {size} reports, true {parts}")
        assert result.links is not None
        joining = result.links.only(~result.excluded[result.links.indicator_idx])
        for value in joining_values(joining, truth_of, keys, truth_identifiers(world))[
            : args.top * 4
        ]:
            print(f"    {value.reports:>4} {value.key} [{value.kind}] {value.by_truth[:4]}")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build")
    build.add_argument("--out", type=Path, required=True)
    build.add_argument("--reports", type=int, default=3000)
    build.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4])
    build.add_argument("--scenarios", nargs="*")
    score = commands.add_parser("score")
    score.add_argument("worlds", type=Path)
    score.add_argument("--json", type=Path)
    score.add_argument("--rule", nargs="*", default=[], help="SpreadRule field=value")
    score.add_argument("--only", nargs="*", help="world names (scenario-seed)")
    score.add_argument(
        "--rewarn", action="store_true", help="mark values today's lists hold common first"
    )
    score.add_argument("--ceiling", action="store_true", help="add each world's ceiling")
    joins = commands.add_parser("joins")
    joins.add_argument("worlds", type=Path)
    joins.add_argument("--rule", nargs="*", default=[], help="SpreadRule field=value")
    joins.add_argument("--only", nargs="*", help="world names (scenario-seed)")
    joins.add_argument("--top", type=int, default=5)
    joins.add_argument(
        "--rewarn", action="store_true", help="mark values today's lists hold common first"
    )
    compare = commands.add_parser("compare")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    run = {"build": _build, "score": _score, "compare": compare_scores, "joins": _joins}[
        args.command
    ]
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
