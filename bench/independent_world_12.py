"""The twelfth independent world: a held-out yardstick for tipoff's report linking.

Written BLIND to the linker by world12 on 2026-12-07. Files read while writing it (UTC):
- 09:30 /work/notes/common.md (rules)
- 09:30 bench/world_cli.py (the shared harness: what write_world must write)
- 09:30 bench/bench_independent_world_11.py (the 50-line wrapper, copied in shape)
- 09:30 docs/intake.md (the intake record format, its analysis table and its file section)
- 09:30 bench/bench_independent_world_3.py lines 30-101 (load_truth, labels, ceiling_labels)
- 09:30 bench/bench_independent_world_2.py lines 40-110 (pair_scores, ceiling_labels: the truth
  fields ``operation`` and ``mentions`` [{key, owner, recoverable}] the ceiling reads)
- 09:31 /work/shared/docs/domain.md sections 1.1 (labels, facets) and 5.1-5.3 (identifiers,
  warninglists, laundering markets)
- 09:36 tipoff.intake.schema.ReportIn (named in docs/intake.md) called as a black box to check
  that every record is valid intake input; its source was not read
Nothing under src/tipoff/link, src/tipoff/indicators, src/tipoff/intake, src/tipoff/simulate,
no other world generator or phrase file, and no output of tipoff on this world was read.

Five configurations, each a structure none of the earlier worlds used:

- ``exchange_crews``: pig-butchering crews that share one fake exchange platform per "vendor"
  (its domains and its customer-service handle belong to the vendor, not to any crew); each
  crew has its own groomers (WhatsApp, Telegram, LINE) and its own rotating deposit wallets and
  mule accounts; several crews buy USDT through one OTC desk.
- ``ticket_resale``: concert-ticket resellers in fan groups, mostly small crews and one-off
  sellers; personas rotate, payees are local accounts and e-wallets; several crews push the
  same fake "escrow" site; victims name the real ticketing platforms.
- ``gateway_stores``: fake online stores whose domains rotate every few orders and whose money
  lands in virtual accounts that rotate by use; many crews go through one payment aggregator
  (its domain and hotline are shared); victims name the real marketplaces.
- ``subsidy_smish``: government subsidy / tax-refund smishing with lookalike domains that
  rotate fast and SIM-farm sender numbers that burn after a few texts; cash-out accounts per
  crew; two bulk-SMS services send for several crews; victims name the real agency's site and
  hotline and their bank's hotline.
- ``wrong_transfer``: "accidental transfer" scams: a crew's mule sends money to the victim, a
  caller demands it back to another account; victims cite their own account (the one that got
  the money) and their bank's line; several crews launder through one money changer.

Hard cases in every configuration: innocent common values (police lines, bank hotlines, real
platforms, government sites, the victim's own account), values written imperfectly (spacing,
dashes, full-width digits, numbers without +, national forms, upper case, defanged links) and
unrecoverably (a typo, masked or elided digits, a shortened wallet, a truncated link), crews
of very different sizes (heavy tail with one-off reports), rotation by use and in time,
several scammers per crew, and shared services between crews that are none of the crews' own.

Truth (truth.jsonl, one line per report in reports.jsonl order): ``external_id``,
``operation`` (the crew), ``config`` and ``mentions``: every value in the report with its
``key`` (the identifier, canonical), ``kind``, ``owner`` (the operation that controls it;
``svc:...`` a shared service, ``innocent`` a common value, ``victim`` the victim's own) and
``recoverable`` (written so that the value can be read back exactly). world.json: the
configuration, seed, counts, and every operation's size.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from world12_phrases import PHRASES

CONFIGS = ("exchange_crews", "ticket_resale", "gateway_stores", "subsidy_smish", "wrong_transfer")

# --------------------------------------------------------------------------- countries

# language -> [(country, weight)]
LANG_COUNTRIES = {
    "en": [("US", 3), ("GB", 2), ("AU", 2), ("SG", 2), ("PH", 1)],
    "ja": [("JP", 1)],
    "zh": [("CN", 3), ("TW", 2), ("MY", 1), ("SG", 1)],
    "ko": [("KR", 1)],
    "th": [("TH", 1)],
    "vi": [("VN", 1)],
    "id": [("ID", 1)],
    "tl": [("PH", 1)],
}
CONFIG_LANGS = {
    "exchange_crews": {"en": 4, "ja": 3, "zh": 3, "ko": 2, "th": 1, "vi": 1, "id": 1, "tl": 1},
    "ticket_resale": {"en": 2, "ja": 2, "zh": 1, "ko": 2, "th": 3, "vi": 1, "id": 2, "tl": 3},
    "gateway_stores": {"en": 3, "ja": 1, "zh": 1, "ko": 1, "th": 2, "vi": 3, "id": 3, "tl": 2},
    "subsidy_smish": {"en": 2, "ja": 2, "zh": 1, "ko": 2, "th": 3, "vi": 2, "id": 2, "tl": 3},
    "wrong_transfer": {"en": 1, "ja": 1, "zh": 3, "ko": 2, "th": 2, "vi": 3, "id": 3, "tl": 2},
}
CURRENCY = {
    "US": "USD", "GB": "GBP", "AU": "AUD", "SG": "SGD", "PH": "PHP", "JP": "JPY", "CN": "CNY",
    "TW": "TWD", "MY": "MYR", "KR": "KRW", "TH": "THB", "VN": "VND", "ID": "IDR",
}  # fmt: skip
# typical loss of one payment in the currency
SCALE = {
    "USD": 800, "GBP": 600, "AUD": 1200, "SGD": 1000, "PHP": 20000, "JPY": 150000,
    "CNY": 6000, "TWD": 25000, "MYR": 3000, "KRW": 1000000, "THB": 25000, "VND": 20000000,
    "IDR": 8000000,
}  # fmt: skip
# country -> (calling code, mobile prefixes of the national number, national length, trunk 0)
PHONES = {
    "US": ("1", ["213", "415", "646", "702", "917"], 10, False),
    "GB": ("44", ["7400", "7700", "7911", "7520"], 10, True),
    "AU": ("61", ["412", "423", "455", "478"], 9, True),
    "SG": ("65", ["8", "9"], 8, False),
    "PH": ("63", ["917", "918", "927", "945", "966"], 10, True),
    "JP": ("81", ["80", "90", "70"], 10, True),
    "CN": ("86", ["138", "139", "150", "186", "177"], 11, False),
    "TW": ("886", ["912", "928", "955", "978"], 9, True),
    "MY": ("60", ["12", "16", "17", "11"], 9, True),
    "KR": ("82", ["10"], 10, True),
    "TH": ("66", ["81", "82", "89", "96", "63"], 9, True),
    "VN": ("84", ["90", "91", "93", "97", "38"], 9, True),
    "ID": ("62", ["812", "813", "821", "857", "878"], 11, True),
    "KH": ("855", ["12", "15", "96", "88"], 8, True),
    "MM": ("95", ["97", "96"], 10, True),
    "LA": ("856", ["20"], 10, True),
}
BANKS = {
    "US": (["Chase", "Bank of America", "Wells Fargo", "Citibank"], 10),
    "GB": (["Barclays", "HSBC UK", "Lloyds", "Monzo"], 8),
    "AU": (["CBA", "Westpac", "NAB", "ANZ"], 9),
    "SG": (["DBS", "OCBC", "UOB", "POSB"], 10),
    "PH": (["BDO", "BPI", "Metrobank", "UnionBank"], 12),
    "JP": (["三井住友銀行", "みずほ銀行", "ゆうちょ銀行", "楽天銀行", "PayPay銀行"], 7),
    "CN": (["工商银行", "建设银行", "农业银行", "招商银行"], 19),
    "TW": (["台灣銀行", "國泰世華", "中國信託", "玉山銀行"], 12),
    "MY": (["Maybank", "CIMB", "Public Bank", "RHB"], 12),
    "KR": (["국민은행", "신한은행", "우리은행", "카카오뱅크"], 12),
    "TH": (["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย"], 10),
    "VN": (["Vietcombank", "Techcombank", "MB Bank", "BIDV"], 12),
    "ID": (["BCA", "BRI", "Mandiri", "BNI"], 10),
}
NAMES = {
    "US": ["John Miller", "Kevin Brooks", "Amanda Reyes", "Tyler Grant"],
    "GB": ["Daniel Shaw", "Chloe Patel", "Ryan Cole", "Megan Price"],
    "AU": ["Liam Walsh", "Sophie Nguyen", "Jack Tran", "Emily Ross"],
    "SG": ["Tan Wei Ming", "Lim Hui Min", "Muhammad Faiz", "Ng Kok Leong"],
    "PH": ["Juan Dela Cruz", "Mark Santos", "Maria Reyes", "Jerome Bautista"],
    "JP": ["ヤマダ タロウ", "サトウ ケンジ", "カ）ミライトレード", "スズキ ユウト"],
    "CN": ["王伟", "李娜", "张强", "刘洋"],
    "TW": ["陳怡君", "林志明", "黃建宏", "張雅婷"],
    "MY": ["Ahmad Zaki", "Lee Chong Wei", "Nur Aisyah", "Tan Ah Kow"],
    "KR": ["김민수", "이지은", "박준호", "최유나"],
    "TH": ["นายสมชาย ใจดี", "นางสาวสุดา แก้วมณี", "นายประเสริฐ ทองคำ", "นายวิชัย ศรีสุข"],
    "VN": ["NGUYEN VAN HUNG", "TRAN THI LAN", "LE MINH TUAN", "PHAM THI HOA"],
    "ID": ["Budi Santoso", "Siti Rahma", "Agus Pratama", "Dewi Lestari"],
}
# (organisation, hotline) the victim turned to: police, then the banks' lines.
POLICE = {
    "US": [("FBI IC3", "1-800-225-5324")], "GB": [("Action Fraud", "0300 123 2040")],
    "AU": [("ReportCyber", "1300 292 371")], "SG": [("ScamShield", "1799"), ("Police", "999")],
    "PH": [("PNP ACG", "(02) 8723-0401"), ("CICC", "1326")],
    "JP": [("警察相談専用電話", "#9110"), ("警察", "110")],
    "CN": [("反诈中心", "96110"), ("公安", "110")], "TW": [("165反詐騙", "165")],
    "MY": [("NSRC", "997")], "KR": [("경찰", "112"), ("금융감독원", "1332")],
    "TH": [("ศูนย์ AOC", "1441"), ("ตำรวจไซเบอร์", "1599")], "VN": [("Công an", "113")],
    "ID": [("Polisi", "110")],
}  # fmt: skip
BANK_LINES = {
    "US": [("Chase", "1-800-935-9935")], "GB": [("Barclays", "0345 734 5345")],
    "AU": [("CBA", "13 22 21")], "SG": [("DBS", "1800 111 1111"), ("OCBC", "1800 363 3333")],
    "PH": [("BDO", "(02) 8631-8000"), ("BPI", "(02) 889-10000")],
    "JP": [("三井住友銀行", "0120-56-3143")], "CN": [("工商银行", "95588"), ("建设银行", "95533")],
    "TW": [("國泰世華", "(02)2383-1000")], "MY": [("Maybank", "1300 88 6688")],
    "KR": [("국민은행", "1588-9999"), ("신한은행", "1599-8000")],
    "TH": [("กสิกรไทย", "02-888-8888"), ("ไทยพาณิชย์", "02-777-7777")],
    "VN": [("Vietcombank", "1900 545413")], "ID": [("BCA", "1500888"), ("BRI", "14017")],
}  # fmt: skip
REAL_PLATFORMS = {
    "exchange_crews": ["binance.com", "coinbase.com", "okx.com", "bybit.com"],
    "ticket_resale": ["ticketmaster.com", "thaiticketmajor.com", "interpark.com", "eplus.jp",
                      "ticketnet.com.ph", "tiket.com"],
    "gateway_stores": ["shopee.co.th", "lazada.com.ph", "tokopedia.com", "amazon.co.jp",
                       "taobao.com", "coupang.com", "facebook.com"],
    "subsidy_smish": ["rd.go.th", "nta.go.jp", "hometax.go.kr", "gov.uk", "ato.gov.au",
                      "irs.gov", "dswd.gov.ph", "djp.go.id", "gdt.gov.vn", "iras.gov.sg"],
    "wrong_transfer": ["gcash.com", "kakaobank.com", "momo.vn", "dana.id", "truemoney.com"],
}  # fmt: skip
BRANDS = {
    "exchange_crews": ["CoinVexa", "Bitmaxo Pro", "ZenithFX", "OKEXtra", "Goldwin Global",
                       "Nexora Exchange", "AurumBit", "KoinTrade", "Vantrix", "StellarX"],
    "ticket_resale": ["BLACKPINK World Tour", "Coldplay Music of the Spheres", "IU H.E.R.",
                      "Bruno Mars Live", "Eras Tour", "SEVENTEEN Follow", "Ed Sheeran +-=÷x"],
    "gateway_stores": ["Lumi Home", "UrbanKick", "MegaSale Outlet", "Nordic Deals",
                       "StyleHub", "GadgetZone", "Bella Shoes", "Kitchen Pro"],
    "subsidy_smish": ["2026 Energy Rebate", "tax refund", "Digital Wallet 10000",
                      "家計支援給付金", "민생회복 지원금", "Bansos PKH", "AKAP ayuda",
                      "hoàn thuế TNCN"],
    "wrong_transfer": ["QuickLoan", "FastCash", "DanaKilat", "VayNhanh", "CashMe"],
}  # fmt: skip
# the subsidy or refund a smishing text names, by the victim's language
SUBSIDIES = {
    "en": ["2026 Energy Rebate", "tax refund", "Cost of Living Payment"],
    "ja": ["家計支援給付金", "定額減税の還付金"],
    "zh": ["个税退税", "消费补贴"],
    "ko": ["민생회복 지원금", "근로장려금"],
    "th": ["เงินดิจิทัล 10000", "คืนภาษี"],
    "vi": ["hoàn thuế TNCN", "hỗ trợ tiền điện"],
    "id": ["Bansos PKH", "BLT BBM"],
    "tl": ["AKAP", "4Ps cash aid"],
}
SCAM_TYPE = {
    "exchange_crews": "investment",
    "ticket_resale": "purchase",
    "gateway_stores": "purchase",
    "subsidy_smish": "phishing",
    "wrong_transfer": "impersonation",
}
CHANNEL = {
    "exchange_crews": ["social_dm", "dating_app", "sms", "messaging_app"],
    "ticket_resale": ["social_dm", "messaging_app"],
    "gateway_stores": ["social_ad", "search_ad"],
    "subsidy_smish": ["sms"],
    "wrong_transfer": ["voice", "sms"],
}

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
SYL = ["ka", "ri", "mo", "zen", "lu", "ta", "vi", "ne", "so", "ba", "xi", "ro", "mi", "da", "ko"]
TLDS = ["com", "net", "top", "vip", "xyz", "cc", "shop", "online", "site", "info"]
WORDS = ["pro", "global", "asia", "trade", "official", "help", "center", "app", "live", "go"]
START = datetime(2026, 1, 5, tzinfo=UTC)
SPAN_DAYS = 320


def b58encode(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def tron_address(rng: random.Random) -> str:
    payload = b"\x41" + bytes(rng.getrandbits(8) for _ in range(20))
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + check)


FULLWIDTH = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


# --------------------------------------------------------------------------- identifiers


@dataclass
class Ident:
    """One identifier: its canonical key, its kind, its owner and what it needs to be written."""

    key: str
    kind: str  # phone, whatsapp, telegram, line, email, url, account, wallet
    owner: str
    data: dict = field(default_factory=dict)


class Maker:
    """Draws fresh identifiers, never the same twice in one world."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()

    def _fresh(self, make) -> tuple:
        while True:
            out = make()
            if out[0] not in self.seen:
                self.seen.add(out[0])
                return out

    def phone(self, owner: str, country: str, kind: str = "phone") -> Ident:
        cc, prefixes, length, trunk = PHONES[country]

        def make():
            p = self.rng.choice(prefixes)
            nsn = p + "".join(self.rng.choice("0123456789") for _ in range(length - len(p)))
            return (f"phone:+{cc}{nsn}", nsn)

        key, nsn = self._fresh(make)
        return Ident(key, kind, owner, {"cc": cc, "nsn": nsn, "trunk": trunk, "country": country})

    def handle(self, owner: str, kind: str) -> Ident:
        rng = self.rng

        def make():
            base = "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3)))
            tail = rng.choice(["", "_", "."]) if kind == "line" else rng.choice(["", "_"])
            name = (
                base
                + tail
                + rng.choice(["vip", "cs", "88", "666", "bro", str(rng.randint(10, 9999))])
            )
            if kind == "telegram":
                name = name.replace(".", "_")
                if len(name) < 5:
                    name += "_cs"
            return (f"{kind}:{name.lower()}", name)

        key, name = self._fresh(make)
        return Ident(key, kind, owner, {"name": name})

    def email(self, owner: str) -> Ident:
        rng = self.rng

        def make():
            user = "".join(rng.choice(SYL) for _ in range(2)) + str(rng.randint(1, 999))
            dom = rng.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.com"])
            return (f"email:{user}@{dom}", f"{user}@{dom}")

        key, addr = self._fresh(make)
        return Ident(key, "email", owner, {"addr": addr})

    def domain(self, owner: str, stem: str | None = None, tld: str | None = None) -> Ident:
        rng = self.rng

        def make():
            s = stem or "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3)))
            d = f"{s}-{rng.choice(WORDS)}{rng.randint(1, 99) if rng.random() < 0.4 else ''}"
            return (f"domain:{d}.{tld or rng.choice(TLDS)}".lower(), "")

        key, _ = self._fresh(make)
        return Ident(key, "url", owner, {"domain": key.split(":", 1)[1]})

    def account(self, owner: str, country: str) -> Ident:
        banks, length = BANKS[country]
        rng = self.rng
        bank = rng.choice(banks)

        def make():
            lead = "62" if country == "CN" else rng.choice("123456789")
            digits = lead + "".join(rng.choice("0123456789") for _ in range(length - len(lead)))
            return (f"account:{digits}", digits)

        key, digits = self._fresh(make)
        name = rng.choice(NAMES[country])
        return Ident(key, "account", owner, {"bank": bank, "digits": digits, "holder": name})

    def wallet(self, owner: str) -> Ident:
        def make():
            addr = tron_address(self.rng)
            return (f"wallet:{addr}", addr)

        key, addr = self._fresh(make)
        return Ident(key, "wallet", owner, {"addr": addr})


