"""Linking quality of two versions of the code on the SAME simulated worlds.

``tipoff eval-worlds`` simulates each world with the code it runs, so an extraction change
that comes with a simulator change (docs/simulate.md, ``spelling_variants``) cannot be
compared on one world with it. This writes the worlds once, then scores each stored world
through intake and relink with whichever ``tipoff`` is on ``PYTHONPATH``, and compares:

    PYTHONPATH=src .venv/bin/python bench/link_worlds_two_trees.py simulate --out W \\
        --reports 3000 --seeds 1 2 3 4 [--scenarios default everything ...]
    git archive <before> src | tar -x -C /tmp/before
    PYTHONPATH=/tmp/before/src .venv/bin/python bench/link_worlds_two_trees.py score W \\
        --json before.json
    PYTHONPATH=src .venv/bin/python bench/link_worlds_two_trees.py score W --json after.json
    .venv/bin/python bench/link_worlds_two_trees.py compare before.json after.json

Scores are those of ``tipoff eval-worlds`` (sub-networks as analysts see them).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from tipoff.evaluation.scenario_links import LinkSetup, link_through_store, score_stored
from tipoff.evaluation.world_links import load_truth
from tipoff.settings import load_settings
from tipoff.simulate.reports import agencies
from tipoff.simulate.scenarios import SCENARIOS, scenario
from tipoff.simulate.writer import simulate


def _simulate(args: argparse.Namespace) -> int:
    for name in args.scenarios or list(SCENARIOS):
        for seed in args.seeds:
            out = args.out / f"{name}-{seed}"
            if not (out / "reports.jsonl").exists():
                simulate(scenario(name).config(), seed, out, args.reports, workers=1)
            print(out, flush=True)
    return 0


def _score(args: argparse.Namespace) -> int:
    setup = LinkSetup.from_settings(load_settings())
    rows = []
    worlds = sorted(p for p in args.worlds.iterdir() if (p / "reports.jsonl").exists())
    with tempfile.TemporaryDirectory(prefix="tipoff-two-trees-") as work:
        for world in worlds:
            started = time.perf_counter()
            stored, rejected = link_through_store(
                world / "reports.jsonl", agencies(), Path(work) / f"{world.name}.db", setup
            )
            _, subs = score_stored(stored, load_truth(world))
            row = {
                "world": world.name,
                "ari": subs.ari,
                "precision": subs.precision,
                "recall": subs.recall,
                "rejected": rejected,
                "seconds": time.perf_counter() - started,
            }
            rows.append(row)
            print(json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


def compare(args: argparse.Namespace) -> int:
    """Two score files side by side, worst row (by ARI after) first."""
    before = {r["world"]: r for r in json.loads(args.before.read_text("utf-8"))}
    after = {r["world"]: r for r in json.loads(args.after.read_text("utf-8"))}
    print("| world | ARI before | after | P before | after | R before | after |")
    print("|---|---|---|---|---|---|---|")
    for name in sorted(before.keys() & after.keys(), key=lambda n: after[n]["ari"]):
        b, a = before[name], after[name]
        print(
            f"| {name} | {b['ari']:.3f} | {a['ari']:.3f} | {b['precision']:.3f} "
            f"| {a['precision']:.3f} | {b['recall']:.3f} | {a['recall']:.3f} |"
        )
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sim = commands.add_parser("simulate")
    sim.add_argument("--out", type=Path, required=True)
    sim.add_argument("--reports", type=int, default=3000)
    sim.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4])
    sim.add_argument("--scenarios", nargs="*")
    score = commands.add_parser("score")
    score.add_argument("worlds", type=Path)
    score.add_argument("--json", type=Path)
    compare = commands.add_parser("compare")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    run = {"simulate": _simulate, "score": _score, "compare": compare}[args.command]
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
