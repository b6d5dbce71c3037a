"""Transactional notices: a one-time code, an account movement, a delivery on its way.

Their structure carries across languages: a 4-8 digit code beside a code word ("OTP",
"कोड", "TAC", "验证码") and a do-not-share or validity phrase ("किसी को न बताएं", "valid for 10
minutes"); an amount beside a masked account ("XX1234", "尾号1234") or an account number; an
international postal item number ("EE123456789IN", UPU S10) or a courier's tracking number
(letters then 8-16 digits) beside a delivery word. A code of one repeated digit ("000000") is a
placeholder, not a code. The words are data (``data/notices.json``). A message the
model calls spam only because its language was seen in spam-only data (Hindi, Malay) is an
ordinary notice when it has this structure and offers nothing (no discount, sale or cashback,
no legal promotion marker): ``assess`` then answers ``legitimate`` with the reason
``TRANSACTIONAL_NOTICE``. It never touches P(scam): phishing copies notices, and the scam
head, the no-ask cap and the lookalike links judge that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from tipoff.assess.lexicon import CueHit, CueMatcher, read_data_json
from tipoff.assess.promotion import shows_scam_evidence
from tipoff.assess.redflags import lowered_same_length
from tipoff.assess.signals import UNKNOWN_DOMAIN

TRANSACTIONAL_NOTICE = "transactional_notice"
TRANSACTIONAL_NOTICE_EXPLANATION = (
    "The message has the shape of an ordinary notice (a one-time code, an account movement or "
    "a delivery) and offers nothing: it was not judged advertising."
)
NOTICE_SPAM_CAP = 0.2  # the most P(spam) such a notice shows
# A notice's link goes to its sender's own, widely used site: one to an unknown domain or a
# shortener is how parcel and bank phishing works, so such a message is left to the model.
_UNKNOWN_LINKS = frozenset({UNKNOWN_DOMAIN, "short_link", "ip_link", "apk_link"})

# A 4-8 digit code ("482913", "903-174"), not part of a word, a date or an amount.
# (written to start with a digit, the look-behind after it: the engine then skips to digits;
# the same matches as r"(?<![\w.,/-])(?:\d{4,8}|\d{3}[- ]\d{3})(?![\w/]|[.,]\d)")
_CODE = re.compile(r"\d(?<![\w.,/-]\d)(?:\d{3,7}|\d{2}[- ]\d{3})(?![\w/]|[.,]\d)")
_NUMBER = re.compile(r"\d[\d,.]*")
_DIGIT = re.compile(r"\d")  # every structure holds one: a text without any is no notice
_CURRENCY_BEFORE = (
    "₹", "rs", "rs.", "inr", "rp", "rp.", "idr", "rm", "myr", "$", "usd", "sgd", "php", "₱",
    "฿", "thb", "₩", "¥", "£", "€", "khr", "៛",
)  # fmt: skip
_CURRENCY_AFTER = (
    "₹", "inr", "rp", "idr", "myr", "usd", "sgd", "php", "₱", "฿", "thb", "baht", "บาท", "₫",
    "vnd", "vnđ", "đ", "₩", "원", "¥", "円", "元", "rmb", "khr", "៛", "riel", "£", "€", "peso",
)  # fmt: skip
_MASKED = re.compile(r"(?:[x*•]{2,}|\.{3})[-\s]?\d{2,6}|\d{2,6}[x*•]{3,}\d{2,6}")
_DIGITS_AFTER_ENDING = re.compile(r"\s*:?\s*\d{3,6}")  # "ending 1234", "尾号1234"
_ACCOUNT_NUMBER_AFTER = re.compile(r"[\s:.#-]{0,4}\d[\d-]{5,}")  # "rekening 0123-01-0123"
# Written to start with a capital, the look-behind after it, so that the engine skips to
# capitals instead of trying every position: the same matches as
# r"(?<![A-Z0-9])[A-Z]{2}\d{9}[A-Z]{2}(?![A-Z0-9])" and
# r"(?<![A-Za-z0-9])[A-Z]{2,6}\d{8,16}(?![A-Za-z0-9])".
_S10 = re.compile(r"[A-Z](?<![A-Z0-9][A-Z])[A-Z]\d{9}[A-Z]{2}(?![A-Z0-9])")  # UPU S10 item
_TRACKING = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]{1,5}\d{8,16}(?![A-Za-z0-9])")
_NEAR = 40  # how far a code word may be from its code (characters)
_LOOK = 8  # numbers looked at per text (long number lists only add cost)
_LISTS = ("code_words", "care_words", "ending_words", "account_words", "delivery_words")
_PROMOTION = "promotion_words"


@cache
def notice_matcher() -> CueMatcher:
    """Every word list of ``data/notices.json`` in one automaton (built once); a hit's code
    is its list's name."""
    data = read_data_json("notices.json")
    return CueMatcher([(word, name, None) for name in (*_LISTS, _PROMOTION) for word in data[name]])


