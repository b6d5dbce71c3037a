"""Send a POST body straight through ASGI, chunked with no length, counting what the app pulls:
how a test shows that a request is refused before (or soon after) its body is read."""

from __future__ import annotations

import asyncio
from typing import Any


def stream_post(
    app: Any,
    path: str,
    headers: list[tuple[bytes, bytes]],
    *,
    content_type: bytes,
    chunks: int,
    size: int,
) -> tuple[int, int]:
    """POST ``chunks`` x ``size`` bytes to ``path``; (status, body bytes the app pulled)."""
    pulled = [0]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if pulled[0] >= chunks * size:
            await asyncio.sleep(3600)
        pulled[0] += size
        return {"type": "http.request", "body": b" " * size, "more_body": pulled[0] < chunks * size}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"testserver"), (b"content-type", content_type), *headers],
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }
    asyncio.run(asyncio.wait_for(app(scope, receive, send), 30))
    return sent[0]["status"], pulled[0]
