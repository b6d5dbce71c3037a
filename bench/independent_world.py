"""An independent synthetic world of scam operations, for scoring linking (issue 12).

Written blind: without reading tipoff's linker, simulator or evaluation code, from the
intake format (docs/intake.md), the identifier page (docs/identifiers.md) and the domain
notes. Standard library only; the same configuration and seed give the same files.

Run: python bench/independent_world.py OUT_DIR [--configs compounds,small_crews,...]
     [--seeds 1,2] [--reports 3000]

For each configuration and seed it writes OUT_DIR/<config>-s<seed>/:

- reports.jsonl: one report per line in tipoff's intake format;
- truth.jsonl: per report its crew (``crew-NNN``, or ``solo-NNN`` for a one-off scam) and
  every identifier the report mentions, with the world's own id of it (``uid``), its kind,
  a reference value, its owner (``crew``, ``laundering`` or ``innocent``), the owner's id and
  the raw strings it was written as;
- world.json: the configuration and the counts.

The world: crews of heavy-tailed size (a few compounds with hundreds of reported victims),
each with parallel scammers who own their phones and chat accounts (rotated over time),
and crew infrastructure every scammer sends victims to: platform domains (rotated over
time), deposit wallets, and domestic mule accounts that rotate by use (each serves a handful
of payments, then the next one takes over). Laundering services (OTC sellers, guarantee
markets, payment agents) are shared by many crews. Victims in JP, KR, CN, TH, VN, ID, PH,
US and Europe write in their own language (some in English), the way people write numbers
and handles, and also cite innocent values: the police line they called, the site they
reported to, their bank's hotline, a support line, the platform where it began.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

# --------------------------------------------------------------------------- configurations


@dataclass(frozen=True)
class WorldConfig:
    """Structural choices of one world."""

    name: str
    description: str
    solo_share: float  # share of reports that are one-off scams
    giant_sizes: tuple[int, ...]  # reports of the very large compounds
    pareto_alpha: float  # tail of the other crews' sizes
    crew_size_cap: int
    victims_per_scammer: tuple[float, float]
    countries: dict[str, float]  # victim country -> weight
    scam_types: dict[str, float]
    mule_uses: tuple[int, int]  # payments an account takes before the next one rotates in
    payments_per_victim: float  # mean of a geometric count (>= 1)
    site_months: float  # how long a platform domain lives
    per_victim_wallet: float  # chance that a platform gives a victim its own deposit address
    laundering_services: int
    laundering_share: float  # chance that a payment goes to a laundering account
    innocent_share: float  # chance that a report cites innocent values
    spoof_share: float  # impersonation calls showing a real police or bank number
    explicit_share: float  # chance that a report has explicit identifier fields
    messages_share: float
    messy: float  # how often numbers and handles are written untidily
    english_share: float  # non-English-speaking victims who write in English
    cash_share: float  # payments handed over in cash (no identifier)


CONFIGS: dict[str, WorldConfig] = {
    "compounds": WorldConfig(
        name="compounds",
        description="a few huge compounds (hundreds of scammers in parallel) plus a heavy tail",
        solo_share=0.08,
        giant_sizes=(720, 430, 260),
        pareto_alpha=1.4,
        crew_size_cap=180,
        victims_per_scammer=(3.0, 9.0),
        countries={
            "JP": 3,
            "KR": 1.5,
            "CN": 1.5,
            "TH": 1,
            "VN": 1,
            "ID": 1,
            "PH": 1,
            "US": 2,
            "DE": 0.5,
            "GB": 0.5,
            "FR": 0.3,
        },
        scam_types={"investment": 5, "romance": 2, "job.task": 2, "impersonation.authority": 1},
        mule_uses=(8, 20),
        payments_per_victim=2.5,
        site_months=5.0,
        per_victim_wallet=0.15,
        laundering_services=6,
        laundering_share=0.07,
        innocent_share=0.35,
        spoof_share=0.3,
        explicit_share=0.35,
        messages_share=0.3,
        messy=0.35,
        english_share=0.15,
        cash_share=0.03,
    ),
    "small_crews": WorldConfig(
        name="small_crews",
        description="hundreds of small crews, many one-offs, heavily shared laundering, "
        "many innocent mentions",
        solo_share=0.25,
        giant_sizes=(),
        pareto_alpha=1.8,
        crew_size_cap=60,
        victims_per_scammer=(2.0, 6.0),
        countries={
            "JP": 1,
            "KR": 1,
            "CN": 1,
            "TH": 1.5,
            "VN": 1.5,
            "ID": 1.5,
            "PH": 1.5,
            "US": 1.5,
            "DE": 0.4,
            "GB": 0.4,
            "FR": 0.3,
        },
        scam_types={
            "investment": 2,
            "romance": 2,
            "job.task": 3,
            "impersonation.authority": 1,
            "advance_fee": 1,
            "purchase": 1,
        },
        mule_uses=(4, 12),
        payments_per_victim=1.8,
        site_months=2.5,
        per_victim_wallet=0.1,
        laundering_services=12,
        laundering_share=0.2,
        innocent_share=0.55,
        spoof_share=0.2,
        explicit_share=0.45,
        messages_share=0.35,
        messy=0.45,
        english_share=0.2,
        cash_share=0.05,
    ),
    "fake_police": WorldConfig(
        name="fake_police",
        description="impersonation crews in JP/KR/CN/TH: spoofed police caller ids, "
        "per-call VoIP numbers, fast-rotating mules, cash handovers",
        solo_share=0.1,
        giant_sizes=(380, 240),
        pareto_alpha=1.5,
        crew_size_cap=150,
        victims_per_scammer=(4.0, 12.0),
        countries={"JP": 4, "KR": 2, "CN": 2, "TH": 1.5, "VN": 0.5},
        scam_types={
            "impersonation.authority": 6,
            "impersonation.bank": 2,
            "impersonation.family": 1,
        },
        mule_uses=(3, 10),
        payments_per_victim=3.0,
        site_months=3.0,
        per_victim_wallet=0.0,
        laundering_services=5,
        laundering_share=0.1,
        innocent_share=0.65,
        spoof_share=0.55,
        explicit_share=0.3,
        messages_share=0.25,
        messy=0.4,
        english_share=0.05,
        cash_share=0.2,
    ),
    "crypto_global": WorldConfig(
        name="crypto_global",
        description="English-heavy pig butchering: many mirror domains, per-victim deposit "
        "addresses, OTC sellers shared across crews",
        solo_share=0.12,
        giant_sizes=(520, 300),
        pareto_alpha=1.3,
        crew_size_cap=200,
        victims_per_scammer=(3.0, 8.0),
        countries={
            "US": 4,
            "GB": 1,
            "DE": 1,
            "FR": 0.5,
            "PH": 1,
            "JP": 1.5,
            "KR": 1,
            "ID": 0.7,
            "TH": 0.5,
            "VN": 0.5,
        },
        scam_types={"investment": 6, "romance": 2, "job.task": 2},
        mule_uses=(6, 14),
        payments_per_victim=3.0,
        site_months=1.5,
        per_victim_wallet=0.45,
        laundering_services=8,
        laundering_share=0.15,
        innocent_share=0.4,
        spoof_share=0.1,
        explicit_share=0.4,
        messages_share=0.4,
        messy=0.3,
        english_share=0.3,
        cash_share=0.0,
    ),
}

LANGUAGE = {
    "JP": "ja",
    "KR": "ko",
    "CN": "zh",
    "TH": "th",
    "VN": "vi",
    "ID": "id",
    "PH": "en",
    "US": "en",
    "GB": "en",
    "DE": "de",
    "FR": "en",
}
CURRENCY = {
    "JP": "JPY",
    "KR": "KRW",
    "CN": "CNY",
    "TH": "THB",
    "VN": "VND",
    "ID": "IDR",
    "PH": "PHP",
    "US": "USD",
    "GB": "GBP",
    "DE": "EUR",
    "FR": "EUR",
}
TYPICAL_LOSS = {
    "JPY": 800_000,
    "KRW": 9_000_000,
    "CNY": 60_000,
    "THB": 150_000,
    "VND": 200_000_000,
    "IDR": 60_000_000,
    "PHP": 150_000,
    "USD": 15_000,
    "GBP": 9_000,
    "EUR": 10_000,
}
UTC_OFFSET = {
    "JP": 9,
    "KR": 9,
    "CN": 8,
    "TH": 7,
    "VN": 7,
    "ID": 7,
    "PH": 8,
    "US": -5,
    "GB": 0,
    "DE": 1,
    "FR": 1,
}
# The chat platforms a crew uses towards victims of each country.
CHAT_APPS = {
    "JP": ("line", "line", "telegram"),
    "KR": ("kakao", "telegram"),
    "CN": ("wechat", "wechat", "telegram"),
    "TH": ("line", "line", "telegram"),
    "VN": ("zalo", "telegram"),
    "ID": ("whatsapp", "whatsapp", "telegram"),
    "PH": ("whatsapp", "telegram"),
    "US": ("whatsapp", "telegram"),
    "GB": ("whatsapp", "telegram"),
    "DE": ("whatsapp", "telegram"),
    "FR": ("whatsapp", "telegram"),
}

WORLD_START = datetime(2025, 1, 1, tzinfo=UTC)
WORLD_DAYS = 540

# --------------------------------------------------------------------------- digits and codes

FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def digits(rng: random.Random, n: int, first: str = "") -> str:
    return first + "".join(rng.choice(string.digits) for _ in range(n - len(first)))


def base58check(payload: bytes) -> str:
    checksum = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + checksum
    number = int.from_bytes(raw, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = B58[rest] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def tron_address(rng: random.Random) -> str:
    return base58check(b"\x41" + bytes(rng.randrange(256) for _ in range(20)))


def eth_address(rng: random.Random) -> str:
    return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))


def iban(rng: random.Random, country: str) -> str:
    bban = {
        "DE": lambda: digits(rng, 18),
        "FR": lambda: digits(rng, 23),
        "GB": lambda: rng.choice(["BARC", "LOYD", "MIDL", "NWBK"]) + digits(rng, 14),
        "LT": lambda: "32500" + digits(rng, 11),
        "NL": lambda: "INGB" + digits(rng, 10),
        "ES": lambda: digits(rng, 20),
    }[country]()
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def group(text: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(text[at : at + size])
        at += size
    if at < len(text):
        parts.append(text[at:])
    return sep.join(p for p in parts if p)


# --------------------------------------------------------------------------- identifiers


@dataclass
class Ident:
    """One real-world identifier: its kind, reference value and owner."""

    uid: str
    kind: str  # phone, line, telegram, whatsapp, wechat, kakao, zalo, bank_account, wallet,
    # url, domain, email
    value: str  # reference form (E.164, platform:id, country:bank:number, chain:address, ...)
    owner: str  # crew, laundering, innocent
    owner_id: str
    attrs: dict[str, str] = field(default_factory=dict)


# Mobile prefixes in use, so that every number is one a real network could have issued.
CN_PREFIXES = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "158",
    "159",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "198",
    "199",
]
VN_PREFIXES = [
    "32",
    "33",
    "34",
    "35",
    "36",
    "37",
    "38",
    "39",
    "70",
    "76",
    "77",
    "78",
    "79",
    "81",
    "82",
    "83",
    "84",
    "85",
    "86",
    "88",
    "89",
    "90",
    "91",
    "93",
    "94",
    "96",
    "97",
    "98",
]
PH_PREFIXES = [
    "905",
    "906",
    "915",
    "916",
    "917",
    "926",
    "927",
    "935",
    "936",
    "945",
    "955",
    "956",
    "966",
    "977",
    "995",
    "997",
    "998",
    "999",
]
KH_SHORT = [
    "10",
    "11",
    "12",
    "15",
    "16",
    "17",
    "60",
    "66",
    "67",
    "68",
    "69",
    "70",
    "77",
    "78",
    "81",
    "85",
    "86",
    "87",
    "89",
    "92",
    "93",
    "98",
    "99",
]


def kh_mobile(r: random.Random) -> str:
    if r.random() < 0.7:
        return r.choice(KH_SHORT) + digits(r, 6)
    return r.choice(["88", "96", "97"]) + digits(r, 7)


PHONE_PLANS: dict[str, tuple[str, str, Callable[[random.Random], str], tuple[int, ...]]] = {
    # country: (calling code, trunk prefix, national significant number, national grouping)
    "JP": (
        "81",
        "0",
        lambda r: r.choice(["90", "80", "70"]) + digits(r, 8, r.choice("123456789")),
        (3, 4, 4),
    ),
    "KR": ("82", "0", lambda r: "10" + digits(r, 8, r.choice("2345689")), (3, 4, 4)),
    "CN": ("86", "", lambda r: r.choice(CN_PREFIXES) + digits(r, 8), (3, 4, 4)),
    "TH": (
        "66",
        "0",
        lambda r: (
            r.choice(["61", "62", "63", "64", "65"]) + digits(r, 7)
            if r.random() < 0.2
            else r.choice("89") + digits(r, 8)
        ),
        (3, 3, 4),
    ),
    "VN": ("84", "0", lambda r: r.choice(VN_PREFIXES) + digits(r, 7), (4, 3, 3)),
    "ID": ("62", "0", lambda r: "8" + r.choice("1257") + digits(r, 8), (4, 4, 4)),
    "PH": ("63", "0", lambda r: r.choice(PH_PREFIXES) + digits(r, 7), (4, 3, 4)),
    "US": (
        "1",
        "",
        lambda r: (
            r.choice(["212", "646", "415", "213", "312", "718", "917", "305"])
            + r.choice("23456789")
            + digits(r, 6)
        ),
        (3, 3, 4),
    ),
    "GB": ("44", "0", lambda r: "7" + r.choice("4579") + digits(r, 8), (5, 6)),
    "DE": ("49", "0", lambda r: r.choice(["151", "160", "170", "176"]) + digits(r, 8), (4, 8)),
    "FR": (
        "33",
        "0",
        lambda r: (
            "6" + digits(r, 8)
            if r.random() < 0.7
            else r.choice(["73", "74", "75", "76", "77", "78"]) + digits(r, 7)
        ),
        (2, 2, 2, 2, 2),
    ),
    "KH": ("855", "0", kh_mobile, (3, 3, 4)),
    "MM": ("95", "0", lambda r: "96" + digits(r, 8), (2, 3, 3, 3)),
    "LA": ("856", "0", lambda r: "20" + r.choice("2579") + digits(r, 7), (3, 4, 4)),
}

BANKS: dict[str, list[tuple[str, tuple[str, ...], Callable[[random.Random], str]]]] = {
    # country: [(reference bank code, names as written, account number)]
    "JP": [
        ("smbc", ("三井住友銀行", "三井住友", "SMBC"), lambda r: digits(r, 7)),
        ("mufg", ("三菱UFJ銀行", "三菱UFJ", "MUFG"), lambda r: digits(r, 7)),
        ("mizuho", ("みずほ銀行", "みずほ"), lambda r: digits(r, 7)),
        ("resona", ("りそな銀行",), lambda r: digits(r, 7)),
        ("rakuten", ("楽天銀行",), lambda r: digits(r, 7, "7")),
        ("paypay", ("PayPay銀行", "ペイペイ銀行"), lambda r: digits(r, 7)),
        ("sbi", ("住信SBIネット銀行", "住信SBI"), lambda r: digits(r, 7)),
        ("sony", ("ソニー銀行",), lambda r: digits(r, 7)),
        ("yokohama", ("横浜銀行",), lambda r: digits(r, 7)),
        ("gmoaozora", ("GMOあおぞらネット銀行",), lambda r: digits(r, 7)),
    ],
    "KR": [
        ("kb", ("국민은행", "국민", "KB국민은행"), lambda r: digits(r, 14)),
        ("shinhan", ("신한은행", "신한"), lambda r: "110" + digits(r, 9)),
        ("woori", ("우리은행", "우리"), lambda r: "1002" + digits(r, 9)),
        ("hana", ("하나은행", "하나"), lambda r: digits(r, 14)),
        ("nh", ("농협", "NH농협은행"), lambda r: "302" + digits(r, 10)),
        ("kakaobank", ("카카오뱅크", "카뱅"), lambda r: "3333" + digits(r, 9)),
        ("post", ("우체국",), lambda r: digits(r, 14)),
        ("mg", ("새마을금고",), lambda r: "9002" + digits(r, 9)),
    ],
    "CN": [
        ("icbc", ("中国工商银行", "工商银行", "工行"), lambda r: "6222" + digits(r, 15)),
        ("ccb", ("中国建设银行", "建设银行", "建行"), lambda r: "6217" + digits(r, 15)),
        ("abc", ("中国农业银行", "农业银行", "农行"), lambda r: "6228" + digits(r, 15)),
        ("boc", ("中国银行",), lambda r: "6216" + digits(r, 15)),
        ("cmb", ("招商银行", "招行"), lambda r: "6214" + digits(r, 12)),
        ("spdb", ("浦发银行",), lambda r: "6225" + digits(r, 12)),
    ],
    "TH": [
        ("kbank", ("กสิกรไทย", "ธนาคารกสิกรไทย", "KBank"), lambda r: digits(r, 10)),
        ("scb", ("ไทยพาณิชย์", "SCB"), lambda r: digits(r, 10)),
        ("bbl", ("กรุงเทพ", "ธนาคารกรุงเทพ", "BBL"), lambda r: digits(r, 10)),
        ("ktb", ("กรุงไทย", "KTB"), lambda r: digits(r, 10)),
        ("bay", ("กรุงศรี", "Krungsri"), lambda r: digits(r, 10)),
    ],
    "VN": [
        ("vcb", ("Vietcombank", "VCB"), lambda r: digits(r, 13, "00")),
        ("tcb", ("Techcombank", "TCB"), lambda r: digits(r, 14, "19")),
        ("mb", ("MB Bank", "MB"), lambda r: digits(r, 12)),
        ("vib", ("VIB",), lambda r: digits(r, 15)),
        ("acb", ("ACB",), lambda r: digits(r, 9)),
        ("bidv", ("BIDV",), lambda r: digits(r, 14)),
        ("agribank", ("Agribank",), lambda r: digits(r, 13)),
    ],
    "ID": [
        ("bca", ("BCA", "Bank BCA"), lambda r: digits(r, 10)),
        ("mandiri", ("Mandiri", "Bank Mandiri"), lambda r: digits(r, 13, "1")),
        ("bri", ("BRI", "Bank BRI"), lambda r: digits(r, 15)),
        ("bni", ("BNI",), lambda r: digits(r, 10)),
        ("cimb", ("CIMB Niaga",), lambda r: digits(r, 13)),
    ],
    "PH": [
        ("bdo", ("BDO",), lambda r: digits(r, 12, "00")),
        ("bpi", ("BPI",), lambda r: digits(r, 10)),
        ("metrobank", ("Metrobank",), lambda r: digits(r, 13)),
        ("unionbank", ("UnionBank",), lambda r: digits(r, 12, "10")),
    ],
    "US": [
        ("chase", ("Chase", "JPMorgan Chase"), lambda r: digits(r, 9)),
        ("bofa", ("Bank of America", "BofA"), lambda r: digits(r, 12)),
        ("wells", ("Wells Fargo",), lambda r: digits(r, 10)),
        ("citi", ("Citibank",), lambda r: digits(r, 10)),
    ],
    "KH": [
        ("aba", ("ABA", "ABA Bank"), lambda r: digits(r, 9, "00")),
        ("acleda", ("ACLEDA",), lambda r: digits(r, 15, "0001")),
        ("huione", ("Huione Pay", "汇旺"), lambda r: digits(r, 10)),
    ],
}
ROUTING = {"chase": "021000021", "bofa": "026009593", "wells": "121000248", "citi": "021000089"}
JP_BRANCHES = [
    "渋谷",
    "新宿",
    "池袋",
    "上野",
    "梅田",
    "難波",
    "名古屋",
    "横浜駅前",
    "札幌",
    "博多",
    "第一営業",
    "第二営業",
    "本店営業部",
    "ジャズ",
    "サンバ",
    "ロック",
]
PLATFORM_WORDS = [
    "bit",
    "coin",
    "trade",
    "ex",
    "fx",
    "gold",
    "capital",
    "wealth",
    "asset",
    "prime",
    "nova",
    "quant",
    "smart",
    "global",
    "asia",
    "royal",
    "star",
    "link",
    "max",
    "pro",
    "vip",
    "okx",
    "bnb",
    "usdt",
    "fund",
    "invest",
    "mall",
    "task",
    "shop",
    "earn",
]
TLDS = ["com", "net", "top", "vip", "cc", "xyz", "app", "io", "live", "shop", "club", "org", "site"]
HANDLE_WORDS = [
    "yuki",
    "mei",
    "anna",
    "lily",
    "kevin",
    "jason",
    "wang",
    "lin",
    "chen",
    "kim",
    "park",
    "teacher",
    "mentor",
    "invest",
    "wealth",
    "vip",
    "service",
    "cs",
    "support",
    "rich",
    "lucky",
    "happy",
    "sakura",
    "rose",
    "coco",
    "amy",
    "alex",
    "leo",
    "nina",
]


class World:
    """Builds one world: crews, services, innocent values, then reports."""

    def __init__(self, config: WorldConfig, seed: int, n_reports: int) -> None:
        self.config = config
        self.seed = seed
        self.n_reports = n_reports
        self.rng = random.Random(f"{config.name}:{seed}")
        self.counter = 0
        self.used_values: set[str] = set()

    # ---------------------------------------------------------------- identifier factories

    def new_ident(self, kind: str, value: str, owner: str, owner_id: str, **attrs: str) -> Ident:
        self.counter += 1
        self.used_values.add(value)
        return Ident(f"i{self.counter:06d}", kind, value, owner, owner_id, dict(attrs))

    def unique(self, make: Callable[[], str]) -> str:
        for _ in range(100):
            value = make()
            if value not in self.used_values:
                return value
        raise RuntimeError("could not draw a fresh value")

    def phone(self, country: str, owner: str, owner_id: str) -> Ident:
        code, _, nsn, _ = PHONE_PLANS[country]
        number = self.unique(lambda: "+" + code + nsn(self.rng))
        return self.new_ident("phone", number, owner, owner_id, country=country)

    def handle(self, app: str, owner: str, owner_id: str, country: str) -> Ident:
        if app in ("whatsapp", "zalo"):
            phone_country = (
                country
                if self.rng.random() < 0.6
                else self.rng.choice(["KH", "MM", "LA", "PH", "TH"])
            )
            if app == "zalo":
                phone_country = "VN"
            ph = self.phone(phone_country, owner, owner_id)
            ph.kind = app
            ph.value = f"{app}:{ph.value}"
            return ph
        r = self.rng

        def make() -> str:
            style = r.random()
            word = r.choice(HANDLE_WORDS)
            if app == "wechat" and style < 0.3:
                return "wxid_" + "".join(
                    r.choice(string.ascii_lowercase + string.digits) for _ in range(10)
                )
            if style < 0.5:
                return f"{word}{r.randrange(10, 9999)}"
            if style < 0.8:
                return f"{word}_{r.choice(HANDLE_WORDS)}{r.randrange(1, 99)}"
            # Telegram usernames and WeChat ids have no dots
            dot = "_" if app in ("telegram", "wechat") else "."
            return f"{word}{dot}{r.choice(HANDLE_WORDS)}"

        name = self.unique(lambda: f"{app}:{make()}")
        return self.new_ident(app, name, owner, owner_id, name=name.split(":", 1)[1])

    def bank_account(self, country: str, owner: str, owner_id: str) -> Ident:
        r = self.rng
        if country in ("DE", "FR", "GB"):
            iban_country = country if r.random() < 0.6 else r.choice(["LT", "NL", "ES"])
            value = self.unique(lambda: iban(r, iban_country))
            return self.new_ident("iban", value, owner, owner_id, country=iban_country)
        code, names, number = r.choice(BANKS[country])
        account = self.unique(lambda: f"{country}:{code}:{number(r)}")
        attrs = {
            "country": country,
            "bank": code,
            "names": "|".join(names),
            "number": account.rsplit(":", 1)[1],
        }
        if country == "JP":
            attrs["branch_name"] = r.choice(JP_BRANCHES)
            attrs["branch_code"] = digits(r, 3)
        if country == "US":
            attrs["routing"] = ROUTING[code]
        return self.new_ident("bank_account", account, owner, owner_id, **attrs)

    def wallet(self, owner: str, owner_id: str) -> Ident:
        if self.rng.random() < 0.85:
            value = self.unique(lambda: "tron:" + tron_address(self.rng))
        else:
            value = self.unique(lambda: "eth:" + eth_address(self.rng))
        return self.new_ident("wallet", value, owner, owner_id)

    def domain(self, owner: str, owner_id: str) -> Ident:
        r = self.rng

        def make() -> str:
            words = r.sample(PLATFORM_WORDS, r.choice([2, 2, 3]))
            sep = r.choice(["", "", "-"])
            return sep.join(words) + (str(r.randrange(1, 99)) if r.random() < 0.3 else "")

        value = self.unique(lambda: f"{make()}.{r.choice(TLDS)}")
        return self.new_ident("domain", value, owner, owner_id)

    def email(self, owner: str, owner_id: str, domain: str | None = None) -> Ident:
        r = self.rng
        host = domain or r.choice(
            [
                "gmail.com",
                "outlook.com",
                "yahoo.com",
                "proton.me",
                "163.com",
                "qq.com",
                "naver.com",
                "yahoo.co.jp",
            ]
        )
        local = (
            r.choice(["support", "service", "cs", "kyc", "vip"])
            if domain
            else (f"{r.choice(HANDLE_WORDS)}{r.choice(['.', '_', ''])}{r.randrange(1, 9999)}")
        )
        value = self.unique(lambda: f"{local}{r.randrange(1, 99) if domain else ''}@{host}")
        return self.new_ident("email", value, owner, owner_id)


# --------------------------------------------------------------------------- innocent values

# (country, category, kind, value as usually written, how victims describe it)
INNOCENT: list[tuple[str, str, str, str]] = [
    # Japan
    ("JP", "police_hotline", "phone", "#9110"),
    ("JP", "police_switchboard", "phone", "03-3581-4321"),
    ("JP", "police_switchboard", "phone", "06-6943-1234"),
    ("JP", "consumer_line", "phone", "188"),
    ("JP", "consumer_line", "phone", "0570-064-370"),
    ("JP", "bank_hotline", "phone", "0120-860-777"),
    ("JP", "bank_hotline", "phone", "0120-77-1234"),
    ("JP", "gov_site", "url", "https://www.npa.go.jp/bureau/safetylife/sos47/"),
    ("JP", "gov_site", "domain", "keishicho.metro.tokyo.lg.jp"),
    ("JP", "gov_site", "domain", "kokusen.go.jp"),
    ("JP", "platform", "domain", "line.me"),
    # Korea
    ("KR", "police_hotline", "phone", "112"),
    ("KR", "regulator_line", "phone", "1332"),
    ("KR", "police_hotline", "phone", "182"),
    ("KR", "bank_hotline", "phone", "1588-9999"),
    ("KR", "bank_hotline", "phone", "1577-8000"),
    ("KR", "gov_site", "domain", "ecrm.police.go.kr"),
    ("KR", "gov_site", "domain", "counterscam112.go.kr"),
    ("KR", "platform", "domain", "kakao.com"),
    # China
    ("CN", "police_hotline", "phone", "110"),
    ("CN", "anti_fraud_line", "phone", "96110"),
    ("CN", "police_switchboard", "phone", "020-83113110"),
    ("CN", "bank_hotline", "phone", "95588"),
    ("CN", "bank_hotline", "phone", "95533"),
    ("CN", "gov_site", "domain", "12321.cn"),
    ("CN", "gov_site", "url", "https://www.12377.cn/"),
    ("CN", "platform", "domain", "weixin.qq.com"),
    # Thailand
    ("TH", "police_hotline", "phone", "1441"),
    ("TH", "police_hotline", "phone", "191"),
    ("TH", "bank_hotline", "phone", "02-888-8888"),
    ("TH", "bank_hotline", "phone", "02-777-7777"),
    ("TH", "gov_site", "domain", "thaipoliceonline.go.th"),
    ("TH", "platform", "domain", "line.me"),
    ("TH", "platform", "domain", "facebook.com"),
    # Vietnam
    ("VN", "police_hotline", "phone", "113"),
    ("VN", "bank_hotline", "phone", "1900 545413"),
    ("VN", "bank_hotline", "phone", "1800 588 822"),
    ("VN", "gov_site", "domain", "canhbao.ncsc.gov.vn"),
    ("VN", "support_site", "domain", "chongluadao.vn"),
    ("VN", "platform", "domain", "zalo.me"),
    ("VN", "platform", "domain", "facebook.com"),
    # Indonesia
    ("ID", "police_hotline", "phone", "110"),
    ("ID", "regulator_line", "phone", "157"),
    ("ID", "bank_hotline", "phone", "1500888"),
    ("ID", "bank_hotline", "phone", "14000"),
    ("ID", "gov_site", "domain", "cekrekening.id"),
    ("ID", "gov_site", "domain", "patrolisiber.id"),
    ("ID", "gov_site", "domain", "aduannomor.id"),
    ("ID", "platform", "domain", "facebook.com"),
    # Philippines
    ("PH", "police_hotline", "phone", "1326"),
    ("PH", "police_switchboard", "phone", "(02) 8723-0401"),
    ("PH", "bank_hotline", "phone", "(02) 8631-8000"),
    ("PH", "gov_site", "domain", "cicc.gov.ph"),
    ("PH", "platform", "domain", "facebook.com"),
    # United States
    ("US", "gov_site", "domain", "ic3.gov"),
    ("US", "gov_site", "url", "https://reportfraud.ftc.gov/"),
    ("US", "gov_line", "phone", "1-877-382-4357"),
    ("US", "support_line", "phone", "877-908-3360"),
    ("US", "bank_hotline", "phone", "1-800-935-9935"),
    ("US", "bank_hotline", "phone", "800-432-1000"),
    ("US", "platform", "domain", "facebook.com"),
    ("US", "platform", "domain", "tinder.com"),
    # Europe
    ("GB", "police_line", "phone", "0300 123 2040"),
    ("GB", "gov_site", "domain", "actionfraud.police.uk"),
    ("GB", "bank_hotline", "phone", "0345 734 5345"),
    ("DE", "police_hotline", "phone", "110"),
    ("DE", "gov_site", "domain", "polizei.de"),
    ("DE", "support_site", "domain", "verbraucherzentrale.de"),
    ("FR", "gov_site", "domain", "internet-signalement.gouv.fr"),
    ("FR", "gov_line", "phone", "0 805 805 817"),
    # cited by English-speaking victims anywhere (they looked up help abroad)
    ("**", "support_line", "phone", "1300 432 273"),  # IDCARE (Australia)
    ("**", "police_hotline", "phone", "1800-255-0000"),  # Singapore police
    ("**", "platform", "domain", "instagram.com"),
    ("**", "platform", "domain", "binance.com"),
]
# phones written without a country in a report of another country: the country it belongs to
INNOCENT_HOME = {"1300 432 273": "AU", "1800-255-0000": "SG"}


def innocent_idents(world: World) -> dict[str, list[Ident]]:
    """Innocent values by victim country (``**`` ones are open to every English writer)."""
    by_country: dict[str, list[Ident]] = {}
    seen: dict[tuple[str, str], Ident] = {}
    for country, category, kind, written in INNOCENT:
        home = INNOCENT_HOME.get(written, country)
        key = (kind, written if kind != "phone" or len(written) > 6 else f"{home}:{written}")
        ident = seen.get(key)
        if ident is None:
            ref = written
            if kind == "url":
                ref = written.rstrip("/")
            ident = world.new_ident(
                kind,
                ref,
                "innocent",
                f"{category}:{home}",
                written=written,
                category=category,
                home=home,
            )
            seen[key] = ident
        by_country.setdefault(country, []).append(ident)
    return by_country


# --------------------------------------------------------------------------- crews and services


@dataclass
class Timed:
    """An identifier in use from day ``start`` to day ``end``."""

    ident: Ident
    start: float
    end: float


@dataclass
class Scammer:
    phones: list[Timed]
    handles: dict[str, list[Timed]]
    ref_code: str
    weight: float


@dataclass
class MulePool:
    """Mule accounts of one crew in one country: a few at a time, each rotated after use."""

    active: list[list]  # [Ident, uses left]


@dataclass
class Crew:
    crew_id: str
    size: int
    countries: list[str]
    scam_type: str
    start: float
    end: float
    scammers: list[Scammer]
    sites: list[Timed]
    wallets: list[Timed]
    service_handles: list[Timed]
    services: list[Service]
    mules: dict[str, MulePool] = field(default_factory=dict)
    payee_names: dict[str, str] = field(default_factory=dict)


@dataclass
class Service:
    """A laundering service shared by many crews: OTC sellers, payment agents, guarantee desks."""

    service_id: str
    style: str  # otc_bank, otc_wallet, agent_kh
    wallets: list[Ident]
    accounts: dict[str, list[list]] = field(default_factory=dict)  # country -> [[Ident, uses]]


def timed_series(
    world: World,
    make: Callable[[], Ident],
    start: float,
    end: float,
    mean_days: float,
    overlap: float = 0.2,
) -> list[Timed]:
    """Identifiers that replace one another from start to end (with some overlap)."""
    out, t = [], start
    while True:
        life = max(7.0, world.rng.expovariate(1.0 / mean_days))
        out.append(Timed(make(), t - (overlap * life if out else 0.0), t + life))
        t += life
        if t >= end:
            return out


def active_at(series: list[Timed], day: float) -> list[Timed]:
    hits = [item for item in series if item.start <= day <= item.end]
    return hits or [min(series, key=lambda item: abs(item.start - day))]


def crew_sizes(world: World) -> list[int]:
    cfg, r = world.config, world.rng
    scale = world.n_reports / 3000
    target = round(world.n_reports * (1 - cfg.solo_share))
    sizes = [max(50, round(s * scale * r.uniform(0.85, 1.15))) for s in cfg.giant_sizes]
    while sum(sizes) < target:
        size = int(2 * (1 - r.random()) ** (-1 / cfg.pareto_alpha))
        sizes.append(min(max(2, size), cfg.crew_size_cap, target - sum(sizes) + 2))
    return sizes


def make_services(world: World) -> list[Service]:
    out = []
    styles = ["otc_bank", "otc_wallet", "agent_kh"]
    for i in range(world.config.laundering_services):
        sid = f"svc-{i:02d}"
        style = styles[i % len(styles)]
        wallets = [world.wallet("laundering", sid) for _ in range(world.rng.randint(1, 3))]
        out.append(Service(sid, style, wallets))
    return out


def make_crew(world: World, index: int, size: int, services: list[Service]) -> Crew:
    cfg, r = world.config, world.rng
    crew_id = f"crew-{index:03d}"
    pool = list(cfg.countries)
    weights = [cfg.countries[c] for c in pool]
    n_countries = 1 + (size > 40) + (size > 150) + (size > 400) + (r.random() < 0.2)
    countries: list[str] = []
    while len(countries) < min(n_countries, len(pool)):
        pick = r.choices(pool, weights)[0]
        if pick not in countries:
            countries.append(pick)
    types = list(cfg.scam_types)
    scam_type = r.choices(types, [cfg.scam_types[t] for t in types])[0]
    duration = min(WORLD_DAYS, 60 + size * r.uniform(0.8, 2.5))
    start = r.uniform(0, WORLD_DAYS - duration)
    end = start + duration
    n_scammers = max(1, round(size / r.uniform(*cfg.victims_per_scammer)))
    scammers = [make_scammer(world, crew_id, countries, start, end) for _ in range(n_scammers)]
    n_sites = max(1, round(duration / 30 / cfg.site_months))
    sites = timed_series(
        world, lambda: world.domain("crew", crew_id), start, end, duration / n_sites
    )
    wallets = timed_series(
        world, lambda: world.wallet("crew", crew_id), start, end, r.uniform(60, 200)
    )
    main_app = CHAT_APPS[countries[0]][0]
    service_handles = timed_series(
        world,
        lambda: world.handle(r.choice([main_app, "telegram"]), "crew", crew_id, countries[0]),
        start,
        end,
        r.uniform(45, 150),
    )
    used = r.sample(services, min(len(services), r.choice([1, 1, 2, 3]))) if services else []
    return Crew(
        crew_id,
        size,
        countries,
        scam_type,
        start,
        end,
        scammers,
        sites,
        wallets,
        service_handles,
        used,
    )


def make_scammer(
    world: World, crew_id: str, countries: list[str], start: float, end: float
) -> Scammer:
    r = world.rng
    home = r.choice(countries)
    phone_country = home if r.random() < 0.55 else r.choice(["KH", "MM", "LA", "PH", "TH"])
    phones = timed_series(
        world,
        lambda: world.phone(phone_country, "crew", crew_id),
        start,
        end,
        r.uniform(40, 200),
        overlap=0.05,
    )
    handles: dict[str, list[Timed]] = {}
    for country in countries:
        for app in dict.fromkeys(CHAT_APPS[country]):
            if app not in handles:
                handles[app] = timed_series(
                    world,
                    lambda app=app, country=country: world.handle(app, "crew", crew_id, country),
                    start,
                    end,
                    r.uniform(60, 400),
                    overlap=0.1,
                )
    code = "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(6))
    return Scammer(phones, handles, code, r.lognormvariate(0, 0.8))


def mule_account(world: World, crew: Crew, country: str) -> Ident:
    cfg, r = world.config, world.rng
    pool = crew.mules.get(country)
    if pool is None:
        width = 1 + (crew.size > 60) + (crew.size > 250)
        pool = MulePool(
            [
                [world.bank_account(country, "crew", crew.crew_id), r.randint(*cfg.mule_uses)]
                for _ in range(width)
            ]
        )
        crew.mules[country] = pool
    slot = r.randrange(len(pool.active))
    ident, uses = pool.active[slot]
    if uses <= 1:
        pool.active[slot] = [
            world.bank_account(country, "crew", crew.crew_id),
            r.randint(*cfg.mule_uses),
        ]
    else:
        pool.active[slot][1] = uses - 1
    return ident


def service_account(world: World, service: Service, country: str) -> Ident:
    r = world.rng
    if service.style == "otc_wallet":
        return r.choice(service.wallets)
    bank_country = "KH" if service.style == "agent_kh" else country
    accounts = service.accounts.setdefault(bank_country, [])
    if len(accounts) < 2:
        accounts.append(
            [world.bank_account(bank_country, "laundering", service.service_id), r.randint(20, 80)]
        )
    slot = r.randrange(len(accounts))
    ident, uses = accounts[slot]
    if uses <= 1:
        accounts[slot] = [
            world.bank_account(bank_country, "laundering", service.service_id),
            r.randint(20, 80),
        ]
    else:
        accounts[slot][1] = uses - 1
    return ident


# --------------------------------------------------------------------------- how people write


class Writer:
    """Writes identifiers the way victims do, more or less tidily."""

    def __init__(self, rng: random.Random, messy: float) -> None:
        self.rng = rng
        self.messy = messy

    def untidy(self) -> bool:
        return self.rng.random() < self.messy

    def phone(self, ident: Ident, victim_country: str, lang: str, prose: bool) -> str:
        r = self.rng
        country = ident.attrs["country"]
        code, trunk, _, grouping = PHONE_PLANS[country]
        number = ident.value.split(":")[-1]
        nsn = number[1 + len(code) :]
        sep = r.choice(["-", " ", "-", ""]) if self.untidy() else "-"
        if country == victim_country and r.random() < 0.75:
            text = group(trunk + nsn, grouping, sep)
            if country == "US" and r.random() < 0.5:
                text = f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
        else:
            style = r.random() if self.untidy() else 0.0
            intl_grouping = (grouping[0] - len(trunk), *grouping[1:])
            grouped = group(nsn, intl_grouping, sep or " ")
            if style < 0.5:
                text = f"+{code} {grouped}"
            elif style < 0.75:
                text = f"{code} {grouped}"
            elif style < 0.9:
                text = f"00{code} {grouped}"
            else:
                text = f"+{code} (0){grouped}" if trunk else f"+{code}{nsn}"
        if lang in ("ja", "zh") and self.untidy() and r.random() < 0.3:
            text = text.translate(FULLWIDTH)
        if prose and sep and self.untidy() and r.random() < 0.15:
            cut = text.rfind(sep)
            text = text[:cut] + "\n" + text[cut + 1 :]
        return text

    def handle(self, ident: Ident, victim_country: str, lang: str) -> str:
        r = self.rng
        app = ident.kind
        if app in ("whatsapp", "zalo"):
            phone = Ident(
                ident.uid,
                "phone",
                ident.value.split(":", 1)[1],
                ident.owner,
                ident.owner_id,
                ident.attrs,
            )
            number = self.phone(phone, victim_country, lang, prose=False)
            forms = {
                "whatsapp": [
                    f"WhatsApp {number}",
                    f"WA {number}",
                    f"whatsapp: {number}",
                    f"wa.me/{phone.value.lstrip('+')}",
                    f"https://wa.me/{phone.value.lstrip('+')}",
                ],
                "zalo": [f"Zalo {number}", f"zalo: {number}", f"Zalo: {number}"],
            }[app]
            return r.choice(forms)
        name = ident.attrs["name"]
        shown = name.upper() if r.random() < 0.05 else name
        forms: dict[str, list[str]] = {
            "line": [
                f"LINE ID: {shown}",
                f"LINE ID {shown}",
                f"line id {shown}",
                f"ID LINE {shown}",
                f"https://line.me/ti/p/~{shown}",
                *{
                    "ja": [f"ラインID：{shown}", f"LINEのID「{shown}」"],
                    "th": [f"ไลน์ไอดี {shown}", f"ไอดีไลน์: {shown}", f"แอดไลน์ {shown}"],
                }.get(lang, []),
            ],
            "telegram": [
                f"@{shown}",
                f"Telegram: @{shown}",
                f"tg: {shown}",
                f"Telegram {shown}",
                f"t.me/{shown}",
                f"https://t.me/{shown}",
                f"TG @{shown}",
                *{
                    "ja": [f"テレグラム @{shown}"],
                    "zh": [f"电报 @{shown}", f"飞机号 {shown}"],
                    "ko": [f"텔레그램 {shown}", f"텔레 @{shown}"],
                }.get(lang, []),
            ],
            "wechat": [
                f"微信号 {shown}",
                f"微信：{shown}",
                f"vx {shown}",
                f"VX：{shown}",
                f"加微信{shown}",
                f"V信 {shown}",
                f"WeChat ID {shown}",
            ],
            "kakao": [
                f"카톡 아이디 {shown}",
                f"카톡 {shown}",
                f"카카오톡 ID: {shown}",
                f"KakaoTalk {shown}",
                f"카톡ID:{shown}",
            ],
        }[app]
        return r.choice(forms if self.untidy() else forms[:2])

    def account(self, ident: Ident, lang: str) -> str:
        r = self.rng
        if ident.kind == "iban":
            value = ident.value
            return group(value, (4,) * 8, " ") if r.random() < 0.6 else value
        a = ident.attrs
        country, number = a["country"], a["number"]
        names = a["names"].split("|")
        bank = names[0] if not self.untidy() else r.choice(names)
        if country == "JP":
            branch, code = a["branch_name"], a["branch_code"]
            shown = number.translate(FULLWIDTH) if self.untidy() and r.random() < 0.3 else number
            forms = [
                f"{bank} {branch}支店 普通 {shown}",
                f"{bank} {branch}支店 口座番号{shown}",
                f"{bank} {code}-{shown}",
                f"{bank}（{branch}支店）普通預金 {shown}",
                f"{bank} 店番{code} 普通 {shown}",
                f"{bank} {branch}支店({code}) {shown}",
            ]
            return r.choice(forms if self.untidy() else forms[:2])
        if country == "KR":
            sizes = {
                "kb": (6, 2, 6),
                "shinhan": (3, 3, 6),
                "woori": (4, 3, 6),
                "hana": (3, 6, 5),
                "nh": (3, 4, 4, 2),
                "kakaobank": (4, 2, 7),
                "post": (6, 2, 6),
                "mg": (4, 4, 4, 1),
            }[a["bank"]]
            shown = group(number, sizes, "-") if r.random() < 0.6 else number
            return r.choice(
                [
                    f"{bank} {shown}",
                    f"{bank}은행 계좌 {shown}"
                    if not bank.endswith(("행", "국", "고", "크", "뱅"))
                    else f"{bank} 계좌 {shown}",
                    f"{shown} ({bank})",
                ]
            )
        if country == "CN":
            shown = group(number, (4, 4, 4, 4), " ") if r.random() < 0.5 else number
            return r.choice([f"{bank} {shown}", f"{bank}卡号{shown}", f"{bank}账户：{shown}"])
        if country == "TH":
            shown = group(number, (3, 1, 5, 1), "-") if r.random() < 0.6 else number
            if self.untidy() and r.random() < 0.25:
                shown = shown.translate(THAI_DIGITS)
            return r.choice([f"{bank} {shown}", f"ธ.{bank} เลขที่บัญชี {shown}", f"บัญชี{bank} {shown}"])
        if country == "VN":
            return r.choice(
                [
                    f"{bank} {number}",
                    f"STK {number} ngân hàng {bank}",
                    f"số tài khoản {number} ({bank})",
                ]
            )
        if country == "ID":
            shown = (
                group(number, (4, 2, 6, 2, 1), "-")
                if a["bank"] == "bri" and r.random() < 0.5
                else number
            )
            return r.choice(
                [f"{bank} {shown}", f"rekening {bank} {shown}", f"{bank} no rek {shown}"]
            )
        if country == "PH":
            shown = group(number, (4, 4, 4), " ") if r.random() < 0.5 else number
            return r.choice([f"{bank} {shown}", f"{bank} account {shown}"])
        if country == "US":
            return r.choice(
                [
                    f"{bank} account {number}, routing {a['routing']}",
                    f"{bank} acct #{number}",
                    f"{bank} {number} (routing {a['routing']})",
                ]
            )
        shown = group(number, (3, 3, 3), " ") if r.random() < 0.5 else number
        return r.choice([f"{bank} {shown}", f"{bank} account {shown}"])

    def wallet(self, ident: Ident, lang: str) -> str:
        chain, address = ident.value.split(":", 1)
        label = {
            "tron": ["USDT TRC20", "TRC20", "USDT", "TRON", "地址", "trc20 address"],
            "eth": ["ERC20", "USDT ERC20", "ETH address", ""],
        }[chain]
        return f"{self.rng.choice(label)} {address}".strip()

    def site(self, ident: Ident, ref_code: str) -> str:
        r = self.rng
        d = ident.value
        forms = [
            d,
            f"https://{d}",
            f"www.{d}",
            f"https://www.{d}/",
            f"https://app.{d}/#/register?code={ref_code}",
            f"http://{d}",
            f"h5.{d}/#/login",
            f"https://{d}/invite/{ref_code}",
            f"{d.replace('.', '[.]')}",
            f"Https://{d}/",
        ]
        return r.choice(forms if self.untidy() else forms[:3])

    def innocent(self, ident: Ident) -> str:
        r = self.rng
        written = ident.attrs["written"]
        if ident.kind == "domain" and self.untidy():
            return r.choice(
                [written, f"www.{written}", f"https://www.{written}/", f"https://{written}"]
            )
        return written


# --------------------------------------------------------------------------- narratives

T = dict[str, list[str]]
TEMPLATES: dict[str, T] = {
    "ja": {
        "intro.investment": [
            "SNSの投資広告から連絡が来て、投資グループに誘われました。",
            "マッチングアプリで知り合った人に暗号資産投資を勧められました。",
        ],
        "intro.romance": ["マッチングアプリで知り合った男性と毎日やり取りしていました。"],
        "intro.job": ["「いいねするだけで稼げる」副業の募集に応募しました。"],
        "intro.authority": [
            "警察官を名乗る男から、私の口座が詐欺事件に使われていると言われました。",
            "警視庁の刑事と名乗る人物から電話があり、逮捕状が出ていると言われた。",
        ],
        "intro.other": ["知らない番号から連絡がありました。"],
        "call": [
            "{x}から電話がありました。",
            "最初は{x}という番号から着信がありました。",
            "{x} からSMSが届きました。",
        ],
        "handle": [
            "その後、{x}を追加するよう言われました。",
            "やり取りは{x}に移りました。",
            "{x} で連絡を取っていました。",
        ],
        "cs": [
            "出金の相談はカスタマーサポート（{x}）にと言われました。",
            "サポート担当の{x}から指示がありました。",
        ],
        "site": ["{x} というサイトに登録させられました。", "投資サイトは{x}でした。"],
        "bank": [
            "{x}（名義 {name}）に{amt}円を振り込みました。",
            "指示された口座 {x} 名義{name} へ{amt}円振込。",
            "{x}に{amt}円送金しました。",
        ],
        "wallet": ["USDTを購入して{x}に送りました（{amt}円分）。", "暗号資産を{x}へ送金しました。"],
        "cash": ["自宅に来た男に現金{amt}円を手渡しました。"],
        "spoof": [
            "着信画面には{x}と表示され、本物の警察の番号でした。",
            "表示された番号は{x}で、警察署の代表番号と同じでした。",
        ],
        "police": ["おかしいと思い{x}に電話して相談しました。", "{x}に通報しました。"],
        "gov": ["{x}を見て詐欺だと気づきました。", "{x} の相談窓口に報告しました。"],
        "bank_hotline": ["すぐに銀行（{x}）に電話して口座を止めてもらいました。"],
        "support": ["{x}に相談しました。"],
        "platform": ["最初は{x}で知り合いました。"],
        "outro": [
            "出金しようとすると手数料を要求され、連絡が取れなくなりました。",
            "その後連絡が取れません。",
            "",
        ],
    },
    "ko": {
        "intro.investment": [
            "유튜브 광고를 보고 투자 리딩방에 들어갔습니다.",
            "주식 전문가라는 사람이 고수익을 보장한다고 했습니다.",
        ],
        "intro.romance": ["데이팅 앱에서 만난 사람과 매일 연락했습니다."],
        "intro.job": ["좋아요 알바를 하면 수수료를 준다고 했습니다."],
        "intro.authority": [
            "서울중앙지검 검사라고 하는 사람이 제 계좌가 사건에 연루되었다고 했습니다."
        ],
        "intro.other": ["모르는 번호로 연락이 왔습니다."],
        "call": ["{x} 번호로 전화가 왔습니다.", "{x}에서 문자가 왔어요."],
        "handle": ["그 후 {x}로 연락하라고 했습니다.", "{x} 로 대화했습니다."],
        "cs": ["고객센터는 {x}라고 했습니다."],
        "site": ["{x} 사이트에 가입했습니다.", "투자 사이트 주소는 {x} 였습니다."],
        "bank": ["{x} (예금주 {name})로 {amt}원을 이체했습니다.", "{x} 계좌로 {amt}원 송금."],
        "wallet": ["코인을 사서 {x} 주소로 보냈습니다."],
        "cash": ["직원이라는 사람에게 현금 {amt}원을 전달했습니다."],
        "spoof": ["발신번호가 {x}로 떠서 진짜 경찰인 줄 알았습니다."],
        "police": ["이상해서 {x}에 신고했습니다.", "{x}로 전화해서 확인했습니다."],
        "gov": ["{x}에 신고했습니다."],
        "bank_hotline": ["은행 고객센터 {x}에 전화해서 지급정지를 요청했습니다."],
        "support": ["{x}에 상담했습니다."],
        "platform": ["처음에는 {x}에서 알게 되었습니다."],
        "outro": ["출금하려고 하니 세금을 먼저 내라고 했습니다.", "지금은 연락이 안 됩니다.", ""],
    },
    "zh": {
        "intro.investment": [
            "在网上认识一个人，拉我进了荐股群，说稳赚不赔。",
            "对方说有内幕消息，让我在平台上投资USDT。",
        ],
        "intro.romance": ["在交友软件上认识一个男的，每天聊天。"],
        "intro.job": ["看到刷单返利的兼职，点赞关注就能赚钱。"],
        "intro.authority": ["一个自称公安局民警的人说我的身份信息被冒用，涉嫌洗钱案件。"],
        "intro.other": ["陌生号码联系我。"],
        "call": ["{x}给我打电话。", "来电号码是{x}。", "收到{x}发来的短信。"],
        "handle": ["然后让我加{x}。", "后来在{x}上联系。"],
        "cs": ["客服是{x}。"],
        "site": ["让我在{x}注册账户。", "平台网址：{x}"],
        "bank": ["转账到{x}，户名{name}，{amt}元。", "往{x}转了{amt}元。"],
        "wallet": ["买了USDT转到{x}。"],
        "cash": ["把{amt}元现金交给了上门的人。"],
        "spoof": ["来电显示是{x}，是真的公安局号码。"],
        "police": ["后来我拨打了{x}报警。", "打{x}咨询后才知道被骗了。"],
        "gov": ["我在{x}举报了。"],
        "bank_hotline": ["马上打银行客服{x}冻结了卡。"],
        "support": ["联系了{x}。"],
        "platform": ["最开始是在{x}上认识的。"],
        "outro": ["提现要交保证金，之后就联系不上了。", "对方把我拉黑了。", ""],
    },
    "th": {
        "intro.investment": ["มีคนชวนลงทุนเทรดคริปโต บอกว่าการันตีกำไร", "โค้ชสอนเทรดชวนเข้ากลุ่มวีไอพี"],
        "intro.romance": ["รู้จักผู้ชายคนหนึ่งในแอปหาคู่ คุยกันทุกวัน"],
        "intro.job": ["มีงานออนไลน์ กดไลก์ได้ค่าคอมมิชชั่น"],
        "intro.authority": ["มีคนอ้างเป็นตำรวจ บอกว่าบัญชีของฉันเป็นบัญชีม้า"],
        "intro.other": ["มีเบอร์แปลกโทรมา"],
        "call": ["มีเบอร์ {x} โทรมา", "ได้รับ SMS จาก {x}"],
        "handle": ["แล้วให้แอด {x}", "คุยกันทาง {x}"],
        "cs": ["ฝ่ายบริการลูกค้าคือ {x}"],
        "site": ["ให้สมัครที่เว็บ {x}", "เว็บไซต์ {x}"],
        "bank": ["โอนเงิน {amt} บาท เข้าบัญชี {x} ชื่อ {name}", "โอนเข้า {x} จำนวน {amt} บาท"],
        "wallet": ["ซื้อ USDT โอนไปที่ {x}"],
        "cash": ["ส่งเงินสด {amt} บาท ให้คนที่มารับ"],
        "spoof": ["เบอร์ที่โทรมาขึ้นว่า {x} เหมือนเบอร์ตำรวจจริง"],
        "police": ["โทรแจ้ง {x} แล้ว", "แจ้งความที่ {x}"],
        "gov": ["แจ้งความออนไลน์ที่ {x}"],
        "bank_hotline": ["โทรหาธนาคาร {x} ให้อายัดบัญชี"],
        "support": ["ปรึกษา {x}"],
        "platform": ["รู้จักกันครั้งแรกใน {x}"],
        "outro": ["ถอนเงินไม่ได้ ต้องจ่ายภาษีก่อน", "ตอนนี้ติดต่อไม่ได้แล้ว", ""],
    },
    "vi": {
        "intro.investment": ["Tôi được mời vào nhóm VIP đầu tư tiền ảo, cam kết lãi cao."],
        "intro.romance": ["Tôi làm quen với một người trên mạng, nói chuyện mỗi ngày."],
        "intro.job": ["Tôi nhận làm nhiệm vụ online, việc nhẹ lương cao, nhận hoa hồng."],
        "intro.authority": [
            "Người xưng là công an nói tài khoản của tôi liên quan đường dây rửa tiền."
        ],
        "intro.other": ["Có số lạ liên hệ tôi."],
        "call": ["Số {x} gọi cho tôi.", "Tôi nhận tin nhắn từ {x}."],
        "handle": ["Sau đó họ bảo kết bạn {x}.", "Liên lạc qua {x}."],
        "cs": ["CSKH là {x}."],
        "site": ["Họ bảo đăng ký trên sàn {x}.", "Trang web: {x}"],
        "bank": ["Tôi chuyển {amt} đồng vào {x}, tên {name}.", "Chuyển khoản {amt}đ vào {x}."],
        "wallet": ["Tôi mua USDT và chuyển vào {x}."],
        "cash": ["Tôi đưa {amt} đồng tiền mặt cho người đến lấy."],
        "spoof": ["Số gọi đến hiện {x}, giống số công an thật."],
        "police": ["Tôi đã gọi {x} để trình báo."],
        "gov": ["Tôi đã báo cáo lên {x}."],
        "bank_hotline": ["Tôi gọi tổng đài ngân hàng {x} để khóa tài khoản."],
        "support": ["Tôi đã liên hệ {x}."],
        "platform": ["Ban đầu quen nhau trên {x}."],
        "outro": ["Khi rút tiền thì bị yêu cầu nộp thuế, sau đó bị chặn.", ""],
    },
    "id": {
        "intro.investment": [
            "Saya diajak investasi kripto dengan profit harian, katanya tanpa risiko."
        ],
        "intro.romance": ["Saya kenalan dengan seseorang di aplikasi kencan."],
        "intro.job": ["Saya ditawari kerja paruh waktu like dan subscribe, dapat komisi."],
        "intro.authority": [
            "Orang yang mengaku polisi bilang rekening saya terkait kasus pencucian uang."
        ],
        "intro.other": ["Ada nomor tidak dikenal menghubungi saya."],
        "call": ["Saya ditelepon dari nomor {x}.", "Saya dapat SMS dari {x}."],
        "handle": ["Lalu saya disuruh chat ke {x}.", "Komunikasi lewat {x}."],
        "cs": ["CS nya {x}."],
        "site": ["Saya daftar di website {x}.", "Link platformnya {x}"],
        "bank": ["Saya transfer Rp {amt} ke {x} a.n. {name}.", "Transfer {amt} ke {x}."],
        "wallet": ["Saya beli USDT dan kirim ke {x}."],
        "cash": ["Saya serahkan uang tunai Rp {amt}."],
        "spoof": ["Nomor yang muncul {x}, seperti nomor polisi asli."],
        "police": ["Saya sudah lapor ke {x}."],
        "gov": ["Saya sudah laporkan di {x}."],
        "bank_hotline": ["Saya telepon {x} untuk blokir rekening."],
        "support": ["Saya menghubungi {x}."],
        "platform": ["Awalnya kenal di {x}."],
        "outro": ["Waktu mau tarik dana harus bayar pajak dulu, lalu saya diblokir.", ""],
    },
    "en": {
        "intro.investment": [
            "I was added to an investment group and a mentor told me to trade crypto.",
            "A woman I met online showed me her profits on a trading platform.",
        ],
        "intro.romance": ["I met a man on a dating app and we talked every day for weeks."],
        "intro.job": ["I got a text offering a remote job rating products for commission."],
        "intro.authority": [
            "A man claiming to be a police officer said my bank account was used for "
            "money laundering."
        ],
        "intro.other": ["I was contacted by a number I did not know."],
        "call": ["I got a call from {x}.", "A text came from {x}.", "They called me from {x}"],
        "handle": [
            "Then she asked me to add her on {x}.",
            "We moved to {x}.",
            "He messaged me from {x}",
        ],
        "cs": ["Customer service was {x}.", "The 'support team' was {x}"],
        "site": ["I registered on {x}.", "The platform was {x}", "Site: {x}"],
        "bank": [
            "I sent {amt} to {x} (name {name}).",
            "Wired {amt} to {x}.",
            "Paid {amt} into {x}, account name {name}.",
        ],
        "wallet": ["I bought USDT and sent it to {x}.", "Deposit address: {x}"],
        "cash": ["I handed {amt} in cash to a courier."],
        "spoof": ["The caller ID showed {x}, which is the real police number."],
        "police": ["I called {x} afterwards.", "I reported it to the police at {x}."],
        "gov": ["I filed a report at {x}.", "Reported on {x}"],
        "bank_hotline": ["I called my bank at {x} to freeze the account."],
        "support": ["I spoke to a victim support line, {x}."],
        "platform": ["We first met on {x}.", "It started on {x}."],
        "outro": [
            "When I tried to withdraw they asked for a tax first.",
            "Now they blocked me.",
            "",
        ],
    },
    "de": {
        "intro.investment": [
            "Über eine Anzeige kam ich in eine Investmentgruppe, angeblich sichere "
            "Gewinne mit Krypto."
        ],
        "intro.romance": ["Ich habe auf einer Dating-App einen Mann kennengelernt."],
        "intro.job": ["Mir wurde ein Nebenjob angeboten: Produkte bewerten gegen Provision."],
        "intro.authority": [
            "Ein angeblicher Polizist sagte, mein Konto sei in Geldwäsche verwickelt."
        ],
        "intro.other": ["Eine unbekannte Nummer hat mich kontaktiert."],
        "call": ["Ich wurde von {x} angerufen.", "SMS von {x} erhalten."],
        "handle": ["Danach sollte ich {x} hinzufügen.", "Kontakt lief über {x}."],
        "cs": ["Der Kundenservice war {x}."],
        "site": ["Ich habe mich auf {x} registriert.", "Plattform: {x}"],
        "bank": [
            "Ich habe {amt} an {x} (Empfänger {name}) überwiesen.",
            "Überweisung {amt} an {x}.",
        ],
        "wallet": ["Ich habe USDT gekauft und an {x} geschickt."],
        "cash": ["Ich habe {amt} bar übergeben."],
        "spoof": ["Im Display stand {x}, die echte Polizeinummer."],
        "police": ["Ich habe die {x} angerufen."],
        "gov": ["Anzeige erstattet über {x}."],
        "bank_hotline": ["Ich habe meine Bank unter {x} angerufen."],
        "support": ["Ich habe mich an {x} gewandt."],
        "platform": ["Kennengelernt haben wir uns auf {x}."],
        "outro": ["Bei der Auszahlung wurden Steuern verlangt, dann war der Kontakt weg.", ""],
    },
}
INTRO_KEY = {
    "investment": "investment",
    "romance": "romance",
    "job.task": "job",
    "impersonation.authority": "authority",
    "impersonation.bank": "authority",
    "impersonation.family": "other",
    "advance_fee": "other",
    "purchase": "other",
}
INNOCENT_SLOT = {
    "police_hotline": "police",
    "police_switchboard": "police",
    "police_line": "police",
    "consumer_line": "support",
    "anti_fraud_line": "police",
    "regulator_line": "support",
    "gov_line": "support",
    "bank_hotline": "bank_hotline",
    "gov_site": "gov",
    "support_site": "gov",
    "support_line": "support",
    "platform": "platform",
}
PAYEE_NAMES = {
    "JP": [
        "ヤマダ タロウ",
        "カ）ライトトレード",
        "スズキ ケンジ",
        "タナカ ユウト",
        "ド バン ナム",
        "グエン ティ ラン",
    ],
    "KR": ["김민수", "이지훈", "박서연", "(주)한빛무역"],
    "CN": ["王伟", "李娜", "张磊", "刘洋"],
    "TH": ["นายสมชาย ใจดี", "นางสาวมาลี สุขใจ", "นายวิชัย ทองดี"],
    "VN": ["NGUYEN VAN HUNG", "TRAN THI MAI", "LE VAN TUAN"],
    "ID": ["BUDI SANTOSO", "SITI AMINAH", "PT MAJU JAYA"],
    "PH": ["JUAN DELA CRUZ", "MARIA SANTOS", "JOSE REYES"],
    "US": ["John Miller", "Bright Star Trading LLC", "Kevin Lee"],
    "KH": ["SOK DARA", "CHAN SOPHEA"],
    "GB": ["J Smith", "Apex Digital Ltd"],
    "DE": ["M. Weber", "Krypto Handel GmbH"],
    "FR": ["L. Martin"],
}
CHANNEL_OF = {
    "line": "line",
    "telegram": "telegram",
    "wechat": "wechat",
    "kakao": "kakaotalk",
    "whatsapp": "whatsapp",
    "zalo": "zalo",
}
HINT = {
    "phone": "phone",
    "line": "line",
    "telegram": "telegram",
    "wechat": "wechat",
    "kakao": "kakaotalk",
    "whatsapp": "whatsapp",
    "zalo": "zalo",
    "bank_account": "bank_account",
    "iban": "iban",
    "wallet": "wallet",
    "domain": "domain",
    "url": "url",
    "email": "email",
}
SCAMMER_LINES = {  # lang: (a site, a payment, a contact)
    "ja": ("こちらのサイトから登録してください {x}", "入金はこちらへ {x}", "LINE追加してね {x}"),
    "ko": ("여기로 가입하세요 {x}", "입금 계좌 {x}", "연락주세요 {x}"),
    "zh": ("在这里注册 {x}", "转账到这个账户 {x}", "加我 {x}"),
    "th": ("สมัครที่นี่ {x}", "โอนเข้าบัญชีนี้ {x}", "แอดมาคุยกัน {x}"),
    "vi": ("Đăng ký tại đây {x}", "Chuyển khoản vào {x}", "Kết bạn {x}"),
    "id": ("Daftar di sini {x}", "Transfer ke {x}", "Chat aku di {x}"),
    "en": ("Register here {x}", "Please deposit to {x} today", "Add me {x}"),
    "de": ("Hier registrieren {x}", "Bitte überweisen an {x}", "Schreib mir {x}"),
}


# --------------------------------------------------------------------------- reports


@dataclass
class Mention:
    """One identifier of a report, with the sentence slot it goes in."""

    ident: Ident
    slot: str
    written: list[str] = field(default_factory=list)
    where: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Draft:
    crew_id: str
    day: float
    country: str
    scam_type: str
    scammer_code: str
    mentions: list[Mention]
    payments: list[tuple[Mention | None, int]]  # (payee, amount)


class ReportMaker:
    """Turns a world's crews into reports and truth rows."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.rng = world.rng
        self.writer = Writer(world.rng, world.config.messy)
        self.innocent = innocent_idents(world)
        self.services = make_services(world)
        self.solo_count = 0

    # ---------------------------------------------------------------- what a victim cites

    def pick_innocent(self, country: str, lang: str, categories: tuple[str, ...] = ()) -> Ident:
        pool = list(self.innocent.get(country, []))
        if lang == "en" and self.rng.random() < 0.25:
            pool = self.innocent["**"]
        if categories:
            narrowed = [i for i in pool if i.attrs["category"] in categories]
            pool = narrowed or pool
        return self.rng.choice(pool)

    def crew_draft(self, crew: Crew, day: float) -> Draft:
        cfg, r = self.world.config, self.rng
        country = r.choice(crew.countries)
        scammer = r.choices(crew.scammers, [s.weight for s in crew.scammers])[0]
        mentions: list[Mention] = []
        impersonation = crew.scam_type.startswith("impersonation")
        if impersonation:
            if r.random() < cfg.spoof_share:
                spoofed = self.pick_innocent(
                    country, "xx", ("police_switchboard", "bank_hotline", "police_hotline")
                )
                mentions.append(Mention(spoofed, "spoof"))
            if r.random() < 0.4:  # a VoIP number used for this call only
                mentions.append(
                    Mention(
                        self.world.phone(r.choice(["KH", country, "MM"]), "crew", crew.crew_id),
                        "call",
                    )
                )
            elif r.random() < 0.5:
                mentions.append(Mention(active_at(scammer.phones, day)[0].ident, "call"))
        elif r.random() < 0.35:
            mentions.append(Mention(active_at(scammer.phones, day)[0].ident, "call"))
        apps = CHAT_APPS[country]
        if r.random() < (0.6 if impersonation else 0.8):
            app = r.choice(apps)
            mentions.append(Mention(active_at(scammer.handles[app], day)[0].ident, "handle"))
        if r.random() < 0.15 and "telegram" in scammer.handles:
            second = active_at(scammer.handles["telegram"], day)[0].ident
            if all(m.ident is not second for m in mentions):
                mentions.append(Mention(second, "handle"))
        if not impersonation and r.random() < 0.25:
            mentions.append(Mention(r.choice(active_at(crew.service_handles, day)).ident, "cs"))
        site_p = {"investment": 0.6, "job.task": 0.6, "romance": 0.3}.get(crew.scam_type, 0.1)
        if r.random() < site_p:
            mentions.append(Mention(r.choice(active_at(crew.sites, day)).ident, "site"))
        payments = self.crew_payments(crew, country, day)
        return Draft(
            crew.crew_id, day, country, crew.scam_type, scammer.ref_code, mentions, payments
        )

    def crew_payments(
        self, crew: Crew, country: str, day: float
    ) -> list[tuple[Mention | None, int]]:
        cfg, r = self.world.config, self.rng
        count = 1
        while r.random() < 1 - 1 / cfg.payments_per_victim and count < 8:
            count += 1
        crypto_p = {"investment": 0.55, "romance": 0.35, "job.task": 0.45}.get(crew.scam_type, 0.1)
        if country in ("US", "GB", "DE", "FR"):
            crypto_p += 0.2
        base = TYPICAL_LOSS[CURRENCY[country]] / 4
        out: list[tuple[Mention | None, int]] = []
        victim_wallet: Ident | None = None
        for n in range(count):
            amount = int(base * r.lognormvariate(0, 0.7) * (1.6**n))
            amount = max(1, round(amount, -len(str(amount)) + 2))
            roll = r.random()
            if roll < cfg.cash_share:
                out.append((None, amount))
                continue
            if r.random() < cfg.laundering_share and crew.services:
                service = r.choice(crew.services)
                if service.style == "agent_kh" and country not in ("TH", "VN", "CN", "KR"):
                    ident = r.choice(service.wallets)
                else:
                    ident = service_account(self.world, service, country)
                out.append((Mention(ident, "wallet" if ident.kind == "wallet" else "bank"), amount))
                continue
            if r.random() < crypto_p:
                if r.random() < cfg.per_victim_wallet:
                    victim_wallet = victim_wallet or self.world.wallet("crew", crew.crew_id)
                    ident = victim_wallet
                else:
                    ident = r.choice(active_at(crew.wallets, day)).ident
                out.append((Mention(ident, "wallet"), amount))
                continue
            out.append((Mention(mule_account(self.world, crew, country), "bank"), amount))
        return out

    def solo_draft(self, day: float) -> Draft:
        cfg, r, w = self.world.config, self.rng, self.world
        self.solo_count += 1
        solo_id = f"solo-{self.solo_count:04d}"
        pool = list(cfg.countries)
        country = r.choices(pool, [cfg.countries[c] for c in pool])[0]
        types = list(cfg.scam_types)
        scam_type = r.choices(types, [cfg.scam_types[t] for t in types])[0]
        mentions: list[Mention] = []
        if r.random() < 0.5:
            mentions.append(Mention(w.phone(country, "crew", solo_id), "call"))
        if r.random() < 0.6:
            mentions.append(
                Mention(w.handle(r.choice(CHAT_APPS[country]), "crew", solo_id, country), "handle")
            )
        if r.random() < 0.25:
            mentions.append(Mention(w.domain("crew", solo_id), "site"))
        if r.random() < 0.1:
            mentions.append(Mention(w.email("crew", solo_id), "handle"))
        payments: list[tuple[Mention | None, int]] = []
        base = TYPICAL_LOSS[CURRENCY[country]] / 3
        if r.random() < 0.7:
            ident = (
                w.bank_account(country, "crew", solo_id)
                if r.random() < 0.7
                else w.wallet("crew", solo_id)
            )
            for n in range(r.choice([1, 1, 2, 3])):
                amount = int(base * r.lognormvariate(0, 0.7) * (1.5**n))
                payments.append(
                    (
                        Mention(ident, "wallet" if ident.kind == "wallet" else "bank"),
                        max(1, round(amount, -len(str(amount)) + 2)),
                    )
                )
        if not mentions and not payments:
            mentions.append(Mention(w.phone(country, "crew", solo_id), "call"))
        return Draft(solo_id, day, country, scam_type, "", mentions, payments)

    def add_innocent(self, draft: Draft, lang: str) -> None:
        r = self.rng
        if r.random() >= self.world.config.innocent_share:
            return
        for _ in range(1 if r.random() < 0.7 else 2):
            ident = self.pick_innocent(draft.country, lang)
            if all(m.ident is not ident for m in draft.mentions):
                slot = INNOCENT_SLOT[ident.attrs["category"]]
                draft.mentions.append(Mention(ident, slot))

    # ---------------------------------------------------------------- writing it down

    def write(self, draft: Draft, external_id: str) -> tuple[dict, dict]:
        cfg, r, w = self.world.config, self.rng, self.writer
        country = draft.country
        lang = LANGUAGE[country]
        if lang != "en" and r.random() < cfg.english_share:
            lang = "en"
        self.add_innocent(draft, lang)
        tpl = TEMPLATES[lang]
        currency = CURRENCY[country]
        sentences = [r.choice(tpl["intro." + INTRO_KEY[draft.scam_type]])]
        messages: list[dict] = []
        payments_out: list[dict] = []
        identifiers_out: list[dict] = []
        by_uid: dict[str, Mention] = {}

        def note(m: Mention, text: str, where: str) -> None:
            kept = by_uid.setdefault(m.ident.uid, m)
            kept.written.append(text)
            kept.where.append(where)

        def render(m: Mention, prose: bool) -> str:
            ident = m.ident
            if ident.owner == "innocent":
                return w.innocent(ident)
            if ident.kind == "phone":
                return w.phone(ident, country, lang, prose)
            if ident.kind in ("line", "telegram", "wechat", "kakao", "whatsapp", "zalo"):
                return w.handle(ident, country, lang)
            if ident.kind in ("bank_account", "iban"):
                return w.account(ident, lang)
            if ident.kind == "wallet":
                return w.wallet(ident, lang)
            if ident.kind == "domain":
                return w.site(ident, draft.scammer_code or "A1B2C3")
            return ident.value

        for m in draft.mentions:
            text = render(m, prose=True)
            sentences.append(r.choice(tpl[m.slot]).replace("{x}", text))
            note(m, text, "narrative")
        names = PAYEE_NAMES
        for m, amount in draft.payments:
            amt = f"{amount:,}"
            if m is None:
                sentences.append(r.choice(tpl["cash"]).replace("{amt}", amt))
                continue
            name_country = m.ident.attrs.get("country", country)
            payee_name = r.choice(names.get(name_country, names["US"]))
            in_field = r.random() < 0.65
            in_prose = r.random() < 0.55 or not in_field
            if in_prose:
                text = render(m, prose=True)
                sentence = r.choice(tpl[m.slot]).replace("{x}", text).replace("{amt}", amt)
                sentences.append(sentence.replace("{name}", payee_name))
                note(m, text, "narrative")
            if in_field:
                text = render(m, prose=False)
                rail = (
                    "crypto_usdt_trc20"
                    if m.ident.value.startswith("tron:")
                    else (
                        "crypto_other"
                        if m.ident.kind == "wallet"
                        else (
                            "international_wire" if name_country != country else "domestic_transfer"
                        )
                    )
                )
                payment = {"amount": str(amount), "currency": currency, "rail": rail, "payee": text}
                if m.ident.kind != "wallet":
                    payment["payee_name"] = payee_name
                note(m, text, f"payments.{len(payments_out)}")
                payments_out.append(payment)
        sentences.append(r.choice(tpl["outro"]))
        joiner = "" if lang in ("ja", "zh") else " "
        if r.random() < 0.3:
            joiner = "\n"
        narrative = joiner.join(s for s in sentences if s)

        if r.random() < cfg.messages_share:
            messages = self.scammer_messages(draft, lang, render, note)
        if r.random() < cfg.explicit_share:
            identifiers_out = self.explicit_fields(draft, lang, render, note)

        occurred = WORLD_START + timedelta(days=draft.day)
        received = occurred + timedelta(days=r.uniform(0.2, 60))
        tz = timezone(timedelta(hours=UTC_OFFSET[country]))
        total = sum(a for _, a in draft.payments)
        report: dict = {
            "external_id": external_id,
            "received_at": received.astimezone(tz).isoformat(timespec="seconds"),
            "occurred_at": occurred.astimezone(tz).isoformat(timespec="seconds"),
            "victim_country": country,
            "language": lang,
            "narrative": narrative,
            "scam_type": draft.scam_type,
        }
        if total:
            report["loss"] = {"amount": str(total), "currency": currency}
        if messages:
            report["messages"] = messages
        if payments_out:
            report["payments"] = payments_out
        if identifiers_out:
            report["identifiers"] = identifiers_out
        truth = {
            "external_id": external_id,
            "crew": draft.crew_id,
            "identifiers": [
                {
                    "uid": m.ident.uid,
                    "kind": m.ident.kind,
                    "value": m.ident.value,
                    "owner": m.ident.owner,
                    "owner_id": m.ident.owner_id,
                    "written": m.written,
                    "where": m.where,
                }
                for m in by_uid.values()
            ],
        }
        return report, truth

    def scammer_messages(
        self,
        draft: Draft,
        lang: str,
        render: Callable[[Mention, bool], str],
        note: Callable[[Mention, str, str], None],
    ) -> list[dict]:
        r = self.rng
        contacts = [
            m for m in draft.mentions if m.ident.owner == "crew" and m.slot in ("call", "handle")
        ]
        spoof = [m for m in draft.mentions if m.slot == "spoof"]
        shown = [m for m in draft.mentions if m.slot in ("site", "cs")] + [
            m for m, _ in draft.payments if m is not None
        ]
        out: list[dict] = []
        sender = r.choice(spoof + contacts) if (spoof or contacts) else None
        for i, m in enumerate(r.sample(shown, min(len(shown), r.choice([1, 1, 2, 3])))):
            text = render(m, False)
            line = SCAMMER_LINES[lang][{"site": 0, "bank": 1, "wallet": 1}.get(m.slot, 2)]
            msg: dict = {"text": line.replace("{x}", text), "sender": "scammer"}
            note(m, text, f"messages.{i}")
            if sender is not None:
                kind = sender.ident.kind
                if sender.slot == "spoof" or kind == "phone":
                    from_id = render(sender, False)
                    msg["channel"] = (
                        "voice" if sender.slot == "spoof" else r.choice(["sms", "voice"])
                    )
                elif kind in ("whatsapp", "zalo"):
                    from_id = sender.ident.value.split(":", 1)[1]
                    msg["channel"] = CHANNEL_OF[kind]
                elif kind == "email":
                    from_id = sender.ident.value
                    msg["channel"] = "email"
                else:
                    name = sender.ident.attrs["name"]
                    from_id = f"@{name}" if kind == "telegram" and r.random() < 0.6 else name
                    msg["channel"] = CHANNEL_OF[kind]
                msg["from_id"] = from_id
                note(sender, from_id, f"messages.{i}.from_id")
            out.append(msg)
        return out

    def explicit_fields(
        self,
        draft: Draft,
        lang: str,
        render: Callable[[Mention, bool], str],
        note: Callable[[Mention, str, str], None],
    ) -> list[dict]:
        r = self.rng
        out: list[dict] = []
        pays = [m for m, _ in draft.payments if m is not None]
        seen: set[str] = set()
        for m in draft.mentions + pays:
            if m.ident.uid in seen:
                continue
            seen.add(m.ident.uid)
            innocent = m.ident.owner == "innocent"
            if r.random() >= (0.15 if innocent else 0.6):
                continue
            kind = m.ident.kind
            if kind in ("line", "telegram", "wechat", "kakao") and r.random() < 0.7:
                value = m.ident.attrs["name"]
                if kind == "telegram" and r.random() < 0.5:
                    value = "@" + value
            else:
                value = render(m, False)
            item: dict = {"value": value}
            if r.random() < 0.8:
                item["kind"] = (
                    HINT[kind] if not innocent else ("phone" if kind == "phone" else "domain")
                )
            if not innocent:
                item["role"] = {"bank": "payee_account", "wallet": "payee_wallet"}.get(
                    m.slot, "contact"
                )
            note(m, value, f"identifiers.{len(out)}")
            out.append(item)
        return out


