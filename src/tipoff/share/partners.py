"""Partners: the organisations an agency shares with over TAXII, and their credentials.

A partner belongs to one agency. Inbound (the partner reads our TAXII server) it has a
clearance (``own``, ``amber``, ``green`` or ``clear``, as ``tipoff share export --to``:
``own`` means the partner *is* the agency's own organisation, the only receiver of its
AMBER+STRICT), a purpose written into every disclosure audit row, and a key issued by
tipoff's key machinery (``tipoff.keys``: ``tpk_<prefix>_<secret>``, stored as prefix
and SHA-256, compared in constant time). It authenticates with HTTP Basic (user = its
code, password = the key), as TAXII 2.1 requires servers to support, or ``Bearer <key>``.

Outbound (``tipoff share pull|push``) it has the URL of its own API root, the collections
to pull from and push to, the credential it issued us, and the cursors.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from tipoff.agencies import AGENCY_CODE
from tipoff.errors import Conflict, NotFound, ValidationError
from tipoff.keys import hash_key, key_prefix, new_key
from tipoff.share.receivers import Clearance, Receiver, receiver_for
from tipoff.share.tables import share_partners
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency, AuditEntry, as_utc
from tipoff.store.tables import agencies


@dataclass(frozen=True, slots=True)
class Partner:
    """A partner record (never its key hash)."""

    id: int
    agency_id: int
    agency_code: str
    code: str
    name: str
    clearance: str
    purpose: str
    remote_url: str | None = None
    remote_collection: str | None = None
    remote_inbox: str | None = None
    remote_user: str | None = None
    remote_key: str | None = None
    pull_after: str | None = None
    pull_next: str | None = None
    push_after: str | None = None

    def receiver(self) -> Receiver:
        """Who this partner is to the visibility rule (its clearance, for its agency)."""
        found = receiver_for(self.clearance, self.agency_id)
        return Receiver(f"partner {self.code} ({found.label})", found.viewer)


def _clearance(text: str) -> str:
    try:
        return Clearance(text.lower()).value
    except ValueError as error:
        choices = ", ".join(c.value for c in Clearance)
        raise ValidationError(
            f"unknown clearance {text!r}; use one of {choices}", path="clearance"
        ) from error


_COLUMNS = (
    share_partners.c.id,
    share_partners.c.agency_id,
    agencies.c.code.label("agency_code"),
    share_partners.c.code,
    share_partners.c.name,
    share_partners.c.clearance,
    share_partners.c.purpose,
    share_partners.c.remote_url,
    share_partners.c.remote_collection,
    share_partners.c.remote_inbox,
    share_partners.c.remote_user,
    share_partners.c.remote_key,
    share_partners.c.pull_after,
    share_partners.c.pull_next,
    share_partners.c.push_after,
)


def _select() -> Any:
    return select(*_COLUMNS).join(agencies, agencies.c.id == share_partners.c.agency_id)


def _partner(row: Any) -> Partner:
    return Partner(**row._asdict())


def add_partner(
    store: ReportStore,
    engine: Engine,
    agency: Agency,
    code: str,
    *,
    clearance: str,
    name: str | None = None,
    purpose: str = "threat intelligence sharing",
    at: datetime,
    actor: str,
) -> tuple[Partner, str]:
    """Create a partner of ``agency`` and its first key; (partner, key in clear, shown once)."""
    if not AGENCY_CODE.fullmatch(code):
        raise ValidationError("partner code must be 1-64 letters, digits, '-' or '_'", path="code")
    level = _clearance(clearance)
    key = new_key()
    row = {
        "agency_id": agency.id,
        "code": code,
        "name": (name or code)[:300],
        "clearance": level,
        "purpose": purpose[:300],
        "key_prefix": key_prefix(key),
        "key_hash": hash_key(key),
        "created_at": as_utc(at),
    }
    try:
        with engine.begin() as connection:
            connection.execute(insert(share_partners), row)
    except IntegrityError as error:
        raise Conflict(f"{agency.code} already has a partner {code}") from error
    store.append_audit(
        AuditEntry(
            at,
            actor,
            "partner_create",
            "share_partner",
            f"{agency.code}/{code}",
            {"clearance": level, "purpose": row["purpose"], "prefix": row["key_prefix"]},
        )
    )
    return get_partner(engine, agency, code), key


def get_partner(engine: Engine, agency: Agency, code: str) -> Partner:
    """The partner ``code`` of ``agency``; NotFound otherwise."""
    query = _select().where(share_partners.c.agency_id == agency.id, share_partners.c.code == code)
    with engine.connect() as connection:
        row = connection.execute(query).first()
    if row is None:
        raise NotFound(f"{agency.code} has no partner {code}")
    return _partner(row)


def list_partners(engine: Engine, agency: Agency) -> list[Partner]:
    """The partners of ``agency`` (revoked ones too), by code."""
    query = _select().where(share_partners.c.agency_id == agency.id).order_by(share_partners.c.code)
    with engine.connect() as connection:
        return [_partner(row) for row in connection.execute(query)]


def rotate_key(
    store: ReportStore, engine: Engine, partner: Partner, *, at: datetime, actor: str
) -> str:
    """A new key for ``partner`` (the old one stops working at once); shown once."""
    key = new_key()
    prefix = key_prefix(key)
    with engine.begin() as connection:
        connection.execute(
            update(share_partners)
            .where(share_partners.c.id == partner.id)
            .values(key_prefix=prefix, key_hash=hash_key(key), revoked_at=None)
        )
    ref = f"{partner.agency_code}/{partner.code}"
    store.append_audit(
        AuditEntry(at, actor, "partner_key", "share_partner", ref, {"prefix": prefix})
    )
    return key


def revoke_partner(
    store: ReportStore, engine: Engine, partner: Partner, *, at: datetime, actor: str
) -> None:
    """The partner's key stops working (its records and audit trail stay)."""
    with engine.begin() as connection:
        connection.execute(
            update(share_partners)
            .where(share_partners.c.id == partner.id)
            .values(revoked_at=as_utc(at), key_hash=None)
        )
    ref = f"{partner.agency_code}/{partner.code}"
    store.append_audit(AuditEntry(at, actor, "partner_revoke", "share_partner", ref, {}))


