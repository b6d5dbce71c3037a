"""The ninth independent synthetic world: report streams of an anti-scam centre, written blind.

Author: world9, 2026-12-07. Written BLIND to tipoff's linker, extractor and simulator, as
evaluation data for whether tipoff's report linking generalises; it is not to be tuned to.

Read before and while writing (UTC, 2026-12-07):
- 00:56 /work/notes/common.md (session rules).
- 00:56 bench/world_cli.py (the shared harness), bench/bench_independent_world_8.py (as the
  example of a bench file) and tests/evaluation/test_world8.py (as the example of a test).
- 00:57 in bench/bench_independent_world_3.py and _2.py only ``ceiling_labels``,
  ``load_truth``, ``labels``, ``pair_scores`` and ``read_networks`` (what the truth must say
  for the ceiling: each mention's ``key``, ``owner``, ``recoverable``; the row's ``operation``).
- 00:57 docs/intake.md (the report format), /work/shared/docs/domain.md sections 0 and 5
  (identifier catalogue, warninglists), the headings of /work/shared/docs/peer-systems.md.
- 00:58 ``tipoff ingest --help``; src/tipoff/intake/schema.py (field names, channels, rails)
  and the ``Role`` values in src/tipoff/model.py.
Not read: src/tipoff/link, src/tipoff/simulate, src/tipoff/indicators, docs/networks.md,
docs/link-evaluation.md, docs/simulate.md, docs/identifiers.md, any other world's generator or
phrases, bench/link_*.py, tests/link. tipoff's output on this world was never looked at.

Configurations (each a phenomenon a real centre's stream has, not used by worlds 1-8):

``handover``
    Crews retire mid-way and sell or hand their still-working infrastructure (mule accounts,
    Telegram handles, a domain, a SIM) to another crew, as the guarantee markets do. The
    truth is time-ordered: before the handover the value is the seller's, after it the
    buyer's. The value itself is the same string, so the ceiling joins seller and buyer where
    a handover happened: that is honest (no identifier can tell them apart) and the world keeps
    handovers to small sellers so the ceiling stays passable.
``recycled_numbers``
    Voice and SMS crews churn SIMs; carriers recycle a dropped number to an innocent new
    subscriber after weeks or months. Later reports of other crews name the number when the
    victim rang it back from an old warning post, and the new subscriber files a complaint of
    their own. The number is the crew's before the recycle and an innocent person's after.
``double_hit``
    One victim hit by two crews in the same weeks (a task-job crew and a fake-police crew,
    say) reports both in one report. The report belongs to the crew that took more money; the
    other crew's values in it are that crew's (and appear in its own reports too).
``ocr_screenshots``
    Half the reports are typed or OCR'd from screenshots: full-width digits, a wallet split
    over lines, spaces inside numbers (recoverable), and confusions O/0, l/1, I/1, S/5, B/8,
    rn/m inside handles, accounts, wallets and domains (not recoverable: another string).
``lookalike_platforms``
    Investment crews run a fake platform family each: dozens of look-alike domains per crew
    (stem variants, new TLDs, free-hosting subdomains), rotating every few weeks; several
    crews copy the same real exchange's name, so domains of different crews look alike; the
    real exchange's domain is cited by victims (innocent).

Every configuration has heavy-tailed crew sizes (many one-off reports), nine languages over
ten victim countries with national and international number formats, and innocent values no
list holds: local police stations' and bank branches' landlines, national hotlines, government
report sites, an exchange's hot wallet and the USDT contract.
"""

from __future__ import annotations

import hashlib
import json
import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import partial
from pathlib import Path

from world9_phrases import MESSAGES, WHAT, S

CONFIGS = ("handover", "recycled_numbers", "double_hit", "ocr_screenshots", "lookalike_platforms")

EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
DAYS = 660  # the world's span; the last report is received before 2026-11-15

# --------------------------------------------------------------------------- countries


@dataclass(frozen=True)
class Country:
    code: str
    dial: str
    languages: tuple[tuple[str, float], ...]
    currency: str
    per_usd: float
    tz: int
    weight: float


COUNTRIES = {
    c.code: c
    for c in (
        Country("TH", "66", (("th", 0.85), ("en", 0.15)), "THB", 35, 7, 0.2),
        Country("JP", "81", (("ja", 0.95), ("en", 0.05)), "JPY", 150, 9, 0.13),
        Country("VN", "84", (("vi", 0.95), ("en", 0.05)), "VND", 25000, 7, 0.1),
        Country("ID", "62", (("id", 0.9), ("en", 0.1)), "IDR", 16000, 7, 0.1),
        Country("PH", "63", (("tl", 0.55), ("en", 0.45)), "PHP", 57, 8, 0.1),
        Country("KH", "855", (("km", 0.7), ("en", 0.3)), "USD", 1, 7, 0.06),
        Country("KR", "82", (("ko", 0.95), ("en", 0.05)), "KRW", 1350, 9, 0.1),
        Country("TW", "886", (("zh", 1.0),), "TWD", 32, 8, 0.07),
        Country("SG", "65", (("en", 0.7), ("zh", 0.3)), "SGD", 1.35, 8, 0.07),
        Country("MY", "60", (("en", 0.6), ("zh", 0.4)), "MYR", 4.5, 8, 0.07),
    )
}
CREW_BASES = ("KH", "PH", "MM", "LA")  # where crews' own SIMs often come from