# --------------------------------------------------------------------------- the world


def build_world(
    config: WorldConfig, seed: int, n_reports: int
) -> tuple[list[dict], list[dict], dict]:
    """Reports (intake format), truth rows and a summary of one world."""
    world = World(config, seed, n_reports)
    maker = ReportMaker(world)
    sizes = crew_sizes(world)
    crews = [make_crew(world, i, size, maker.services) for i, size in enumerate(sizes)]
    drafts: list[Draft] = []
    for crew in crews:
        days = sorted(world.rng.uniform(crew.start, crew.end) for _ in range(crew.size))
        drafts.extend(maker.crew_draft(crew, day) for day in days)
    while len(drafts) < n_reports:
        drafts.append(maker.solo_draft(world.rng.uniform(0, WORLD_DAYS)))
    world.rng.shuffle(drafts)
    reports, truths = [], []
    for n, draft in enumerate(drafts, 1):
        report, truth = maker.write(draft, f"IW-{config.name}-{seed}-{n:05d}")
        reports.append(report)
        truths.append(truth)
    summary = {
        "config": config.name,
        "description": config.description,
        "seed": seed,
        "reports": len(reports),
        "crews": len(crews),
        "crew_sizes_top": sorted(sizes, reverse=True)[:10],
        "solo_reports": maker.solo_count,
        "scammers": sum(len(c.scammers) for c in crews),
        "laundering_services": len(maker.services),
        "parameters": {
            k: v for k, v in config.__dict__.items() if k not in ("name", "description")
        },
    }
    return reports, truths, summary


def write_world(out_dir: Path, config: WorldConfig, seed: int, n_reports: int) -> Path:
    reports, truths, summary = build_world(config, seed, n_reports)
    target = out_dir / f"{config.name}-s{seed}"
    target.mkdir(parents=True, exist_ok=True)
    with (target / "reports.jsonl").open("w", encoding="utf-8") as fh:
        for report in reports:
            fh.write(json.dumps(report, ensure_ascii=False) + "\n")
    with (target / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for truth in truths:
            fh.write(json.dumps(truth, ensure_ascii=False) + "\n")
    (target / "world.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    return target


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--seeds", default="1,2")
    parser.add_argument("--reports", type=int, default=3000)
    args = parser.parse_args(argv)
    for name in args.configs.split(","):
        if name not in CONFIGS:
            parser.error(f"unknown configuration {name!r}; choose from {', '.join(CONFIGS)}")
        for seed in (int(s) for s in args.seeds.split(",")):
            path = write_world(args.out_dir, CONFIGS[name], seed, args.reports)
            print(f"wrote {path}")


if __name__ == "__main__":
    main()
