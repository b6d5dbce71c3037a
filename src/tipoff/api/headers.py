"""Security headers on every response: pages, the check page, the API, errors, static files.

``with_security_headers`` wraps the whole ASGI stack (outside Starlette's error middleware),
so even a 500 carries them. The dashboard runs no inline script: its JavaScript comes from
/static and its data from ``<script type="application/json">`` blocks, so the policy allows
scripts from this origin only. Inline ``style`` attributes are allowed (``style-src-attr``),
``<style>`` elements are not.

/docs and /redoc (Swagger UI and ReDoc, vendored and served from this origin by
tipoff.api.docs_pages) alone get a policy that also allows the <style> elements and the blob:
worker those libraries create at run time; their scripts still come from this origin only.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tipoff.check.ratelimit import IPNetwork, forwarded_https

PAGE_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
DOCS_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        # Swagger UI and ReDoc (styled-components) write <style> elements at run time.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",  # ReDoc searches in a blob: web worker
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
DOCS_PATHS = frozenset({"/docs", "/redoc"})

COMMON_HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}
HSTS = "max-age=31536000"


def policy_for(path: str) -> str:
    """The Content-Security-Policy of the page at ``path``."""
    return DOCS_POLICY if path in DOCS_PATHS else PAGE_POLICY


def security_headers(path: str, *, https: bool) -> dict[str, str]:
    """Every header this app adds to a response for ``path``."""
    headers = {**COMMON_HEADERS, "Content-Security-Policy": policy_for(path)}
    if https:
        headers["Strict-Transport-Security"] = HSTS
    return headers


class SecurityHeaders:
    """ASGI middleware: sets the security headers, and ``no-store`` where no cache rule is set.

    RED and AMBER pages must not stay in a shared cache or the browser's after logout; static
    files set their own long cache rule and keep it.
    """

    def __init__(self, app: ASGIApp, trusted_proxies: Sequence[IPNetwork] = ()) -> None:
        self.app = app
        self.trusted_proxies = tuple(trusted_proxies)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope.get("scheme") != "https" and self.trusted_proxies:
            # Behind a TLS-terminating proxy (docs/security.md) the socket is plain HTTP:
            # without this, session cookies never got Secure and HSTS was never sent.
            peer = scope["client"][0] if scope.get("client") else None
            proto = Headers(scope=scope).getlist("x-forwarded-proto")
            if forwarded_https(peer, proto, self.trusted_proxies):
                scope = {**scope, "scheme": "https"}
        added = security_headers(scope.get("path", ""), https=scope.get("scheme") == "https")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                own_policy = headers.get("content-security-policy")
                headers.update(added)
                if own_policy is not None and "sandbox" in own_policy:
                    # A download (a tip-off's attachment) keeps its stricter sandboxed policy.
                    headers["Content-Security-Policy"] = own_policy
                if "cache-control" not in headers:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)
