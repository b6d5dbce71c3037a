"""Tip-offs across borders: tip-offs, their parts and their lifecycle events (docs/tipoffs.md).

Revision ID: 0007_tipoffs
Revises: 0006_verdicts
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0007_tipoffs"
down_revision = "0006_verdicts"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "tipoffs",
        sa.Column("id", _ID, nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("partner", sa.String(length=64), nullable=False),
        sa.Column("sender", sa.String(length=64), nullable=False),
        sa.Column("recipient", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("urgency", sa.String(length=16), nullable=False),
        sa.Column("deadline", _TS, nullable=True),
        sa.Column("network_ref", sa.String(length=200), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name="fk_tipoffs_agency_id_agencies"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_tipoffs"),
        sa.UniqueConstraint("agency_id", "uid", name="uq_tipoffs_agency_id_uid"),
    )
    op.create_index("ix_tipoffs_agency_state", "tipoffs", ["agency_id", "direction", "state"])
    op.create_table(
        "tipoff_parts",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tipoff_id", _ID, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("tlp", sa.String(length=16), nullable=False),
        sa.Column("body", _JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["tipoff_id"],
            ["tipoffs.id"],
            name="fk_tipoff_parts_tipoff_id_tipoffs",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_tipoff_parts"),
        sa.UniqueConstraint("tipoff_id", "kind", name="uq_tipoff_parts_tipoff_id_kind"),
    )
    op.create_table(
        "tipoff_events",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tipoff_id", _ID, nullable=False),
        sa.Column("event_id", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("at", _TS, nullable=False),
        sa.Column("recorded_at", _TS, nullable=False),
        sa.Column("state_after", sa.String(length=16), nullable=False),
        sa.Column("body", _JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["tipoff_id"],
            ["tipoffs.id"],
            name="fk_tipoff_events_tipoff_id_tipoffs",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_tipoff_events"),
        sa.UniqueConstraint("tipoff_id", "event_id", name="uq_tipoff_events_tipoff_id_event_id"),
    )


def downgrade() -> None:
    op.drop_table("tipoff_events")
    op.drop_table("tipoff_parts")
    op.drop_index("ix_tipoffs_agency_state", table_name="tipoffs")
    op.drop_table("tipoffs")
