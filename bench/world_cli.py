"""The CLI harness shared by the fourth and fifth independent worlds' benches.

Each world's bench (bench/bench_independent_world_4.py, _5.py) names its generator, its
configurations and its agency; this writes each world, runs tipoff's CLI on a fresh SQLite file
(db upgrade, agency add, ingest, relink), reads the networks back and scores sub-networks,
networks and the ceiling (union-find on each operation's own recoverable values) against the
world's truth, with the functions of bench/bench_independent_world_2.py and _3.py.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_independent_world_2 import Scores, fmt, last_line, pair_scores, read_networks, tipoff
from bench_independent_world_3 import ceiling_labels, labels, load_truth


def ingest_and_relink(world: Path, db: Path, agency: str, name: str) -> tuple[str, str]:
    """Fresh SQLite file: db upgrade, agency add, ingest, relink; the summary lines."""
    db.unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    tipoff(["db", "upgrade"], url, db.parent)
    tipoff(["agency", "add", agency, "--name", name], url, db.parent)
    reject = db.with_suffix(".rejects.jsonl")
    ingested = tipoff(
        ["ingest", str(world / "reports.jsonl"), "--agency", agency, "--reject-file", str(reject)],
        url,
        db.parent,
    )
    relinked = tipoff(["relink"], url, db.parent)
    return last_line(ingested, "records:"), last_line(relinked, "link")


@dataclass(frozen=True)
class WorldBench:
    """One independent world's bench: its generator, its configurations, its agency."""

    description: str
    configs: Collection[str]
    write_world: Callable[[str, int, int, Path], Path]
    agency: str
    name: str
    prefix: str


@dataclass
class Row:
    config: str
    seed: int
    reports: int
    operations: int
    networks: Scores | None
    sub_networks: Scores | None
    ceiling: Scores
    ingest: str
    relink: str
    seconds: float


def run_world(
    spec: WorldBench, config: str, seed: int, n_reports: int, work: Path, ceiling_only: bool
) -> Row:
    started = time.perf_counter()
    world = spec.write_world(config, seed, n_reports, work / f"{config}-{seed}")
    truth = load_truth(world)
    true = [row["operation"] for row in truth]
    networks = sub_networks = None
    ingest_line = relink_line = ""
    if not ceiling_only:
        db = work / f"{config}-{seed}.db"
        ingest_line, relink_line = ingest_and_relink(world, db, spec.agency, spec.name)
        net = read_networks(db)
        networks = pair_scores(labels(truth, net, sub=False), true)
        sub_networks = pair_scores(labels(truth, net, sub=True), true)
    return Row(
        config=config,
        seed=seed,
        reports=len(truth),
        operations=len(set(true)),
        networks=networks,
        sub_networks=sub_networks,
        ceiling=pair_scores(ceiling_labels(truth), true),
        ingest=ingest_line,
        relink=relink_line,
        seconds=time.perf_counter() - started,
    )


def shown(s: Scores | None) -> str:
    return fmt(s) if s is not None else f"{'-':>5} {'-':>5} {'-':>5}"


def table(rows: list[Row]) -> str:
    head = (
        f"{'config':14} {'seed':>4} {'reports':>7} {'ops':>4} | "
        f"{'sub-network ARI  P     R':24} | {'network ARI  P     R':21} | "
        f"{'ceiling ARI  P     R':21} | {'s':>4}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r.config:14} {r.seed:>4} {r.reports:>7} {r.operations:>4} | "
            f"{shown(r.sub_networks):24} | {shown(r.networks):21} | {fmt(r.ceiling):21} | "
            f"{r.seconds:4.0f}"
        )
    return "\n".join(lines)


def main(spec: WorldBench, argv: list[str] | None = None) -> int:
    """The command line of one world's bench: write, ingest, relink, score; print the table."""
    parser = argparse.ArgumentParser(description=spec.description)
    parser.add_argument("--configs", default=",".join(spec.configs))
    parser.add_argument("--seeds", default="1,2")
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--work", type=Path, default=None, help="keep worlds and databases here")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument(
        "--ceiling-only", action="store_true", help="write the worlds and score the ceiling only"
    )
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix=spec.prefix))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rows: list[Row] = []
    try:
        for config in args.configs.split(","):
            for seed in (int(s) for s in args.seeds.split(",")):
                rows.append(run_world(spec, config, seed, args.reports, work, args.ceiling_only))
                print(table(rows[-1:]).splitlines()[-1], flush=True)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(table(rows))
    if args.ceiling_only:
        low = min(rows, key=lambda r: r.ceiling.ari)
        print(
            f"\nlowest ceiling: {low.config} seed {low.seed}: {fmt(low.ceiling)}; "
            f"total {time.perf_counter() - started:.0f} s"
        )
    else:
        worst = min(rows, key=lambda r: r.sub_networks.ari if r.sub_networks else 1.0)
        print(
            f"\nworst sub-network ARI: {worst.config} seed {worst.seed}: "
            f"{shown(worst.sub_networks)} (ceiling {fmt(worst.ceiling)}); "
            f"total {time.perf_counter() - started:.0f} s"
        )
    if args.json:
        args.json.write_text(
            json.dumps([asdict(r) for r in rows], indent=1, ensure_ascii=False), encoding="utf-8"
        )
    if args.work:
        print(f"worlds and databases under {work}")
    return 0