def plain_notice(text: str, codes: Iterable[str]) -> bool:
    """A transactional notice without scam evidence or a link to an unknown domain."""
    codes = frozenset(codes)
    return (
        codes.isdisjoint(_UNKNOWN_LINKS)
        and not shows_scam_evidence(codes)
        and transactional_notice(text) is not None
    )


def transactional_notice(text: str) -> str | None:
    """Which notice structure ``text`` has ("one_time_code", "account_movement",
    "delivery"), or None; None as well when it also offers something."""
    if not _DIGIT.search(text):  # a code, an amount and an item number are all digits
        return None
    lowered = lowered_same_length(text)
    words: dict[str, list[CueHit]] = {}
    for hit in notice_matcher().find(lowered):
        words.setdefault(hit.code, []).append(hit)
    if _PROMOTION in words:
        return None
    if "care_words" in words and _has_code(text, words.get("code_words", ())):
        return "one_time_code"
    # The account test first: one pattern search and two word lists, where the amount test
    # looks at each number in Python (most texts with a number hold no account).
    if _has_account(lowered, words) and _has_amount(lowered):
        return "account_movement"
    if _S10.search(text) or ("delivery_words" in words and _TRACKING.search(text)):
        return "delivery"
    return None


def item_number_spans(text: str) -> list[tuple[int, int]]:
    """Where a delivery notice's item or tracking numbers are ("JX1234567890",
    "EE123456789IN"); none when ``text`` is no delivery notice."""
    if transactional_notice(text) != "delivery":
        return []
    return [match.span() for pattern in (_S10, _TRACKING) for match in pattern.finditer(text)]


def one_time_code_spans(text: str) -> list[tuple[int, int]]:
    """Where the codes of a one-time-code notice are (a code word within _NEAR characters of
    a 4-8 digit code, and a do-not-share or validity phrase), or [] when ``text`` is none."""
    if not _DIGIT.search(text):
        return []
    lowered = lowered_same_length(text)
    words: dict[str, list[CueHit]] = {}
    for hit in notice_matcher().find(lowered):
        words.setdefault(hit.code, []).append(hit)
    if "care_words" not in words:
        return []
    return _code_spans(text, words.get("code_words", ()))


def _has_code(text: str, code_words: Iterable[CueHit]) -> bool:
    """A code word within _NEAR characters of a 4-8 digit code that is not one digit
    repeated ("000000" is a placeholder)."""
    return bool(_code_spans(text, code_words, first=True))


def _code_spans(
    text: str, code_words: Iterable[CueHit], *, first: bool = False
) -> list[tuple[int, int]]:
    near = [(hit.start - _NEAR, hit.end + _NEAR) for hit in code_words]
    if not near:
        return []
    spans = []
    for count, match in enumerate(_CODE.finditer(text)):
        if count >= _LOOK:
            break
        if len(set(match.group()) - {"-", " "}) < 2:
            continue
        start, end = match.span()
        if any(low <= end and start <= high for low, high in near):
            spans.append((start, end))
            if first:
                break
    return spans


def _has_amount(lowered: str) -> bool:
    """A number with a currency sign or code just before or after it."""
    for count, match in enumerate(_NUMBER.finditer(lowered)):
        if count >= _LOOK:
            break
        start, end = match.span()
        before = lowered[max(0, start - 5) : start].rstrip()
        if before.endswith(_CURRENCY_BEFORE) or lowered[end : end + 6].lstrip().startswith(
            _CURRENCY_AFTER
        ):
            return True
    return False


def _has_account(lowered: str, words: dict[str, list[CueHit]]) -> bool:
    """A masked account ("XX1234"), the last digits after an "ending" word, or an account
    number after an account word."""
    if _may_hold_masked(lowered) and _MASKED.search(lowered):
        return True
    if any(_DIGITS_AFTER_ENDING.match(lowered, hit.end) for hit in words.get("ending_words", ())):
        return True
    return any(
        _ACCOUNT_NUMBER_AFTER.match(lowered, hit.end) for hit in words.get("account_words", ())
    )


def _may_hold_masked(lowered: str) -> bool:
    """Whether ``lowered`` holds what every _MASKED match does: "...", or two of "x", "*",
    "•" in a row (a few substring tests, several times cheaper than the pattern's search)."""
    return (
        "..." in lowered
        or "•" in lowered
        or "xx" in lowered
        or "**" in lowered
        or "x*" in lowered
        or "*x" in lowered
    )
