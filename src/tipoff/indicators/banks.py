"""National bank accounts, found where a bank is named next to an account number.

Most corridors scams use (JP, CN, KR, TH, VN, KH …) have no IBAN, so an account
is keyed as ``country:bank-code[:branch]:number`` through the bundled table
``data/banks.json`` (local-script and English names of each country's main
banks). Bank names are found in one pass with an Aho-Corasick automaton; the
account number is then looked for just after the name ("三井住友銀行 新宿支店
普通 1234567", "Vietcombank STK 0123456789") or just before it
("0123456789 - Vietcombank").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache, partial
from importlib import resources
from typing import Any

from tipoff.indicators import bank_codes, card_bins
from tipoff.indicators.normalize import fold
from tipoff.indicators.phone_parse import parse_phone

WINDOW_AFTER = 48
WINDOW_BEFORE = 32
_LONGEST_NAME = 40
# Account numbers have 6+ digits; ISO dates ("2024-05-12") never are one.
_DIGIT_RUN_RE = re.compile(r"[0-9](?:[ -]?[0-9]){5,}+(?<![0-9]{4}-[0-9]{2}-[0-9]{2})")

# A number glued to digits by "-" or "." is the tail of another number ("+855-91-069-283").
_NUMBER_RE = re.compile(
    r"(?<![0-9A-Za-z+.,])(?<![0-9][-.])"
    # groups of four with a short last group ("2309 1779 19"), groups of three or four,
    # or one run of digits and dashes
    r"(?:[0-9]{4}(?: [0-9]{4}){1,4} [0-9]{1,3}(?![0-9])"
    # groups of three with a short or a long last group ("257 807 691 3", "000 161 901 158309")
    r"|[0-9]{3}(?: [0-9]{3}){2,4} (?:[0-9]{1,2}|[0-9]{4,6})(?![0-9])"
    r"|[0-9]{3,4}(?: [0-9]{3,4}){2,4}"
    # three to six groups of other lengths: Thai 3-1-5-1 "123 4 56789 0", Korean "1002 123
    # 456789", HK 3-6-3 "024 123456 001", BRI "0123 01 012345 50 1" (amounts and dates are
    # ruled out after the match: _SPACED_NOT_ACCOUNT)
    r"|(?P<spaced>[0-9]{1,7}(?: [0-9]{1,7}){2,5})(?![0-9])"
    # two long groups: 中華郵政 局號 and 帳號 "0001234 1234567"
    r"|[0-9]{5,7} [0-9]{5,7}(?![0-9])"
    r"|[0-9](?:[0-9]|-(?=[0-9]))*+)"
    r"(?![0-9])"
)
# A number inside an international phone, bracketed or not ("+1 205-725-4672", "(+63) 1800 9
# 959 3481", "+84 1800 464660"):
# the phone's, not an account (searched up to the number's start).
_IN_PHONE_RUN_RE = re.compile(r"\+[0-9]{1,3}\)?[ -]?(?:\(?[0-9]{1,5}\)?[ -])*$")
# A spaced run that is an amount in thousands ("5 000 000") or a date ("12 05 2024").
_SPACED_NOT_ACCOUNT = re.compile(
    r"[0-9]{1,2}(?: [0-9]{3})+|[0-9]{1,2} [0-9]{1,2} (?:19|20)[0-9]{2}"
    r"|(?:19|20)[0-9]{2} [0-9]{1,2} [0-9]{1,2}"
)
_JP_BRANCH_RE = re.compile(
    r"(?:店番号?|支店番号|支店コード|branch\s*(?:code|no\.?)?)\s*[:：]?\s*([0-9]{3})(?![0-9])"
    r"|支店\s*[(]\s*([0-9]{3})\s*[)]|[(]([0-9]{3})[)]\s*支店",
    re.IGNORECASE,
)
# Words of a phone line: before a number, the number is a phone, not an account.
_PHONE_WORDS = (
    r"hotline|helpline|help line|toll[ -]?free|customer care|tel\b|phone|call|fax|電話|电话|"
    r"客服|热线|โทร|điện thoại|gọi|전화|telp"
)
# Between a bank name and a number, these words mean the number is no account.
_NOT_ACCOUNT = re.compile(
    _PHONE_WORDS + r"|"
    r"amount|金額|金额|금액|จำนวน|số tiền|jumlah|\$|¥|₫|฿|₩|円|元|บาท|usd|vnd|baht|yen|rp\b|"
    r"熱線|£|order|reference|\bref\b|tracking|invoice|parcel|訂單|订单|注文|追蹤|追踪|包裹|"
    r"주문|송장"
)  # run on lower-cased text: re.IGNORECASE would lose the first-character skip
# Account lengths where the country's schemes are known and phones or service numbers of
# other lengths sit beside bank names ("KB국민은행 1588-9999", "BCA 1500888", HK 8-digit
# phones, "Maybank 03-7844 3696" read in part); elsewhere 6 to 19 digits.
_ACCOUNT_LENGTHS = {
    "GB": (7, 8),
    "CA": (7, 12),
    "TW": (10, 14),
    "HK": (9, 14),
    "TH": (10, 15),
    "KR": (10, 14),
    "ID": (10, 16),
    "MY": (10, 16),
    # Indian accounts have 9 to 18 digits; Mexican ones are read as CLABEs only (18 digits):
    # a Mexican account or card number has the length of a phone or card beside a bank's name.
    "IN": (9, 18),
    "MX": (18, 18),
}
# A Taiwanese number written in a phone's groups ("02-2182-1313", "0912 345 678") that is a
# valid Taiwanese phone is the bank's line or the scammer's phone, not an account; so is,
# anywhere, a valid phone spaced after a two-digit area code ("02 118 9785" in Bangkok).
_PHONE_GROUPS_RE = re.compile(r"0[0-9]{1,3}(?:[- ][0-9]{3,4}){1,2}")
_SPACED_AREA_PHONE_RE = re.compile(r"0[0-9](?: [0-9]{3,4}){2}")
# An Indian mobile's shape (10 digits from 6 to 9): no account, whatever bank is named.
_INDIAN_MOBILE_RE = re.compile(r"[6-9][0-9]{9}")
# A mainland Chinese mobile's shape (11 digits from 13 to 19): no account after a bank's name.
_CHINESE_MOBILE_RE = re.compile(r"1[3-9][0-9]{9}")
_PHONE_BEFORE = re.compile(_PHONE_WORDS + r"|\+[0-9]{1,4}[ -]?$")
_CURRENCY_AFTER = re.compile(
    r"^\s?(?:円|元|块|원|บาท|đồng|đ\b|usd|usdt|vnd|jpy|cny|rmb|thb|idr|rupiah|baht|yen|won|万|萬)"
)
# After a short name: the number, or an account word and the number ("우체국 계좌 1234…"),
# a colon or a dash between ("우리 - 1002-…", "MB - 0123…").
_NUMBER_NEXT_RE = re.compile(
    r"[ \t]*(?:계좌번호|계좌|통장|account|acc|a/c|stk|transit"
    r"|戶口|户口|帳號|帳戶|賬號|賬戶|账号|账户)?"
    r"[ \t]*[:=-]?[ \t]*[(]?[0-9]"
)
# An account word between a bank name and the number after it: the name's account
# ("ธ.กสิกรไทย เลขที่บัญชี 123-…", "MB STK 0123…"), whatever number comes before the name.
_ACCOUNT_WORD_RE = re.compile(
    r"เลขที่บัญชี|บัญชี|account|acc\b|a/c|\bstk\b|số tài khoản|계좌|口座|账号|账户|帳號|帳戶"
    r"|戶口|户口|賬號|賬戶"
)
# A bank word right before a short name: the name is a bank's ("ngân hàng MB", "ธ.ออมสิน").
_BANK_WORD_BEFORE_RE = re.compile(r"(?:ngân hàng|ngan hang|\bbank|ธนาคาร|ธ\.|은행)[ \t]*$")
# Before a short name in brackets: the number it names ("1002-123-456789 (우리)").
_NUMBER_BEFORE_RE = re.compile(r"[0-9][ \t]*[(（][ \t]*$")
# A JP branch and account written as one number: "751-1225813", ゆうちょ "10120-12345678".
# (3-digit branch, 7-digit account; 5-digit 記号, 8-digit 番号: "090-12345678" is a phone.)
_JP_BRANCH_ACCOUNT_RE = re.compile(r"([0-9]{3})-([0-9]{7})|([0-9]{5})-([0-9]{8})")
# Canada: institution-transit-account ("003-12345-1234567") or the cheque's transit-institution
# ("12345-003"); the transit (5 digits) is the branch and part of the key.
_CA_FULL_RE = re.compile(r"([0-9]{3})[- ]([0-9]{5})[- ]([0-9]{7,12})")
_CA_MICR_RE = re.compile(r"([0-9]{5})-([0-9]{3})")
# Taiwan's post office (中華郵政, 700): a 7-digit office number (局號) and a 7-digit account
# (帳號), keyed as the 14 digits they make, also with their words between ("局號0001234
# 帳號1234567", "局号：0001234，帐号：1234567").
_TW_POST_CODE = "700"
_TW_POST_RE = re.compile(
    r"局[號号][ \t]*[:]?[ \t]*([0-9]{7})(?![0-9])[^0-9\n]{0,12}?"
    r"(?:[帳帐賬账][號号]|[帳帐賬账]戶)[ \t]*[:]?[ \t]*([0-9]{7})(?![0-9])"
)
_YUCHO_CODE = "9900"
_ABA_BANK_CODE = "ABAAKHPP"
# Banks of the table whose retail accounts are mostly mobile wallets keyed by the owner's
# mobile: a valid national mobile after the name is that phone (one key with the number the
# crew also calls from), not an account number.
_MOBILE_WALLET_CODES = frozenset({"WINGKHPP"})
_BANK_ACCOUNT_VALUE = re.compile(r"^([A-Z]{2}):([A-Z0-9]{3,11})(?::([0-9]{3,5}))?:([0-9]{5,19})$")


@dataclass(frozen=True, slots=True)
class Bank:
    """One row of the bank table."""

    country: str
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class AccountMatch:
    """A bank account: canonical value, span of the number, and the bank named."""

    value: str
    start: int
    end: int
    bank: Bank
    branch: str | None = None  # a JP branch code the text gave (not part of the value)


@cache
@cache
def _bank_data() -> dict[str, Any]:
    """The bundled table (``data/banks.json``), read and parsed once."""
    raw = resources.files("tipoff.indicators").joinpath("data/banks.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def bank_table() -> tuple[Bank, ...]:
    """All banks in the bundled table (loaded on first use)."""
    return tuple(
        Bank(row["country"], row["code"], row["names"][0]) for row in _bank_data()["banks"]
    )


@cache
def _automaton() -> Any:  # an ahocorasick.Automaton over lower-cased names (untyped library)
    import ahocorasick

    by_name: dict[str, list[Bank]] = {}
    for row in _bank_data()["banks"]:
        bank = Bank(row["country"], row["code"], row["names"][0])
        for name in (*row["names"], *row.get("short_names", ())):
            by_name.setdefault(name.lower(), []).append(bank)
    for name in _bank_data().get("not_banks", {}).get("names", ()):
        by_name.setdefault(name.lower(), [])  # a central bank: shadows the bank name inside it
    automaton = ahocorasick.Automaton()
    for name, banks in by_name.items():
        automaton.add_word(name, (name, tuple(banks)))
    automaton.make_automaton()
    return automaton


@cache
def _short_names() -> frozenset[str]:
    """Names that are also ordinary words ("우리", "하나"): a bank only before a number."""
    return frozenset(
        name.lower() for row in _bank_data()["banks"] for name in row.get("short_names", ())
    )


def _number_right_after(lowered: str, start: int, end: int) -> bool:
    """A short name stands for its bank only as a word of its own followed by the number
    ("우리 1002-…", "하나: 123-…", "우체국 계좌 1234…") or in brackets right after it
    ("1002-123-456789 (우리)"), not inside a word ("우리는", "하나의", "대기업")."""
    if start and "\uac00" <= lowered[start - 1] <= "\ud7a3":
        return False
    if _BANK_WORD_BEFORE_RE.search(lowered, max(0, start - 12), start) is not None:
        return True  # "… ngân hàng MB", "ธ.กรุงไทย": stated as a bank, the number may precede it
    if start > 1 and lowered[start - 1] == " " and lowered[start - 2].isdigit():
        return False  # "20 MB 123456": a unit after an amount
    if _NUMBER_NEXT_RE.match(lowered, end) is not None:
        return True
    return (
        lowered[end : end + 1] in (")", "）")
        and _NUMBER_BEFORE_RE.search(lowered, max(0, start - 4), start) is not None
    )


def find_bank_names(
    lowered: str, country_hint: str | None, text: str | None = None
) -> Iterator[tuple[int, int, Bank]]:
    """Yield (start, end, bank) for each bank named in ``lowered`` (lower-cased, folded;
    ``text``: the folded text before lower-casing, which tells "BEA" from "bea").

    Only the neighbourhoods of long digit runs are scanned: a bank name with no
    account number nearby yields nothing anyway, and most text has no such run.
    """
    automaton = _automaton()
    short_names = _short_names()
    for window_start, window_end in _windows(lowered):
        # Slices, not iter_long(text, start, end): the automaton converts its whole
        # input string on every call.
        for end_index, (name, banks) in automaton.iter_long(lowered[window_start:window_end]):
            end = window_start + end_index + 1
            start = end - len(name)
            if not banks or (name.isascii() and not _on_word_boundary(lowered, start, end)):
                continue  # no banks: a central bank ("Reserve Bank of India"), not a payee's bank
            bank = _pick(banks, country_hint)
            if (
                name in short_names
                and (
                    not _number_right_after(lowered, start, end)
                    or (
                        name.isascii() and bank.country != country_hint
                    )  # "20 MB 123…" in a US text
                )
                and not (bank.country == "AU" and _bsb_after(text, lowered, start, end))
            ):
                continue
            if bank.country != country_hint and _foreign_word(
                bank, name, text, start, end, country_hint
            ):
                continue
            yield start, end, bank


def _bsb_after(text: str | None, lowered: str, start: int, end: int) -> bool:
    """Whether an Australian bank's short name ("CBA", "NAB", "ANZ", "Macquarie") is written
    as a name (not in lower case: "nab", "ing") and followed by a BSB and account, so names
    its bank in a report of any country ("transfer to CBA 062-000 12345678")."""
    written = text[start:end] if text is not None else ""
    return not written.islower() and bank_codes.au_account_after_name(lowered, end) is not None


def _windows(lowered: str) -> list[tuple[int, int]]:
    """The neighbourhoods of long digit runs, or the whole text once they cover more
    than half of it (dense text: one pass beats many slices; decided as soon as the
    running total passes half, which is what the final total would say)."""
    limit = len(lowered) // 2
    windows = []
    covered = 0
    for start, end in _number_neighbourhoods(lowered):
        covered += end - start
        if covered > limit:
            return [(0, len(lowered))]
        windows.append((start, end))
    return windows


def _number_neighbourhoods(text: str) -> Iterator[tuple[int, int]]:
    margin_before = WINDOW_AFTER + _LONGEST_NAME
    margin_after = WINDOW_BEFORE + _LONGEST_NAME
    current: list[int] | None = None
    for match in _DIGIT_RUN_RE.finditer(text):
        start = max(0, match.start() - margin_before)
        end = min(len(text), match.end() + margin_after)
        if current is not None and start <= current[1]:
            current[1] = end
            continue
        if current is not None:
            yield current[0], current[1]
        current = [start, end]
    if current is not None:
        yield current[0], current[1]


def _on_word_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def _foreign_word(
    bank: Bank, name: str, text: str | None, start: int, end: int, country_hint: str | None
) -> bool:
    """A short abbreviation of a foreign bank typed in lower case is a word, not the bank:
    Indonesian "bea cukai" (customs duty) is not Hong Kong's BEA; nor is one glued to a Han or
    kana word other than 銀行/银行: Japanese "SBI証券" (a broker) is not the State Bank of India."""
    if (
        text is None
        or country_hint is None
        or bank.country == country_hint
        or len(name) > 4
        or not name.isascii()
    ):
        return False
    if len(name) <= 3 and text[start:end].islower():
        return True
    return _GLUED_NAME_RE.match(text, end) is not None


# Han or kana glued to a Latin name, other than the word "bank": the name is part of another
# company's ("SBI証券", "SBIホールディングス"); "DBS銀行", "HDFC银行" stay banks.
_GLUED_NAME_RE = re.compile(r"(?![銀银]行)[\u3041-\u30ff\u4e00-\u9fff]")


def _pick(banks: tuple[Bank, ...], country_hint: str | None) -> Bank:
    for bank in banks:
        if bank.country == country_hint:
            return bank
    return banks[0]


def find_accounts(
    text: str,
    lowered: str,
    country_hint: str | None,
    taken: Callable[[int, int], bool] | None = None,
) -> Iterator[AccountMatch]:
    """Yield bank accounts in ``text`` (folded); ``lowered`` is its lower-cased copy.

    ``taken(start, end)``: whether a span is already another indicator (a number inside a
    URL, IBAN or wallet is not an account: "wa.me/85591726604。UOB acc 545-252-053-8").
    """
    names = list(find_bank_names(lowered, country_hint, text))
    if "62" in text:
        # Chinese card numbers without their bank's name, keyed by the issuer (card_bins);
        # after the named accounts, outside their spans (a name's reading wins)
        yield from _named_first(
            _accounts_near_names(text, lowered, country_hint, names, taken), text, taken
        )
        return
    yield from _accounts_near_names(text, lowered, country_hint, names, taken)


def _named_first(
    named: Iterator[AccountMatch], text: str, taken: Callable[[int, int], bool] | None
) -> Iterator[AccountMatch]:
    """The named accounts, then card numbers of listed issuers outside them and ``taken``."""
    spans: list[tuple[int, int]] = []
    for found in named:
        spans.append((found.start, found.end))
        yield found

    def held(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in spans) or (
            taken is not None and taken(start, end)
        )

    for code, digits, start, end in card_bins.find_card_accounts(text, held):
        yield AccountMatch(f"CN:{code}:{digits}", start, end, _bank_by_code("CN", code))


@cache
def _bank_by_code(country: str, code: str) -> Bank:
    """The table's first bank row with this country and code."""
    return next(b for b in bank_table() if b.country == country and b.code == code)


