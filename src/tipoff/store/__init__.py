"""Storage: SQLAlchemy Core tables, Alembic migrations, and the ReportStore implementations."""
