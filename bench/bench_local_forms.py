"""Extraction on the local-forms development corpus (bench/dev_local_forms/items.jsonl).

Values written the way locals write them (national phones without a country code, local
digit scripts, local words for "account" and "LINE ID", local banks and e-wallets), each
with the canonical value it must give. Printed per language:

- recall: expected canonical values found among the extracted values of the item;
- linkable recall: those found and not marked common (a common value never links);
- false: values extracted (not common) that the item does not expect, on positive items
  and on negatives (items that expect nothing: dates, amounts, order numbers, postcodes,
  OTP codes, innocent hotlines and portals).

    PYTHONPATH=src:. python bench/bench_local_forms.py [--misses]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from tipoff.indicators import extract

ITEMS = Path(__file__).with_name("dev_local_forms") / "items.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every miss and false value")
    parser.add_argument("--batch", choices=("dev", "fresh"), help="only this batch of items")
    args = parser.parse_args()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for line in ITEMS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if args.batch and item.get("batch") != args.batch:
            continue
        found = extract(item["text"], country_hint=item["country"])
        values = {(f.kind.value, f.value): f.common for f in found}
        expected = {(e["kind"], e["value"]) for e in item["expected"]}
        hit = expected & values.keys()
        linkable = {key for key in hit if not values[key]}
        false = {key for key, common in values.items() if not common and key not in expected}
        row = totals[item["language"]]
        row[0] += len(expected)
        row[1] += len(hit)
        row[2] += len(linkable)
        row[3 if expected else 5] += len(false)
        row[4] += 0 if expected else 1
        if args.misses and (expected - linkable or false):
            print(item["id"], item["country"], item["text"])
            print("   missed:", sorted(expected - linkable), " false:", sorted(false))
    header = ("lang", "expected", "recall", "linkable", "false+", "neg", "false-neg")
    print("{:5} {:>8} {:>7} {:>8} {:>7} {:>4} {:>9}".format(*header))
    grand = [0] * 6
    for language, row in sorted(totals.items()):
        grand = [a + b for a, b in zip(grand, row, strict=True)]
        _print(language, row)
    _print("all", grand)


def _print(label: str, row: list[int]) -> None:
    expected, hit, linkable, false_pos, negatives, false_neg = row
    print(
        f"{label:5} {expected:8d} {hit / max(expected, 1):7.3f} {linkable / max(expected, 1):8.3f}"
        f" {false_pos:7d} {negatives:4d} {false_neg:9d}"
    )


if __name__ == "__main__":
    main()
