"""Signed dashboard sessions and CSRF tokens.

A session is a small JSON payload signed with HMAC-SHA256 under ``settings.session_secret``
and kept in an HttpOnly cookie. It carries a random session id whose row in ``web_sessions``
(tipoff.sessions) must still be open: the signature proves the server issued the
cookie, the row that it has not been ended (logout, key revocation, account disabled). Each session
carries its own random CSRF token, which every
form echoes back. Before login (the login form, the public check form) a random nonce in a
cookie plays the same role: the form carries ``HMAC(secret, nonce)``, which a cross-site page
can neither read nor forge (double-submit cookie, signed).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass

SESSION_COOKIE = "tipoff_session"
ANON_CSRF_COOKIE = "tipoff_csrf"
SESSION_MAX_AGE_S = 8 * 3600  # one working shift; analysts log in again the next day


@dataclass(frozen=True, slots=True)
class WebSession:
    """Who is logged in to the dashboard, and the CSRF token of this session."""

    principal: str  # what the person logged in as, e.g. "key:tk_ab12" (never the secret)
    agency: str  # agency code the key belongs to
    csrf: str
    issued_at: int  # unix seconds
    sid: str = ""  # random session id; its SHA-256 keys the web_sessions row ("" never matches)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class SessionSigner:
    """Turns sessions into signed cookie values and back; rejects tampered or stale ones."""

    def __init__(self, secret: str, max_age_s: int = SESSION_MAX_AGE_S) -> None:
        self._key = hashlib.sha256(b"tipoff-web-session:" + secret.encode()).digest()
        self._max_age_s = max_age_s

    def _mac(self, payload: bytes) -> str:
        return _b64(hmac.new(self._key, payload, hashlib.sha256).digest())

    def dumps(self, session: WebSession) -> str:
        """Cookie value for ``session``: base64(payload).base64(mac)."""
        payload = json.dumps(asdict(session), separators=(",", ":")).encode()
        return f"{_b64(payload)}.{self._mac(payload)}"

    def loads(self, token: str | None, now: int) -> WebSession | None:
        """The session in ``token``, or None when it is missing, forged, malformed or expired."""
        if not token or token.count(".") != 1:
            return None
        body, mac = token.split(".")
        try:
            payload = _unb64(body)
            if not hmac.compare_digest(mac, self._mac(payload)):
                return None
            session = WebSession(**json.loads(payload))
        except (ValueError, TypeError):
            return None
        if not 0 <= now - session.issued_at <= self._max_age_s:
            return None
        return session

    def anon_csrf(self, nonce: str) -> str:
        """The CSRF token a form must carry when the browser holds ``nonce`` in its cookie."""
        return self._mac(b"anon-csrf:" + nonce.encode())


def new_session(principal: str, agency: str, now: int) -> WebSession:
    """A fresh session with its own random CSRF token."""
    return WebSession(
        principal=principal,
        agency=agency,
        csrf=secrets.token_urlsafe(24),
        issued_at=now,
        sid=secrets.token_urlsafe(32),
    )


def new_nonce() -> str:
    """A random value for the anonymous CSRF cookie."""
    return secrets.token_urlsafe(24)


def csrf_valid(
    signer: SessionSigner, session: WebSession | None, nonce: str | None, submitted: str | None
) -> bool:
    """Whether a submitted form token matches the session's or, with no session, the cookie's.

    With a session only its own token counts: the nonce cookie is not bound to the session,
    so whoever can plant a cookie for this host (a sibling subdomain, plain HTTP on the way)
    could set a nonce whose token they had read from /check, and submit any analyst form in
    the victim's session with it (accepted before 2026-12-07)."""
    if not submitted:
        return False
    # As bytes: compare_digest raises TypeError on non-ASCII str, and the token is the client's.
    token = submitted.encode("utf-8", "surrogateescape")
    if session is not None:
        return hmac.compare_digest(token, session.csrf.encode())
    return bool(nonce) and hmac.compare_digest(token, signer.anon_csrf(nonce or "").encode())
