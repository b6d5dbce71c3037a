"""Identifiers out of STIX patterns: the simple comparisons sharing platforms emit.

Only equality comparisons on the observable types tipoff knows are read
(``[domain-name:value = 'x']``, ``[user-account:account_type = 't' AND
user-account:account_login = 'n']`` …); anything else in a pattern is left alone, and a
pattern with nothing readable gives no identifier rather than an error.
"""

from __future__ import annotations

import re

_COMPARISON = re.compile(r"([a-z0-9-]+):([a-z_]+)\s*=\s*'((?:[^'\\]|\\.)*)'")
_UNESCAPE = re.compile(r"\\(.)")
_SIMPLE: dict[tuple[str, str], str] = {
    ("domain-name", "value"): "domain",
    ("url", "value"): "url",
    ("email-addr", "value"): "email",
    ("phone-number", "value"): "phone",
    ("cryptocurrency-wallet", "value"): "wallet",
    ("bank-account", "iban"): "iban",
    ("bank-account", "value"): "bank_account",
}


def pattern_identifiers(pattern: str) -> list[tuple[str, str]]:
    """(kind, value as written) for each readable comparison of a STIX pattern."""
    found: list[tuple[str, str]] = []
    account: dict[str, str] = {}
    for stix_type, prop, literal in _COMPARISON.findall(pattern):
        value = _UNESCAPE.sub(r"\1", literal)
        kind = _SIMPLE.get((stix_type, prop))
        if kind is not None:
            found.append((kind, value))
        elif stix_type == "user-account" and prop in ("account_type", "account_login", "user_id"):
            account.setdefault(prop, value)
    login = account.get("account_login") or account.get("user_id")
    if login and account.get("account_type"):
        found.append(("handle", f"{account['account_type'].lower()}:{login}"))
    return found
