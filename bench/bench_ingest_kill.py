"""kill -9 during `tipoff ingest` of a large file, then rerun: nothing lost, nothing doubled.

    .venv/bin/python bench/bench_ingest_kill.py --reports 50000 [--database-url URL] [--kill-at 0.4]

Writes a JSONL file of chained reports (report k of a chain cites phones k and k+1, six
reports a chain, so incremental linking and a full relink must agree exactly), starts
`tipoff ingest`, sends SIGKILL once ``--kill-at`` of the reports are stored, reruns the
same command to the end, then checks: every external id stored once, every report in
exactly one network, and the networks equal to a full relink of the same data. Prints one
JSON line with the timings. The test suite runs the same check with 3,000 reports
(tests/intake/test_intake_load.py).
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, func, select

from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import network_members
from tipoff.link.persistence import relink
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import reports

PER_CHAIN = 6
NOW = datetime(2026, 5, 1, tzinfo=UTC)


def chain_world(n_reports: int) -> list[dict[str, object]]:
    out = []
    for n in range(n_reports):
        chain, k = divmod(n, PER_CHAIN)
        phones = [f"+855 12 {chain // 1000 + 100:03d} {chain % 1000:03d}{j}" for j in (k, k + 1)]
        out.append(
            {
                "external_id": f"r{n}",
                "victim_country": "JP",
                "narrative": "A caller asked me to pay a parcel fee.",
                "identifiers": [{"value": p, "kind": "phone"} for p in phones],
            }
        )
    return out


def stored(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(reports)).scalar() or 0)


def partition(engine: Engine) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    with engine.connect() as connection:
        for report_id, network_id in connection.execute(
            select(network_members.c.report_id, network_members.c.network_id)
        ):
            groups.setdefault(network_id, set()).add(report_id)
    return {frozenset(g) for g in groups.values()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=50_000)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--kill-at", type=float, default=0.4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/kill.db"
        source = Path(tmp) / "reports.jsonl"
        source.write_text(
            "".join(json.dumps(r) + "\n" for r in chain_world(args.reports)), encoding="utf-8"
        )
        engine = make_engine(url)
        migrate.upgrade(engine)
        SqlReportStore(engine).add_agency("JP-NPA", "NPA", "JP", at=NOW)
        command = [
            str(Path(sys.executable).parent / "tipoff"),
            *("ingest", str(source), "--agency", "JP-NPA", "--database-url", url),
        ]
        started = time.perf_counter()
        first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while stored(engine) < args.reports * args.kill_at and first.poll() is None:
            time.sleep(0.1)
        killed_at = stored(engine)
        first.send_signal(signal.SIGKILL)
        first.wait()
        killed_after = time.perf_counter() - started
        rerun = subprocess.run(command, capture_output=True, text=True)
        rerun_seconds = time.perf_counter() - started - killed_after
        with engine.connect() as connection:
            ids = Counter(connection.execute(select(reports.c.external_id)).scalars())
            members = connection.execute(select(func.count()).select_from(network_members)).scalar()
        linked = partition(engine)
        relink(engine, HubPolicy(), leiden_min_size=500, now=NOW)
        result = {
            "reports": args.reports,
            "killed_with_stored": killed_at,
            "killed_after_s": round(killed_after, 1),
            "rerun_s": round(rerun_seconds, 1),
            "rerun_exit": rerun.returncode,
            "stored_once": len(ids) == args.reports and max(ids.values()) == 1,
            "all_in_one_network": members == args.reports,
            "networks": len(linked),
            "equals_full_relink": partition(engine) == linked,
        }
        engine.dispose()
    print(json.dumps(result))
    ok = result["stored_once"] and result["all_in_one_network"] and result["equals_full_relink"]
    sys.exit(0 if ok and rerun.returncode == 0 else 1)


if __name__ == "__main__":
    main()