def _accounts_near_names(
    text: str,
    lowered: str,
    country_hint: str | None,
    names: list[tuple[int, int, Bank]],
    taken: Callable[[int, int], bool] | None,
) -> Iterator[AccountMatch]:
    """Accounts next to the bank names found, BSB, transit and sort-code accounts."""
    sort_codes = (
        "sort" in lowered
        or (country_hint == "GB" and "-" in lowered)
        or bank_codes.has_unlabelled_sort_code(lowered)
    )
    australian = country_hint == "AU" and "-" in lowered
    if (
        not names
        and "bsb" not in lowered
        and "transit" not in lowered
        and not sort_codes
        and not australian
    ):
        return
    transits: set[tuple[int, int]] = set()
    au_spans: set[tuple[int, int]] = set()
    named_spans: set[tuple[int, int]] = set()
    if "transit" in lowered:
        # before the names: a labelled transit keys the account with its branch, which the
        # name's own reading of the same number ("RBC … account 1234567") would leave out
        for value, start, end in bank_codes.find_transit_accounts(
            lowered, partial(_canadian_code_near, names)
        ):
            transits.add((start, end))
            yield AccountMatch(value, start, end, Bank("CA", value.split(":")[1], "transit"))
    for index, (start, end, bank) in enumerate(names):
        if taken is not None and taken(start, end):
            continue  # "smbc-card-delivery.asia/…" names no bank
        if bank.country == "AU":
            # an Australian account only with its BSB (bank_codes.au_account_after_name)
            pair = bank_codes.au_account_after_name(
                lowered, end
            ) or bank_codes.au_account_before_name(lowered, start)
            if pair is not None and (taken is None or not taken(pair[1], pair[2])):
                au_spans.add((pair[1], pair[2]))
                yield AccountMatch(pair[0], pair[1], pair[2], bank)
            continue
        next_start = names[index + 1][0] if index + 1 < len(names) else len(text)
        previous_end = names[index - 1][1] if index else 0
        routing = bank_codes.branch_code_near(bank.country, lowered, start, end)
        after = _account_after(text, end, min(next_start, end + WINDOW_AFTER), bank, routing, taken)
        before = _account_before(
            text, max(previous_end, start - WINDOW_BEFORE), start, bank, routing, taken
        )
        if before is not None and (before.start, before.end) in named_spans:
            # the number the previous name already took is not this name's too ("私の口座（三菱
            # UFJ銀行 … 1234567）から、相手の口座（楽天銀行 … 7654321）": Rakuten's is 7654321)
            before = None
        # The number nearest the name wins ("Account 123 (DBS) … Order #456").
        found: AccountMatch | None
        if after is not None and before is not None:
            found = (
                after
                if after.start - end <= start - before.end
                or _ACCOUNT_WORD_RE.search(lowered, end, after.start)
                else before
            )
        else:
            found = after or before
        if found is not None and (found.start, found.end) in transits:
            continue
        if found is not None:
            named_spans.add((found.start, found.end))
        if found is not None and not (
            found.bank.code == _ABA_BANK_CODE
            and bank_codes.routing_read_as_aba_bank(
                lowered[start:end], found.value.rsplit(":", 1)[1], lowered, names, country_hint
            )
        ):
            yield found
    if "bsb" in lowered:
        for value, start, end in bank_codes.find_bsb_accounts(lowered):
            au_spans.add((start, end))
            yield AccountMatch(value, start, end, Bank("AU", value.split(":")[1], "BSB"))
    if australian:
        for value, start, end in bank_codes.find_unlabelled_bsb_accounts(lowered):
            if (start, end) not in au_spans and (taken is None or not taken(start, end)):
                yield AccountMatch(value, start, end, Bank("AU", value.split(":")[1], "BSB"))
    if sort_codes:
        for value, start, end in bank_codes.find_sort_code_accounts(lowered, country_hint):
            yield AccountMatch(value, start, end, Bank("GB", value.split(":")[1], "sort code"))


