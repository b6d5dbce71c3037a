"""Benchmark: importing every public feed in ../shared/data, rows per second, one run.

Run: .venv/bin/python bench/bench_feeds.py [--data ../shared/data] [--database-url URL]

For each built-in feed's file(s): the reader alone (parse only: the floor any import pays),
then ``import_feed`` into a fresh database (read, canonicalise with tipoff.indicators, drop
warninglisted values, upsert), then the same file again (every value refreshed, none added).
Prints rows, values added, rows skipped, and rows/s of each pass, worst feed first, with the
core count and load average. Default database: a fresh SQLite file in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tipoff.indicators import preload
from tipoff.share.feeds.catalogue import feed_spec
from tipoff.share.feeds.importing import import_feed
from tipoff.share.feeds.store import SqlFeedStore
from tipoff.store import migrate
from tipoff.store.engine import make_engine

FILES = {
    "cryptoscamdb": "cryptoscamdb/urls.yaml",
    "scamsniffer": "scamsniffer/domains_2024-03-30.json",
    "scamsniffer-combined": "scamsniffer/combined.json",
    "jpcert": "jpcert-phishurl",
    "ofac": "ofac-crypto-addresses",
    "ftc": "ftc-dnc-numbers/90days_2025-12-11.csv",
    "gasa": "gaso-scam-urls/global-anti-scam-org-scam-urls.txt",
    "chongluadao": "chongluadao-urls/urls.txt",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).parents[2] / "shared/data")
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    preload()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{folder}/feeds.db"
        engine = make_engine(url)
        migrate.upgrade(engine)
        store = SqlFeedStore(engine)
        at = datetime.now(UTC)
        lines = []
        for label, relative in FILES.items():
            path = args.data / relative
            if not path.exists():
                print(f"{label}: {path} absent, skipped")
                continue
            spec = feed_spec(label.split("-")[0])
            started = time.perf_counter()
            read = sum(1 for _ in spec.reader(path))
            read_rate = read / (time.perf_counter() - started)
            first = import_feed(store, spec, path, at=at)
            again = import_feed(store, spec, path, at=at + timedelta(days=1))
            lines.append((label, read, read_rate, first, again))
        engine.dispose()
    print(f"database: {url.split(':')[0]}; cores: {os.cpu_count()}; load: {os.getloadavg()}")
    print(
        f"{'feed':22}{'rows':>9}{'added':>9}{'skipped':>9}{'read/s':>10}{'import/s':>10}{'again/s':>10}"
    )
    for label, read, read_rate, first, again in sorted(lines, key=lambda x: x[3].rows_per_second):
        skipped = sum(first.skipped.values())
        print(
            f"{label:22}{read:>9,}{first.added:>9,}{skipped:>9,}{read_rate:>10,.0f}"
            f"{first.rows_per_second:>10,.0f}{again.rows_per_second:>10,.0f}"
        )
        assert again.added == 0 and again.refreshed == first.values  # idempotent


if __name__ == "__main__":
    main()
