"""Sharing over TAXII 2.1: partners, the shared collection, POST statuses, pull spool.

Revision ID: 0005_taxii
Revises: 0004_security
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005_taxii"
down_revision = "0004_security"
branch_labels = None
depends_on = None

_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "share_partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("clearance", sa.String(length=16), nullable=False),
        sa.Column("purpose", sa.String(length=300), nullable=False),
        sa.Column("key_prefix", sa.String(length=32), nullable=True),
        sa.Column("key_hash", sa.String(length=64), nullable=True),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("revoked_at", _TIME, nullable=True),
        sa.Column("remote_url", sa.String(length=1000), nullable=True),
        sa.Column("remote_collection", sa.String(length=200), nullable=True),
        sa.Column("remote_inbox", sa.String(length=200), nullable=True),
        sa.Column("remote_user", sa.String(length=200), nullable=True),
        sa.Column("remote_key", sa.String(length=500), nullable=True),
        sa.Column("pull_after", sa.String(length=40), nullable=True),
        sa.Column("pull_next", sa.String(length=1000), nullable=True),
        sa.Column("push_after", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name="fk_share_partners_agency_id_agencies"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_share_partners"),
        sa.UniqueConstraint("agency_id", "code", name="uq_share_partners_agency_id_code"),
    )
    op.create_index("ix_share_partners_key_prefix", "share_partners", ["key_prefix"])
    op.create_table(
        "share_objects",
        sa.Column("id", _BIG_ID, nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.Column("stix_id", sa.String(length=200), nullable=False),
        sa.Column("stix_type", sa.String(length=64), nullable=False),
        sa.Column("spec_version", sa.String(length=8), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("tlp", sa.String(length=16), nullable=True),
        sa.Column("latest", sa.Boolean(), nullable=False),
        sa.Column("date_added", _TIME, nullable=False),
        sa.Column("digest", sa.String(length=32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name="fk_share_objects_agency_id_agencies"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_share_objects"),
    )
    op.create_index(
        "ix_share_objects_page", "share_objects", ["agency_id", "tier", "date_added", "id"]
    )
    op.create_index("ix_share_objects_stix_id", "share_objects", ["agency_id", "tier", "stix_id"])
    op.create_table(
        "share_status",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("body", _JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["share_partners.id"], name="fk_share_status_partner_id_share_partners"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_share_status"),
    )
    op.create_table(
        "share_pull_spool",
        sa.Column("id", _BIG_ID, nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["share_partners.id"],
            name="fk_share_pull_spool_partner_id_share_partners",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_share_pull_spool"),
    )
    op.create_index("ix_share_pull_spool_partner_id", "share_pull_spool", ["partner_id"])


def downgrade() -> None:
    op.drop_index("ix_share_pull_spool_partner_id", table_name="share_pull_spool")
    op.drop_table("share_pull_spool")
    op.drop_table("share_status")
    op.drop_index("ix_share_objects_stix_id", table_name="share_objects")
    op.drop_index("ix_share_objects_page", table_name="share_objects")
    op.drop_table("share_objects")
    op.drop_index("ix_share_partners_key_prefix", table_name="share_partners")
    op.drop_table("share_partners")
