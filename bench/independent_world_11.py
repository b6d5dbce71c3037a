"""The eleventh independent synthetic world: a held-out yardstick for tipoff's report linking.

Written BLIND to the linker, on 2026-12-07 (UTC) by an engineer who read only these files:
/work/notes/common.md (06:38); bench/world_cli.py, bench/bench_independent_world_10.py,
tests/evaluation/test_world10.py (06:38); bench/bench_independent_world_3.py lines 1-75 and
bench/bench_independent_world_2.py lines 44-100 and 168-184 (Scores, pair_scores, ceiling_labels,
load_truth, labels; 06:38); docs/intake.md, src/tipoff/intake/schema.py (06:38);
src/tipoff/model.py, pyproject.toml (06:38); /work/shared/docs/domain.md (06:38-06:39).
Nothing under src/tipoff/link, indicators, simulate, assess or evaluation, no other world
generator or phrase table and no link-evaluation notes were read.

Five configurations, each a real structure of scam operations that no earlier world used, mixed
with background crews of other kinds (dating-app romance moving to new messengers, investment
"teacher" groups, advance-fee loans, fake police) and one-off reports, with a heavy tail of crew
sizes:

- ``mule_jobs``: laundering crews recruit "payment processing assistants" through fake job ads;
  the recruits' own bank accounts become the payees of the crew's shop-front victims, and some
  recruits report the job themselves, naming the recruiter and their own (crew-used) account.
- ``bec_invoices``: business e-mail compromise: look-alike domains of real suppliers, invoice
  accounts (valid IBANs and local accounts) that change every few invoices, a "CEO" on WhatsApp
  after a deepfake video call. The real suppliers' domains and addresses, cited by the victims,
  are innocent and shared by the crews that impersonate them.
- ``rental_deposits``: copied listings on real classified and property sites; fake landlords'
  phones and messenger ids, deposit accounts, the crew's listing pages (full URLs on the real
  platform); the real agent whose listing was copied is cited by victims of several crews.
- ``qr_stickers``: fake QR stickers on parking meters, chargers and restaurant tables: the
  decoded payee (PromptPay, QRIS, DuitNow, GCash, PayNow ids, local accounts), phishing domains
  that change with each sticker batch, and a payment aggregator's collection account that
  several crews share (a service, innocent: never joins reports).
- ``charity_appeals``: disaster appeals: crews reuse the same appeal template with their own
  accounts, wallets, fake charity sites and crowdfunding pages; real charities, the
  crowdfunding platform and the disaster agency are cited and innocent.

Victims write in nine languages (ja, zh, ko, th, vi, id, tl, en, ms) from 15 countries, with
local number formats, full-width digits, values in the narrative, payments, explicit
identifiers and scammer messages (sender ids), and realistic noise: typos, elided digits,
masked accounts and shortened wallets (``recoverable: false``), and innocent values (police
hotlines, their own bank's line, government warning sites, real platforms, their own account)
owned by ``innocent:...``. truth.jsonl gives, per report, ``external_id``, ``operation`` and
``mentions`` (``key``, ``owner``, ``where``, ``how``, ``written``, ``recoverable``), as the shared
ceiling (bench/bench_independent_world_2.py, ``ceiling_labels``) reads them. Evaluation data:
not to be tuned to.
"""

from __future__ import annotations

import hashlib
import json
import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from world11_phrases import APPS, MESSAGES, SLOTS, STORIES

CONFIGS = ("mule_jobs", "bec_invoices", "rental_deposits", "qr_stickers", "charity_appeals")
BACKGROUND = ("romance_app", "teacher_group", "loan_fee", "fake_police")

# --------------------------------------------------------------------------- countries

LANG = {
    "JP": ("ja",),
    "CN": ("zh",),
    "TW": ("zh",),
    "HK": ("zh", "en"),
    "KR": ("ko",),
    "TH": ("th",),
    "VN": ("vi",),
    "ID": ("id",),
    "PH": ("tl", "en"),
    "MY": ("ms", "en"),
    "SG": ("en", "zh"),
    "US": ("en",),
    "GB": ("en",),
    "AU": ("en",),
    "CA": ("en",),
}
CURRENCY = {
    "JP": "JPY",
    "CN": "CNY",
    "TW": "TWD",
    "HK": "HKD",
    "KR": "KRW",
    "TH": "THB",
    "VN": "VND",
    "ID": "IDR",
    "PH": "PHP",
    "MY": "MYR",
    "SG": "SGD",
    "US": "USD",
    "GB": "GBP",
    "AU": "AUD",
    "CA": "CAD",
}
# a typical loss in local units (order of magnitude)
SCALE = {
    "JPY": 300_000,
    "CNY": 20_000,
    "TWD": 80_000,
    "HKD": 20_000,
    "KRW": 3_000_000,
    "THB": 50_000,
    "VND": 50_000_000,
    "IDR": 20_000_000,
    "PHP": 50_000,
    "MYR": 8_000,
    "SGD": 5_000,
    "USD": 3_000,
    "GBP": 2_500,
    "AUD": 4_000,
    "CAD": 4_000,
    "EUR": 20_000,
}
TZ = {
    "JP": 9,
    "KR": 9,
    "CN": 8,
    "TW": 8,
    "HK": 8,
    "SG": 8,
    "MY": 8,
    "PH": 8,
    "TH": 7,
    "VN": 7,
    "ID": 7,
    "US": -5,
    "CA": -5,
    "GB": 0,
    "AU": 10,
}

CC = {
    "JP": "81",
    "CN": "86",
    "TW": "886",
    "HK": "852",
    "KR": "82",
    "TH": "66",
    "VN": "84",
    "ID": "62",
    "PH": "63",
    "MY": "60",
    "SG": "65",
    "US": "1",
    "GB": "44",
    "AU": "61",
    "CA": "1",
    "KH": "855",
    "MM": "95",
}
TRUNK = {"HK": "", "SG": "", "CN": "", "US": "", "CA": ""}  # others use "0"
MESSENGER = {
    "JP": "line",
    "TW": "line",
    "TH": "line",
    "KR": "kakao",
    "CN": "wechat",
    "HK": "whatsapp",
    "SG": "whatsapp",
    "MY": "whatsapp",
    "ID": "whatsapp",
    "PH": "viber",
    "VN": "zalo",
    "US": "whatsapp",
    "GB": "whatsapp",
    "AU": "whatsapp",
    "CA": "whatsapp",
}
PHONE_APPS = {"whatsapp", "zalo", "viber"}  # messengers whose account is a phone number

