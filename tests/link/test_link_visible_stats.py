"""Per-viewer network statistics equal a recomputation from the visible members alone.

``link.visible_stats`` derives them from the stored rows less the hidden members (cost
follows the hidden members). Here random worlds (three agencies, every TLP marking, shared
and blank victim keys, missing countries and losses, a relink and then incremental adds at
a later time) are checked against ``link.harm.harm_table`` run on each viewer's visible
members: any figure that still carried a hidden member would differ.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pytest
from sqlalchemy import Engine, select

from tipoff.link.harm import ReportFacts, harm_table
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_detail import network_detail
from tipoff.link.network_list import NetworkQuery, list_networks
from tipoff.link.network_tables import network_members, networks
from tipoff.link.persistence import LinkUpdater, relink
from tipoff.link.stored_world import codes, epoch
from tipoff.model import TLP
from tipoff.store.records import NewReport, NewSighting, as_utc
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import reports
from tipoff.visibility import Viewer

NOW = datetime(2026, 5, 1, tzinfo=UTC)
POLICY = HubPolicy(1000)


def _report(rng: random.Random, i: int, received: datetime) -> NewReport:
    phones = rng.sample(range(18), rng.randint(1, 2))
    return NewReport(
        external_id=f"r{i}",
        received_at=received,
        tlp=rng.choice([t.value for t in TLP]),
        victim_country=rng.choice(["JP", "KH", "TH", None, ""]),
        loss_usd=rng.choice([None, 0.1, 12.5, 1000.0, 333.33]),
        scam_type=rng.choice(["investment", "romance", None]),
        reporter_scam_type=rng.choice(["job.task", None]),
        victim_key=rng.choice(["k1", "k2", "k3", "k4", None]),
        sightings=tuple(
            NewSighting("phone", f"+8551{p:07d}", "caller", "x", "narrative") for p in phones
        ),
    )


def _expected(engine: Engine, viewer: Viewer) -> dict[int, dict[str, Any]]:
    """Every network with 2+ visible members, computed from those members alone."""
    with engine.connect() as connection:
        anchor = {
            int(i): as_utc(at)
            for i, at in connection.execute(select(networks.c.id, networks.c.updated_at))
        }
        rows = connection.execute(
            select(network_members.c.network_id, reports).join(
                reports, reports.c.id == network_members.c.report_id
            )
        ).all()
    per: dict[int, list[Any]] = {}
    for row in rows:
        if viewer.sees(row.tlp, row.agency_id):
            per.setdefault(int(row.network_id), []).append(row)
    out = {}
    for n, members in per.items():
        if len(members) < 2:
            continue
        country, _ = codes([m.victim_country for m in members])
        types = [m.scam_type or m.reporter_scam_type for m in members]
        victim, _ = codes([m.victim_key for m in members])
        facts = ReportFacts(
            np.zeros(len(members), dtype=np.int64),
            np.array([epoch(m.received_at) for m in members]),
            np.array([np.nan if m.loss_usd is None else m.loss_usd for m in members]),
            country,
            codes(types)[0],
            victim,
        )
        table = harm_table(facts, 1, epoch(anchor[n]))
        tally = Counter(m.victim_country for m in members if m.victim_country)
        out[n] = {
            "reports": int(table.reports[0]),
            "victims": int(table.victims[0]),
            "loss_usd": round(float(table.loss_usd[0]), 2),
            "countries": int(table.countries[0]),
            "country_codes": sorted(
                [[c, k] for c, k in tally.items()], key=lambda x: (-x[1], x[0])
            ),
            "scam_types": int(table.scam_types[0]),
            "first_seen": table.first_seen[0],
            "last_seen": table.last_seen[0],
            "growth_7d": int(table.growth_7d[0]),
            "growth_30d": int(table.growth_30d[0]),
            "harm_score": float(table.harm_score[0]),
        }
    return out


def _hidden_networks(engine: Engine, viewer: Viewer) -> set[int]:
    with engine.connect() as connection:
        rows = connection.execute(
            select(network_members.c.network_id, reports.c.tlp, reports.c.agency_id).join(
                reports, reports.c.id == network_members.c.report_id
            )
        ).all()
    return {int(n) for n, tlp, owner in rows if not viewer.sees(tlp, owner)}


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_visible_statistics_equal_a_recomputation_from_visible_members(
    engine: Engine, seed: int
) -> None:
    rng = random.Random(seed)
    store = SqlReportStore(engine)
    agencies = [store.add_agency(code, code, "JP", at=NOW) for code in ("A", "B", "C")]
    for i in range(60):
        received = NOW - timedelta(days=rng.randint(0, 50), hours=rng.randint(0, 23))
        store.save_reports(rng.choice(agencies), [_report(rng, i, received)], at=NOW, actor="t")
    relink(engine, POLICY, 10_000, NOW)
    later = NOW + timedelta(days=3)
    added = []
    for i in range(60, 75):
        received = later - timedelta(days=rng.randint(0, 10))
        added += store.save_reports(
            rng.choice(agencies), [_report(rng, i, received)], at=later, actor="t"
        )
    LinkUpdater(engine, POLICY).add([s.id for s in added], later)
    viewers = [Viewer.agency(a.id) for a in agencies] + [
        Viewer.public(),
        Viewer.public(include_green=True),
    ]
    for viewer in viewers:
        expected = _expected(engine, viewer)
        hidden = _hidden_networks(engine, viewer)
        with engine.connect() as connection:
            listed, total = list_networks(connection, NetworkQuery(limit=1000), viewer)
            details = {n: network_detail(connection, n, viewer, POLICY).network for n in expected}
        assert {r["id"] for r in listed} == set(expected) and total == len(expected)
        for row in [*listed, *details.values()]:
            want = expected[row["id"]]
            got = dict(row)
            for name in ("first_seen", "last_seen"):
                got[name] = epoch(got[name])
            if row["id"] not in hidden:  # stored row: growth is "at the last write"
                for name in ("growth_7d", "growth_30d", "harm_score"):
                    got.pop(name)
            for name, value in want.items():
                if name not in got:
                    continue
                if isinstance(value, float):
                    assert got[name] == pytest.approx(value, abs=1e-3), (viewer, name)
                else:
                    assert got[name] == value, (viewer, row["id"], name)
