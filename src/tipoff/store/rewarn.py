"""Stored indicators read again against the warninglists: a value listed since it was stored.

Intake marks a value ``common`` when it is stored (``extract`` asks the warninglists then), and
linking reads that flag. A list added or extended later (a new tipoff version's bundled lists,
or files in ``TIPOFF_WARNINGLIST_DIR``) would otherwise leave every value stored before it
linking: the hotline or exchange domain that many unrelated victims cite keeps joining
their reports. ``rewarn`` marks such values common (``tipoff relink --rewarn``); it never
clears the flag (a value taken off a list links again only after it is stored anew).
"""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from tipoff.indicators.warninglist import Warninglist
from tipoff.store.tables import indicators

_BATCH = 500


def newly_listed(connection: Connection, warninglist: Warninglist) -> list[int]:
    """Ids of stored indicators not marked common whose value a list now holds."""
    rows = connection.execute(
        select(indicators.c.id, indicators.c.kind, indicators.c.value).where(
            indicators.c.common.is_(False)
        )
    )
    return [row.id for row in rows if warninglist.is_common(row.kind, row.value)]


def rewarn(connection: Connection, warninglist: Warninglist) -> int:
    """Mark every stored value the lists now hold common; return how many were marked."""
    ids = newly_listed(connection, warninglist)
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        connection.execute(update(indicators).where(indicators.c.id.in_(chunk)).values(common=True))
    return len(ids)
