"""Public feeds: their sources and the values listed on them (docs/feeds.md).

Revision ID: 0008_feeds
Revises: 0007_tipoffs
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_feeds"
down_revision = "0007_tipoffs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Integer(), nullable=False),
        sa.Column("half_life_days", sa.Float(), nullable=False),
        sa.Column("public", sa.Boolean(), nullable=False),
        sa.Column("last_import_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_import_file", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_feed_sources"),
        sa.UniqueConstraint("name", name="uq_feed_sources_name"),
    )
    op.create_table(
        "feed_entries",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=1000), nullable=False),
        sa.Column("listed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["feed_id"],
            ["feed_sources.id"],
            name="fk_feed_entries_feed_id_feed_sources",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_feed_entries"),
    )
    op.create_index(
        "ix_feed_entries_kind_value_feed_id",
        "feed_entries",
        ["kind", "value", "feed_id"],
        unique=True,
    )
    op.create_index("ix_feed_entries_feed_id", "feed_entries", ["feed_id"])


def downgrade() -> None:
    op.drop_index("ix_feed_entries_feed_id", table_name="feed_entries")
    op.drop_index("ix_feed_entries_kind_value_feed_id", table_name="feed_entries")
    op.drop_table("feed_entries")
    op.drop_table("feed_sources")