def _canadian_code_near(names: list[tuple[int, int, Bank]], low: int, high: int) -> str | None:
    """The institution number of a Canadian bank named between ``low`` and ``high``."""
    for start, end, bank in names:
        if bank.country == "CA" and start >= low and end <= high:
            return bank.code
    return None


def _account_after(
    text: str,
    start: int,
    stop: int,
    bank: Bank,
    routing: str | None = None,
    taken: Callable[[int, int], bool] | None = None,
) -> AccountMatch | None:
    window = text[start:stop].split("\n", 1)[0]
    branch = None
    if bank.code == _TW_POST_CODE and bank.country == "TW":
        post = _TW_POST_RE.search(window)
        if post is not None:
            digits = post.group(1) + post.group(2)
            return _account(bank, None, digits, start + post.start(1), start + post.end(2))
    for match in _NUMBER_RE.finditer(window):
        if _NOT_ACCOUNT.search(window[: match.start()].lower()):
            return None
        if _IN_PHONE_RUN_RE.search(window, max(0, match.start() - 24), match.start()):
            return None  # "Citibank on +1 205-725-4672": the bank's line
        if taken is not None and taken(start + match.start(), start + match.end()):
            continue
        digits = match.group(0).replace(" ", "").replace("-", "")
        if digits == routing:
            continue  # "Chase routing 021000021 account 1234567890", "sort code 20-00-00 …"
        if digits == bank.code and bank.country != "JP":
            continue  # the bank's own code beside its name: "中國信託(822) 1234…", "BCA (014) …"
        if routing and digits.startswith(routing) and 7 <= len(digits) - len(routing) <= 8:
            digits = digits[len(routing) :]  # "Barclays 20 00 00 12345678"
        if bank.country == "CA":
            found = _canadian(bank, branch, match.group(0), digits)
            if isinstance(found, str):
                branch = found  # a transit written before the account: "RBC 12345 1234567"
                continue
            if found is not None:
                bank, branch, digits = found
        if bank.country == "TW" and match.group(0)[: len(bank.code) + 1] in _code_then(bank):
            rest = digits[len(bank.code) :]
            digits = rest if 10 <= len(rest) <= 14 else digits  # "822-123456789012"
        elif bank.country == "HK" and len(digits) > 14 and digits.startswith(bank.code):
            # the bank's code before the account, too long to be one: "HSBC 004-123-456789-001"
            # is "HSBC 123-456789-001" (a 12-digit one may start with a branch "004-")
            digits = digits[len(bank.code) :]
        joined = (
            _JP_BRANCH_ACCOUNT_RE.fullmatch(match.group(0))
            if bank.country == "JP" and branch is None
            else None
        )
        if joined is not None:
            branch, digits = (part for part in joined.groups() if part)  # "… 751-1225813"
        if bank.country == "JP" and branch is None and len(digits) in (3, 5):
            branch = digits  # "123 1234567" (branch, account) or ゆうちょ 記号 12345
            continue
        if bank.country == "JP" and branch is None:
            branch_match = _JP_BRANCH_RE.search(window[: match.start()])
            branch = next((g for g in branch_match.groups() if g), None) if branch_match else None
        if _is_account(bank, digits, window, match.end(), match.group(0)) and not (
            match.group("spaced") and _toll_free(digits, bank.country)
        ):
            return _account(
                bank, branch, digits, start + match.start(), start + match.end(), routing
            )
        return None
    return None


