"""Which identifiers tipoff knows, for one viewer: cited by at least one report it may see.

The public check asks as ``Viewer.public()``: an identifier cited only by AMBER, AMBER+STRICT
or RED reports (or GREEN, unless the instance discloses GREEN) is not "known" to the public.
One query whatever the answer, so the time taken does not tell hidden from unknown.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, and_, or_, select

from tipoff.store.indicator_matches import cited_for
from tipoff.store.tables import indicators
from tipoff.visibility import Viewer

MAX_KEYS = 100  # the check caps what one request may ask about


def known_keys(
    connection: Connection, keys: Iterable[tuple[str, str]], viewer: Viewer
) -> set[tuple[str, str]]:
    """Those (kind, value) pairs cited by at least one report ``viewer`` may see.

    Unique-index lookups on indicators, then an EXISTS on the sightings index that stops at
    the first visible citing report (a value cited thousands of times costs no more); at most
    ``MAX_KEYS`` pairs.
    """
    wanted = list(dict.fromkeys(keys))[:MAX_KEYS]
    if not wanted:
        return set()
    match = or_(*(and_(indicators.c.kind == k, indicators.c.value == v) for k, v in wanted))
    query = select(indicators.c.kind, indicators.c.value).where(match, cited_for(viewer))
    return {(str(kind), str(value)) for kind, value in connection.execute(query)}
