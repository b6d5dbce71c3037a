"""One typed Settings object, built once at start-up and passed in.

Every field is read from the environment with the prefix ``TIPOFF_`` (for example
``TIPOFF_DATABASE_URL``) or from a ``.env`` file in the working directory.
"""

from __future__ import annotations

import json
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from tipoff.errors import ConfigError
from tipoff.secrets_file import SECRET_FIELDS, default_secrets_path, read_secrets

DEVELOPMENT_PSEUDONYM_KEY = "tipoff-development-only-key-do-not-use"
DEVELOPMENT_SESSION_SECRET = "tipoff-development-session-secret"
IPNetwork = IPv4Network | IPv6Network


class Settings(BaseSettings):
    """Runtime configuration of a tipoff instance."""

    model_config = SettingsConfigDict(
        env_prefix="TIPOFF_", env_file=".env", extra="ignore", populate_by_name=True
    )

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
        description=(
            "Key of the keyed hash (HMAC-SHA256) that pseudonymises victims' identifying fields."
        ),
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
    max_body_bytes: int = Field(
        8 * 1024 * 1024,
        ge=1024,
        description="Largest request body the API reads (413 above it), checked while it streams.",
    )
    page_size: int = Field(50, ge=1, le=1000, description="Default page size of list endpoints.")
    max_page_size: int = Field(500, ge=1, description="Largest page size a client may ask for.")
    hub_threshold: int = Field(
        1000,
        ge=2,
        description=(
            "An indicator seen in more reports than this is a hub: shown, not used to link. "
            "Values that join unrelated crews are caught by spread (docs/networks.md), so this "
            "is only a safety cap."
        ),
    )
    hub_threshold_by_kind: dict[str, int] = Field(
        default_factory=dict,
        description='Per-kind hub thresholds overriding hub_threshold, e.g. {"domain": 20}.',
    )
    link_on_intake: bool = Field(
        True,
        description=(
            "Link every report into the networks as soon as the API stores it (one API process)."
        ),
    )
    link_reconcile: bool = Field(
        True,
        description=(
            "With link_on_intake, rebuild the networks in full in the background once intake is "
            "quiet (or enough reports were linked), so live networks equal a full relink."
        ),
    )
    tipoff_remind_interval_s: float = Field(
        300.0,
        ge=0,
        description=(
            "Seconds between rounds of tip-off deadline reminders in `tipoff serve` (a "
            "reminder event 3 days and 1 day before the deadline and once past it; 0: never, "
            "then run `tipoff tipoffs remind`)."
        ),
    )
    share_publish_interval_s: float = Field(
        300.0,
        ge=0,
        description=(
            "Seconds between refreshes of the TAXII collections by `tipoff serve` "
            "(0: never; then run `tipoff share publish`)."
        ),
    )
    partner_lookups_per_minute: int = Field(
        60,
        ge=1,
        description="Private lookup and Bloom filter requests allowed per partner per minute.",
    )
    partner_lookup_hashes_per_hour: int = Field(
        200_000,
        ge=1,
        description="Hashes a partner may ask about in private lookups per hour.",
    )
    inbox_objects_per_hour: int = Field(
        200_000,
        ge=1,
        description=(
            "STIX objects one partner may POST to an agency's TAXII inbox per hour, per "
            "process (429 beyond)."
        ),
    )
    partner_lookup_index_values: int = Field(
        4_000_000,
        ge=1,
        description=(
            "Values the private lookup token indexes of all partners may hold in memory "
            "together (about 90 bytes each); beyond it the least recently used are dropped."
        ),
    )
    link_reconcile_quiet_s: float = Field(
        5.0, gt=0, description="Seconds without a linked report before the background relink."
    )
    link_reconcile_max_pending: int = Field(
        2000,
        ge=1,
        description="Reports linked incrementally after which the background relink runs at once.",
    )
    leiden_min_size: int = Field(
        50,
        ge=10,
        description=(
            "Components larger than this are examined for Leiden communities at relink, to find"
            " the values that only bridge networks (never to split a network by size)."
        ),
    )
    check_rate_limit: int = Field(
        30, ge=1, description="Public check requests allowed per client address per minute."
    )
    check_discloses_green: bool = Field(
        False,
        description=(
            "Whether the public check may say an identifier is known from reports marked GREEN "
            "(default: CLEAR reports only)."
        ),
    )
    warninglist_dir: Path | None = Field(
        None, description="Extra warninglist files (JSON) added to the bundled ones."
    )
    model_dir: Path | None = Field(
        None,
        # TIPOFF_MODEL_PATH is the name this setting had before; it is still read.
        validation_alias=AliasChoices("TIPOFF_MODEL_DIR", "TIPOFF_MODEL_PATH"),
        description=(
            "Directory of the assessment model to use (weights.npz + metadata.json, as "
            "`tipoff train --out DIR` writes it) instead of the bundled one."
        ),
    )
    shared_data: Path = Field(
        Path("../shared/data"),
        description=(
            "Folder of the public data sets that `tipoff train`, `tipoff eval-worlds` and "
            "`tipoff eval-known-groups` read (never copied into the repository)."
        ),
    )
    session_secret: SecretStr = Field(
        SecretStr(DEVELOPMENT_SESSION_SECRET),
        description="Secret that signs dashboard session cookies and CSRF tokens.",
    )
    secrets_file: Path | None = Field(
        None,
        description=(
            "File of the instance's secrets (written by `tipoff init`); default .tipoff-secrets "
            "beside the SQLite database, or in the working directory for PostgreSQL."
        ),
    )
    trusted_proxies: Annotated[tuple[IPNetwork, ...], NoDecode] = Field(
        (),
        description=(
            "Reverse proxies (addresses or CIDRs, comma-separated) whose X-Forwarded-For is "
            "believed; empty: the socket peer is the client."
        ),
    )
    login_failures_per_account: int = Field(
        5, ge=1, description="Failed logins to one account before it is locked for the window."
    )
    login_failures_per_address: int = Field(
        30, ge=1, description="Failed logins from one client address before it is locked out."
    )
    login_window_s: int = Field(
        900, ge=1, description="Seconds over which failed logins are counted (and a lock lasts)."
    )
    log_level: str = Field("INFO", description="Python logging level.")

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value: object) -> object:
        # "10.0.0.1, 10.1.0.0/16" from the environment; a JSON list works too.
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [part.strip() for part in text.split(",") if part.strip()]
        return value

    @field_validator("trusted_proxies", mode="after")
    @classmethod
    def _strict_networks(cls, value: tuple[IPNetwork, ...]) -> tuple[IPNetwork, ...]:
        return tuple(ip_network(str(network), strict=True) for network in value)

    def secrets_path(self) -> Path:
        """Where this instance's secrets file is (it may not exist yet)."""
        return self.secrets_file or default_secrets_path(self.database_url)

    def builtin_secrets(self) -> list[str]:
        """The variables still at their built-in, publicly known development values."""
        builtin = []
        if self.session_secret.get_secret_value() == DEVELOPMENT_SESSION_SECRET:
            builtin.append("TIPOFF_SESSION_SECRET")
        if self.pseudonym_key.get_secret_value() == DEVELOPMENT_PSEUDONYM_KEY:
            builtin.append("TIPOFF_PSEUDONYM_KEY")
        return builtin

    @model_validator(mode="after")
    def _load_secrets_file(self) -> Settings:
        # The environment (and .env) wins; the secrets file fills only what it left unset.
        unset = {v: f for v, f in SECRET_FIELDS.items() if f not in self.model_fields_set}
        if unset:
            for variable, value in read_secrets(self.secrets_path()).items():
                if variable in unset:
                    setattr(self, unset[variable], SecretStr(value))
        return self

    @model_validator(mode="after")
    def _refuse_default_keys_in_production(self) -> Settings:
        if self.environment == "production":
            for variable in self.builtin_secrets():
                raise ConfigError(f"{variable} must be set outside development (run `tipoff init`)")
        return self


def load_settings(**overrides: object) -> Settings:
    """Build Settings from the environment, with explicit overrides (for tests and the CLI)."""
    return Settings(**overrides)  # type: ignore[arg-type]
