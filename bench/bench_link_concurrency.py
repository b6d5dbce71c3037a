"""Cost of one incremental link through the store, alone and with two processes alternating.

    .venv/bin/python bench/bench_link_concurrency.py --database-url sqlite:////tmp/b.db
    .venv/bin/python bench/bench_link_concurrency.py --database-url URL --mode alternate

Stores ``--world`` reports in chains of six (each cites two phones), runs a full relink,
then stores ``--adds`` more one at a time and times each ``LinkUpdater.add`` (its own
transaction: link lock, generation check, member row, statistics). ``--mode alternate``
gives the adds to two updaters on two engines in turn, as two API processes would be: each
add then finds the other's write and catches up first. Prints one line with p50/p99/max.
The database must be empty (a fresh SQLite file or PostgreSQL schema).
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime

import numpy as np

from tipoff.link.hubs import HubPolicy
from tipoff.link.persistence import LinkUpdater, relink
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def report(k: int) -> NewReport:
    chain, j = divmod(k, 6)
    found = tuple(
        NewSighting("phone", f"+8551{chain:07d}{x}", "caller", "x", "narrative", None, None, 1.0)
        for x in (j, j + 1)
    )
    return NewReport(
        external_id=f"r{k}", received_at=NOW, tlp="amber", loss_usd=100.0, sightings=found
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--world", type=int, default=20_000)
    parser.add_argument("--adds", type=int, default=1_000)
    parser.add_argument("--mode", choices=("single", "alternate"), default="single")
    args = parser.parse_args()
    engine = make_engine(args.database_url)
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    agency = store.add_agency("BENCH", "bench", None, at=NOW)
    for start in range(0, args.world, 2000):
        batch = [report(k) for k in range(start, min(args.world, start + 2000))]
        store.save_reports(agency, batch, at=NOW, actor="bench")
    relink(engine, HubPolicy(), 500, NOW)
    updaters = [LinkUpdater(engine, HubPolicy())]
    if args.mode == "alternate":
        updaters.append(LinkUpdater(make_engine(args.database_url), HubPolicy()))
    for updater in updaters:
        updater.add([], NOW)  # loads each index once
    timings = []
    for i, k in enumerate(range(args.world, args.world + args.adds)):
        [saved] = store.save_reports(agency, [report(k)], at=NOW, actor="bench")
        started = time.perf_counter_ns()
        updaters[i % len(updaters)].add([saved.id], NOW)
        timings.append(time.perf_counter_ns() - started)
    ms = np.array(timings) / 1e6
    print(
        f"{engine.dialect.name} {args.mode}: world={args.world} adds={args.adds} "
        f"p50={np.percentile(ms, 50):.2f} ms p99={np.percentile(ms, 99):.2f} ms "
        f"max={ms.max():.2f} ms"
    )


if __name__ == "__main__":
    main()
