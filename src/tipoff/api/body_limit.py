"""Request bodies: the API key is checked before a body is read, and bodies are capped.

Without this, FastAPI reads and parses a whole body before any dependency runs: eight
44 MB bodies sent without a key took a server from 187 MB to 1.4 GB. ``BodyLimit`` is
ASGI middleware that, for every request that carries a body:

1. on routes that need an agency key (``KEYED_PREFIXES``), answers 401 problem+json
   before reading a byte of the body when no valid key is presented; on TAXII routes
   (``TAXII_PREFIX``) likewise without a partner's valid credentials (a TAXII error);
2. answers 413 problem+json when ``Content-Length`` is over ``Settings.max_body_bytes``,
   and otherwise reads the body (chunked or not) only up to that cap: one byte more and
   it stops reading and answers 413;
3. hands the body it read to the app, which then reads it from memory.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tipoff.api.problems import problem_response
from tipoff.keys import authenticate
from tipoff.request_deps import presented_key
from tipoff.share.partners import authenticate_partner, presented_credentials

# Routes under these prefixes need an agency API key for every method.
KEYED_PREFIXES: tuple[str, ...] = ("/api/v1/reports",)
# TAXII routes need a partner's credentials (tipoff.share.partners) for every method.
TAXII_PREFIX = "/taxii2/"
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class BodyLimit:
    """ASGI middleware: key first on keyed routes, then at most ``max_bytes`` of body."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refusal = await self._refusal(request)
        body: bytes | None = b""
        if refusal is None:
            body, refusal = await self._read_capped(receive, request.url.path)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        if body is not None:  # None: the client disconnected; there is no one to answer
            await self.app(scope, _replay(body, receive), send)

    async def _refusal(self, request: Request) -> Any:
        if request.url.path.startswith(KEYED_PREFIXES):
            key = presented_key(request)
            store = request.app.state.store
            if key is None or await run_in_threadpool(authenticate, store, key) is None:
                return problem_response(
                    401,
                    "Unauthorized",
                    "a valid API key is required: send 'Authorization: Bearer <key>' or "
                    "'X-API-Key' (checked before the body is read)",
                    headers={"WWW-Authenticate": "Bearer"},
                )
        if request.url.path.startswith(TAXII_PREFIX) and not await run_in_threadpool(
            _taxii_partner, request
        ):
            return Response(
                b'{"title":"Unauthorized","description":"valid partner credentials are '
                b'required (checked before the body is read)","http_status":"401"}',
                status_code=401,
                media_type="application/taxii+json;version=2.1",
                headers={"WWW-Authenticate": 'Basic realm="tipoff TAXII 2.1"'},
            )
        declared = request.headers.get("content-length", "").strip()
        if declared.isascii() and declared.isdigit() and int(declared) > self.max_bytes:
            return self._too_large(request.url.path)
        return None

    async def _read_capped(self, receive: Receive, path: str) -> tuple[bytes | None, Any]:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return None, None  # http.disconnect
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return b"", self._too_large(path)
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks), None

    def _too_large(self, path: str) -> Any:
        # Only a batch of reports can be split; a check's text is capped far lower anyway.
        advice = "; send fewer reports per request" if path.startswith(KEYED_PREFIXES) else ""
        return problem_response(
            413,
            "Payload too large",
            f"the request body is over {self.max_bytes:,} bytes (Settings.max_body_bytes)" + advice,
        )


def _replay(body: bytes, receive: Receive) -> Callable[[], Awaitable[Message]]:
    """A ``receive`` that yields the body read already, then whatever the client sends next."""
    pending: MutableMapping[str, bool] = {"sent": False}

    async def replayed() -> Message:
        if not pending["sent"]:
            pending["sent"] = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def _taxii_partner(request: Request) -> bool:
    """Whether the request carries a partner's valid TAXII credentials (tipoff.share)."""
    credentials = presented_credentials(request.headers.get("authorization", ""))
    engine = request.app.state.engine
    if credentials is None or engine is None:
        return False
    return authenticate_partner(engine, credentials) is not None


def install_body_limit(app: FastAPI, max_bytes: int) -> None:
    """Add ``BodyLimit`` to ``app`` (outermost of the app's own middleware)."""
    app.add_middleware(BodyLimit, max_bytes=max_bytes)
