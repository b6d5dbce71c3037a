"""Numbers that are not phones: dates, amounts, postcodes, card numbers, and numbers
whose neighbours say what they are ("order no.", "運送番号", "¥", "円", "baht" …)."""

from __future__ import annotations

import re

_NON_DIGIT_RE = re.compile(r"[^0-9]+")
# Day and month are at most 31 ("06-88-83-67-51" is a French mobile written in pairs, not
# a date followed by digits).
_DAY_OR_MONTH = r"(?:0?[1-9]|[12]\d|3[01])"
_DATE_RE = re.compile(
    rf"(?:19|20)\d\d[-./]{_DAY_OR_MONTH}[-./]{_DAY_OR_MONTH}(?!\d)"
    rf"|{_DAY_OR_MONTH}[-./]{_DAY_OR_MONTH}[-./](?:19|20)?\d\d(?!\d)"
)
# Five pairs after a trunk "0" ("06-11-23-45-67"): how France and its neighbours write a
# number; a date is at most three groups.
_FIVE_PAIRS_RE = re.compile(r"0\d(?:[-./ ]\d\d){4}")
_AMOUNT_RE = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+(?:[.,]\d{1,2})?")  # amounts never start with 0
_POSTCODE_RE = re.compile(r"\d{5}-\d{4}|\d{3}-\d{4}")
# Words that make a number something other than a phone when they sit just before it.
# These context patterns run on lower-cased windows, not with re.IGNORECASE: a
# case-insensitive alternation gets no first-character skip, so each search of a
# 24-character window cost ~15 µs instead of ~1 µs.
_NEGATIVE_CONTEXT = re.compile(
    r"(?:order|tracking|track|invoice|ref(?:erence)?|case|ticket|txn|transaction|serial|"
    r"account|acct|a/c|iban|card|otp|code|pin|zip|postal|postcode|amount|parcel|awb|"
    r"pnr|utr|neft|rtgs|imps|aadhaa?r|"
    r"no\.|nr\.|#|"
    r"注文|伝票|追跡|受付|整理|会員|口座|〒|"
    r"订单|单号|快递|账号|帳號|帐号|卡号|编号|验证码|"
    r"주문|송장|운송장|계좌|인증번호|회원|"
    r"เลขพัสดุ|คำสั่งซื้อ|บัญชี|รหัส|"
    r"mã đơn(?: hàng)?|đơn hàng|vận đơn|stk|số tài khoản|tài khoản|"
    r"resi|pesanan|rekening|norek|kode|"
    # national ID and tax numbers, as whole words ("SSS number 03-4567890-1", "TIN 012-…")
    r"(?<![a-z])(?:sss|tin|nik|ktp|npwp|ic|mykad|philhealth|umid|passport|pasport))"
    r"[\s:：=.#\-]*(?:no\.?|number|num|id|番号|号码?|번호|เลขที่|số)?[\s:：=.#\-]*(?:is\s*)?$"
)
_CURRENCY_BEFORE = re.compile(
    r"(?:[$¥€£₫₩฿₱₹]|(?<![a-z])(?:usd|usdt|vnd|jpy|cny|rmb|thb|idr|php|myr|sgd|hkd|krw|inr|rs\.?|"
    r"rp\.?|rm|p))\s?$"
)
_CURRENCY_AFTER = re.compile(
    r"\s?(?:[$¥€£₫₩฿₱]|円|元|块|원|บาท|đồng|dong|đ\b|usd|usdt|vnd|jpy|cny|rmb|thb|idr|"
    r"rupiah|ringgit|baht|yen|won|dollars?|pesos?|rupees?|inr|万|萬|k\b)"
)

# Words after which a number is a phone even when written without "+" ("phone: 8491…"),
# tested with str.endswith on the lower-cased text just before the number (~0.3 µs; a
# regex search of the window cost ~2 µs, and every run without "+" is asked).
_PHONE_WORDS = (
    "tel",
    "phone",
    "call",
    "mobile",
    "cell",
    "whatsapp",
    "wa",
    "hp",
    "sđt",
    "sdt",
    "đt",
    "điện thoại",
    "telp",
    "telepon",
    "電話",
    "电话",
    "手机",
    "手機",
    "携帯",
    "連絡先",
    "联系",
    "전화",
    "휴대폰",
    "핸드폰",
    "연락처",
    "โทร",
    "เบอร์",
    "zalo",
    "viber",
)
_NUMBER_WORDS = ("number", "no", "番号", "号码", "号", "번호")
_SEPARATORS = " \t\n:：=.#-"


