"""Ingest benchmark: JSONL reports -> validate -> pseudonymise -> analyse -> SQLite / PostgreSQL.

    .venv/bin/python bench/bench_ingest.py                  # 100,000 reports from `tipoff simulate`
    .venv/bin/python bench/bench_ingest.py --reports 20000  # quicker
    .venv/bin/python bench/bench_ingest.py --input r.jsonl  # any JSONL of ReportIn objects
    .venv/bin/python bench/bench_ingest.py --generate       # the built-in generator instead

For each backend it runs the real `tipoff ingest` code path (tipoff.intake.load.ingest_file)
three ways, each into a fresh database:

- full:        extraction (tipoff.indicators.extract) + assessment when tipoff.assess offers it;
- full-workers: the same with analysis in --workers processes (`tipoff ingest --workers`);
- extract:     extraction only;
- no analysis: validation, pseudonymisation and storage only (no indicators, no sightings);
- store:       the storage layer alone: reports analysed beforehand (untimed), then only
               ReportStore.save_reports is timed (reports + indicator upserts + sightings).

and times extraction alone (no database) to show where the time goes. Goals (on a
2-core machine, well above the daily volumes of docs/scale.md): >= 5,000 reports/s into
SQLite, >= 3,000 into PostgreSQL. The physical
reference is SQLite's bulk insert rate on this class of machine, 682k rows/s in one
transaction (docs performance-anchors.md); the printed ratio is ours / goal.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import base58
from sqlalchemy import text
from sqlalchemy.engine import make_url

from tipoff.intake.analyse import Analyser
from tipoff.intake.files import read_records
from tipoff.intake.load import RejectLog, WorkerSetup, ingest_file
from tipoff.intake.parallel import prepare_records, worker_pool
from tipoff.intake.pipeline import Intake, validate_report
from tipoff.intake.prepare import prepare, redacted_copy
from tipoff.intake.schema import ReportIn
from tipoff.pseudonym import Pseudonymiser
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.records import NewReport
from tipoff.store.sql import SqlReportStore

GOALS = {"sqlite": 5_000, "postgresql": 3_000}
POSTGRES_URL = os.environ.get(
    "TIPOFF_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
T0 = datetime(2026, 1, 1, tzinfo=UTC)

NARRATIVES = [
    "I met him on a dating app. He said he works in Singapore and told me to download an app from "
    "{url} and deposit money. I called him on {phone} many times but now he does not answer.",
    "A woman contacted me about a part-time job liking videos. After small payouts she asked me to "
    "pay a deposit to {iban}. Her LINE id was {handle}.",
    "Someone claiming to be from the police called from {phone} and said my account was used for "
    "money laundering. I transferred my savings as instructed.",
    "The investment platform {url} showed big profits in USDT. To withdraw I had to pay tax to "
    "wallet {wallet}. My contact there used {phone}.",
]
MESSAGES = [
    "Hello dear, how was your day? I miss you.",
    "Send the deposit today and your profit will be released. Contact my assistant {handle}",
    "Please transfer to {iban} before 3pm, the bank is strict.",
    "Download the app here {url} and register with my invitation code 8841.",
    "Call me on {phone}, it is urgent.",
    "USDT TRC20 address: {wallet}",
]


def _iban(rng: random.Random) -> str:
    bank, account = f"{rng.randrange(10**8):08d}", f"{rng.randrange(10**10):010d}"
    digits = "".join(str(int(c, 36)) for c in bank + account + "DE00")
    return f"DE{98 - int(digits) % 97:02d}{bank}{account}"


def _wallet(rng: random.Random) -> str:
    return base58.b58encode_check(b"\x41" + rng.randbytes(20)).decode()


def indicator_pool(rng: random.Random, size: int) -> dict[str, list[str]]:
    """Shared identifiers, so that reports repeat them (as scam networks do)."""
    return {
        "phone": [
            f"+855 {rng.choice((12, 92, 96))} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
            for _ in range(size)
        ],
        "iban": [_iban(rng) for _ in range(size // 4)],
        "wallet": [_wallet(rng) for _ in range(size // 4)],
        "url": [
            f"https://{rng.choice(('coin', 'trade', 'bit', 'gold'))}-"
            f"{rng.randrange(10**5)}.top/login"
            for _ in range(size // 4)
        ],
        "handle": [
            f"@{rng.choice(('anna', 'lisa', 'mike'))}_{rng.randrange(10**5)}"
            for _ in range(size // 2)
        ],
    }


def generate(count: int, path: Path, seed: int = 7) -> Path:
    """Write ``count`` synthetic ReportIn objects as JSONL (used when no --input is given)."""
    rng = random.Random(seed)
    pool = indicator_pool(rng, max(1000, count // 5))
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            fill = {kind: rng.choice(values) for kind, values in pool.items()}
            report = {
                "external_id": f"bench-{number}",
                "received_at": (T0 + timedelta(seconds=number * 30)).isoformat(),
                "victim_country": rng.choice(("JP", "KR", "US", "TH", "DE")),
                "language": "en",
                "channel": rng.choice(("sms", "dating_app", "social_dm", "voice")),
                "narrative": rng.choice(NARRATIVES).format(**fill),
                "messages": [
                    {"text": rng.choice(MESSAGES).format(**fill), "from_id": fill["phone"]}
                    for _ in range(rng.randrange(1, 4))
                ],
                "loss": {"amount": str(rng.randrange(100, 100_000)), "currency": "USD"},
                "payments": [
                    {
                        "amount": "500",
                        "currency": "USD",
                        "payee": fill[rng.choice(("iban", "wallet"))],
                    }
                ],
                "victim": {
                    "name": f"Victim {number}",
                    "phone": f"+8190{number:08d}",
                    "age_band": "60-69",
                },
                "tlp": "amber",
            }
            out.write(json.dumps(report) + "\n")
    return path


def simulate(count: int, workdir: Path) -> Path | None:
    """``tipoff simulate`` output for ``count`` reports, or None if the simulator is absent."""
    tipoff = Path(sys.executable).parent / "tipoff"
    out = workdir / "world"
    result = subprocess.run(
        [str(tipoff), "simulate", "--out", str(out), "--reports", str(count)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not (out / "reports.jsonl").exists():
        return None
    return out / "reports.jsonl"


def for_one_agency(source: Path, target: Path) -> Path:
    """A copy of ``source`` without the per-report ``agency`` field (the bench agency takes all)."""
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                record.pop("agency", None)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def fresh_database(backend: str, workdir: Path, label: str) -> tuple[str, Callable[[], None]]:
    """An empty database for one run, and its clean-up."""
    if backend == "sqlite":
        return f"sqlite:///{workdir / (label + '.db')}", lambda: None
    schema = f"bench_{label}_{os.getpid()}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()

    url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), drop


@dataclass(frozen=True)
class Run:
    """Wall seconds, this process's CPU seconds, and what was written."""

    seconds: float
    cpu_seconds: float
    reports: int
    indicators: int
    sightings: int


