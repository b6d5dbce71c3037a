"""Applied STIX versions as fixed-width text stamps (which sort as time does).

``share_imported.modified`` becomes ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` text
(``tipoff.share.versions.stamp``), so versions compare the same on both backends and rows
are written straight through the driver.

Revision ID: 0012_stix_version_stamps
Revises: 0011_tipoff_attachments
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_stix_version_stamps"
down_revision = "0011_tipoff_attachments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("share_imported") as batch:
        batch.alter_column(
            "modified",
            existing_type=sa.DateTime(timezone=True),
            type_=sa.String(length=32),
            existing_nullable=True,
            postgresql_using=(
                "to_char(modified AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
            ),
        )


def downgrade() -> None:
    with op.batch_alter_table("share_imported") as batch:
        batch.alter_column(
            "modified",
            existing_type=sa.String(length=32),
            type_=sa.DateTime(timezone=True),
            existing_nullable=True,
            postgresql_using="modified::timestamptz",
        )
