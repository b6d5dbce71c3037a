"""tipoff identifiers as STIX cyber observables (SCOs), their patterns, and back.

Standard SCOs where STIX 2.1 has one (``domain-name``, ``url``, ``email-addr``,
``user-account`` for messenger and social-media handles); OpenCTI's custom SCOs where it has none
(``phone-number``, ``bank-account``, ``cryptocurrency-wallet``), declared through our
``extension-definition`` (``new-sco``) so strict validators accept them and OpenCTI imports
them as its own types. Ids use the ID-contributing properties OpenCTI uses (``value``;
``iban`` for IBAN accounts), so both sides compute the same id.
"""

from __future__ import annotations

from typing import Any

from tipoff.share.extension import EXTENSION_ID
from tipoff.share.stix_ids import sco_id

CUSTOM_SCOS = frozenset({"phone-number", "bank-account", "cryptocurrency-wallet"})
_NEW_SCO = {EXTENSION_ID: {"extension_type": "new-sco"}}
_STANDARD = {"domain": "domain-name", "url": "url", "email": "email-addr"}
_CUSTOM_VALUE = {"phone": "phone-number", "wallet": "cryptocurrency-wallet"}


def _quote(value: str) -> str:
    """A STIX pattern string literal (backslash and quote escaped)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def observable(kind: str, value: str) -> tuple[dict[str, Any], str] | None:
    """(SCO without markings, STIX pattern) for a canonical identifier; None if not mapped.

    BIC codes are not mapped: a BIC names a bank, not the scammers' account.
    """
    if kind in _STANDARD:
        return _simple(_STANDARD[kind], {"value": value}, custom=False)
    if kind == "phone":
        return _simple("phone-number", {"value": value}, custom=True)
    if kind == "wallet":
        chain, _, address = value.partition(":")
        sco, pattern = _simple("cryptocurrency-wallet", {"value": address}, custom=True)
        sco["chain"] = chain
        return sco, pattern
    if kind == "iban":
        sco, _ = _simple("bank-account", {"iban": value}, custom=True)
        sco["value"] = value
        return sco, f"[bank-account:iban = {_quote(value)}]"
    if kind == "bank_account":
        sco, pattern = _simple("bank-account", {"value": value}, custom=True)
        sco["account_number"] = value.rsplit(":", 1)[-1]
        sco["country"] = value.split(":", 1)[0]
        return sco, pattern
    if kind == "handle":
        return _handle(value)
    return None


def _simple(stix_type: str, props: dict[str, str], *, custom: bool) -> tuple[dict[str, Any], str]:
    sco: dict[str, Any] = {
        "type": stix_type,
        "spec_version": "2.1",
        "id": sco_id(stix_type, props),
        **props,
    }
    if custom:
        sco["extensions"] = _NEW_SCO
    (name, literal), *_ = props.items()
    return sco, f"[{stix_type}:{name} = {_quote(literal)}]"


# tipoff's platform -> STIX account_type where STIX 2.1's account-type-ov has a word for it
# ("facebook" and "twitter" are in it; "instagram", "tiktok", "snapchat" and the messengers
# are not, and go as tipoff names them, the vocabulary being open).
_ACCOUNT_TYPES = {"x": "twitter"}
_PLATFORMS_OF_TYPES = {account_type: platform for platform, account_type in _ACCOUNT_TYPES.items()}


def _handle(value: str) -> tuple[dict[str, Any], str]:
    platform, _, login = value.partition(":")
    platform = _ACCOUNT_TYPES.get(platform, platform)
    props = {"account_login": login, "account_type": platform}
    sco = {
        "type": "user-account",
        "spec_version": "2.1",
        "id": sco_id("user-account", props),
        **props,
    }
    pattern = (
        f"[user-account:account_type = {_quote(platform)} AND "
        f"user-account:account_login = {_quote(login)}]"
    )
    return sco, pattern


def identifier_of(sco: dict[str, Any]) -> tuple[str, str] | None:
    """(kind, value as written) of an SCO tipoff can read, before canonicalisation."""
    stix_type = sco.get("type")
    value = sco.get("value")
    if stix_type == "domain-name" and isinstance(value, str):
        return "domain", value
    if stix_type == "url" and isinstance(value, str):
        return "url", value
    if stix_type == "email-addr" and isinstance(value, str):
        return "email", value
    if stix_type == "phone-number" and isinstance(value, str):
        return "phone", value
    if stix_type == "cryptocurrency-wallet" and isinstance(value, str):
        chain = sco.get("chain")
        return "wallet", f"{chain}:{value}" if isinstance(chain, str) and chain else value
    if stix_type == "bank-account":
        return _bank_account(sco)
    if stix_type == "user-account":
        return _user_account(sco)
    return None


def _bank_account(sco: dict[str, Any]) -> tuple[str, str] | None:
    iban = sco.get("iban")
    if isinstance(iban, str) and iban:
        return "iban", iban
    value = sco.get("value")
    return ("bank_account", value) if isinstance(value, str) and value else None


def _user_account(sco: dict[str, Any]) -> tuple[str, str] | None:
    platform = sco.get("account_type")
    login = sco.get("account_login") or sco.get("user_id")
    if isinstance(platform, str) and isinstance(login, str) and platform and login:
        platform = platform.lower()
        return "handle", f"{_PLATFORMS_OF_TYPES.get(platform, platform)}:{login}"
    return None


def observable_types() -> frozenset[str]:
    """Every SCO type ``identifier_of`` reads."""
    return frozenset(_STANDARD.values()) | CUSTOM_SCOS | {"user-account"}
