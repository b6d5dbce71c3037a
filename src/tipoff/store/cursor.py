"""Opaque pagination cursors: clients pass back what they were given, nothing else.

A cursor encodes the id of the last report on the page (listings are newest first,
keyset on id), so a page costs the same at any depth and rows added meanwhile do not
shift later pages.
"""

from __future__ import annotations

import base64
import binascii
import json

from tipoff.errors import ValidationError

_PREFIX = "c1."
_ID_MAX = 2**63 - 1


def encode_cursor(last_id: int) -> str:
    """The cursor of the page after the row with ``last_id``."""
    raw = json.dumps({"before": last_id}, separators=(",", ":")).encode()
    return _PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The id a cursor points before; ValidationError (path query.cursor) if it is not ours."""
    if not cursor.startswith(_PREFIX):
        raise ValidationError("not a cursor returned by this API", path="query.cursor")
    body = cursor[len(_PREFIX) :]
    try:
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        before = data["before"]
    except (binascii.Error, ValueError, KeyError, TypeError) as error:
        raise ValidationError("malformed cursor", path="query.cursor") from error
    # Bounded by BIGINT: a bigger id (say 10**25) would overflow the driver (a 500, not a 422).
    if not isinstance(before, int) or isinstance(before, bool) or not 1 <= before <= _ID_MAX:
        raise ValidationError("malformed cursor", path="query.cursor")
    return before
