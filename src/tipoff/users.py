"""Dashboard user accounts: a name and password per analyst, belonging to one agency.

The alternative to logging in with an agency API key: an agency creates one account per
analyst (``tipoff user add``) and disables it when the person leaves, without rotating the
agency's key. Passwords are stored as scrypt hashes (a random 16-byte salt, N=2^15, r=8,
p=1) and compared in constant time; an unknown name costs the same hashing as a wrong
password, so timing does not reveal which names exist.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from datetime import datetime

from sqlalchemy import Column, DateTime, Engine, ForeignKey, Integer, String, Table, select, update
from sqlalchemy.exc import IntegrityError

from tipoff.errors import Conflict, NotFound, ValidationError
from tipoff.store.records import Agency, as_utc
from tipoff.store.tables import agencies, metadata

web_users = Table(
    "web_users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False),
    Column("password_hash", String(300), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("disabled_at", DateTime(timezone=True), nullable=True),
)

USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{2,99}")
MIN_PASSWORD_CHARS = 12
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_MAXMEM = 64 * 1024 * 1024  # scrypt needs 128·N·r bytes = 32 MiB at these settings


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` for ``password`` (a fresh random salt unless given)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, maxmem=_MAXMEM, dklen=32, **SCRYPT)
    return f"scrypt${SCRYPT['n']}${SCRYPT['r']}${SCRYPT['p']}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches a stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        computed = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_MAXMEM,
            dklen=32,
        )
    except ValueError:
        return False
    return hmac.compare_digest(computed, base64.b64decode(digest))


_dummy_cache: list[str] = []


def _dummy() -> str:
    # A real hash to verify against when the name is unknown, made once, lazily (no work at import).
    if not _dummy_cache:
        _dummy_cache.append(hash_password(secrets.token_urlsafe(16)))
    return _dummy_cache[0]


def add_user(engine: Engine, agency: Agency, username: str, password: str, *, at: datetime) -> None:
    """Create an account for ``agency``; ValidationError for a bad name or short password."""
    if not USERNAME.fullmatch(username):
        raise ValidationError(
            "user names are 3-100 lower-case letters, digits, '.', '_' or '-'", path="username"
        )
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValidationError(
            f"passwords need at least {MIN_PASSWORD_CHARS} characters", path="password"
        )
    row = {
        "username": username,
        "agency_id": agency.id,
        "password_hash": hash_password(password),
        "created_at": as_utc(at),
    }
    try:
        with engine.begin() as connection:
            connection.execute(web_users.insert(), row)
    except IntegrityError as error:
        raise Conflict(f"user {username!r} already exists") from error


def disable_user(engine: Engine, username: str, *, at: datetime) -> None:
    """Stop an account from logging in; its open sessions stop working on their next page."""
    with engine.begin() as connection:
        done = connection.execute(
            update(web_users).where(web_users.c.username == username).values(disabled_at=as_utc(at))
        )
    if done.rowcount == 0:
        raise NotFound(f"no user {username!r}")


def authenticate_user(engine: Engine, username: str, password: str) -> Agency | None:
    """The agency of an enabled account whose password matches, else None."""
    if "\x00" in username:  # no account has one, and PostgreSQL refuses NUL in text (DataError)
        verify_password(password, _dummy())
        return None
    query = (
        select(web_users.c.password_hash, web_users.c.disabled_at, agencies)
        .join(agencies, agencies.c.id == web_users.c.agency_id)
        .where(web_users.c.username == username.strip().lower())
    )
    with engine.connect() as connection:
        row = connection.execute(query).first()
    if row is None:
        verify_password(password, _dummy())  # same cost as a wrong password
        return None
    if not verify_password(password, row.password_hash) or row.disabled_at is not None:
        return None
    return Agency(row.id, row.code, row.name, row.country, as_utc(row.created_at))


def user_enabled(engine: Engine, username: str) -> bool:
    """Whether the account exists and is not disabled (checked on every page, so disabling is
    immediate)."""
    query = select(web_users.c.disabled_at).where(web_users.c.username == username)
    with engine.connect() as connection:
        row = connection.execute(query).first()
    return row is not None and row.disabled_at is None
