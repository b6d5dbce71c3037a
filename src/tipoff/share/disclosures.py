"""The disclosure trail: which partner received which object, under which marking, and why.

Every TAXII response that carries objects or their ids (objects, object by id, versions,
manifest) and every page pushed to a partner appends one ``disclose`` row to the
append-only audit log: the partner, its clearance, the purpose of the partnership, the
endpoint, and every object id grouped by TLP marking. File exports already append one
``export`` row each (``tipoff.share.export``). ``disclosures`` reads both back for the
owning agency (``tipoff share disclosures``), oldest first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, or_, select

from tipoff.share.partners import Partner
from tipoff.store.protocol import ReportStore
from tipoff.store.records import AuditEntry, as_utc
from tipoff.store.tables import audit_log

ACTION = "disclose"


def record_disclosure(
    store: ReportStore,
    partner: Partner,
    disclosed: dict[str, list[str]],
    *,
    at: datetime,
    endpoint: str,
) -> None:
    """Append one ``disclose`` row for what ``partner`` just received (nothing: no row)."""
    if not disclosed:
        return
    store.append_audit(
        AuditEntry(
            at=at,
            actor=f"taxii partner {partner.code}",
            action=ACTION,
            object_type="stix-objects",
            object_ref=partner.agency_code,
            detail={
                "partner": partner.code,
                "clearance": partner.clearance,
                "purpose": partner.purpose,
                "endpoint": endpoint,
                "count": sum(len(ids) for ids in disclosed.values()),
                "objects": disclosed,
            },
        )
    )


@dataclass(frozen=True, slots=True)
class Disclosure:
    """One audit row of a disclosure by the agency (TAXII or file export)."""

    at: datetime
    actor: str
    action: str
    detail: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            **self.detail,
        }


def disclosures(
    engine: Engine, agency_code: str, *, partner: str | None = None, batch: int = 1000
) -> Iterator[Disclosure]:
    """Every disclosure by ``agency_code`` (TAXII and file exports), oldest first."""
    query = (
        select(
            audit_log.c.id,
            audit_log.c.at,
            audit_log.c.actor,
            audit_log.c.action,
            audit_log.c.object_ref,
            audit_log.c.detail,
        )
        .where(
            or_(
                (audit_log.c.action == ACTION) & (audit_log.c.object_ref == agency_code),
                audit_log.c.action == "export",
            )
        )
        .order_by(audit_log.c.id)
    )
    last = 0
    while True:
        with engine.connect() as connection:
            rows = connection.execute(query.where(audit_log.c.id > last).limit(batch)).all()
        for row in rows:
            detail = dict(row.detail)
            if row.action == "export" and detail.get("sender") != agency_code:
                continue
            if partner is not None and detail.get("partner") != partner:
                continue
            at = as_utc(row.at)
            assert at is not None
            yield Disclosure(at, row.actor, row.action, detail)
        if len(rows) < batch:
            return
        last = rows[-1].id