MOBILE_PREFIX = {
    "TH": ("8", "9", "6"),
    "JP": ("90", "80", "70"),
    "VN": ("91", "98", "97", "86", "33", "35", "70"),
    "ID": ("812", "813", "821", "852", "877"),
    "PH": ("917", "918", "927", "939", "956", "995"),
    "KH": ("12", "15", "16", "17", "69", "70", "77", "78", "96", "97", "88", "92"),
    "KR": ("10",),
    "TW": ("9",),
    "SG": ("8", "9"),
    "MY": ("12", "13", "16", "17", "19", "11"),
    "MM": ("9",),
    "LA": ("20",),
}
MOBILE_LENGTH = {  # subscriber digits after the country code
    "TH": 9,
    "JP": 10,
    "VN": 9,
    "ID": 11,
    "PH": 10,
    "KH": 8,
    "KR": 10,
    "TW": 9,
    "SG": 8,
    "MY": 9,
    "MM": 10,
    "LA": 10,
}
DIAL = {c.code: c.dial for c in COUNTRIES.values()} | {"MM": "95", "LA": "856"}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _national(cc: str, s: str) -> list[str]:
    """A mobile number's national written forms (subscriber digits ``s``)."""
    if cc == "JP" or cc == "KR":
        return [f"0{s[:2]}-{s[2:6]}-{s[6:]}", f"0{s}"]
    if cc == "TH":
        return [f"0{s[:2]}-{s[2:5]}-{s[5:]}", f"0{s}", f"0{s[:2]} {s[2:5]} {s[5:]}"]
    if cc in ("VN", "PH", "TW"):
        return [f"0{s[:3]} {s[3:6]} {s[6:]}", f"0{s}"]
    if cc == "ID":
        return [f"0{s[:3]}-{s[3:7]}-{s[7:]}", f"0{s}"]
    if cc == "KH":
        return [f"0{s[:2]} {s[2:5]} {s[5:]}", f"0{s}"]
    if cc == "SG":
        return [f"{s[:4]} {s[4:]}", s]
    if cc == "MY":
        return [f"0{s[:2]}-{s[2:5]} {s[5:]}", f"0{s}"]
    return []


def _international(cc: str, s: str) -> list[str]:
    d = DIAL[cc]
    if cc == "MM":
        return [f"+95 9 {s[1:4]} {s[4:7]} {s[7:]}", f"+95{s}"]
    return [f"+{d} {s[:3]} {s[3:6]} {s[6:]}", f"+{d}{s}", f"+{d} {s[:2]}-{s[2:6]}-{s[6:]}"]


def _mobile(rng: random.Random, cc: str) -> str:
    p = rng.choice(MOBILE_PREFIX[cc])
    return p + _digits(rng, MOBILE_LENGTH[cc] - len(p))


def _landline(rng: random.Random, cc: str) -> tuple[str, str]:
    """An innocent landline: (key, national written form)."""
    if cc in ("TH", "KR"):
        s = "2" + _digits(rng, 7)
        return f"phone:+{DIAL[cc]}{s}", f"0{s[0]}-{s[1:4]}-{s[4:]}"
    if cc == "JP":
        s = "3" + _digits(rng, 8)
        return f"phone:+81{s}", f"0{s[0]}-{s[1:5]}-{s[5:]}"
    if cc == "VN":
        s = "24" + _digits(rng, 8)
        return f"phone:+84{s}", f"0{s[:2]} {s[2:6]} {s[6:]}"
    if cc == "ID":
        s = "21" + _digits(rng, 8)
        return f"phone:+62{s}", f"(0{s[:2]}) {s[2:6]} {s[6:]}"
    if cc == "PH":
        s = "28" + _digits(rng, 7)
        return f"phone:+63{s}", f"(02) {s[1:5]} {s[5:]}"
    if cc == "KH":
        s = "23" + _digits(rng, 6)
        return f"phone:+855{s}", f"0{s[:2]} {s[2:5]} {s[5:]}"
    if cc == "TW":
        s = "2" + _digits(rng, 8)
        return f"phone:+886{s}", f"(0{s[0]}) {s[1:5]}-{s[5:]}"
    if cc == "SG":
        s = "6" + _digits(rng, 7)
        return f"phone:+65{s}", f"{s[:4]} {s[4:]}"
    s = "3" + _digits(rng, 8)  # MY
    return f"phone:+60{s}", f"0{s[0]}-{s[1:5]} {s[5:]}"


# --------------------------------------------------------------------------- banks

