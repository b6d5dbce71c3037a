"""Ids in dashboard URLs: a path or query value that cannot be a stored id is "not found".

Ids are BIGINT columns, so a 23-digit number, a negative one or a word names nothing; it
must give the same 404 page as an id that is simply unknown, never a database error.
"""

from __future__ import annotations

MAX_ID = 2**63 - 1


def digits(text: str) -> bool:
    """Whether ``text`` is ASCII digits only: ``str.isdigit`` also takes "²" or "①", which
    ``int`` refuses (a 500 for a query value, before 2026-12-07)."""
    return text.isascii() and text.isdigit()


def parse_id(text: str) -> int | None:
    """A stored id (plain digits, 1 to 2^63 - 1), or None when ``text`` cannot be one."""
    if not digits(text) or len(text) > 19:
        return None
    value = int(text)
    return value if 0 < value <= MAX_ID else None
