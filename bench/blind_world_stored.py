"""Linking rules compared on the independent world's SAME stored sightings.

``bench/bench_independent_world.py --work W`` ingests each blind world into
``W/<config>-s<seed>.db`` with tipoff's own CLI. This relinks those stored sightings in memory
(``tipoff.link.pipeline.link_world``, what ``tipoff relink`` runs) under a ``SpreadRule``
(``--rule name=value`` as in ``bench/link_worlds_stored.py``) and scores the networks against
the world's truth with the blind bench's own scoring. Evaluation only: the worlds are blind,
never a source of rule values.

    PYTHONPATH=src:. .venv/bin/python bench/blind_world_stored.py W --json after.json \\
        [--rule payee_types=false]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.bench_independent_world import Stored, load_truth, score
from bench.link_worlds_stored import _rule, relink_stored
from tipoff.evaluation.scenario_links import LinkSetup
from tipoff.link.pipeline import SpreadRule
from tipoff.settings import load_settings


def score_blind(database: Path, world: Path, rule: SpreadRule, setup: LinkSetup) -> dict:
    """Network scores of ``link_world`` on one stored blind world's sightings."""
    stored, external, result, _ = relink_stored(database, rule, setup)
    labels = result.components.labels
    network = {external[int(r)]: (int(labels[r]), 0) for r in stored.report_ids}
    _, subs, _ = score(load_truth(world), Stored(network, {}, {}, {}))
    return {
        "world": world.name,
        "ari": subs.ari,
        "precision": subs.precision,
        "recall": subs.recall,
        "bridges": int(result.bridges.sum()) if result.bridges is not None else 0,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("work", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--rule", nargs="*", default=[], help="SpreadRule field=value")
    args = parser.parse_args(argv)
    setup = LinkSetup.from_settings(load_settings())
    rule = _rule(args.rule)
    rows = []
    for database in sorted(args.work.glob("*-s[0-9]*.db")):
        row = score_blind(database, args.work / database.stem, rule, setup)
        rows.append(row)
        print(json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
