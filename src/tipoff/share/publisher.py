"""Keep every agency's TAXII collection current: ``publish_all`` now, ``Publisher`` in the
background of ``tipoff serve`` (every ``Settings.share_publish_interval_s``), so what an
agency learns reaches its partners within minutes without a cron job.

Only the clearances an agency's partners hold (with a key) are published.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine, select

from tipoff.background import Repeating
from tipoff.share.collection import Published, publish
from tipoff.share.receivers import receiver_for
from tipoff.share.tables import share_partners
from tipoff.store.records import Agency, as_utc
from tipoff.store.tables import agencies

log = logging.getLogger(__name__)


def publish_all(engine: Engine, *, at: datetime) -> list[tuple[str, Published]]:
    """Publish every (agency, clearance) an unrevoked partner holds; (agency code, result)."""
    query = (
        select(agencies, share_partners.c.clearance)
        .join(share_partners, share_partners.c.agency_id == agencies.c.id)
        .where(share_partners.c.revoked_at.is_(None), share_partners.c.key_hash.is_not(None))
        .distinct()
        .order_by(agencies.c.code, share_partners.c.clearance)
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    done = []
    for row in rows:
        created = as_utc(row.created_at)
        assert created is not None
        agency = Agency(row.id, row.code, row.name, row.country, created)
        receiver = receiver_for(row.clearance, agency.id)
        done.append((agency.code, publish(engine, agency, row.clearance, receiver, at=at)))
    return done


class Publisher:
    """``publish_all`` in a daemon thread, every ``interval_s`` seconds, until ``stop``."""

    def __init__(self, engine: Engine, interval_s: float, clock: Callable[[], datetime]) -> None:
        self._engine = engine
        self._clock = clock
        # A failed publish rolled back; the next round tries again.
        self._repeating = Repeating(
            "tipoff-publish",
            interval_s,
            self._publish,
            "publishing the TAXII collections failed",
            log,
        )

    def start(self) -> None:
        self._repeating.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._repeating.stop(timeout)

    def _publish(self) -> None:
        for code, published in publish_all(self._engine, at=self._clock()):
            if published.added or published.rewritten or published.removed:
                log.info(
                    "published %s/%s: %d added, %d rewritten, %d removed",
                    code,
                    published.tier,
                    published.added,
                    published.rewritten,
                    published.removed,
                )
