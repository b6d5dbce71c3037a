"""Tip-off attachments, keyset paging and deadline reminders (docs/tipoffs.md).

Revision ID: 0011_tipoff_attachments
Revises: 0010_share_pages
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_tipoff_attachments"
down_revision = "0010_share_pages"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tipoff_attachments",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "tipoff_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("content_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("tlp", sa.String(length=16), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=80), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tipoff_id"],
            ["tipoffs.id"],
            name="fk_tipoff_attachments_tipoff_id_tipoffs",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_tipoff_attachments"),
        sa.UniqueConstraint("tipoff_id", "sha256", name="uq_tipoff_attachments_tipoff_id_sha256"),
    )
    op.create_index("ix_tipoffs_agency_direction_id", "tipoffs", ["agency_id", "direction", "id"])
    op.create_index("ix_tipoffs_agency_deadline", "tipoffs", ["agency_id", "deadline"])


def downgrade() -> None:
    op.drop_index("ix_tipoffs_agency_deadline", table_name="tipoffs")
    op.drop_index("ix_tipoffs_agency_direction_id", table_name="tipoffs")
    op.drop_table("tipoff_attachments")