# --------------------------------------------------------------------------- writing values


def write_value(ident: Ident, rng: random.Random, victim_country: str, bad: bool) -> str:
    """The value as a victim writes it; ``bad`` writes it unrecoverably."""
    d = ident.data
    if ident.kind in ("phone", "whatsapp"):
        cc, nsn = d["cc"], d["nsn"]
        if bad:
            if rng.random() < 0.5:
                return f"+{cc} {nsn[:-3]}xxx"
            i = rng.randrange(2, len(nsn))
            typo = nsn[:i] + str((int(nsn[i]) + 1) % 10) + nsn[i + 1 :]
            return f"+{cc} {typo}"
        local = d["country"] == victim_country
        r = rng.random()
        if local and d["trunk"] and r < 0.35:
            n = "0" + nsn
            out = f"{n[:3]}-{n[3:6]}-{n[6:]}" if rng.random() < 0.5 else n
        elif local and not d["trunk"] and r < 0.35:
            out = nsn
        elif r < 0.55:
            out = f"{cc}{nsn}"  # without the +
        elif r < 0.8:
            out = f"+{cc} {nsn[:2]} {nsn[2:5]} {nsn[5:]}"
        else:
            out = f"+{cc}{nsn}"
        if ident.kind == "whatsapp" and rng.random() < 0.4:
            out = f"wa.me/{cc}{nsn}"
        if rng.random() < 0.08:
            out = out.translate(FULLWIDTH)
        return out
    if ident.kind in ("telegram", "line"):
        name = d["name"]
        if bad:
            return name[:-2] + "…"
        r = rng.random()
        if ident.kind == "telegram":
            if r < 0.45:
                return "@" + name
            if r < 0.7:
                return f"t.me/{name}"
            return "@" + name.upper() if r < 0.8 else "@" + name
        if r < 0.6:
            return name
        return f"line.me/ti/p/~{name}" if r < 0.85 else name.upper()
    if ident.kind == "email":
        addr = d["addr"]
        if bad:
            return addr.split("@")[0][:3] + "***@" + addr.split("@")[1]
        return addr.upper() if rng.random() < 0.1 else addr
    if ident.kind == "url":
        dom = d["domain"]
        if bad:
            return f"https://{dom[: max(4, len(dom) // 2)]}…"
        r = rng.random()
        if r < 0.3:
            return dom
        if r < 0.5:
            return f"https://www.{dom}/"
        if r < 0.85:
            path = rng.choice(
                ["login", "m/#/home", "order?id=" + str(rng.randint(1000, 99999)), "verify"]
            )
            return f"https://{dom}/{path}"
        return dom.replace(".", "[.]", 1)
    if ident.kind == "account":
        digits = d["digits"]
        if bad:
            return (
                "*" * (len(digits) - 4) + digits[-4:] if rng.random() < 0.6 else digits[:-3] + "..."
            )
        r = rng.random()
        if r < 0.55:
            out = digits
        elif r < 0.8:
            out = "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))
        else:
            out = " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))
        if rng.random() < 0.06:
            out = out.translate(FULLWIDTH)
        return out
    if ident.kind == "wallet":
        addr = d["addr"]
        if bad:
            return f"{addr[:6]}...{addr[-4:]}"
        return addr
    raise ValueError(ident.kind)