FULL = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nsn(rng: random.Random, country: str) -> str:
    """A national significant number of a mobile line."""
    d = _digits
    match country:
        case "JP":
            return rng.choice(["90", "80", "70"]) + d(rng, 8)
        case "CN":
            return "1" + rng.choice("356789") + d(rng, 9)
        case "TW":
            return "9" + d(rng, 8)
        case "HK":
            return rng.choice("569") + d(rng, 7)
        case "KR":
            return "10" + rng.choice("2345678") + d(rng, 7)
        case "TH":
            return rng.choice("689") + rng.choice("123456789") + d(rng, 7)
        case "VN":
            return rng.choice(["9", "3", "7", "8"]) + rng.choice("123456789") + d(rng, 7)
        case "ID":
            return "8" + rng.choice("12358") + d(rng, 8)
        case "PH":
            return "9" + rng.choice("1234567") + d(rng, 8)
        case "MY":
            return "1" + rng.choice("0234679") + d(rng, 7)
        case "SG":
            return rng.choice("89") + d(rng, 7)
        case "US" | "CA":
            area = rng.choice(["212", "310", "415", "646", "702", "416", "604", "832", "917"])
            return area + rng.choice("23456789") + d(rng, 2) + d(rng, 4)
        case "GB":
            return "7" + rng.choice("45789") + d(rng, 8)
        case "AU":
            return "4" + rng.choice("0123456789") + d(rng, 7)
        case "KH":
            return rng.choice(["12", "15", "17", "70", "77", "96"]) + d(rng, 6)
        case _:  # MM
            return "9" + rng.choice("4567") + d(rng, 7)


def _group(s: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(out)


def _local(country: str, nsn: str) -> str:
    trunk = TRUNK.get(country, "0") + nsn
    match country:
        case "JP" | "KR":
            return _group(trunk, (3, 4, 4), "-")
        case "US" | "CA":
            return f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
        case "CN":
            return _group(trunk, (3, 4, 4), " ")
        case "HK" | "SG":
            return _group(trunk, (4, 4), " ")
        case "TH" | "TW":
            return _group(trunk, (3, 3, 4), "-")
        case "ID":
            return _group(trunk, (4, 4, 4), "-")
        case "MY":
            return _group(trunk, (3, 3, 4), " ").replace(" ", "-", 1)
        case "GB":
            return _group(trunk, (5, 6), " ")
        case _:  # VN, PH, AU
            return _group(trunk, (4, 3, 4), " ")


def _intl(country: str, nsn: str, rng: random.Random) -> str:
    sep = rng.choice([" ", " ", "-", ""])
    return f"+{CC[country]}{' ' if sep else ''}" + _group(nsn, (3, 3, 4), sep)


# --------------------------------------------------------------------------- values


def _b58(data: bytes) -> str:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _base58check(version: int, rng: random.Random) -> str:
    body = bytes([version]) + bytes(rng.randrange(256) for _ in range(20))
    check = hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4]
    return _b58(body + check)