def _toll_free(digits: str, country: str) -> bool:
    """A toll-free, shared-cost or premium line of ``country``: a spaced number after a bank's
    name that is one ("Metrobank sa 1800 7 298 2157") is its hotline, not an account."""
    import phonenumbers  # third-party: imported on first use only, as in phone_parse

    try:
        number = phonenumbers.parse(digits, country)
    except phonenumbers.NumberParseException:
        return False
    hotline = (
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
    )
    return phonenumbers.number_type(number) in hotline and phonenumbers.is_valid_number(number)


def _code_then(bank: Bank) -> tuple[str, str]:
    return bank.code + "-", bank.code + " "


def _canadian(
    bank: Bank, branch: str | None, written: str, digits: str
) -> tuple[Bank, str, str] | str | None:
    """A Canadian number after the bank's name: (bank, transit, account) for the full
    "003-12345-1234567", a transit (str) for "12345" or the cheque's "12345-003" that comes
    before the account, else None (the number is read as it is)."""
    full = _CA_FULL_RE.fullmatch(written)
    if full is not None:
        institution, transit, account = full.groups()
        return replace(bank, code=institution), transit, account
    micr = _CA_MICR_RE.fullmatch(written)
    if branch is None and (len(digits) == 5 or micr is not None):
        return micr.group(1) if micr is not None else digits
    return None