# --------------------------------------------------------------------------- rotation


class Pool:
    """Identifiers used in turn: ``live`` at a time, each retired after a number of uses."""

    def __init__(self, make, live: int, uses: tuple[int, int], rng: random.Random) -> None:
        self.make, self.rng, self.uses = make, rng, uses
        self.live: list[list] = [[make(), rng.randint(*uses)] for _ in range(live)]

    def draw(self) -> Ident:
        slot = self.rng.choice(self.live)
        slot[1] -= 1
        ident = slot[0]
        if slot[1] <= 0:
            slot[0], slot[1] = self.make(), self.rng.randint(*self.uses)
        return ident


@dataclass
class Scammer:
    contacts: list[tuple[Pool, float]]  # pool, chance the report names it
    weight: float


@dataclass
class Op:
    name: str
    size: int
    home: str  # the crew's base country for phones
    payer: str  # where most of its victims and its mule accounts are
    scammers: list[Scammer]
    payees: Pool | None
    wallets: Pool | None
    sites: Pool | None
    services: list[Ident]
    vendor: list[Ident]
    brand: str
    langs: list[str]
    start: datetime
    days: int


# --------------------------------------------------------------------------- the world


def op_sizes(rng: random.Random, n: int, config: str) -> list[int]:
    """Heavy-tailed crew sizes summing to n: one-offs, small crews and a few large ones."""
    one_off, alpha, scale, cap = {
        "exchange_crews": (0.12, 1.15, 6, 0.10),
        "ticket_resale": (0.40, 1.6, 2, 0.05),
        "gateway_stores": (0.20, 1.25, 4, 0.12),
        "subsidy_smish": (0.15, 1.1, 5, 0.15),
        "wrong_transfer": (0.30, 1.4, 3, 0.08),
    }[config]
    sizes: list[int] = []
    while sum(sizes) < n:
        if rng.random() < one_off:
            sizes.append(1)
        else:
            top = int(cap * n * rng.uniform(0.6, 1.0))
            sizes.append(min(top, int(scale * rng.paretovariate(alpha)) + 1))
    sizes[-1] -= sum(sizes) - n
    return [s for s in sizes if s > 0]


