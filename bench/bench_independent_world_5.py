"""Benchmark: tipoff's linking on the fifth independent world (bench/independent_world_5.py).

Run: PYTHONPATH=/abs/src:/abs .venv/bin/python bench/bench_independent_world_5.py
     [--configs fake_apps,safe_account,loan_app,shops,whatsapp_clubs] [--seeds 1,2]
     [--reports 3000] [--work DIR] [--json FILE] [--ceiling-only]

For each configuration and seed it writes the world, then runs tipoff's own command line in a
child process: ``db upgrade`` and ``agency add`` on a fresh SQLite file, ``ingest`` of
reports.jsonl, ``relink``. It reads each report's network and sub-network back from the
database and scores them against the truth's operations (pairwise precision, recall and
adjusted Rand index), beside a CEILING: union-find over the identifiers that the truth says
the report's own operation controls and that are written recoverably (no digit typo,
truncation, misspelling or spelled-out digits), which shows the world can be linked. Shared
services and innocent values never join reports in the ceiling. ``--ceiling-only`` writes the
worlds and prints the ceiling alone, without calling tipoff. With ``--work DIR`` the worlds
and databases are kept there.

The CLI driver, the network read-back, the ceiling and the pair scores are those of
bench/bench_independent_world_2.py and bench/bench_independent_world_3.py (imported). Written
blind to the linker (see bench/independent_world_5.py); evaluation data, not to be tuned to.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_independent_world_2 import Scores, fmt, last_line, pair_scores, read_networks, tipoff
from bench_independent_world_3 import ceiling_labels, labels, load_truth
from independent_world_5 import CONFIGS, write_world

AGENCY = "W5"


def ingest_and_relink(world: Path, db: Path) -> tuple[str, str]:
    """Fresh SQLite file: db upgrade, agency add, ingest, relink; the summary lines."""
    db.unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    tipoff(["db", "upgrade"], url, db.parent)
    tipoff(["agency", "add", AGENCY, "--name", "Independent world 5"], url, db.parent)
    reject = db.with_suffix(".rejects.jsonl")
    ingested = tipoff(
        ["ingest", str(world / "reports.jsonl"), "--agency", AGENCY, "--reject-file", str(reject)],
        url,
        db.parent,
    )
    relinked = tipoff(["relink"], url, db.parent)
    return last_line(ingested, "records:"), last_line(relinked, "link")


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


def run_world(config: str, seed: int, n_reports: int, work: Path, ceiling_only: bool) -> Row:
    started = time.perf_counter()
    world = write_world(config, seed, n_reports, work / f"{config}-{seed}")
    truth = load_truth(world)
    true = [row["operation"] for row in truth]
    networks = sub_networks = None
    ingest_line = relink_line = ""
    if not ceiling_only:
        db = work / f"{config}-{seed}.db"
        ingest_line, relink_line = ingest_and_relink(world, db)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--seeds", default="1,2")
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--work", type=Path, default=None, help="keep worlds and databases here")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument(
        "--ceiling-only", action="store_true", help="write the worlds and score the ceiling only"
    )
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="world5-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rows: list[Row] = []
    try:
        for config in args.configs.split(","):
            for seed in (int(s) for s in args.seeds.split(",")):
                rows.append(run_world(config, seed, args.reports, work, args.ceiling_only))
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


if __name__ == "__main__":
    raise SystemExit(main())
