"""Loading files (`tipoff ingest`): bad records beside good ones, and a killed run rerun."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, func, select

from tipoff.intake.analyse import Analyser
from tipoff.intake.load import RejectLog, ingest_file
from tipoff.intake.pipeline import Intake
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import network_members
from tipoff.link.persistence import relink
from tipoff.pseudonym import Pseudonymiser
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import reports

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)


def test_one_bad_date_goes_to_the_reject_file_and_its_neighbours_are_stored(
    engine: Engine, tmp_path: Path
) -> None:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    rows = [
        {"external_id": "a", "victim_country": "JP", "narrative": "call +855 12 345 678"},
        {"external_id": "b", "received_at": "9999-12-31T23:59:59-14:00"},
        {"external_id": "c", "loss": {"amount": "12", "currency": "XXX"}},
        {"external_id": "d", "victim_country": "jp"},
        {"external_id": "e", "occurred_at": "2026-04-30T10:00:00+09:00", "narrative": "a call"},
    ]
    source = tmp_path / "reports.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    intake = Intake(
        store,
        Pseudonymiser(b"k" * 32),
        clock=lambda: NOW,
        analyser=Analyser(with_assessment=False),
        batch_size=2,
    )
    sink = io.StringIO()
    summary = ingest_file(source, agency, intake, actor="test", rejects=RejectLog(sink))
    assert (summary.created, summary.rejected) == (2, 3)
    rejected = [json.loads(line) for line in sink.getvalue().splitlines()]
    assert [(r["line"], r["errors"][0]["path"]) for r in rejected] == [
        (2, "received_at"),
        (3, "loss.currency"),
        (4, "victim_country"),
    ]
    with engine.connect() as connection:
        assert sorted(connection.execute(select(reports.c.external_id)).scalars()) == ["a", "e"]


# -- kill -9 during ingest, then rerun ------------------------------------------------------


def chain_world(n_reports: int, per_network: int = 6) -> list[dict[str, object]]:
    """Reports in chains of ``per_network`` (report k cites phones k and k+1 of its chain).

    Only phone numbers, each in at most two reports, and chains far below
    ``leiden_min_size``: incremental linking and a full relink must agree exactly.
    """
    out = []
    for n in range(n_reports):
        chain, k = divmod(n, per_network)
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


def ingest_command(source: Path, database_url: str) -> list[str]:
    return [
        str(Path(sys.executable).parent / "tipoff"),
        "ingest",
        str(source),
        "--agency",
        "JP-NPA",
        "--batch-size",
        "100",
        "--database-url",
        database_url,
    ]


def stored_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(reports)).scalar() or 0)


def kill_mid_ingest_then_rerun(database_url: str, source: Path, n_reports: int) -> Engine:
    """Run `tipoff ingest`, SIGKILL it once some batches are stored, run it again to the end."""
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    SqlReportStore(engine).add_agency("JP-NPA", "NPA", "JP", at=NOW)
    env = {**os.environ, "TIPOFF_ENVIRONMENT": "test"}
    first = subprocess.Popen(
        ingest_command(source, database_url),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while stored_count(engine) < n_reports // 4 and time.monotonic() < deadline:
        if first.poll() is not None:
            break
        time.sleep(0.05)
    killed_at = stored_count(engine)
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert 0 < killed_at < n_reports, "the kill did not land in the middle of the run"
    rerun = subprocess.run(
        ingest_command(source, database_url), env=env, capture_output=True, text=True
    )
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    return engine


def partition(engine: Engine) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    with engine.connect() as connection:
        for report_id, network_id in connection.execute(
            select(network_members.c.report_id, network_members.c.network_id)
        ):
            groups.setdefault(network_id, set()).add(report_id)
    return {frozenset(g) for g in groups.values()}


def assert_nothing_lost_or_doubled(engine: Engine, n_reports: int, per_network: int) -> None:
    with engine.connect() as connection:
        ids = Counter(connection.execute(select(reports.c.external_id)).scalars())
        members = connection.execute(select(func.count()).select_from(network_members)).scalar()
    assert len(ids) == n_reports and max(ids.values()) == 1
    assert members == n_reports
    linked = partition(engine)
    assert len(linked) == -(-n_reports // per_network)
    relink(engine, HubPolicy(), leiden_min_size=500, now=NOW)
    assert partition(engine) == linked


def test_kill_9_during_ingest_then_rerun_loses_and_duplicates_nothing(
    database_url: str, tmp_path: Path
) -> None:
    n_reports = 3000
    source = tmp_path / "reports.jsonl"
    source.write_text(
        "".join(json.dumps(row) + "\n" for row in chain_world(n_reports)), encoding="utf-8"
    )
    engine = kill_mid_ingest_then_rerun(database_url, source, n_reports)
    try:
        assert_nothing_lost_or_doubled(engine, n_reports, per_network=6)
    finally:
        engine.dispose()
