"""Foundation: agencies, API keys, reports, indicators, sightings, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Json = sa.JSON().with_variant(JSONB(), "postgresql")
Timestamp = sa.DateTime(timezone=True)

# PostgreSQL enforces the audit log's append-only rule itself, so even a hand-written
# UPDATE or DELETE is refused. (SQLite has no such guard; tipoff offers no API for it.)
_AUDIT_GUARD_FUNCTION = """
CREATE FUNCTION tipoff_audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql
"""
_AUDIT_GUARD_TRIGGER = """
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION tipoff_audit_log_append_only()
"""


def upgrade() -> None:
    op.create_table(
        "agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_agencies"),
        sa.UniqueConstraint("code", name="uq_agencies_code"),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.String(32), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("revoked_at", Timestamp, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_api_keys"),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name="fk_api_keys_agency_id_agencies"
        ),
    )
    op.create_index("ix_api_keys_prefix", "api_keys", ["prefix"])
    op.create_table(
        "reports",
        sa.Column("id", BigId, nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(200), nullable=False),
        sa.Column("received_at", Timestamp, nullable=False),
        sa.Column("occurred_at", Timestamp, nullable=True),
        sa.Column("victim_country", sa.String(2), nullable=True),
        sa.Column("language", sa.String(20), nullable=True),
        sa.Column("channel", sa.String(40), nullable=True),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("messages", Json, nullable=False),
        sa.Column("loss_amount", sa.Numeric(24, 4), nullable=True),
        sa.Column("loss_currency", sa.String(3), nullable=True),
        sa.Column("loss_usd", sa.Float(), nullable=True),
        sa.Column("payments", Json, nullable=False),
        sa.Column("identifiers", Json, nullable=False),
        sa.Column("reporter_scam_type", sa.String(64), nullable=True),
        sa.Column("victim_key", sa.String(64), nullable=True),
        sa.Column("victim_attrs", Json, nullable=False),
        sa.Column("tlp", sa.String(16), nullable=False),
        sa.Column("scam_type", sa.String(64), nullable=True),
        sa.Column("scam_probability", sa.Float(), nullable=True),
        sa.Column("assessment", Json, nullable=True),
        sa.Column("model_version", sa.String(64), nullable=True),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reports"),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name="fk_reports_agency_id_agencies"
        ),
        sa.UniqueConstraint("agency_id", "external_id", name="uq_reports_agency_id_external_id"),
    )
    op.create_index("ix_reports_received_at", "reports", ["received_at"])
    op.create_index("ix_reports_victim_country", "reports", ["victim_country"])
    op.create_index("ix_reports_scam_type", "reports", ["scam_type"])
    op.create_index("ix_reports_victim_key", "reports", ["victim_key"])
    op.create_table(
        "indicators",
        sa.Column("id", BigId, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("value", sa.String(2000), nullable=False),
        sa.Column("common", sa.Boolean(), nullable=False),
        sa.Column("first_seen", Timestamp, nullable=False),
        sa.Column("last_seen", Timestamp, nullable=False),
        sa.Column("report_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_indicators"),
        sa.UniqueConstraint("kind", "value", name="uq_indicators_kind_value"),
    )
    op.create_table(
        "sightings",
        sa.Column("id", BigId, nullable=False),
        sa.Column("report_id", BigId, nullable=False),
        sa.Column("indicator_id", BigId, nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("raw", sa.String(2000), nullable=False),
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sightings"),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name="fk_sightings_report_id_reports", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"], ["indicators.id"], name="fk_sightings_indicator_id_indicators"
        ),
    )
    op.create_index("ix_sightings_indicator_id", "sightings", ["indicator_id"])
    op.create_index("ix_sightings_report_id", "sightings", ["report_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", BigId, nullable=False),
        sa.Column("at", Timestamp, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("object_type", sa.String(64), nullable=False),
        sa.Column("object_ref", sa.String(300), nullable=True),
        sa.Column("detail", Json, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_AUDIT_GUARD_FUNCTION)
        op.execute(_AUDIT_GUARD_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS tipoff_audit_log_append_only()")
    for table in ("audit_log", "sightings", "indicators", "reports", "api_keys", "agencies"):
        op.drop_table(table)