def _iban(country: str, rng: random.Random) -> str:
    bban = {
        "GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _digits(rng, 14),
        "DE": lambda: _digits(rng, 18),
        "NL": lambda: rng.choice(["ABNA", "INGB", "RABO"]) + _digits(rng, 10),
        "LT": lambda: _digits(rng, 16),
        "PL": lambda: _digits(rng, 24),
    }[country]()
    moved = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in moved)
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def _luhn(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return body + str((10 - total % 10) % 10)


BANKS: dict[str, list[tuple[str, str, tuple[int, ...], str]]] = {
    # country: (label, bank code, digit groups, separator)
    "JP": [
        ("三井住友銀行", "0009", (7,), ""),
        ("楽天銀行", "0036", (7,), ""),
        ("PayPay銀行", "0033", (7,), ""),
        ("ゆうちょ銀行", "9900", (7,), ""),
    ],
    "CN": [
        ("工商银行", "ICBC", (4, 4, 4, 4, 3), " "),
        ("建设银行", "CCB", (4, 4, 4, 4, 3), " "),
        ("农业银行", "ABC", (4, 4, 4, 4, 3), " "),
    ],
    "TW": [("中國信託", "822", (4, 4, 4), " "), ("國泰世華", "013", (3, 3, 6), "-")],
    "HK": [("HSBC", "004", (3, 6, 3), "-"), ("Hang Seng", "024", (3, 6, 3), "-")],
    "KR": [
        ("국민은행", "004", (6, 2, 6), "-"),
        ("신한은행", "088", (3, 3, 6), "-"),
        ("카카오뱅크", "090", (4, 2, 7), "-"),
    ],
    "TH": [
        ("กสิกรไทย", "004", (3, 1, 5, 1), "-"),
        ("ไทยพาณิชย์", "014", (3, 6, 1), "-"),
        ("กรุงเทพ", "002", (3, 1, 5, 1), "-"),
    ],
    "VN": [
        ("Vietcombank", "VCB", (13,), ""),
        ("Techcombank", "TCB", (14,), ""),
        ("MB Bank", "MB", (10,), ""),
    ],
    "ID": [
        ("BCA", "014", (10,), ""),
        ("Mandiri", "008", (3, 2, 7, 1), "-"),
        ("BRI", "002", (4, 2, 6, 2, 1), "-"),
    ],
    "PH": [
        ("BDO", "BDO", (4, 4, 4), " "),
        ("BPI", "BPI", (4, 4, 2), " "),
        ("Metrobank", "MBTC", (3, 3, 5, 2), "-"),
    ],
    "MY": [
        ("Maybank", "MBB", (4, 4, 4), " "),
        ("CIMB", "CIMB", (10,), ""),
        ("Public Bank", "PBB", (1, 7, 2), "-"),
    ],
    "SG": [("DBS", "7171", (3, 6, 1), "-"), ("OCBC", "7339", (4, 4, 4), " ")],
    "US": [("Chase", "021000021", (12,), ""), ("Bank of America", "026009593", (12,), "")],
    "GB": [("Barclays", "204577", (8,), ""), ("Lloyds", "309634", (8,), "")],
    "AU": [("CommBank", "062000", (4, 4), " "), ("Westpac", "032000", (3, 3), "-")],
    "CA": [("RBC", "00003", (7,), ""), ("TD", "00004", (7,), "")],
}


HOLDERS = {
    "JP": ["ヤマダ タロウ", "サトウ ケンジ", "カ）グローバルトレード"],
    "CN": ["王磊", "李娜", "张伟"],
    "TW": ["陳怡君", "林志明"],
    "HK": ["CHAN TAI MAN", "WONG KA YAN"],
    "KR": ["김민준", "이서연", "(주)한빛무역"],
    "TH": ["นาย สมชาย ใจดี", "น.ส. สุดา แก้วมณี"],
    "VN": ["NGUYEN VAN AN", "TRAN THI MAI"],
    "ID": ["SITI AMINAH", "BUDI SANTOSO", "PT MAJU JAYA"],
    "PH": ["JUAN DELA CRUZ", "MARIA SANTOS"],
    "MY": ["LIM WEI MING", "NUR AISYAH BT AHMAD"],
    "SG": ["TAN AH KOW", "GLOBAL LINK PTE LTD"],
    "US": ["John Miller", "Bright Path Trading LLC"],
    "GB": ["Daniel Hughes", "Northgate Supplies Ltd"],
    "AU": ["Sarah Nguyen", "Coastline Imports Pty Ltd"],
    "CA": ["Kevin Tremblay", "Maple Route Logistics Inc"],
}


class Registry:
    """Every crew value is unique in the world: no value is shared by two operations."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()

    def fresh(self, make: Any) -> dict[str, Any]:
        while True:
            v = make()
            if v["key"] not in self.seen:
                self.seen.add(v["key"])
                return dict(v)


SYLL = [
    "ka",
    "ri",
    "to",
    "mi",
    "na",
    "su",
    "lo",
    "ve",
    "xi",
    "an",
    "bo",
    "ne",
    "ta",
    "jin",
    "hao",
    "min",
    "ra",
    "de",
    "zu",
    "po",
    "li",
    "sa",
    "ko",
    "ya",
    "fu",
    "el",
    "or",
    "un",
]
WORDS = [
    "global",
    "trust",
    "prime",
    "care",
    "home",
    "relief",
    "pay",
    "park",
    "secure",
    "fast",
    "asia",
    "hope",
    "aid",
    "rent",
    "stay",
    "link",
    "smart",
    "gold",
    "star",
    "union",
    "jobs",
    "work",
    "hire",
    "trade",
    "capital",
    "mart",
    "shop",
    "deal",
    "hub",
    "net",
]
TLDS = [
    "top",
    "shop",
    "xyz",
    "vip",
    "icu",
    "cc",
    "online",
    "site",
    "com",
    "net",
    "co",
    "info",
    "life",
    "live",
    "club",
    "store",
    "org",
    "help",
    "asia",
]
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "163.com", "naver.com"]


def _name(rng: random.Random, lo: int = 2, hi: int = 3) -> str:
    return "".join(rng.choice(SYLL) for _ in range(rng.randint(lo, hi)))


def make_phone(rng: random.Random, country: str) -> Any:
    def make() -> dict[str, Any]:
        nsn = _nsn(rng, country)
        return {
            "kind": "phone",
            "key": f"phone:+{CC[country]}{nsn}",
            "country": country,
            "nsn": nsn,
        }

    return make


def make_handle(rng: random.Random, app: str, country: str) -> Any:
    def make() -> dict[str, Any]:
        if app in PHONE_APPS:
            nsn = _nsn(rng, country)
            return {
                "kind": "handle",
                "app": app,
                "key": f"phone:+{CC[country]}{nsn}",
                "country": country,
                "nsn": nsn,
            }
        base = (
            _name(rng)
            + rng.choice(["", "_", ".", ""])
            + rng.choice(["", _digits(rng, 2), _digits(rng, 3), rng.choice(WORDS)])
        )
        if app == "telegram":
            base = base.replace(".", "_")
            if len(base) < 5:
                base += _digits(rng, 3)
        if app == "wechat" and rng.random() < 0.3:
            base = "wxid_" + _name(rng, 2, 2) + _digits(rng, 4)
        return {"kind": "handle", "app": app, "key": f"handle:{app}:{base.lower()}", "id": base}

    return make


def make_account(rng: random.Random, country: str) -> Any:
    def make() -> dict[str, Any]:
        label, code, groups, sep = rng.choice(BANKS[country])
        n = sum(groups)
        number = _luhn("62", n, rng) if country == "CN" else _digits(rng, n)
        branch = _digits(rng, 3) if country == "JP" else ""
        key = f"bank:{country}:{code}:{branch + ':' if branch else ''}{number}"
        return {
            "kind": "acct",
            "key": key,
            "country": country,
            "label": label,
            "code": code,
            "number": number,
            "groups": groups,
            "sep": sep,
            "branch": branch,
        }

    return make


def make_iban(rng: random.Random) -> Any:
    def make() -> dict[str, Any]:
        iban = _iban(rng.choice(["GB", "DE", "NL", "LT", "PL"]), rng)
        return {"kind": "iban", "key": f"iban:{iban}", "iban": iban}

    return make


def make_wallet(rng: random.Random) -> Any:
    def make() -> dict[str, Any]:
        r = rng.random()
        if r < 0.7:
            a = _base58check(0x41, rng)
            return {"kind": "wallet", "key": f"wallet:tron:{a}", "addr": a, "chain": "USDT (TRC20)"}
        if r < 0.9:
            a = "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
            return {"kind": "wallet", "key": f"wallet:eth:{a}", "addr": a, "chain": "USDT (ERC20)"}
        a = _base58check(0x00, rng)
        return {"kind": "wallet", "key": f"wallet:btc:{a}", "addr": a, "chain": "BTC"}

    return make


def make_domain(rng: random.Random, hint: str = "") -> Any:
    def make() -> dict[str, Any]:
        parts = [hint or rng.choice(WORDS), rng.choice(WORDS), _name(rng, 1, 2)]
        rng.shuffle(parts)
        host = rng.choice(["", "-"]).join(parts[: rng.randint(2, 3)])
        if rng.random() < 0.3:
            host += _digits(rng, 2)
        dom = f"{host}.{rng.choice(TLDS)}"
        return {"kind": "domain", "key": f"domain:{dom}", "domain": dom}

    return make


def make_lookalike(rng: random.Random, real: str) -> Any:
    def make() -> dict[str, Any]:
        name, _, tld = real.partition(".")
        r = rng.random()
        if r < 0.3:
            i = rng.randrange(1, len(name) - 1)
            name = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        elif r < 0.5:
            name = name.replace("-", "") if "-" in name else name + "-co"
        elif r < 0.75:
            name += rng.choice(["-inv", "-billing", "-pay", "-accounts", "-group"])
        else:
            name = name.replace("o", "0", 1) if "o" in name else name.replace("i", "l", 1)
        if rng.random() < 0.5:
            tld = rng.choice(["co", "net", "com.co", "cc", "biz", "org"])
        if rng.random() < 0.4:
            name += _digits(rng, 1)
        dom = f"{name}.{tld}"
        return {"kind": "domain", "key": f"domain:{dom}", "domain": dom}

    return make


def make_email(rng: random.Random, domain: str | None) -> Any:
    def make() -> dict[str, Any]:
        local = rng.choice(["hr", "support", "finance", "accounts", "info", "admin", "billing"])
        if domain is None or rng.random() < 0.3:
            addr = f"{_name(rng)}.{rng.choice(WORDS)}{_digits(rng, 2)}@{rng.choice(FREEMAIL)}"
        else:
            addr = f"{local}{rng.choice(['', '.' + _name(rng, 1, 2)])}@{domain}"
        return {"kind": "email", "key": f"email:{addr.lower()}", "addr": addr}

    return make


def make_url(rng: random.Random, platform: str, style: str) -> Any:
    def make() -> dict[str, Any]:
        if style == "listing":
            path = rng.choice(["rent", "listing", "room", "chintai", "p"]) + "/" + _digits(rng, 9)
        else:
            path = "f/" + "-".join(
                rng.sample(
                    [
                        "help",
                        "relief",
                        "flood",
                        "typhoon",
                        "quake",
                        "victims",
                        "families",
                        "rebuild",
                    ],
                    3,
                )
            )
            path += "-" + _name(rng, 1, 2) + _digits(rng, 2)
        url = f"https://www.{platform}/{path}"
        return {"kind": "url", "key": f"url:{url}", "url": url}

    return make


# --------------------------------------------------------------------------- writing values


def _fullwidth(s: str) -> str:
    return s.translate(FULL)


def _typo(s: str, rng: random.Random) -> str:
    idx = [i for i, c in enumerate(s) if c.isalnum()]
    i = rng.choice(idx[len(idx) // 3 :])
    c = s[i]
    if c.isdigit():
        repl = rng.choice([d for d in "0123456789" if d != c])
    else:
        repl = rng.choice([x for x in "abcdefghkmnprstuvwxyz" if x != c.lower()])
    if rng.random() < 0.3 and i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :] if s[i + 1] != c else s[:i] + repl + s[i + 1 :]
    return s[:i] + repl + s[i + 1 :]


def write_value(
    v: dict[str, Any], country: str, lang: str, rng: random.Random, noise: float
) -> tuple[str, bool, str]:
    """How a victim writes value ``v``: (text, recoverable, how)."""
    kind = v["kind"]
    bad = rng.random() < noise
    if kind in ("phone", "handle") and "nsn" in v:
        own = v["country"] == country
        text = (
            _local(v["country"], v["nsn"])
            if own and rng.random() < 0.75
            else _intl(v["country"], v["nsn"], rng)
        )
        if bad:
            if rng.random() < 0.5:
                cut = len(text) - 4
                return text[:cut] + rng.choice(["xxxx", "****", "XXXX"]), False, "elided"
            return _typo(text, rng), False, "typo"
        if lang in ("ja", "zh", "ko") and rng.random() < 0.25:
            return _fullwidth(text), True, "fullwidth"
        return text, True, "local" if own else "international"
    if kind == "handle":
        ident = v["id"]
        if bad:
            return _typo(ident, rng), False, "typo"
        if v["app"] == "telegram":
            r = rng.random()
            if r < 0.5:
                return "@" + ident, True, "at"
            if r < 0.7:
                return "t.me/" + ident, True, "tme"
        if v["app"] == "line" and rng.random() < 0.2:
            return "line.me/ti/p/~" + ident, True, "line-url"
        return ident, True, "plain"
    if kind == "acct":
        digits = v["number"]
        body = _group(digits, v["groups"], v["sep"])
        if bad:
            if rng.random() < 0.5:
                return f"{v['label']} ****{digits[-4:]}", False, "masked"
            return f"{v['label']} {_typo(body, rng)}", False, "typo"
        c = v["country"]
        if c == "JP":
            text = f"{v['label']} {v['branch']}支店 普通 {body}"
        elif c == "US":
            text = f"{v['label']} routing {v['code']} account {body}"
        elif c == "GB":
            sc = v["code"]
            text = f"sort code {sc[:2]}-{sc[2:4]}-{sc[4:]} account {body}"
        elif c == "AU":
            text = f"BSB {v['code'][:3]}-{v['code'][3:]} account {body}"
        elif c == "CA":
            text = f"{v['label']} transit {v['code']} account {body}"
        else:
            text = f"{v['label']} {body}"
        if lang in ("ja", "zh", "ko") and rng.random() < 0.2:
            return _fullwidth(text), True, "fullwidth"
        return text, True, "account"
    if kind == "iban":
        iban = v["iban"]
        if bad:
            if rng.random() < 0.5:
                return iban[:8] + "…" + iban[-4:], False, "shortened"
            return _typo(iban, rng), False, "typo"
        if rng.random() < 0.6:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)), True, "grouped"
        return iban, True, "compact"
    if kind == "wallet":
        a = v["addr"]
        if bad:
            if rng.random() < 0.6:
                return a[:6] + rng.choice(["…", "...", "…"]) + a[-4:], False, "shortened"
            return _typo(a, rng), False, "typo"
        return a, True, "address"
    if kind == "domain":
        d = v["domain"]
        if bad:
            return _typo(d.rsplit(".", 1)[0], rng) + "." + d.rsplit(".", 1)[1], False, "typo"
        r = rng.random()
        if r < 0.35:
            return d, True, "bare"
        if r < 0.55:
            return "www." + d, True, "www"
        if r < 0.93:
            path = rng.choice(
                [
                    "",
                    "/login",
                    "/pay",
                    "/donate",
                    "/apply",
                    "/m/index.html",
                    f"/?code={_digits(rng, 6)}",
                ]
            )
            return f"https://{d}{path}", True, "url"
        return "hxxps://" + d.replace(".", "[.]"), True, "defanged"
    if kind == "email":
        a = v["addr"]
        if bad:
            return _typo(a.split("@")[0], rng) + "@" + a.split("@")[1], False, "typo"
        return a, True, "address"
    # url
    u = v["url"]
    if bad:
        return u[: len(u) - 6] + "…", False, "truncated"
    return (u if rng.random() < 0.7 else u.replace("https://www.", "")), True, "url"


# --------------------------------------------------------------------------- innocents

POLICE = {
    "JP": ["#9110", "110"],
    "CN": ["96110", "110"],
    "TW": ["165"],
    "HK": ["18222"],
    "KR": ["112", "1332"],
    "TH": ["1441", "1599"],
    "VN": ["113", "069 219 4053"],
    "ID": ["110"],
    "PH": ["(02) 8414 1560", "1326"],
    "MY": ["997", "03-2610 1559"],
    "SG": ["1799", "999"],
    "US": ["ic3.gov"],
    "GB": ["0300 123 2040"],
    "AU": ["cyber.gov.au/report"],
    "CA": ["1-888-495-8501"],
}
GOV = {
    "JP": "www.npa.go.jp",
    "CN": "www.12321.cn",
    "TW": "165.npa.gov.tw",
    "HK": "cyberdefender.hk",
    "KR": "www.fss.or.kr",
    "TH": "www.thaipoliceonline.go.th",
    "VN": "canhbao.khonggianmang.vn",
    "ID": "cekrekening.id",
    "PH": "cicc.gov.ph",
    "MY": "semakmule.rmp.gov.my",
    "SG": "www.scamshield.gov.sg",
    "US": "reportfraud.ftc.gov",
    "GB": "www.actionfraud.police.uk",
    "AU": "www.scamwatch.gov.au",
    "CA": "antifraudcentre-centreantifraude.ca",
}
BANKLINE = {
    "JP": ["0120-56-3143", "0120-77-1099"],
    "CN": ["95588", "95533"],
    "TW": ["(02) 2745-8080"],
    "HK": ["2233 3000"],
    "KR": ["1588-9999", "1599-8000"],
    "TH": ["02-888-8888", "02-777-7777"],
    "VN": ["1900 545413"],
    "ID": ["1500888", "14000"],
    "PH": ["(02) 8631 8000", "(02) 889 10000"],
    "MY": ["1300-88-6688", "03-2297 3000"],
    "SG": ["1800 111 1111", "1800 363 3333"],
    "US": ["1-800-935-9935"],
    "GB": ["0345 734 5345"],
    "AU": ["13 2221"],
    "CA": ["1-800-769-2511"],
}
REAL_POLICE_LINES = {
    "JP": "03-3581-4321",
    "CN": "010-6520 4114",
    "TW": "(02) 2394-6000",
    "HK": "2860 2000",
    "KR": "02-3150-2114",
    "TH": "02-205-1000",
    "VN": "069 234 2002",
    "ID": "(021) 721 8000",
    "PH": "(02) 8723 0401",
    "MY": "03-2266 2222",
    "SG": "6557 5000",
    "US": "(202) 324-3000",
    "GB": "020 7230 1212",
    "AU": "(02) 9281 0000",
    "CA": "(613) 993-7267",
}
PLATFORMS = {
    "rental_deposits": {
        "JP": "suumo.jp",
        "CN": "58.com",
        "TW": "591.com.tw",
        "HK": "28hse.com",
        "KR": "zigbang.com",
        "TH": "ddproperty.com",
        "VN": "batdongsan.com.vn",
        "ID": "rumah123.com",
        "PH": "lamudi.com.ph",
        "MY": "iproperty.com.my",
        "SG": "propertyguru.com.sg",
        "US": "craigslist.org",
        "GB": "rightmove.co.uk",
        "AU": "domain.com.au",
        "CA": "kijiji.ca",
    },
    "mule_jobs": {
        "JP": "indeed.com",
        "CN": "zhaopin.com",
        "TW": "104.com.tw",
        "HK": "jobsdb.com",
        "KR": "saramin.co.kr",
        "TH": "jobthai.com",
        "VN": "vieclam24h.vn",
        "ID": "jobstreet.co.id",
        "PH": "jobstreet.com.ph",
        "MY": "jobstreet.com.my",
        "SG": "mycareersfuture.gov.sg",
        "US": "linkedin.com",
        "GB": "indeed.co.uk",
        "AU": "seek.com.au",
        "CA": "indeed.ca",
    },
}
CHARITIES = [
    "www.redcross.org",
    "www.unicef.org",
    "www.savethechildren.org",
    "www.ifrc.org",
    "www.jrc.or.jp",
    "www.redcross.or.kr",
    "www.redcross.or.th",
    "www.pmi.or.id",
    "redcross.org.ph",
    "www.wfp.org",
]
PARKING = [
    "www.timesclub.jp",
    "www.parkopedia.com",
    "www.easypark.net",
    "www.jomparking.com.my",
    "www.parking.sg",
    "www.mpark.co.kr",
    "www.parkmobile.io",
]
SUPPLIERS = [
    "hanwa-logistics.com",
    "pacificfreight.com",
    "tokai-seiki.co.jp",
    "dongsung-chem.co.kr",
    "siamsteel.co.th",
    "vinatex-trading.vn",
    "indofood-supply.co.id",
    "mnl-shipping.ph",
    "klangvalleyparts.my",
    "lionsgate-components.sg",
    "shenzhen-pcb.cn",
    "hkpackaging.hk",
    "austral-mining-supply.com.au",
    "northwind-traders.co.uk",
    "greatlakes-tooling.com",
    "taipei-optics.com.tw",
    "maple-agri.ca",
    "kyushu-foods.co.jp",
    "busan-marine.co.kr",
    "chiangmai-textiles.co.th",
]


# --------------------------------------------------------------------------- themes


def _country_mix(config: str) -> list[tuple[str, float]]:
    base = {
        "JP": 12,
        "KR": 8,
        "CN": 6,
        "TW": 4,
        "HK": 4,
        "TH": 10,
        "VN": 8,
        "ID": 9,
        "PH": 9,
        "MY": 7,
        "SG": 5,
        "US": 7,
        "GB": 4,
        "AU": 5,
        "CA": 2,
    }
    if config == "bec_invoices":
        base.update({"SG": 10, "HK": 9, "US": 12, "GB": 8, "AU": 8, "JP": 12, "KR": 8})
    if config == "qr_stickers":
        base.update({"TH": 14, "ID": 14, "MY": 12, "SG": 9, "VN": 10, "PH": 10})
    return list(base.items())


def _pick(rng: random.Random, mix: list[tuple[str, float]]) -> str:
    return rng.choices([k for k, _ in mix], weights=[w for _, w in mix])[0]


# A category: name, maker(op) -> value maker, stable pool size (lo, hi) or rotation k (lo, hi),
# rotating?, mention probability, places.
Cat = tuple[str, str, tuple[int, int], bool, float, tuple[str, ...]]

THEMES: dict[str, dict[str, list[Cat]]] = {
    "mule_jobs": {
        "victim": [
            ("shop_site", "domain", (1, 3), False, 0.6, ("narr", "msg", "ident")),
            ("shop_contact", "messenger", (1, 2), False, 0.5, ("narr", "from", "ident")),
            ("employee_acct", "acct", (2, 10), True, 0.9, ("pay", "pay", "narr")),
        ],
        "employee": [
            ("recruiter", "telegram", (1, 3), False, 0.85, ("narr", "from", "ident")),
            ("job_site", "domain", (1, 2), False, 0.6, ("narr", "msg")),
            ("hr_email", "email", (1, 2), False, 0.35, ("narr", "from")),
            ("employee_acct", "acct", (2, 10), True, 0.8, ("narr", "ident")),
        ],
    },
    "bec_invoices": {
        "invoice": [
            ("lookalike_mail", "email_lookalike", (1, 4), False, 0.85, ("narr", "from", "ident")),
            ("lookalike", "domain_lookalike", (1, 3), False, 0.35, ("narr",)),
            ("invoice_acct", "iban_or_acct", (2, 6), True, 0.9, ("pay", "pay", "narr")),
        ],
        "ceo": [
            ("ceo_phone", "whatsapp", (1, 2), False, 0.85, ("narr", "from", "ident")),
            ("lookalike_mail", "email_lookalike", (1, 4), False, 0.5, ("narr", "from")),
            ("invoice_acct", "iban_or_acct", (2, 6), True, 0.8, ("pay", "narr")),
        ],
    },
    "rental_deposits": {
        "tenant": [
            ("landlord_phone", "phone_local", (1, 3), False, 0.65, ("narr", "from", "ident")),
            ("landlord_chat", "messenger", (1, 2), False, 0.55, ("narr", "from", "ident")),
            ("listing", "listing_url", (3, 8), True, 0.45, ("narr", "ident")),
            ("agency_site", "domain", (1, 1), False, 0.2, ("narr", "msg")),
            ("deposit_acct", "acct", (1, 5), True, 0.85, ("pay", "pay", "narr")),
        ],
    },
    "qr_stickers": {
        "scan": [
            ("qr_site", "domain", (4, 20), True, 0.7, ("narr", "ident")),
            ("qr_payee", "qr_payee", (1, 3), False, 0.75, ("pay", "narr")),
            ("sms_sender", "phone_local", (1, 2), False, 0.3, ("from", "narr")),
        ],
    },
    "charity_appeals": {
        "donor": [
            ("appeal_site", "domain", (1, 2), False, 0.55, ("narr", "msg", "ident")),
            ("campaign_page", "campaign_url", (1, 3), False, 0.4, ("narr", "msg")),
            ("donation_acct", "acct", (1, 3), False, 0.6, ("pay", "narr")),
            ("donation_wallet", "wallet", (1, 2), False, 0.3, ("pay", "narr")),
            ("appeal_contact", "messenger", (1, 2), False, 0.3, ("narr", "from")),
        ],
    },
    "romance_app": {
        "victim": [
            ("lover_chat", "newapp", (1, 2), False, 0.9, ("narr", "from", "ident")),
            ("lover_phone", "phone_abroad", (1, 1), False, 0.3, ("narr", "from")),
            ("lover_acct", "acct", (1, 3), True, 0.6, ("pay", "narr")),
            ("lover_wallet", "wallet", (1, 2), False, 0.25, ("pay",)),
        ],
    },
    "teacher_group": {
        "member": [
            ("teacher", "messenger", (1, 3), False, 0.7, ("narr", "from", "ident")),
            ("app_site", "domain", (1, 3), False, 0.7, ("narr", "msg", "ident")),
            ("deposit_wallet", "wallet", (1, 4), True, 0.5, ("pay", "narr")),
        ],
    },
    "loan_fee": {
        "borrower": [
            ("loan_phone", "phone_local", (1, 3), False, 0.75, ("narr", "from", "ident")),
            ("loan_site", "domain", (1, 2), False, 0.45, ("narr", "msg")),
            ("fee_acct", "acct", (1, 4), True, 0.8, ("pay", "narr")),
        ],
    },
    "fake_police": {
        "victim": [
            ("officer_chat", "messenger", (1, 2), False, 0.75, ("narr", "from", "ident")),
            ("officer_phone", "phone_abroad", (1, 2), False, 0.45, ("narr", "from")),
            ("safe_acct", "acct", (1, 4), True, 0.85, ("pay", "narr")),
        ],
    },
}
SIDES = {
    "mule_jobs": {"victim": 0.72, "employee": 0.28},
    "bec_invoices": {"invoice": 0.75, "ceo": 0.25},
}
SCAM_TYPE = {
    "mule_jobs": "purchase",
    "bec_invoices": "impersonation.business",
    "rental_deposits": "purchase",
    "qr_stickers": "phishing",
    "charity_appeals": "advance_fee",
    "romance_app": "romance",
    "teacher_group": "investment.group_teacher",
    "loan_fee": "advance_fee",
    "fake_police": "impersonation.authority",
}
CHANNEL = {
    "mule_jobs": "social_ad",
    "bec_invoices": "email",
    "rental_deposits": "social_ad",
    "qr_stickers": "in_person",
    "charity_appeals": "social_dm",
    "romance_app": "dating_app",
    "teacher_group": "social_ad",
    "loan_fee": "sms",
    "fake_police": "voice",
}
QR_RAIL = {
    "TH": "PromptPay",
    "ID": "QRIS",
    "MY": "DuitNow",
    "PH": "GCash",
    "SG": "PayNow",
    "VN": "VietQR",
}


def tz_of(country: str) -> timezone:
    return timezone(timedelta(hours=TZ[country]))


class Op:
    def __init__(self, oid: str, theme: str, size: int, country: str, rng: random.Random):
        self.id = oid
        self.theme = theme
        self.size = size
        self.country = country
        self.rng = rng
        self.pools: dict[str, list[dict[str, Any]]] = {}
        self.k: dict[str, int] = {}
        self.used = 0
        self.suppliers: list[str] = []
        self.variant = ""

    def values_json(self) -> dict[str, list[str]]:
        return {c: [v["key"] for v in vs] for c, vs in self.pools.items()}


def _maker(reg: Registry, op: Op, kind: str) -> Any:
    rng, c = op.rng, op.country
    match kind:
        case "domain":
            return make_domain(rng)
        case "messenger":
            app = MESSENGER[c] if rng.random() < 0.8 else rng.choice(["telegram", "whatsapp"])
            return make_handle(rng, app, c)
        case "telegram":
            return make_handle(rng, "telegram", c)
        case "whatsapp":
            return make_handle(rng, "whatsapp", rng.choice([c, "GB", "HK", "KH"]))
        case "newapp":
            return make_handle(
                rng,
                rng.choice(["signal", "telegram", "whatsapp", "line"]),
                rng.choice(["GB", "US", "KH", "MM", "PH"]),
            )
        case "email":
            dom = op.pools.get("job_site", [{}])[0].get("domain")
            return make_email(rng, dom)
        case "email_lookalike":
            doms = op.pools.get("lookalike") or []
            return make_email(rng, rng.choice(doms)["domain"] if doms else None)
        case "domain_lookalike":
            return make_lookalike(rng, rng.choice(op.suppliers))
        case "acct":
            return make_account(rng, c)
        case "iban_or_acct":
            return (
                make_iban(rng)
                if rng.random() < 0.5
                else make_account(rng, rng.choice([c, "HK", "SG", "GB", "US"]))
            )
        case "phone_local":
            return make_phone(rng, c)
        case "phone_abroad":
            return make_phone(rng, rng.choice(["KH", "MM", "PH", "GB", c]))
        case "wallet":
            return make_wallet(rng)
        case "listing_url":
            return make_url(rng, PLATFORMS["rental_deposits"][c], "listing")
        case "campaign_url":
            return make_url(rng, "gofundme.com", "campaign")
        case "qr_payee":
            if c in ("TH", "MY", "PH", "SG"):
                return make_phone(rng, c)
            return make_account(rng, c)
    raise ValueError(kind)


def _value(reg: Registry, op: Op, cat: Cat, rng: random.Random) -> dict[str, Any]:
    name, kind, (lo, hi), rotating, _, _ = cat
    pool = op.pools.setdefault(name, [])
    if name == "lookalike_mail" and "lookalike" not in op.pools:
        lk = next(x for x in THEMES["bec_invoices"]["invoice"] if x[0] == "lookalike")
        op.pools["lookalike"] = [
            reg.fresh(_maker(reg, op, lk[1])) for _ in range(rng.randint(1, 3))
        ]
    if rotating:
        k = op.k.setdefault(name, op.rng.randint(lo, hi))
        want = op.used // k + 1
        while len(pool) < want:
            pool.append(reg.fresh(_maker(reg, op, kind)))
        # mostly the current one, sometimes a recent one
        return pool[-1] if rng.random() < 0.8 or len(pool) == 1 else rng.choice(pool[-3:])
    if not pool:
        n = op.rng.randint(lo, hi) if op.size > 3 else 1
        pool.extend(reg.fresh(_maker(reg, op, kind)) for _ in range(n))
    return pool[0] if rng.random() < 0.6 else rng.choice(pool)


# --------------------------------------------------------------------------- reports


def _sizes(rng: random.Random, total: int, cap: int, alpha: float) -> list[int]:
    out: list[int] = []
    while sum(out) < total:
        s = int(1.5 / (1.0 - rng.random()) ** (1.0 / alpha))
        out.append(max(2, min(cap, s)))
    out[-1] -= sum(out) - total
    return [s for s in out if s > 0]


def build(config: str, seed: int, n_reports: int) -> tuple[list[dict], list[dict], dict]:
    """The world in memory: reports, truth rows, world description."""
    if config not in CONFIGS:
        raise ValueError(f"unknown configuration {config!r}; one of {', '.join(CONFIGS)}")
    rng = random.Random(f"world11:{config}:{seed}")
    reg = Registry(rng)
    mix = _country_mix(config)
    n_one = max(1, int(n_reports * 0.08))
    n_bg = int(n_reports * 0.27)
    n_main = n_reports - n_one - n_bg
    ops: list[Op] = []
    for s in _sizes(rng, n_main, max(20, n_reports // 18), 1.05):
        ops.append(Op(f"op{len(ops):04d}", config, s, _pick(rng, mix), random.Random(rng.random())))
    for s in _sizes(rng, n_bg, max(10, n_reports // 40), 1.2):
        theme = rng.choice(BACKGROUND)
        ops.append(Op(f"op{len(ops):04d}", theme, s, _pick(rng, mix), random.Random(rng.random())))
    for _ in range(n_one):
        theme = rng.choice((config, *BACKGROUND))
        ops.append(Op(f"op{len(ops):04d}", theme, 1, _pick(rng, mix), random.Random(rng.random())))
    for op in ops:
        op.variant = "lone" if op.size == 1 else ("crew" if op.size < 40 else "syndicate")
        if op.theme == "bec_invoices":
            op.suppliers = rng.sample(SUPPLIERS, rng.randint(1, 4))
    slots = [op for op in ops for _ in range(op.size)]
    rng.shuffle(slots)
    # shared innocents of the configuration (each used by several crews)
    aggregators = [f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 3)}" for _ in range(3)]
    agents: dict[str, list[str]] = {}
    start = datetime(2026, 1, 5, tzinfo=UTC)
    reports: list[dict] = []
    truth: list[dict] = []
    for i, op in enumerate(slots):
        report, row = _report(config, seed, i, op, reg, rng, start, aggregators, agents)
        op.used += 1
        reports.append(report)
        truth.append(row)
    world = {
        "world": 11,
        "config": config,
        "seed": seed,
        "reports": len(reports),
        "operations": [
            {
                "id": op.id,
                "theme": op.theme,
                "variant": op.variant,
                "size": op.size,
                "country": op.country,
                "values": op.values_json(),
            }
            for op in ops
        ],
    }
    return reports, truth, world


def _victim_country(op: Op, rng: random.Random, config: str) -> str:
    if op.theme in ("rental_deposits", "qr_stickers", "loan_fee") or rng.random() < 0.7:
        return op.country
    return _pick(rng, _country_mix(config))


def _report(
    config: str,
    seed: int,
    i: int,
    op: Op,
    reg: Registry,
    rng: random.Random,
    start: datetime,
    aggregators: list[str],
    agents: dict[str, list[str]],
) -> tuple[dict, dict]:
    country = _victim_country(op, rng, config)
    lang = rng.choice(LANG[country])
    slots = SLOTS[lang]
    sides = SIDES.get(op.theme, {next(iter(THEMES[op.theme])): 1.0})
    side = rng.choices(list(sides), weights=list(sides.values()))[0]
    cats = THEMES[op.theme][side]
    noise = 0.07
    chosen = [c for c in cats if rng.random() < c[4]]
    stable = [c for c in cats if not c[3]]
    if stable and not any(not c[3] for c in chosen) and rng.random() < 0.96:
        # most victims name at least one of the crew's lasting contacts or sites
        chosen.insert(0, max(stable, key=lambda c: c[4]))
    if not chosen:
        chosen = [max(cats, key=lambda c: c[4])]
    sentences: list[str] = [STORIES[op.theme][lang][1 if side in ("employee", "ceo") else 0]]
    messages: list[dict] = []
    payments: list[dict] = []
    identifiers: list[dict] = []
    mentions: list[dict] = []
    cur = CURRENCY[country]
    when = start + timedelta(minutes=rng.randrange(60 * 24 * 300))

    def add(written: str, key: str, owner: str, where: str, how: str, ok: bool) -> None:
        mentions.append(
            {
                "key": key,
                "owner": owner,
                "where": where,
                "how": how,
                "written": written,
                "recoverable": ok,
            }
        )

    def narr(slot: str, text: str, app: str = "") -> None:
        sentences.append(rng.choice(slots[slot]).format(v=text, app=app))

    def amount(currency: str | None = None) -> str:
        base = SCALE[currency or cur] * rng.choice([0.05, 0.1, 0.2, 0.3, 0.5, 1, 1, 2, 3, 5])
        return str(int(base * rng.uniform(0.8, 1.2)))

    for cat in chosen:
        v = _value(reg, op, cat, rng)
        written, ok, how = write_value(v, country, lang, rng, noise)
        place = rng.choice(cat[5])
        kind = v["kind"]
        if cat[0] == "employee_acct" and side == "employee":
            how = "employee-own-account:" + how
        if place == "pay" and kind in ("acct", "iban", "wallet", "phone"):
            payee = written
            if kind == "phone":
                payee = f"{QR_RAIL.get(v['country'], 'e-wallet')} {written}"
            rail = {
                "acct": "domestic_transfer",
                "iban": "international_wire",
                "wallet": "crypto_usdt_trc20",
                "phone": "instant_qr",
            }[kind]
            if kind == "acct" and v["country"] != country:
                rail = "international_wire"
            if kind == "wallet" and not v["key"].startswith("wallet:tron"):
                rail = "crypto_other"
            pcur = cur if kind != "iban" else "EUR"
            pay: dict[str, Any] = {
                "currency": pcur,
                "amount": amount(pcur),
                "rail": rail,
                "payee": payee,
            }
            if kind == "wallet":
                pay["currency"] = "USD"
                pay["amount"] = str(rng.choice([200, 500, 1000, 3000, 8000]))
            if rng.random() < 0.5 and kind in ("acct", "iban"):
                pay["payee_name"] = rng.choice(HOLDERS.get(v.get("country", ""), HOLDERS["GB"]))
            pay["paid_at"] = when.isoformat()
            add(written, v["key"], op.id, f"payments.{len(payments)}", how, ok)
            payments.append(pay)
        elif place == "from" and kind in ("phone", "handle", "email"):
            channel = {"phone": rng.choice(["sms", "voice"]), "email": "email"}.get(kind)
            if kind == "handle":
                channel = v["app"]
            text = rng.choice(MESSAGES[lang]).format(v="").rstrip(" :：")
            add(written, v["key"], op.id, f"messages.{len(messages)}", how, ok)
            messages.append(
                {"text": text, "sender": "scammer", "channel": channel, "from_id": written}
            )
        elif place == "msg" and kind in ("domain", "url"):
            text = rng.choice(MESSAGES[lang]).format(v=written)
            add(written, v["key"], op.id, f"messages.{len(messages)}", how, ok)
            messages.append({"text": text, "sender": "scammer"})
        elif place == "ident":
            hint = {
                "acct": "bank_account",
                "iban": "iban",
                "wallet": "wallet",
                "domain": "url",
                "url": "url",
                "email": "email",
                "phone": "phone",
            }.get(kind)
            if kind == "handle":
                hint = v["app"]
            role = {
                "acct": "payee_account",
                "iban": "payee_account",
                "wallet": "payee_wallet",
                "domain": "link",
                "url": "link",
            }.get(kind, "contact")
            if how.startswith("employee-own-account"):
                role = "mentioned"
            add(written, v["key"], op.id, f"identifiers.{len(identifiers)}", how, ok)
            identifiers.append({"value": written, "kind": hint, "role": role})
        else:
            slot = {
                "phone": "phone",
                "handle": "handle",
                "acct": "payee",
                "iban": "payee",
                "wallet": "wallet",
                "domain": "site",
                "url": "site",
                "email": "email",
            }[kind]
            if how.startswith("employee-own-account"):
                slot = "own"
            app = APPS[v["app"]][lang] if kind == "handle" else ""
            if kind == "phone" and cat[0] == "qr_payee":
                written_full = f"{QR_RAIL.get(v['country'], 'e-wallet')} {written}"
                narr("payee", written_full)
            else:
                narr(slot, written, app)
            add(written, v["key"], op.id, "narrative", how, ok)
    # innocent values: what victims cite beside the crew's
    if op.theme == "fake_police" and rng.random() < 0.35:
        spoofed = REAL_POLICE_LINES[country]
        add(
            spoofed,
            f"phone:{country}:{spoofed}",
            f"innocent:police-spoofed-{country}",
            f"messages.{len(messages)}",
            "spoofed-caller-id",
            True,
        )
        messages.append(
            {
                "text": rng.choice(MESSAGES[lang]).format(v="").rstrip(" :："),
                "sender": "scammer",
                "channel": "voice_spoofed_cli",
                "from_id": spoofed,
            }
        )
    own_acct = None
    if rng.random() < 0.3:
        p = rng.choice(POLICE[country])
        kind = "domain" if "." in p and not p[0].isdigit() else "phone"
        narr("police" if kind == "phone" else "gov", p)
        add(
            p,
            f"ref:police:{country}:{p}",
            f"innocent:police-{country}",
            "narrative",
            "hotline",
            True,
        )
    if rng.random() < 0.12:
        b = rng.choice(BANKLINE[country])
        narr("bankline", b)
        add(
            b,
            f"ref:bankline:{country}:{b}",
            f"innocent:bank-{country}",
            "narrative",
            "own-bank-line",
            True,
        )
    if rng.random() < 0.12:
        g = GOV[country]
        narr("gov", g)
        add(
            g,
            f"domain:{g.removeprefix('www.')}",
            f"innocent:gov-{country}",
            "narrative",
            "government-site",
            True,
        )
    if rng.random() < 0.1:
        own_acct = make_account(rng, country)()
        w, ok, _ = write_value(own_acct, country, lang, rng, 0.0)
        narr("own", w)
        add(w, own_acct["key"], f"innocent:victim-{i}", "narrative", "victim-own-account", ok)
    if op.theme in PLATFORMS and rng.random() < 0.35:
        plat = PLATFORMS[op.theme][country]
        narr("platform", plat)
        add(plat, f"domain:{plat}", f"innocent:platform-{plat}", "narrative", "platform", True)
    if op.theme == "rental_deposits" and rng.random() < 0.25:
        pool = agents.setdefault(country, [])
        if len(pool) < 12:
            pool.append(make_phone(rng, country)()["nsn"])
        nsn = rng.choice(pool)
        w = _local(country, nsn)
        narr("realco", w)
        add(
            w,
            f"phone:+{CC[country]}{nsn}",
            f"innocent:agent-{country}-{nsn}",
            "narrative",
            "copied-listing-agent",
            True,
        )
    if op.theme == "bec_invoices" and op.suppliers and rng.random() < 0.5:
        real = rng.choice(op.suppliers)
        w = rng.choice([real, f"accounts@{real}", f"https://www.{real}"])
        narr("realco", w)
        key = f"email:{w}" if "@" in w else f"domain:{real}"
        add(w, key, f"innocent:supplier-{real}", "narrative", "real-supplier", True)
    if op.theme == "qr_stickers":
        if rng.random() < 0.2:
            a = rng.choice(aggregators)
            payee = f"{rng.choice(['PayHub', 'QRPay Asia', 'Xendit'])} merchant {a}"
            add(
                payee,
                f"aggregator:{a}",
                f"innocent:aggregator-{a}",
                f"payments.{len(payments)}",
                "shared-aggregator",
                True,
            )
            payments.append(
                {"currency": cur, "amount": amount(), "rail": "instant_qr", "payee": payee}
            )
        if rng.random() < 0.25:
            real = rng.choice(PARKING)
            narr("realco", real)
            add(
                real,
                f"domain:{real.removeprefix('www.')}",
                f"innocent:operator-{real}",
                "narrative",
                "real-operator",
                True,
            )
    if op.theme == "charity_appeals" and rng.random() < 0.35:
        real = rng.choice(CHARITIES)
        narr("realco", real)
        add(
            real,
            f"domain:{real.removeprefix('www.')}",
            f"innocent:charity-{real}",
            "narrative",
            "real-charity",
            True,
        )
    if op.theme == "charity_appeals" and rng.random() < 0.2:
        narr("platform", "gofundme.com")
        add(
            "gofundme.com",
            "domain:gofundme.com",
            "innocent:platform-gofundme.com",
            "narrative",
            "platform",
            True,
        )
    loss_amount = sum(int(p["amount"]) for p in payments if p["currency"] == cur) or int(amount())
    sep = "" if lang in ("ja", "zh") else " "
    report: dict[str, Any] = {
        "external_id": f"W11-{config[:4].upper()}-{seed}-{i:05d}",
        "received_at": (when + timedelta(days=rng.randint(1, 10), hours=TZ[country]))
        .replace(tzinfo=tz_of(country))
        .isoformat(),
        "occurred_at": when.isoformat(),
        "victim_country": country,
        "language": lang,
        "channel": CHANNEL[op.theme],
        "narrative": sep.join(sentences),
        "loss": {"currency": cur, "amount": str(loss_amount)},
        "tlp": rng.choice(["amber", "amber", "green", "amber+strict"]),
    }
    if messages:
        report["messages"] = messages
    if payments:
        report["payments"] = payments
    if identifiers:
        report["identifiers"] = identifiers
    if rng.random() < 0.6:
        report["scam_type"] = SCAM_TYPE[op.theme]
    if rng.random() < 0.5:
        report["victim"] = {
            "age_band": rng.choice(["20-29", "30-39", "40-49", "50-59", "60-69", "70+"]),
            "keep": ["age_band"],
        }
    row = {
        "external_id": report["external_id"],
        "operation": op.id,
        "theme": op.theme,
        "side": side,
        "mentions": mentions,
    }
    return report, row


def write_world(config: str, seed: int, n_reports: int, out: Path) -> Path:
    """Write reports.jsonl, truth.jsonl and world.json under ``out``; return ``out``."""
    reports, truth, world = build(config, seed, n_reports)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "reports.jsonl").open("w", encoding="utf-8") as fh:
        for r in reports:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    (out / "world.json").write_text(
        json.dumps(world, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return out
