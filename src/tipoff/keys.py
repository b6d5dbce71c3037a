"""Agency API keys: issued once, stored as a SHA-256 hash, checked in constant time, revoked
for good.

A key looks like ``tpk_<prefix>_<secret>``. The 8-hex-digit prefix is stored in clear
so a key can be found without scanning; the whole key has 256 bits of randomness, so
an unsalted SHA-256 is enough (it is not a password). Revoking a key (``tipoff agency key
revoke PREFIX``) sets ``revoked_at``: the API answers 401 to it from then on, and the
dashboard sessions opened with it end at once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, and_, select, update

from tipoff.errors import NotFound, ValidationError
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency, AuditEntry, as_utc
from tipoff.store.tables import agencies, api_keys, web_sessions

KEY_SCHEME = "tpk"


def hash_key(key: str) -> str:
    """Hex SHA-256 of the whole key, as stored."""
    return hashlib.sha256(key.encode()).hexdigest()


def key_prefix(key: str) -> str | None:
    """The lookup prefix of a well-formed key, None for anything else."""
    scheme, _, rest = key.partition("_")
    prefix, _, secret = rest.partition("_")
    if scheme != KEY_SCHEME or len(prefix) != 8 or not secret:
        return None
    return prefix


def new_key() -> str:
    """A fresh random key (shown to its owner once, never stored)."""
    return f"{KEY_SCHEME}_{secrets.token_hex(4)}_{secrets.token_urlsafe(32)}"


def issue_key(store: ReportStore, agency: Agency, *, at: datetime, actor: str) -> str:
    """Create, store (hashed) and audit a new key for ``agency``; return it in clear once."""
    key = new_key()
    prefix = key_prefix(key)
    assert prefix is not None
    store.add_api_key(agency, prefix, hash_key(key), at=at)
    store.append_audit(
        AuditEntry(at, actor, "key_create", "agency", agency.code, {"prefix": prefix})
    )
    return key


def authenticate(store: ReportStore, key: str) -> Agency | None:
    """The agency owning ``key``, or None; compares hashes in constant time."""
    prefix = key_prefix(key)
    if prefix is None:
        return None
    presented = hash_key(key)
    for record in store.find_api_keys(prefix):
        if hmac.compare_digest(record.key_hash, presented):
            return record.agency
    return None


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What may be shown about a stored key: never its hash."""

    agency: str
    prefix: str
    created_at: datetime
    revoked_at: datetime | None


@dataclass(frozen=True, slots=True)
class Revocation:
    """What ``revoke_keys`` did."""

    keys: tuple[KeyInfo, ...]
    sessions_ended: int


def normal_prefix(text: str) -> str:
    """The 8-hex-digit prefix in ``text``: a prefix, ``tpk_<prefix>``, or a whole key."""
    candidate = key_prefix(text.strip()) or text.strip().removeprefix(f"{KEY_SCHEME}_")
    if len(candidate) != 8 or any(c not in "0123456789abcdef" for c in candidate):
        raise ValidationError(
            "give the key's 8-hex-digit prefix (tpk_<prefix>_..., see `tipoff agency key list`)",
            path="prefix",
        )
    return candidate


def _created(moment: datetime) -> datetime:
    utc = as_utc(moment)
    assert utc is not None  # created_at is NOT NULL
    return utc


def list_keys(engine: Engine, agency_code: str | None = None) -> list[KeyInfo]:
    """Every key (revoked ones too), oldest first, optionally of one agency."""
    query = (
        select(agencies.c.code, api_keys.c.prefix, api_keys.c.created_at, api_keys.c.revoked_at)
        .join(agencies, agencies.c.id == api_keys.c.agency_id)
        .order_by(api_keys.c.id)
    )
    if agency_code is not None:
        query = query.where(agencies.c.code == agency_code)
    with engine.connect() as connection:
        return [
            KeyInfo(
                row.code,
                row.prefix,
                _created(row.created_at),
                as_utc(row.revoked_at) if row.revoked_at else None,
            )
            for row in connection.execute(query)
        ]


def revoke_keys(
    engine: Engine, prefix: str, *, at: datetime, agency_code: str | None = None
) -> Revocation:
    """Revoke the unrevoked key(s) with ``prefix`` (of ``agency_code`` when given) and end the
    dashboard sessions opened with them, in one transaction. NotFound when none matches.

    The API refuses a revoked key from the next request on (``find_api_keys`` skips it).
    """
    query = (
        select(api_keys.c.id, api_keys.c.key_hash, api_keys.c.created_at, agencies.c.code)
        .join(agencies, agencies.c.id == api_keys.c.agency_id)
        .where(api_keys.c.prefix == prefix, api_keys.c.revoked_at.is_(None))
    )
    if agency_code is not None:
        query = query.where(agencies.c.code == agency_code)
    with engine.begin() as connection:
        rows = connection.execute(query).all()
        if not rows:
            owner = f" of {agency_code}" if agency_code else ""
            raise NotFound(f"no unrevoked key{owner} with prefix {prefix}")
        connection.execute(
            update(api_keys)
            .where(api_keys.c.id.in_([row.id for row in rows]))
            .values(revoked_at=as_utc(at))
        )
        ended = end_key_sessions(connection, [row.key_hash for row in rows], at=at)
    keys = tuple(KeyInfo(row.code, prefix, _created(row.created_at), at) for row in rows)
    return Revocation(keys, ended)


def end_key_sessions(connection: Connection, key_hashes: Iterable[str], *, at: datetime) -> int:
    """Close every open session opened with one of these API keys; how many were closed."""
    hashes = list(key_hashes)
    if not hashes:
        return 0
    done = connection.execute(
        update(web_sessions)
        .where(and_(web_sessions.c.key_hash.in_(hashes), web_sessions.c.ended_at.is_(None)))
        .values(ended_at=as_utc(at))
    )
    return int(done.rowcount or 0)
