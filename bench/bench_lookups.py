"""Benchmark: private lookups before and after the per-partner token index.

Run: .venv/bin/python bench/bench_lookups.py [--values 1000000] [--db-reports 20000]
     [--database-url postgresql+psycopg://...]   (default: SQLite in a temporary folder)

Part 1 (library, ``--values`` values): one batch of 10,000 hashes (half known) answered
the old way, re-hashing every value (``tipoff.share.lookups.known``), against building a
``TokenIndex`` once and answering from it (``TokenIndex.known``), and the Bloom filter built
by re-hashing against the one built from the index. Part 2 (``--db-reports`` reports, each
with one phone number, served through ``POST /api/v1/partner/lookup`` in-process): the
first request (reads the partner's values and builds the index) against the next ones
(a data-version check and the index). Every line prints the load average.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from tipoff.api.routers import partner_share
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.share.lookup_index import TokenIndex
from tipoff.share.lookups import bloom_filter, known, lookup_key_for, token
from tipoff.share.partners import add_partner
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def library(n: int) -> None:
    key = secrets.token_bytes(32)
    values = {("phone", f"+8551{i:09d}"): "green" for i in range(n)}
    keys = list(values)
    asked = [token(key, *keys[i]).hex() for i in range(0, n, max(1, n // 5000))][:5000]
    asked += [token(key, "phone", f"+8552{i:09d}").hex() for i in range(10_000 - len(asked))]
    wall = time.perf_counter()
    before = known(key, values, asked)
    rehash = time.perf_counter() - wall
    print(f"N={n:,}: re-hash per request (before): {rehash:.2f} s, {len(before)} known  {_load()}")
    wall = time.perf_counter()
    index = TokenIndex.build(key, values.items())
    built = time.perf_counter() - wall
    print(f"N={n:,}: index build (once per key/data version): {built:.2f} s  {_load()}")
    times = []
    for _ in range(20):
        wall = time.perf_counter()
        after = index.known(asked)
        times.append(time.perf_counter() - wall)
    assert {t: kv for t, (kv, _) in after.items()} == before
    print(
        f"N={n:,}: index lookup of 10,000 hashes (after): p50 {statistics.median(times) * 1e3:.1f}"
        f" ms, max {max(times) * 1e3:.1f} ms over 20  {_load()}"
    )
    wall = time.perf_counter()
    bloom_filter(key, keys)
    old_bloom = time.perf_counter() - wall
    wall = time.perf_counter()
    index.bloom(1e-4)
    new_bloom = time.perf_counter() - wall
    print(
        f"N={n:,}: Bloom filter by re-hashing {old_bloom:.2f} s, from the index {new_bloom:.2f} s"
        f"  {_load()}"
    )


def served(url: str, count: int) -> None:
    engine = make_engine(url)
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "National Police Agency", "JP", at=T0)
    batch = [
        NewReport(
            external_id=f"R-{i}",
            received_at=T0 + timedelta(minutes=i),
            tlp="green",
            sightings=(NewSighting("phone", f"+8551{i:08d}", "caller", f"+8551{i:08d}", "text"),),
        )
        for i in range(count)
    ]
    for start in range(0, count, 5000):
        store.save_reports(agency, batch[start : start + 5000], at=T0, actor="bench")
    _, partner_key = add_partner(
        store, engine, agency, "BANK", clearance="green", at=T0, actor="bench"
    )
    key = lookup_key_for(partner_key)
    step = max(1, count // 5000)
    asked = [token(key, "phone", f"+8551{i:08d}").hex() for i in range(0, count, step)][:5000]
    asked += [token(key, "phone", f"+8552{i:08d}").hex() for i in range(10_000 - len(asked))]
    settings = Settings(
        database_url=url,
        environment="test",
        partner_lookups_per_minute=10_000,
        partner_lookup_hashes_per_hour=10**9,
    )
    app = create_app(settings, clock=lambda: T0, routers=(partner_share.router,))
    times = []
    with TestClient(app) as client:
        for _ in range(11):
            wall = time.perf_counter()
            answer = client.post(
                "/api/v1/partner/lookup",
                json={"hashes": asked},
                auth=("BANK", partner_key),
            )
            times.append(time.perf_counter() - wall)
            assert answer.status_code == 200, answer.text
    print(
        f"served, {count:,} reports ({engine.dialect.name}), 10,000 hashes "
        f"({len(answer.json()['known'])} known): first request {times[0] * 1e3:.0f} ms, "
        f"then p50 {statistics.median(times[1:]) * 1e3:.1f} ms  {_load()}"
    )
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--values", type=int, default=1_000_000)
    parser.add_argument("--db-reports", type=int, default=20_000)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    library(args.values)
    if args.db_reports:
        with tempfile.TemporaryDirectory() as folder:
            url = args.database_url or f"sqlite:///{Path(folder) / 'bench.db'}"
            served(url, args.db_reports)


if __name__ == "__main__":
    main()