def _account_before(
    text: str,
    start: int,
    stop: int,
    bank: Bank,
    routing: str | None = None,
    taken: Callable[[int, int], bool] | None = None,
) -> AccountMatch | None:
    window = text[start:stop]
    if "\n" in window:
        start += window.rindex("\n") + 1
        window = text[start:stop]
    match = None
    for candidate in _NUMBER_RE.finditer(window):
        if (
            routing is None or candidate.group(0).replace(" ", "").replace("-", "") != routing
        ) and (taken is None or not taken(start + candidate.start(), start + candidate.end())):
            match = candidate  # the last one: nearest the name
    if match is None:
        return None
    between = window[match.end() :]
    if _NOT_ACCOUNT.search(between.lower()) or len(between.strip(" -–(:,")) > 12:
        return None
    if _PHONE_BEFORE.search(_same_sentence(window[max(0, match.start() - 12) : match.start()])):
        return None  # "电话是006581220867。我向OCBC …", "+63 906 133 1851。DBS …": a phone
    digits = match.group(0).replace(" ", "").replace("-", "")
    if not _is_account(bank, digits, window, match.end(), match.group(0)):
        return None
    if match.group("spaced") and _toll_free(digits, bank.country):
        return None
    return _account(bank, None, digits, start + match.start(), start + match.end(), routing)


