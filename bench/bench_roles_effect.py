"""Benchmark: what identifier roles buy linking, on worlds where victims cite third parties.

Run: .venv/bin/python bench/bench_roles_effect.py [--reports 5000] [--seeds 1 2]
     [--scenarios innocent-commons everything] [--work DIR] [--only ablated|shipped]

Scores each world twice through the real path (``tipoff.evaluation.scenario_links``:
simulate, ingest into SQLite, relink): once as shipped, once with roles ablated, i.e. intake
gives every sighting its field's default role (no ``reference``) and official hosts are not
common (``tipoff.indicators.roles`` and the ``official-domain`` list switched off for the
run). The difference is what roles decide; the world, the extractor and the linker are the
same. Figures in docs/indicators.md ("Roles").
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from unittest import mock

from tipoff.evaluation.scenario_links import LinkSetup, run_matrix, table
from tipoff.indicators.roles import Field, default_role
from tipoff.indicators.warninglist import bundled_warninglist
from tipoff.model import FoundIndicator, IndicatorKind, Role
from tipoff.settings import load_settings


def _field_defaults(text: str, found: Sequence[FoundIndicator], field: Field) -> list[Role]:
    return [default_role(IndicatorKind(f.kind), field) for f in found]


def _unchanged(found: FoundIndicator, role: Role) -> Role:
    return role


def _never(kind: str, value: str) -> bool:
    return False


def run(names: list[str], seeds: list[int], reports: int, work: Path, ablate: bool) -> str:
    setup = LinkSetup.from_settings(load_settings())
    # The warninglist memoises its answers per value: each run starts from none.
    bundled_warninglist().forget_answers()
    if not ablate:
        return table(list(run_matrix(names, seeds, reports, work / "roles", setup)))
    try:
        with (
            mock.patch("tipoff.intake.analyse.text_roles", _field_defaults),
            mock.patch("tipoff.intake.analyse.field_role", _unchanged),
            mock.patch("tipoff.indicators.warninglist.official_value", _never),
        ):
            return table(list(run_matrix(names, seeds, reports, work / "ablated", setup)))
    finally:
        bundled_warninglist().forget_answers()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=5000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--scenarios", nargs="+", default=["innocent-commons"])
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--only", choices=("ablated", "shipped"), default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tipoff-roles-effect-") as scratch:
        work = args.work or Path(scratch)
        for ablate in (True, False):
            if args.only and args.only != ("ablated" if ablate else "shipped"):
                continue
            print("roles ablated" if ablate else "roles as shipped")
            print(run(args.scenarios, args.seeds, args.reports, work, ablate), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
