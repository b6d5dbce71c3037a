"""What a feed reader yields: a value it lists (with a kind hint) or a row it could not read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class FeedRow:
    """One value a feed lists, before canonicalisation.

    ``kind`` is an indicator kind (``domain``, ``url``, ``wallet`` …) or ``host`` (a host or URL
    to be listed as a domain when it names only a host, as a URL otherwise).
    ``listed_at`` is the date the feed itself gives for the value, when it gives one.
    """

    where: str  # "12" or "file.csv:12": where the row is, for skip reports
    kind: str
    value: str
    listed_at: datetime | None = None
    country_hint: str | None = None


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row the reader could not read, and why (the rows beside it are still read)."""

    where: str
    reason: str


Row = FeedRow | BadRow
