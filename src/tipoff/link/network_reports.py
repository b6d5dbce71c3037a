"""One network's member reports, a page at a time, in the order the reader asks for.

This is how a user finds the report ids of a network (for ``tipoff network ID --from A --to
B``, ``tipoff reports show``, the API's explain route, the dashboard's report table). The
network must exist for the viewer (``queries.visible_network``: a retired id follows its
redirect; a hidden network is the same NotFound as an unknown id), and only the member
reports the viewer may see are listed or counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

from sqlalchemy import Connection, func, select

from tipoff.errors import ValidationError
from tipoff.link.network_detail import member_reports_query, visible_network
from tipoff.link.network_tables import network_members
from tipoff.store.records import as_utc
from tipoff.store.tables import reports
from tipoff.visibility import Viewer

ReportSort = Literal["received_at", "loss_usd", "id", "victim_country", "scam_type", "sub_network"]
REPORT_SORTS: tuple[str, ...] = get_args(ReportSort)
MAX_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class NetworkReportPage:
    """One page of a network's visible member reports."""

    network_id: int  # the live id (a retired id was followed to it)
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        """Where the next page starts, or None after the last one."""
        following = self.offset + len(self.items)
        return following if following < self.total and self.items else None


def _order(sort: str, descending: bool) -> list[Any]:
    column = {
        "received_at": reports.c.received_at,
        "loss_usd": reports.c.loss_usd,
        "id": reports.c.id,
        "victim_country": reports.c.victim_country,
        "scam_type": reports.c.scam_type,
        "sub_network": network_members.c.sub_network,
    }[sort]
    # Unknown values (no loss given, no country) come last either way; the id breaks ties so
    # pages never overlap or skip a report.
    ordered = column.desc() if descending else column.asc()
    tie = reports.c.id.desc() if descending else reports.c.id.asc()
    return [column.is_(None), ordered, tie]


def network_reports(
    connection: Connection,
    network_id: int,
    viewer: Viewer,
    sort: str = "received_at",
    descending: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> NetworkReportPage:
    """The member reports of ``network_id`` that ``viewer`` may see, sorted, one page.

    ``sort`` is one of ``REPORT_SORTS``; NotFound when the network does not exist for the
    viewer, ValidationError for a bad sort or page.
    """
    if sort not in REPORT_SORTS:
        raise ValidationError(f"sort must be one of {', '.join(REPORT_SORTS)}", path="sort")
    if not 1 <= limit <= MAX_LIMIT or offset < 0:
        raise ValidationError(f"limit must be 1-{MAX_LIMIT} and offset 0 or more", path="limit")
    live = visible_network(connection, network_id, viewer)
    where = (
        network_members.c.network_id == live,
        viewer.clause(reports.c.tlp, reports.c.agency_id),
    )
    total = connection.execute(
        select(func.count())
        .select_from(network_members)
        .join(reports, reports.c.id == network_members.c.report_id)
        .where(*where)
    ).scalar_one()
    rows = connection.execute(
        member_reports_query(live, viewer)
        .order_by(*_order(sort, descending))
        .limit(limit)
        .offset(offset)
    ).all()
    items = [
        {
            "id": r.id,
            "external_id": r.external_id,
            "agency": r.code,
            "tlp": r.tlp,
            "received_at": as_utc(r.received_at),
            "victim_country": r.victim_country,
            "channel": r.channel,
            "scam_type": r.scam_type,
            "loss_usd": r.loss_usd,
            "sub_network": r.sub_network,
        }
        for r in rows
    ]
    return NetworkReportPage(live, items, int(total), limit, offset)
