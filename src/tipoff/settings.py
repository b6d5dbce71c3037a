"""One typed Settings object, built once at start-up and passed in.

Every field is read from the environment with the prefix ``TIPOFF_`` (for example
``TIPOFF_DATABASE_URL``) or from a ``.env`` file in the working directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from tipoff.errors import ConfigError

DEVELOPMENT_PSEUDONYM_KEY = "tipoff-development-only-key-do-not-use"


class Settings(BaseSettings):
    """Runtime configuration of a tipoff instance."""

    model_config = SettingsConfigDict(env_prefix="TIPOFF_", env_file=".env", extra="ignore")

    environment: Literal["development", "test", "production"] = Field(
        "development",
        description="development allows the built-in pseudonym key; production refuses it.",
    )
    database_url: str = Field(
        "sqlite:///tipoff.db",
        description="SQLAlchemy URL: sqlite:///path.db (default, WAL) or postgresql+psycopg://user@host/db.",
    )
    pseudonym_key: SecretStr = Field(
        SecretStr(DEVELOPMENT_PSEUDONYM_KEY),
        description="Key of the keyed hash (HMAC-SHA256) that pseudonymises victims' identifying fields.",
    )
    host: str = Field("127.0.0.1", description="Address `tipoff serve` binds to.")
    port: int = Field(8000, ge=1, le=65535, description="Port `tipoff serve` listens on.")
    allow_public_bind: bool = Field(
        False,
        description="Must be true (and agency keys must exist) to bind a non-loopback address.",
    )
    batch_limit: int = Field(
        1000, ge=1, description="Most reports accepted in one POST /api/v1/reports."
    )
    page_size: int = Field(50, ge=1, le=1000, description="Default page size of list endpoints.")
    max_page_size: int = Field(500, ge=1, description="Largest page size a client may ask for.")
    hub_threshold: int = Field(
        1000,
        ge=2,
        description=(
            "An indicator seen in more reports than this is a hub: shown, not used to link. Values that "
            "join unrelated crews are caught by spread (docs/networks.md), so this is only a safety cap."
        ),
    )
    hub_threshold_by_kind: dict[str, int] = Field(
        default_factory=dict,
        description='Per-kind hub thresholds overriding hub_threshold, e.g. {"domain": 20}.',
    )
    link_on_intake: bool = Field(
        True,
        description="Link every report into the networks as soon as the API stores it (one API process).",
    )
    leiden_min_size: int = Field(
        500, ge=10, description="Networks larger than this are split into sub-networks (Leiden)."
    )
    check_rate_limit: int = Field(
        30, ge=1, description="Public check requests allowed per client address per minute."
    )
    warninglist_dir: Path | None = Field(
        None, description="Extra warninglist files (JSON) added to the bundled ones."
    )
    model_path: Path | None = Field(
        None, description="Assessment model artifact to load instead of the bundled one."
    )
    session_secret: SecretStr = Field(
        SecretStr("tipoff-development-session-secret"),
        description="Secret that signs dashboard session cookies and CSRF tokens.",
    )
    log_level: str = Field("INFO", description="Python logging level.")

    @model_validator(mode="after")
    def _refuse_default_keys_in_production(self) -> Settings:
        if self.environment == "production":
            if self.pseudonym_key.get_secret_value() == DEVELOPMENT_PSEUDONYM_KEY:
                raise ConfigError("TIPOFF_PSEUDONYM_KEY must be set outside development")
            if self.session_secret.get_secret_value() == "tipoff-development-session-secret":
                raise ConfigError("TIPOFF_SESSION_SECRET must be set outside development")
        return self


def load_settings(**overrides: object) -> Settings:
    """Build Settings from the environment, with explicit overrides (for tests and the CLI)."""
    return Settings(**overrides)  # type: ignore[arg-type]