def _by_last_character(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Words keyed by their last character (lower and upper case), longest first."""
    table: dict[str, tuple[str, ...]] = {}
    for word in sorted(words, key=len, reverse=True):
        for last in {word[-1], word[-1].upper()}:
            table[last] = (*table.get(last, ()), word)
    return table


_PHONE_WORD_ENDINGS = _by_last_character(_PHONE_WORDS)
_NUMBER_WORD_ENDINGS = _by_last_character(_NUMBER_WORDS)


def phone_word_before(text: str, start: int) -> bool:
    """Whether a phone word ("tel", "phone", "電話", "โทร" …) ends just before ``start``
    (separators and "number"/"番号"/"번호" … may sit between)."""
    end = _skip_separators_back(text, start)
    if not end:
        return False
    # Most runs: the character before them ends no phone word (one dict lookup, ~0.3 µs
    # a call; a regex search of the window cost ~2 µs, and every run without "+" asks).
    numbers = _NUMBER_WORD_ENDINGS.get(text[end - 1])
    if numbers is not None:
        word = _word_ending_at(text, end, numbers)
        if word is not None:
            end = _skip_separators_back(text, end - len(word))
            if not end:
                return False
    words = _PHONE_WORD_ENDINGS.get(text[end - 1])
    return words is not None and _word_ending_at(text, end, words) is not None


def _skip_separators_back(text: str, end: int) -> int:
    while end and text[end - 1] in _SEPARATORS:
        end -= 1
    return end


def _word_ending_at(text: str, end: int, words: tuple[str, ...]) -> str | None:
    """The word of ``words`` that ends at ``end`` (case-insensitive) on a word boundary
    for ASCII words ("tel" of "hotel", "wa" of "kawa" are none), or None."""
    window = text[max(0, end - 12) : end].lower()
    for word in words:
        if window.endswith(word):
            at = end - len(word)
            before = text[at - 1] if at else " "
            if not (word.isascii() and before.isascii() and before.isalnum()):
                return word
    return None


def looks_like_other_number(part: str) -> bool:
    """A date, an amount, a postcode or a card number (Luhn) rather than a phone."""
    if _DATE_RE.fullmatch(part) or _AMOUNT_RE.fullmatch(part) or _POSTCODE_RE.fullmatch(part):
        return True
    # "+" or the "00" international prefix: no date or card starts that way ("0081 90…").
    international = part.startswith("+") or (part.startswith("00") and not part.startswith("000"))
    if _DATE_RE.match(part) and not international and not _FIVE_PAIRS_RE.fullmatch(part):
        return True
    digits = _NON_DIGIT_RE.sub("", part)
    # Card numbers: 13-19 digits passing Luhn, written without a "+", in one run or in the
    # groups cards are printed in ("4111 1111 1111 1111", Amex 4-6-5); a tenth of all
    # numbers pass Luhn, so "856 20 30 579 099" (a Lao number without "+") is no card.
    return (
        not international
        and 13 <= len(digits) <= 19
        and _luhn_ok(digits)
        and _card_grouping(part, len(digits))
    )


def _card_grouping(part: str, digits: int) -> bool:
    """``part`` is written as one run or in card groups: fours (the last 1-4), or 4-6-4/5."""
    if len(part) == digits:
        return True
    groups = [len(g) for g in _NON_DIGIT_RE.split(part) if g]
    if groups[:2] == [4, 6] and len(groups) == 3:
        return True
    return all(g == 4 for g in groups[:-1]) and 1 <= groups[-1] <= 4


# E-wallets whose account is their owner's mobile: after one, "account"/"账号" names
# that mobile ("GCash account 0917…", "支付宝账号 138…", "Maya account 0917…").
_WALLET_ACCOUNT_RE = re.compile(
    r"(?:gcash|g-cash|paymaya|maya|dana|ovo|gopay|momo|zalopay|promptpay|truemoney|wing|"
    r"kbzpay|wave ?pay|alipay|支付宝|支付寶|微信支付)[\s:：=.#\-]*"
    r"(?:e-?wallet|wallet|account|acct|a/c|no\.?|number|账号|帳號|帐号|账户|號碼|号码|"
    r"tài khoản|số tài khoản|บัญชี|akaun|akun)"
)
_ACCOUNT_WORDS = frozenset(
    {"account", "acct", "a/c", "账号", "帳號", "帐号", "tài khoản", "số tài khoản", "บัญชี"}
)


def has_negative_context(text: str, start: int, end: int) -> bool:
    """Whether the words around ``text[start:end]`` make it an order, tracking, account
    or card number, a code, or an amount."""
    before = text[max(0, start - 24) : start].lower()
    negative = _NEGATIVE_CONTEXT.search(before)
    if negative is not None and not _wallet_account(before, negative):
        return True
    if _CURRENCY_BEFORE.search(before):
        return True
    return _CURRENCY_AFTER.match(text[end : end + 8].lower()) is not None


def _wallet_account(before: str, negative: re.Match[str]) -> bool:
    """Whether the negative word is "account" (or its local word) of a mobile-keyed e-wallet
    named just before it: the number is then the wallet's mobile, not a bank account."""
    word = negative.group(0).rstrip(" \t:：=.#-").removesuffix("is").rstrip()
    if not any(word.startswith(account) for account in _ACCOUNT_WORDS):
        return False
    return _WALLET_ACCOUNT_RE.search(before) is not None


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0
