"""The intake format of a victim report: what the API accepts and `tipoff ingest` reads.

One JSON object per report (JSONL for files). The simulator writes exactly this shape,
so `tipoff simulate` output loads with `tipoff ingest` directly. Unknown fields are
rejected, so a misspelt field name is an error, not silently lost data.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tipoff.model import TLP, Role

CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")]
CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 4217")]

Channel = Literal[
    "sms",
    "voice",
    "voice_spoofed_cli",
    "email",
    "dating_app",
    "social_dm",
    "social_ad",
    "search_ad",
    "game_chat",
    "messaging_app",
    "recruitment_site",
    "in_person",
    "other",
]
PaymentRail = Literal[
    "domestic_transfer",
    "instant_qr",
    "international_wire",
    "card",
    "e_wallet",
    "crypto_usdt_trc20",
    "crypto_other",
    "crypto_atm",
    "gift_card",
    "cash_courier",
    "cash_post",
    "gold_bullion",
    "cash_card_handover",
    "other",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


KeptAttribute = Literal["age_band", "gender"]


def _keep_all() -> list[KeptAttribute]:
    return ["age_band", "gender"]


class Victim(_Strict):
    """Who was harmed. Identifying fields are pseudonymised (keyed hash) before storage."""

    name: str | None = Field(None, max_length=300)
    phone: str | None = Field(None, max_length=100)
    email: str | None = Field(None, max_length=300)
    national_id: str | None = Field(None, max_length=100)
    # Non-identifying context the agency may choose to keep.
    age_band: Literal["<20", "20-29", "30-39", "40-49", "50-59", "60-69", "70+"] | None = None
    gender: Literal["female", "male", "other", "undisclosed"] | None = None
    keep: list[KeptAttribute] = Field(
        default_factory=_keep_all,
        description="Non-identifying fields the agency chooses to store.",
    )


class Message(_Strict):
    """A message the victim received or sent, quoted as written."""

    text: str = Field(min_length=1, max_length=20_000)
    sender: Literal["scammer", "victim", "unknown"] = "scammer"
    sent_at: datetime | None = None
    channel: str | None = Field(None, max_length=40)
    from_id: str | None = Field(
        None, max_length=300, description="Sender number, handle or address as shown."
    )


class Money(_Strict):
    amount: Decimal = Field(ge=0, max_digits=20, decimal_places=4)
    currency: CurrencyCode


class Payment(_Strict):
    """One payment the victim made, and where it went."""

    amount: Decimal = Field(ge=0, max_digits=20, decimal_places=4)
    currency: CurrencyCode
    paid_at: datetime | None = None
    rail: PaymentRail | None = None
    payee: str = Field(
        min_length=1,
        max_length=500,
        description="Payee account or wallet as the victim wrote it (bank, branch, number, IBAN, address).",
    )
    payee_name: str | None = Field(None, max_length=300)


class Identifier(_Strict):
    """An identifier the reporter states explicitly (a phone, account, wallet, URL, handle)."""

    value: str = Field(min_length=1, max_length=2000)
    kind: str | None = Field(None, max_length=40, description="Hint: phone, iban, wallet, url, ...")
    role: Role = Role.MENTIONED


class ReportIn(_Strict):
    """One victim report (or a partner's report) as received."""

    external_id: str = Field(
        min_length=1, max_length=200, description="The receiving agency's own id."
    )
    agency: str | None = Field(
        None,
        max_length=64,
        description="Receiving agency code; the API takes it from the key, `ingest` from --agency.",
    )
    received_at: datetime | None = None
    occurred_at: datetime | None = None
    victim_country: CountryCode | None = None
    language: str | None = Field(None, max_length=20, description="BCP 47, e.g. ja, zh-Hans, th")
    channel: Channel | None = None
    narrative: str = Field("", max_length=100_000)
    messages: list[Message] = Field(default_factory=list, max_length=500)
    loss: Money | None = None
    payments: list[Payment] = Field(default_factory=list, max_length=500)
    identifiers: list[Identifier] = Field(default_factory=list, max_length=500)
    scam_type: str | None = Field(
        None, max_length=64, description="The reporter's own classification."
    )
    victim: Victim | None = None
    tlp: TLP = TLP.AMBER

    @field_validator("victim_country", mode="before")
    @classmethod
    def _upper_country(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    def texts(self) -> list[str]:
        """Every free text of the report, narrative first."""
        return [t for t in [self.narrative, *(m.text for m in self.messages)] if t]
