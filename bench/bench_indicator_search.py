"""Benchmark: the dashboard's search inside indicator values (tipoff.store.indicator_matches).

Run: .venv/bin/python bench/bench_indicator_search.py [--indicators 100000] [--db URL]

Builds ``--indicators`` indicators (phones, domains, URLs, wallets, handles, accounts), each
cited by one report of 50,000 (agency A owns 60 %, of which a fifth are RED, hidden from B),
then times (median of 7, after one warm-up) one page of 25 and its capped count, as agency B,
for a rare prefix, a digit run inside phone numbers, a very common part ("+855") and a text
nothing contains. SQLite in a temporary file unless ``--db`` names another database.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, insert

from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.indicator_matches import find_indicators
from tipoff.store.tables import agencies, indicators, reports, sightings
from tipoff.visibility import Viewer

T0 = datetime(2026, 1, 1, tzinfo=UTC)
QUERIES = ("luckydragon", "0687054", "+855", "zzqqxx")


def _value(rng: random.Random, i: int) -> tuple[str, str]:
    kind = ("phone", "domain", "url", "wallet", "handle", "bank_account")[i % 6]
    word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(9))
    if i % 5000 == 1:
        word = f"luckydragon{i}"
    return kind, {
        "phone": f"+{rng.choice(('855', '81', '66', '63'))}{rng.randrange(10**8, 10**9)}",
        "domain": f"{word}.top",
        "url": f"https://app.{word}.live/download/{i}",
        "wallet": f"tron:T{rng.getrandbits(160):040x}",
        "handle": f"telegram:{word}_{i}",
        "bank_account": f"TH:004:{rng.randrange(10**9, 10**10)}",
    }[kind]


def build(engine: Engine, count: int, report_count: int = 50_000) -> None:
    rng = random.Random(7)
    migrate.upgrade(engine)
    with engine.begin() as connection:
        for code in ("A", "B"):
            connection.execute(insert(agencies).values(code=code, name=code, created_at=T0))
        rows = []
        for i in range(1, report_count + 1):
            owner = 1 if i % 5 < 3 else 2
            tlp = "red" if owner == 1 and i % 25 == 0 else "amber"
            rows.append(
                {
                    "id": i,
                    "agency_id": owner,
                    "external_id": f"R{i}",
                    "received_at": T0,
                    "narrative": "",
                    "messages": [],
                    "payments": [],
                    "identifiers": [],
                    "victim_attrs": {},
                    "tlp": tlp,
                    "created_at": T0,
                }
            )
        connection.execute(insert(reports), rows)
        values = {_value(rng, i) for i in range(count)}
        connection.execute(
            insert(indicators),
            [
                {
                    "id": n,
                    "kind": k,
                    "value": v,
                    "common": False,
                    "first_seen": T0,
                    "last_seen": T0,
                    "report_count": 1,
                }
                for n, (k, v) in enumerate(sorted(values), 1)
            ],
        )
        connection.execute(
            insert(sightings),
            [
                {
                    "report_id": 1 + n % report_count,
                    "indicator_id": n,
                    "role": "mentioned",
                    "raw": "x",
                    "source": "narrative",
                    "confidence": 1.0,
                }
                for n in range(1, len(values) + 1)
            ],
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--indicators", type=int, default=100_000)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'search.db'}"
    engine = make_engine(url)
    build(engine, args.indicators)
    viewer = Viewer.agency(2)
    print(f"{engine.dialect.name}, {args.indicators:,} indicators; as agency B, page of 25")
    with engine.connect() as connection:
        for text in QUERIES:
            find_indicators(connection, text, viewer)
            times, page = [], None
            for _ in range(7):
                started = time.perf_counter()
                page = find_indicators(connection, text, viewer)
                times.append(time.perf_counter() - started)
            assert page is not None
            shown = f"{page.total}{'+' if page.capped else ''}"
            print(f"  {text!r:15} {statistics.median(times) * 1000:7.1f} ms  matches {shown}")


if __name__ == "__main__":
    main()
