"""Server-side state of dashboard sessions: a session is good only while its row is open.

Sessions sit beside agencies, keys and user accounts (the dashboard renders them; it runs no
queries of its own). The signed cookie (tipoff.web.session) proves the server issued it; the
``web_sessions`` row says whether it still counts. Every request checks, in one query, that
the row is open, that the API key it was opened with is not revoked, and that the user account
is not disabled. So logout, ``tipoff agency key revoke`` and ``tipoff user disable`` end a
session at once, and a copied cookie is dead after its owner logs out. Rows are keyed by the
SHA-256 of the session id, so a copy of the table opens nothing.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, exists, or_, select, update

from tipoff.store.records import Agency, as_utc
from tipoff.store.tables import api_keys, web_sessions
from tipoff.users import web_users


def sid_hash(sid: str) -> str:
    """What the table stores for session id ``sid``."""
    return hashlib.sha256(sid.encode()).hexdigest()


def open_session(
    engine: Engine,
    sid: str,
    principal: str,
    agency: Agency,
    *,
    key_hash: str | None,
    username: str | None,
    at: datetime,
    max_age_s: int,
) -> None:
    """Record a new session ``sid`` of ``principal``, opened with an API key (its hash) or as
    a user; rows older than ``max_age_s`` (the cookie's lifetime) are dropped."""
    row = {
        "id": sid_hash(sid),
        "agency_id": agency.id,
        "principal": principal,
        "key_hash": key_hash,
        "username": username,
        "created_at": as_utc(at),
    }
    stale = as_utc(at - timedelta(seconds=max_age_s))
    with engine.begin() as connection:
        # Rows of sessions past their cookie's lifetime open nothing: drop them, so the table
        # stays the size of the sessions of one working shift.
        connection.execute(delete(web_sessions).where(web_sessions.c.created_at < stale))
        connection.execute(web_sessions.insert(), row)


def session_alive(engine: Engine | None, sid: str) -> bool:
    """Whether the session is open, its key unrevoked and its user enabled.

    Without a database there is nowhere to check, so no session is alive (fail closed).
    """
    if engine is None or not sid:
        return False
    key_valid = exists().where(
        api_keys.c.key_hash == web_sessions.c.key_hash, api_keys.c.revoked_at.is_(None)
    )
    user_enabled = exists().where(
        web_users.c.username == web_sessions.c.username, web_users.c.disabled_at.is_(None)
    )
    query = select(web_sessions.c.id).where(
        web_sessions.c.id == sid_hash(sid),
        web_sessions.c.ended_at.is_(None),
        or_(web_sessions.c.key_hash.is_(None), key_valid),
        or_(web_sessions.c.username.is_(None), user_enabled),
    )
    with engine.connect() as connection:
        return connection.execute(query).first() is not None


def end_session(engine: Engine, sid: str, *, at: datetime) -> None:
    """Close one session (logout); closing an unknown or closed one does nothing."""
    with engine.begin() as connection:
        connection.execute(
            update(web_sessions)
            .where(web_sessions.c.id == sid_hash(sid), web_sessions.c.ended_at.is_(None))
            .values(ended_at=as_utc(at))
        )
