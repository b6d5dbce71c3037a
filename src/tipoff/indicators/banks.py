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
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from tipoff.indicators import bank_codes
from tipoff.indicators.normalize import fold

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
    # a bank's own grouping, spaced: HK 3-6-3, TH 3-1-5-1, SG 3-6-1, KR 6-2-6, PH 3-3-7
    r"|(?P<spaced>[0-9]{3,6}(?: [0-9]{1,7}){2,4})(?![0-9])"
    r"|[0-9](?:[0-9]|-(?=[0-9]))*+)"
    r"(?![0-9])"
)
_JP_BRANCH_RE = re.compile(
    r"(?:店番号?|支店番号|支店コード|branch\s*(?:code|no\.?)?)\s*[:：]?\s*([0-9]{3})(?![0-9])"
    r"|支店\s*[(]\s*([0-9]{3})\s*[)]|[(]([0-9]{3})[)]\s*支店",
    re.IGNORECASE,
)
# Between a bank name and a number, these words mean the number is no account.
_NOT_ACCOUNT = re.compile(
    r"hotline|tel\b|phone|call|fax|電話|电话|客服|热线|โทร|điện thoại|gọi|hotline|전화|telp|"
    r"amount|金額|金额|금액|จำนวน|số tiền|jumlah|\$|¥|₫|฿|₩|円|元|บาท|usd|vnd|baht|yen|rp\b"
)  # run on lower-cased text: re.IGNORECASE would lose the first-character skip
# A country calling code right before a number, bracketed or not ("(+63) 1800 9 959 3481"):
# the number is a phone, whatever bank was named before it.
_CALLING_CODE_BEFORE = re.compile(r"\+[0-9]{1,4}\)?[ -]?$")
_PHONE_BEFORE = re.compile(
    r"hotline|tel\b|phone|call|fax|電話|电话|客服|热线|โทร|điện thoại|gọi|전화|telp|"
    r"\+[0-9]{1,4}[ -]?$"
)
_CURRENCY_AFTER = re.compile(
    r"^\s?(?:円|元|块|원|บาท|đồng|đ\b|usd|usdt|vnd|jpy|cny|rmb|thb|idr|rupiah|baht|yen|won|万|萬)"
)
# After a short name: the number, or an account word and the number ("우체국 계좌 1234…"),
# a colon or a dash between ("우리 - 1002-…", "MB - 0123…").
_NUMBER_NEXT_RE = re.compile(
    r"[ \t]*(?:계좌번호|계좌|통장|account|acc|a/c|stk)?[ \t]*[:=-]?[ \t]*[0-9]"
)
# An account word between a bank name and the number after it: the name's account
# ("ธ.กสิกรไทย เลขที่บัญชี 123-…", "MB STK 0123…"), whatever number comes before the name.
_ACCOUNT_WORD_RE = re.compile(
    r"เลขที่บัญชี|บัญชี|account|acc\b|a/c|\bstk\b|số tài khoản|계좌|口座|账号|账户|帳號|帳戶"
)
# A bank word right before a short name: the name is a bank's ("ngân hàng MB", "ธ.ออมสิน").
_BANK_WORD_BEFORE_RE = re.compile(r"(?:ngân hàng|ngan hang|\bbank|ธนาคาร|ธ\.|은행)[ \t]*$")
# Before a short name in brackets: the number it names ("1002-123-456789 (우리)").
_NUMBER_BEFORE_RE = re.compile(r"[0-9][ \t]*[(（][ \t]*$")
# A JP branch and account written as one number: "751-1225813", ゆうちょ "10120-12345678".
# (3-digit branch, 7-digit account; 5-digit 記号, 8-digit 番号: "090-12345678" is a phone.)
_JP_BRANCH_ACCOUNT_RE = re.compile(r"([0-9]{3})-([0-9]{7})|([0-9]{5})-([0-9]{8})")
_YUCHO_CODE = "9900"
_ABA_BANK_CODE = "ABAAKHPP"
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
def bank_table() -> tuple[Bank, ...]:
    """All banks in the bundled table (loaded on first use)."""
    raw = resources.files("tipoff.indicators").joinpath("data/banks.json").read_text("utf-8")
    return tuple(
        Bank(row["country"], row["code"], row["names"][0]) for row in json.loads(raw)["banks"]
    )