BANKS: dict[str, tuple[tuple[str, tuple[str, ...], int], ...]] = {
    "TH": (
        ("kbank", ("KBank", "กสิกรไทย", "ธ.กสิกรไทย"), 10),
        ("scb", ("SCB", "ไทยพาณิชย์"), 10),
        ("ktb", ("Krungthai", "กรุงไทย"), 10),
        ("bbl", ("Bangkok Bank", "ธ.กรุงเทพ"), 10),
    ),
    "JP": (
        ("rakuten", ("楽天銀行",), 7),
        ("paypay", ("PayPay銀行",), 7),
        ("smbc", ("三井住友銀行",), 7),
        ("mizuho", ("みずほ銀行",), 7),
    ),
    "VN": (
        ("vcb", ("Vietcombank", "VCB"), 13),
        ("tcb", ("Techcombank",), 14),
        ("mb", ("MB Bank", "MBBank"), 12),
        ("acb", ("ACB",), 9),
    ),
    "ID": (
        ("bca", ("BCA",), 10),
        ("bri", ("BRI",), 15),
        ("mandiri", ("Mandiri", "Bank Mandiri"), 13),
        ("bni", ("BNI",), 10),
    ),
    "PH": (("bdo", ("BDO",), 12), ("bpi", ("BPI",), 10), ("ub", ("UnionBank",), 12)),
    "KH": (("aba", ("ABA", "ABA Bank"), 9), ("acleda", ("ACLEDA",), 12), ("wing", ("Wing",), 8)),
    "KR": (
        ("kb", ("국민은행", "KB국민"), 14),
        ("shinhan", ("신한은행",), 12),
        ("kakao", ("카카오뱅크",), 13),
    ),
    "TW": (("ctbc", ("中國信託", "(822)"), 12), ("cathay", ("國泰世華", "(013)"), 12)),
    "SG": (("dbs", ("DBS", "POSB"), 10), ("ocbc", ("OCBC",), 12)),
    "MY": (("maybank", ("Maybank",), 12), ("cimb", ("CIMB",), 10)),
}
JP_BRANCHES = {
    "rakuten": ("第一営業", "ジャズ", "ロック", "サンバ"),
    "paypay": ("ビジネス営業部", "はやぶさ", "すずめ"),
    "smbc": ("新宿", "渋谷", "梅田", "難波"),
    "mizuho": ("池袋", "上野", "横浜"),
}
SURNAMES = {
    "TH": ("Somchai", "Wanida", "Prasert", "Kanya", "Anan", "Malee"),
    "JP": ("ヤマダ タロウ", "サトウ ミキ", "スズキ ケン", "タナカ ユイ", "コバヤシ リョウ"),
    "VN": ("NGUYEN VAN AN", "TRAN THI MAI", "LE VAN HUNG", "PHAM THI LAN"),
    "ID": ("BUDI SANTOSO", "SITI AMINAH", "AGUS SETIAWAN", "DEWI LESTARI"),
    "PH": ("JUAN DELA CRUZ", "MARIA SANTOS", "JOSE REYES", "ANA GARCIA"),
    "KH": ("SOK DARA", "CHAN SOPHEA", "KIM SREYNEANG", "VANNA RITH"),
    "KR": ("김민수", "이지은", "박서준", "최유진"),
    "TW": ("陳志明", "林淑芬", "黃建宏", "張雅婷"),
    "SG": ("TAN WEI MING", "LIM HUI LING", "ONG KAH HOE"),
    "MY": ("AHMAD BIN ALI", "LEE CHONG WEI", "NUR AISYAH"),
}


def _account_forms(
    rng: random.Random, cc: str, code: str, names: tuple[str, ...], d: str
) -> list[str]:
    n = names
    if cc == "TH":
        return [f"{x} {d[:3]}-{d[3]}-{d[4:9]}-{d[9]}" for x in n] + [f"{x} {d}" for x in n]
    if cc == "JP":
        raise AssertionError("JP accounts carry a branch")
    if cc == "PH" and len(d) == 12:
        return [f"{x} {d[:4]} {d[4:8]} {d[8:]}" for x in n] + [f"{x} {d}" for x in n]
    if cc == "KH" and code == "aba":
        return [f"{x} {d[:3]} {d[3:6]} {d[6:]}" for x in n] + [f"{x} {d}" for x in n]
    if cc == "KR":
        cut = {"kb": (6, 8), "shinhan": (3, 6), "kakao": (4, 6)}[code]
        dashed = f"{d[: cut[0]]}-{d[cut[0] : cut[1]]}-{d[cut[1] :]}"
        return [f"{x} {dashed}" for x in n] + [f"{x} {d}" for x in n]
    if cc == "SG":
        return [f"{x} {d[:3]}-{d[3:9]}-{d[9:]}" for x in n] + [f"{x} {d}" for x in n]
    if cc == "MY" and code == "maybank":
        return [f"{x} {d[:4]} {d[4:8]} {d[8:]}" for x in n] + [f"{x} {d}" for x in n]
    if cc == "VN":
        return [f"{x} {d}" for x in n] + [f"STK {d} {x}" for x in n]
    return [f"{x} {d}" for x in n]


# --------------------------------------------------------------------------- values

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def tron_address(rng: random.Random) -> str:
    """A TRON base58check address (version byte 0x41, valid checksum)."""
    payload = b"\x41" + bytes(rng.randrange(256) for _ in range(20))
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return _b58(payload + check)


SYLLABLES = (
    "ka",
    "ri",
    "mo",
    "ta",
    "lin",
    "wei",
    "jun",
    "na",
    "so",
    "vi",
    "ra",
    "ko",
    "mi",
    "an",
    "el",
    "zu",
)


def _name(rng: random.Random, lo: int = 2, hi: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(lo, hi)))


@dataclass
class Value:
    """One identifier value: its key, how it may be written, its kind and where it is used."""

    key: str
    kind: str  # phone, account, wallet, telegram, line, kakao, wechat, domain
    forms: list[str]
    hint: str | None
    payee_name: str | None = None
    start: int = 0
    end: int = DAYS
    country: str = ""
    local_forms: list[str] = field(default_factory=list)  # national formats (same country only)
    acquired: int = -1  # the day a crew bought it from another (handover), else -1


def phone_value(rng: random.Random, cc: str) -> Value:
    s = _mobile(rng, cc)
    return Value(
        key=f"phone:+{DIAL[cc]}{s}",
        kind="phone",
        forms=_international(cc, s),
        hint="phone",
        country=cc,
        local_forms=_national(cc, s),
    )


def account_value(rng: random.Random, cc: str) -> Value:
    code, names, n = rng.choice(BANKS[cc])
    d = _digits(rng, n)
    holder = rng.choice(SURNAMES[cc])
    if cc == "JP":
        branch = rng.choice(JP_BRANCHES[code])
        bank = names[0]
        office = branch if branch.endswith("部") else f"{branch}支店"
        forms = [
            f"{bank} {office} 普通 {d}",
            f"{bank} {office} {d}",
            f"{bank}{office} 普通預金 {d}",
        ]
        key = f"account:JP:{code}:{branch}:{d}"
    else:
        forms = _account_forms(rng, cc, code, names, d)
        key = f"account:{cc}:{code}:{d}"
    return Value(
        key=key, kind="account", forms=forms, hint="bank_account", payee_name=holder, country=cc
    )


