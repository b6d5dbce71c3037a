"""A sixth independent synthetic world of scam operations, for measuring report linking.

EVALUATION DATA: never tune tipoff to it (its phrases, spellings, numbers, sizes, shares); fix
the general behaviour and report the figure as a held-out check.

Author: the "world6" engineer session of 2026-12-06; generator and phrase banks
(bench/world6_phrases.py) written 16:26-16:34 UTC. Written BLIND to the linker: its author did
not open src/tipoff/link/, src/tipoff/indicators/, src/tipoff/simulate/,
src/tipoff/evaluation/, src/tipoff/assess/, docs/networks.md, docs/link-evaluation.md,
docs/indicators.md, docs/benchmarks.md, tests/link, tests/indicators, or the generators and
phrase banks of the other independent worlds, except the header docstrings of
bench/independent_world_4.py (lines 25-90) and bench/independent_world_5.py (lines 1-90), read
to see which structures they already model. What was read, with times (UTC):

- 16:25 /work/notes/common.md and /work/notes/issue-12.md (the issue text);
- 16:25 bench/world_cli.py, bench/bench_independent_world_5.py and
  tests/evaluation/test_world5.py in full;
- 16:25 src/tipoff/intake/schema.py in full (field and enum names, value limits); the Role
  enum of src/tipoff/model.py (lines 28-44);
- 16:25 bench/independent_world_5.py lines 1-90, bench/independent_world_4.py lines 25-90;
- 16:25 in bench/bench_independent_world_3.py lines 32-88 (imports, ceiling_labels,
  load_truth, labels) and in bench/bench_independent_world_2.py lines 48-95 and 341-342
  (Scores, pair_scores, ceiling_labels, fmt);
- 16:26 /work/shared/docs/domain.md section 0 and section 1.3 D-F (task, mule, trafficking
  lure); the section titles of section 1. docs/identifiers.md was not read.

Its author ran no tipoff linking (ingest or relink) on this world and has seen no linking
figure for it; only ``--ceiling-only`` and the format checks were run.

What it models (structures the headers of worlds 4 and 5 do not list). One operation (a
report's truth label) controls its own contacts, sites, wallets and accounts; services used
by several operations, and values anyone may mention, are nobody's operation:

- ``compound``: one scam COMPOUND running romance, task and investment desks at once. Each
  desk has many parallel personas (LINE / Telegram / WeChat / KakaoTalk / Zalo / WhatsApp,
  each retired after about ten victims) and its own platform domain (rotating by time); the
  BACK OFFICE is shared by all desks: payee accounts in each victim country (about eight
  victims each, then rotated), USDT wallets and a customer-service Telegram. Some reports are
  filed by an NGO on behalf of a TRAFFICKED WORKER of the compound: they name the recruiters'
  Telegram handles and the compound's job-ad domains (the compound's), sometimes the personas
  the worker was made to run and the desk's platform, and the NGO's and an embassy's lines.
- ``p2p``: crews that make victims buy USDT first: from P2P MERCHANTS on exchanges (the
  merchant's bank account receives from victims of many crews: a service, ``svc:p2p:<n>``,
  nobody's operation), or at a CRYPTO ATM (the ATM operator's site, support line and the hot
  wallet the ATM sends from are innocent; the address the victim scanned is the crew's).
- ``brand``: impersonation of (invented) real brands: parcel carriers, banks, telcos, toll
  roads. Victims quote the brand's REAL hotline and domain (innocent); the crew's lookalike
  domains live a few days, SMS senders and call-back numbers rotate, mule accounts take about
  six victims. A quarter of its reports are BANK-FILED: structured payee fields and an amount
  only, no narrative, no language.
- ``mule_buyer``: crews that BUY mule accounts on a mule market. Decision: an account sold on
  from one crew to another is a SHARED SERVICE (``svc:mule:<n>``) for its whole life, not any
  crew's; the crews also keep a few accounts of their own (theirs), and their contacts and
  sites link them.
- ``solo``: lone scammers and tiny crews (one persona, one account or wallet): the heavy
  tail's one-off reports.

Configurations (each a mixture): ``compound`` (a few huge compounds), ``p2p_otc`` (P2P
merchants and crypto ATMs dominate), ``brand_spoof`` (brand impersonation with bank-filed
reports), ``mule_market`` (resold mule accounts) and ``long_tail`` (hundreds of tiny crews,
heavier noise).

In every configuration: heavy-tailed crew sizes (Pareto) with one-off reports; rotation by
time and by use with short overlaps; duplicates (the same victim again, maybe in another
language, with fewer details) and second-hand reports (a relative); innocent shared values
that no list holds (invented police and anti-fraud hotlines and sites, bank and telco lines,
exchange hot wallets, ATM operators, NGO and embassy lines); victims QUOTE values of other
operations from warning posts (owned by that operation, mentioned, not paid); values in
free text, in payments, in identifiers (kind hints sometimes missing or wrong) and in
messages' ``from_id``; values split across fields (bank in ``payee_name``, digits in
``payee``), a phone number broken by a line break, numbers without ``+``, national numbers,
full-width, Thai, Khmer and Myanmar digits, transliterated app names (ライン, 카톡, 电报, vx),
defanged links (all recoverable); and unrecoverable mentions (a digit typo, a truncated
wallet or account, a misspelt domain or handle, a Cyrillic homoglyph in a handle), marked
``recoverable: false`` in the truth. Twelve languages: ja, zh-Hans, zh-Hant, ko, th, vi,
id, km, tl, en, ms, my.

Owners in the truth: the operation's id (``op0042``), ``svc:<kind>:<n>`` for services used
by several operations (P2P merchants, the mule market), ``innocent:<what>`` for values anyone
may mention, and ``victim`` for the reporter's own phone. Files: reports.jsonl (intake
format), truth.jsonl (per report: external_id, operation, structure, config, country,
language, duplicate_of, second_hand, bank_filed, mentions [{key, kind, owner, recoverable,
where, written}]), world.json.

Ceiling (union-find on each operation's own recoverable values), 3000 reports, measured
16:33 UTC with ``python bench/bench_independent_world_6.py --ceiling-only`` (ARI / precision /
recall): compound 0.99/1.00/0.98 (seed 1), 0.99/1.00/0.99 (seed 2); p2p_otc 0.99/1.00/0.98,
1.00/1.00/0.99; brand_spoof 0.97/1.00/0.95, 0.96/1.00/0.93; mule_market 0.98/1.00/0.96,
0.98/1.00/0.96; long_tail 0.98/1.00/0.96, 0.99/1.00/0.97. Writing one 3000-report world takes
under a second.

Run alone: ``python bench/independent_world_6.py --config compound --seed 1 --reports 3000
--out DIR``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from world6_phrases import (
    APP_WORDS,
    DIGITS_SPOKEN,
    KHMER_DIGITS,
    MYANMAR_DIGITS,
    NGO_OPEN,
    OPEN,
    SECOND,
    SLOT,
    THAI_DIGITS,
)

# config -> share of reports per structure, Pareto shape, largest crew, noise rate
CONFIGS: dict[str, dict] = {
    "compound": {
        "mix": {"compound": 0.6, "p2p": 0.12, "brand": 0.1, "solo": 0.18},
        "alpha": 1.1,
        "noise": 0.08,
    },
    "p2p_otc": {
        "mix": {"p2p": 0.55, "compound": 0.2, "solo": 0.25},
        "alpha": 1.3,
        "noise": 0.08,
    },
    "brand_spoof": {
        "mix": {"brand": 0.6, "mule_buyer": 0.15, "solo": 0.25},
        "alpha": 1.3,
        "noise": 0.08,
    },
    "mule_market": {
        "mix": {"mule_buyer": 0.55, "brand": 0.15, "compound": 0.1, "solo": 0.2},
        "alpha": 1.3,
        "noise": 0.08,
    },
    "long_tail": {
        "mix": {"solo": 0.45, "p2p": 0.2, "mule_buyer": 0.15, "compound": 0.2},
        "alpha": 1.6,
        "noise": 0.12,
    },
}

# country: languages, phone country code, mobile prefixes, digits after prefix, trunk
# prefix, currency, USD rate, banks, account digits
COUNTRIES: dict[str, tuple] = {
    "JP": (
        ("ja",),
        "81",
        ("70", "80", "90"),
        8,
        "0",
        "JPY",
        150,
        ("三井住友銀行", "みずほ銀行", "ゆうちょ銀行", "楽天銀行", "PayPay銀行"),
        7,
    ),
    "CN": (
        ("zh-Hans",),
        "86",
        ("135", "158", "177", "186", "199"),
        8,
        "",
        "CNY",
        7,
        ("中国工商银行", "中国建设银行", "招商银行", "中国农业银行"),
        19,
    ),
    "TW": (
        ("zh-Hant",),
        "886",
        ("9",),
        8,
        "0",
        "TWD",
        32,
        ("中國信託", "國泰世華", "台新銀行"),
        14,
    ),
    "HK": (
        ("zh-Hant", "en"),
        "852",
        ("5", "6", "9"),
        7,
        "",
        "HKD",
        8,
        ("HSBC", "中銀香港", "恒生銀行"),
        12,
    ),
    "KR": (
        ("ko",),
        "82",
        ("10",),
        8,
        "0",
        "KRW",
        1350,
        ("국민은행", "신한은행", "우리은행", "카카오뱅크", "새마을금고"),
        13,
    ),
    "TH": (
        ("th",),
        "66",
        ("6", "8", "9"),
        8,
        "0",
        "THB",
        35,
        ("กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย"),
        10,
    ),
    "VN": (
        ("vi",),
        "84",
        ("9", "3", "8"),
        8,
        "0",
        "VND",
        25000,
        ("Vietcombank", "Techcombank", "MB Bank", "VPBank", "VIB"),
        12,
    ),
    "ID": (
        ("id",),
        "62",
        ("81", "82", "85"),
        9,
        "0",
        "IDR",
        16000,
        ("BCA", "BRI", "Mandiri", "BNI"),
        10,
    ),
    "KH": (
        ("km", "en"),
        "855",
        ("10", "12", "17", "96"),
        6,
        "0",
        "USD",
        1,
        ("ABA Bank", "ACLEDA", "Wing Bank"),
        9,
    ),
    "PH": (("tl", "en"), "63", ("9",), 9, "0", "PHP", 56, ("BDO", "BPI", "Metrobank", "GCash"), 12),
    "SG": (("en", "zh-Hans"), "65", ("8", "9"), 7, "", "SGD", 1.35, ("DBS", "OCBC", "UOB"), 10),
    "MY": (
        ("ms", "en", "zh-Hans"),
        "60",
        ("1",),
        9,
        "0",
        "MYR",
        4.5,
        ("Maybank", "CIMB", "Public Bank"),
        12,
    ),
    "US": (
        ("en",),
        "1",
        ("302", "415", "646", "929", "716", "503"),
        7,
        "",
        "USD",
        1,
        ("Chase", "Wells Fargo", "Citibank"),
        11,
    ),
    "AU": (("en", "vi", "zh-Hans"), "61", ("4",), 8, "0", "AUD", 1.5, ("CBA", "Westpac", "ANZ"), 9),
    "MM": (("my",), "95", ("9",), 8, "0", "MMK", 2100, ("KBZ Bank", "AYA Bank", "CB Bank"), 16),
}
COUNTRY_LIST = tuple(COUNTRIES)
APPS_BY_LANG = {
    "ja": ("line", "line", "telegram"),
    "zh-Hans": ("wechat", "wechat", "telegram"),
    "zh-Hant": ("line", "telegram", "wechat"),
    "ko": ("kakao", "kakao", "telegram"),
    "th": ("line", "line", "telegram"),
    "vi": ("zalo", "telegram", "zalo"),
    "id": ("whatsapp", "telegram", "whatsapp"),
    "km": ("telegram", "telegram", "whatsapp"),
    "tl": ("whatsapp", "telegram", "whatsapp"),
    "en": ("whatsapp", "telegram", "whatsapp"),
    "ms": ("whatsapp", "telegram", "wechat"),
    "my": ("telegram", "whatsapp", "telegram"),
}
TLDS = ("top", "vip", "cc", "xyz", "shop", "icu", "club", "online", "app", "net", "com", "site")
SYL = (
    "ka",
    "ri",
    "mo",
    "su",
    "ten",
    "lo",
    "vi",
    "na",
    "zen",
    "qi",
    "bo",
    "ra",
    "yu",
    "hai",
    "do",
    "mi",
    "ko",
    "sa",
    "lu",
    "xin",
    "fa",
    "te",
    "po",
    "jin",
    "ma",
    "ne",
    "ro",
    "wa",
)
DESK_WORDS = {
    "romance": ("love", "sweet", "heart", "dear"),
    "task": ("task", "rating", "boost", "order"),
    "invest": ("coin", "trade", "fx", "vault", "capital"),
    "job": ("career", "jobs", "recruit", "hiring"),
}
BRANDS = (
    ("Kirin Express", "JP", "parcel", "kirin-ex.co.jp", "0120-817-330"),
    ("Sakura Card", "JP", "card", "sakuracard.jp", "0570-064-112"),
    ("Hanbit Bank", "KR", "bank", "hanbitbank.co.kr", "1588-3902"),
    ("SiamPost Plus", "TH", "parcel", "siampostplus.co.th", "1467"),
    ("TollGo", "SG", "toll", "tollgo.com.sg", "+65 6321 4470"),
    ("PostaKilat", "ID", "parcel", "postakilat.co.id", "1500-271"),
    ("VinaTel", "VN", "telco", "vinatel.com.vn", "1800 6123"),
    ("Pacifica Bank", "PH", "bank", "pacificabank.com.ph", "(02) 8631-8000"),
    ("Lucky Mart", "TW", "shop", "luckymart.com.tw", "0800-212-661"),
    ("Harbour Telecom", "HK", "telco", "harbourtel.com.hk", "+852 2883 1010"),
    ("Southern Cross Post", "AU", "parcel", "scpost.com.au", "13 72 19"),
    ("Malaya Pos", "MY", "parcel", "malayapos.com.my", "1-300-30-8181"),
)
INNOCENT_SITES = {
    "JP": ("keisatsu-soudan.go.jp", "#9110 相談窓口"),
    "CN": ("fanzha-zhongxin.gov.cn", "96110"),
    "TW": ("165-fangzha.gov.tw", "165"),
    "HK": ("antiscam-centre.gov.hk", "18222"),
    "KR": ("sagi-singo.go.kr", "112"),
    "TH": ("thaicyber-report.go.th", "1441"),
    "VN": ("canhbao-luadao.gov.vn", "113"),
    "ID": ("aduan-penipuan.go.id", "110"),
    "KH": ("cyber-police.gov.kh", "117"),
    "PH": ("cyberreport.gov.ph", "1326"),
    "SG": ("scamhelp.gov.sg", "1799"),
    "MY": ("semak-mule.gov.my", "997"),
    "US": ("fraudreport.gov", "1-877-382-4357"),
    "AU": ("scamreport.gov.au", "1300 292 371"),
    "MM": ("cybercrime.gov.mm", "199"),
}
ATM_OPS = (
    ("CoinBox ATM", "coinbox-atm.com"),
    ("BitDepot", "bitdepot.io"),
    ("Satoshi Corner", "satoshicorner.net"),
)
EXCHANGES = ("Bitlumen", "Kaizen Exchange", "OKBit", "Huobix")
NGOS = (("Freedom Path Foundation", "+66 2 000 4117"), ("Blue Harbour Rescue", "+855 23 900 711"))
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
START = datetime(2025, 3, 1, tzinfo=UTC)
DAYS = 560


def b58encode(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def tron_address(rng: random.Random) -> str:
    body = b"\x41" + bytes(rng.randrange(256) for _ in range(20))
    check = hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4]
    return b58encode(body + check)


def eth_address(rng: random.Random) -> str:
    return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))


class World:
    """One world being written: the registry of values (key -> owner) and the reports."""

    def __init__(self, config: str, seed: int, n_reports: int) -> None:
        self.config = config
        self.conf = CONFIGS[config]
        self.rng = random.Random(f"world6:{config}:{seed}")
        self.n = n_reports
        self.owner_of: dict[str, str] = {}
        self.values: dict[tuple, dict] = {}  # (owner, channel, country, index) -> value
        self.reports: list[dict] = []
        self.truth: list[dict] = []
        self.ops: list[dict] = []
        self.own_values: dict[str, list[dict]] = {}
        self.uses: dict[tuple, int] = {}
        self.innocent = self._innocent()
        self.p2p = self._services("p2p", 14)
        self.mules = self._services("mule", 60)

    # ------------------------------------------------------------------ values
    def _register(self, value: dict, owner: str) -> dict | None:
        if value["key"] in self.owner_of:
            return None
        self.owner_of[value["key"]] = owner
        value["owner"] = owner
        return value

    def new_value(self, kind: str, owner: str, cc: str, hint: str = "") -> dict:
        rng = self.rng
        while True:
            if kind == "phone":
                v = self._phone(cc)
            elif kind in APP_WORDS and kind != "whatsapp":
                name = "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3)))
                name += rng.choice(("", "_", ".")) + str(rng.randint(10, 9999))
                if kind == "wechat":
                    name = "wxid_" + name.replace(".", "") if rng.random() < 0.3 else name
                v = {"kind": kind, "key": f"{kind}:{name.lower()}", "name": name}
            elif kind == "whatsapp":
                v = self._phone(cc)
                v["kind"] = "whatsapp"
                v["key"] = "phone:" + v["e164"]
            elif kind == "domain":
                words = DESK_WORDS.get(hint, ("secure", "verify", "pay"))
                name = rng.choice(words) + "".join(rng.choice(SYL) for _ in range(2))
                if hint.startswith("brand:"):
                    base = hint.split(":", 1)[1]
                    name = base + "-" + rng.choice(("verify", "redeliver", "secure", "update"))
                    name += "".join(rng.choice(SYL) for _ in range(1))
                name += str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
                host = f"{name}.{rng.choice(TLDS)}"
                v = {"kind": "domain", "key": f"domain:{host}", "host": host}
            elif kind == "account":
                info = COUNTRIES[cc]
                bank = rng.choice(info[7])
                digits = "".join(rng.choice("0123456789") for _ in range(info[8]))
                digits = str(rng.randint(1, 9)) + digits[1:]
                v = {"kind": "account", "key": f"account:{cc}:{bank}:{digits}", "bank": bank}
                v |= {"digits": digits, "cc": cc, "holder": self._holder(cc)}
            elif kind == "wallet":
                addr = tron_address(rng) if rng.random() < 0.8 else eth_address(rng)
                v = {"kind": "wallet", "key": f"wallet:{addr}", "addr": addr}
            else:
                raise ValueError(kind)
            got = self._register(v, owner)
            if got is not None:
                return got

    def _phone(self, cc: str) -> dict:
        info = COUNTRIES[cc]
        prefix = self.rng.choice(info[2])
        rest = "".join(self.rng.choice("0123456789") for _ in range(info[3]))
        nsn = prefix + rest
        return {
            "kind": "phone",
            "key": f"phone:+{info[1]}{nsn}",
            "e164": f"+{info[1]}{nsn}",
            "cc": cc,
            "nsn": nsn,
        }

    def _holder(self, cc: str) -> str:
        names = {
            "JP": ("ヤマダ タロウ", "サトウ ユキ", "カ) ミライトレード"),
            "CN": ("张伟", "李娜", "王强"),
            "TW": ("陳怡君", "林志明"),
            "KR": ("김민수", "이지은", "(주)한빛무역"),
            "TH": ("นาย สมชาย ใจดี", "นางสาว สุดา แสงทอง"),
            "VN": ("NGUYEN VAN AN", "TRAN THI MAI"),
            "ID": ("BUDI SANTOSO", "SITI RAHAYU", "PT MAJU JAYA"),
        }.get(cc, ("J SANTOS", "LEE MEI LING", "A RAHMAN", "GOLDEN BRIDGE TRADING"))
        return self.rng.choice(names)

    def _services(self, what: str, n: int) -> dict[str, list[dict]]:
        """Service values per country (P2P merchants' and mule-market accounts)."""
        out: dict[str, list[dict]] = {}
        for cc in COUNTRY_LIST:
            out[cc] = [
                self.new_value("account", f"svc:{what}:{cc.lower()}{i % max(2, n // 4)}", cc)
                for i in range(n if what == "mule" else max(3, n // 3))
            ]
        return out

    def _innocent(self) -> dict[str, list[dict]]:
        """Values anyone may mention, per country ('*' for all): none of them on any list."""
        out: dict[str, list[dict]] = {"*": []}

        def add(cc: str, what: str, kind: str, key: str, written: str) -> None:
            value = {"kind": kind, "key": key, "written": written}
            if self._register(value, f"innocent:{what}") is not None:
                out.setdefault(cc, []).append(value)

        for cc, (site, line) in INNOCENT_SITES.items():
            add(cc, f"police-site:{cc}", "domain", f"domain:{site}", site)
            add(cc, f"police-line:{cc}", "phone", f"phone:{cc}:{line}", line)
            bank = COUNTRIES[cc][7][0]
            num = "+" + COUNTRIES[cc][1] + " " + str(1000000 + hash_int(cc) % 8999999)
            add(cc, f"bank-line:{cc}", "phone", f"phone:{num.replace(' ', '')}", f"{bank} {num}")
            telco = "+" + COUNTRIES[cc][1] + " " + str(2000000 + hash_int(cc + "t") % 7999999)
            add(cc, f"telco:{cc}", "phone", f"phone:{telco.replace(' ', '')}", telco)
        for name, cc, _, dom, line in BRANDS:
            add(cc, f"brand-site:{name}", "domain", f"domain:{dom}", dom)
            add(cc, f"brand-line:{name}", "phone", f"phone:{cc}:{line}", f"{name} {line}")
        r = random.Random("world6-innocent")
        for ex in EXCHANGES:
            addr = tron_address(r)
            add("*", f"exchange:{ex}", "wallet", f"wallet:{addr}", f"{ex} {addr}")
        for op, site in ATM_OPS:
            add("*", f"atm-site:{op}", "domain", f"domain:{site}", f"{op} {site}")
            addr = eth_address(r)
            add("*", f"atm-wallet:{op}", "wallet", f"wallet:{addr}", addr)
        for ngo, line in NGOS:
            add("*", f"ngo:{ngo}", "phone", "phone:" + line.replace(" ", ""), f"{ngo} {line}")
        return out

    def pooled(
        self,
        owner: str,
        channel: str,
        kind: str,
        cc: str,
        k: int,
        per: int,
        parallel: int = 1,
        hint: str = "",
    ) -> list[dict]:
        """The value(s) of a rotating pool for its next use (``k`` 0: always the first value):
        ``parallel`` values live at once, each serves about ``per`` reports, then the next
        generation takes over; just after a change a report may carry the old one too."""
        use = self.uses.get((owner, channel, cc), 0) if k else 0
        self.uses[(owner, channel, cc)] = use + 1
        gen = use // (per * parallel)
        idx = [gen * parallel + self.rng.randrange(parallel)]
        if gen and use % (per * parallel) < max(1, -(-per // 3)) and self.rng.random() < 0.7:
            idx.append((gen - 1) * parallel + self.rng.randrange(parallel))
        out = []
        for i in idx:
            slot = (owner, channel, cc, i)
            if slot not in self.values:
                self.values[slot] = self.new_value(kind, owner, cc, hint)
                self.own_values.setdefault(owner, []).append(self.values[slot])
            out.append(self.values[slot])
        return out

    # ------------------------------------------------------------------ operations
    def plan(self) -> None:
        rng = self.rng
        total = 0
        quotas = {s: round(w * self.n) for s, w in self.conf["mix"].items()}
        quotas[next(iter(quotas))] += self.n - sum(quotas.values())
        for structure, quota in quotas.items():
            left = quota
            while left > 0:
                if structure == "solo":
                    size = min(left, 1 if rng.random() < 0.6 else rng.randint(2, 5))
                else:
                    lo = {"compound": 40, "p2p": 6, "brand": 6, "mule_buyer": 5}[structure]
                    size = int(lo * rng.paretovariate(self.conf["alpha"]))
                    size = min(left, max(1, size), 1500 if structure == "compound" else 400)
                    if left - size < lo // 2:
                        size = left
                oid = f"op{len(self.ops):04d}"
                home = rng.choice(COUNTRY_LIST)
                spread = 1 if structure in ("solo", "brand") else rng.choice((1, 2, 3, 4))
                countries = [home, *rng.sample(COUNTRY_LIST, spread - 1)]
                if structure == "brand":
                    brand = rng.choice(BRANDS)
                    countries = [brand[1]]
                else:
                    brand = None
                start = rng.randrange(DAYS - 30)
                span = min(DAYS - start, max(7, int(size * rng.uniform(0.3, 1.5))))
                self.ops.append(
                    {
                        "id": oid,
                        "structure": structure,
                        "size": size,
                        "countries": countries,
                        "brand": brand[0] if brand else None,
                        "start": start,
                        "span": span,
                    }
                )
                left -= size
                total += size

    def write_all(self) -> None:
        jobs = []
        for op in self.ops:
            for k in range(op["size"]):
                day = op["start"] + op["span"] * k / max(1, op["size"])
                jobs.append((day, op, k))
        per_op_done: dict[str, list[int]] = {}
        for _day, op, k in sorted(jobs, key=lambda j: (j[0], j[1]["id"], j[2])):
            self.report(op, k, _day, per_op_done.setdefault(op["id"], []))

    # ------------------------------------------------------------------ one report
    def report(self, op: dict, k: int, day: float, done: list[int]) -> None:
        rng = self.rng
        oid, structure = op["id"], op["structure"]
        cc = rng.choice(op["countries"])
        info = COUNTRIES[cc]
        lang = rng.choice(info[0])
        items: list[tuple[str, dict]] = []  # (slot, value)
        story = "invest"
        bank_filed = ngo = False
        if structure == "compound":
            story = rng.choices(("romance", "task", "invest", "job"), (3, 3, 3, 1))[0]
            if story == "job":
                ngo = True
                lang = rng.choice(("en", "th", "id", "vi", lang))
                for v in self.pooled(oid, "recruiter", "telegram", "*", k, 8, 3):
                    items.append(("recruit", v))
                if rng.random() < 0.8:
                    for v in self.pooled(oid, "jobad", "domain", "*", k, 15, 1, "job"):
                        items.append(("ad", v))
                if rng.random() < 0.5:
                    desk = rng.choice(("romance", "task", "invest"))
                    v = self.pooled(oid, f"site:{desk}", "domain", "*", k, 40, 1, desk)[0]
                    items.append(("site", v))
                if rng.random() < 0.4:
                    items.append(("contact", self.pooled(oid, "cs", "telegram", "*", k, 60)[0]))
                items.append(("ref", rng.choice(self.innocent["*"][-2:])))
            else:
                app = rng.choice(APPS_BY_LANG[lang])
                par = max(2, op["size"] // 60)
                for v in self.pooled(oid, f"persona:{story}:{app}", app, cc, k, 10, par)[:1]:
                    items.append(("contact", v))
                if rng.random() < 0.7:
                    for v in self.pooled(oid, f"site:{story}", "domain", "*", k, 40, 1, story):
                        items.append(("site", v))
                if rng.random() < 0.65:
                    items += [("pay", v) for v in self.pooled(oid, "bo:acct", "account", cc, k, 8)]
                if rng.random() < 0.5:
                    items += [
                        ("wallet", v)
                        for v in self.pooled(oid, "bo:wallet", "wallet", "*", k, 25, 2)
                    ]
                if rng.random() < 0.15:
                    items.append(("contact", self.pooled(oid, "cs", "telegram", "*", k, 60)[0]))
        elif structure == "p2p":
            story = rng.choice(("invest", "task", "romance"))
            app = rng.choice(APPS_BY_LANG[lang])
            items += [("contact", v) for v in self.pooled(oid, f"c:{app}", app, cc, k, 12, 2)[:1]]
            if rng.random() < 0.6:
                items += [
                    ("site", v) for v in self.pooled(oid, "site", "domain", "*", k, 30, 1, story)
                ]
            wallet = self.pooled(oid, "wallet", "wallet", "*", k, 15)
            if rng.random() < 0.55:
                items.append(("buy", rng.choice(self.p2p[cc])))
                items += [("wallet", v) for v in wallet]
            elif rng.random() < 0.6:
                items.append(("atm", wallet[0]))
                items.append(
                    ("ref", rng.choice([v for v in self.innocent["*"] if "atm" in v["owner"]]))
                )
            else:
                items.append(
                    ("ref", rng.choice([v for v in self.innocent["*"] if "exchange" in v["owner"]]))
                )
                items += [("wallet", v) for v in wallet]
        elif structure == "brand":
            story = "brand"
            slug = "".join(ch for ch in (op["brand"] or "x").lower() if ch.isalnum())[:10]
            if rng.random() < 0.25 and k:
                bank_filed = True
                items.append(("pay", self.pooled(oid, "mule", "account", cc, k, 6)[0]))
            else:
                if rng.random() < 0.6:
                    items += [
                        ("sender", v) for v in self.pooled(oid, "sms", "phone", cc, k, 6, 3)[:1]
                    ]
                if rng.random() < 0.85:
                    items += [
                        ("site", v)
                        for v in self.pooled(
                            oid, "lookalike", "domain", "*", k, 5, 1, f"brand:{slug}"
                        )
                    ]
                if rng.random() < 0.4:
                    items += [
                        ("contact", v)
                        for v in self.pooled(oid, "callback", "phone", cc, k, 15, 2)[:1]
                    ]
                if rng.random() < 0.6:
                    items += [("pay", v) for v in self.pooled(oid, "mule", "account", cc, k, 6)]
                brand_vals = [
                    v
                    for v in self.innocent.get(cc, [])
                    if op["brand"] and op["brand"] in v["owner"]
                ]
                if brand_vals and rng.random() < 0.7:
                    items.append(("ref", rng.choice(brand_vals)))
        elif structure == "mule_buyer":
            story = rng.choice(("invest", "task", "romance"))
            app = rng.choice(APPS_BY_LANG[lang])
            if rng.random() < 0.95:
                items += [
                    ("contact", v) for v in self.pooled(oid, f"c:{app}", app, cc, k, 12, 2)[:1]
                ]
            if rng.random() < 0.75:
                items += [
                    ("site", v) for v in self.pooled(oid, "site", "domain", "*", k, 20, 1, story)
                ]
            if rng.random() < 0.7:
                pool = self.mules[cc]
                slot = (hash_int(oid) % len(pool) + k // 5) % len(pool)
                items.append(("pay", pool[slot]))
            if rng.random() < 0.45:
                items += [("pay", v) for v in self.pooled(oid, "own", "account", cc, k, 8)]
        else:  # solo
            story = rng.choice(("romance", "invest", "task"))
            app = rng.choice(APPS_BY_LANG[lang])
            items += [("contact", v) for v in self.pooled(oid, "c", app, cc, 0, 99)]
            if rng.random() < 0.5:
                items += [("pay", v) for v in self.pooled(oid, "acct", "account", cc, 0, 99)]
            else:
                items += [("wallet", v) for v in self.pooled(oid, "w", "wallet", "*", 0, 99)]
        if not bank_filed and not ngo:
            if rng.random() < 0.3:
                items.append(("ref", rng.choice(self.innocent[cc])))
            if rng.random() < 0.06 and len(self.ops) > 1:
                other = rng.choice(self.ops)
                vals = self.own_values.get(other["id"])
                if other["id"] != oid and vals:
                    items.append(("quote", rng.choice(vals)))
        duplicate_of = None
        second = not bank_filed and not ngo and rng.random() < 0.07
        if done and not bank_filed and not ngo and rng.random() < 0.04:
            j = rng.choice(done)
            duplicate_of = self.truth[j]["external_id"]
            old = self.truth[j]["_items"]
            items = rng.sample(old, max(1, len(old) * 2 // 3)) if old else items
            lang = rng.choice(info[0] + ("en",))
        self.emit(op, cc, lang, story, items, day, bank_filed, ngo, second, duplicate_of)
        done.append(len(self.truth) - 1)

    def emit(
        self,
        op: dict,
        cc: str,
        lang: str,
        story: str,
        items: list,
        day: float,
        bank_filed: bool,
        ngo: bool,
        second: bool,
        duplicate_of: str | None,
    ) -> None:
        rng = self.rng
        info = COUNTRIES[cc]
        n = len(self.reports)
        ext = f"W6-{self.config[:4].upper()}-{n:06d}"
        when = START + timedelta(days=int(day), hours=rng.randint(0, 23))
        when += timedelta(minutes=rng.randint(0, 59))
        currency, rate = info[5], info[6]
        usd = min(400_000.0, rng.lognormvariate(7.5, 1.3))
        report: dict = {
            "external_id": ext,
            "received_at": (when + timedelta(days=rng.randint(0, 20))).isoformat(),
        }
        mentions: list[dict] = []
        sentences: list[str] = []
        payments: list[dict] = []
        idents: list[dict] = []
        messages: list[dict] = []
        noise = self.conf["noise"]

        def mention(v: dict, where: str, written: str, ok: bool) -> None:
            mentions.append(
                {
                    "key": v["key"],
                    "kind": v["kind"],
                    "owner": v["owner"],
                    "recoverable": ok,
                    "where": where,
                    "written": written,
                }
            )

        if bank_filed:
            v = items[0][1]
            written, ok = self.write_account(v, lang, noise / 2, digits_only=True)
            payments.append(
                {
                    "currency": currency,
                    "amount": money(usd * rate, currency),
                    "paid_at": when.isoformat(),
                    "rail": "domestic_transfer",
                    "payee": written,
                    "payee_name": v["bank"] + " / " + v["holder"],
                }
            )
            mention(v, "payments.0", written, ok)
            report |= {
                "victim_country": cc,
                "payments": payments,
                "scam_type": rng.choice((None, "impersonation", "other")),
            }
            report = {key: val for key, val in report.items() if val is not None}
            self.push(report, op, cc, "und", mentions, duplicate_of, second, True, items)
            return
        brand = op.get("brand") or ""
        if ngo:
            sentences.append(NGO_OPEN.get(lang, NGO_OPEN["en"]))
            sentences.append(OPEN.get(lang, OPEN["en"])["job"])
        else:
            if second:
                sentences.append(SECOND[lang])
            sentences.append(OPEN[lang][story].format(brand=brand))
        slot_words = SLOT[lang]
        paid = 0
        for slot, v in items:
            if "written" in v:  # innocent: written as it is
                where = "narrative"
                if rng.random() < 0.15 and not ngo:
                    idents.append(
                        {
                            "value": v["written"],
                            "kind": rng.choice((None, v["kind"], "phone")),
                            "role": "reference",
                        }
                    )
                    where = f"identifiers.{len(idents) - 1}"
                    mention(v, where, v["written"], True)
                else:
                    sentences.append(slot_words[slot].format(v=v["written"]))
                    mention(v, where, v["written"], True)
                continue
            if v["kind"] == "account":
                structured = slot in ("pay", "buy") and rng.random() < 0.55
                written, ok = self.write_account(
                    v, lang, noise, digits_only=structured and rng.random() < 0.5
                )
                if structured:
                    amount = usd * rate * rng.uniform(0.2, 0.6)
                    pay = {
                        "currency": currency,
                        "amount": money(amount, currency),
                        "rail": rng.choice(("domestic_transfer", "instant_qr", "e_wallet")),
                        "payee": written,
                    }
                    if written.strip().isdigit() or rng.random() < 0.3:
                        pay["payee_name"] = f"{v['bank']} {v['holder']}"
                    payments.append(pay)
                    mention(v, f"payments.{len(payments) - 1}", written, ok)
                    paid += 1
                else:
                    sentences.append(slot_words[slot].format(v=written))
                    mention(v, "narrative", written, ok)
            elif v["kind"] == "wallet":
                written, ok = self.write_wallet(v, noise)
                if slot in ("wallet", "atm") and rng.random() < 0.5:
                    rail = (
                        "crypto_atm"
                        if slot == "atm"
                        else "crypto_usdt_trc20"
                        if written.startswith("T")
                        else "crypto_other"
                    )
                    payments.append(
                        {
                            "currency": "USD",
                            "amount": money(usd * rng.uniform(0.3, 0.9), "USD"),
                            "rail": rail,
                            "payee": written,
                        }
                    )
                    mention(v, f"payments.{len(payments) - 1}", written, ok)
                else:
                    if slot == "atm":
                        atm = rng.choice(ATM_OPS)[0]
                        text = slot_words["atm"].format(v=f"{atm} → {written}")
                    else:
                        text = slot_words[slot].format(v=written)
                    sentences.append(text)
                    mention(v, "narrative", written, ok)
            else:
                written, ok, hint = self.write_contact(v, cc, lang, noise)
                r = rng.random()
                if r < 0.25 and "\n" not in written:
                    kind_hint = (
                        hint
                        if rng.random() < 0.75
                        else rng.choice((None, "phone", "url", "handle", "wallet"))
                    )
                    ident = {"value": written}
                    if kind_hint:
                        ident["kind"] = kind_hint
                    if rng.random() < 0.5:
                        ident["role"] = (
                            "link"
                            if v["kind"] == "domain"
                            else "sender"
                            if slot == "sender"
                            else "contact"
                        )
                    idents.append(ident)
                    mention(v, f"identifiers.{len(idents) - 1}", written, ok)
                elif r < 0.4 and slot in ("contact", "sender") and "\n" not in written:
                    messages.append(
                        {
                            "text": rng.choice(
                                (
                                    "您好",
                                    "こんにちは",
                                    "Hello dear",
                                    "สวัสดีค่ะ",
                                    "Chào anh",
                                    "안녕하세요",
                                )
                            ),
                            "sender": "scammer",
                            "from_id": written,
                        }
                    )
                    mention(v, f"messages.{len(messages) - 1}", written, ok)
                else:
                    sentences.append(slot_words[slot].format(v=written))
                    mention(v, "narrative", written, ok)
        if not paid and not ngo and rng.random() < 0.5:
            report["loss"] = {"currency": currency, "amount": money(usd * rate, currency)}
        victim_phone = None
        if rng.random() < 0.35:
            if duplicate_of:
                prev = next(t for t in self.truth if t["external_id"] == duplicate_of)
                victim_phone = prev.get("_victim")
            while victim_phone is None:
                vv = self._phone(cc)
                if self._register(vv, "victim") is not None:
                    victim_phone = vv["e164"]
            report["victim"] = {
                "phone": victim_phone,
                "age_band": rng.choice(("30-39", "40-49", "50-59", "60-69", "70+")),
            }
            mentions.append(
                {
                    "key": f"victim:{victim_phone}",
                    "kind": "phone",
                    "owner": "victim",
                    "recoverable": True,
                    "where": "victim",
                    "written": victim_phone,
                }
            )
        narrative = ("\n" if rng.random() < 0.5 else " ").join(sentences)
        report |= {
            "occurred_at": when.isoformat(),
            "victim_country": cc,
            "language": lang,
            "channel": rng.choice(("sms", "messaging_app", "social_dm", "dating_app", "social_ad"))
            if not ngo
            else "recruitment_site",
            "narrative": narrative,
            "scam_type": None if rng.random() < 0.5 else ("job.trafficking_lure" if ngo else story),
        }
        if messages:
            report["messages"] = messages
        if payments:
            report["payments"] = payments
        if idents:
            report["identifiers"] = idents
        report = {key: val for key, val in report.items() if val is not None}
        self.push(report, op, cc, lang, mentions, duplicate_of, second, False, items, victim_phone)

    def push(
        self,
        report: dict,
        op: dict,
        cc: str,
        lang: str,
        mentions: list,
        duplicate_of: str | None,
        second: bool,
        bank_filed: bool,
        items: list,
        victim: str | None = None,
    ) -> None:
        self.reports.append(report)
        self.truth.append(
            {
                "external_id": report["external_id"],
                "operation": op["id"],
                "structure": op["structure"],
                "config": self.config,
                "country": cc,
                "language": lang,
                "duplicate_of": duplicate_of,
                "second_hand": second,
                "bank_filed": bank_filed,
                "mentions": mentions,
                "_items": items,
                "_victim": victim,
            }
        )

    # ------------------------------------------------------------------ writing values
    def typo(self, s: str) -> str:
        idx = [i for i, ch in enumerate(s) if ch.isdigit()]
        if not idx:
            idx = [i for i, ch in enumerate(s) if ch.isalpha()]
        i = self.rng.choice(idx)
        ch = s[i]
        new = (
            str((int(ch) + self.rng.randint(1, 9)) % 10)
            if ch.isdigit()
            else ("x" if ch != "x" else "q")
        )
        return s[:i] + new + s[i + 1 :]

    def write_phone(self, v: dict, victim_cc: str, noise: float) -> tuple[str, bool]:
        rng = self.rng
        cc_digits = v["e164"][1 : 1 + len(COUNTRIES[v["cc"]][1])]
        nsn = v["nsn"]
        grouped = group(nsn, rng)
        trunk = COUNTRIES[v["cc"]][4]
        forms = [
            f"+{cc_digits} {grouped}",
            v["e164"],
            f"00{cc_digits}{nsn}",
            f"{cc_digits} {grouped}",
            f"+{cc_digits}-{grouped.replace(' ', '-')}",
        ]
        if v["cc"] == victim_cc:
            forms += [f"{trunk}{grouped}".replace(" ", "-")] * 3
        written = rng.choice(forms)
        r = rng.random()
        if r < noise * 0.5:
            return self.typo(written), False
        if r < noise * 0.7:
            spoken = DIGITS_SPOKEN["en"]
            return " ".join(spoken[int(d)] for d in nsn), False
        if r < noise * 1.2:
            return written.translate(FULLWIDTH), True
        if r < noise * 1.5 and len(written) > 8:
            cut = len(written) // 2
            return written[:cut] + "\n" + written[cut:], True
        if r < noise * 1.8 and v["cc"] in ("TH", "KH", "MM") and v["cc"] == victim_cc:
            table = {"TH": THAI_DIGITS, "KH": KHMER_DIGITS, "MM": MYANMAR_DIGITS}[v["cc"]]
            return written.translate(str.maketrans("0123456789", table)), True
        return written, True

    def write_contact(
        self, v: dict, victim_cc: str, lang: str, noise: float
    ) -> tuple[str, bool, str | None]:
        rng = self.rng
        kind = v["kind"]
        if kind in ("phone", "whatsapp"):
            written, ok = self.write_phone(v, victim_cc, noise)
            if kind == "whatsapp" and "\n" not in written and ok:
                if rng.random() < 0.3:
                    written = "wa.me/" + v["e164"][1:]
                elif rng.random() < 0.5:
                    written = f"{app_word('whatsapp', lang, rng)} {written}"
            return written, ok, rng.choice(("phone", "whatsapp")) if kind == "whatsapp" else "phone"
        if kind == "domain":
            host = v["host"]
            r = rng.random()
            if r < noise * 0.6:
                i = rng.randrange(1, host.index("."))
                return host[:i] + host[i + 1 :], False, "url"
            forms = (host, f"{host}/#/login", f"https://{host}/m/?code={rng.randint(1000, 99999)}")
            return rng.choice(forms), True, rng.choice(("url", "domain"))
        name = v["name"]
        r = rng.random()
        if r < noise * 0.4:
            return self.typo(name), False, kind
        if r < noise * 0.6 and "a" in name:
            return name.replace("a", "а", 1), False, kind  # Cyrillic a
        word = app_word(kind, lang, rng)
        forms = [f"{word}: {name}", f"{word} {name}", f"{word}ID {name}", f"{word}（{name}）"]
        if kind == "telegram":
            forms += [f"@{name}", f"t.me/{name}", f"https://t.me/{name}", f"Telegram name {name}"]
        if kind == "line":
            forms += [f"line.me/ti/p/~{name}", f"line id {name}"]
        if kind == "kakao":
            forms += [f"카톡 {name}"]
        return rng.choice(forms), True, kind if rng.random() < 0.8 else "handle"

    def write_account(
        self, v: dict, lang: str, noise: float, digits_only: bool = False
    ) -> tuple[str, bool]:
        rng = self.rng
        digits = v["digits"]
        r = rng.random()
        ok = True
        if r < noise * 0.5:
            digits, ok = self.typo(digits), False
        elif r < noise * 0.7:
            digits, ok = "****" + digits[-4:], False
        shown = digits if rng.random() < 0.5 else group(digits, rng, dash=rng.random() < 0.5)
        if ok and v["cc"] == "TH" and rng.random() < 0.15:
            shown = shown.translate(str.maketrans("0123456789", THAI_DIGITS))
        if digits_only:
            return shown, ok
        if v["cc"] == "JP":
            branch = 100 + hash_int(v["key"]) % 800
            return rng.choice(
                (f"{v['bank']} {branch}-{shown}", f"{v['bank']} {branch}支店 普通 {shown}")
            ), ok
        return rng.choice(
            (f"{v['bank']} {shown}", f"{v['bank']} {shown} ({v['holder']})", f"{shown} {v['bank']}")
        ), ok

    def write_wallet(self, v: dict, noise: float) -> tuple[str, bool]:
        addr = v["addr"]
        if self.rng.random() < noise * 0.6:
            return addr[:6] + "..." + addr[-4:], False
        return addr, True


FULLWIDTH = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


def app_word(kind: str, lang: str, rng: random.Random) -> str:
    """How a reporter writing ``lang`` names the app: Latin, or in their own script."""
    return rng.choice([w for w in APP_WORDS[kind] if w.isascii() or script(w) == lang[:2]])


def script(word: str) -> str:
    """The language (two letters) whose script a non-Latin app word is written in."""
    ch = next(c for c in word if not c.isascii())
    if "\u3040" <= ch <= "\u30ff":
        return "ja"
    if "\uac00" <= ch <= "\ud7af":
        return "ko"
    if "\u0e00" <= ch <= "\u0e7f":
        return "th"
    return "zh"


def hash_int(s: str) -> int:
    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16)


def group(digits: str, rng: random.Random, dash: bool = False) -> str:
    parts, i = [], 0
    while i < len(digits):
        step = rng.choice((3, 4)) if len(digits) - i > 6 else len(digits) - i
        parts.append(digits[i : i + step])
        i += step
    return ("-" if dash else " ").join(parts)


def money(amount: float, currency: str) -> str:
    if currency in ("JPY", "KRW", "VND", "IDR", "MMK"):
        return str(max(1, round(amount)))
    return f"{max(1.0, amount):.2f}"


def build(config: str, seed: int, n_reports: int) -> tuple[list[dict], list[dict], dict]:
    """The world's reports, truth and summary, in memory."""
    world = World(config, seed, n_reports)
    world.plan()
    world.write_all()
    truth = [{k: v for k, v in row.items() if not k.startswith("_")} for row in world.truth]
    summary = {
        "config": config,
        "seed": seed,
        "reports": len(world.reports),
        "operations": [
            {k: op[k] for k in ("id", "structure", "size", "countries", "brand")}
            for op in world.ops
        ],
        "services": sorted({o for o in world.owner_of.values() if o.startswith("svc:")}),
        "innocent": sorted({o for o in world.owner_of.values() if o.startswith("innocent:")}),
    }
    return world.reports, truth, summary


def write_world(config: str, seed: int, n_reports: int, out: Path) -> Path:
    """Write reports.jsonl, truth.jsonl and world.json under ``out``; return ``out``."""
    reports, truth, summary = build(config, seed, n_reports)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "reports.jsonl").open("w", encoding="utf-8") as fh:
        for r in reports:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    (out / "world.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), "utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--config", choices=list(CONFIGS), default="compound")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    print(write_world(args.config, args.seed, args.reports, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
