"""The intake format of a victim report: what the API accepts and `tipoff ingest` reads.

One JSON object per report (JSONL for files). The simulator writes exactly this shape,
so `tipoff simulate` output loads with `tipoff ingest` directly. Unknown fields are
rejected, so a misspelt field name is an error, not silently lost data.

Implausible values are rejected too, with the field named and what is expected said in
words, because one report dated 9999 or losing 10^15 yen would distort every agency's
overview (first seen, trends, total losses) and, at worst, overflow a timestamp:

- dates between 1990-01-01 and one day after now (UTC); a date without a time zone is UTC;
- amounts up to the equivalent of USD 1,000,000,000 (``MAX_AMOUNT_USD``, at the bundled
  rates of ``tipoff.currency``; no real loss is larger), or up to 10,000,000,000 in a
  currency without a bundled rate: a raw cap in every currency would refuse real losses
  in currencies of small units (10^10 VND is about USD 400,000);
- countries: an ISO 3166-1 alpha-2 code in capitals (``JP``); currencies: an ISO 4217
  code in capitals (``JPY``), from the lists bundled in ``tipoff/intake/data``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from tipoff.currency import to_usd
from tipoff.model import TLP, Role

EARLIEST_DATE = datetime(1990, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)  # clocks and time zones: "today" somewhere is tomorrow in UTC
MAX_AMOUNT_USD = 1_000_000_000.0  # no single reported loss comes near it
MAX_AMOUNT = Decimal(10_000_000_000)  # the cap in a currency without a bundled USD rate


@cache
def code_list(name: str) -> frozenset[str]:
    """A bundled code list: ``iso3166_alpha2`` or ``iso4217`` (see the files for sources)."""
    text = resources.files("tipoff.intake").joinpath(f"data/{name}.json").read_text("utf-8")
    return frozenset(json.loads(text)["codes"])


def _country(value: str) -> str:
    if len(value) != 2 or not value.isascii() or not value.isupper():
        raise PydanticCustomError(
            "country_code", "country must be two capital letters, an ISO 3166 code such as JP"
        )
    if value not in code_list("iso3166_alpha2"):
        raise PydanticCustomError(
            "country_code", "not an ISO 3166 country code: use two capital letters such as JP"
        )
    return value


def _currency(value: str) -> str:
    if len(value) != 3 or not value.isascii() or not value.isupper():
        raise PydanticCustomError(
            "currency_code", "currency must be three capital letters, an ISO 4217 code such as JPY"
        )
    if value not in code_list("iso4217"):
        raise PydanticCustomError(
            "currency_code", "not an ISO 4217 currency code: use three capital letters such as JPY"
        )
    return value


def latest_plausible() -> datetime:
    """The latest date a report may carry: one day after now (UTC)."""
    return datetime.now(UTC) + FUTURE_SLACK


def _moment(value: datetime) -> datetime:
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    latest = latest_plausible()
    # Years first: 9999-12-31T23:59:59-14:00 cannot even be converted to UTC.
    if not (
        EARLIEST_DATE.year - 1 <= aware.year <= latest.year + 1 and EARLIEST_DATE <= aware <= latest
    ):
        raise PydanticCustomError(
            "implausible_date",
            "must be a date between 1990-01-01 and one day after now (UTC), "
            "e.g. 2026-05-01T09:30:00+09:00",
        )
    return value


def _filter_moment(value: datetime) -> datetime:
    # Filters may look ahead (received before next year) but must stay convertible to UTC
    # and storable: 9999-12-31T23:59:59-14:00 is neither.
    if not 1900 <= value.year <= 2200:
        raise PydanticCustomError(
            "implausible_date",
            "must be a date between 1900 and 2200, ISO 8601, e.g. 2026-05-01T00:00:00Z",
        )
    return value


def plausible_amount(value: Decimal, currency: str | None) -> Decimal:
    """``value`` if at most USD 1,000,000,000 in ``currency`` (or 10,000,000,000 of a currency
    without a bundled rate, or of an invalid one); PydanticCustomError otherwise."""
    usd = to_usd(value, currency) if currency else None
    if usd is None and value > MAX_AMOUNT:
        raise PydanticCustomError(
            "implausible_amount",
            "must be at most 10,000,000,000 in a currency without a known US dollar rate "
            "(no real loss is larger)",
        )
    if usd is not None and usd > MAX_AMOUNT_USD:
        raise PydanticCustomError(
            "implausible_amount",
            "must be at most the equivalent of USD 1,000,000,000 (no real loss is larger); "
            "check the amount and the currency",
        )
    return value


def _amount_in_currency(value: Decimal, info: ValidationInfo) -> Decimal:
    # ``currency`` is declared before ``amount``, so it is validated (or missing) by now.
    currency = info.data.get("currency")
    return plausible_amount(value, currency if isinstance(currency, str) else None)


CountryCode = Annotated[
    str,
    AfterValidator(_country),
    Field(description="ISO 3166-1 alpha-2, capitals", json_schema_extra={"pattern": "^[A-Z]{2}$"}),
]
CurrencyCode = Annotated[
    str,
    AfterValidator(_currency),
    Field(description="ISO 4217, capitals", json_schema_extra={"pattern": "^[A-Z]{3}$"}),
]
Moment = Annotated[
    datetime,
    AfterValidator(_moment),
    Field(description="ISO 8601; between 1990-01-01 and one day after now (UTC)"),
]
FilterMoment = Annotated[
    datetime,
    AfterValidator(_filter_moment),
    Field(description="ISO 8601, between 1900 and 2200"),
]
Amount = Annotated[Decimal, Field(ge=0, max_digits=20, decimal_places=4)]

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
    sent_at: Moment | None = None
    channel: str | None = Field(None, max_length=40)
    from_id: str | None = Field(
        None, max_length=300, description="Sender number, handle or address as shown."
    )


class Money(_Strict):
    # currency first: the amount's plausibility depends on it
    currency: CurrencyCode
    amount: Amount

    _plausible = field_validator("amount")(_amount_in_currency)


class Payment(_Strict):
    """One payment the victim made, and where it went."""

    currency: CurrencyCode  # before amount, whose plausibility depends on it
    amount: Amount
    paid_at: Moment | None = None
    rail: PaymentRail | None = None
    payee: str = Field(
        min_length=1,
        max_length=500,
        description=(
            "Payee account or wallet as the victim wrote it (bank, branch, number, IBAN, address)."
        ),
    )
    payee_name: str | None = Field(None, max_length=300)

    _plausible = field_validator("amount")(_amount_in_currency)


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
    received_at: Moment | None = None
    occurred_at: Moment | None = None
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

    def is_empty(self) -> bool:
        """Nothing to analyse or link: no narrative, messages, payments or identifiers."""
        return not (self.narrative or self.messages or self.payments or self.identifiers)

    def texts(self) -> list[str]:
        """Every free text of the report, narrative first."""
        return [t for t in [self.narrative, *(m.text for m in self.messages)] if t]
