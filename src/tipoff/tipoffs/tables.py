"""Tables of tip-offs (migration 0007_tipoffs; docs/tipoffs.md).

- ``tipoffs``: one row per tip-off per side (``direction`` ``out`` at the sender, ``in`` at
  the receiver), keyed by the agency and the tip-off's STIX id (``uid``), with its state.
- ``tipoff_parts``: the parts, each with its own TLP marking.
- ``tipoff_events``: every change, unique per (tip-off, event id) so a re-sent event is
  stored once; ``state_after`` is the state the event left.
- ``tipoff_attachments`` (migration 0009): files attached by either side, each with its own
  marking, unique per (tip-off, SHA-256) so a re-sent file is stored once.

Listings page by keyset on ``id`` (``ix_tipoffs_agency_direction_id``); reminders read
open tip-offs by deadline (``ix_tipoffs_agency_deadline``).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    UniqueConstraint,
)

from tipoff.store.tables import BigId, Json, Timestamp, metadata

tipoffs = Table(
    "tipoffs",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False),
    Column("uid", String(64), nullable=False),
    Column("direction", String(3), nullable=False),
    Column("partner", String(64), nullable=False),
    Column("sender", String(64), nullable=False),
    Column("recipient", String(64), nullable=False),
    Column("title", String(300), nullable=False),
    Column("urgency", String(16), nullable=False),
    Column("deadline", Timestamp, nullable=True),
    Column("network_ref", String(200), nullable=True),
    Column("state", String(16), nullable=False),
    Column("created_at", Timestamp, nullable=False),
    Column("updated_at", Timestamp, nullable=False),
    UniqueConstraint("agency_id", "uid"),
    Index("ix_tipoffs_agency_state", "agency_id", "direction", "state"),
    Index("ix_tipoffs_agency_direction_id", "agency_id", "direction", "id"),
    Index("ix_tipoffs_agency_deadline", "agency_id", "deadline"),
)

tipoff_parts = Table(
    "tipoff_parts",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("tipoff_id", BigId, ForeignKey("tipoffs.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("tlp", String(16), nullable=False),
    Column("body", Json, nullable=False),
    UniqueConstraint("tipoff_id", "kind"),
)

tipoff_events = Table(
    "tipoff_events",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("tipoff_id", BigId, ForeignKey("tipoffs.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", String(80), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("origin", String(64), nullable=False),
    Column("at", Timestamp, nullable=False),
    Column("recorded_at", Timestamp, nullable=False),
    Column("state_after", String(16), nullable=False),
    Column("body", Json, nullable=False),
    UniqueConstraint("tipoff_id", "event_id"),
)

tipoff_attachments = Table(
    "tipoff_attachments",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("tipoff_id", BigId, ForeignKey("tipoffs.id", ondelete="CASCADE"), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("name", String(200), nullable=False),
    Column("content_type", String(40), nullable=False),
    Column("size", Integer, nullable=False),
    Column("tlp", String(16), nullable=False),
    Column("origin", String(64), nullable=False),
    Column("event_id", String(80), nullable=True),
    Column("at", Timestamp, nullable=False),
    Column("data", LargeBinary, nullable=False),
    UniqueConstraint("tipoff_id", "sha256"),
)
