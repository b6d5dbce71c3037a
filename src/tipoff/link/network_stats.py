"""Keep a stored network's statistics current when one report joins it.

Recomputing from every member costs O(network size) database reads (17 ms median, 78 ms
p99 on a 20k-report world with networks of 3,000 reports). Adding one report's
contribution to the stored row costs two small queries. Merges, rarer, recompute.

Growth counts are the counts at the last write: a network nobody touches keeps its
figures until the next relink (``tipoff relink`` recomputes every window against now).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Connection, and_, select, update

from tipoff.currency import usd_cents, usd_from_cents
from tipoff.link.harm import harm_score
from tipoff.link.network_tables import network_members, networks
from tipoff.store.records import as_utc
from tipoff.store.tables import reports

# The report columns a network's statistics are computed from (first and last seen, loss,
# countries, scam types, victims); read the same way by every path that computes them.
STAT_COLUMNS = (
    reports.c.received_at,
    reports.c.loss_usd,
    reports.c.victim_country,
    reports.c.scam_type,
    reports.c.reporter_scam_type,
    reports.c.victim_key,
)


def _tally(tallies: list[list[Any]], value: str | None) -> list[list[Any]]:
    """Add one report to a [[value, reports], ...] tally, most reports first."""
    if not value:
        return tallies
    counts = {str(v): int(n) for v, n in tallies}
    counts[value] = counts.get(value, 0) + 1
    return [[v, n] for v, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _new_victim(
    connection: Connection, network_id: int, report_id: int, victim_key: str | None
) -> bool:
    """False when another member already has this pseudonymous victim key."""
    if victim_key is None:
        return True
    other = connection.execute(
        select(reports.c.id)
        .join(network_members, network_members.c.report_id == reports.c.id)
        .where(
            and_(
                network_members.c.network_id == network_id,
                reports.c.victim_key == victim_key,
                reports.c.id != report_id,
            )
        )
        .limit(1)
    ).first()
    return other is None


def add_report_to_stats(
    connection: Connection, network_id: int, report_id: int, now: datetime
) -> bool:
    """Add one member's contribution to the stored row; False if there is no row to update."""
    row = connection.execute(select(networks).where(networks.c.id == network_id)).first()
    facts = connection.execute(select(*STAT_COLUMNS).where(reports.c.id == report_id)).first()
    if row is None or facts is None:
        return False
    received = as_utc(facts.received_at)
    victims = row.victims + int(_new_victim(connection, network_id, report_id, facts.victim_key))
    loss = usd_from_cents(usd_cents(row.loss_usd) + usd_cents(facts.loss_usd))
    countries = _tally(row.country_codes, facts.victim_country)
    types = _tally(row.scam_type_codes, facts.scam_type or facts.reporter_scam_type)
    recent_7 = received is not None and now - timedelta(days=7) <= received <= now
    recent_30 = received is not None and now - timedelta(days=30) <= received <= now
    growth_30d = row.growth_30d + int(recent_30)
    first, last = as_utc(row.first_seen), as_utc(row.last_seen)
    score = harm_score(
        np.array([loss]), np.array([victims]), np.array([len(countries)]), np.array([growth_30d])
    )[0]
    connection.execute(
        update(networks)
        .where(networks.c.id == network_id)
        .values(
            reports=row.reports + 1,
            victims=victims,
            loss_usd=loss,
            countries=len(countries),
            country_codes=countries,
            scam_types=len(types),
            scam_type_codes=types,
            first_seen=min(t for t in (first, received) if t is not None)
            if (first or received)
            else None,
            last_seen=max(t for t in (last, received) if t is not None)
            if (last or received)
            else None,
            growth_7d=row.growth_7d + int(recent_7),
            growth_30d=growth_30d,
            harm_score=float(score),
            updated_at=now,
        )
    )
    return True
