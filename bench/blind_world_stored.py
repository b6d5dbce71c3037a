"""Linking rules compared on the independent world's SAME stored sightings.

``bench/bench_independent_world.py --work W`` ingests each blind world into
``W/<config>-s<seed>.db`` with tipoff's own CLI. This relinks those stored sightings in memory
(``tipoff.link.pipeline.link_world``, what ``tipoff relink`` runs) under a ``SpreadRule``
(``--rule name=value`` as in ``bench/link_worlds_stored.py``) and scores the networks against
the world's truth with the blind bench's own scoring. Evaluation only: the worlds are blind,
never a source of rule values.

    PYTHONPATH=src:. .venv/bin/python bench/blind_world_stored.py W --json after.json \\
        [--rule payee_types=false] [--rewarn]
    PYTHONPATH=src:. .venv/bin/python bench/blind_world_stored.py W2 --second --json after.json
    PYTHONPATH=src:. .venv/bin/python bench/blind_world_stored.py W3 --third --json after.json
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path

from bench.bench_independent_world import Stored, load_truth, score
from bench.link_worlds_stored import _rule, relink_stored, score_row
from tipoff.evaluation.scenario_links import LinkSetup
from tipoff.link.pipeline import SpreadRule
from tipoff.settings import load_settings


def score_blind(
    database: Path, world: Path, rule: SpreadRule, setup: LinkSetup, *, rewarn: bool = False
) -> dict:
    """Network scores of ``link_world`` on one stored blind world's sightings."""
    stored, external, result, _ = relink_stored(database, rule, setup, rewarn=rewarn)
    labels = result.components.labels
    network = {external[int(r)]: (int(labels[r]), 0) for r in stored.report_ids}
    _, subs, _ = score(load_truth(world), Stored(network, {}, {}, {}))
    return score_row(world.name, subs, result)


def score_second(
    database: Path,
    world: Path,
    rule: SpreadRule,
    setup: LinkSetup,
    *,
    rewarn: bool = False,
    group: str = "crew",
) -> dict:
    """The same for the second blind world (``bench/bench_independent_world_2.py --work W``,
    databases ``W/<config>-<seed>.db``), scored as that bench scores its sub-networks; with
    ``group="operation"`` the third world's (``bench/bench_independent_world_3.py``)."""
    from bench.bench_independent_world_2 import labels, pair_scores
    from bench.bench_independent_world_2 import load_truth as load_truth_2

    stored, external, result, _ = relink_stored(database, rule, setup, rewarn=rewarn)
    found = result.components.labels
    network = {
        external[int(r)]: (int(found[r]) if found[r] >= 0 else -1 - int(r), 0)
        for r in stored.report_ids
    }
    truth = load_truth_2(world)
    subs = pair_scores(labels(truth, network, sub=True), [row[group] for row in truth])
    return score_row(world.name, subs, result)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("work", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--rule", nargs="*", default=[], help="SpreadRule field=value")
    parser.add_argument(
        "--rewarn", action="store_true", help="mark values today's lists hold common first"
    )
    parser.add_argument(
        "--second", action="store_true", help="the second blind world's databases and scores"
    )
    parser.add_argument(
        "--third", action="store_true", help="the third blind world's databases and scores"
    )
    args = parser.parse_args(argv)
    setup = LinkSetup.from_settings(load_settings())
    rule = _rule(args.rule)
    rows = []
    second = ("*-[0-9]*.db", score_second)
    third = ("*-[0-9]*.db", partial(score_second, group="operation"))
    pattern, scorer = (
        third if args.third else second if args.second else ("*-s[0-9]*.db", score_blind)
    )
    for database in sorted(args.work.glob(pattern)):
        row = scorer(database, args.work / database.stem, rule, setup, rewarn=args.rewarn)
        rows.append(row)
        print(json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
