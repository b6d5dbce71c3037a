"""The partner's side of private lookups: ask another tipoff whether values are known.

Values are canonicalised as tipoff does (``tipoff.indicators.canonicalize``) and hashed
with the lookup key derived from the key that instance issued us (``tipoff.share.lookups``);
only the hashes travel (``POST /api/v1/partner/lookup``), or nothing travels at all when a
downloaded Bloom filter answers (a "maybe" there means "known, or a false positive").
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from tipoff.errors import ValidationError
from tipoff.share.lookups import Bloom, client_token, lookup_key_for
from tipoff.share.partners import Partner


@dataclass(frozen=True, slots=True)
class Asked:
    """One value asked about: ``KIND:VALUE`` as typed, and its token."""

    text: str
    token: bytes


def parse_asked(partner: Partner, items: list[str]) -> list[Asked]:
    """``KIND:VALUE`` items hashed under ``partner``'s lookup key (ValidationError if bad)."""
    if not partner.remote_key:
        raise ValidationError(
            f"partner {partner.code} has not given us a key (tipoff share partner remote ...)"
        )
    key = lookup_key_for(partner.remote_key)
    asked: list[Asked] = []
    for item in items:
        kind, sep, value = item.partition(":")
        if not sep or not value:
            raise ValidationError(f"write KIND:VALUE, e.g. phone:+85512345678 (got {item[:80]!r})")
        asked.append(Asked(item, client_token(key, kind, value)))
    return asked


def base_url(partner: Partner) -> str:
    """The partner instance's origin, from the TAXII API root URL it gave us."""
    if not partner.remote_url:
        raise ValidationError(
            f"partner {partner.code} has no server URL (tipoff share partner remote ...)"
        )
    parts = urlsplit(partner.remote_url)
    return f"{parts.scheme}://{parts.netloc}"


def ask_remote(
    partner: Partner, asked: list[Asked], *, client: httpx.Client | None = None
) -> dict[str, bool]:
    """Which values the partner's instance knows (only their hashes are sent)."""
    if partner.remote_user:
        pair = f"{partner.remote_user}:{partner.remote_key}".encode()
        credential = f"Basic {base64.b64encode(pair).decode()}"
    else:
        credential = f"Bearer {partner.remote_key}"
    body = {"hashes": [a.token.hex() for a in asked]}
    url = f"{base_url(partner)}/api/v1/partner/lookup"
    headers = {"Authorization": credential}
    if client is None:
        with httpx.Client(timeout=60.0) as owned:
            response = owned.post(url, json=body, headers=headers)
    else:
        response = client.post(url, json=body, headers=headers)
    if response.status_code != 200:
        raise ValidationError(f"{url} answered {response.status_code}: {response.text[:200]}")
    found = set(response.json().get("known", []))
    return {a.text: a.token.hex() in found for a in asked}


def ask_bloom(bloom: Bloom, asked: list[Asked]) -> dict[str, bool]:
    """Which values a downloaded Bloom filter may hold (True: known or a false positive)."""
    return {a.text: a.token in bloom for a in asked}
