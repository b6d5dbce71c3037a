"""Victim privacy: identifying fields become keyed hashes before anything is stored.

A victim's name, phone, email and national id never reach the database, the logs or
an export. What is kept:

- ``victim_key``: HMAC-SHA256 (key from Settings.pseudonym_key) of the most specific
  identifying field given (national id, then phone, then email, then name), so repeat
  reports by the same person can be joined without knowing who they are;
- ``victim_attrs["hashes"]``: one HMAC per identifying field given, so a victim known
  by phone in one report and by email in another can still be matched;
- the non-identifying attributes the agency chose to keep (age band, gender).

The same fields are also redacted from the report's texts, in any spelling, by
``tipoff.intake.redact`` (marker ``REDACTED``), so a victim who signs a message with their
name is not stored in clear and their own number is not mistaken for a scam indicator.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

IDENTIFYING_FIELDS: tuple[str, ...] = ("national_id", "phone", "email", "name")
REDACTED = "[victim]"


def normalise_identity(field: str, value: str) -> str:
    """The spelling-independent form of an identifying value that gets hashed."""
    text = unicodedata.normalize("NFKC", value).strip().casefold()
    if field == "phone":
        return re.sub(r"[^\d+]", "", text).lstrip("+")
    if field == "national_id":
        return re.sub(r"[\s\-./]", "", text)
    return re.sub(r"\s+", " ", text)


class Victim(Protocol):
    """What pseudonymising reads of a victim (``tipoff.intake.schema.Victim`` is one).

    The identifying fields are hashed; the attributes named in ``keep`` are stored as given.
    """

    @property
    def name(self) -> str | None: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    @property
    def national_id(self) -> str | None: ...
    @property
    def keep(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class PseudonymisedVictim:
    """What is stored about a victim: a key, per-field hashes, and the kept attributes."""

    victim_key: str | None
    attrs: dict[str, Any]


class Pseudonymiser:
    """Keyed hashing and redaction of victims' identifying fields."""

    def __init__(self, key: bytes) -> None:
        if not key:
            raise ValueError("the pseudonym key must not be empty")
        self._key = key

    def hash(self, field: str, value: str) -> str:
        """Hex HMAC-SHA256 of ``field:normalised value``."""
        message = f"{field}:{normalise_identity(field, value)}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def pseudonymise(self, victim: Victim | None) -> PseudonymisedVictim:
        """The storable form of ``victim`` (None gives an empty record)."""
        if victim is None:
            return PseudonymisedVictim(None, {})
        hashes = {
            field: self.hash(field, value)
            for field in IDENTIFYING_FIELDS
            if (value := getattr(victim, field))
        }
        attrs: dict[str, Any] = {
            kept: getattr(victim, kept) for kept in victim.keep if getattr(victim, kept) is not None
        }
        if hashes:
            attrs["hashes"] = hashes
        victim_key = next((hashes[f] for f in IDENTIFYING_FIELDS if f in hashes), None)
        return PseudonymisedVictim(victim_key, attrs)
