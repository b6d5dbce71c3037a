"""Agency API keys: issued once, stored as a SHA-256 hash, checked in constant time.

A key looks like ``tpk_<prefix>_<secret>``. The 8-hex-digit prefix is stored in clear
so a key can be found without scanning; the whole key has 256 bits of randomness, so
an unsalted SHA-256 is enough (it is not a password).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency, AuditEntry

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
