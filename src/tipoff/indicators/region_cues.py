"""Which countries the words around a national-format number point at.

A number written the local way ("0917 482 9173", "0812-7394-2206", "012 748 2916") has no
country code: it is a phone only once a region is known. The report's country decides first
and the text's script second (``regions.py``); a report with neither (Latin-script Tagalog,
Indonesian, Malay or English, or no victim country) left such a number unread, and a number
that is not valid in the report's country (a Philippine GCash number in an American report)
too. These cues name the region instead, from the words written near the number:

- an e-wallet that is keyed by its owner's mobile (GCash, Maya → PH; DANA, OVO, GoPay → ID;
  MoMo, ZaloPay → VN; PromptPay, TrueMoney → TH; Wing → KH; KBZPay, Wave → MM; Touch 'n Go
  → MY; KakaoPay → KR; PayPay → JP; Alipay, WeChat Pay → CN);
- a currency (₱/peso → PH, Rp/rupiah → ID, RM/ringgit → MY, ฿/baht → TH, ₫/đồng → VN,
  riel → KH, kyat → MM, ₩/원 → KR, 円 → JP, 元/RMB → CN);
- function words of a language written in Latin script (Tagalog "ang", "po", "niya" → PH;
  Indonesian and Malay "yang", "dari", "nomor"/"nombor" → ID, MY: the two countries' mobiles
  start differently, 08… and 01…, so trying both is safe);
- a bank of the table named near the number ("Kasikorn" → TH).

Cues are asked only where neither the report's country nor the script names a region
(``extract``): asked as fallbacks after the report's country as well, they cost ~30% of
extraction speed. They are looked for only in a window around numbers that look national
(a trunk "0", or a Chinese mobile's "1[3-9]" and eleven
digits), so a text without such a number pays one regex scan for them.
"""

from __future__ import annotations

import re
from functools import cache

from tipoff.indicators.banks import find_bank_names

# (region, cue words) in the order their regions are tried; ASCII words match whole words.
_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "PH",
        (
            "gcash",
            "g-cash",
            "paymaya",
            "maya",
            "coins.ph",
            "₱",
            "peso",
            "pesos",
            "ang",
            "po",
            "niya",
            "nya",
            "daw",
            "yung",
            "ako",
            "mga",
            "naman",
            "lang",
            "kasi",
            "padala",
            "ipadala",
            "nag-text",
            "tumawag",
            "sa akin",
        ),
    ),
    (
        "ID",
        (
            "dana",
            "ovo",
            "gopay",
            "shopeepay",
            "linkaja",
            "rp",
            "rp.",
            "rupiah",
            "yang",
            "dari",
            "nomor",
            "saya",
            "pelaku",
            "lewat",
            "pakai",
            "bayar",
            "kirim",
            "hubungi",
            "dengan",
            "untuk",
            "rekening",
            "kak",
            "ke",
            "nya",
            "sudah",
            "minta",
            "dulu",
            "tidak",
            "ini",
            "itu",
            "bisa",
            "mau",
            "juga",
            "atau",
            "nomer",
            "hp",
        ),
    ),
    (
        "MY",
        (
            "touch 'n go",
            "touch n go",
            "tng",
            "boost",
            "rm",
            "ringgit",
            "nombor",
            "akaun",
            "telefon",
            "mengaku",
            "pindahkan",
            "wang",
            "saya",
            "dengan",
            "untuk",
        ),
    ),
    ("VN", ("momo", "zalopay", "zalo", "viettelpay", "vnd", "₫", "đồng")),
    ("TH", ("promptpay", "prompt pay", "truemoney", "true money", "baht", "฿", "thb")),
    ("KH", ("wing", "pi pay", "pipay", "riel", "riels", "៛", "khr")),
    ("MM", ("kbzpay", "kbz pay", "wave pay", "wavepay", "wave money", "kyat", "mmk")),
    ("KR", ("kakaopay", "kakao pay", "toss", "₩", "krw")),
    ("JP", ("paypay", "jpy")),
    ("CN", ("alipay", "wechat pay", "wechatpay", "rmb", "cny")),
)
# Where a national-looking number sits: a trunk "0" and seven more digits, or a Chinese
# mobile; the check of the character before is made in Python (a look-behind first would
# cost the regex its fast literal skip).
_NATIONAL_RE = re.compile(r"0[0-9](?:[ .()-]{0,2}[0-9]){6,}|1[3-9][0-9]{9}")
_BEFORE = 80
_AFTER = 40
_MAX_NUMBERS = 16


@cache
def _cue_pattern() -> re.Pattern[str]:
    """One alternation of every cue, longest first; ASCII cues as whole words."""
    words = sorted({word for _, cues in _CUES for word in cues}, key=len, reverse=True)
    parts = [
        rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])" if word.isascii() else re.escape(word)
        for word in words
    ]
    return re.compile("|".join(parts))


@cache
def _regions_of() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for region, cues in _CUES:
        for word in cues:
            table[word] = (*table.get(word, ()), region)
    return table


def cue_regions(folded: str, lowered: str, known: tuple[str, ...]) -> tuple[str, ...]:
    """Regions (not in ``known``) that cue words near a national-looking number name, in
    ``_CUES`` order; empty when there is no such number or no cue."""
    windows = _windows(folded)
    if not windows:
        return ()
    pattern = _cue_pattern()
    regions_of = _regions_of()
    named: set[str] = set()
    for start, end in windows:
        for match in pattern.finditer(lowered, start, end):
            named.update(regions_of[match.group(0)])
        named.update(_bank_countries(lowered[start:end]))
    order = [region for region, _ in _CUES]
    ranked = sorted(named - set(known), key=lambda r: order.index(r) if r in order else len(order))
    return tuple(ranked)


def _windows(folded: str) -> list[tuple[int, int]]:
    """Merged windows around the national-looking numbers of ``folded`` (at most 16)."""
    windows: list[tuple[int, int]] = []
    for match in _NATIONAL_RE.finditer(folded):
        start = match.start()
        if start and (folded[start - 1].isdigit() or folded[start - 1] == "+"):
            continue
        low, high = max(0, start - _BEFORE), min(len(folded), match.end() + _AFTER)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
        if len(windows) >= _MAX_NUMBERS:
            break
    return windows


def _bank_countries(window: str) -> set[str]:
    """Countries of the banks of the table named in ``window`` (lower-cased)."""
    return {bank.country for _, _, bank in find_bank_names(window, None)}
