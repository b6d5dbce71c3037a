"""HEAD answered as GET without the body (RFC 9110 §9.3.2).

FastAPI's routes answer only the methods they declare, so ``HEAD /`` was a 405 where a
link checker, a load balancer's health probe or ``curl -I`` expects the GET's status and
headers. This middleware runs a HEAD request as the GET it stands for and drops the body
on the way out; the status, ``Content-Length`` and every other header are the GET's.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGet:
    """ASGI middleware: a HEAD request gets the GET's status and headers and no body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_without_body)
