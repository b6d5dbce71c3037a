"""Applied STIX versions as fixed-width text stamps, and who delivered each.

``share_imported.modified`` becomes ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` text
(``tipoff.share.versions.stamp``), so versions compare the same on both backends and rows
are written straight through the driver. ``received_from``: the authenticated partner
that delivered the applied version (None: a file the agency imported itself); a newer
version from anyone else is not applied.

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
        batch.add_column(sa.Column("received_from", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("share_imported") as batch:
        batch.drop_column("received_from")
        batch.alter_column(
            "modified",
            existing_type=sa.String(length=32),
            type_=sa.DateTime(timezone=True),
            existing_nullable=True,
            postgresql_using="modified::timestamptz",
        )
