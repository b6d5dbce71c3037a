"""Extraction on a simulated world against the world's truth, per kind.

Runs the intake analysis (``tipoff.intake.analyse.Analyser.sightings``: narrative, messages
with the scammers' sender ids, payment payees and explicit identifiers, with the victim's
country as hint) over every report of a world written by ``tipoff simulate`` and compares
what it found with the identifiers that ``truth/report_network.jsonl`` lists for the report:

- missed: a truth identifier (not common) whose key and alternative keys were all not found;
- candidate false positive: a found value that is neither a truth key or alternative of that
  report, nor the registrable domain of a truth URL/domain of it, nor common (warninglisted).

    .venv/bin/tipoff simulate --reports 20000 --seed 3 --out /tmp/w3
    .venv/bin/python bench/extraction_vs_truth.py /tmp/w3 [--examples 8] [--limit N]

A world written by bench/independent_world_2.py, _3.py, _4.py or _5.py (a ``truth.jsonl``
beside its reports) is measured by ``extraction_vs_world``: found and canonical share per truth
kind and per language, candidate false positives per kind and language. Several such worlds
given at once (the bench's work folders, e.g. ``/tmp/w5/*-[12]``) are summed:

    .venv/bin/python bench/extraction_vs_truth.py /tmp/w5/fake_apps-1 /tmp/w5/shops-2 ...
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_vs_world import WorldExtraction, compare_world, print_world

from tipoff.intake.analyse import Analyser
from tipoff.intake.schema import ReportIn


def _alternatives(world: Path) -> dict[str, list[str]]:
    """Truth key -> its alternative keys (a WhatsApp handle's phone, a JP branchless account)."""
    alts: dict[str, list[str]] = {}
    with (world / "truth" / "identifiers.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            alts[record["key"]] = list(record.get("alt") or [])
    return alts


def _truth_of_reports(world: Path) -> dict[str, list[dict[str, object]]]:
    truth: dict[str, list[dict[str, object]]] = {}
    with (world / "truth" / "report_network.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            truth[record["external_id"]] = list(record.get("identifiers") or [])
    return truth


def _host_of(key: str) -> str | None:
    kind, _, value = key.partition(":")
    if kind == "domain":
        return value
    if kind == "url":
        return value.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return None


def _explained_by_truth(key: str, allowed: set[str]) -> bool:
    """A found domain that is the registrable domain of a truth host (derived from a URL)."""
    if not key.startswith("domain:"):
        return False
    domain = key.removeprefix("domain:")
    for truth_key in allowed:
        host = _host_of(truth_key)
        if host and (host == domain or host.endswith("." + domain)):
            return True
    return False


def compare(
    world: Path, limit: int | None = None
) -> tuple[
    Counter[str], Counter[str], Counter[str], dict[str, list[str]], dict[str, list[str]], int
]:
    """Per kind: truth mentions, missed mentions, candidate false positives, with examples."""
    alts = _alternatives(world)
    truth = _truth_of_reports(world)
    analyser = Analyser(with_assessment=False)
    mentions: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    false_positives: Counter[str] = Counter()
    missed_examples: dict[str, list[str]] = defaultdict(list)
    fp_examples: dict[str, list[str]] = defaultdict(list)
    reports = 0
    with (world / "reports.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and reports >= limit:
                break
            record = json.loads(line)
            report = ReportIn.model_validate(record)
            reports += 1
            found = analyser.sightings(report)
            found_keys = {f"{s.kind}:{s.value}" for s in found}
            allowed: set[str] = set()
            for identifier in truth.get(report.external_id, []):
                key = str(identifier["key"])
                allowed.add(key)
                allowed.update(alts.get(key, []))
                if identifier.get("common"):
                    continue
                kind = key.split(":", 1)[0]
                mentions[kind] += 1
                if key not in found_keys and not any(a in found_keys for a in alts.get(key, [])):
                    missed[kind] += 1
                    missed_examples[kind].append(
                        f"{report.external_id} {key!r} raw={identifier['raw']!r}"
                    )
            for sighting in found:
                key = f"{sighting.kind}:{sighting.value}"
                if sighting.common or key in allowed or _explained_by_truth(key, allowed):
                    continue
                false_positives[sighting.kind] += 1
                fp_examples[sighting.kind].append(
                    f"{report.external_id} {key!r} raw={sighting.raw!r} in {sighting.source}"
                )
    return mentions, missed, false_positives, missed_examples, fp_examples, reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world", type=Path, nargs="+")
    parser.add_argument("--examples", type=int, default=8)
    parser.add_argument("--limit", type=int, default=None, help="only the first N reports")
    args = parser.parse_args(argv)
    if (args.world[0] / "truth.jsonl").exists():
        total = WorldExtraction()
        for world in args.world:
            total.add(compare_world(world, args.limit))
        print_world(total, Path(" ".join(map(str, args.world))), args.examples)
        return 0
    world = args.world[0]
    mentions, missed, fps, missed_examples, fp_examples, reports = compare(world, args.limit)
    print(f"{reports:,} reports of {world}")
    print(f"{'kind':<13} {'mentions':>9} {'missed':>7} {'recall':>7} {'cand. FP':>9}")
    for kind in sorted(set(mentions) | set(fps)):
        recall = 1 - missed[kind] / mentions[kind] if mentions[kind] else float("nan")
        print(f"{kind:<13} {mentions[kind]:>9,} {missed[kind]:>7,} {recall:>7.4f} {fps[kind]:>9,}")
    for title, examples in (
        ("missed", missed_examples),
        ("candidate false positives", fp_examples),
    ):
        for kind in sorted(examples):
            print(f"\n{title}, {kind} ({len(examples[kind])}):")
            # Spread the examples over the file rather than the first few reports.
            step = max(1, len(examples[kind]) // max(1, args.examples))
            for example in examples[kind][::step][: args.examples]:
                print("  " + example)
    return 0


if __name__ == "__main__":
    sys.exit(main())
