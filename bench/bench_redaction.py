"""Redaction cost: intake preparation with and without victim identities (no database).

    .venv/bin/tipoff simulate --reports 3000 --seed 5 --out /tmp/w
    .venv/bin/python bench/bench_redaction.py /tmp/w/reports.jsonl

Times ``Preparer.prepare_batch`` (redaction, extraction, pseudonyms; no assessment) in
batches of 500 over two inputs built from the same reports:

- ``as simulated``: the simulator's victims carry no identifiers, so redaction is skipped;
- ``with victims``: every report gets a victim phone, email and name (unique per report),
  and half of the narratives mention the number in national format and the name unspaced.

Prints reports/s (best of --repeat) and which tipoff it imported, so the same script can time
another checkout (``PYTHONPATH=/other/src``) on the same machine in the same session.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import phonenumbers

import tipoff
from tipoff.indicators import extract
from tipoff.intake.analyse import Analyser
from tipoff.intake.pipeline import Preparer, validate_report
from tipoff.intake.schema import ReportIn
from tipoff.pseudonym import Pseudonymiser

NOW = datetime(2026, 1, 1, tzinfo=UTC)
NAMES = {
    "JP": ("鈴木 花子", "鈴木花子"),
    "KR": ("김 민준", "김민준"),
    "CN": ("王 小明", "王小明"),
    "TW": ("陳 志明", "陳志明"),
    "VN": ("Nguyễn Thị Lan", "Nguyen Thi Lan"),
    "TH": ("สมศรี ใจดี", "สมศรี"),
}


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [{**json.loads(line), "agency": None} for line in lines if line.strip()]


def with_victims(raws: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for index, raw in enumerate(raws):
        country = raw.get("victim_country") or "JP"
        example = phonenumbers.example_number_for_type(
            country, phonenumbers.PhoneNumberType.MOBILE
        ) or phonenumbers.example_number_for_type("JP", phonenumbers.PhoneNumberType.MOBILE)
        nsn = phonenumbers.national_significant_number(example)
        number = phonenumbers.parse(nsn[:-4] + f"{index % 10_000:04d}", country)
        given, written = NAMES.get(country, ("Maria Santos", "MARIA SANTOS"))
        victim = {
            **(raw.get("victim") or {}),
            "phone": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
            "email": f"victim{index}@example.org",
            "name": given,
        }
        narrative = raw.get("narrative", "")
        if index % 2 == 0:
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            narrative = f"{narrative} {written} {national}"
        out.append({**raw, "victim": victim, "narrative": narrative})
    return out


def rate(raws: list[dict[str, Any]], repeat: int) -> float:
    checked = [validate_report(raw) for raw in raws]
    reports = [item for item in checked if isinstance(item, ReportIn)]  # the valid ones
    best = float("inf")
    for _ in range(repeat):
        clear = getattr(getattr(tipoff.intake, "redact", None), "_identity", None)
        if clear is not None:
            clear.cache_clear()  # every report's victim is new in real intake
        preparer = Preparer(Pseudonymiser(b"bench-key"), Analyser(with_assessment=False))
        started = time.process_time()
        for start in range(0, len(reports), 500):
            preparer.prepare_batch("BENCH", reports[start : start + 500], NOW)
        best = min(best, time.process_time() - started)
    print(f"  ({len(reports):,} valid reports)", end=" ")
    return len(reports) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", type=Path, help="reports.jsonl from `tipoff simulate`")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    raws = load(args.reports)
    extract("warm up 090-1234-5678", country_hint="JP")
    print(
        f"tipoff from {Path(tipoff.__file__).parent}; {len(raws):,} reports; cores: "
        f"{os.cpu_count()}"
    )
    print(f"as simulated (no victim identifiers): {rate(raws, args.repeat):,.0f} reports/s")
    print(
        f"with victims (phone, email, name):    {rate(with_victims(raws), args.repeat):,.0f} "
        "reports/s"
    )


if __name__ == "__main__":
    main()
