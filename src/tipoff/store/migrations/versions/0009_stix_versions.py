"""Versions of imported STIX objects, and an index for the newest report of an agency.

Revision ID: 0009_stix_versions
Revises: 0008_feeds
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_stix_versions"
down_revision = "0008_feeds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "share_imported",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("stix_id", sa.String(length=200), nullable=False),
        sa.Column("stix_type", sa.String(length=64), nullable=False),
        sa.Column("modified", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name="fk_share_imported_agency_id_agencies"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_share_imported"),
        sa.UniqueConstraint("agency_id", "stix_id", name="uq_share_imported_agency_id_stix_id"),
    )
    op.create_index("ix_share_imported_agency_id_id", "share_imported", ["agency_id", "id"])
    op.create_table(
        "share_imported_refs",
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("root_id", sa.String(length=200), nullable=False),
        sa.Column("ref_id", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name="fk_share_imported_refs_agency_id_agencies"
        ),
        sa.PrimaryKeyConstraint("agency_id", "root_id", "ref_id", name="pk_share_imported_refs"),
    )
    op.create_index(
        "ix_share_imported_refs_agency_id_ref_id", "share_imported_refs", ["agency_id", "ref_id"]
    )
    op.create_index("ix_reports_agency_id_id", "reports", ["agency_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_reports_agency_id_id", table_name="reports")
    op.drop_index("ix_share_imported_refs_agency_id_ref_id", table_name="share_imported_refs")
    op.drop_table("share_imported_refs")
    op.drop_index("ix_share_imported_agency_id_id", table_name="share_imported")
    op.drop_table("share_imported")