@cache
def _automaton() -> Any:  # an ahocorasick.Automaton over lower-cased names (untyped library)
    import ahocorasick

    raw = resources.files("tipoff.indicators").joinpath("data/banks.json").read_text("utf-8")
    by_name: dict[str, list[Bank]] = {}
    for row in json.loads(raw)["banks"]:
        bank = Bank(row["country"], row["code"], row["names"][0])
        for name in (*row["names"], *row.get("short_names", ())):
            by_name.setdefault(name.lower(), []).append(bank)
    automaton = ahocorasick.Automaton()
    for name, banks in by_name.items():
        automaton.add_word(name, (name, tuple(banks)))
    automaton.make_automaton()
    return automaton


@cache
def _short_names() -> frozenset[str]:
    """Names that are also ordinary words ("우리", "하나"): a bank only before a number."""
    raw = resources.files("tipoff.indicators").joinpath("data/banks.json").read_text("utf-8")
    return frozenset(
        name.lower() for row in json.loads(raw)["banks"] for name in row.get("short_names", ())
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
            if name.isascii() and not _on_word_boundary(lowered, start, end):
                continue
            bank = _pick(banks, country_hint)
            if name in short_names and (
                not _number_right_after(lowered, start, end)
                or (name.isascii() and bank.country != country_hint)  # "20 MB 123…" in a US text
            ):
                continue
            if bank.country != country_hint and _foreign_word(
                bank, name, text, start, end, country_hint
            ):
                continue
            yield start, end, bank


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
    Indonesian "bea cukai" (customs duty) is not Hong Kong's BEA."""
    return (
        text is not None
        and country_hint is not None
        and bank.country != country_hint
        and len(name) <= 3
        and name.isascii()
        and text[start:end].islower()
    )


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
    if not names and "bsb" not in lowered:
        return
    for index, (start, end, bank) in enumerate(names):
        if taken is not None and taken(start, end):
            continue  # "smbc-card-delivery.asia/…" names no bank
        next_start = names[index + 1][0] if index + 1 < len(names) else len(text)
        previous_end = names[index - 1][1] if index else 0
        routing = (
            bank_codes.routing_number_near(lowered, start, end) if bank.country == "US" else None
        )
        after = _account_after(text, end, min(next_start, end + WINDOW_AFTER), bank, routing, taken)
        before = _account_before(
            text, max(previous_end, start - WINDOW_BEFORE), start, bank, routing, taken
        )
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
        if found is not None and not (
            found.bank.code == _ABA_BANK_CODE
            and bank_codes.routing_read_as_aba_bank(
                lowered[start:end], found.value.rsplit(":", 1)[1], lowered, names, country_hint
            )
        ):
            yield found
    if "bsb" not in lowered:
        return
    for value, start, end in bank_codes.find_bsb_accounts(lowered):
        yield AccountMatch(value, start, end, Bank("AU", value.split(":")[1], "BSB"))


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
    for match in _NUMBER_RE.finditer(window):
        if _NOT_ACCOUNT.search(window[: match.start()].lower()):
            return None
        if _CALLING_CODE_BEFORE.search(window, 0, match.start()):
            return None
        if taken is not None and taken(start + match.start(), start + match.end()):
            continue
        digits = match.group(0).replace(" ", "").replace("-", "")
        if digits == routing:
            continue  # "Chase routing 021000021 account 1234567890"
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
    if bank.country == "JP":
        return len(digits) in (7, 8)
    if bank.country == "US" and bank_codes.is_toll_free(written or digits):
        return False
    return 6 <= len(digits) <= 19


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
