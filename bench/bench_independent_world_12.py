"""Benchmark: tipoff's linking on the twelfth independent world (bench/independent_world_12.py).

Run: PYTHONPATH=/abs/src:/abs .venv/bin/python bench/bench_independent_world_12.py
     [--configs exchange_crews,ticket_resale,gateway_stores,subsidy_smish,wrong_transfer]
     [--seeds 1,2] [--reports 3000] [--work DIR] [--json FILE] [--ceiling-only]

For each configuration and seed it writes the world (reports.jsonl, truth.jsonl, world.json),
then runs tipoff's own command line in a child process: ``db upgrade`` and ``agency add`` on a
fresh SQLite file, ``ingest`` of reports.jsonl, ``relink``. It reads each report's network and
sub-network back from the database and scores them against the truth's operations (pairwise
precision, recall and adjusted Rand index), beside a CEILING: union-find over the identifiers
that the truth says the report's own operation controls and that are written recoverably (no
typo, masked or elided digits, shortened wallet, truncated link or handle), which shows the
world can be linked. Police and bank hotlines, the victim's own account, the real platforms and
government sites the crews borrow, and the shared services several crews use (fake-exchange
platform vendors, OTC desks, escrow sites, payment aggregators, bulk-SMS senders, money
changers) never join reports in the ceiling. ``--ceiling-only`` writes the worlds and prints
the ceiling alone, without calling tipoff.

The CLI driver, the network read-back, the ceiling and the pair scores are the shared ones of
bench/world_cli.py. Written blind to the linker (see bench/independent_world_12.py); evaluation
data, not to be tuned to.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from independent_world_12 import CONFIGS, write_world
from world_cli import WorldBench
from world_cli import main as run_bench

BENCH = WorldBench(
    description=(__doc__ or "").splitlines()[0],
    configs=CONFIGS,
    write_world=write_world,
    agency="W12",
    name="Independent world 12",
    prefix="world12-",
)


def main(argv: list[str] | None = None) -> int:
    return run_bench(BENCH, argv)


if __name__ == "__main__":
    raise SystemExit(main())
