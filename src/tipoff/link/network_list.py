"""Ranked, filtered, paginated network listings, as each viewer sees them.

Networks whose members are all visible to the viewer are filtered, sorted and counted in SQL
on their stored rows; those with a hidden member come from ``visible_stats`` (recomputed
over the visible members, kept per link generation), are filtered in Python and merged into
the page in the same order. The operator's listing is the stored table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, func, select

from tipoff.errors import ValidationError
from tipoff.link.harm import SORT_FIELDS
from tipoff.link.network_tables import (
    NetworkRow,
    network_members,
    network_row_of,
    networks,
    sort_value,
)
from tipoff.link.visible_stats import MIN_VISIBLE, VIEWER_CACHE, id_list
from tipoff.store.records import as_utc
from tipoff.store.tables import reports
from tipoff.visibility import Viewer

SQL_INT_MAX = 2**63 - 1  # LIMIT and OFFSET are 64-bit signed integers on both backends


@dataclass(frozen=True, slots=True)
class NetworkQuery:
    """Filters, order and page of a network listing."""

    sort: str = "harm_score"
    descending: bool = True
    min_reports: int = 2
    max_reports: int | None = None
    country: str | None = None
    scam_type: str | None = None
    min_loss_usd: float | None = None
    min_harm: float | None = None
    seen_since: datetime | None = None  # last_seen on or after
    min_growth_7d: int | None = None
    min_growth_30d: int | None = None
    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        # Country codes are stored upper-case; every caller may pass "jp".
        if self.country is not None:
            object.__setattr__(self, "country", self.country.upper())


def list_networks(
    connection: Connection, query: NetworkQuery, viewer: Viewer
) -> tuple[list[NetworkRow], int]:
    """One page of networks matching ``query`` as ``viewer`` sees them, and how many match.

    Networks whose members are all visible are filtered, sorted and counted in SQL on their
    stored rows; only those with a hidden member are recomputed over their visible members
    (``visible_stats``), filtered in Python and merged into the page in the same order.
    """
    if query.sort not in SORT_FIELDS:
        raise ValidationError(f"sort must be one of {', '.join(SORT_FIELDS)}", path="sort")
    floor = query.min_reports if viewer.is_operator else max(query.min_reports, MIN_VISIBLE)
    conditions = _conditions(query, floor)
    if viewer.is_operator:
        return _stored_page(connection, query, conditions, query.offset)
    differ = VIEWER_CACHE.get(connection, viewer)
    head, clean_total = _stored_page(
        connection,
        query,
        [*conditions, networks.c.id.not_in(id_list(differ.hidden))],
        0,
        query.offset,
    )
    # Country and scam type must be those of a visible member.
    matching = _networks_with_members(connection, query, viewer, differ.rows)
    extra = [row for n, row in differ.rows.items() if n in matching and _matches(row, query, floor)]
    page = _ordered(head + extra, query)[query.offset : query.offset + query.limit]
    return page, clean_total + len(extra)


def _stored_page(
    connection: Connection,
    query: NetworkQuery,
    conditions: list[Any],
    offset: int,
    before: int = 0,
) -> tuple[list[NetworkRow], int]:
    """Stored rows matching ``conditions`` in ``query``'s order from ``offset`` (``before``
    more rows are read when the caller merges others in), and how many match."""
    total = (
        connection.execute(
            select(func.count()).select_from(networks).where(and_(*conditions))
        ).scalar()
        or 0
    )
    column = networks.c[query.sort]
    # NULL times last either way, on both backends, so Python merges in the same order.
    order = (column.desc() if query.descending else column.asc()).nulls_last()
    rows = connection.execute(
        select(networks)
        .where(and_(*conditions))
        .order_by(order, networks.c.id)
        # An agency's page reads the ``before`` rows too: offset 2^63-1 plus a page overflowed.
        .limit(min(query.limit + before, SQL_INT_MAX))
        .offset(offset)
    ).all()
    return [network_row_of(r) for r in rows], int(total)


def _ordered(rows: list[NetworkRow], query: NetworkQuery) -> list[NetworkRow]:
    """``rows`` in the SQL order: the sort field (NULL last), then id ascending."""
    rows = sorted(rows, key=lambda r: r["id"])
    known = [r for r in rows if sort_value(r, query.sort) is not None]
    unknown = [r for r in rows if sort_value(r, query.sort) is None]
    known.sort(key=lambda r: sort_value(r, query.sort), reverse=query.descending)  # ids stay sorted
    return known + unknown


def _matches(row: NetworkRow, query: NetworkQuery, floor: int) -> bool:
    """``query``'s bounds on a recomputed network (what ``_conditions`` says in SQL; country
    and scam type were applied to its visible members in SQL already)."""
    bounds: tuple[tuple[Any, Any, bool], ...] = (
        (floor, row["reports"], True),
        (query.max_reports, row["reports"], False),
        (query.min_loss_usd, row["loss_usd"], True),
        (query.min_harm, row["harm_score"], True),
        (as_utc(query.seen_since), row["last_seen"], True),
        (query.min_growth_7d, row["growth_7d"], True),
        (query.min_growth_30d, row["growth_30d"], True),
    )
    for bound, value, at_least in bounds:
        if bound is None:
            continue
        if value is None or (value < bound if at_least else value > bound):
            return False
    return True


def _networks_with_members(
    connection: Connection, query: NetworkQuery, viewer: Viewer, rows: dict[int, Any]
) -> set[int]:
    """Those of ``rows`` with a visible member of ``query``'s country and scam type."""
    if not rows or (query.country is None and query.scam_type is None):
        return set(rows)
    found = select(networks.c.id).where(
        networks.c.id.in_(id_list(rows)), *_member_conditions(query, viewer)
    )
    return {int(n) for n in connection.execute(found).scalars()}


def _member_conditions(query: NetworkQuery, viewer: Viewer) -> list[Any]:
    """Networks with a member of ``query``'s country / scam type that ``viewer`` may see."""
    conditions: list[Any] = []
    for wanted, member_column in (
        (query.country, reports.c.victim_country),
        (query.scam_type, reports.c.scam_type),
    ):
        if wanted is not None:
            members = (
                select(network_members.c.network_id)
                .join(reports, reports.c.id == network_members.c.report_id)
                .where(member_column == wanted, viewer.clause(reports.c.tlp, reports.c.agency_id))
            )
            conditions.append(networks.c.id.in_(members))
    return conditions


def _conditions(query: NetworkQuery, floor: int) -> list[Any]:
    c = networks.c
    conditions: list[Any] = [c.reports >= floor]
    bounds = (
        (query.max_reports, c.reports, "<="),
        (query.min_loss_usd, c.loss_usd, ">="),
        (query.min_harm, c.harm_score, ">="),
        (query.seen_since, c.last_seen, ">="),
        (query.min_growth_7d, c.growth_7d, ">="),
        (query.min_growth_30d, c.growth_30d, ">="),
    )
    for value, column, op in bounds:
        if value is not None:
            conditions.append(column <= value if op == "<=" else column >= value)
    # On stored rows every member counts (the operator's view, or a prefilter for others).
    return conditions + _member_conditions(query, Viewer.operator())
