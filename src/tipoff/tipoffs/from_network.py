"""A tip-off drafted from a linked network, as the sending agency sees it.

Each part is built from the member reports the partner may receive (the others are left
out of the draft and counted, so the analyst knows before sending), and each part carries
the most restrictive marking among the reports it was built from: derived facts follow
their sources (``tipoff.visibility``). Victims are counted by country and loss only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from tipoff.currency import sum_usd
from tipoff.errors import ValidationError
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_detail import member_sightings, network_detail
from tipoff.model import TLP
from tipoff.share.reads import may_pass_on
from tipoff.share.receivers import Receiver
from tipoff.store.records import Agency
from tipoff.tipoffs.model import Draft, Part, check_draft, new_uid
from tipoff.visibility import Viewer

SUSPECT_KINDS = {
    "phone": "phones",
    "handle": "handles",
    "iban": "accounts",
    "bank_account": "accounts",
    "wallet": "wallets",
}
MAX_LISTED = 200


@dataclass(frozen=True, slots=True)
class NetworkDraft:
    draft: Draft
    reports_used: int
    reports_left_out: int  # member reports the partner may not receive


def _strictest(markings: Sequence[str]) -> str:
    return max((TLP(m) for m in markings), key=lambda level: level.rank).value


def draft_from_network(
    connection: Connection,
    network_id: int,
    agency: Agency,
    receiver: Receiver,
    *,
    recipient: str,
    title: str | None = None,
    urgency: str = "urgent",
    deadline: datetime | None = None,
    actions: Sequence[str] = ("investigate",),
    location: Mapping[str, Any] | None = None,
    location_tlp: str = "amber",
) -> NetworkDraft:
    """A checked draft of a tip-off about network ``network_id`` for ``receiver``."""
    viewer = Viewer.agency(agency.id)
    detail = network_detail(connection, network_id, viewer, HubPolicy())
    members = detail.reports
    # Only the agency's own reports leave in its tip-off, as in its exports: another
    # agency's reports (and their external ids) are that agency's to share, and what it was
    # given under AMBER by a partner is not passed on (share.reads.may_pass_on).
    used = [
        r
        for r in members
        if r["agency"] == agency.code
        and receiver.may_receive(r["tlp"], agency.id)
        and may_pass_on(agency.id, r["external_id"], r["tlp"], agency.id, receiver.viewer)
    ]
    if not used:
        raise ValidationError(
            f"none of network {network_id}'s reports are this agency's to send to the partner",
            path="network",
        )
    marking = {r["id"]: r["tlp"] for r in used}
    ids = [r["external_id"] for r in used]
    base = _strictest(list(marking.values()))
    suspects: dict[str, set[str]] = {name: set() for name in SUSPECT_KINDS.values()}
    cited: dict[tuple[str, str], set[int]] = {}
    suspect_sources: list[str] = []
    for report_id, _indicator, kind, value, common in member_sightings(
        connection, detail.network["id"], viewer
    ):
        if report_id not in marking or common:
            continue
        cited.setdefault((kind, value), set()).add(report_id)
        if kind in SUSPECT_KINDS:
            suspects[SUSPECT_KINDS[kind]].add(value)
            suspect_sources.append(marking[report_id])
    shared = sorted(
        ((kind, value, rows) for (kind, value), rows in cited.items() if len(rows) > 1),
        key=lambda item: (-len(item[2]), item[0], item[1]),
    )[:MAX_LISTED]
    why = [f"{kind} {value} is in {len(rows)} of these reports" for kind, value, rows in shared]
    countries = sorted({r["victim_country"] for r in used if r["victim_country"]})
    losses = sum_usd(r["loss_usd"] for r in used)
    parts = [
        Part(
            "network",
            base,
            {
                "name": f"network {detail.network['id']}",
                "summary": f"{len(used)} linked reports, {len(countries)} victim countries",
                "reports": ids[:MAX_LISTED],
                "size": len(used),
            },
        ),
        Part("victims", base, {"countries": countries, "count": len(used), "losses_usd": losses}),
        Part("actions", "amber", {"requested": list(actions)}),
    ]
    if any(suspects.values()):
        body = {k: sorted(v)[:MAX_LISTED] for k, v in suspects.items()}
        parts.append(Part("suspects", _strictest(suspect_sources), body))
    if why:
        evidence_sources = [marking[r] for _, _, rows in shared for r in rows]
        parts.append(
            Part("evidence", _strictest(evidence_sources), {"why_linked": why, "reports": []})
        )
    if location:
        parts.append(Part("location", location_tlp, dict(location)))
    draft = Draft(
        new_uid(),
        agency.code,
        recipient,
        title or f"Network {detail.network['id']}: {len(used)} linked scam reports",
        urgency,
        deadline,
        tuple(parts),
        f"network-{detail.network['id']}",
    )
    return NetworkDraft(check_draft(draft), len(used), len(members) - len(used))
