"""Networks: networks, network_members, network_redirects, link_hubs (tipoff.link.network_tables).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")
Timestamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "networks",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.Column("victims", sa.Integer(), nullable=False),
        sa.Column("loss_usd", sa.Float(), nullable=False),
        sa.Column("countries", sa.Integer(), nullable=False),
        sa.Column("country_codes", Json, nullable=False),
        sa.Column("scam_types", sa.Integer(), nullable=False),
        sa.Column("scam_type_codes", Json, nullable=False),
        sa.Column("first_seen", Timestamp, nullable=True),
        sa.Column("last_seen", Timestamp, nullable=True),
        sa.Column("growth_7d", sa.Integer(), nullable=False),
        sa.Column("growth_30d", sa.Integer(), nullable=False),
        sa.Column("harm_score", sa.Float(), nullable=False),
        sa.Column("sub_networks", sa.Integer(), nullable=False),
        sa.Column("updated_at", Timestamp, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_networks"),
    )
    op.create_index("ix_networks_harm_score", "networks", ["harm_score"])
    op.create_index("ix_networks_reports", "networks", ["reports"])
    op.create_table(
        "network_members",
        sa.Column("report_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("network_id", sa.BigInteger(), nullable=False),
        sa.Column("sub_network", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("report_id", name="pk_network_members"),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name="fk_network_members_report_id_reports",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_network_members_network_id", "network_members", ["network_id"])
    op.create_table(
        "network_redirects",
        sa.Column("old_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("new_id", sa.BigInteger(), nullable=False),
        sa.Column("merged_at", Timestamp, nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("old_id", name="pk_network_redirects"),
    )
    op.create_index("ix_network_redirects_new_id", "network_redirects", ["new_id"])
    op.create_table(
        "link_hubs",
        sa.Column("indicator_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("decided_at", Timestamp, nullable=False),
        sa.PrimaryKeyConstraint("indicator_id", name="pk_link_hubs"),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name="fk_link_hubs_indicator_id_indicators",
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    for table in ("link_hubs", "network_redirects", "network_members", "networks"):
        op.drop_table(table)
