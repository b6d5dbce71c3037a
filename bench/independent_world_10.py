"""The tenth independent world: a held-out yardstick for tipoff's linking, written blind.

Written without reading tipoff's linker, extractors or simulator, nor any earlier world's
generator or phrases. Files read while writing it (UTC, 2026-12-07):

- 03:45 /work/notes/common.md
- 03:45 bench/world_cli.py, bench/bench_independent_world_9.py, tests/evaluation/test_world9.py
- 03:45 bench/bench_independent_world_3.py (lines 1-75: ceiling_labels, load_truth),
  bench/bench_independent_world_2.py (pair_scores, ceiling_labels only)
- 03:45 docs/intake.md (first 150 lines), src/tipoff/intake/schema.py, src/tipoff/model.py (Role)
- 03:45-03:47 /work/shared/docs/domain.md (sections 0, 1.3 A-L, 2.5-2.9, 5, 7)
- 03:50 pyproject.toml (ruff's per-file-ignores, to exempt world10_phrases.py from E501)

Five configurations, each a real structure from domain.md that no earlier world used, each
mixed with background crews of other kinds and one-off reports:

- ``casino_agents``: illegal online casinos (1.3 C): a different personal deposit account
  for each top-up, agents on Telegram/LINE/WeChat/Kakao, mirror domains that change often.
- ``sextortion_rings``: financially motivated sextortion (1.3 K): lone offenders with an
  Instagram or Snapchat account and one payee, rings that burn through Instagram accounts
  but keep their payees, and bulk "I recorded you" e-mail campaigns whose sender is the
  victim's own spoofed address and whose bitcoin addresses rotate.
- ``refund_callers``: refund and institution impersonation (1.3 G, 還付金詐欺, 기관사칭형):
  callback numbers and ATM-guided mule accounts that both rotate, caller IDs spoofed to a
  real city office or regulator's number (innocent, shared by every crew that spoofs it).
- ``customs_parcels``: the romance crossover "gift stuck at customs" (1.3 A, J): many romance
  personas of one compound, each met by a few victims, all sending them to the compound's
  fake courier sites and fee accounts; the real couriers are cited too (innocent).
- ``crypto_atms``: tech-support and government impersonation paid through bitcoin ATMs
  (1.3 I, 7.1 IC3 crypto-ATM): pop-up toll-free numbers and deposit wallets that rotate; the
  ATM operators (a service, innocent) and the victim's own remote-desktop id are cited.

Every report is valid intake (tipoff.intake.schema.ReportIn). The truth (truth.jsonl) says
which operation each report belongs to and, per mention, who owns the value (an operation id
or ``innocent:...``), where it is written (``narrative``, ``messages.N``, ``payments.N``,
``identifiers.N``), how (``how``), and whether it is written recoverably (a typo, a truncated
or elided value is not). Evaluation data: not to be tuned to.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from world10_phrases import ASIDE, INTRO, LINE, OPENER, PLATFORM_WORD, SAY

CONFIGS = ("casino_agents", "sextortion_rings", "refund_callers", "customs_parcels", "crypto_atms")

# Which kind of scam dominates each configuration; the rest is background.
DOMINANT = {
    "casino_agents": "gambling",
    "sextortion_rings": "sextortion",
    "refund_callers": "refund",
    "customs_parcels": "parcel",
    "crypto_atms": "atm",
}
BACKGROUND = ("invest", "phishing", "purchase", "gambling", "refund", "parcel")

MARKETS = {
    "gambling": ("TH", "VN", "ID", "PH", "KH", "CN", "KR", "JP"),
    "sextortion": ("US", "AU", "PH", "SG", "ID", "KR", "JP", "TH"),
    "refund": ("JP", "KR", "TW", "CN", "TH", "VN"),
    "parcel": ("JP", "KR", "TH", "ID", "PH", "KH", "AU", "SG", "TW", "VN"),
    "atm": ("US", "AU", "SG", "JP"),
    "invest": ("JP", "KR", "TW", "CN", "TH", "VN", "ID", "PH", "US", "AU", "SG", "KH"),
    "phishing": ("JP", "KR", "TW", "TH", "VN", "ID", "PH", "US", "AU", "SG", "KH"),
    "purchase": ("JP", "KR", "TH", "VN", "ID", "PH", "KH", "US", "AU", "SG"),
}
LANGUAGE = {
    "JP": ("ja",),
    "CN": ("zh",),
    "TW": ("zh",),
    "KR": ("ko",),
    "TH": ("th",),
    "VN": ("vi",),
    "ID": ("id",),
    "PH": ("tl", "tl", "en"),
    "KH": ("km", "km", "en"),
    "US": ("en",),
    "AU": ("en",),
    "SG": ("en", "en", "zh"),
}
UTC_OFFSET = {"JP": 9, "KR": 9, "CN": 8, "TW": 8, "SG": 8, "PH": 8, "TH": 7, "VN": 7, "ID": 7}
UTC_OFFSET |= {"KH": 7, "US": -5, "AU": 10}
CURRENCY = {"JP": "JPY", "KR": "KRW", "CN": "CNY", "TW": "TWD", "SG": "SGD", "PH": "PHP"}
CURRENCY |= {"TH": "THB", "VN": "VND", "ID": "IDR", "KH": "USD", "US": "USD", "AU": "AUD"}
PER_USD = {"JPY": 150, "KRW": 1350, "CNY": 7, "TWD": 32, "SGD": 1.35, "PHP": 57, "THB": 35}
PER_USD |= {"VND": 25000, "IDR": 16000, "USD": 1, "AUD": 1.5}
START = datetime(2026, 1, 5, tzinfo=UTC)
DAYS = 320

# --------------------------------------------------------------------------- phone numbers

CALLING_CODE = {"JP": "81", "KR": "82", "CN": "86", "TW": "886", "SG": "65", "PH": "63"}
CALLING_CODE |= {"TH": "66", "VN": "84", "ID": "62", "KH": "855", "US": "1", "AU": "61"}
CALLING_CODE |= {"MM": "95", "LA": "856"}
# national significant number: leading digits, then how many random digits; grouping
MOBILE = {
    "JP": ((("90", "80", "70"), 8), (2, 4, 4)),
    "KR": ((("10",), 8), (2, 4, 4)),
    "CN": ((("138", "139", "150", "186", "177"), 8), (3, 4, 4)),
    "TW": ((("9",), 8), (3, 3, 3)),
    "SG": ((("8", "9"), 7), (4, 4)),
    "PH": ((("917", "927", "945", "966", "998"), 7), (3, 3, 4)),
    "TH": ((("8", "9", "6"), 8), (2, 3, 4)),
    "VN": ((("90", "91", "93", "97", "98"), 7), (2, 3, 4)),
    "ID": ((("812", "813", "821", "852", "877"), 8), (3, 4, 4)),
    "KH": ((("12", "15", "17", "70", "77", "89"), 6), (2, 3, 3)),
    "US": ((("201", "305", "415", "646", "702", "917"), 7), (3, 3, 4)),
    "AU": ((("4",), 8), (3, 3, 3)),
    "MM": ((("9",), 9), (1, 3, 3, 3)),
    "LA": ((("20",), 8), (2, 4, 4)),
}
NO_TRUNK = {"CN", "SG", "US"}
FOREIGN_CALLERS = ("KH", "MM", "LA", "PH", "TH")
FULLWIDTH = str.maketrans("0123456789-+", "０１２３４５６７８９－＋")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(digits[at : at + size])
        at += size
    if at < len(digits):
        parts[-1] += digits[at:]
    return sep.join(p for p in parts if p)


@dataclass
class Value:
    """One identifier in the world: its truth key, its kind and what rendering needs."""

    key: str
    kind: str  # phone, account, wallet, domain, handle, email
    data: dict[str, str]
    window: tuple[int, int] = (0, DAYS)
    weight: float = 1.0


def mobile(rng: random.Random, country: str) -> Value:
    (leads, n), _ = MOBILE[country]
    nsn = rng.choice(leads) + _digits(rng, n)
    return Value(f"phone:+{CALLING_CODE[country]}{nsn}", "phone", {"country": country, "nsn": nsn})


def toll_free_us(rng: random.Random) -> Value:
    nsn = rng.choice(("800", "833", "844", "855", "866", "877", "888")) + _digits(rng, 7)
    return Value(f"phone:+1{nsn}", "phone", {"country": "US", "nsn": nsn})


def phone_forms(value: Value, victim_country: str, lang: str) -> list[tuple[str, str, bool]]:
    """(written, how, recoverable) forms a victim might give this number in."""
    country, nsn = value.data["country"], value.data["nsn"]
    code = CALLING_CODE[country]
    sizes = MOBILE.get(country, (((), 0), (3, 3, 4)))[1]
    sep = "-" if country in ("JP", "KR", "TW", "ID", "US") else " "
    intl = f"+{code} {_group(nsn, sizes, sep)}"
    forms = [(intl, "international", True), (f"+{code}{nsn}", "e164", True)]
    forms.append((f"00{code} {_group(nsn, sizes, ' ')}", "00-prefix", True))
    if country == victim_country:
        if country == "US":
            local = f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
        elif country in NO_TRUNK:
            local = _group(nsn, sizes, " ")
        else:
            local = "0" + _group(nsn, sizes, sep)
        forms += [(local, "local", True), (local, "local", True)]
        forms.append((local.replace(" ", "").replace("-", ""), "local-compact", True))
        if lang in ("ja", "zh"):
            forms.append((local.translate(FULLWIDTH), "fullwidth", True))
        main = local
    else:
        main = intl
    forms.append((_typo_digits(main, nsn), "typo", False))
    forms.append((main[:-2] + "xx", "elided", False))
    return forms


def _typo_digits(written: str, seed: str) -> str:
    """One digit of ``written`` replaced (deterministic in ``seed``)."""
    positions = [i for i, ch in enumerate(written) if ch.isdigit()]
    at = positions[-1 - int(seed[-1]) % min(4, len(positions))]
    new = str((int(written[at]) + 3) % 10)
    return written[:at] + new + written[at + 1 :]


# --------------------------------------------------------------------------- bank accounts

BANKS = {
    "JP": (
        ("三井住友銀行", "SMBC", 7),
        ("三菱UFJ銀行", "MUFG", 7),
        ("みずほ銀行", "Mizuho", 7),
        ("楽天銀行", "Rakuten Bank", 7),
        ("PayPay銀行", "PayPay Bank", 7),
    ),
    "KR": (
        ("국민은행", "KB", 14),
        ("신한은행", "Shinhan", 12),
        ("우리은행", "Woori", 13),
        ("하나은행", "Hana", 14),
        ("카카오뱅크", "Kakao Bank", 13),
    ),
    "CN": (
        ("中国工商银行", "ICBC", 19),
        ("中国建设银行", "CCB", 19),
        ("招商银行", "CMB", 16),
        ("中国农业银行", "ABC", 19),
    ),
    "TW": (
        ("中國信託", "CTBC", 12),
        ("國泰世華", "Cathay United", 12),
        ("台新銀行", "Taishin", 14),
    ),
    "SG": (("DBS", "DBS", 10), ("OCBC", "OCBC", 12), ("UOB", "UOB", 10), ("POSB", "POSB", 9)),
    "PH": (
        ("BDO", "BDO", 12),
        ("BPI", "BPI", 10),
        ("Metrobank", "Metrobank", 13),
        ("UnionBank", "UnionBank", 12),
    ),
    "TH": (
        ("กสิกรไทย", "KBank", 10),
        ("ไทยพาณิชย์", "SCB", 10),
        ("กรุงเทพ", "Bangkok Bank", 10),
        ("กรุงไทย", "Krungthai", 10),
    ),
    "VN": (
        ("Vietcombank", "Vietcombank", 13),
        ("Techcombank", "Techcombank", 14),
        ("MB Bank", "MB Bank", 12),
        ("VPBank", "VPBank", 9),
        ("BIDV", "BIDV", 14),
    ),
    "ID": (("BCA", "BCA", 10), ("BRI", "BRI", 15), ("Mandiri", "Mandiri", 13), ("BNI", "BNI", 10)),
    "KH": (("ABA", "ABA Bank", 9), ("ACLEDA", "ACLEDA", 13), ("Wing", "Wing", 8)),
    "US": (
        ("Chase", "Chase", 10),
        ("Wells Fargo", "Wells Fargo", 10),
        ("Bank of America", "Bank of America", 12),
    ),
    "AU": (("CommBank", "CommBank", 8), ("Westpac", "Westpac", 6), ("NAB", "NAB", 9)),
}
JP_BRANCHES = (
    "新宿支店",
    "渋谷支店",
    "梅田支店",
    "本店営業部",
    "名古屋支店",
    "池袋支店",
    "上野支店",
)
ROUTING = {"Chase": "021000021", "Wells Fargo": "121000248", "Bank of America": "026009593"}
BSB = {"CommBank": "062-000", "Westpac": "032-001", "NAB": "083-004"}
HOLDERS = {
    "JP": (
        "ヤマダ タロウ",
        "サトウ ケンジ",
        "タナカ ユウキ",
        "スズキ ミホ",
        "カ）グローバルトレード",
    ),
    "KR": ("김민수", "이지은", "박준호", "최수진", "(주)한빛무역"),
    "CN": ("王伟", "李娜", "张敏", "刘洋", "陈杰"),
    "TW": ("林志明", "陳怡君", "黃建宏", "張雅婷"),
    "TH": ("นายสมชาย ใจดี", "นางสาวสุดา แก้วมณี", "นายวีระ ทองคำ", "นายอนันต์ ศรีสุข"),
    "VN": ("NGUYEN VAN HUNG", "TRAN THI LAN", "LE MINH TUAN", "PHAM THI HOA"),
    "ID": ("BUDI SANTOSO", "SITI AMINAH", "AGUS PRATAMA", "DEWI LESTARI"),
    "PH": ("JUAN DELA CRUZ", "MARIA SANTOS", "JOSE REYES", "ANA GARCIA"),
    "KH": ("SOK DARA", "CHAN SOPHEAP", "KIM VANNA", "HENG RATHA"),
    "SG": ("TAN WEI MING", "LIM HUI LING", "ONG KAH HENG"),
    "US": ("James Miller", "Ashley Johnson", "Brian Lee", "Tyler Brooks"),
    "AU": ("Jack Wilson", "Chloe Nguyen", "Liam Smith"),
}


def account(rng: random.Random, country: str) -> Value:
    local, latin, n = rng.choice(BANKS[country])
    digits = ("62" + _digits(rng, n - 2)) if country == "CN" else _digits(rng, n)
    data = {"country": country, "local": local, "latin": latin, "digits": digits}
    data["holder"] = rng.choice(HOLDERS[country])
    if country == "JP":
        data["branch"] = rng.choice(JP_BRANCHES)
    return Value(f"account:{country}:{latin}:{digits}", "account", data)


def account_forms(value: Value) -> list[tuple[str, str, bool]]:
    d = value.data
    country, digits, local, latin = d["country"], d["digits"], d["local"], d["latin"]
    if country == "JP":
        main = f"{local} {d['branch']} 普通 {digits}"
        forms = [
            (main, "bank-branch-type", True),
            (f"{local} {d['branch']} {digits}", "bank-branch", True),
        ]
        forms.append((f"{latin} {d['branch']} 普通預金 {digits}", "latin-bank", True))
    else:
        grouped = _group(digits, (3, 3, 4, 4, 5), "-")
        main = f"{local} {grouped}"
        forms = [(main, "bank-grouped", True), (f"{latin} {digits}", "latin-bank", True)]
        forms.append((f"{local} {digits}", "bank-plain", True))
        if latin in ROUTING:
            forms.append((f"{latin} acct {digits} routing {ROUTING[latin]}", "us-routing", True))
        if latin in BSB:
            forms.append((f"{latin} BSB {BSB[latin]} acc {digits}", "au-bsb", True))
    forms.append((_typo_digits(main, digits), "typo", False))
    forms.append((main[:-4] + "****", "masked", False))
    return forms


# --------------------------------------------------------------------------- wallets

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _base58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _segwit_address(program: bytes) -> str:
    acc, bits, data = 0, 0, [0]
    for byte in program:
        acc, bits = (acc << 8) | byte, bits + 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = [ord(c) >> 5 for c in "bc"] + [0] + [ord(c) & 31 for c in "bc"]
    mod = _bech32_polymod(hrp + data + [0] * 6) ^ 1
    check = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(BECH32[d] for d in data + check)


def wallet(rng: random.Random, chain: str) -> Value:
    body = bytes(rng.randrange(256) for _ in range(20))
    if chain == "tron":
        address = _base58check(b"\x41" + body)
    elif chain == "btc":
        address = _segwit_address(body)
    else:
        address = "0x" + body.hex()
    return Value(
        f"wallet:{chain}:{address.lower() if chain == 'eth' else address}",
        "wallet",
        {"chain": chain, "address": address},
    )


def wallet_forms(value: Value) -> list[tuple[str, str, bool]]:
    a, chain = value.data["address"], value.data["chain"]
    label = {"tron": "USDT TRC20", "btc": "BTC", "eth": "ERC20"}[chain]
    forms = [(a, "address", True), (a, "address", True), (f"{label}: {a}", "labelled", True)]
    forms.append((f"{a[:6]}...{a[-4:]}", "shortened", False))
    return forms


# --------------------------------------------------------------------------- domains, handles

BRAND_A = (
    "royal",
    "lucky",
    "golden",
    "mega",
    "star",
    "dragon",
    "vip",
    "grand",
    "happy",
    "asia",
    "super",
    "fortune",
    "crown",
    "jade",
    "ocean",
    "tiger",
    "phoenix",
    "sun",
    "prime",
    "win",
)
BRAND_B = {
    "gambling": ("bet", "casino", "slot", "play", "club", "game", "88", "168", "win", "spin"),
    "invest": ("coin", "ex", "trade", "fx", "capital", "global", "markets", "pro", "bit", "dex"),
    "phishing": ("post-jp", "delivery", "parcel", "track", "express", "redeliver", "pay", "toll"),
    "purchase": ("shop", "store", "mall", "deals", "outlet", "mart", "market"),
    "parcel": ("logistics", "express", "cargo", "courier", "shipping", "delivery", "freight"),
    "atm": ("support", "helpdesk", "secure", "protect", "care", "alert", "fix"),
    "sextortion": ("mail", "cloud", "box"),
    "refund": ("refund", "kyufu", "hoan", "tax", "gov-service"),
}
TLDS = ("com", "net", "vip", "top", "cc", "xyz", "club", "live", "shop", "info", "online", "site")


def domain(rng: random.Random, family: str) -> Value:
    name = rng.choice(BRAND_A) + rng.choice(("", "-", "")) + rng.choice(BRAND_B[family])
    name += rng.choice(("", "", str(rng.randrange(10, 999))))
    d = f"{name}.{rng.choice(TLDS)}"
    return Value(f"domain:{d}", "domain", {"domain": d})


def domain_forms(value: Value) -> list[tuple[str, str, bool]]:
    d = value.data["domain"]
    code = hashlib.sha1(d.encode()).hexdigest()[:6]
    forms = [
        (f"https://{d}", "url", True),
        (f"https://www.{d}/", "url-www", True),
        (f"https://m.{d}/#/register?invite={code}", "url-path", True),
        (d, "bare", True),
        (d, "bare", True),
        (f"hxxps://{d}", "defanged-scheme", True),
        (d.replace(".", "[.]"), "defanged-dot", True),
    ]
    cut = d.index(".")
    forms.append((d[: cut - 2] + d[cut - 1 :], "misspelt", False))
    return forms


NAME_PARTS = (
    "linda",
    "amy",
    "kevin",
    "anna",
    "mika",
    "yuki",
    "jenny",
    "david",
    "leo",
    "nina",
    "tony",
    "grace",
    "ryan",
    "sara",
    "jack",
    "emma",
    "hana",
    "minji",
    "lily",
    "alex",
)
ROLES = ("agent", "cs", "vip", "service", "support", "official", "coach", "mgr", "admin", "")


def handle(rng: random.Random, platform: str) -> Value:
    name = rng.choice(NAME_PARTS) + rng.choice(("_", ".", "")) + rng.choice(ROLES)
    name = (name.rstrip("._") + str(rng.randrange(10, 9999))).lower()
    if platform == "telegram":
        name = name.replace(".", "_")
    if platform == "wechat" and rng.random() < 0.3:
        name = "wxid_" + "".join(
            rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)
        )
    return Value(f"{platform}:{name}", "handle", {"platform": platform, "name": name})


def handle_forms(value: Value, lang: str) -> list[tuple[str, str, bool]]:
    platform, name = value.data["platform"], value.data["name"]
    words = PLATFORM_WORD[platform]
    word = words.get(lang, words["default"])
    forms = [(f"{word}: {name}", "labelled", True), (f"{word} {name}", "labelled-space", True)]
    if platform in ("telegram", "instagram", "snapchat"):
        forms += [(f"@{name}", "at", True), (f"{word} @{name}", "labelled-at", True)]
    if platform == "telegram":
        forms += [(f"t.me/{name}", "tme", True), (f"https://t.me/{name}", "tme-url", True)]
    if platform == "line":
        forms += [(f"line.me/ti/p/~{name}", "line-url", True), (f"ID: {name}", "id", True)]
    if platform == "wechat":
        forms += [(f"vx: {name}", "vx", True), (f"wx {name}", "wx", True)]
    if platform == "instagram":
        forms.append((f"instagram.com/{name}", "ig-url", True))
    if platform == "kakao":
        forms.append((f"카톡 {name}", "kakao-short", True))
    dropped = name.replace("_", "", 1) if "_" in name else name[:-1]
    forms.append((f"{word}: {dropped}", "misspelt", False))
    return forms


def email(rng: random.Random, at: str | None = None) -> Value:
    host = at or rng.choice(("gmail.com", "outlook.com", "yahoo.com", "proton.me"))
    local = (
        rng.choice(NAME_PARTS)
        + rng.choice((".", "_", ""))
        + rng.choice(("customs", "clearance", "support", "desk", "team"))
        + str(rng.randrange(1, 99))
    )
    address = f"{local}@{host}"
    return Value(f"email:{address}", "email", {"address": address})


PLATFORMS_BY_COUNTRY = {
    "JP": ("line", "line", "telegram"),
    "TW": ("line", "telegram"),
    "TH": ("line", "telegram"),
    "KR": ("kakao", "telegram"),
    "CN": ("wechat", "telegram"),
    "VN": ("telegram", "telegram"),
    "ID": ("telegram",),
    "PH": ("telegram",),
    "KH": ("telegram",),
    "US": ("telegram",),
    "AU": ("telegram",),
    "SG": ("telegram", "wechat"),
}


# --------------------------------------------------------------------------- innocent values

BANK_LINES = {
    "JP": ("0120-860-777", "0120-56-3143", "0120-108-420"),
    "KR": ("1588-9999", "1577-8000", "1599-5000"),
    "CN": ("95588", "95533", "95555"),
    "TW": ("02-2745-8080", "02-2383-1000"),
    "SG": ("1800 111 1111", "1800 363 3333"),
    "PH": ("(02) 8631-8000", "(02) 889-10000"),
    "TH": ("02-888-8888", "02-777-7777", "1333"),
    "VN": ("1900 545413", "1800 588822"),
    "ID": ("1500888", "14017", "14000"),
    "KH": ("023 225 333", "023 994 444"),
    "US": ("1-800-935-9935", "1-800-432-1000", "1-800-869-3557"),
    "AU": ("13 2221", "13 2032"),
}
POLICE = {
    "JP": ("#9110", "www.npa.go.jp", "03-3581-4321"),
    "KR": ("112", "ecrm.police.go.kr", "1332"),
    "CN": ("96110", "www.12377.cn"),
    "TW": ("165", "165.npa.gov.tw"),
    "SG": ("1799", "www.scamshield.gov.sg"),
    "PH": ("1326", "cicc.gov.ph"),
    "TH": ("1441", "www.thaipoliceonline.go.th"),
    "VN": ("113", "canhbao.khonggianmang.vn"),
    "ID": ("110", "patrolisiber.id"),
    "KH": ("117", "www.police.gov.kh"),
    "US": ("www.ic3.gov", "reportfraud.ftc.gov"),
    "AU": ("www.scamwatch.gov.au", "www.cyber.gov.au"),
}
# Real offices' numbers that callers spoof (city offices, tax offices, regulators).
OFFICES = {
    "JP": ("03-5320-7700", "06-6208-8181", "045-671-2121", "052-961-1111"),
    "KR": ("1332", "02-3145-5114"),
    "CN": ("12333", "010-8420-1114"),
    "TW": ("02-2311-3711", "0800-000-321"),
    "TH": ("1161", "02-272-8000"),
    "VN": ("1900 9068", "024 3934 2525"),
}
EXCHANGES = {
    "JP": ("bitflyer.com", "coincheck.com"),
    "KR": ("upbit.com", "bithumb.com"),
    "TH": ("bitkub.com",),
    "PH": ("coins.ph",),
    "ID": ("indodax.com",),
    "VN": ("remitano.com",),
    "default": ("binance.com", "okx.com", "bybit.com", "coinbase.com"),
}
ATM_OPERATORS = ("bitcoindepot.com", "coinflip.tech", "athenabitcoin.com", "bitcoinwell.com")
COURIERS = {
    "JP": ("japanpost.jp", "kuronekoyamato.co.jp"),
    "KR": ("epost.go.kr", "cjlogistics.com"),
    "TH": ("thailandpost.co.th", "flashexpress.co.th"),
    "ID": ("jet.co.id", "posindonesia.co.id"),
    "PH": ("lbcexpress.com", "phlpost.gov.ph"),
    "KH": ("cambodiapost.post",),
    "AU": ("auspost.com.au",),
    "SG": ("singpost.com",),
    "TW": ("post.gov.tw",),
    "VN": ("vnpost.vn",),
    "default": ("dhl.com", "fedex.com", "ems.com.cn"),
}


def _number_key(written: str, country: str) -> str:
    return f"phone:{country}:{''.join(ch for ch in written if ch.isdigit())}"


def _innocent_key(written: str, country: str) -> str:
    if any(ch.isalpha() for ch in written):
        return "domain:" + written.removeprefix("www.")
    return _number_key(written, country)


# --------------------------------------------------------------------------- operations


@dataclass
class Pool:
    """Values of one kind an operation uses, and where victims cite them."""

    name: str
    values: list[Value]
    chance: float
    most: int
    places: tuple[str, ...]  # say, line:<slot>, from:<channel>, pay, ident:<role>


@dataclass
class Operation:
    id: str
    family: str
    variant: str
    markets: tuple[str, ...]
    size: int
    start: int
    end: int
    pools: list[Pool] = field(default_factory=list)


def _windows(values: list[Value], start: int, end: int) -> list[Value]:
    """Tile [start, end] among values in order, each window overlapping its neighbours."""
    span = max(1, end - start)
    step = span / len(values)
    for i, v in enumerate(values):
        v.window = (int(start + (i - 0.6) * step), int(start + (i + 1.6) * step) + 1)
    return values


def _zipf(rng: random.Random, values: list[Value]) -> list[Value]:
    order = list(range(len(values)))
    rng.shuffle(order)
    for rank, v in zip(order, values, strict=True):
        v.weight = 1.0 / (rank + 1) ** 0.8
    return values


def _per_market(rng: random.Random, op: Operation, k: int, make: Any) -> list[Value]:
    out: list[Value] = []
    for market in op.markets:
        for _ in range(max(1, round(k / len(op.markets)))):
            v = make(market)
            v.data["market"] = market
            out.append(v)
    return out


def _platform(rng: random.Random, market: str) -> str:
    return rng.choice(PLATFORMS_BY_COUNTRY[market])


def make_pools(rng: random.Random, op: Operation) -> None:
    s, fam, a, b = op.size, op.family, op.start, op.end
    pools = op.pools

    def rotate(values: list[Value]) -> list[Value]:
        return _windows(values, a, b)

    def long(values: list[Value]) -> list[Value]:
        return _zipf(rng, values)

    def handles(k: int) -> list[Value]:
        return _per_market(rng, op, k, lambda m: handle(rng, _platform(rng, m)))

    def accounts(k: int) -> list[Value]:
        return _per_market(rng, op, k, lambda m: account(rng, m))

    if fam == "gambling":
        pools.append(
            Pool(
                "site",
                rotate([domain(rng, fam) for _ in range(1 + s // 40)]),
                0.8,
                1,
                ("say", "line:link", "line:link", "ident:link"),
            )
        )
        pools.append(
            Pool(
                "agent",
                long(handles(1 + s // 30)),
                0.75,
                1,
                ("say", "from", "from", "ident:contact"),
            )
        )
        pools.append(
            Pool(
                "deposit",
                rotate(accounts(max(1, s // 3))),
                0.9,
                3,
                ("pay", "pay", "say", "line:pay"),
            )
        )
        pools.append(
            Pool(
                "usdt",
                rotate([wallet(rng, "tron") for _ in range(1 + s // 50)]),
                0.2,
                1,
                ("pay", "say"),
            )
        )
    elif fam == "sextortion" and op.variant == "bulk":
        wallets = rotate([wallet(rng, "btc") for _ in range(1 + s // 25)])
        pools.append(
            Pool(
                "btc", wallets, 0.99, 2, ("line:threat", "line:threat", "say", "ident:payee_wallet")
            )
        )
    elif fam == "sextortion":
        personas = [
            handle(rng, rng.choice(("instagram", "instagram", "snapchat")))
            for _ in range(1 + s // 3)
        ]
        pools.append(Pool("persona", rotate(personas), 0.9, 1, ("say", "from", "ident:contact")))
        payees = (
            accounts(1 + s // 15) if rng.random() < 0.6 else [mobile(rng, m) for m in op.markets]
        )
        pools.append(Pool("payee", long(payees), 0.85, 1, ("pay", "pay", "say", "line:threat")))
        pools.append(Pool("usdt", [wallet(rng, "tron")], 0.2, 1, ("pay", "say")))
    elif fam == "refund":
        callers = _per_market(
            rng,
            op,
            1 + s // 6,
            lambda m: mobile(rng, m if rng.random() < 0.6 else rng.choice(FOREIGN_CALLERS)),
        )
        pools.append(
            Pool(
                "callback",
                rotate(callers),
                0.9,
                2,
                ("say", "say", "line:refund", "from", "ident:contact"),
            )
        )
        pools.append(Pool("mule", rotate(accounts(1 + s // 5)), 0.85, 2, ("pay", "pay", "say")))
        pools.append(
            Pool("officer", long(handles(1 + s // 60)), 0.3, 1, ("say", "from", "ident:contact"))
        )
    elif fam == "parcel":
        personas = [
            handle(rng, rng.choice(("telegram", "instagram", "line", "telegram")))
            for _ in range(1 + s // 2)
        ]
        pools.append(Pool("persona", long(personas), 0.85, 1, ("say", "from", "ident:contact")))
        pools.append(
            Pool(
                "courier",
                rotate([domain(rng, fam) for _ in range(1 + s // 40)]),
                0.75,
                1,
                ("line:customs", "say", "ident:link"),
            )
        )
        pools.append(
            Pool("fee", rotate(accounts(1 + s // 8)), 0.8, 2, ("pay", "pay", "say", "line:customs"))
        )
        pools.append(
            Pool("desk", long([email(rng) for _ in range(1 + s // 40)]), 0.3, 1, ("from", "say"))
        )
    elif fam == "atm":
        numbers = [
            toll_free_us(rng) if rng.random() < 0.7 else mobile(rng, rng.choice(op.markets))
            for _ in range(1 + s // 10)
        ]
        pools.append(
            Pool("popup", rotate(numbers), 0.9, 1, ("say", "say", "from", "ident:contact"))
        )
        pools.append(
            Pool(
                "btc",
                rotate([wallet(rng, "btc") for _ in range(1 + s // 8)]),
                0.85,
                2,
                ("say", "ident:payee_wallet", "line:pay"),
            )
        )
        pools.append(
            Pool(
                "site",
                long([domain(rng, fam) for _ in range(1 + s // 60)]),
                0.25,
                1,
                ("say", "line:link"),
            )
        )
    elif fam == "invest":
        pools.append(
            Pool(
                "site",
                long([domain(rng, fam) for _ in range(1 + s // 30)]),
                0.8,
                1,
                ("say", "line:link", "ident:link"),
            )
        )
        pools.append(
            Pool("mentor", long(handles(1 + s // 15)), 0.7, 1, ("say", "from", "ident:contact"))
        )
        pools.append(
            Pool(
                "usdt",
                rotate(
                    [wallet(rng, rng.choice(("tron", "tron", "eth"))) for _ in range(1 + s // 10)]
                ),
                0.6,
                2,
                ("pay", "say", "line:pay"),
            )
        )
        pools.append(Pool("account", rotate(accounts(1 + s // 10)), 0.3, 1, ("pay", "say")))
    elif fam == "phishing":
        pools.append(
            Pool(
                "site",
                rotate([domain(rng, fam) for _ in range(1 + s // 8)]),
                0.95,
                2,
                ("line:link", "line:link", "say", "ident:link"),
            )
        )
        senders = _per_market(rng, op, 1 + s // 4, lambda m: mobile(rng, m))
        pools.append(Pool("sender", rotate(senders), 0.6, 1, ("from", "say")))
    else:  # purchase
        pools.append(
            Pool("seller", long(handles(1 + s // 10)), 0.6, 1, ("say", "from", "ident:contact"))
        )
        pools.append(Pool("account", rotate(accounts(1 + s // 6)), 0.85, 1, ("pay", "pay", "say")))
        pools.append(
            Pool(
                "phone",
                long(_per_market(rng, op, 1 + s // 10, lambda m: mobile(rng, m))),
                0.4,
                1,
                ("say", "from"),
            )
        )


SIZE_BUCKETS = {  # (share of operations, lowest, highest)
    "dominant": ((0.22, 1, 1), (0.33, 2, 8), (0.30, 9, 60), (0.15, 61, 260)),
    "background": ((0.55, 1, 1), (0.30, 2, 8), (0.13, 9, 40), (0.02, 41, 120)),
}
GLOBAL_POOLS = ("gambling", "parcel", "invest", "atm")


def make_operations(rng: random.Random, config: str, n: int) -> list[Operation]:
    dominant = DOMINANT[config]
    background = [f for f in BACKGROUND if f != dominant]
    ops: list[Operation] = []
    counts = {"dominant": round(n * 0.65), "background": n - round(n * 0.65)}
    for share, total in counts.items():
        placed = 0
        while placed < total:
            family = dominant if share == "dominant" else rng.choice(background)
            weights = [b[0] for b in SIZE_BUCKETS[share]]
            _, low, high = rng.choices(SIZE_BUCKETS[share], weights)[0]
            size = min(rng.randint(low, high), total - placed)
            placed += size
            markets = MARKETS[family]
            two = family in GLOBAL_POOLS and size > 8 and rng.random() < 0.3
            chosen = tuple(rng.sample(markets, 2 if two else 1))
            variant = "crew"
            if family == "sextortion":
                variant = (
                    "lone"
                    if size <= 4
                    else ("bulk" if size >= 40 and rng.random() < 0.6 else "ring")
                )
                if variant == "bulk":
                    chosen = tuple(rng.sample(MARKETS[family], 3))
            span = min(DAYS - 1, 14 + int(size * rng.uniform(0.8, 2.5)))
            start = rng.randrange(0, DAYS - span)
            op = Operation(
                f"op{len(ops) + 1:04d}", family, variant, chosen, size, start, start + span
            )
            make_pools(rng, op)
            ops.append(op)
    _unique(rng, ops)
    return ops


def _unique(rng: random.Random, ops: list[Operation]) -> None:
    """No two operations draw the same value by chance: a later one gets a variant."""
    taken: set[str] = set()
    for op in ops:
        for pool in op.pools:
            for v in pool.values:
                while v.key in taken:
                    _vary(rng, v)
                taken.add(v.key)


def _vary(rng: random.Random, v: Value) -> None:
    extra = str(rng.randrange(10))
    if v.kind == "domain":
        name, tld = v.data["domain"].split(".", 1)
        v.data["domain"] = f"{name}{extra}.{tld}"
        v.key = f"domain:{v.data['domain']}"
    elif v.kind == "handle":
        v.data["name"] += extra
        v.key = f"{v.data['platform']}:{v.data['name']}"
    elif v.kind == "email":
        local, host = v.data["address"].split("@")
        v.data["address"] = f"{local}{extra}@{host}"
        v.key = f"email:{v.data['address']}"
    else:
        v.key += extra  # phones, accounts, wallets: 1 in 10^8 or rarer; keep the key distinct


# --------------------------------------------------------------------------- reports

CHANNEL = {
    "gambling": "social_ad",
    "sextortion": "social_dm",
    "refund": "voice",
    "parcel": "dating_app",
    "atm": "other",
    "invest": "messaging_app",
    "phishing": "sms",
    "purchase": "social_ad",
}
SCAM_TYPE = {
    "gambling": "gambling",
    "sextortion": "extortion.sextortion",
    "refund": "impersonation.authority",
    "parcel": "romance",
    "atm": "tech_support",
    "invest": "investment",
    "phishing": "phishing",
    "purchase": "purchase",
}
LINE_SLOT = {
    "gambling": "link",
    "sextortion": "threat",
    "refund": "refund",
    "parcel": "customs",
    "atm": "link",
    "invest": "link",
    "phishing": "link",
    "purchase": "pay",
}
SAY_SLOT = {
    "phone": "phone",
    "account": "account",
    "wallet": "wallet",
    "domain": "site",
    "handle": "handle",
    "email": "email",
}
RAIL = {"account": "domestic_transfer", "wallet": "crypto_usdt_trc20", "phone": "e_wallet"}


@dataclass
class Draft:
    """One report being written, with its truth mentions."""

    lang: str
    country: str
    sentences: list[str] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    payments: list[dict[str, Any]] = field(default_factory=list)
    identifiers: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)

    def note(self, key: str, owner: str, where: str, written: str, how: str, ok: bool) -> None:
        self.mentions.append(
            {
                "key": key,
                "owner": owner,
                "where": where,
                "written": written,
                "how": how,
                "recoverable": ok,
            }
        )

    def narrative(self) -> str:
        sep = "" if self.lang in ("ja", "zh") else " "
        return sep.join(self.sentences)


def forms(value: Value, draft: Draft) -> list[tuple[str, str, bool]]:
    if value.kind == "phone":
        return phone_forms(value, draft.country, draft.lang)
    if value.kind == "account":
        return account_forms(value)
    if value.kind == "wallet":
        return wallet_forms(value)
    if value.kind == "domain":
        return domain_forms(value)
    if value.kind == "handle":
        return handle_forms(value, draft.lang)
    return [(value.data["address"], "address", True)]


def _form(rng: random.Random, value: Value, draft: Draft) -> tuple[str, str, bool]:
    options = forms(value, draft)
    good = [f for f in options if f[2]]
    bad = [f for f in options if not f[2]]
    return rng.choice(bad) if bad and rng.random() < 0.04 else rng.choice(good)


def _from_id(value: Value, draft: Draft) -> tuple[str, str, str]:
    """(from_id, channel, how) of a scammer message sent from this value."""
    if value.kind == "handle":
        name = value.data["name"]
        return name, value.data["platform"], "sender-handle"
    if value.kind == "email":
        return value.data["address"], "email", "sender-email"
    written = phone_forms(value, draft.country, draft.lang)[0][0]
    if value.data["country"] == draft.country and value.data["country"] != "US":
        written = phone_forms(value, draft.country, draft.lang)[3][0]
    return written, "sms", "sender-phone"


def cite(
    rng: random.Random,
    draft: Draft,
    op: Operation,
    pool: Pool,
    value: Value,
    amount: float,
    currency: str,
) -> None:
    place = rng.choice(pool.places)
    if place == "pay" and value.kind not in RAIL:
        place = "say"
    if place == "from" and value.kind not in ("handle", "email", "phone"):
        place = "say"
    written, how, ok = _form(rng, value, draft)
    if place == "say":
        draft.sentences.append(SAY[draft.lang][SAY_SLOT[value.kind]].format(v=written))
        draft.note(value.key, op.id, "narrative", written, f"{how}/narrative", ok)
    elif place.startswith("line"):
        slot = place.split(":")[1]
        text = LINE[draft.lang][slot].format(v=written)
        draft.messages.append({"text": text, "sender": "scammer"})
        draft.note(
            value.key, op.id, f"messages.{len(draft.messages) - 1}", written, f"{how}/message", ok
        )
    elif place == "from":
        from_id, channel, how = _from_id(value, draft)
        if op.family in ("refund", "atm") and value.kind == "phone":
            channel = "voice"
        slot = LINE_SLOT[op.family]
        text = OPENER[draft.lang][slot if slot in ("threat", "refund", "customs") else "chat"]
        draft.messages.append(
            {"text": text, "sender": "scammer", "from_id": from_id, "channel": channel}
        )
        draft.note(value.key, op.id, f"messages.{len(draft.messages) - 1}", from_id, how, True)
    elif place == "pay":
        pay: dict[str, Any] = {
            "currency": currency,
            "amount": f"{amount:.0f}",
            "payee": written,
            "rail": RAIL[value.kind],
        }
        if value.kind == "account":
            pay["payee_name"] = value.data["holder"]
        if value.kind == "wallet":
            pay = {
                "currency": "USD",
                "amount": f"{amount / PER_USD[currency]:.2f}",
                "payee": written,
                "rail": "crypto_usdt_trc20" if value.data["chain"] == "tron" else "crypto_other",
            }
        draft.payments.append(pay)
        draft.note(
            value.key, op.id, f"payments.{len(draft.payments) - 1}", written, f"{how}/payee", ok
        )
    else:
        role = place.split(":")[1]
        kind = {
            "phone": "phone",
            "account": "bank_account",
            "wallet": "wallet",
            "domain": "url",
            "email": "email",
        }.get(value.kind, value.data.get("platform", "handle"))
        draft.identifiers.append({"value": written, "kind": kind, "role": role})
        draft.note(
            value.key,
            op.id,
            f"identifiers.{len(draft.identifiers) - 1}",
            written,
            f"{how}/identifier",
            ok,
        )


def _pick(rng: random.Random, pool: Pool, day: int, country: str, count: int) -> list[Value]:
    here = [v for v in pool.values if v.data.get("market", country) == country]
    live = [v for v in here if v.window[0] <= day <= v.window[1]] or here
    if not live:
        return []
    chosen: list[Value] = []
    while len(chosen) < min(count, len(live)):
        rest = [x for x in live if x not in chosen]
        chosen.append(rng.choices(rest, [x.weight for x in rest])[0])
    return chosen


def aside(
    rng: random.Random, draft: Draft, slot: str, written: str, key: str, owner: str, how: str
) -> None:
    draft.sentences.append(ASIDE[draft.lang][slot].format(v=written))
    draft.note(key, owner, "narrative", written, how, True)


def innocents(rng: random.Random, draft: Draft, op: Operation, ext: str, used_wallet: bool) -> None:
    c = draft.country
    if rng.random() < 0.3:
        i = rng.randrange(len(BANK_LINES[c]))
        w = BANK_LINES[c][i]
        aside(rng, draft, "bank", w, _number_key(w, c), f"innocent:bank-{c}-{i}", "bank-hotline")
    if rng.random() < 0.3:
        w = rng.choice(POLICE[c])
        aside(
            rng,
            draft,
            "police" if not any(ch.isalpha() for ch in w) else "report_site",
            w,
            _innocent_key(w, c),
            f"innocent:police-{c}",
            "police",
        )
    if used_wallet and rng.random() < 0.45:
        w = rng.choice(EXCHANGES.get(c, ()) + EXCHANGES["default"])
        aside(rng, draft, "exchange", w, f"domain:{w}", f"innocent:exchange-{w}", "exchange")
    if op.family == "atm" and rng.random() < 0.6:
        w = rng.choice(ATM_OPERATORS)
        aside(rng, draft, "atm_operator", w, f"domain:{w}", f"innocent:atm-{w}", "atm-operator")
    if op.family == "parcel" and rng.random() < 0.4:
        w = rng.choice(COURIERS.get(c, ()) + COURIERS["default"])
        aside(rng, draft, "courier", w, f"domain:{w}", f"innocent:courier-{w}", "courier")
    if op.family == "refund" and c in OFFICES:
        i = rng.randrange(len(OFFICES[c]))
        w = OFFICES[c][i]
        if rng.random() < 0.5:  # the caller id showed the real office's number
            draft.messages.append(
                {
                    "text": OPENER[draft.lang]["refund"],
                    "sender": "scammer",
                    "from_id": w,
                    "channel": "voice_spoofed_cli",
                }
            )
            draft.note(
                _number_key(w, c),
                f"innocent:office-{c}-{i}",
                f"messages.{len(draft.messages) - 1}",
                w,
                "spoofed-caller-id",
                True,
            )
        if rng.random() < 0.3:
            aside(rng, draft, "office", w, _number_key(w, c), f"innocent:office-{c}-{i}", "office")
    if rng.random() < 0.08:
        own = mobile(rng, c)
        w = phone_forms(own, c, draft.lang)[3][0]
        aside(rng, draft, "own", w, own.key + f"#{ext}", "innocent:victim", "own-phone")


def _moment(day: int, hour: float, country: str) -> str:
    tz = timezone(timedelta(hours=UTC_OFFSET[country]))
    at = (START + timedelta(days=day, hours=hour)).astimezone(tz)
    return at.replace(microsecond=0).isoformat()


def write_report(rng: random.Random, op: Operation, ext: str, day: int) -> tuple[dict, dict]:
    country = rng.choice(op.markets)
    lang = rng.choice(LANGUAGE[country])
    draft = Draft(lang, country, [INTRO[lang][op.family]])
    currency = CURRENCY[country]
    cited: list[Value] = []
    for pool in op.pools:
        if rng.random() < pool.chance:
            count = rng.randint(1, pool.most)
            for value in _pick(rng, pool, day, country, count):
                usd = rng.choice((80, 150, 300, 700, 1500, 4000, 12000, 30000)) * rng.uniform(
                    0.6, 1.4
                )
                cite(rng, draft, op, pool, value, usd * PER_USD[currency], currency)
                cited.append(value)
    if not cited and op.variant != "bulk":  # every report cites something of its crew's
        pool = op.pools[0]
        for value in _pick(rng, pool, day, country, 1) or pool.values[:1]:
            cite(rng, draft, op, pool, value, 500 * PER_USD[currency], currency)
            cited.append(value)
    if op.variant == "bulk":  # the extortion mail came "from" the victim's own address
        host = rng.choice(("gmail.com", "yahoo.co.jp", "naver.com", "outlook.com"))
        own = f"{rng.choice(NAME_PARTS)}{rng.randrange(1000, 99999)}@{host}"
        draft.messages.append(
            {
                "text": OPENER[lang]["threat"],
                "sender": "scammer",
                "from_id": own,
                "channel": "email",
            }
        )
        draft.note(
            f"email:{own}#{ext}",
            "innocent:victim",
            f"messages.{len(draft.messages) - 1}",
            own,
            "spoofed-own-email",
            True,
        )
    if op.family == "atm" and rng.random() < 0.3:
        desk = _group(_digits(rng, 9), (3, 3, 3), " ")
        draft.identifiers.append({"value": desk, "kind": "anydesk", "role": "mentioned"})
        draft.note(
            f"anydesk:{desk}#{ext}",
            "innocent:victim",
            f"identifiers.{len(draft.identifiers) - 1}",
            desk,
            "victim-remote-id",
            True,
        )
    innocents(rng, draft, op, ext, any(v.kind == "wallet" for v in cited))
    received = day + rng.choice((0, 0, 1, 2, 5, 14))
    report: dict[str, Any] = {
        "external_id": ext,
        "received_at": _moment(min(received, DAYS + 10), rng.uniform(12.5, 23), country),
        "occurred_at": _moment(day, rng.uniform(0, 12), country),
        "victim_country": country,
        "language": lang,
        "channel": CHANNEL[op.family],
        "narrative": draft.narrative(),
    }
    for key in ("messages", "payments", "identifiers"):
        if getattr(draft, key):
            report[key] = getattr(draft, key)
    paid = sum(
        float(p["amount"])
        * (PER_USD[currency] if p["currency"] == "USD" and currency != "USD" else 1)
        for p in draft.payments
    )
    if paid:
        report["loss"] = {"currency": currency, "amount": f"{paid:.0f}"}
    if rng.random() < 0.5:
        report["scam_type"] = SCAM_TYPE[op.family]
    if rng.random() < 0.4:
        report["victim"] = {
            "age_band": rng.choice(("20-29", "30-39", "40-49", "50-59", "60-69", "70+")),
            "keep": ["age_band"],
        }
    truth = {
        "external_id": ext,
        "operation": op.id,
        "family": op.family,
        "variant": op.variant,
        "day": day,
        "country": country,
        "language": lang,
        "mentions": draft.mentions,
    }
    return report, truth


def build(config: str, seed: int, n: int) -> tuple[list[dict], list[dict], dict]:
    """The world's reports (intake), truth rows (one per report) and description."""
    if config not in CONFIGS:
        raise ValueError(f"unknown configuration {config!r}; one of {', '.join(CONFIGS)}")
    rng = random.Random(f"world10:{config}:{seed}")
    ops = make_operations(rng, config, n)
    slots = [(rng.randint(op.start, op.end), op) for op in ops for _ in range(op.size)]
    slots.sort(key=lambda s: (s[0], s[1].id))
    reports, truth = [], []
    tag = config.split("_")[0][:4].upper()
    for i, (day, op) in enumerate(slots):
        report, row = write_report(rng, op, f"W10-{tag}-{seed}-{i:05d}", day)
        reports.append(report)
        truth.append(row)
    world = {
        "config": config,
        "seed": seed,
        "reports": len(reports),
        "operations": [
            {
                "id": op.id,
                "family": op.family,
                "variant": op.variant,
                "markets": list(op.markets),
                "size": op.size,
                "days": [op.start, op.end],
                "values": {p.name: [v.key for v in p.values] for p in op.pools},
            }
            for op in ops
        ],
    }
    return reports, truth, world


def write_world(config: str, seed: int, n: int, out_dir: Path) -> Path:
    """Write reports.jsonl, truth.jsonl and world.json under ``out_dir``; return it."""
    reports, truth, world = build(config, seed, n)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, rows in (("reports.jsonl", reports), ("truth.jsonl", truth)):
        with (out_dir / name).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    (out_dir / "world.json").write_text(
        json.dumps(world, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
    )
    return out_dir
