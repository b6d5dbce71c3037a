"""Where the reissued-number words fire: reports whose victim's words make a number
``reissued`` (``tipoff.indicators.reissued_numbers``), per world.

A world where they fire on no report ingests the same sightings with and without the rule,
and the relink (``tipoff.link.reissued_numbers``) changes nothing there: its scores cannot
move. This writes each world (our simulator's scenarios, or an independent world's
configurations) and counts, per world, the reports and numbers the words call reissued, from
the narrative and the victim's own messages (the only fields words decide):

    PYTHONPATH=src:. .venv/bin/python bench/reissued_firings.py --out W \\
        [--simulator SCENARIO ...] [--simulator-seeds 1 2 3 4] \\
        [--world independent_world_7 ...] [--world-seeds 1 2] [--reports 3000] [--show 3]

Never give it a held-out world.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tipoff.indicators.extract import extract
from tipoff.indicators.reissued_numbers import reissued_numbers
from tipoff.simulate.scenarios import SCENARIOS, scenario
from tipoff.simulate.writer import simulate


def victims_words(report: dict) -> Iterator[str]:
    """The narrative and the victim's own messages: where words decide a role."""
    if isinstance(report.get("narrative"), str):
        yield report["narrative"]
    for message in report.get("messages") or []:
        if message.get("sender") == "victim" and isinstance(message.get("text"), str):
            yield message["text"]


def firings(reports: Path) -> tuple[int, int, list[str]]:
    """Reports of ``reports`` (a reports.jsonl) whose words call a number reissued, the
    numbers so called, and those reports' texts."""
    hit_reports, numbers, texts = 0, set(), []
    with reports.open(encoding="utf-8") as fh:
        for line in fh:
            report = json.loads(line)
            hint = report.get("victim_country")
            fired = False
            for text in victims_words(report):
                found = extract(text, country_hint=hint)
                for index in reissued_numbers(text, found):
                    numbers.add(found[index].value)
                    fired = True
                if fired:
                    texts.append(text)
            hit_reports += fired
    return hit_reports, len(numbers), texts


def _independent(module: str, config: str, seed: int, n: int, out: Path) -> Path:
    generator = importlib.import_module(module)
    if module == "independent_world":  # the first world's own signature
        return Path(generator.write_world(out, generator.CONFIGS[config], seed, n))
    generator.write_world(config, seed, n, out / f"{config}-{seed}")
    return out / f"{config}-{seed}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--simulator", nargs="*", default=None)
    parser.add_argument("--simulator-seeds", nargs="*", type=int, default=[1, 2, 3, 4])
    parser.add_argument("--world", nargs="*", default=[])
    parser.add_argument("--world-seeds", nargs="*", type=int, default=[1, 2])
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args(argv)
    worlds: list[tuple[str, Path]] = []
    for name in SCENARIOS if args.simulator == [] else args.simulator or []:
        for seed in args.simulator_seeds:
            world = args.out / "simulator" / f"{name}-{seed}"
            if not (world / "reports.jsonl").exists():
                simulate(scenario(name).config(), seed, world, args.reports, workers=1)
            worlds.append((f"{name}-{seed}", world))
    for module in args.world:
        configs = importlib.import_module(module).CONFIGS
        for config in configs:
            for seed in args.world_seeds:
                world = _independent(module, config, seed, args.reports, args.out / module)
                worlds.append((f"{module}:{config}-{seed}", world))
    for name, world in worlds:
        reports, numbers, texts = firings(world / "reports.jsonl")
        print(f"{name:48} {reports:>5} reports {numbers:>5} numbers", flush=True)
        for text in texts[: args.show]:
            print(f"      {text[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