def home_country(rng: random.Random, langs: list[str]) -> str:
    if rng.random() < 0.5:
        return rng.choice(["KH", "MM", "LA", "PH", "TH", "VN"])
    return pick_country(rng, rng.choice(langs))


def pick_country(rng: random.Random, lang: str) -> str:
    countries, weights = zip(*LANG_COUNTRIES[lang], strict=True)
    return rng.choices(countries, weights)[0]


def build_ops(config: str, rng: random.Random, n: int, mk: Maker) -> list[Op]:
    lang_w = CONFIG_LANGS[config]
    all_langs = list(lang_w)
    sizes = op_sizes(rng, n, config)
    # shared services, each used by several crews: none of them is a crew's own
    services: list[list[Ident]] = []
    vendors: list[list[Ident]] = []
    for i in range(max(2, len(sizes) // 25)):
        svc = f"svc:{config}-{i}"
        if config == "exchange_crews":
            # a platform vendor: its domains and its customer service; OTC desks
            if i < max(2, len(sizes) // 40):
                vendors.append(
                    [
                        mk.domain(f"svc:{config}-platform{i}"),
                        mk.domain(f"svc:{config}-platform{i}"),
                        mk.handle(f"svc:{config}-platform{i}", "telegram"),
                    ]
                )
            services.append([mk.handle(svc, "telegram"), mk.wallet(svc)])
        elif config == "ticket_resale":
            services.append([mk.domain(svc, stem="safe-ticket-escrow")])
        elif config == "gateway_stores":
            services.append([mk.domain(svc, stem="paylink" + str(i)), mk.phone(svc, "SG")])
        elif config == "subsidy_smish":
            services.append([mk.phone(svc, rng.choice(["KH", "PH", "VN"]))])
        else:
            c = rng.choice(["TH", "VN", "ID", "PH", "CN"])
            services.append([mk.account(svc, c), mk.handle(svc, "telegram")])
    ops: list[Op] = []
    for k, size in enumerate(sizes):
        name = f"{config}-op{k:04d}"
        langs = rng.choices(all_langs, [lang_w[x] for x in all_langs], k=2 if size > 20 else 1)
        home = home_country(rng, langs)
        payer = pick_country(rng, langs[0])
        # several scammers per crew, as many as the crew's size allows
        n_scam = 1 if size < 4 else min(8, 1 + int(rng.paretovariate(1.2)) + size // 60)
        scammers = []
        for s in range(n_scam):
            contacts: list[tuple[Pool, float]] = []
            if config == "exchange_crews":
                chat = rng.choice(["whatsapp", "telegram", "line"])
                if chat == "whatsapp":
                    pool = Pool(lambda h=home, n=name: mk.phone(n, h, "whatsapp"), 1, (6, 25), rng)
                else:
                    pool = Pool(lambda c=chat, n=name: mk.handle(n, c), 1, (8, 40), rng)
                contacts = [(pool, 0.9), (Pool(lambda n=name: mk.email(n), 1, (10, 40), rng), 0.1)]
            elif config == "ticket_resale":
                contacts = [
                    (
                        Pool(
                            lambda n=name: mk.handle(n, rng.choice(["telegram", "line"])),
                            1,
                            (3, 10),
                            rng,
                        ),
                        0.7,
                    ),
                    (Pool(lambda p=payer, n=name: mk.phone(n, p), 1, (3, 12), rng), 0.5),
                ]
            elif config == "gateway_stores":
                contacts = [
                    (Pool(lambda p=payer, n=name: mk.phone(n, p, "whatsapp"), 1, (5, 20), rng), 0.5)
                ]
            elif config == "subsidy_smish":
                # SIM-farm senders burn after a few texts; a caller follows up sometimes
                contacts = [
                    (Pool(lambda p=payer, n=name: mk.phone(n, p), 3, (2, 6), rng), 0.8),
                    (Pool(lambda h=home, n=name: mk.phone(n, h), 1, (6, 20), rng), 0.25),
                ]
            else:
                contacts = [
                    (Pool(lambda p=payer, n=name: mk.phone(n, p), 1, (4, 15), rng), 0.85),
                    (Pool(lambda n=name: mk.handle(n, "telegram"), 1, (5, 20), rng), 0.2),
                ]
            scammers.append(Scammer(contacts, 1.0 / (s + 1)))
        payees = wallets = sites = None
        if config == "exchange_crews":
            wallets = Pool(lambda n=name: mk.wallet(n), 2, (3, 12), rng)
            payees = Pool(lambda p=payer, n=name: mk.account(n, p), 1, (2, 8), rng)
        elif config == "ticket_resale":
            payees = Pool(lambda p=payer, n=name: mk.account(n, p), 1, (3, 10), rng)
        elif config == "gateway_stores":
            payees = Pool(lambda p=payer, n=name: mk.account(n, p), 2, (3, 10), rng)
            sites = Pool(lambda n=name: mk.domain(n), 1, (4, 14), rng)
        elif config == "subsidy_smish":
            stem = rng.choice(["gov-refund", "tax-rebate", "subsidy", "ayuda", "bansos", "kyufu"])
            sites = Pool(lambda s=stem, n=name: mk.domain(n, stem=s), 2, (3, 9), rng)
            payees = Pool(lambda p=payer, n=name: mk.account(n, p), 1, (4, 15), rng)
        else:
            # the mule that sends the "mistaken" money and the account it must go back to
            payees = Pool(lambda p=payer, n=name: mk.account(n, p), 2, (3, 10), rng)
        shared = rng.choice(services) if rng.random() < 0.6 else []
        vendor = rng.choice(vendors) if vendors else []
        days = max(3, min(SPAN_DAYS, int(size * rng.uniform(1.5, 6))))
        start = START + timedelta(days=rng.randint(0, max(0, SPAN_DAYS - days)))
        brand = rng.choice(BRANDS[config])
        ops.append(
            Op(
                name,
                size,
                home,
                payer,
                scammers,
                payees,
                wallets,
                sites,
                shared,
                vendor,
                brand,
                langs,
                start,
                days,
            )
        )
    return ops


@dataclass
class Draft:
    """One report being written: its sentences, messages, payments, identifiers and truth."""

    lang: str
    country: str
    rng: random.Random
    sentences: list[str] = field(default_factory=list)
    messages: list[dict] = field(default_factory=list)
    payments: list[dict] = field(default_factory=list)
    identifiers: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)

    def mention(self, ident: Ident, bad_rate: float = 0.08) -> str:
        bad = self.rng.random() < bad_rate
        text = write_value(ident, self.rng, self.country, bad)
        self.mentions.append(
            {
                "key": ident.key,
                "kind": ident.kind,
                "owner": ident.owner,
                "recoverable": not bad,
                "written": text,
            }
        )
        return text

    def innocent(self, key: str, kind: str, text: str, owner: str = "innocent") -> str:
        self.mentions.append(
            {"key": key, "kind": kind, "owner": owner, "recoverable": True, "written": text}
        )
        return text

    def say(self, slot: str, sub: str | None = None, **values: str) -> None:
        table = PHRASES[self.lang][slot]
        options = table[sub] if sub else table
        self.sentences.append(self.rng.choice(options).format(**values))


def money(rng: random.Random, country: str) -> tuple[str, str]:
    cur = CURRENCY[country]
    amount = SCALE[cur] * rng.lognormvariate(0, 0.9)
    digits = 0 if SCALE[cur] >= 10000 else 2
    rounded = round(amount, -2 if digits == 0 else 0)
    return (f"{max(rounded, 1):.0f}", cur)


def write_report(
    config: str, op: Op, rng: random.Random, mk: Maker, when: datetime, ext: str
) -> tuple[dict, dict]:
    lang = rng.choice(op.langs)
    country = pick_country(rng, lang)
    if lang == op.langs[0] and rng.random() < 0.8:
        country = op.payer
    d = Draft(lang, country, rng)
    brand = rng.choice(SUBSIDIES[lang]) if config == "subsidy_smish" else op.brand
    d.say("open", config, brand=brand)
    scammer = rng.choices(op.scammers, [s.weight for s in op.scammers])[0]
    named: list[Ident] = []
    for pool, chance in scammer.contacts:
        if rng.random() < chance:
            named.append(pool.draw())
    if not named:
        named.append(scammer.contacts[0][0].draw())
    if len(op.scammers) > 1 and rng.random() < 0.15:
        # a second member of the crew: the "manager", the "assistant", the "agent"
        other = rng.choice([s for s in op.scammers if s is not scammer])
        named.append(other.contacts[0][0].draw())
    channel = rng.choice(CHANNEL[config])
    msg_channel = {
        "phone": "sms",
        "whatsapp": "whatsapp",
        "telegram": "telegram",
        "line": "line",
        "email": "email",
    }
    for ident in named:
        if rng.random() < 0.35 and ident.kind != "email":
            # a scammer message with the contact as its sender id
            from_id = d.mention(ident, 0.04)
            ch = (
                "voice"
                if config == "wrong_transfer" and ident.kind == "phone" and rng.random() < 0.5
                else msg_channel[ident.kind]
            )
            text = " ".join(rng.choice(PHRASES[lang]["msg"][config]).format(v="").split())
            d.messages.append(
                {"text": text, "sender": "scammer", "from_id": from_id, "channel": ch}
            )
        else:
            d.say("contact", ident.kind, v=d.mention(ident))
    # the crew's site
    if op.sites is not None and rng.random() < 0.85:
        site = op.sites.draw()
        if rng.random() < 0.5:
            text = rng.choice(PHRASES[lang]["msg"][config]).format(v=d.mention(site))
            from_id = d.mention(named[0], 0.04) if named[0].kind != "email" else None
            msg = {
                "text": text,
                "sender": "scammer",
                "channel": msg_channel.get(named[0].kind, "sms"),
            }
            if from_id:
                msg["from_id"] = from_id
            d.messages.append(msg)
        else:
            d.say("contact", "url", v=d.mention(site))
    # shared services: the platform vendor's domains are the platform itself
    if op.vendor and rng.random() < 0.8:
        d.say("contact", "url", v=d.mention(rng.choice(op.vendor[:2]), 0.03))
        if rng.random() < 0.3:
            d.say("contact", "telegram", v=d.mention(op.vendor[2], 0.03))
    svc = op.services
    if svc and rng.random() < 0.7:
        s = rng.choice(svc)
        if s.kind == "account" and rng.random() < 0.5:
            amt, cur = money(rng, country)
            d.payments.append(
                {
                    "amount": amt,
                    "currency": cur,
                    "rail": "domestic_transfer",
                    "payee": f"{s.data['bank']} {d.mention(s, 0.02)}",
                    "payee_name": s.data["holder"],
                }
            )
            d.say("service", config, v=s.data["bank"] + " " + d.mentions[-1]["written"])
        elif s.kind == "wallet":
            d.say("service", config, v=d.mention(s, 0.02))
        else:
            d.say("service", config, v=d.mention(s, 0.02))
    # payments to the crew
    total = 0.0
    cur = CURRENCY[country]
    n_pay = rng.choices([0, 1, 2, 3, 4], [0.06, 0.5, 0.24, 0.12, 0.08])[0]
    if config == "wrong_transfer":
        # the mule that sent the money in, named by the victim as the sender
        incoming = op.payees.draw() if op.payees else None
        if incoming is not None and rng.random() < 0.6:
            d.say(
                "incoming",
                bank=incoming.data["bank"],
                v=d.mention(incoming),
                name=incoming.data["holder"],
            )
    for _ in range(n_pay):
        amt, cur = money(rng, country)
        total += float(amt)
        if op.wallets is not None and rng.random() < 0.6:
            w = op.wallets.draw()
            text = d.mention(w)
            d.payments.append(
                {"amount": amt, "currency": cur, "rail": "crypto_usdt_trc20", "payee": text}
            )
            if rng.random() < 0.4:
                d.say("pay_wallet", amt=f"{amt} {cur}", v=text)
        elif op.payees is not None:
            a = op.payees.draw()
            text = d.mention(a)
            d.payments.append(
                {
                    "amount": amt,
                    "currency": cur,
                    "rail": "domestic_transfer",
                    "payee": f"{a.data['bank']} {text}",
                    "payee_name": a.data["holder"],
                }
            )
            if rng.random() < 0.4:
                d.say(
                    "pay_account",
                    amt=f"{amt} {cur}",
                    bank=a.data["bank"],
                    v=text,
                    name=a.data["holder"],
                )
    # innocent values
    if rng.random() < 0.3:
        org, line = rng.choice(POLICE[country])
        d.say("police", org=org, v=d.innocent(f"hotline:{country}:{line}", "phone", line))
    if rng.random() < 0.25:
        org, line = rng.choice(BANK_LINES[country])
        d.say("bankline", org=org, v=d.innocent(f"hotline:{country}:{line}", "phone", line))
    own_p = 0.7 if config == "wrong_transfer" else 0.15
    if rng.random() < own_p:
        banks, length = BANKS[country]
        own = "".join(rng.choice("0123456789") for _ in range(length))
        d.say(
            "own",
            v=d.innocent(f"account:{own}", "account", f"{rng.choice(banks)} {own}", owner="victim"),
        )
    if rng.random() < 0.3:
        real = rng.choice(REAL_PLATFORMS[config])
        d.say("platform", v=d.innocent(f"domain:{real}", "url", real))
    if rng.random() < 0.5:
        d.say("close")
    # the reporter's own list of values, sometimes
    if rng.random() < 0.25:
        for m in d.mentions:
            if (
                m["owner"] == op.name
                and m["kind"] in ("telegram", "line", "phone", "whatsapp")
                and rng.random() < 0.7
            ):
                hint = {
                    "phone": "phone",
                    "whatsapp": "whatsapp",
                    "telegram": "telegram",
                    "line": "line",
                }[m["kind"]]
                d.identifiers.append({"value": m["written"], "kind": hint, "role": "contact"})
    if lang in ("ja", "zh"):
        d.sentences = [x if x[-1] in "。！？" else x + "。" for x in d.sentences]
    joiner = "" if lang in ("ja", "zh") else " "
    occurred = when
    received = min(
        when + timedelta(days=rng.randint(0, 20), hours=rng.randint(0, 23)),
        datetime(2026, 12, 1, tzinfo=UTC),
    )
    loss_cur = d.payments[0]["currency"] if d.payments else cur
    loss = sum(float(p["amount"]) for p in d.payments if p["currency"] == loss_cur)
    report: dict = {
        "external_id": ext,
        "received_at": received.isoformat(),
        "occurred_at": occurred.isoformat(),
        "victim_country": country,
        "language": lang,
        "channel": channel,
        "narrative": joiner.join(d.sentences),
        "scam_type": SCAM_TYPE[config],
    }
    if d.messages:
        report["messages"] = d.messages
    if d.payments:
        report["payments"] = d.payments
        report["loss"] = {"amount": f"{loss:.0f}", "currency": loss_cur}
    if d.identifiers:
        report["identifiers"] = d.identifiers
    if rng.random() < 0.35:
        # the victim's own details: never a crew's value
        own = mk.phone("victim", country)
        d.mentions.append(
            {
                "key": own.key,
                "kind": "phone",
                "owner": "victim",
                "recoverable": True,
                "written": write_value(own, rng, country, False),
            }
        )
        report["victim"] = {
            "phone": d.mentions[-1]["written"],
            "age_band": rng.choice(["20-29", "30-39", "40-49", "50-59", "60-69", "70+"]),
            "keep": ["age_band"],
        }
    truth = {"external_id": ext, "operation": op.name, "config": config, "mentions": d.mentions}
    return report, truth


def write_world(config: str, seed: int, reports: int, out_dir: Path) -> Path:
    """Write reports.jsonl, truth.jsonl and world.json for one configuration and seed."""
    if config not in CONFIGS:
        raise ValueError(f"unknown configuration {config!r}; one of {', '.join(CONFIGS)}")
    rng = random.Random(f"world12:{config}:{seed}")
    mk = Maker(rng)
    ops = build_ops(config, rng, reports, mk)
    planned: list[tuple[datetime, Op, int]] = []
    for op in ops:
        for i in range(op.size):
            when = op.start + timedelta(minutes=rng.randint(0, op.days * 24 * 60))
            planned.append((when, op, i))
    # each crew's reports in time order, so rotation follows time
    planned.sort(key=lambda t: (t[0], t[1].name))
    order = list(range(len(planned)))
    rng.shuffle(order)  # the file's order: not the crews' order
    rows: list[tuple[dict, dict] | None] = [None] * len(planned)
    for n, (when, op, _i) in enumerate(planned):
        ext = f"W12-{config[:3].upper()}-{seed}-{order[n]:06d}"
        rows[order[n]] = write_report(config, op, rng, mk, when, ext)
    out_dir.mkdir(parents=True, exist_ok=True)
    with (
        (out_dir / "reports.jsonl").open("w", encoding="utf-8") as rf,
        (out_dir / "truth.jsonl").open("w", encoding="utf-8") as tf,
    ):
        for row in rows:
            assert row is not None
            rf.write(json.dumps(row[0], ensure_ascii=False) + "\n")
            tf.write(json.dumps(row[1], ensure_ascii=False) + "\n")
    world = {
        "world": 12,
        "config": config,
        "seed": seed,
        "reports": len(rows),
        "operations": len(ops),
        "sizes": {op.name: op.size for op in ops},
        "shared_services": sorted({s.owner for op in ops for s in op.services}),
    }
    (out_dir / "world.json").write_text(
        json.dumps(world, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    return out_dir
