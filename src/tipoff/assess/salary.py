"""Pay quoted in a job ad, and whether it is far above what an entry-level job pays.

A trafficking lure or a fake job offers pay far above the role (docs/trafficking-lures.md:
"US$800–1,500 a month for customer service", "RM15,000/month", "earn $1,000–2,500 a week typing from
home"). This module finds amounts with their currency and period in nine languages ("$1,500/
month", "月給50万円", "月薪2万", "월 500만원", "เดือนละ 40,000 บาท", "30 triệu/tháng",
"Rp 15 juta per bulan", "₱80,000 monthly", "$1500 ក្នុងមួយខែ") and compares the monthly
figure with a threshold per currency (``data/pay.json``): what a job needing no experience
does not pay in that currency's country. When the reader's country is known (a job ad's
language), pay in a foreign currency is also high when, converted, it is far above the minimum
wage at the reader's home (``reader_wages``): THB 25,000 a month is ordinary in Thailand and
far above a Burmese or Khmer wage. Hourly pay is never judged; an amount with no period
is read as monthly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from tipoff.assess.lexicon import read_data_json

# Khmer, Thai and Myanmar digits as ASCII (each script keeps its length: offsets hold).
_LOCAL_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩๐๑๒๓๔๕๖๗๘๙၀၁၂၃၄၅၆၇၈၉", "0123456789" * 3)
# A number ("1,500", "1.500.000", "2.5") with an optional multiplier word after it (or the
# Burmese lakh, သိန်း, before it: "သိန်း ၂၀" is 2,000,000).
_AMOUNT = re.compile(
    r"(?:(သိန်း)\s?)?(?<![0-9.,])(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d{1,2})?)"
    r"\s?(천만|백만|십만|억|万|萬|千|만|천|million|m(?![a-z²])|lakhs?|triệu|trieu|tr(?![a-zà-ỹ])|juta|jt|ribu|rb|củ|k(?![a-z])|w(?![a-z])|ล้าน|แสน|หมื่น|พัน|ពាន់"
    r"|លាន|ម៉ឺន|សែន|သောင်း"
    r"|သိန်း)?",
    re.IGNORECASE,
)
# A Han numeral before 万 or 千 ("两万", "三千"), read as its digit (same length: offsets hold).
_HAN_DIGITS = dict(zip("一二两兩三四五六七八九", "12223456789", strict=True))
_HAN_DIGIT = re.compile(r"(?<![一二两兩三四五六七八九十百])[一二两兩三四五六七八九](?=[万萬千])")
# "1,500", "1.500.000": separators group; "1,20,000" (Indian grouping, lakhs) too
_GROUPED = re.compile(r"\d{1,3}(?:[,.]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}")
_BEFORE = 10  # characters searched before an amount for its currency and period
_AFTER = 14  # and after it


@dataclass(frozen=True, slots=True)
class Pay:
    """One quoted amount: [start, end) in the text, currency, period and the monthly figure."""

    start: int
    end: int
    currency: str
    period: str  # month, week or day (hourly and yearly pay are not returned)
    monthly: float
    stated_period: bool = True  # False: no period given, read as monthly

    def is_high(
        self,
        reader: str | None = None,
        *,
        low_skill: bool = False,
        destinations: frozenset[str] = frozenset(),
    ) -> bool:
        """Far above the role in the currency's country, or, for a reader from ``reader`` (a
        country code) paid in a foreign currency, far above the wage at the reader's home; for
        a low-skill role (``low_skill``: typing, chat, online sales) any pay, in any currency,
        far above what such a role earns at the reader's home (``role_far_above`` times the
        minimum wage); for work in one of ``destinations`` (country codes of places abroad the
        ad names), pay far above what the role earns there (``destination_high_usd``)."""
        threshold = thresholds().get(self.currency)
        if threshold is not None and self.monthly >= threshold:
            return True
        rate = usd_rates().get(self.currency)
        if rate is None:
            return False
        usd = self.monthly / rate
        if any(usd >= there for there in map(destination_high_usd, destinations) if there):
            return True
        if low_skill and any(usd >= there for there in map(role_high_usd, destinations) if there):
            return True  # typing or chat work far above what it earns where the job is
        home = reader_high_usd(reader, self.currency)
        if home is not None and usd >= home:
            return True
        role = role_high_usd(reader) if low_skill else None
        return role is not None and usd >= role


@cache
def _table() -> dict[str, Any]:
    return dict(read_data_json("pay.json"))


def thresholds() -> dict[str, float]:
    """Monthly pay, per currency, far above what a job needing no experience pays."""
    return {code: float(spec["high_monthly"]) for code, spec in _table()["currencies"].items()}


@cache
def usd_rates() -> dict[str, float]:
    """Units of each currency per US dollar."""
    return {code: float(rate) for code, rate in _table()["usd_rates"]["per_usd"].items()}


@cache
def destination_high_usd(country: str) -> float | None:
    """Monthly pay in US dollars far above what a job needing no experience pays in
    ``country`` (a place abroad a job ad names: ``pay.json`` destinations), or None."""
    currency = _table()["destinations"]["countries"].get(country)
    if currency is None:
        return None
    return thresholds()[currency] / usd_rates()[currency]


@cache
def role_high_usd(reader: str | None) -> float | None:
    """Monthly pay in US dollars far above what a low-skill role (typing, chat, online sales)
    earns in the reader's country, in any currency, the reader's own included; None when the
    reader's country is unknown."""
    wages = _table()["reader_wages"]
    home = wages["countries"].get(reader or "")
    if home is None:
        return None
    rate = usd_rates()[home["currency"]]
    return float(wages["role_far_above"]) * float(home["monthly"]) / rate


