"""Analysts' verdicts on reports and messages (docs/assess.md, "Learning from analysts").

Revision ID: 0006_verdicts
Revises: 0005_taxii
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_verdicts"
down_revision = "0005_taxii"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analyst_verdicts",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "report_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("message_index", sa.Integer(), nullable=True),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("scam_type", sa.String(length=64), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name="fk_analyst_verdicts_report_id_reports",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name="fk_analyst_verdicts_agency_id_agencies"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_analyst_verdicts"),
    )
    op.create_index("ix_analyst_verdicts_report_id", "analyst_verdicts", ["report_id"])


def downgrade() -> None:
    op.drop_index("ix_analyst_verdicts_report_id", table_name="analyst_verdicts")
    op.drop_table("analyst_verdicts")
