"""Signals that carry across languages: what kinds of identifier a text holds, money, links.

These are model features only, never shown as red flags: a phone number or a link is not
evidence of a scam by itself, but together with the character n-grams they let the model
judge a Vietnamese or Thai message by the same structure as an English one. Identifier kinds
follow tipoff.indicators (``IndicatorKind``); whether a link's domain is well known comes from
its bundled warninglist. Every signal is a cheap scan: the whole set costs a few microseconds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tipoff.assess.lookalike import own_domains
from tipoff.indicators.urls import registrable_domain
from tipoff.indicators.warninglist import is_common
from tipoff.model import IndicatorKind

PHONE = f"x:{IndicatorKind.PHONE.value}"
EMAIL = f"x:{IndicatorKind.EMAIL.value}"
KNOWN_DOMAIN = "x:domain_known"
UNKNOWN_DOMAIN = "x:domain_unknown"
# A domain is known when it is on the warninglist of widely used domains or is one of the own
# domains of a brand that phishing imitates (data/brands.json: ghn.vn, icbc.com.cn, usps.com,
# lazada.co.th), which the warninglist, made of global domains, does not hold. Without them a
# regional brand's real notice read as "a notice beside a link to an unknown domain".
# An unknown domain shaped as phishing domains are: a hyphen in the registrable domain
# ("sf-express-redeliver.com"), or a top-level domain that registrars sell for cents and that
# abuse reports find mostly in phishing (.top, .xyz, .icu ...).
ODD_DOMAIN = "x:domain_odd"
MONEY = "x:money"
CODE = "x:code"  # a stand-alone 4-8 digit number: OTPs and reference numbers
SHORT = "x:short"
LONG = "x:long"
# How many different red flags (a plain link aside) the text shows: two or three pieces of
# evidence together carry the same meaning in every language.
TWO_FLAGS = "x:flags2"
THREE_FLAGS = "x:flags3"
# Evidence conjunctions: phishing that imitates a real notice is a pretext (a parcel held, a
# bill, a refund, an account about to be closed) or a request to log in or hand over a code,
# *together with* a link to a domain that is not widely used. Either part alone is in every
# real notice or promotion; the pair reads the same in every language, so one feature lets
# what the model learns from English or Thai phishing carry to a language it has no rows for.
NOTICE_LINK = "x:notice_link"
LOGIN_LINK = "x:login_link"
# The signals of a message's shape alone (an amount, a code, its length, how many flags): every
# kind of message shows them, so a rule that lets a message through allows all of them.
SHAPE_SIGNALS = frozenset({MONEY, CODE, SHORT, LONG, TWO_FLAGS, THREE_FLAGS})
SIGNAL_CODES: tuple[str, ...] = (
    PHONE,
    EMAIL,
    KNOWN_DOMAIN,
    UNKNOWN_DOMAIN,
    ODD_DOMAIN,
    MONEY,
    CODE,
    SHORT,
    LONG,
    TWO_FLAGS,
    THREE_FLAGS,
    NOTICE_LINK,
    LOGIN_LINK,
)

# Cue codes (shown or hidden as "~code") that make a notice pretext or a credential request.
_NOTICE_CUES = frozenset(
    {
        "parcel_delivery",
        "unpaid_bill",
        "refund_claim",
        "prize_won",
        "account_threat",
        "customs_fee",
        "tech_alert",
        "bank_staff_claim",
        "authority_claim",
    }
)
_LOGIN_CUES = frozenset(
    {"verify_account", "otp_request", "code_share_request", "id_request", "link_click"}
)
_NOTICE_CODES = _NOTICE_CUES | {"~" + code for code in _NOTICE_CUES}
_LOGIN_CODES = _LOGIN_CUES | {"~" + code for code in _LOGIN_CUES}
# A link that is not a widely used domain: an unknown host, a shortener, a bare IP, an app file.
_UNKNOWN_LINK_CODES = frozenset({UNKNOWN_DOMAIN, "short_link", "ip_link", "apk_link"})

# A phone number: an optional "+", a digit, 6-16 digits, blanks or ( ) . -, a digit, with no
# word character or "." on either side. Written to start with the class [+\d] (the lookbehind
# after it) so that the engine skips to candidate characters instead of trying every position:
# the same matches as r"(?<![\w.])\+?\d[\d\s().-]{6,16}\d(?![\w.])".
# Each digit pattern twice: as written (\d is any Unicode decimal digit) and, for ASCII text
# (the key: str.isascii()), with [0-9], the same characters there, which the engine tests
# without a Unicode table lookup per character (these scans read every character of a text).
_PHONE = {
    False: re.compile(r"[+\d](?<![\w.][+\d])(?:(?<=\+)\d|(?<!\+))[\d\s().-]{6,16}\d(?![\w.])"),
    True: re.compile(
        r"[+0-9](?<![\w.][+0-9])(?:(?<=\+)[0-9]|(?<!\+))[0-9\s().-]{6,16}[0-9](?![\w.])"
    ),
}
# Whether the text holds an e-mail address ([\w.+-]+@[\w-]+\.[\w.-]+): found from its "@".
_EMAIL = re.compile(r"@(?<=[\w.+-]@)[\w-]+\.[\w.-]")
_PHONE_DIGITS = 8  # a text with fewer digits holds no phone number
# One scan finds every number; its neighbours say the rest. A match spans the whole run of
# digits, "," and "." (as r"\d[\d,.]*+" does); group 1 is the run without its trailing "," and
# "." (what run.rstrip(".,") gives), so its span is the number's.
_NUMBER = {
    False: re.compile(r"(\d(?:[\d,.]*\d)?)[,.]*"),
    True: re.compile(r"([0-9](?:[0-9,.]*[0-9])?)[,.]*"),
}
_CURRENCY_BEFORE = ("$", "€", "£", "¥", "₱", "฿", "₫", "₩", "rp", "php", "usd", "thb", "rm")
_CURRENCY_AFTER = (
    "usd", "php", "vnd", "thb", "idr", "rmb", "元", "块", "บาท", "đ", "vnđ", "k ", "tr ",
    "triệu", "rp", "万", "円", "원", "₫", "baht", "peso", "dollar", "ringgit",
)  # fmt: skip


def _number_signals(text: str, lowered: str, found: set[str]) -> int:
    """Adds MONEY and CODE for the numbers in ``text``; returns how many digits it holds, or
    _PHONE_DIGITS once that many are counted and nothing more is to be learnt."""
    digits = 0
    size = len(text)
    money = MONEY in found  # each test is skipped once its signal is found
    code = CODE in found
    for count, match in enumerate(_NUMBER[lowered.isascii()].finditer(lowered)):
        start, end = match.span(1)
        length = end - start
        digits += length
        if count >= 8 or (money and code):  # enough seen to judge, or both signals found
            if digits >= _PHONE_DIGITS:  # the phone test's count is reached: no more to learn
                return _PHONE_DIGITS
            continue
        if not money and (
            lowered[start - 4 if start > 4 else 0 : start].rstrip().endswith(_CURRENCY_BEFORE)
            or lowered[end : end + 7].lstrip().startswith(_CURRENCY_AFTER)
        ):
            found.add(MONEY)
            money = True
        if (
            not code
            and 4 <= length <= 8
            and (start == 0 or not lowered[start - 1].isalnum())
            and (end == size or not lowered[end].isalnum())
            and lowered[start:end].isdigit()
        ):
            found.add(CODE)
            code = True
    return digits


# ".cc" is left out: the CCS'20 loader fills its masked links with random .com/.cn/.cc/.net hosts.
_ODD_TLDS = frozenset((
    "top", "xyz", "vip", "icu", "site", "online", "shop", "club", "live", "link", "life", "fun",
    "buzz", "work", "tk", "ml", "ga", "cf", "gq", "win", "bet", "cyou", "sbs", "cfd", "bond",
    "click", "rest", "monster", "quest", "lol", "ink", "wang", "ren", "xin",
))  # fmt: skip


@lru_cache(maxsize=1 << 16)
def odd_domain(host: str) -> bool:
    """Whether an unknown ``host`` is shaped as phishing domains are (ODD_DOMAIN)."""
    domain = registrable_domain(host) if host.isascii() else None
    if not domain:
        return not host.isascii()  # an IDN or a host glued to CJK text
    return "-" in domain or domain.rpartition(".")[2] in _ODD_TLDS


@lru_cache(maxsize=1 << 16)
def link_signal(host: str) -> str:
    """KNOWN_DOMAIN for hosts under a widely used registrable domain or a brand's own domain,
    else UNKNOWN_DOMAIN."""
    if not host.isascii():  # an IDN, or CJK text glued to a host: never on the list
        return UNKNOWN_DOMAIN
    domain = registrable_domain(host)
    known = domain and (is_common("domain", domain) or domain in own_domains())
    return KNOWN_DOMAIN if known else UNKNOWN_DOMAIN


def signal_codes(text: str, hosts: list[str], lowered: str | None = None) -> set[str]:
    """The signals of ``text``; ``hosts`` are the link hosts red-flag scanning already found,
    ``lowered`` the text lower-cased with unchanged length (computed when not given)."""
    found = {link_signal(host) for host in hosts} if hosts else set()
    if UNKNOWN_DOMAIN in found and any(
        link_signal(host) == UNKNOWN_DOMAIN and odd_domain(host) for host in hosts
    ):
        found.add(ODD_DOMAIN)
    if len(text) < 30:
        found.add(SHORT)
    elif len(text) > 300:
        found.add(LONG)
    if "@" in text and _EMAIL.search(text):  # (only whether there is one)
        found.add(EMAIL)
    # (no digit search first: the number scan finds none in a text without digits, and
    # lower-casing and folding Chinese never make or unmake a digit)
    if _number_signals(
        text, text.lower() if lowered is None else lowered, found
    ) >= _PHONE_DIGITS and _PHONE[text.isascii()].search(text):
        found.add(PHONE)
    return found


def conjunction_codes(codes: set[str]) -> set[str]:
    """NOTICE_LINK and LOGIN_LINK where ``codes`` (red flags, hidden cues and signals of one
    text) hold a notice pretext or a credential request beside a link to an unknown domain."""
    if codes.isdisjoint(_UNKNOWN_LINK_CODES):
        return set()
    found = set()
    if not codes.isdisjoint(_NOTICE_CODES):
        found.add(NOTICE_LINK)
    if not codes.isdisjoint(_LOGIN_CODES):
        found.add(LOGIN_LINK)
    return found