def home_currency(reader: str | None) -> str:
    """The currency wages are paid in at the reader's home ("" when unknown)."""
    home = _table()["reader_wages"]["countries"].get(reader or "")
    return str(home["currencies"][0]) if home else ""


@cache
def reader_high_usd(reader: str | None, currency: str) -> float | None:
    """Monthly pay in US dollars far above the minimum wage in the reader's country, or None
    when the reader's country is unknown or ``currency`` is one of its own (then the
    currency's threshold alone judges)."""
    wages = _table()["reader_wages"]
    home = wages["countries"].get(reader or "")
    if home is None or currency in home["currencies"]:
        return None
    rate = usd_rates()[home["currency"]]
    return float(wages["far_above"]) * float(home["monthly"]) / rate


@cache
def _tokens() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(token, currency) and (token, period) pairs, longest token first."""
    table = _table()
    currencies = [
        (token, code) for code, spec in table["currencies"].items() for token in spec["tokens"]
    ]
    periods = [(token, period) for period, tokens in table["periods"].items() for token in tokens]
    return (
        tuple(sorted(currencies, key=lambda pair: -len(pair[0]))),
        tuple(sorted(periods, key=lambda pair: -len(pair[0]))),
    )


@cache
def _token_automaton() -> Any:
    """Every currency and period token, each reported wherever it occurs (inside another
    token too): which tokens a text holds, in one pass instead of a substring search for
    each of the 186 tokens (a third of ``find_pay``'s time on a job ad)."""
    automaton = ahocorasick.Automaton()
    for pairs in _tokens():
        for token, _ in pairs:
            automaton.add_word(token, token)
    automaton.make_automaton()
    return automaton


def _tokens_in(
    lowered: str,
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The (token, currency) and (token, period) pairs of ``_tokens`` whose token occurs in
    ``lowered``, in the same order."""
    present = {token for _, token in _token_automaton().iter(lowered)}
    every_currency, every_period = _tokens()
    return (
        tuple(pair for pair in every_currency if pair[0] in present),
        tuple(pair for pair in every_period if pair[0] in present),
    )


def _nearest(window_before: str, window_after: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """The value of the token closest to the amount (after it wins a tie)."""
    best, best_distance = "", 10**6
    for token, value in pairs:
        after = window_after.find(token)
        if 0 <= after < best_distance and _whole(window_after, after, token):
            best, best_distance = value, after
        before = window_before.rfind(token)
        if before >= 0 and _whole(window_before, before, token):
            distance = len(window_before) - before - len(token)
            if distance < best_distance:
                best, best_distance = value, distance
    return best


def _whole(window: str, index: int, token: str) -> bool:
    """Latin tokens must not sit inside a longer Latin word ("mo" in "more", "p" in "up",
    "p" in "nhập")."""
    if not _latin_letter(token[0]):
        return True
    left = window[index - 1] if index > 0 else " "
    right_index = index + len(token)
    right = window[right_index] if right_index < len(window) else " "
    return not _latin_letter(left) and not _latin_letter(right)


def _latin_letter(char: str) -> bool:
    """A letter of the Latin script, accented ones included ("ậ" of "nhập": its "p" is no peso)."""
    return char.isalpha() and (char < "\u0250" or "\u1e00" <= char <= "\u1eff")


def _value(number: str, multiplier: str) -> float:
    digits = number
    if _GROUPED.fullmatch(number):
        digits = number.replace(",", "").replace(".", "")
    else:
        digits = number.replace(",", ".")
    value = float(digits)
    factor = _table()["multipliers"].get(multiplier.lower(), 1) if multiplier else 1
    return value * float(factor)


def _default_currency(multiplier: str, language: str | None, home: str) -> str:
    """The currency of an amount quoted with a multiplier word and no currency: the word's
    own ("万" is yen in Japanese, yuan otherwise; "triệu" is dong), else ``home``, the
    reader's currency in a job ad ("sahod 50k" in a Tagalog ad is pesos, "3 หมื่น" in a Thai
    one baht, "သိန်း ၂၀" in a Burmese one kyat), else none."""
    if multiplier in ("万", "萬"):
        return "JPY" if language == "ja" else "CNY"
    if multiplier in ("만", "천", "천만", "백만", "십만", "억"):
        return "KRW"
    if multiplier.lower() in ("triệu", "trieu", "tr", "củ"):
        return "VND"
    if multiplier.lower() in ("juta", "jt", "ribu", "rb"):
        return "IDR"
    return home if multiplier else ""


def find_pay(
    text: str,
    language: str | None = None,
    home_currency: str = "",
    *,
    job_ad: bool = False,
    stated_only: bool = False,
) -> list[Pay]:
    """Every amount in ``text`` with a currency and a period other than hourly;
    ``home_currency`` (a job ad's reader's currency) is that of an amount with a multiplier
    word ("50k", "3 หมื่น") and no currency. In a declared job ad (``job_ad``) it is also the
    currency of a bare number right after a pay word ("เงินเดือน 40,000", "底薪8000",
    "sahod: 60,000"), and amounts written as a multiplier word alone are read ("เดือนละแสน",
    a hundred thousand a month; "월 천만원"; "月入过万"). ``stated_only``: only the amounts
    with a stated period are wanted (pay in a message), so a text holding no period word at
    all has none to read."""
    lowered = text.lower()
    if not lowered.isascii():  # the digit table maps only Khmer, Thai and Myanmar digits
        lowered = lowered.translate(_LOCAL_DIGITS)
    if len(lowered) != len(text):  # keep offsets: give up on the rare text lower() reshapes
        return []
    if "万" in lowered or "萬" in lowered or "千" in lowered:  # "月薪两万": one digit, one char
        lowered = _HAN_DIGIT.sub(lambda m: _HAN_DIGITS[m.group()], lowered)
    found: list[Pay] = []
    currencies: tuple[tuple[str, str], ...] = ()
    periods: tuple[tuple[str, str], ...] = ()
    for index, match in enumerate(_AMOUNT.finditer(lowered)):
        if index == 0:
            # Only tokens the text holds at all can be near an amount (the windows are slices
            # of ``lowered``): each amount then tries a few tokens, not all of them.
            currencies, periods = _tokens_in(lowered)
            if stated_only and not periods and not job_ad:
                return found  # (empty) no amount can have a stated period
        number, multiplier = match.group(2), match.group(3) or match.group(1) or ""
        before = lowered[max(0, match.start() - _BEFORE) : match.start()]
        if _after_number_label(before):
            continue  # "Company No. 11827364": an identifier, not an amount
        after = lowered[match.end() : match.end() + _AFTER]
        currency = _nearest(before, after, currencies)
        if currency == "CNY" and language == "ja":
            currency = "JPY"  # "¥" in a Japanese ad
        currency = currency or _default_currency(multiplier, language, home_currency)
        paid = not currency and job_ad and bool(home_currency) and _after_pay_word(before)
        if paid:
            currency = home_currency
        stated = _nearest(before, after, periods) if currency or job_ad else ""
        bare = job_ad and (paid or (not currency and stated == "month"))
        if bare and _in_manwon(language, number, multiplier, after):
            currency, multiplier = "KRW", "만"
        if not currency:
            continue
        period = stated or "month"
        if period in ("hour", "year"):
            continue
        value = _value(number, multiplier)
        per_month = {"month": 1.0, "week": 4.33, "day": 22.0}[period]
        end = match.start() + len(match.group().rstrip())
        found.append(Pay(match.start(), end, currency, period, value * per_month, bool(stated)))
    if job_ad:
        found.extend(_bare_multipliers(lowered, language, home_currency))
    return found


# A Latin letter (Vietnamese included) before a pay word makes it part of a longer word
# ("repay"); the range à-ỹ alone would also take in Thai, Khmer and Burmese letters, and
# "รายได้เดือนละ" would hide its pay word "เดือนละ".
_LATIN_LETTER = "[a-zà-ÿĀ-ɏḀ-ỹ]"


_KOREAN_COUNTERS = frozenset("명일세살시분개년회곳건%")


def _in_manwon(language: str | None, number: str, multiplier: str, after: str) -> bool:
    """Korean ads quote monthly pay in 만원 and often drop the unit ("월 500", "한 달에 600",
    "월급 400"): a bare number of 100 to 9,999 after a pay word or with the month as its
    period, in a Korean job ad, is that many 만원 (500 won a month is no wage); not a count
    ("3월 1500명": people, days, years, times)."""
    if language != "ko" or multiplier or not number.isdigit():
        return False
    if after.lstrip()[:1] in _KOREAN_COUNTERS:
        return False
    return 100 <= int(number) <= 9999


@cache
def _pay_word_end() -> re.Pattern[str]:
    """A pay word ("salary", "月薪", "เงินเดือน", "lương", "sahod"...) ending a window, with
    an optional colon: the bare number after it is pay (``pay.json`` pay_words)."""
    words = sorted(_table()["pay_words"]["words"], key=len, reverse=True)
    return re.compile(rf"(?<!{_LATIN_LETTER})(?:{'|'.join(map(re.escape, words))})\s*[:：=]?\s*$")


def _after_pay_word(before: str) -> bool:
    return bool(_pay_word_end().search(before))


@cache
def _number_label_end() -> re.Pattern[str]:
    """A word labelling an identifier ("No.", "licence", "编号", "번호", "เลขที่", "số",
    "លេខ"...) ending a window, then only spaces, a colon or a full stop (``pay.json``
    number_labels): the number after it is no amount."""
    words = sorted(_table()["number_labels"]["words"], key=len, reverse=True)
    return re.compile(rf"(?<![a-zà-ỹ])(?:{'|'.join(map(re.escape, words))})[\s:：.]*$")


def _after_number_label(before: str) -> bool:
    return bool(_number_label_end().search(before))


# A multiplier word standing for its own amount ("เดือนละแสน", "รายได้หลักแสน", "월 천만원",
# "月入过万"): Thai after ละ/หลัก/ได้, Korean with 원, Chinese after 过/上/破.
_BARE_MULTIPLIER = re.compile(
    r"(?:(?<=ละ)|(?<=หลัก)|(?<=ได้))\s?(แสน|ล้าน)"
    r"|(?<![\d천백십])(천만|백만|억)\s?원"
    r"|(?<=[过上破過])(万|萬)"
)
_BARE_CURRENCY = {"แสน": "THB", "ล้าน": "THB", "천만": "KRW", "백만": "KRW", "억": "KRW"}


def _bare_multipliers(lowered: str, language: str | None, home: str) -> list[Pay]:
    """Amounts written as a multiplier word alone, in a declared job ad."""
    found: list[Pay] = []
    if not _BARE_HINT.search(lowered):
        return found
    periods = _tokens()[1]
    for match in _BARE_MULTIPLIER.finditer(lowered):
        word = match.group(1) or match.group(2) or match.group(3)
        currency = _BARE_CURRENCY.get(word) or _default_currency(word, language, home)
        before = lowered[max(0, match.start() - _BEFORE) : match.start()]
        after = lowered[match.end() : match.end() + _AFTER]
        stated = _nearest(before, after, periods)
        period = stated or "month"
        if period in ("hour", "year") or not currency:
            continue
        value = float(_table()["multipliers"][word])
        per_month = {"month": 1.0, "week": 4.33, "day": 22.0}[period]
        found.append(
            Pay(match.start(), match.end(), currency, period, value * per_month, bool(stated))
        )
    return found


_BARE_HINT = re.compile("แสน|ล้าน|천만|백만|억|万|萬")
