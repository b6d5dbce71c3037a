"""Bank-branch codes written beside an account number: US ABA routing numbers, Australian BSBs.

A US account is unique only with its routing number ("Chase routing 021000021 account
1234567890"), and an Australian one with its BSB ("BSB 062-000 account 12345678"), so
both are keyed by that code: ``US:<routing>:<number>``, ``AU:<bsb>:<number>``. A routing
number is never itself the account, and "ABA 021000021" names a routing number, not an
account at Cambodia's ABA Bank. All patterns run on lower-cased, folded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol

# US toll-free prefixes: "1-800-772-1213" next to a bank name is its hotline, not an account.
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_ROUTING_RE = re.compile(
    r"(?:routing|aba|rtn)(?:[ \t]+(?:number|no\.?|#))?[ \t]*[:#]?[ \t]*([0-9]{9})(?![0-9])"
)
_BSB_RE = re.compile(
    r"bsb(?:[ \t]+(?:number|no\.?))?[ \t]*[:#]?[ \t]*([0-9]{3})[- ]?([0-9]{3})(?![0-9])"
)
# After a BSB: the account number within a few words ("account 12345678", "Acc: 1234 5678").
_AU_ACCOUNT_RE = re.compile(
    r"[ \t,;]*(?:(?:acc(?:ount)?|a/c)\.?(?:[ \t]+(?:number|no\.?))?)?[ \t]*[:#]?[ \t]*"
    r"([0-9](?:[0-9]| (?=[0-9])){4,11})(?![0-9])"
)
_NON_DIGIT_RE = re.compile(r"[^0-9]+")
_GROUPED_PHONE_RE = re.compile(r"[0-9]{3}[-. ][0-9]{3}[-. ][0-9]{4}")
ROUTING_CONTEXT = 80


class _Named(Protocol):
    @property
    def country(self) -> str: ...


def aba_checksum_ok(digits: str) -> bool:
    """The ABA routing number check: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def routing_number_near(lowered: str, start: int, end: int) -> str | None:
    """A checksum-valid routing number named ("routing", "ABA", "RTN") around ``start:end``."""
    window = lowered[max(0, start - ROUTING_CONTEXT) : end + ROUTING_CONTEXT]
    for match in _ROUTING_RE.finditer(window):
        if aba_checksum_ok(match.group(1)):
            return match.group(1)
    return None


def is_toll_free(written: str) -> bool:
    """A North American toll-free number written as one ("1-800-772-1213", "18007721213",
    "888-772-1213"): a hotline, never an account. Ten digits run together
    ("8779181791") are an account number that happens to start with 877."""
    digits = _NON_DIGIT_RE.sub("", written)
    if len(digits) == 11 and digits.startswith("1"):
        return digits[1:4] in _TOLL_FREE
    return (
        len(digits) == 10
        and _GROUPED_PHONE_RE.fullmatch(written) is not None
        and digits[:3] in _TOLL_FREE
    )


def find_bsb_accounts(lowered: str) -> Iterator[tuple[str, int, int]]:
    """Yield (``AU:<bsb>:<number>``, start, end of the number) for each "BSB … account …"."""
    if "bsb" not in lowered:
        return
    for match in _BSB_RE.finditer(lowered):
        if (
            match.start()
            and lowered[match.start() - 1].isascii()
            and lowered[match.start() - 1].isalnum()
        ):
            continue
        account = _AU_ACCOUNT_RE.match(lowered, match.end())
        if account is None:
            continue
        number = account.group(1).replace(" ", "")
        if 5 <= len(number) <= 10:
            yield f"AU:{match.group(1)}{match.group(2)}:{number}", account.start(1), account.end(1)


def routing_read_as_aba_bank(
    name: str,
    digits: str,
    lowered: str,
    names: Sequence[tuple[int, int, _Named]],
    country_hint: str | None,
) -> bool:
    """Whether ABA Bank (Cambodia), named as ``name``, before ``digits`` is really "ABA
    021000021", a US routing number: one named beside a US bank of ``names``, or a valid
    one in a US report. Rare (only after ABA Bank matches), so the routings are read here."""
    if name != "aba":
        return False
    if country_hint == "US" and aba_checksum_ok(digits):
        return True
    return any(
        bank.country == "US" and routing_number_near(lowered, start, end) == digits
        for start, end, bank in names
    )
