"""SQLAlchemy Core tables of the tipoff store.

These definitions are the reference the Alembic migrations must reproduce (a test
compares them). Types are chosen to behave the same on SQLite and PostgreSQL:
big integer keys that still autoincrement on SQLite, JSON that is JSONB on PostgreSQL,
timezone-aware timestamps (stored as UTC; SQLite drops the offset, so the store
normalises every timestamp to UTC before writing).

Other parts of tipoff (link, web) add their own tables to the same ``metadata``
from their own modules and migrations.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB

# Constraint names are explicit so migrations and both backends agree on them.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# SQLite only autoincrements a column declared exactly INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")
Json = JSON().with_variant(JSONB(), "postgresql")
Timestamp = DateTime(timezone=True)

agencies = Table(
    "agencies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(64), nullable=False, unique=True),
    Column("name", String(300), nullable=False),
    Column("country", String(2), nullable=True),
    Column("created_at", Timestamp, nullable=False),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False),
    Column("prefix", String(32), nullable=False, index=True),
    Column("key_hash", String(64), nullable=False),
    Column("created_at", Timestamp, nullable=False),
    Column("revoked_at", Timestamp, nullable=True),
)

reports = Table(
    "reports",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False),
    Column("external_id", String(200), nullable=False),
    Column("received_at", Timestamp, nullable=False),
    Column("occurred_at", Timestamp, nullable=True),
    Column("victim_country", String(2), nullable=True),
    Column("language", String(20), nullable=True),
    Column("channel", String(40), nullable=True),
    Column("narrative", Text, nullable=False, default=""),
    Column("messages", Json, nullable=False),
    Column("loss_amount", Numeric(24, 4), nullable=True),
    Column("loss_currency", String(3), nullable=True),
    Column("loss_usd", Float, nullable=True),
    Column("payments", Json, nullable=False),
    Column("identifiers", Json, nullable=False),
    Column("reporter_scam_type", String(64), nullable=True),
    Column("victim_key", String(64), nullable=True),
    Column("victim_attrs", Json, nullable=False),
    Column("tlp", String(16), nullable=False),
    Column("scam_type", String(64), nullable=True),
    Column("scam_probability", Float, nullable=True),
    Column("assessment", Json, nullable=True),
    Column("model_version", String(64), nullable=True),
    Column("created_at", Timestamp, nullable=False),
    UniqueConstraint("agency_id", "external_id"),
    Index("ix_reports_received_at", "received_at"),
    Index("ix_reports_victim_country", "victim_country"),
    Index("ix_reports_scam_type", "scam_type"),
    Index("ix_reports_victim_key", "victim_key"),
    Index("ix_reports_agency_id_id", "agency_id", "id"),
)

indicators = Table(
    "indicators",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("value", String(2000), nullable=False),
    Column("common", Boolean, nullable=False, default=False),
    Column("first_seen", Timestamp, nullable=False),
    Column("last_seen", Timestamp, nullable=False),
    Column("report_count", Integer, nullable=False, default=0),
    UniqueConstraint("kind", "value"),
)

sightings = Table(
    "sightings",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("report_id", BigId, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("indicator_id", BigId, ForeignKey("indicators.id"), nullable=False),
    Column("role", String(32), nullable=False),
    Column("raw", String(2000), nullable=False),
    Column("source", String(64), nullable=False),
    Column("span_start", Integer, nullable=True),
    Column("span_end", Integer, nullable=True),
    Column("confidence", Float, nullable=False, default=1.0),
    Index("ix_sightings_indicator_id", "indicator_id"),
    Index("ix_sightings_report_id", "report_id"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("at", Timestamp, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(32), nullable=False),
    Column("object_type", String(64), nullable=False),
    Column("object_ref", String(300), nullable=True),
    Column("detail", Json, nullable=False),
    Index("ix_audit_log_at", "at"),
)

FOUNDATION_TABLES = ("agencies", "api_keys", "reports", "indicators", "sightings", "audit_log")

# --- sessions and login throttling (migration 0004_security; docs/security.md) ----------

web_sessions = Table(
    "web_sessions",
    metadata,
    # SHA-256 of the random session id the signed cookie carries: a copy of this table
    # holds no usable session, and a cookie is only good while its row is open.
    Column("id", String(64), primary_key=True),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False),
    Column("principal", String(200), nullable=False),
    Column("key_hash", String(64), nullable=True),  # the API key logged in with, if any
    Column("username", String(100), nullable=True),  # the web user logged in as, if any
    Column("created_at", Timestamp, nullable=False),
    Column("ended_at", Timestamp, nullable=True),
    Index("ix_web_sessions_key_hash", "key_hash"),
)

login_failures = Table(
    "login_failures",
    metadata,
    # One counter per (scope, subject): scope "account" or "address". Stored, so a restart
    # or a second process does not reset it. Times are unix seconds (compared in SQL).
    Column("scope", String(16), primary_key=True),
    Column("subject", String(300), primary_key=True),
    Column("window_start", BigInteger, nullable=False),
    Column("failures", Integer, nullable=False),
)

SECURITY_TABLES = ("web_sessions", "login_failures")

# --- analysts' verdicts (migration 0006_verdicts; docs/assess.md "Learning from analysts") -

analyst_verdicts = Table(
    "analyst_verdicts",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("report_id", BigId, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    # None: the verdict is on the whole report; N: on the report's messages[N].
    Column("message_index", Integer, nullable=True),
    Column("verdict", String(16), nullable=False),  # scam, not_scam, spam
    Column("scam_type", String(64), nullable=True),
    Column("note", Text, nullable=False),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("created_at", Timestamp, nullable=False),
    Index("ix_analyst_verdicts_report_id", "report_id"),
)

VERDICT_TABLES = ("analyst_verdicts",)
