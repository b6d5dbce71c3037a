"""TAXII pages as index-only keyset scans (docs/sharing.md, "Speed").

Two covering indexes on ``share_objects`` for the default ``match[version]=last`` pages:
``(agency, tier, latest, date_added, id)`` for plain, ``added_after`` and manifest pages,
and ``(agency, tier, latest, stix_type, date_added, id)`` for ``match[type]`` pages. Both
carry ``tlp``, ``stix_id`` and ``version`` as trailing key columns (the same definition on
SQLite and PostgreSQL), so the visibility filter and a manifest page never read the table.

Revision ID: 0010_share_pages
Revises: 0009_stix_versions
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0010_share_pages"
down_revision = "0009_stix_versions"
branch_labels = None
depends_on = None

_COVERED = ["tlp", "stix_id", "version"]


def upgrade() -> None:
    op.create_index(
        "ix_share_objects_latest",
        "share_objects",
        ["agency_id", "tier", "latest", "date_added", "id", *_COVERED],
    )
    op.create_index(
        "ix_share_objects_latest_type",
        "share_objects",
        ["agency_id", "tier", "latest", "stix_type", "date_added", "id", *_COVERED],
    )


def downgrade() -> None:
    op.drop_index("ix_share_objects_latest_type", table_name="share_objects")
    op.drop_index("ix_share_objects_latest", table_name="share_objects")
