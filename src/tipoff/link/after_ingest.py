"""Linking what a file load stored: incrementally for a small addition, by a relink for a large one.

The incremental add (``LinkUpdater``) is cheap per report but cannot decide spread hubs,
shared payees or Leiden sub-networks, which only the whole graph shows; a full relink
decides them but reads every stored report. When a load adds at least
``FULL_RELINK_SHARE`` of what is stored, the relink costs little more than adding one by
one and leaves final networks; below that, the new reports are added incrementally and the
networks they touched are provisional until the background relink of ``tipoff serve``
(``tipoff.link.reconcile``) or ``tipoff relink`` re-decides the whole graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select

from tipoff.link.hubs import HubPolicy
from tipoff.link.persistence import LinkUpdater, relink
from tipoff.store.tables import reports

# A load that adds this share of the stored reports (or more) is linked by a full relink.
FULL_RELINK_SHARE = 0.10


def relink_is_better(added: int, stored: int) -> bool:
    """Whether linking ``added`` new reports among ``stored`` (them included) should be a
    full relink rather than incremental adds (see the module docstring)."""
    return added > 0 and added >= FULL_RELINK_SHARE * stored


@dataclass(frozen=True, slots=True)
class IngestLinking:
    """How a load's reports were linked."""

    full_relink: bool
    reports: int  # relinked (full) or newly linked (incremental)
    networks: int | None  # networks of two or more reports after a full relink

    @property
    def provisional(self) -> bool:
        """Incremental links await the whole-graph decisions of the next relink."""
        return not self.full_relink


def link_after_ingest(
    engine: Engine, policy: HubPolicy, leiden_min_size: int, added: int, now: datetime
) -> IngestLinking:
    """Link the reports a load stored (``added`` of them), by ``relink_is_better``."""
    with engine.connect() as connection:
        stored = connection.execute(select(func.count()).select_from(reports)).scalar() or 0
    if relink_is_better(added, stored):
        summary = relink(engine, policy, leiden_min_size, now)
        return IngestLinking(True, summary.reports, summary.networks)
    linked = LinkUpdater(engine, policy).add_unlinked(now)
    return IngestLinking(False, linked, None)
