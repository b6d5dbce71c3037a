"""Tables of the link part (migration 0002): networks, their members, retired ids.

Storage is linear in reports: one ``network_members`` row per report, one ``networks``
row per network (at most one per report), one ``network_redirects`` row per retired id.
There are no pairwise correlation rows: which reports share an identifier is read from
``sightings`` when needed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypedDict

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
)
from sqlalchemy.dialects.postgresql import JSONB

from tipoff.store.records import as_utc
from tipoff.store.tables import metadata

Json = JSON().with_variant(JSONB(), "postgresql")
Timestamp = DateTime(timezone=True)

networks = Table(
    "networks",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("reports", Integer, nullable=False),
    Column("victims", Integer, nullable=False),
    Column("loss_usd", Float, nullable=False),
    Column("countries", Integer, nullable=False),
    Column("country_codes", Json, nullable=False),  # [[code, reports], ...] most reports first
    Column("scam_types", Integer, nullable=False),
    Column("scam_type_codes", Json, nullable=False),
    Column("first_seen", Timestamp, nullable=True),
    Column("last_seen", Timestamp, nullable=True),
    Column("growth_7d", Integer, nullable=False),
    Column("growth_30d", Integer, nullable=False),
    Column("harm_score", Float, nullable=False),
    Column("sub_networks", Integer, nullable=False),  # 0: not split by Leiden
    Column("updated_at", Timestamp, nullable=False),
    Index("ix_networks_harm_score", "harm_score"),
    Index("ix_networks_reports", "reports"),
)

network_members = Table(
    "network_members",
    metadata,
    Column(
        "report_id",
        BigInteger,
        ForeignKey("reports.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("network_id", BigInteger, nullable=False),
    Column("sub_network", Integer, nullable=False),  # 0: the network is not split
    Index("ix_network_members_network_id", "network_id"),
)

network_redirects = Table(
    "network_redirects",
    metadata,
    Column("old_id", BigInteger, primary_key=True, autoincrement=False),
    Column("new_id", BigInteger, nullable=False),
    Column("merged_at", Timestamp, nullable=False),
    Column("reason", String(16), nullable=False),  # "merge" (a report joined them) or "relink"
    Index("ix_network_redirects_new_id", "new_id"),
)

# Indicators the last relink stopped using to link although they are neither warninglisted
# nor over the count threshold: victims cite them as a third party ("reference") or a service
# they bought from ("service": an OTC seller, an exchange, a crypto ATM), they
# straddle communities ("spread"), no group holds most of their reports ("bridge": they
# relate networks, tipoff.link.evidence), or crews pay into them alike ("shared_payee"), or
# a phone seen only as a caller or in the victims' words is shared by unrelated crews
# ("caller_id": a spoofed police or bank line, tipoff.link.caller_ids). Shown to analysts as
# hubs; incremental adds skip them.
link_hubs = Table(
    "link_hubs",
    metadata,
    Column(
        "indicator_id",
        BigInteger,
        ForeignKey("indicators.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("reason", String(16), nullable=False),
    Column("decided_at", Timestamp, nullable=False),
)

LINK_TABLES = ("networks", "network_members", "network_redirects", "link_hubs")


class NetworkRow(TypedDict):
    """One ``networks`` row as plain data (timestamps in UTC), stored or as a viewer sees it."""

    id: int
    reports: int
    victims: int
    loss_usd: float
    countries: int
    country_codes: list[list[Any]]  # [[code, reports], ...], most reports first
    scam_types: int
    scam_type_codes: list[list[Any]]
    first_seen: datetime | None
    last_seen: datetime | None
    growth_7d: int
    growth_30d: int
    harm_score: float
    sub_networks: int  # 0: not split by Leiden
    updated_at: datetime


def network_row_of(row: Any) -> NetworkRow:
    """A selected ``networks`` row (a SQLAlchemy Row) as a NetworkRow."""
    data = row._mapping
    return NetworkRow(
        id=data["id"],
        reports=data["reports"],
        victims=data["victims"],
        loss_usd=data["loss_usd"],
        countries=data["countries"],
        country_codes=data["country_codes"],
        scam_types=data["scam_types"],
        scam_type_codes=data["scam_type_codes"],
        first_seen=as_utc(data["first_seen"]),
        last_seen=as_utc(data["last_seen"]),
        growth_7d=data["growth_7d"],
        growth_30d=data["growth_30d"],
        harm_score=data["harm_score"],
        sub_networks=data["sub_networks"],
        updated_at=as_utc(data["updated_at"]),
    )


def sort_value(row: NetworkRow, field: str) -> Any:
    """The value of one of ``tipoff.link.harm.SORT_FIELDS`` in ``row``."""
    return _SORT_VALUE[field](row)


_SORT_VALUE: dict[str, Callable[[NetworkRow], Any]] = {
    "harm_score": lambda r: r["harm_score"],
    "victims": lambda r: r["victims"],
    "reports": lambda r: r["reports"],
    "loss_usd": lambda r: r["loss_usd"],
    "countries": lambda r: r["countries"],
    "scam_types": lambda r: r["scam_types"],
    "first_seen": lambda r: r["first_seen"],
    "last_seen": lambda r: r["last_seen"],
    "growth_7d": lambda r: r["growth_7d"],
    "growth_30d": lambda r: r["growth_30d"],
}
