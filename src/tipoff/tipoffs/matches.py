"""A tip-off's suspects matched against the agency's own picture.

The receiving agency reads a tip-off's suspects (phones, handles, accounts, wallets) in
its own canonical forms and finds them among the reports and networks **it may see**
(``tipoff.visibility``, the same rule as every read): "your network 12 shares 3 of this
tip-off's identifiers". Common (warninglisted) values are left out, as they link nothing.
Works for either direction; the dashboard and API show it on received tip-offs.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, tuple_

from tipoff.indicators.canonical import canonicalize
from tipoff.link.network_tables import network_members
from tipoff.link.related import existing_networks
from tipoff.store.indicator_matches import cites
from tipoff.store.tables import indicators, reports, sightings
from tipoff.tipoffs.model import Tipoff
from tipoff.visibility import Viewer

# Keys of a suspects part and the indicator kinds their values may be.
SUSPECT_KINDS: dict[str, tuple[str, ...]] = {
    "phones": ("phone",),
    "handles": ("handle",),
    "accounts": ("iban", "bank_account"),
    "wallets": ("wallet",),
}
_CHUNK = 300


@dataclass(frozen=True, slots=True)
class NetworkMatch:
    """One of the agency's networks and the tip-off's identifiers its reports cite."""

    network_id: int
    identifiers: tuple[tuple[str, str], ...]  # (kind, canonical value)
    reports: int  # the agency-visible reports of the network citing them


@dataclass(frozen=True, slots=True)
class Matches:
    checked: int  # identifiers read from the suspects part (canonical, distinct)
    identifiers: tuple[tuple[str, str], ...]  # those found in reports the agency may see
    reports: int  # such reports
    networks: tuple[NetworkMatch, ...]  # most shared identifiers first

    def as_json(self) -> dict[str, object]:
        return {
            "checked": self.checked,
            "matched": [{"kind": k, "value": v} for k, v in self.identifiers],
            "reports": self.reports,
            "networks": [
                {
                    "network": m.network_id,
                    "shared": len(m.identifiers),
                    "identifiers": [{"kind": k, "value": v} for k, v in m.identifiers],
                    "reports": m.reports,
                }
                for m in self.networks
            ],
        }


def suspect_identifiers(tipoff: Tipoff) -> list[tuple[str, str]]:
    """The suspects part's values as (kind, canonical value), distinct, in order."""
    found: dict[tuple[str, str], None] = {}
    for part in tipoff.parts:
        if part.kind != "suspects":
            continue
        for key, kinds in SUSPECT_KINDS.items():
            values = part.body.get(key, [])
            for value in values if isinstance(values, list) else []:
                if not isinstance(value, str):
                    continue
                for kind in kinds:
                    canonical = canonicalize(kind, value)
                    if canonical:
                        found[(kind, canonical)] = None
    return list(found)


def match_tipoff(connection: Connection, tipoff: Tipoff, viewer: Viewer) -> Matches:
    """The tip-off's suspects among the reports and networks ``viewer`` may see."""
    wanted = suspect_identifiers(tipoff)
    rows: list[tuple[str, str, int, int | None]] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        query = (
            select(
                indicators.c.kind, indicators.c.value, reports.c.id, network_members.c.network_id
            )
            .join(sightings, sightings.c.indicator_id == indicators.c.id)
            .join(reports, reports.c.id == sightings.c.report_id)
            .outerjoin(network_members, network_members.c.report_id == reports.c.id)
            .where(
                tuple_(indicators.c.kind, indicators.c.value).in_(chunk),
                indicators.c.common.is_(False),
                viewer.clause(reports.c.tlp, reports.c.agency_id),
                cites(),
            )
        )
        rows += [
            (r[0], r[1], int(r[2]), None if r[3] is None else int(r[3]))
            for r in connection.execute(query)
        ]
    existing = existing_networks(connection, {r[3] for r in rows if r[3] is not None}, viewer)
    per_network: dict[int, tuple[set[tuple[str, str]], set[int]]] = {}
    for kind, value, report_id, network_id in rows:
        if network_id is not None and network_id in existing:
            shared, members = per_network.setdefault(network_id, (set(), set()))
            shared.add((kind, value))
            members.add(report_id)
    networks = sorted(
        (
            NetworkMatch(n, tuple(sorted(shared)), len(members))
            for n, (shared, members) in per_network.items()
        ),
        key=lambda m: (-len(m.identifiers), -m.reports, m.network_id),
    )
    matched = sorted({(kind, value) for kind, value, _, _ in rows})
    return Matches(len(wanted), tuple(matched), len({r[2] for r in rows}), tuple(networks))
