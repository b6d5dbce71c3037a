"""Benchmark: TAXII 2.1 pages of 1,000 objects from a 1,000,000-object collection.

Run: .venv/bin/python bench/bench_taxii.py [--objects 1000000] [--requests 200]
     [--database-url postgresql+psycopg://...]   (default: SQLite in a temporary folder)

Builds an agency's shared collection for a partner cleared for AMBER by bulk insert: real
export objects (``bench_stix.world`` reports through ``build_bundle``), repeated under new
ids until the collection holds ``--objects`` rows, each with its own ``date_added``. Then
serves pages through the real TAXII routes (``TestClient`` in process: HTTP Basic check,
query, visibility re-check, envelope, disclosure audit row) at random places in the
collection:

- ``objects`` from a random keyset position (``next``), ``limit=1000``;
- ``objects`` with ``added_after`` at a random time;
- ``objects`` with ``match[type]=indicator`` from a random position;
- ``manifest`` from a random position, and with ``match[type]=indicator``;

and prints p50, p99 and max wall milliseconds for each and the CPU milliseconds of the
process (server and in-process client together), with the load average (the development
machine is shared), plus the same query without HTTP (``collection.page``). The
``added_after`` case sends ``next`` too, as paging clients do.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from fastapi.testclient import TestClient
from sqlalchemy import Engine, insert, select

from bench.bench_stix import SENDER, world
from tipoff.api.routers import taxii
from tipoff.api.routers.taxii import collection_id
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.share.collection import Query, encode_next, page
from tipoff.share.export import build_bundle
from tipoff.share.markings import TLP_BY_ID
from tipoff.share.partners import add_partner
from tipoff.share.receivers import receiver_for
from tipoff.share.tables import share_objects
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.sql import SqlReportStore

TAXII = "application/taxii+json;version=2.1"
T0 = datetime(2026, 1, 1, tzinfo=UTC)
BATCH = 10_000


def base_objects(n_reports: int) -> list[dict[str, Any]]:
    """Real export objects for an AMBER partner (RED and AMBER+STRICT left out by the rule)."""
    bundle = build_bundle(world(n_reports), SENDER, receiver_for("amber", SENDER.id))
    return bundle.objects


def rows(objects: list[dict[str, Any]], target: int, agency_id: int) -> Any:
    """``target`` rows: the objects again and again, each copy under fresh ids."""
    done = 0
    copy = 0
    while done < target:
        for obj in objects:
            if done >= target:
                return
            stix_id = obj["id"]
            if copy:
                stix_id = f"{stix_id[:-12]}{copy:04x}{stix_id[-8:]}"
            body = orjson.dumps({**obj, "id": stix_id})
            refs = obj.get("object_marking_refs")
            added = T0 + timedelta(microseconds=done)
            yield {
                "agency_id": agency_id,
                "tier": "amber",
                "stix_id": stix_id,
                "stix_type": obj["type"],
                "spec_version": "2.1",
                "version": obj.get("modified") or obj.get("created") or "",
                "tlp": TLP_BY_ID[refs[0]].value if refs else None,
                "latest": True,
                "date_added": added,
                "digest": hashlib.blake2b(body, digest_size=16).hexdigest(),
                "body": body.decode(),
            }
            done += 1
        copy += 1


def build(engine: Engine, agency_id: int, target: int) -> float:
    objects = base_objects(max(1000, min(20_000, target // 4)))
    began = time.perf_counter()
    batch: list[dict[str, Any]] = []
    with engine.begin() as connection:
        for row in rows(objects, target, agency_id):
            batch.append(row)
            if len(batch) == BATCH:
                connection.execute(insert(share_objects), batch)
                batch = []
        if batch:
            connection.execute(insert(share_objects), batch)
    if engine.dialect.name == "postgresql":
        # VACUUM as autovacuum would soon after a bulk load: index-only scans need the
        # visibility map (a served collection is mostly old rows).
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE share_objects")
    else:
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
    return time.perf_counter() - began


def percentiles(times: list[float], cpu: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    cpu_ms = sorted(t * 1000 for t in cpu)
    cpu_p99 = cpu_ms[min(len(cpu_ms) - 1, round(0.99 * (len(cpu_ms) - 1)))]
    return (
        f"wall p50 {statistics.median(ms):6.1f} p99 {p99:6.1f} max {ms[-1]:6.1f} ms | "
        f"CPU p50 {statistics.median(cpu_ms):5.1f} p99 {cpu_p99:5.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--objects", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bench-taxii-")
    url = args.database_url or f"sqlite:///{Path(folder) / 'taxii.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "National Police Agency", "JP", at=T0)
    partner, key = add_partner(
        store, engine, agency, "BANK-1", clearance="amber", at=T0, actor="bench"
    )
    built_s = build(engine, agency.id, args.objects)
    print(
        f"collection: {args.objects:,} objects in {built_s:.1f} s "
        f"({args.objects / built_s:,.0f} rows/s bulk insert), {engine.dialect.name}; "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
    )
    with engine.connect() as connection:
        positions = [
            (row.date_added, row.id)
            for row in connection.execute(
                select(share_objects.c.date_added, share_objects.c.id).where(
                    share_objects.c.id.in_(
                        random.Random(1).sample(range(1, args.objects - args.limit), 1000)
                    )
                )
            )
        ]
    rng = random.Random(7)
    app = create_app(Settings(database_url=url, environment="test"), routers=(taxii.router,))
    token = base64.b64encode(f"BANK-1:{key}".encode()).decode()
    headers = {"Authorization": f"Basic {token}", "Accept": TAXII}
    base = f"/taxii2/JP-NPA/collections/{collection_id('JP-NPA', 'shared')}/"
    limit = str(args.limit)

    def at_random() -> str:
        added, row_id = rng.choice(positions)
        return encode_next(added, row_id)

    cases = {
        "objects, next at a random position": lambda: (
            "objects/",
            {"limit": limit, "next": at_random()},
        ),
        "objects, added_after + next": lambda: (
            "objects/",
            {
                "limit": limit,
                "added_after": (rng.choice(positions)[0]).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                "next": at_random(),
            },
        ),
        "objects, match[type]=indicator": lambda: (
            "objects/",
            {"limit": limit, "next": at_random(), "match[type]": "indicator"},
        ),
        "manifest, next at a random position": lambda: (
            "manifest/",
            {"limit": limit, "next": at_random()},
        ),
        "manifest, match[type]=indicator": lambda: (
            "manifest/",
            {"limit": limit, "next": at_random(), "match[type]": "indicator"},
        ),
    }
    with TestClient(app) as client:
        for _ in range(5):  # warm the connection pool and the page cache
            client.get(base + "objects/", params={"limit": limit}, headers=headers)
        for name, make in cases.items():
            times, cpu, sizes = [], [], []
            for _ in range(args.requests):
                path, params = make()
                began, began_cpu = time.perf_counter(), time.process_time()
                response = client.get(base + path, params=params, headers=headers)
                times.append(time.perf_counter() - began)
                cpu.append(time.process_time() - began_cpu)
                assert response.status_code == 200, response.text
                sizes.append(len(response.content))
            count = len(response.json().get("objects", []))
            print(
                f"{name:<38} {percentiles(times, cpu)}   "
                f"({count} objects, {statistics.mean(sizes) / 1e6:.2f} MB a page)"
            )
    receiver = partner.receiver()
    times, cpu = [], []
    for _ in range(args.requests):
        added, row_id = rng.choice(positions)
        began, began_cpu = time.perf_counter(), time.process_time()
        page(engine, agency.id, "amber", receiver, Query(limit=args.limit, after=(added, row_id)))
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    print(f"{'library page(), no HTTP, no audit':<38} {percentiles(times, cpu)}")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    engine.dispose()


if __name__ == "__main__":
    main()