def _same_sentence(before: str) -> str:
    """The part of ``before`` (lower-cased) in the sentence of the text that follows it: a
    phone word ends its reach at a sentence's end ("전화가 왔습니다. 3333-23-…": an account)."""
    ends = [before.rfind(mark) for mark in (". ", "。", "! ", "? ", "\n")]
    return before[max(ends) + 1 :].lower() if max(ends) >= 0 else before.lower()


def _is_account(bank: Bank, digits: str, window: str, end: int, written: str = "") -> bool:
    if _CURRENCY_AFTER.search(window[end : end + 6].lower()):
        return False
    if " " in written and _SPACED_NOT_ACCOUNT.fullmatch(written):
        return False  # "BCA 5 000 000", "DBS 12 05 2024"
    if bank.country == "JP":
        return len(digits) in (7, 8)
    if bank.country in ("US", "CA") and bank_codes.is_toll_free(written or digits):
        return False
    if (
        bank.country in ("TW", "CN")
        and _PHONE_GROUPS_RE.fullmatch(written)
        and parse_phone(written, (bank.country,)) is not None
    ):
        return False  # "工商银行 010-4853-0222": the bank's line in a phone's groups
    if bank.country == "CN" and _CHINESE_MOBILE_RE.fullmatch(digits):
        return False  # "建设银行 13812345678": a mobile's shape; a Chinese card has 16-19 digits
    if (
        _SPACED_AREA_PHONE_RE.fullmatch(written)
        and parse_phone(written, (bank.country,)) is not None
    ):
        return False
    if (
        bank.country in ("US", "CA")
        and bank_codes.is_nanp_grouped(written)
        and parse_phone(written, ("US",)) is not None
    ):
        return False  # "Citibank 205-725-4672": a phone in its 3-3-4 groups
    if bank.country == "IN" and _INDIAN_MOBILE_RE.fullmatch(digits):
        return False  # "HDFC customer care 98765 43210": a mobile beside a bank's name
    if (
        bank.code in _MOBILE_WALLET_CODES
        and digits.startswith("0")
        and parse_phone(digits, (bank.country,)) is not None
    ):
        return False  # "Wing 012 783 491": a Wing wallet is its owner's mobile, read as the phone
    low, high = _ACCOUNT_LENGTHS.get(bank.country, (6, 19))
    return low <= len(digits) <= high


