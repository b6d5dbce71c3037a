"""Benchmark: linking quality on every simulated world structure, through the real path.

Run: .venv/bin/python bench/bench_link_worlds.py [--reports 5000] [--seeds 1 2]
     [--scenarios default heavy-tail ...] [--work DIR] [--json FILE]

For each scenario of ``tipoff.simulate.scenarios`` and each seed it writes the world,
ingests it into a fresh SQLite database (``tipoff ingest``'s code), relinks it
(``tipoff relink``'s code) and prints pairwise precision/recall and ARI of the stored
sub-networks and networks against the truth, beside the same linking core fed the true
identifiers and the ceiling of components over single-crew identifiers; then the worst
row. The library is ``tipoff.evaluation.scenario_links``; figures in docs/link-evaluation.md.
There is no peer: the point is how far each structure is from the default world.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tipoff.evaluation.scenario_links import main as link_eval_main


def main(argv: list[str]) -> int:
    if "--work" in argv:
        return link_eval_main(argv)
    with tempfile.TemporaryDirectory(prefix="tipoff-link-worlds-") as work:
        return link_eval_main([*argv, "--work", str(Path(work))])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