def wallet_value(rng: random.Random) -> Value:
    a = tron_address(rng)
    return Value(key=f"wallet:tron:{a}", kind="wallet", forms=[a], hint="wallet")


def handle_value(rng: random.Random, kind: str) -> Value:
    n = (
        _name(rng)
        + rng.choice(("", "_", ""))
        + (_digits(rng, rng.choice((0, 2, 3))) or rng.choice(("vip", "cs", "888")))
    )
    if kind == "telegram":
        forms = [f"@{n}", f"Telegram @{n}", f"t.me/{n}"]
    elif kind == "line":
        forms = [f"LINE ID: {n}", f"line.me/ti/p/~{n}", f"ไลน์ไอดี {n}"]
    elif kind == "kakao":
        forms = [f"KakaoTalk ID: {n}", f"카카오톡 ID: {n}", f"카톡 아이디 {n}"]
    else:  # wechat
        forms = [f"微信号: {n}", f"WeChat: {n}", f"微信 {n}"]
    return Value(key=f"{kind}:{n}", kind=kind, forms=forms, hint=kind)


TLDS = (".com", ".vip", ".top", ".cc", ".xyz", ".io", ".app", ".net", ".pro", ".club")
FREE_HOSTS = (".vercel.app", ".web.app", ".pages.dev", ".netlify.app")


def domain_value(rng: random.Random, stem: str | None = None) -> Value:
    if stem is None:
        suffix = rng.choice(("", "pay", "shop", "go", "hub"))
        sep = rng.choice(("", "-", "")) if suffix else ""
        host = _name(rng, 2, 4) + sep + suffix + rng.choice(TLDS)
    else:
        shape = rng.random()
        tail = rng.choice(("", "pro", "vip", "global", "app", "asia", "x", "one", "plus", "ex"))
        num = rng.choice(("", "", str(rng.randint(1, 99))))
        sep = rng.choice(("", "-"))
        if shape < 0.15:
            host = f"{stem}{sep}{tail}{num}".rstrip("-") + rng.choice(FREE_HOSTS)
        elif shape < 0.3:
            host = f"{rng.choice(('app', 'm', 'h5', 'www'))}.{stem}{sep}{tail}{num}".rstrip(
                "-"
            ) + rng.choice(TLDS)
        else:
            host = f"{stem}{sep}{tail}{num}".rstrip("-") + rng.choice(TLDS)
    forms = [host, f"https://{host}/", f"https://{host}/#/login", f"{host}/h5/"]
    return Value(key=f"domain:{host}", kind="domain", forms=forms, hint="url")


# --------------------------------------------------------------------------- innocents

GOV_SITES = {
    "TH": "thaipoliceonline.go.th",
    "JP": "www.npa.go.jp",
    "VN": "canhbao.khonggianmang.vn",
    "ID": "patrolisiber.id",
    "PH": "cicc.gov.ph",
    "KH": "report.cybercrime.gov.kh",
    "KR": "ecrm.police.go.kr",
    "TW": "165.npa.gov.tw",
    "SG": "www.scamshield.gov.sg",
    "MY": "semakmule.rmp.gov.my",
}
HOTLINES = {
    "TH": ("1441", "phone:TH:1441"),
    "JP": ("#9110", "phone:JP:9110"),
    "KR": ("1332", "phone:KR:1332"),
    "SG": ("1799", "phone:SG:1799"),
    "TW": ("165", "phone:TW:165"),
    "MY": ("997", "phone:MY:997"),
}
REAL_EXCHANGES = (
    ("okx", "www.okx.com"),
    ("binance", "www.binance.com"),
    ("bybit", "www.bybit.com"),
    ("kucoin", "www.kucoin.com"),
    ("bitget", "www.bitget.com"),
)
USDT_CONTRACT = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"


@dataclass
class Innocent:
    owner: str
    key: str
    written: str
    sentence: str  # police, bank, gov


def innocents(rng: random.Random) -> dict[str, list[Innocent]]:
    out: dict[str, list[Innocent]] = {}
    for cc in COUNTRIES:
        rows = []
        for i in range(3):
            key, w = _landline(rng, cc)
            rows.append(Innocent(f"innocent:police:{cc}{i}", key, w, "police"))
        for i in range(2):
            key, w = _landline(rng, cc)
            rows.append(Innocent(f"innocent:bank:{cc}{i}", key, w, "bank"))
        site = GOV_SITES[cc]
        rows.append(Innocent(f"innocent:gov:{cc}", f"domain:{site}", site, "gov"))
        if cc in HOTLINES:
            w, key = HOTLINES[cc]
            rows.append(Innocent(f"innocent:hotline:{cc}", key, w, "police"))
        out[cc] = rows
    return out


# --------------------------------------------------------------------------- operations

SCAMS = (
    "investment",
    "romance",
    "job.task",
    "impersonation.police",
    "advance_fee.loan",
    "purchase",
)
CHANNEL = {
    "investment": "social_ad",
    "romance": "dating_app",
    "job.task": "messaging_app",
    "impersonation.police": "voice",
    "advance_fee.loan": "sms",
    "purchase": "social_dm",
}
HANDLE_KIND = {
    "JP": "line",
    "TH": "line",
    "TW": "line",
    "KR": "kakao",
    "SG": "telegram",
    "MY": "wechat",
}


@dataclass
class Op:
    id: str
    scam: str
    markets: tuple[str, ...]
    size: int
    start: int
    end: int
    values: list[Value] = field(default_factory=list)
    anchors: list[Value] = field(default_factory=list)
    stem: str | None = None