def set_remote(
    engine: Engine,
    partner: Partner,
    *,
    url: str,
    collection: str | None,
    inbox: str | None,
    user: str | None,
    key: str | None,
) -> Partner:
    """Store where the partner's own TAXII server is (for pull and push)."""
    if not url.startswith(("https://", "http://")):
        raise ValidationError("the partner's API root must be an http(s) URL", path="url")
    values = {
        "remote_url": url if url.endswith("/") else url + "/",
        "remote_collection": collection,
        "remote_inbox": inbox,
        "remote_user": user,
        "remote_key": key,
    }
    with engine.begin() as connection:
        connection.execute(
            update(share_partners).where(share_partners.c.id == partner.id).values(**values)
        )
    return get_partner_by_id(engine, partner.id)


def get_partner_by_id(engine: Engine, partner_id: int) -> Partner:
    """The partner with this row id; NotFound otherwise."""
    with engine.connect() as connection:
        row = connection.execute(_select().where(share_partners.c.id == partner_id)).first()
    if row is None:
        raise NotFound(f"no partner #{partner_id}")
    return _partner(row)


def save_cursor(engine: Engine, partner: Partner, **cursor: str | None) -> None:
    """Store pull/push cursors (``pull_after``, ``pull_next``, ``push_after``)."""
    allowed = {"pull_after", "pull_next", "push_after"}
    if not set(cursor) <= allowed:
        raise ValueError(f"unknown cursor {set(cursor) - allowed}")
    with engine.begin() as connection:
        connection.execute(
            update(share_partners).where(share_partners.c.id == partner.id).values(**cursor)
        )


@dataclass(frozen=True, slots=True)
class Credentials:
    """What an Authorization header presented: a key, and for Basic the user name."""

    key: str
    user: str | None


def presented_credentials(authorization: str) -> Credentials | None:
    """Credentials of an ``Authorization`` header (Basic or Bearer); None if absent/garbled."""
    scheme, _, value = authorization.strip().partition(" ")
    value = value.strip()
    if not value:
        return None
    if scheme.lower() == "bearer":
        return Credentials(value, None)
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, password = decoded.partition(":")
    return Credentials(password, user) if sep and password else None


def authenticate_partner(engine: Engine, credentials: Credentials) -> Partner | None:
    """The partner whose unrevoked key this is (and, for Basic, whose code is the user)."""
    prefix = key_prefix(credentials.key)
    if prefix is None:
        return None
    presented = hash_key(credentials.key)
    query = (
        select(*_COLUMNS, share_partners.c.key_hash)
        .join(agencies, agencies.c.id == share_partners.c.agency_id)
        .where(share_partners.c.key_prefix == prefix, share_partners.c.revoked_at.is_(None))
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    for row in rows:
        if row.key_hash and hmac.compare_digest(row.key_hash, presented):
            if credentials.user is not None and not hmac.compare_digest(
                credentials.user.encode(), row.code.encode()
            ):
                return None
            values = row._asdict()
            values.pop("key_hash")
            return Partner(**values)
    return None