def run_ingest(database_url: str, source: Path, analyser: Analyser, workers: int = 1) -> Run:
    """Times and counts of one ingest of ``source``."""
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    agency = store.add_agency("BENCH", "Benchmark agency", "JP", at=T0)
    intake = Intake(
        store, Pseudonymiser(b"bench-key"), clock=lambda: datetime.now(UTC), analyser=analyser
    )
    pool = worker_pool(workers) if workers > 1 else None
    setup = WorkerSetup(pool, b"bench-key", in_flight=2 * workers) if pool else None
    if pool is not None:  # start the workers and load their tables before the clock starts
        sample = [next(read_records(source))]
        list(
            pool.map(
                prepare_records,
                [sample] * workers,
                ["BENCH"] * workers,
                [b"bench-key"] * workers,
                [T0] * workers,
            )
        )
    started, cpu_started = time.perf_counter(), time.process_time()
    summary = ingest_file(
        source, agency, intake, actor="bench", rejects=RejectLog(None), workers=setup
    )
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    if pool is not None:
        pool.shutdown()
    counts = store.counts()
    engine.dispose()
    assert summary.rejected == 0, summary.first_errors
    return Run(elapsed, cpu, counts.reports, counts.indicators, counts.sightings)


def prepare_all(source: Path) -> list[NewReport]:
    """Every report of ``source`` validated, redacted, extracted and pseudonymised (untimed)."""
    pseudonymiser, analyser = Pseudonymiser(b"bench-key"), Analyser(with_assessment=False)
    prepared = []
    for record in read_records(source):
        report = validate_report(record.data)
        assert isinstance(report, ReportIn)
        clean = redacted_copy(report)
        prepared.append(
            prepare(
                report,
                clean=clean,
                analysis=analyser.analyse(clean),
                pseudonymiser=pseudonymiser,
                received_at=T0,
            )
        )
    return prepared


