"""Benchmark: networks as an agency sees them vs as the operator (stored rows only).

Run: .venv/bin/python bench/bench_visibility.py [--reports 50000] [--hidden 0.15] [--db URL]

Builds a world of ``--reports`` reports (agency A owns 60 %, B 40 %; a ``--hidden`` share of
A's reports is RED or AMBER+STRICT, the rest AMBER/GREEN/CLEAR), heavy-tailed networks each
joined by one shared phone, relinks, then times (median of 7) for the operator and for B:
the default network listing (harm order, 50 a page), a filtered listing, the largest
network in full, and one indicator lookup. The operator's numbers are the stored-row path;
B's include finding the networks with a hidden member and recomputing those: "cold" is the
first request after a link write (an empty ``VIEWER_CACHE``), "warm" the median of the next 7.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from tipoff.link.hubs import HubPolicy
from tipoff.link.indicator_lookup import indicator_detail
from tipoff.link.network_detail import network_detail
from tipoff.link.network_list import NetworkQuery, list_networks
from tipoff.link.persistence import relink
from tipoff.link.visible_stats import VIEWER_CACHE
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

NOW = datetime(2026, 5, 1, tzinfo=UTC)
POLICY = HubPolicy(100_000)


def _phone(n: int) -> NewSighting:
    value = f"+855{n:09d}"
    return NewSighting("phone", value, "caller", value, "narrative", None, None, 1.0, False)


def build(url: str, n: int, hidden: float, seed: int) -> tuple[object, int]:
    rng = np.random.default_rng(seed)
    engine = make_engine(url)
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    a = store.add_agency("A", "A", "KH", at=NOW)
    b = store.add_agency("B", "B", "JP", at=NOW)
    sizes = np.minimum((rng.pareto(1.2, size=n) + 1).astype(np.int64), 3000)
    network = np.repeat(np.arange(sizes.size), sizes)[:n]
    countries = ["JP", "KH", "TH", "VN", "PH", "US"]
    batch: dict[str, list[NewReport]] = {"A": [], "B": []}
    for i in range(n):
        owner = "A" if rng.random() < 0.6 else "B"
        if owner == "A" and rng.random() < hidden:
            tlp = "red" if rng.random() < 0.5 else "amber+strict"
        else:
            tlp = str(rng.choice(["amber", "green", "clear"], p=[0.8, 0.15, 0.05]))
        batch[owner].append(
            NewReport(
                external_id=f"r{i}",
                received_at=NOW - timedelta(days=int(rng.integers(0, 400))),
                tlp=tlp,
                victim_country=countries[int(rng.integers(0, len(countries)))],
                loss_usd=float(rng.integers(0, 50_000)),
                scam_type="investment",
                sightings=(_phone(int(network[i])), _phone(10**8 + i)),
            )
        )
    for owner, agency in (("A", a), ("B", b)):
        rows = batch[owner]
        for start in range(0, len(rows), 5000):
            store.save_reports(agency, rows[start : start + 5000], at=NOW, actor="bench")
    relink(engine, POLICY, 10**9, NOW)
    return engine, b.id


def timed(run: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=50_000)
    parser.add_argument("--hidden", type=float, default=0.15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        started = time.perf_counter()
        engine, b_id = build(url, args.reports, args.hidden, args.seed)
        print(f"world of {args.reports} reports built in {time.perf_counter() - started:.0f} s")
        operator, agency = Viewer.operator(), Viewer.agency(b_id)
        with engine.connect() as connection:  # type: ignore[attr-defined]
            top, total = list_networks(connection, NetworkQuery(sort="reports"), operator)
            print(f"{total} networks of 2+ reports; largest {top[0]['reports']} reports")
            largest = int(top[0]["id"])
            cases = {
                "list (harm, 50)": lambda v: list_networks(connection, NetworkQuery(), v),
                "list (country=KH, min_loss 100k)": lambda v: list_networks(
                    connection, NetworkQuery(country="KH", min_loss_usd=100_000.0), v
                ),
                "largest network in full": lambda v: network_detail(connection, largest, v, POLICY),
                "indicator lookup": lambda v: indicator_detail(
                    connection, "phone", "+855000000000", v, POLICY
                ),
            }
            for name, case in cases.items():
                ours = timed(lambda c=case: c(operator))
                VIEWER_CACHE.clear()
                cold = timed(lambda c=case: c(agency), repeat=1)
                warm = timed(lambda c=case: c(agency))
                print(
                    f"{name:34s} operator {ours:8.1f} ms   agency cold {cold:8.1f} ms"
                    f"   warm {warm:8.1f} ms"
                )


if __name__ == "__main__":
    main()
