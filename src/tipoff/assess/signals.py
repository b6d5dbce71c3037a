"""Signals that carry across languages: what kinds of identifier a text holds, money, links.

These are model features only, never shown as red flags: a phone number or a link is not
evidence of a scam by itself, but together with the character n-grams they let the model
judge a Vietnamese or Thai message by the same structure as an English one. Identifier kinds
follow tipoff.indicators (``IndicatorKind``); whether a link's domain is well known comes from
its bundled warninglist. Every signal is a cheap scan: the whole set costs a few microseconds.
"""

from __future__ import annotations

import re

from tipoff.indicators.urls import registrable_domain
from tipoff.indicators.warninglist import is_common
from tipoff.model import IndicatorKind

PHONE = f"x:{IndicatorKind.PHONE.value}"
EMAIL = f"x:{IndicatorKind.EMAIL.value}"
KNOWN_DOMAIN = "x:domain_known"
UNKNOWN_DOMAIN = "x:domain_unknown"
MONEY = "x:money"
CODE = "x:code"  # a stand-alone 4-8 digit number: OTPs and reference numbers
SHORT = "x:short"
LONG = "x:long"
SIGNAL_CODES: tuple[str, ...] = (
    PHONE,
    EMAIL,
    KNOWN_DOMAIN,
    UNKNOWN_DOMAIN,
    MONEY,
    CODE,
    SHORT,
    LONG,
)

_PHONE = re.compile(r"(?<![\w.])\+?\d[\d\s().-]{6,16}\d(?![\w.])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_CODE = re.compile(r"(?<![\w.,:/-])\d{4,8}(?![\w,:/-]|\.\d)")
_MONEY = re.compile(
    r"[$€£¥₱฿₫₩]\s?\d|\d\s?(?:usd|php|vnd|thb|idr|rmb|元|块|บาท|đ|vnđ|k|tr|triệu|ringgit|rp)\b"
    r"|\b(?:rp|php|usd|thb)\s?\d|\d\s?(?:元|万|บาท|円|원)",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")


def _digits(text: str) -> int:
    return len(_DIGIT.findall(text)) if _DIGIT.search(text) else 0


def link_signal(host: str) -> str:
    """KNOWN_DOMAIN for hosts under a widely used registrable domain, else UNKNOWN_DOMAIN."""
    domain = registrable_domain(host)
    return KNOWN_DOMAIN if domain and is_common("domain", domain) else UNKNOWN_DOMAIN


def signal_codes(text: str, hosts: list[str]) -> set[str]:
    """The signals of ``text``; ``hosts`` are the link hosts red-flag scanning already found."""
    found = {link_signal(host) for host in hosts}
    if len(text) < 30:
        found.add(SHORT)
    elif len(text) > 300:
        found.add(LONG)
    if "@" in text and _EMAIL.search(text):
        found.add(EMAIL)
    digits = _digits(text)
    if digits >= 4:
        if digits >= 8 and _PHONE.search(text):
            found.add(PHONE)
        if _CODE.search(text):
            found.add(CODE)
    if digits and _MONEY.search(text):
        found.add(MONEY)
    return found