def time_storage_only(database_url: str, prepared: list[NewReport]) -> Run:
    """Seconds to store already-analysed reports in batches of 500 (ReportStore.save_reports)."""
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    agency = store.add_agency("BENCH", "Benchmark agency", "JP", at=T0)
    started, cpu_started = time.perf_counter(), time.process_time()
    for start in range(0, len(prepared), 500):
        store.save_reports(agency, prepared[start : start + 500], at=T0, actor="bench")
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    counts = store.counts()
    engine.dispose()
    return Run(elapsed, cpu, counts.reports, counts.indicators, counts.sightings)


def time_extraction_only(source: Path, limit: int) -> float:
    """Reports per second through validation + extraction alone (no database)."""
    analyser = Analyser(with_assessment=False)
    reports = []
    for record in read_records(source):
        checked = validate_report(record.data)
        reports.append(checked)
        if len(reports) >= limit:
            break
    started = time.perf_counter()
    for report in reports:
        analyser.sightings(report)  # type: ignore[arg-type]
    return len(reports) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument(
        "--input", type=Path, help="JSONL of ReportIn objects instead of generated ones"
    )
    parser.add_argument(
        "--generate", action="store_true", help="use the built-in generator, not tipoff simulate"
    )
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--modes", default="full,full-workers,extract,none,store")
    parser.add_argument(
        "--workers", type=int, default=2, help="processes for the full-workers mode"
    )
    args = parser.parse_args()
    modes = {
        "full": Analyser(with_assessment=True),
        "extract": Analyser(with_assessment=False),
        "none": Analyser(lambda _text, **_kw: [], with_assessment=False),
    }
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        raw = args.input or (None if args.generate else simulate(args.reports, workdir))
        origin = (
            "tipoff simulate"
            if raw is not None and args.input is None
            else str(args.input or "generator")
        )
        if raw is None:
            source = generate(args.reports, workdir / "reports.jsonl")
        else:
            source = for_one_agency(raw, workdir / "one-agency.jsonl")
        size = sum(1 for line in source.open(encoding="utf-8") if line.strip())
        print(
            f"input: {size:,} reports ({origin}), {source.stat().st_size / 1e6:.1f} MB JSONL; "
            f"cores: {os.cpu_count()}; "
            "assessment: tipoff.assess"
        )
        extract_rate = time_extraction_only(source, min(size, 5_000))
        prepared: list[NewReport] | None = None
        print(f"extraction alone (validate + extract, no DB): {extract_rate:,.0f} reports/s")
        for backend in args.backends.split(","):
            for mode in args.modes.split(","):
                url, cleanup = fresh_database(backend, workdir, mode)
                try:
                    if mode == "store":
                        prepared = prepared if prepared is not None else prepare_all(source)
                        run = time_storage_only(url, prepared)
                    elif mode == "full-workers":
                        run = run_ingest(url, source, modes["full"], workers=args.workers)
                    else:
                        run = run_ingest(url, source, modes[mode])
                finally:
                    cleanup()
                rate = run.reports / run.seconds
                print(
                    f"{backend:10} analysis={mode:12} {run.reports:,} reports in "
                    f"{run.seconds:6.1f} s = "
                    f"{rate:8,.0f} reports/s wall ({run.reports / run.cpu_seconds:8,.0f}/s per "
                    "CPU-second "
                    f"of this process)  {run.indicators:,} indicators, {run.sightings:,} "
                    "sightings  "
                    f"goal {GOALS[backend]:,}/s, ratio {rate / GOALS[backend]:.2f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
