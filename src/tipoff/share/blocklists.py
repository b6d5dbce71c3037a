"""Blocklists for partners: the values worth blocking that a partner's clearance allows.

A value is blockable when a report the partner may receive (the one rule, through the
partner's ``Receiver``) uses it as a scam identifier: not common (``indicators.common``),
not merely mentioned, never a third party the victim cites (``BLOCKABLE_ROLES_EXCLUDED``,
as for STIX indicators). Each value carries the loosest marking of the reports behind it.
Two forms: plain text (one canonical value per line, one kind per file) and a MISP
warninglist. ``tipoff.share.lookups`` builds private lookups over the same set.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine

from tipoff.errors import ValidationError
from tipoff.model import TLP, IndicatorKind
from tipoff.share.mapping import BLOCKABLE_ROLES_EXCLUDED
from tipoff.share.partners import Partner
from tipoff.share.reads import reports_for_export

_RANK = {t.value: t.rank for t in TLP}

# MISP attribute types a warninglist entry of each kind should match.
MISP_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "phone": ("phone-number", "whois-registrant-phone"),
    "iban": ("iban",),
    "bic": ("bic",),
    "bank_account": ("bank-account-nr",),
    "wallet": ("btc", "xmr", "dash", "text"),
    "domain": ("domain", "hostname", "domain|ip"),
    "url": ("url", "link"),
    "email": ("email", "email-src", "email-dst", "whois-registrant-email"),
    "handle": ("text",),
}


def blockable(engine: Engine, partner: Partner) -> dict[tuple[str, str], str]:
    """(kind, canonical value) -> loosest marking, for what ``partner`` may be given."""
    receiver = partner.receiver()
    found: dict[tuple[str, str], str] = {}
    for report in reports_for_export(engine, partner.agency_id, receiver.viewer):
        if not receiver.may_receive(report.tlp, report.owner_id):
            continue
        for sighting in report.sightings:
            if sighting.common or sighting.role in BLOCKABLE_ROLES_EXCLUDED:
                continue
            key = (sighting.kind, sighting.value)
            known = found.get(key)
            if known is None or _RANK[report.tlp] < _RANK[known]:
                found[key] = report.tlp
    return found


def parse_kind(kind: str) -> str:
    try:
        return IndicatorKind(kind).value
    except ValueError as error:
        choices = ", ".join(k.value for k in IndicatorKind)
        raise ValidationError(
            f"unknown kind {kind[:40]!r}; use one of {choices}", path="kind"
        ) from error


def of_kind(values: dict[tuple[str, str], str], kind: str) -> dict[str, list[str]]:
    """Values of ``kind`` grouped by marking, as the disclosure trail records them."""
    grouped: dict[str, list[str]] = {}
    for (found_kind, value), marking in sorted(values.items()):
        if found_kind == kind:
            grouped.setdefault(marking, []).append(f"{kind}:{value}")
    return grouped


def plain_text(
    values: dict[tuple[str, str], str], kind: str, partner: Partner, at: datetime
) -> str:
    """One canonical value per line after a ``#`` header (the form most blockers read)."""
    listed = sorted(value for found_kind, value in values if found_kind == kind)
    header = (
        f"# tipoff blocklist: {kind} values from {partner.agency_code} for {partner.code} "
        f"(clearance {partner.clearance}), {len(listed)} values, {at.isoformat()}\n"
    )
    return header + "".join(f"{value}\n" for value in listed)


def misp_warninglist(
    values: dict[tuple[str, str], str], kind: str, partner: Partner, at: datetime
) -> dict[str, Any]:
    """A MISP warninglist (name, version, description, matching_attributes, type, list)."""
    return {
        "name": f"tipoff {partner.agency_code} scam {kind} values",
        "version": int(at.strftime("%Y%m%d%H%M")),
        "description": (
            f"{kind} values used in scams reported to {partner.agency_code}, for "
            f"{partner.code} (clearance {partner.clearance}); canonical tipoff forms"
        ),
        "matching_attributes": list(MISP_ATTRIBUTES[kind]),
        "type": "hostname" if kind == "domain" else "string",
        "list": sorted(value for found_kind, value in values if found_kind == kind),
    }
