"""Benchmark: exports out and private lookups (tipoff.share.exports, .lookups).

Run: .venv/bin/python bench/bench_exports.py [--reports 20000] [--bloom 10000,100000,1000000]
     [--database-url postgresql+psycopg://...]   (default: SQLite in a temporary folder)

Stores ``--reports`` reports of two agencies under every marking (two identifiers each,
networks of 5), then streams every export (what x format) as the other agency, and prints
rows/s and CPU seconds next to the floor: fetching the same report columns with no
visibility rule and no formatting, and the peak RSS of the reports STIX export streamed
alone in a fresh process. Then builds Bloom filters over N keyed hashes at the
default false-positive rate 1e-4 and prints size, k, build time and the false-positive rate
measured on 200,000 values not in the set; and times one membership batch of 10,000 hashes
against N values (the server recomputes every token per request).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import secrets
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

from tipoff.link.network_tables import network_members
from tipoff.share.exports import ExportQuery, export_stream
from tipoff.share.lookups import bloom_filter, known, token
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import reports
from tipoff.visibility import Viewer

T0 = datetime(2026, 1, 1, tzinfo=UTC)
MARKINGS = ("clear", "green", "amber", "amber+strict", "red")


def build(url: str, count: int) -> SqlReportStore:
    engine = make_engine(url)
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    owner = store.add_agency("JP-NPA", "National Police Agency", "JP", at=T0)
    store.add_agency("KH-POL", "Cambodian National Police", "KH", at=T0)
    rng = random.Random(7)
    batch: list[NewReport] = []
    for i in range(count):
        phone = f"+8551{rng.randrange(10**7, 10**8)}"
        wallet = f"eth:0x{rng.getrandbits(160):040x}"
        batch.append(
            NewReport(
                external_id=f"R-{i}",
                received_at=T0 + timedelta(minutes=i),
                tlp=MARKINGS[i % len(MARKINGS)],
                victim_country="JP",
                loss_amount=Decimal("1000"),
                loss_currency="USD",
                loss_usd=1000.0,
                scam_type="investment.pig_butchering",
                victim_key="VICTIM",
                sightings=(
                    NewSighting(
                        "phone", phone, "caller", phone, "narrative", None, None, 0.9, False
                    ),
                    NewSighting(
                        "wallet",
                        wallet,
                        "payee_wallet",
                        wallet,
                        "narrative",
                        None,
                        None,
                        0.9,
                        False,
                    ),
                ),
            )
        )
        if len(batch) == 2000:
            store.save_reports(owner, batch, at=T0, actor="bench")
            batch = []
    if batch:
        store.save_reports(owner, batch, at=T0, actor="bench")
    with engine.begin() as connection:
        ids = connection.execute(select(reports.c.id).order_by(reports.c.id)).scalars().all()
        connection.execute(
            insert(network_members),
            [
                {"report_id": r, "network_id": 1 + n // 5, "sub_network": 0}
                for n, r in enumerate(ids)
            ],
        )
    return store


def timed_export(
    store: SqlReportStore, viewer: Viewer, what: str, fmt: str
) -> tuple[int, float, float, int]:
    query = ExportQuery.parse(what, fmt)
    wall, cpu = time.perf_counter(), time.process_time()
    size = 0
    for chunk in export_stream(store, store.engine, viewer, query, actor="bench", clock=lambda: T0):
        size += len(chunk)
    return size, time.perf_counter() - wall, time.process_time() - cpu, 0


def measure_stix_rss(url: str) -> None:
    """In a fresh process: stream the reports STIX export as KH-POL and print the peak RSS
    (``ru_maxrss``) before and after, the size, a digest of the bytes and the times."""
    store = SqlReportStore(make_engine(url))
    viewer = Viewer.agency(store.get_agency("KH-POL").id)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    digest, size = hashlib.sha256(), 0
    wall, cpu = time.perf_counter(), time.process_time()
    query = ExportQuery.parse("reports", "stix")
    for chunk in export_stream(store, store.engine, viewer, query, actor="bench", clock=lambda: T0):
        digest.update(chunk)
        size += len(chunk)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"  reports stix in a fresh process: {size / 1e6:.1f} MB (sha256 "
        f"{digest.hexdigest()[:16]}), peak RSS {peak:.0f} MB ({before:.0f} MB before the "
        f"export), {time.perf_counter() - wall:.1f} s wall {time.process_time() - cpu:.1f} s "
        f"CPU, load {os.getloadavg()[0]:.1f}"
    )
    store.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--measure-stix-rss", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--reports", type=int, default=20_000)
    parser.add_argument("--bloom", default="10000,100000,1000000")
    parser.add_argument("--database-url")
    args = parser.parse_args()
    if args.measure_stix_rss:
        measure_stix_rss(args.measure_stix_rss)
        return
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder) / 'bench.db'}"
        started = time.perf_counter()
        store = build(url, args.reports)
        print(
            f"stored {args.reports} reports in {time.perf_counter() - started:.1f} s; load "
            f"{os.getloadavg()[0]:.1f}"
        )
        viewer = Viewer.agency(store.get_agency("KH-POL").id)
        cols = [
            reports.c.id,
            reports.c.external_id,
            reports.c.tlp,
            reports.c.received_at,
            reports.c.loss_usd,
        ]
        wall, cpu = time.perf_counter(), time.process_time()
        with store.engine.connect() as connection:
            floor = len(connection.execute(select(*cols)).all())
        print(
            f"floor: fetch {floor} report rows, no rule/format: {time.perf_counter() - wall:.3f} s "
            f"wall, {time.process_time() - cpu:.3f} s CPU"
        )
        visible = args.reports * 3 // 5
        print("export as another agency (3/5 of reports visible):")
        for what in ("reports", "indicators", "networks"):
            for fmt in ("csv", "jsonl", "stix") if what == "reports" else ("csv", "jsonl"):
                size, w, c, _ = timed_export(store, viewer, what, fmt)
                rows = {
                    "reports": visible,
                    "indicators": 2 * visible,
                    "networks": args.reports // 5,
                }[what]
                print(
                    f"  {what:10s} {fmt:5s} {size / 1e6:7.2f} MB  {w:6.2f} s wall {c:6.2f} s CPU  "
                    f"~{rows / c:,.0f} rows/CPU-s  load {os.getloadavg()[0]:.1f}"
                )
        store.engine.dispose()
        # Memory of the STIX export, alone in its own process (the one export not written
        # row by row: the bundle's id comes first and names every object).
        command = [sys.executable, "-m", "bench.bench_exports", "--measure-stix-rss", url]
        subprocess.run(command, check=True)
    key = secrets.token_bytes(32)
    print("Bloom filters (fp_rate 1e-4) and membership batches of 10,000 hashes:")
    for n in (int(x) for x in args.bloom.split(",")):
        values = [("phone", f"+8551{i:09d}") for i in range(n)]
        wall = time.perf_counter()
        bloom = bloom_filter(key, values)
        built = time.perf_counter() - wall
        probes = [token(key, "phone", f"+8552{i:09d}") for i in range(200_000)]
        false = sum(p in bloom for p in probes)
        asked = [token(key, *values[i]).hex() for i in range(0, n, max(1, n // 5000))][:5000]
        asked += [p.hex() for p in probes[: 10_000 - len(asked)]]
        wall = time.perf_counter()
        hits = known(key, values, asked)
        lookup = time.perf_counter() - wall
        print(
            f"  N={n:>9,}: {len(bloom.dump()) / 1024:9.1f} KiB, m={bloom.m:,} bits, k={bloom.k}, "
            f"built {built:.2f} s, FP measured {false / len(probes):.5f} ({false}/{len(probes)}), "
            f"expected {bloom.expected_fp_rate():.5f}; lookup of 10,000 hashes ({len(hits)} known) "
            f"{lookup:.2f} s"
        )


if __name__ == "__main__":
    main()