def _account(
    bank: Bank, branch: str | None, digits: str, start: int, end: int, routing: str | None = None
) -> AccountMatch:
    # A US account is keyed by the routing number when the text gives one, else by the bank's BIC.
    kept = branch if branch and keeps_branch(bank.country, bank.code) else None
    parts = [bank.country, routing or bank.code] + ([kept] if kept else []) + [digits]
    return AccountMatch(":".join(parts), start, end, bank, branch if branch != kept else None)


def keeps_branch(country: str, code: str) -> bool:
    """Whether a branch code written with an account is part of its key.

    A Japanese account is keyed without its branch (JP:0009:1234567), whether the victim
    wrote the branch or not ("三井住友銀行 普通 1234567", "三井住友銀行 123-1234567"): victims
    often leave it out, and one account must be one value, not two that split the reports
    naming it. The branch written is kept in the indicator's attributes (``branch``) and in
    the sighting's raw text. A number is unique only within its branch, so two accounts with
    one number at different branches of a bank share the key: a rare false link, traded for
    the common missed one. ゆうちょ's 記号 is part of the account, not a branch: always kept.
    """
    return country != "JP" or code == _YUCHO_CODE


def canonical_bank_account(value: str, country_hint: str | None = None) -> str | None:
    """Canonical ``CC:code[:branch]:number`` from a canonical value or free text naming a bank
    (a JP branch is dropped from the value, as ``extract`` does: ``keeps_branch``)."""
    text = fold(value.strip())
    compact = re.sub(r"[\s-]", "", text).upper()
    match = _BANK_ACCOUNT_VALUE.match(compact)
    if match:
        country, code, branch, number = match.groups()
        if branch and not keeps_branch(country, code):
            branch = None
        return ":".join(p for p in (country, code, branch, number) if p)
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    for account in find_accounts(text, lowered, country_hint):
        return account.value
    return None