def sizes(rng: random.Random, n: int) -> list[int]:
    """Heavy-tailed crew sizes summing to ``n``: many one-off reports, a few big crews."""
    cap = max(6, n // 25)
    out: list[int] = []
    while sum(out) < n:
        out.append(min(cap, int(rng.paretovariate(1.15))))
    out[-1] -= sum(out) - n
    return [s for s in out if s > 0]


def _window(rng: random.Random, op: Op, share: tuple[float, float]) -> tuple[int, int]:
    life = op.end - op.start
    length = max(10, int(life * rng.uniform(*share)))
    start = rng.randint(op.start - length // 3, max(op.start, op.end - length // 2))
    return start, start + length


def _fresh(taken: set[str], make: Callable[[], Value]) -> Value:
    """A value whose key no other crew or innocent holds (two crews never own one string)."""
    while (v := make()).key in taken:
        pass
    taken.add(v.key)
    return v


def make_op(rng: random.Random, i: int, size: int, config: str, taken: set[str]) -> Op:
    scam = rng.choices(SCAMS, weights=(4, 2, 3, 2, 2, 1))[0]
    if config == "recycled_numbers":
        scam = rng.choices(SCAMS, weights=(1, 1, 2, 4, 4, 1))[0]
    if config == "lookalike_platforms":
        scam = rng.choices(SCAMS, weights=(8, 1, 2, 1, 1, 1))[0]
    cc = list(COUNTRIES)
    home = rng.choices(cc, weights=[COUNTRIES[c].weight for c in cc])[0]
    markets = (home,) if rng.random() < 0.7 or size < 5 else (home, rng.choice(cc))
    life = int(min(DAYS - 20, 20 + size * rng.uniform(3, 12)))
    start = rng.randint(0, DAYS - life)
    op = Op(f"op{i:04d}", scam, markets, size, start, start + life)
    rotating = max(1, round(size / rng.uniform(2.0, 4.5)))
    kinds = _kinds(scam, config)
    for _ in range(rotating):
        kind = rng.choices(*zip(*kinds.items(), strict=True))[0]
        op.values.append(_value(rng, op, kind, (0.15, 0.5), taken))
    if size >= 3:
        kind = rng.choice(("telegram", HANDLE_KIND.get(home, "telegram"), "phone"))
        anchor = _value(rng, op, kind, (0.8, 1.1), taken)
        op.values.append(anchor)
        op.anchors.append(anchor)
    if config == "lookalike_platforms" and scam == "investment":
        exchange = rng.choice(REAL_EXCHANGES)[0]
        op.stem = rng.choice((exchange, _name(rng, 2, 3), exchange + _name(rng, 1, 1)))
        for _ in range(min(40, max(2, size + rng.randint(0, 6)))):
            v = _fresh(taken, partial(domain_value, rng, op.stem))
            v.start, v.end = _window(rng, op, (0.05, 0.2))
            op.values.append(v)
    return op


def _kinds(scam: str, config: str) -> dict[str, float]:
    if config == "recycled_numbers" and scam in (
        "impersonation.police",
        "advance_fee.loan",
        "job.task",
    ):
        return {"phone": 6, "account": 3, "telegram": 1}
    if scam == "investment":
        return {"wallet": 3, "account": 3, "telegram": 2, "domain": 2, "phone": 1}
    if scam == "impersonation.police":
        return {"phone": 4, "account": 4, "line": 1}
    if scam == "purchase":
        return {"account": 4, "phone": 2, "domain": 1}
    return {"account": 4, "phone": 2, "telegram": 2, "wallet": 1}


def _value(
    rng: random.Random, op: Op, kind: str, share: tuple[float, float], taken: set[str]
) -> Value:
    market = rng.choice(op.markets)
    if kind == "phone":
        cc = market if rng.random() < 0.6 else rng.choice(CREW_BASES)
        v = _fresh(taken, lambda: phone_value(rng, cc))
    elif kind == "account":
        v = _fresh(taken, lambda: account_value(rng, market))
    elif kind == "wallet":
        v = _fresh(taken, lambda: wallet_value(rng))
    elif kind == "domain":
        v = _fresh(taken, lambda: domain_value(rng))
    else:
        hk = kind if kind != "line" else HANDLE_KIND.get(market, "line")
        v = _fresh(taken, lambda: handle_value(rng, hk))
    v.start, v.end = _window(rng, op, share)
    return v


# --------------------------------------------------------------------------- OCR


CONFUSE = {
    "0": "O",
    "O": "0",
    "1": "l",
    "l": "1",
    "I": "1",
    "5": "S",
    "S": "5",
    "8": "B",
    "B": "8",
    "m": "rn",
}
FULL = str.maketrans("0123456789-+", "０１２３４５６７８９－＋")


def ocr(rng: random.Random, written: str, kind: str, lang: str) -> tuple[str, bool]:
    """A screenshot's transcript of ``written``: (text, still recoverable)."""
    r = rng.random()
    if r < 0.22:
        spots = [i for i, ch in enumerate(written) if ch in CONFUSE]
        if spots:
            i = rng.choice(spots)
            return written[:i] + CONFUSE[written[i]] + written[i + 1 :], False
    if r < 0.5:
        if kind in ("phone", "account") and lang in ("ja", "zh", "ko"):
            return written.translate(FULL), True
        if kind == "wallet":
            cut = rng.randint(10, 24)
            return written[:cut] + rng.choice(("\n", " ")) + written[cut:], True
        if kind == "phone":
            return written.replace(" ", "").replace("-", " "), True
    return written, True


# --------------------------------------------------------------------------- reports


@dataclass
class Draft:
    lang: str
    cc: str
    sentences: list[str] = field(default_factory=list)
    messages: list[dict] = field(default_factory=list)
    payments: list[dict] = field(default_factory=list)
    identifiers: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)

    def say(self, kind: str, x: str = "", amt: str = "", what: str = "") -> None:
        self.sentences.append(S[self.lang][kind].format(x=x, amt=amt, what=what))

    def mention(
        self, where: str, written: str, key: str, owner: str, recoverable: bool = True
    ) -> None:
        self.mentions.append(
            {
                "key": key,
                "owner": owner,
                "where": where,
                "written": written,
                "recoverable": recoverable,
            }
        )

    def narrative(self) -> str:
        joiner = "" if self.lang in ("ja", "zh") else " "
        return joiner.join(self.sentences)


def _amount(rng: random.Random, cc: str) -> tuple[int, str]:
    c = COUNTRIES[cc]
    usd = min(200_000, rng.lognormvariate(7.0, 1.3))
    raw = usd * c.per_usd
    step = 10 ** max(0, len(str(int(raw))) - 3)
    amount = max(step, int(raw // step * step))
    return amount, c.currency


SCRIPTS = {"th": ("\u0e00", "\u0e7f"), "ko": ("\uac00", "\ud7af"), "zh": ("\u4e00", "\u9fff")}


def _fits(form: str, lang: str) -> bool:
    """A handle's form written in a script (ไลน์ไอดี, 카카오톡, 微信) only in that language."""
    return all(
        other == lang or not any(lo <= ch <= hi for ch in form)
        for other, (lo, hi) in SCRIPTS.items()
    )


def _written(rng: random.Random, v: Value, cc: str, lang: str) -> str:
    if v.local_forms and v.country == cc and rng.random() < 0.7:
        return rng.choice(v.local_forms)
    forms = [f for f in v.forms if v.kind == "account" or _fits(f, lang)] or v.forms[:1]
    return rng.choice(forms)


@dataclass
class World:
    config: str
    rng: random.Random
    ops: list[Op]
    innocent: dict[str, list[Innocent]]
    recycled: list[dict] = field(default_factory=list)
    handovers: list[dict] = field(default_factory=list)


def _active(op: Op, day: int) -> list[Value]:
    """The crew's values in use on ``day`` (else the nearest one it already held)."""
    held = [v for v in op.values if v.acquired <= day]
    live = [v for v in held if v.start <= day <= v.end]
    if live:
        return live
    return sorted(held, key=lambda v: min(abs(v.start - day), abs(v.end - day)))[:1]


def _use(w: World, d: Draft, v: Value, owner: str, screenshot: bool, place: str) -> None:
    """Write ``v`` into the draft at ``place`` (narrative, message, payment or identifier)."""
    rng = w.rng
    written = _written(rng, v, d.cc, d.lang)
    recoverable = True
    if screenshot and place != "narrative":
        written, recoverable = ocr(rng, written, v.kind, d.lang)
    if place == "payment" and v.kind in ("account", "wallet"):
        amount, currency = _amount(rng, d.cc)
        pay = {"amount": str(amount), "currency": currency, "payee": written}
        if v.kind == "wallet":
            usd = max(50, int(rng.lognormvariate(7.0, 1.2)))
            pay.update(amount=str(usd), currency="USD", rail="crypto_usdt_trc20")
        else:
            pay["rail"] = "domestic_transfer"
            if v.payee_name and rng.random() < 0.7:
                pay["payee_name"] = v.payee_name
        d.payments.append(pay)
        d.mention(f"payments.{len(d.payments) - 1}", written, v.key, owner, recoverable)
        return
    if place == "message" and v.kind in ("phone", "telegram", "line", "kakao", "wechat"):
        channel = {"phone": rng.choice(("sms", "voice", "whatsapp"))}.get(v.kind, v.kind)
        lines = MESSAGES[d.lang]
        text = rng.choice((lines[0], lines[2])).format(x=written)
        d.messages.append(
            {"text": text, "sender": "scammer", "from_id": written, "channel": channel}
        )
        d.mention(f"messages.{len(d.messages) - 1}", written, v.key, owner, recoverable)
        return
    if place == "message":
        d.messages.append({"text": MESSAGES[d.lang][1].format(x=written), "sender": "scammer"})
        d.mention(f"messages.{len(d.messages) - 1}", written, v.key, owner, recoverable)
        return
    if place == "identifier":
        role = {"account": "payee_account", "wallet": "payee_wallet", "domain": "link"}.get(
            v.kind, "contact"
        )
        item = {"value": written, "kind": v.hint, "role": role}
        if rng.random() < 0.3:
            del item["kind"]
        d.identifiers.append(item)
        d.mention(f"identifiers.{len(d.identifiers) - 1}", written, v.key, owner, recoverable)
        return
    sentence = {"account": "pay", "wallet": "wallet", "domain": "site"}.get(v.kind, "contact")
    amount, currency = _amount(rng, d.cc)
    d.say(sentence, x=written, amt=f"{amount:,} {currency}")
    d.mention("narrative", written, v.key, owner)


def _place(rng: random.Random, v: Value) -> str:
    if v.kind in ("account", "wallet"):
        return rng.choices(("payment", "narrative", "identifier", "message"), weights=(6, 3, 1, 1))[
            0
        ]
    if v.kind == "domain":
        return rng.choices(("narrative", "identifier"), weights=(3, 1))[0]
    return rng.choices(("message", "narrative", "identifier"), weights=(4, 4, 2))[0]


def _lang(rng: random.Random, cc: str) -> str:
    langs, weights = zip(*COUNTRIES[cc].languages, strict=True)
    return rng.choices(langs, weights=weights)[0]


def crew_report(w: World, op: Op, day: int, screenshot: bool) -> Draft:
    rng = w.rng
    cc = rng.choice(op.markets)
    d = Draft(_lang(rng, cc), cc)
    if screenshot:
        d.say("screenshot")
    d.say("intro", what=WHAT[d.lang][op.scam])
    live = _active(op, day)
    # the victim pays into an account of their own country when the crew has one there
    live = [v for v in live if v.kind != "account" or v.country == cc] or live
    k = min(len(live), rng.choices((1, 2, 3), weights=(3, 4, 2))[0])
    chosen = rng.sample(live, k)
    if op.anchors and op.anchors[0] not in chosen and rng.random() < 0.35:
        chosen.append(op.anchors[0])
    domains = [v for v in chosen if v.kind == "domain"]
    for v in chosen:
        if v.kind == "domain" and v is not domains[0]:
            written = rng.choice(v.forms)
            d.say("moved", x=written)
            d.mention("narrative", written, v.key, op.id)
            continue
        _use(w, d, v, op.id, screenshot, _place(rng, v))
    return d


def _cite_innocents(w: World, d: Draft, op: Op) -> None:
    rng = w.rng
    pool = w.innocent[d.cc]
    if op.scam == "impersonation.police" and rng.random() < 0.5:
        spoof = rng.choice([i for i in pool if i.sentence == "police"])
        d.messages.append(
            {"text": "…", "sender": "scammer", "from_id": spoof.written, "channel": "voice"}
        )
        d.mention(f"messages.{len(d.messages) - 1}", spoof.written, spoof.key, spoof.owner)
    for _ in range(rng.choices((0, 1, 2), weights=(5, 4, 1))[0]):
        inn = rng.choice(pool)
        d.say(inn.sentence, x=inn.written)
        d.mention("narrative", inn.written, inn.key, inn.owner)
    if any(m["key"].startswith("wallet:") for m in d.mentions) and rng.random() < 0.15:
        d.identifiers.append({"value": USDT_CONTRACT, "kind": "wallet", "role": "mentioned"})
        d.mention(
            f"identifiers.{len(d.identifiers) - 1}",
            USDT_CONTRACT,
            f"wallet:tron:{USDT_CONTRACT}",
            "innocent:usdt",
        )


# --------------------------------------------------------------------------- configurations


def _handovers(w: World) -> None:
    """Small crews retire and hand 1-3 values to a crew active after them."""
    rng = w.rng
    largest = max(3, sum(o.size for o in w.ops) // 100)  # buyers stay mid-sized
    dealt: set[str] = set()  # each crew sells or buys once
    for seller in w.ops:
        if not (1 <= seller.size <= 4) or seller.id in dealt or rng.random() > 0.3:
            continue
        day = seller.end
        buyers = [
            o
            for o in w.ops
            if o is not seller
            and o.id not in dealt
            and o.start < day + 30 < o.end - 20
            and 2 <= o.size <= largest
        ]
        if not buyers:
            continue
        buyer = rng.choice(buyers)
        dealt.update((seller.id, buyer.id))
        live = [
            v
            for v in seller.values
            if v.end >= day - 40
            and v.acquired < 0
            and v.kind in ("account", "telegram", "phone", "domain", "line", "wallet")
        ]
        for v in rng.sample(live, min(len(live), rng.randint(1, 3))):
            v.end = min(v.end, day)
            sold = Value(
                v.key, v.kind, v.forms, v.hint, v.payee_name, 0, 0, v.country, v.local_forms
            )
            sold.start = day + rng.randint(3, 30)
            sold.end = min(buyer.end, sold.start + rng.randint(30, 120))
            sold.acquired = sold.start
            buyer.values.append(sold)
            w.handovers.append(
                {"key": v.key, "seller": seller.id, "buyer": buyer.id, "day": sold.start}
            )


def _recycle(w: World) -> None:
    rng = w.rng
    n = 0
    for op in w.ops:
        for v in op.values:
            if (
                v.kind != "phone"
                or v.country not in COUNTRIES
                or v in op.anchors
                or v.end > DAYS - 60
                or rng.random() > 0.55
            ):
                continue
            n += 1
            w.recycled.append(
                {
                    "key": v.key,
                    "value": v,
                    "crew": op.id,
                    "day": v.end + rng.randint(20, 120),
                    "owner": f"innocent:subscriber:{n}",
                }
            )


def write_report(w: World, op: Op, day: int) -> Draft:
    rng = w.rng
    screenshot = w.config == "ocr_screenshots" and rng.random() < 0.5
    d = crew_report(w, op, day, screenshot)
    if w.config == "double_hit" and op.size >= 2 and rng.random() < 0.3:
        others = [o for o in w.ops if o is not op and o.size >= 2 and o.start <= day <= o.end]
        if others:
            other = rng.choice(others)
            live = _active(other, day)
            v = rng.choice(live)
            written = _written(rng, v, d.cc, d.lang)
            d.say("second", x=written)
            d.mention("narrative", written, v.key, other.id)
            if len(live) > 1 and rng.random() < 0.5:
                _use(
                    w, d, rng.choice([x for x in live if x is not v]), other.id, False, "identifier"
                )
    if w.config == "recycled_numbers":
        gone = [r for r in w.recycled if r["day"] < day and r["crew"] != op.id]
        if gone and rng.random() < 0.2:
            r = rng.choice(gone)
            v: Value = r["value"]
            written = _written(rng, v, d.cc, d.lang)
            d.say("callback", x=written)
            d.mention("narrative", written, v.key, r["owner"])
            if rng.random() < 0.3:
                d.identifiers.append({"value": written, "kind": "phone", "role": "mentioned"})
                d.mention(f"identifiers.{len(d.identifiers) - 1}", written, v.key, r["owner"])
    if w.config == "lookalike_platforms" and op.stem and rng.random() < 0.25:
        for name, site in REAL_EXCHANGES:
            if op.stem.startswith(name):
                d.say("real_brand", x=site)
                d.mention("narrative", site, f"domain:{site}", f"innocent:exchange:{name}")
    _cite_innocents(w, d, op)
    return d


def complaint(w: World, r: dict) -> tuple[Draft, int]:
    """The recycled number's new subscriber complains (a report of no crew)."""
    rng = w.rng
    v: Value = r["value"]
    cc = v.country
    d = Draft(_lang(rng, cc), cc)
    written = _written(rng, v, cc, d.lang)
    d.say("victim_of_number", x=written)
    d.mention("narrative", written, v.key, r["owner"])
    return d, rng.randint(r["day"] + 1, min(DAYS - 1, r["day"] + 60))


def build(config: str, seed: int, n_reports: int) -> tuple[list[dict], list[dict], dict]:
    """The world: (reports, truth rows, world summary), reports in order of receipt."""
    if config not in CONFIGS:
        raise ValueError(f"unknown configuration {config!r}; one of {', '.join(CONFIGS)}")
    rng = random.Random(f"world9:{config}:{seed}")
    w = World(config, rng, [], innocents(rng))
    taken = {i.key for rows in w.innocent.values() for i in rows}
    n_complaints = n_reports // 60 if config == "recycled_numbers" else 0
    w.ops = [
        make_op(rng, i, s, config, taken)
        for i, s in enumerate(sizes(rng, n_reports - n_complaints))
    ]
    if config == "handover":
        _handovers(w)
    if config == "recycled_numbers":
        _recycle(w)
    drafts: list[tuple[int, Draft, str, str | None]] = []
    for op in w.ops:
        for _ in range(op.size):
            day = rng.randint(op.start, op.end)
            drafts.append((day, write_report(w, op, day), op.id, op.scam))
    reachable = [r for r in w.recycled if r["day"] < DAYS - 6]
    complainers = rng.sample(reachable, min(len(reachable), n_complaints))
    for i, r in enumerate(complainers):
        d, day = complaint(w, r)
        drafts.append((day, d, f"complaint{i:04d}", None))
    while len(drafts) < n_reports:  # too few recycled numbers: one-off crews fill up
        op = make_op(rng, len(w.ops), 1, config, taken)
        w.ops.append(op)
        drafts.append((op.start, write_report(w, op, op.start), op.id, op.scam))
    drafts.sort(key=lambda x: x[0])
    reports, truth = [], []
    for i, (day, d, owner, scam) in enumerate(drafts):
        report, row = _finish(rng, i, day, d, owner, scam, config)
        reports.append(report)
        truth.append(row)
    order = sorted(range(len(reports)), key=lambda i: reports[i]["received_at"])
    reports = [reports[i] for i in order]
    truth = [truth[i] for i in order]
    world = {
        "config": config,
        "seed": seed,
        "reports": len(reports),
        "operations": [
            {
                "id": o.id,
                "scam": o.scam,
                "markets": list(o.markets),
                "size": o.size,
                "start": o.start,
                "end": o.end,
            }
            for o in w.ops
        ]
        + [
            {"id": f"complaint{i:04d}", "scam": None, "markets": [], "size": 1}
            for i in range(len(complainers))
        ],
        "handovers": w.handovers,
        "recycled": [{k: v for k, v in r.items() if k != "value"} for r in w.recycled],
    }
    return reports, truth, world


def _finish(
    rng: random.Random, i: int, day: int, d: Draft, owner: str, scam: str | None, config: str
) -> tuple[dict, dict]:
    c = COUNTRIES[d.cc]
    tz = timedelta(hours=c.tz)
    occurred = EPOCH + timedelta(days=day, minutes=rng.randint(0, 1439))
    received = occurred + timedelta(
        days=rng.choice((0, 0, 1, 2, 5, 14)), minutes=rng.randint(0, 600)
    )
    external = f"{d.cc}-{occurred.year}-{i:06d}"
    report: dict = {
        "external_id": external,
        "received_at": received.astimezone(timezone(tz)).isoformat(timespec="seconds"),
        "occurred_at": occurred.astimezone(timezone(tz)).isoformat(timespec="seconds"),
        "victim_country": d.cc,
        "language": d.lang,
        "narrative": d.narrative(),
    }
    if scam:
        report["channel"] = CHANNEL[scam]
        report["scam_type"] = scam
    if d.messages:
        report["messages"] = d.messages
    if d.payments:
        report["payments"] = d.payments
        loss = sum(int(p["amount"]) for p in d.payments if p["currency"] == c.currency)
        if loss:
            report["loss"] = {"amount": str(loss), "currency": c.currency}
    if d.identifiers:
        report["identifiers"] = d.identifiers
    report["tlp"] = rng.choice(("amber", "amber", "green", "amber+strict"))
    row = {
        "external_id": external,
        "operation": owner,
        "config": config,
        "day": day,
        "second_operation": next(
            (m["owner"] for m in d.mentions if m["owner"].startswith("op") and m["owner"] != owner),
            None,
        ),
        "screenshot": report["narrative"].startswith(S[d.lang]["screenshot"]),
        "complaint": owner.startswith("complaint"),
        "mentions": d.mentions,
    }
    return report, row


def write_world(config: str, seed: int, n_reports: int, out_dir: Path) -> Path:
    """Write reports.jsonl, truth.jsonl and world.json under ``out_dir``; return it."""
    reports, truth, world = build(config, seed, n_reports)
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "reports.jsonl").open("w", encoding="utf-8") as fh:
        for r in reports:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (out_dir / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    (out_dir / "world.json").write_text(
        json.dumps(world, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return out_dir
