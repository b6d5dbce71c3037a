"""Benchmark: STIX 2.1 export and import, tipoff against the ``stix2`` library, one run.

Run: .venv/bin/python bench/bench_stix.py [--reports 5000] [--repeat 3]

Builds a synthetic world of ``--reports`` reports of one agency (markings spread over
CLEAR..RED, 3 identifiers each from a pool so identifiers repeat, networks of ~8
reports), then on one core (best of ``--repeat``):

- export: ``build_bundle`` + orjson serialisation (tipoff's path), against building the
  same objects with the stix2 library (``stix2.parse`` of each object dict, which runs the
  stix2 class constructors and their checks) and serialising them as a ``stix2.Bundle``;
- import: ``plan_import`` of the exported bundle (JSON to NewReports, canonicalised),
  against ``stix2.parse`` of the same bytes.

Prints objects per CPU-second for each side and the ratio, the input size and the core count.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import stix2

from tipoff.indicators import is_common, preload
from tipoff.share.export import build_bundle, dump_bundle
from tipoff.share.importing import plan_import
from tipoff.share.reads import ExportReport, ExportSighting
from tipoff.share.receivers import receiver_for
from tipoff.store.records import Agency

SENDER = Agency(1, "JP-NPA", "National Police Agency", "JP", datetime(2026, 1, 1, tzinfo=UTC))
MARKINGS = ["clear", "green", "green", "amber", "amber", "amber+strict", "red"]
KH_PREFIXES = ("1", "7", "8", "9")


def world(n_reports: int, seed: int = 7) -> list[ExportReport]:
    """Reports with identifiers from pools shared within networks of ~8 reports."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    reports = []
    for i in range(1, n_reports + 1):
        network = i // 8
        found = (
            ExportSighting("phone", f"+8551{network:07d}"[:12], "caller", 0.9, False),
            ExportSighting("domain", f"scam-{network}.top", "link", 1.0, False),
            ExportSighting(
                "handle", f"telegram:agent_{rng.randrange(n_reports)}", "contact", 0.8, False
            ),
        )
        reports.append(
            ExportReport(
                id=i,
                owner_id=1,
                external_id=f"NPA-{i}",
                tlp=MARKINGS[i % len(MARKINGS)],
                received_at=start + timedelta(minutes=i),
                occurred_at=None,
                victim_country="JP",
                channel="line",
                narrative="Redacted narrative.",
                loss_amount=Decimal("120000"),
                loss_currency="JPY",
                loss_usd=800.0,
                scam_type="investment",
                scam_probability=0.9,
                network_id=network,
                sightings=found,
            )
        )
    return reports


def best(repeat: int, run: Callable[[], Any]) -> tuple[float, Any]:
    """Best CPU seconds of ``repeat`` runs (CPU time: objects per second per core, which
    stays meaningful on a shared machine where wall time waits for other processes)."""
    times, result = [], None
    for _ in range(repeat):
        began = time.process_time()
        result = run()
        times.append(time.process_time() - began)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    reports = world(args.reports)
    preload()  # tables a server builds at start-up; the bundle's values stay uncached
    is_common("domain", "example.com")
    receiver = receiver_for("own", 1)

    ours_s, data = best(args.repeat, lambda: dump_bundle(build_bundle(reports, SENDER, receiver)))
    export = build_bundle(reports, SENDER, receiver)
    n = len(export.objects)

    def with_stix2() -> str:
        built = [stix2.parse(obj, allow_custom=True) for obj in export.objects]
        return str(stix2.Bundle(objects=built, allow_custom=True).serialize())

    theirs_s, _ = best(1, with_stix2)
    import_s, plan = best(1, lambda: plan_import(data))  # first: canonicaliser caches cold
    warm_s, _ = best(args.repeat, lambda: plan_import(data))
    parse_s, _ = best(1, lambda: stix2.parse(data, allow_custom=True))

    print(
        f"input: {args.reports} reports -> {n} STIX objects, {len(data) / 1e6:.1f} MB; "
        f"{os.cpu_count()} cores, one used"
    )
    print(
        f"export  tipoff {n / ours_s:>10,.0f} obj/s ({ours_s:.3f} s)   "
        f"stix2 {n / theirs_s:>8,.0f} obj/s ({theirs_s:.3f} s)   ratio {theirs_s / ours_s:.1f}x"
    )
    print(
        f"import  tipoff {n / import_s:>10,.0f} obj/s ({import_s:.3f} s)   "
        f"stix2.parse {n / parse_s:>8,.0f} obj/s ({parse_s:.3f} s)   "
        f"ratio {parse_s / import_s:.1f}x   ({len(plan.reports)} reports planned)"
    )
    print(
        f"import again (indicator caches warm) {n / warm_s:,.0f} obj/s ({warm_s:.3f} s), "
        f"ratio {parse_s / warm_s:.1f}x"
    )


if __name__ == "__main__":
    main()
