"""Tables of sharing over TAXII 2.1 (migration 0005_taxii; docs/sharing.md).

- ``share_partners``: the organisations an agency shares with. Inbound: the partner's
  clearance, the purpose disclosures are made for, and its key (prefix and SHA-256 only).
  Outbound: the partner's own TAXII server (API root, collections, the credential it gave
  us) and the cursors of ``tipoff share pull|push``.
- ``share_objects``: the TAXII collection of what an agency shares, one materialised view
  per receiver clearance (``tier``), built by ``tipoff.share.collection.publish`` from the
  export (so every object was decided for that clearance). Keyset pages on
  (agency, tier, date_added, id).
- ``share_status``: status resources of envelopes partners POSTed.
- ``share_pull_spool``: pages of a pull in progress (a pull imports once, at the end, so
  references across pages resolve; an interrupted pull resumes from its spool).
- ``share_imported`` (migration 0009): the newest version of every STIX object an agency
  imported (``tipoff.share.versions``), so a newer version updates what it became and an
  older one changes nothing. A row is replaced (new id) when a newer version is applied.
- ``share_imported_refs``: which imported objects each imported report or loose indicator
  was built from, so a newer version of one of them finds the reports to rebuild.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from tipoff.store.tables import BigId, Json, Timestamp, metadata

share_partners = Table(
    "share_partners",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False),
    Column("code", String(64), nullable=False),
    Column("name", String(300), nullable=False),
    Column("clearance", String(16), nullable=False),
    Column("purpose", String(300), nullable=False),
    Column("key_prefix", String(32), nullable=True, index=True),
    Column("key_hash", String(64), nullable=True),
    Column("created_at", Timestamp, nullable=False),
    Column("revoked_at", Timestamp, nullable=True),
    Column("remote_url", String(1000), nullable=True),
    Column("remote_collection", String(200), nullable=True),
    Column("remote_inbox", String(200), nullable=True),
    Column("remote_user", String(200), nullable=True),
    Column("remote_key", String(500), nullable=True),
    Column("pull_after", String(40), nullable=True),
    Column("pull_next", String(1000), nullable=True),
    Column("push_after", String(100), nullable=True),
    UniqueConstraint("agency_id", "code"),
)

share_objects = Table(
    "share_objects",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False),
    Column("tier", String(16), nullable=False),
    Column("stix_id", String(200), nullable=False),
    Column("stix_type", String(64), nullable=False),
    Column("spec_version", String(8), nullable=False),
    Column("version", String(40), nullable=False),
    Column("tlp", String(16), nullable=True),  # None: identities and definitions
    Column("latest", Boolean, nullable=False),
    Column("date_added", Timestamp, nullable=False),
    Column("digest", String(32), nullable=False),
    Column("body", Text, nullable=False),
    Index("ix_share_objects_page", "agency_id", "tier", "date_added", "id"),
    Index("ix_share_objects_stix_id", "agency_id", "tier", "stix_id"),
    # Covering indexes of the default (latest-version) pages: keyset scans that read the
    # table only for the bodies of an objects page (migration 0010).
    Index(
        "ix_share_objects_latest",
        *("agency_id", "tier", "latest", "date_added", "id", "tlp", "stix_id", "version"),
    ),
    Index(
        "ix_share_objects_latest_type",
        *("agency_id", "tier", "latest", "stix_type", "date_added", "id"),
        *("tlp", "stix_id", "version"),
    ),
)

share_status = Table(
    "share_status",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("partner_id", Integer, ForeignKey("share_partners.id"), nullable=False),
    Column("created_at", Timestamp, nullable=False),
    Column("body", Json, nullable=False),
)

share_pull_spool = Table(
    "share_pull_spool",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("partner_id", Integer, ForeignKey("share_partners.id"), nullable=False),
    Column("body", Text, nullable=False),
    Index("ix_share_pull_spool_partner_id", "partner_id"),
)

share_imported = Table(
    "share_imported",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False),
    Column("stix_id", String(200), nullable=False),
    Column("stix_type", String(64), nullable=False),
    # The version as a fixed-width UTC stamp (``tipoff.share.versions.stamp``), which sorts
    # as time does; None: objects without versions (SCOs).
    Column("modified", String(32), nullable=True),
    Column("revoked", Boolean, nullable=False),
    Column("body", Text, nullable=False),
    # The authenticated partner that delivered it (None: a file the agency imported).
    Column("received_from", String(200), nullable=True),
    UniqueConstraint("agency_id", "stix_id"),
    Index("ix_share_imported_agency_id_id", "agency_id", "id"),
)

share_imported_refs = Table(
    "share_imported_refs",
    metadata,
    Column("agency_id", Integer, ForeignKey("agencies.id"), primary_key=True),
    Column("root_id", String(200), primary_key=True),
    Column("ref_id", String(200), primary_key=True),
    Index("ix_share_imported_refs_agency_id_ref_id", "agency_id", "ref_id"),
)
