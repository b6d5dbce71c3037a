"""The linker's own noise: stored sightings relinked in memory under several Leiden seeds.

``tipoff relink`` runs ``tipoff.link.pipeline.link_world`` with Leiden seed 0. On the outside
worlds a row's sub-network ARI can move by 0.1–0.37 with the seed alone (a service's domain
held back as a spread hub under one seed and joining 40 crews under another), so a change
judged on one seed per row (extraction adding a few values perturbs Leiden as a new seed
does) cannot be told from noise. This relinks each stored world of a bench's work folder
(``bench/bench_independent_world{,_2,_3,_4,_5}.py --work W``) under each seed and prints
sub-network ARI per seed, their mean and spread; the mean over seeds is the figure to
compare. Evaluation only: never a source of rule values.

    PYTHONPATH=src:. .venv/bin/python bench/link_seed_noise.py W4WORK W5WORK --seeds 0 1 2 \\
        [--json out.json]

Folders of the second world are scored by crew (``--second``), of the first (databases
``<config>-s<seed>.db``) as its bench scores them; the third, fourth and fifth by operation.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

import bench.link_worlds_stored as stored_worlds
from bench.blind_world_stored import score_blind, score_second
from bench.link_worlds_stored import _rule
from tipoff.evaluation.scenario_links import LinkSetup
from tipoff.settings import load_settings

_LINK_WORLD = stored_worlds.link_world


def _with_seed(seed: int) -> Any:
    """``link_world`` with its Leiden seed (the fourth argument) replaced by ``seed``."""

    def link_world(links: Any, policy: Any, min_size: int, _seed: int, *rest: Any) -> Any:
        return _LINK_WORLD(links, policy, min_size, seed, *rest)

    return link_world


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("work", type=Path, nargs="+")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--second", action="store_true", help="second world: score by crew")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    setup = LinkSetup.from_settings(load_settings())
    rule = _rule([])
    rows = []
    for work in args.work:
        first = any(work.glob("*-s[0-9]*.db"))
        for database in sorted(work.glob("*-s[0-9]*.db" if first else "*-[0-9]*.db")):
            aris = []
            for seed in args.seeds:
                stored_worlds.link_world = _with_seed(seed)
                try:
                    if first:
                        row = score_blind(database, work / database.stem, rule, setup)
                    else:
                        group = "crew" if args.second else "operation"
                        row = score_second(database, work / database.stem, rule, setup, group=group)
                finally:
                    stored_worlds.link_world = _LINK_WORLD
                aris.append(float(row["ari"]))
            result = {
                "work": str(work),
                "world": database.stem,
                "seeds": args.seeds,
                "ari": aris,
                "mean": statistics.mean(aris),
                "spread": max(aris) - min(aris),
            }
            rows.append(result)
            print(
                f"{work.name:>12} {database.stem:<20} "
                + " ".join(f"{a:.3f}" for a in aris)
                + f"  mean {result['mean']:.3f}  spread {result['spread']:.3f}",
                flush=True,
            )
    if rows:
        print(f"mean over rows of the seed means: {statistics.mean(r['mean'] for r in rows):.4f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
