"""A second independent synthetic world of scam operations, for measuring report linking.

Author: the "world2" engineer session of 2026-12-06; generator written 06:15-06:24 UTC
(committed as 71dabd6). Written BLIND to the linker: its author did not open src/tipoff/link/,
src/tipoff/indicators/, src/tipoff/simulate/, bench/independent_world.py (the first
independent world), docs/networks.md, docs/link-evaluation.md or tests/link. It was written
from /work/shared/docs/domain.md, docs/intake.md and docs/identifiers.md (the intake format
and which identifier kinds exist), the CLI's --help, the intake schema's field and enum
names (src/tipoff/intake/schema.py), in bench/bench_independent_world.py only the functions
that drive the CLI and read networks back (not its generator or diagnosis code), and general
knowledge of how scam operations work.
It was committed before tipoff's linker was ever run on it; the first run's table is in
docs/benchmarks.md ("Second independent world").

EVALUATION DATA: this world exists so that a linking figure can be measured on structures
the linker was not written around. Never tune tipoff to it word by word (its phrases, its
spellings, its reference numbers, its sizes); fix the general behaviour instead and report
the figure here as a held-out check.

What it models (one operation = one crew that controls its own contacts, sites, wallets and
mule accounts; the truth gives each report its operation):

- crews of very different sizes (compounds with hundreds of victims, each scammer ("agent")
  with their own messenger account and phone, all paying into the crew's platform, wallets
  and mule accounts), small crews and one-off lone scammers;
- rotation by use (a mule account serves a few victims, a SIM a dozen) and by time (platform
  mirror domains every few weeks), several accounts in use in parallel;
- services shared by several crews that are NOT the crew's own: money-mule herders renting
  the same accounts to several crews, OTC brokers selling USDT to victims of many crews,
  SIM farms sending SMS for several crews, white-label app download hosts, laundering
  consolidation wallets;
- innocent values that many unrelated reports mention: real police switchboards spoofed as
  caller ID, police and bank hotlines the victim called, reporting sites (some on no official
  suffix), embassy lines, exchanges where the victim bought USDT, platform abuse addresses,
  the victim's own account and phone;
- victims reporting weeks apart with partial recall, second-hand reports by relatives,
  duplicates to another agency; identifiers in structured fields (payments, identifiers with
  or without a kind hint, message sender ids) or only in the narrative or a transcribed
  screenshot (OCR confusions, truncated wallets, typos: marked not recoverable in the truth);
  eight languages (en, ja, zh, ko, th, vi, id, tl) with untidy formatting.

Output (``write_world(config, seed, n_reports, out_dir)``): ``reports.jsonl`` in tipoff's
intake format, ``truth.jsonl`` (per report: its operation and every identifier it mentions,
with the identifier's true key, owner and whether it is written recoverably) and
``values.jsonl`` (per true identifier: owner type ``crew``, ``service`` or ``innocent``).

Run: PYTHONPATH=src:. python bench/independent_world_2.py --config mule_herders --seed 1 --out DIR
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))
from world2_phrases import PHRASES

EPOCH = datetime(2025, 3, 1, tzinfo=UTC)
WORLD_DAYS = 560  # the last report is received before 2026-11-20

# --------------------------------------------------------------------------- configurations


@dataclass(frozen=True)
class Config:
    """How one world is built; each configuration stresses a different structure."""

    name: str
    description: str
    big_crews: tuple[float, ...]  # shares of the reports taken by the named big crews
    crew_mean: float  # mean size of the other crews (lognormal)
    lone_share: float  # share of reports from one-off scammers
    kinds: dict[str, float]  # scam kinds of crews
    bases: tuple[str, ...]  # where crews' own SIMs come from
    agents_per_victims: float  # one agent (own handle, own phone) per this many victims
    phone_uses: float  # a SIM serves this many victims
    handle_uses: float
    account_uses: float
    parallel_accounts: int
    mirror_days: float  # platform mirrors rotate by time
    free_host_share: float
    deposit_per_victim: float  # crypto: platform-generated deposit address per victim
    herders: int
    herder_share: float  # share of bank payments that go through a herder's account
    herder_account_uses: float
    otc: int
    otc_share: float
    farms: int
    farm_share: float  # share of SMS sent from a SIM farm shared by crews
    spoof_share: float  # call-centre calls showing a real (innocent) number
    cdn_vendors: int
    launder_share: float  # consolidation into a laundering service's wallet
    consolidation_recall: float
    reference_rate: float  # scaling of innocent mentions
    second_hand: float
    duplicate: float
    contact_recall: float


BASE = Config(
    name="base",
    description="",
    big_crews=(),
    crew_mean=15.0,
    lone_share=0.05,
    kinds={"investment": 1.0},
    bases=("KH", "MM", "LA", "PH"),
    agents_per_victims=10.0,
    phone_uses=12.0,
    handle_uses=35.0,
    account_uses=6.0,
    parallel_accounts=2,
    mirror_days=25.0,
    free_host_share=0.15,
    deposit_per_victim=0.5,
    herders=2,
    herder_share=0.1,
    herder_account_uses=10.0,
    otc=2,
    otc_share=0.08,
    farms=1,
    farm_share=0.3,
    spoof_share=0.3,
    cdn_vendors=1,
    launder_share=0.2,
    consolidation_recall=0.05,
    reference_rate=1.0,
    second_hand=0.08,
    duplicate=0.04,
    contact_recall=0.75,
)


def _config(**kw: object) -> Config:
    values = {**BASE.__dict__, **kw}
    return Config(**values)  # type: ignore[arg-type]


CONFIGS: dict[str, Config] = {
    c.name: c
    for c in (
        _config(
            name="compounds",
            description="a few very large compound crews (one takes 30% of reports), many "
            "agents each, shared platforms, parallel rotating mule accounts; a small tail",
            big_crews=(0.30, 0.14, 0.10, 0.07, 0.05, 0.04, 0.03, 0.02),
            crew_mean=12.0,
            lone_share=0.04,
            kinds={"investment": 0.55, "romance": 0.2, "task": 0.25},
            parallel_accounts=4,
            account_uses=7.0,
        ),
        _config(
            name="mule_herders",
            description="~150 mid-size crews; most bank payments land in accounts that a "
            "dozen herders rent to several crews at once; OTC brokers shared",
            big_crews=(0.05, 0.03),
            crew_mean=18.0,
            lone_share=0.08,
            kinds={"investment": 0.3, "task": 0.2, "bank_imp": 0.15, "loan": 0.15, "romance": 0.2},
            herders=12,
            herder_share=0.6,
            herder_account_uses=12.0,
            otc=5,
            otc_share=0.15,
            contact_recall=0.55,
            bases=("KH", "MM", "PH", "local"),
        ),
        _config(
            name="phone_farms",
            description="call-centre impersonation and smishing crews: spoofed real police "
            "and bank numbers as caller ID, SIM farms sending for several crews, fast "
            "rotating numbers and phishing domains, many victims citing police/bank lines",
            big_crews=(0.15, 0.08, 0.06, 0.05),
            crew_mean=30.0,
            lone_share=0.03,
            kinds={"fake_police": 0.45, "bank_imp": 0.3, "smishing": 0.25},
            phone_uses=6.0,
            handle_uses=20.0,
            account_uses=5.0,
            farms=4,
            farm_share=0.7,
            spoof_share=0.55,
            reference_rate=1.8,
            bases=("KH", "MM", "local", "voip"),
        ),
        _config(
            name="mirror_platforms",
            description="fake investment/gambling platforms with many mirror domains (10-day "
            "rotation, free-hosting subdomains, shorteners), per-victim USDT deposit "
            "addresses swept to consolidation wallets (some a laundering service's), "
            "white-label app hosts and OTC brokers shared by crews",
            big_crews=(0.12, 0.08, 0.06),
            crew_mean=45.0,
            lone_share=0.02,
            kinds={"investment": 0.8, "task": 0.2},
            mirror_days=10.0,
            free_host_share=0.3,
            deposit_per_victim=0.85,
            cdn_vendors=3,
            launder_share=0.5,
            consolidation_recall=0.12,
            otc=5,
            otc_share=0.25,
            handle_uses=50.0,
        ),
        _config(
            name="romance_lone",
            description="hundreds of small romance crews that share scripts and personas "
            "but not infrastructure, a third of reports from one-off scammers, gift cards, "
            "many second-hand and duplicate reports",
            big_crews=(),
            crew_mean=5.0,
            lone_share=0.3,
            kinds={"romance": 0.8, "investment": 0.1, "loan": 0.1},
            agents_per_victims=30.0,
            phone_uses=40.0,
            handle_uses=60.0,
            account_uses=4.0,
            parallel_accounts=1,
            second_hand=0.18,
            duplicate=0.08,
            herders=3,
            herder_share=0.15,
            bases=("NG", "GH", "PH", "MY", "local"),
        ),
    )
}

# --------------------------------------------------------------------------- true values


@dataclass
class Value:
    """One true identifier: its key (identity), kind, owner, and what renders it."""

    key: str
    kind: str  # phone, handle, bank, wallet, domain, url, email, text
    owner: str  # crew id, "svc:<id>", or "innocent"
    attrs: dict[str, str] = field(default_factory=dict)

    @property
    def owner_type(self) -> str:
        if self.owner == "innocent":
            return "innocent"
        return "service" if self.owner.startswith("svc:") else "crew"


@dataclass
class Mention:
    values: list[Value]
    role: str  # the phrase key: contact, bank, caller, ref_police, ...
    text: str = ""
    recoverable: bool = True
    where: str = ""


# country -> (language, currency, usd rate, messenger weights)
COUNTRY: dict[str, tuple[str, str, float, dict[str, float]]] = {
    "JP": ("ja", "JPY", 150.0, {"line": 0.7, "telegram": 0.2, "whatsapp": 0.1}),
    "KR": ("ko", "KRW", 1350.0, {"kakao": 0.6, "telegram": 0.4}),
    "CN": ("zh", "CNY", 7.2, {"wechat": 0.7, "telegram": 0.3}),
    "TW": ("zh", "TWD", 32.0, {"line": 0.6, "telegram": 0.4}),
    "HK": ("zh", "HKD", 7.8, {"whatsapp": 0.6, "telegram": 0.2, "wechat": 0.2}),
    "TH": ("th", "THB", 35.0, {"line": 0.6, "telegram": 0.2, "whatsapp": 0.2}),
    "VN": ("vi", "VND", 25000.0, {"zalo": 0.5, "telegram": 0.4, "whatsapp": 0.1}),
    "ID": ("id", "IDR", 16000.0, {"whatsapp": 0.7, "telegram": 0.3}),
    "PH": ("tl", "PHP", 57.0, {"telegram": 0.4, "whatsapp": 0.3, "viber": 0.3}),
    "SG": ("en", "SGD", 1.35, {"whatsapp": 0.5, "telegram": 0.5}),
    "MY": ("en", "MYR", 4.5, {"whatsapp": 0.6, "telegram": 0.4}),
    "US": ("en", "USD", 1.0, {"whatsapp": 0.5, "telegram": 0.3, "signal": 0.2}),
    "AU": ("en", "AUD", 1.5, {"whatsapp": 0.6, "telegram": 0.4}),
    "GB": ("en", "GBP", 0.8, {"whatsapp": 0.7, "telegram": 0.3}),
    "CA": ("en", "CAD", 1.37, {"whatsapp": 0.6, "telegram": 0.4}),
}
COUNTRY_WEIGHTS = {
    "JP": 0.16, "KR": 0.08, "CN": 0.1, "TW": 0.04, "HK": 0.03, "TH": 0.12, "VN": 0.08,
    "ID": 0.08, "PH": 0.07, "SG": 0.06, "MY": 0.04, "US": 0.08, "AU": 0.03, "GB": 0.02,
    "CA": 0.01,
}  # fmt: skip

# bank tables: country -> [(names, full first then short forms), digit count, grouping]
BANKS: dict[str, list[tuple[tuple[str, ...], int, tuple[int, ...]]]] = {
    "JP": [
        (("三菱UFJ銀行", "三菱UFJ", "MUFG"), 7, ()),
        (("三井住友銀行", "三井住友", "SMBC"), 7, ()),
        (("みずほ銀行", "みずほ"), 7, ()),
        (("楽天銀行",), 7, ()),
        (("PayPay銀行",), 7, ()),
        (("りそな銀行", "りそな"), 7, ()),
        (("住信SBIネット銀行", "住信SBI"), 7, ()),
        (("ソニー銀行",), 7, ()),
        (("横浜銀行",), 7, ()),
    ],
    "KR": [
        (("국민은행", "KB국민", "국민"), 14, (6, 2, 6)),
        (("신한은행", "신한"), 12, (3, 3, 6)),
        (("우리은행", "우리"), 13, (4, 3, 6)),
        (("하나은행", "하나"), 14, (3, 6, 5)),
        (("농협은행", "농협", "NH농협"), 13, (3, 4, 4, 2)),
        (("카카오뱅크", "카뱅"), 13, (4, 2, 7)),
        (("토스뱅크", "토스"), 12, (4, 4, 4)),
        (("새마을금고",), 13, (4, 2, 7)),
        (("우체국",), 14, (6, 2, 6)),
    ],
    "CN": [
        (("中国工商银行", "工商银行", "工行"), 19, (4, 4, 4, 4, 3)),
        (("中国建设银行", "建设银行", "建行"), 19, (4, 4, 4, 4, 3)),
        (("中国农业银行", "农业银行", "农行"), 19, (4, 4, 4, 4, 3)),
        (("中国银行", "中行"), 19, (4, 4, 4, 4, 3)),
        (("招商银行", "招行"), 16, (4, 4, 4, 4)),
        (("浦发银行",), 16, (4, 4, 4, 4)),
    ],
    "TW": [
        (("中國信託", "中信"), 12, (4, 4, 4)),
        (("國泰世華",), 12, (3, 3, 6)),
        (("玉山銀行",), 13, (4, 3, 6)),
    ],
    "HK": [(("HSBC", "匯豐"), 12, (3, 6, 3)), (("Hang Seng", "恒生"), 12, (3, 6, 3))],
    "TH": [
        (("ธนาคารกสิกรไทย", "กสิกรไทย", "KBank"), 10, (3, 1, 5, 1)),
        (("ธนาคารไทยพาณิชย์", "ไทยพาณิชย์", "SCB"), 10, (3, 1, 5, 1)),
        (("ธนาคารกรุงเทพ", "กรุงเทพ", "BBL"), 10, (3, 1, 5, 1)),
        (("ธนาคารกรุงไทย", "กรุงไทย", "KTB"), 10, (3, 1, 5, 1)),
        (("กรุงศรี", "Krungsri"), 10, (3, 1, 5, 1)),
    ],
    "VN": [
        (("Vietcombank", "VCB"), 13, ()),
        (("Techcombank", "TCB"), 14, ()),
        (("MB Bank", "MB"), 12, ()),
        (("VPBank",), 9, ()),
        (("ACB",), 8, ()),
        (("BIDV",), 12, ()),
        (("Sacombank",), 12, ()),
        (("VIB",), 15, ()),
    ],
    "ID": [
        (("BCA", "Bank BCA"), 10, ()),
        (("BRI", "Bank BRI"), 15, (4, 2, 6, 2, 1)),
        (("Mandiri", "Bank Mandiri"), 13, (3, 2, 7, 1)),
        (("BNI", "Bank BNI"), 10, ()),
        (("CIMB Niaga",), 13, ()),
    ],
    "PH": [
        (("BDO", "BDO Unibank"), 12, (4, 4, 4)),
        (("BPI",), 10, (4, 4, 2)),
        (("Metrobank",), 13, (3, 3, 7)),
        (("UnionBank",), 12, (4, 4, 4)),
    ],
    "SG": [(("DBS",), 10, (3, 6, 1)), (("OCBC",), 12, (3, 6, 3)), (("UOB",), 10, (3, 3, 4))],
    "MY": [(("Maybank",), 12, ()), (("CIMB",), 10, ()), (("Public Bank",), 10, ())],
    "US": [(("Chase",), 10, ()), (("Bank of America", "BofA"), 12, ()), (("Wells Fargo",), 10, ())],
    "AU": [(("Commonwealth Bank", "CBA"), 8, ()), (("Westpac",), 8, ()), (("NAB",), 9, ())],
    "GB": [(("Barclays",), 8, ()), (("Lloyds",), 8, ()), (("Monzo",), 8, ())],
    "CA": [(("RBC",), 7, ()), (("TD",), 7, ())],
}
JP_BRANCHES = ["渋谷", "新宿", "池袋", "梅田", "難波", "名古屋駅前", "横浜", "札幌", "博多"]
US_ROUTING = {"Chase": "021000021", "Bank of America": "026009593", "Wells Fargo": "121000248"}
AU_BSB = {"Commonwealth Bank": "062-000", "Westpac": "032-001", "NAB": "083-004"}
GB_SORT = {"Barclays": "20-00-00", "Lloyds": "30-00-00", "Monzo": "04-00-04"}

HOLDERS = {
    "ja": [
        "ヤマダ タロウ",
        "タナカ ユウキ",
        "サトウ ケンジ",
        "カ)グローバルトレード",
        "スズキ マナブ",
    ],
    "ko": ["김민수", "이서연", "박지훈", "최유나", "(주)대한무역"],
    "zh": ["王伟", "李娜", "张磊", "刘洋", "陈杰"],
    "th": ["นายสมชาย ใจดี", "นางสาวพิมพ์ใจ ศรีสุข", "นายอนุชา แก้วมณี"],
    "vi": ["NGUYEN VAN AN", "TRAN THI MAI", "LE MINH TUAN", "PHAM QUOC BAO"],
    "id": ["BUDI SANTOSO", "SITI RAHAYU", "AGUS PRASETYO", "DEWI LESTARI"],
    "tl": ["JUAN DELA CRUZ", "MARIA SANTOS", "JOSE REYES", "ANA GARCIA"],
    "en": ["John Smith", "Emily Chen", "Global Trade LLC", "Michael Brown", "Sarah Lee"],
}
PERSONAS = [
    "Anna", "Lisa", "Kevin", "David Lim", "Mia", "Yuki", "Jenny", "Alex Wong", "Sophia",
    "Dr. Mark Williams", "Chen Wei", "Linda", "Grace", "Ken", "Amy Tan", "Coco", "Vivian",
    "Eric Zhang", "Teacher Li", "Captain James",
]  # fmt: skip
HANDLE_FIRST = [
    "anna", "lisa", "kevin", "david", "mia", "yuki", "jenny", "alex", "sophia", "leo", "chen",
    "wang", "linda", "grace", "ken", "mike", "amy", "coco", "vivian", "eric", "nana", "hana",
]  # fmt: skip
HANDLE_WORDS = [
    "invest", "wealth", "fx", "trader", "coin", "btc", "usdt", "vip", "cs", "service", "helper",
    "mentor", "teacher", "pro", "official", "support", "asset", "capital", "global", "finance",
]  # fmt: skip
BRAND_WORDS = [
    "coin", "bit", "ex", "trade", "vault", "gold", "fx", "asset", "capital", "chain", "meta",
    "nova", "apex", "prime", "star", "win", "lucky", "royal", "global", "smart", "quant", "ai",
    "defi", "block", "moon", "tiger", "dragon", "lotus", "jade", "phoenix", "zen", "orbit",
]  # fmt: skip
TLDS = [".com", ".net", ".top", ".vip", ".cc", ".xyz", ".io", ".app", ".site", ".online", ".shop",
        ".icu", ".pro", ".club", ".live", ".asia"]  # fmt: skip
FREE_HOSTS = ["vercel.app", "web.app", "pages.dev", "netlify.app", "firebaseapp.com", "github.io"]
SHORTENERS = ["bit.ly", "tinyurl.com", "s.id", "cutt.ly", "rb.gy"]
IMPERSONATED = {
    "JP": ["npa-jp", "keishicho", "jp-post", "mufg-card", "smbc-direct", "au-pay"],
    "KR": ["spo-go", "kb-star", "cj-logis", "nhbank"],
    "CN": ["gaj-110", "ems-cn", "icbc-vip", "unionpay-safe"],
    "TW": ["165-gov", "post-tw", "ctbc-safe"],
    "HK": ["hkpost", "hsbc-safe"],
    "TH": ["thaipost", "kbank-safe", "pea-th", "dsi-th"],
    "VN": ["vcb-digital", "evn-vn", "ghtk", "bocongan"],
    "ID": ["bca-kurs", "jnt-paket", "pln-id", "bri-tarif"],
    "PH": ["lbc-ph", "gcash-verify", "bdo-secure"],
    "SG": ["singpost", "dbs-secure", "spf-gov"],
    "MY": ["poslaju", "maybank2u-secure", "pdrm"],
    "US": ["usps-track", "chase-alert", "irs-refund"],
    "AU": ["auspost", "mygov-au", "cba-netbank"],
    "GB": ["royalmail", "hmrc-refund", "barclays-secure"],
    "CA": ["canadapost", "cra-refund"],
}

# --------------------------------------------------------------------------- innocent values
# Lines, sites and addresses that victims cite for innocent reasons, per victim country.

POLICE = {
    "JP": ["03-3581-4321", "06-6943-1234", "045-211-1212", "048-832-0110", "052-951-1611"],
    "KR": ["02-3150-2114", "02-700-5000", "112", "1332"],
    "CN": ["96110", "110", "010-12389"],
    "TW": ["165", "02-2765-8888"],
    "HK": ["18222", "2527 7177"],
    "TH": ["1441", "02-205-1000", "1599"],
    "VN": ["069.219.4053", "113", "024.3942.4257"],
    "ID": ["110", "021-7218-000"],
    "PH": ["(02) 8723-0401", "1326", "0998-598-8116"],
    "SG": ["1800-255-0000", "999", "6734 0000"],
    "MY": ["997", "03-2266 2222"],
    "US": ["1-800-225-5324", "1-877-382-4357"],
    "AU": ["131 444", "1300 292 371"],
    "GB": ["0300 123 2040", "101"],
    "CA": ["1-888-495-8501"],
}
BANK_LINES = {
    "JP": ["0120-860-777", "0120-56-3143", "0120-324-555", "0570-02-7777"],
    "KR": ["1588-9999", "1577-8000", "1588-5000", "1599-1111", "1599-3333"],
    "CN": ["95588", "95533", "95599", "95566", "95555"],
    "TW": ["(02)2745-8080", "(02)2383-1000"],
    "HK": ["(852) 2233 3000", "2822 0228"],
    "TH": ["02-888-8888", "02-777-7777", "1333", "02-111-1111"],
    "VN": ["1900 545413", "1800 588822", "1900 545426", "1900 9247"],
    "ID": ["1500888", "14000", "14017", "0811-1500-998"],
    "PH": ["(02) 8631-8000", "(02) 889-10000", "(02) 88-700-700"],
    "SG": ["1800 111 1111", "1800 363 3333", "1800 222 2121"],
    "MY": ["1300-88-6688", "03-2295 6100", "1800-22-5555"],
    "US": ["1-800-935-9935", "1-800-432-1000", "1-800-869-3557"],
    "AU": ["13 22 21", "132 032", "13 22 65"],
    "GB": ["0345 734 5345", "03457 404 404", "159"],
    "CA": ["1-800-769-2511", "1-866-222-3456"],
}
SITES = {
    "JP": ["https://www.npa.go.jp/", "www.jc3.or.jp", "https://www.kokusen.go.jp/"],
    "KR": ["ecrm.police.go.kr", "www.fss.or.kr", "counterscam112.go.kr"],
    "CN": ["www.12321.cn", "https://www.12377.cn"],
    "TW": ["165.npa.gov.tw", "https://165dashboard.tw"],
    "HK": ["www.adcc.gov.hk", "cyberdefender.hk"],
    "TH": ["thaipoliceonline.go.th", "https://www.thaipoliceonline.com", "1213.or.th"],
    "VN": ["chongluadao.vn", "canhbao.khonggianmang.vn", "https://dichvucong.bocongan.gov.vn"],
    "ID": ["cekrekening.id", "patrolisiber.id", "https://aduankonten.id"],
    "PH": ["cicc.gov.ph", "https://acg.pnp.gov.ph", "scamwatch.ph"],
    "SG": ["www.scamshield.gov.sg", "scamalert.sg", "eservices.police.gov.sg"],
    "MY": ["semakmule.rmp.gov.my", "ccid.rmp.gov.my"],
    "US": ["ic3.gov", "reportfraud.ftc.gov", "www.aarp.org/fraudwatchnetwork"],
    "AU": ["scamwatch.gov.au", "www.idcare.org", "cyber.gov.au/report"],
    "GB": ["actionfraud.police.uk", "https://www.report-scam.ncsc.gov.uk"],
    "CA": ["antifraudcentre-centreantifraude.ca", "www.getcybersafe.gc.ca"],
}
EMBASSIES = ["+855 23 217 161", "+855 23 211 900", "+855 23 726 306", "+855 23 720 920",
             "+855 23 728 000", "+95 1 549 644", "+856 21 414 400", "+86 10 12308"]  # fmt: skip
EXCHANGES = {
    "JP": ["bitflyer.com", "coincheck.com", "www.binance.com"],
    "KR": ["upbit.com", "bithumb.com"],
    "TH": ["bitkub.com", "www.binance.th"],
    "ID": ["indodax.com", "tokocrypto.com"],
    "PH": ["coins.ph", "pdax.ph"],
    "VN": ["remitano.com", "www.binance.com"],
    "*": ["www.binance.com", "www.okx.com", "bybit.com", "crypto.com", "coinbase.com",
          "support@binance.com"],
}  # fmt: skip
SUPPORT = ["@notoscam", "abuse@telegram.org", "support@whatsapp.com", "@SpamBot",
           "phishing@line.me", "abuse@tron.network"]  # fmt: skip
REF_ROLES = {
    "ref_police": POLICE,
    "ref_bank": BANK_LINES,
    "ref_site": SITES,
}

# --------------------------------------------------------------------------- small generators

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def tron_address(rng: random.Random) -> str:
    payload = b"\x41" + rng.randbytes(20)
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58(payload + check)


def luhn_complete(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return digits + str((10 - total % 10) % 10)


def mobile_number(region: str, rng: random.Random) -> phonenumbers.PhoneNumber:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(example.national_number)
    for _ in range(200):
        keep = rng.choice((1, 2, 2, 3))
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        number = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return number
    return example


class Namer:
    """Unique names across the world, so that no two owners share a value by accident."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def unique(self, make: Callable[[], str]) -> str:
        for _ in range(1000):
            name = make()
            if name not in self.used:
                self.used.add(name)
                return name
        raise RuntimeError("name space exhausted")

    def handle(self) -> str:
        r = self.rng

        def make() -> str:
            sep = r.choice(["", "_", ".", ""])
            digits = str(r.randint(1, 9999)) if r.random() < 0.8 else ""
            return f"{r.choice(HANDLE_FIRST)}{sep}{r.choice(HANDLE_WORDS)}{digits}"

        return self.unique(make)

    def brand(self) -> str:
        r = self.rng
        return self.unique(
            lambda: (
                r.choice(BRAND_WORDS)
                + r.choice(BRAND_WORDS)
                + r.choice(["", "x", "pro", "ex", "fi", "hub", str(r.randint(1, 99))])
            )
        )

    def code(
        self, n: int, alphabet: str = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    ) -> str:
        return self.unique(lambda: "".join(self.rng.choice(alphabet) for _ in range(n)))


class Factory:
    """Makes fresh true values for an owner."""

    def __init__(self, rng: random.Random, namer: Namer) -> None:
        self.rng = rng
        self.namer = namer

    def phone(self, owner: str, region: str, platform: str = "") -> Value:
        for _ in range(50):
            number = mobile_number(region, self.rng)
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if e164 not in self.namer.used:
                self.namer.used.add(e164)
                break
        return Value(
            f"phone:{e164}", "phone", owner, {"e164": e164, "region": region, "platform": platform}
        )

    def handle(self, owner: str, platform: str, base: str) -> Value:
        if platform in ("whatsapp", "zalo", "viber", "signal"):
            region = "VN" if platform == "zalo" else base
            return self.phone(owner, region, platform)
        name = self.namer.handle()
        if platform == "wechat" and self.rng.random() < 0.3:
            name = "wxid_" + self.namer.code(14, "abcdefghijklmnopqrstuvwxyz0123456789")
        if platform == "line" and self.rng.random() < 0.2:
            name = (
                "@"
                + self.namer.code(3, "0123456789")
                + self.namer.code(4, "abcdefghjkmnpqrstuvwxyz")
            )
        key_name = name.lower() if platform == "telegram" else name
        return Value(
            f"{platform}:{key_name}", "handle", owner, {"platform": platform, "name": name}
        )

    def bank(self, owner: str, country: str) -> Value:
        banks = BANKS[country]
        index = self.rng.randrange(len(banks))
        names, length, _ = banks[index]
        digits = self.namer.unique(
            lambda: (
                str(self.rng.randint(1, 9))
                + "".join(self.rng.choice("0123456789") for _ in range(length - 1))
            )
        )
        if country == "CN":
            digits = "62" + digits[2:-1]
            digits = luhn_complete(digits)
        attrs = {
            "country": country,
            "bank": str(index),
            "digits": digits,
            "holder": self.rng.choice(HOLDERS[COUNTRY[country][0]]),
        }
        if country == "JP":
            attrs["branch"] = self.rng.choice(JP_BRANCHES)
            attrs["branch_code"] = f"{self.rng.randint(100, 899):03d}"
        return Value(f"bank:{country}:{names[0]}:{digits}", "bank", owner, attrs)

    def wallet(self, owner: str, chain: str = "tron") -> Value:
        address = "0x" + self.rng.randbytes(20).hex() if chain == "eth" else tron_address(self.rng)
        return Value(
            f"wallet:{chain}:{address}", "wallet", owner, {"chain": chain, "address": address}
        )

    def domain(self, owner: str, brand: str, free_host: bool = False) -> Value:
        r = self.rng
        if free_host:
            host = self.namer.unique(
                lambda: (
                    f"{brand}{r.choice(['', '-app', '-web', '-vip'])}{r.randint(1, 999)}"
                    f".{r.choice(FREE_HOSTS)}"
                )
            )
        else:
            host = self.namer.unique(
                lambda: r.choice(
                    [
                        f"{brand}{r.randint(1, 99)}{r.choice(TLDS)}",
                        f"{brand}-{r.choice(HANDLE_WORDS)}{r.choice(TLDS)}",
                        f"{brand}{r.choice(TLDS)}",
                    ]
                )
            )
        sub = "" if free_host else r.choice(["", "", "www.", "m.", "h5.", "app."])
        return Value(f"domain:{host}", "domain", owner, {"host": host, "brand": brand, "sub": sub})

    def short_url(self, owner: str) -> Value:
        host = self.rng.choice(SHORTENERS)
        path = self.namer.code(self.rng.choice((6, 7)))
        return Value(f"url:{host}/{path}", "url", owner, {"host": host, "path": path})


class Rotator:
    """A value in use until it has served about ``uses`` victims (or ``days`` passed)."""

    def __init__(
        self, make: Callable[[], Value], uses: float, rng: random.Random, days: float = 0.0
    ) -> None:
        self.make = make
        self.mean_uses = uses
        self.days = days
        self.rng = rng
        self.current: Value | None = None
        self.left = 0
        self.until = 0.0

    def take(self, day: float) -> Value:
        expired = self.left <= 0 if not self.days else day >= self.until
        if self.current is None or expired:
            self.current = self.make()
            self.left = (
                max(1, round(self.rng.expovariate(1 / self.mean_uses))) if self.mean_uses else 1
            )
            self.until = day + self.rng.uniform(0.5, 1.5) * self.days
        self.left -= 1
        return self.current


class Pool:
    """Several rotators in use in parallel (a crew's or a herder's active accounts)."""

    def __init__(
        self, make: Callable[[], Value], uses: float, parallel: int, rng: random.Random
    ) -> None:
        self.rng = rng
        self.slots = [Rotator(make, uses, rng) for _ in range(max(1, parallel))]

    def take(self, day: float) -> Value:
        return self.rng.choice(self.slots).take(day)


# --------------------------------------------------------------------------- services and crews


@dataclass
class Service:
    """Scammer-side infrastructure shared by several crews; never a crew's own."""

    id: str
    kind: str  # herder, otc, farm, cdn, launder
    country: str = ""
    accounts: dict[str, Pool] = field(default_factory=dict)
    handle: Value | None = None
    wallet: Value | None = None
    numbers: dict[str, Pool] = field(default_factory=dict)
    host: Value | None = None


@dataclass
class Agent:
    persona: str
    platform: str
    handle: Rotator
    phone: Rotator | None
    short: Value | None
    invite: str


@dataclass
class Crew:
    id: str
    kind: str
    countries: list[str]
    size: int
    base: str
    start: float
    span: float
    agents: dict[str, list[Agent]] = field(default_factory=dict)
    accounts: dict[str, Pool] = field(default_factory=dict)
    wallet: Rotator | None = None
    consolidation: Value | None = None
    brand: str = ""
    platform: Rotator | None = None
    free_host: Rotator | None = None
    support: Value | None = None
    callback: Rotator | None = None
    phishing: Rotator | None = None
    herders: dict[str, list[Service]] = field(default_factory=dict)
    otc: list[Service] = field(default_factory=list)
    farms: list[Service] = field(default_factory=list)
    cdn: Service | None = None
    launder: Service | None = None


CHAT_KINDS = {"investment", "romance", "task", "loan"}
CALL_KINDS = {"fake_police", "bank_imp"}


def pick(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def base_region(base: str, country: str, rng: random.Random) -> str:
    if base == "local":
        return country
    if base == "voip":
        return rng.choice(["US", "GB", "CA"])
    return base


class World:
    """Builds crews and services for one configuration and seed, then the reports."""

    def __init__(self, config: Config, seed: int, n_reports: int) -> None:
        self.config = config
        self.rng = random.Random(f"world2:{config.name}:{seed}")
        self.namer = Namer(self.rng)
        self.make = Factory(self.rng, self.namer)
        self.n_reports = n_reports
        self.innocent: dict[str, Value] = {}
        self.services = self._services()
        self.crews = self._crews()

    # ----------------------------------------------------------------- services

    def _services(self) -> dict[str, list[Service]]:
        c, r, make = self.config, self.rng, self.make
        out: dict[str, list[Service]] = {
            "herder": [],
            "otc": [],
            "farm": [],
            "cdn": [],
            "launder": [],
        }
        for i in range(c.herders):
            country = pick(r, COUNTRY_WEIGHTS)
            sid = f"svc:herder{i}"
            pool = Pool(lambda s=sid, k=country: make.bank(s, k), c.herder_account_uses, 3, r)
            out["herder"].append(Service(sid, "herder", country, accounts={country: pool}))
        for i in range(c.otc):
            sid = f"svc:otc{i}"
            accounts = {k: Pool(lambda s=sid, k=k: make.bank(s, k), 25.0, 2, r) for k in BANKS}
            out["otc"].append(
                Service(
                    sid,
                    "otc",
                    accounts=accounts,
                    handle=make.handle(sid, "telegram", "KH"),
                    wallet=make.wallet(sid),
                )
            )
        for i in range(c.farms):
            sid = f"svc:farm{i}"
            numbers = {
                k: Pool(lambda s=sid, k=k: make.phone(s, k), c.phone_uses, 3, r) for k in COUNTRY
            }
            out["farm"].append(Service(sid, "farm", numbers=numbers))
        for i in range(c.cdn_vendors):
            sid = f"svc:cdn{i}"
            host = self.namer.unique(
                lambda: (
                    f"{r.choice(['dl', 'app', 'down', 'apk'])}"
                    f"{r.choice(['-cdn', 'load', '-store', 'hub'])}"
                    f"{r.randint(1, 99)}{r.choice(TLDS)}"
                )
            )
            out["cdn"].append(
                Service(
                    sid,
                    "cdn",
                    host=Value(f"domain:{host}", "domain", sid, {"host": host, "brand": ""}),
                )
            )
        for i in range(3):
            sid = f"svc:launder{i}"
            out["launder"].append(Service(sid, "launder", wallet=make.wallet(sid)))
        return out

    # ----------------------------------------------------------------- crews

    def _sizes(self) -> list[int]:
        c, r = self.config, self.rng
        victims = round(self.n_reports * 1.03 / (1 + c.duplicate))
        sizes = [max(2, round(share * victims)) for share in c.big_crews]
        lone = round(c.lone_share * victims)
        rest = victims - sum(sizes) - lone
        sigma = 1.0
        mu = math.log(c.crew_mean) - sigma * sigma / 2
        while rest > 0:
            size = min(rest, max(2, round(r.lognormvariate(mu, sigma))))
            sizes.append(size)
            rest -= size
        sizes.extend([1] * lone)
        return sizes

    def _crews(self) -> list[Crew]:
        crews = []
        for i, size in enumerate(self._sizes()):
            crews.append(self._crew(f"op{i:04d}", size))
        return crews

    def _crew(self, cid: str, size: int) -> Crew:
        c, r, make = self.config, self.rng, self.make
        kind = pick(r, c.kinds)
        n_countries = 1 if size < 30 else r.choice((1, 2, 2, 3, 4))
        countries: list[str] = []
        while len(countries) < n_countries:
            k = pick(r, COUNTRY_WEIGHTS)
            if k not in countries:
                countries.append(k)
        span = 1.0 if size == 1 else min(WORLD_DAYS - 80, r.uniform(20, 120) + size * 0.6)
        start = r.uniform(0, WORLD_DAYS - 60 - span)
        crew = Crew(cid, kind, countries, size, r.choice(c.bases), start, span)
        lone = size == 1
        for k in countries:
            share = size / len(countries)
            n_agents = 1 if lone else max(1, round(share / c.agents_per_victims))
            crew.agents[k] = [self._agent(crew, k) for _ in range(n_agents)]
            crew.accounts[k] = Pool(
                lambda k=k: make.bank(cid, k), c.account_uses, 1 if lone else c.parallel_accounts, r
            )
            if c.herders and not lone:
                mine = [h for h in self.services["herder"] if h.country == k]
                crew.herders[k] = r.sample(mine, min(len(mine), r.choice((1, 2, 2, 3))))
        crew.wallet = Rotator(
            lambda: make.wallet(cid, "tron" if r.random() < 0.85 else "eth"), 40.0, r
        )
        crew.consolidation = make.wallet(cid)
        if kind in ("investment", "task", "romance", "loan"):
            crew.brand = self.namer.brand()
            crew.platform = Rotator(
                lambda: make.domain(cid, crew.brand), 0.0, r, days=c.mirror_days
            )
            crew.free_host = Rotator(
                lambda: make.domain(cid, crew.brand, True), 0.0, r, days=c.mirror_days * 2
            )
            if r.random() < 0.4:
                crew.support = Value(
                    f"email:cs.{crew.brand}@gmail.com".lower(),
                    "email",
                    cid,
                    {"address": f"cs.{crew.brand}@gmail.com"},
                )
        if kind in CALL_KINDS or kind == "smishing":
            crew.callback = Rotator(
                lambda: make.phone(cid, base_region(crew.base, countries[0], r)), c.phone_uses, r
            )
            org = r.choice(IMPERSONATED[countries[0]])
            crew.phishing = Rotator(lambda: make.domain(cid, org), 10.0, r)
        if c.otc and not lone:
            crew.otc = r.sample(self.services["otc"], min(c.otc, r.choice((1, 2))))
        if c.farms:
            crew.farms = r.sample(self.services["farm"], min(c.farms, r.choice((1, 2))))
        if self.services["cdn"] and r.random() < 0.6:
            crew.cdn = r.choice(self.services["cdn"])
        if r.random() < c.launder_share:
            crew.launder = r.choice(self.services["launder"])
        return crew

    def _agent(self, crew: Crew, country: str) -> Agent:
        c, r, make = self.config, self.rng, self.make
        platform = pick(r, COUNTRY[country][3])
        region = base_region(crew.base, country, r)
        handle = Rotator(lambda: make.handle(crew.id, platform, region), c.handle_uses, r)
        phone = None
        if r.random() < 0.5:
            phone = Rotator(lambda: make.phone(crew.id, region), c.phone_uses, r)
        short = make.short_url(crew.id) if r.random() < 0.3 else None
        return Agent(r.choice(PERSONAS), platform, handle, phone, short, self.namer.code(6))

    # ----------------------------------------------------------------- innocent values

    def innocent_value(self, kind: str, text: str) -> Value:
        digits = "".join(ch for ch in text if ch.isdigit())
        key = f"innocent:{kind}:{digits if kind == 'phone' else text.lower()}"
        if key not in self.innocent:
            self.innocent[key] = Value(key, kind, "innocent", {"text": text})
        return self.innocent[key]

    def own_value(self, kind: str, country: str) -> Value:
        """The victim's own account or phone: innocent, unique to the victim."""
        if kind == "phone":
            v = self.make.phone("innocent", country)
        else:
            v = self.make.bank("innocent", country)
        return v

    # ----------------------------------------------------------------- what happened to a victim

    def experience(self, crew: Crew, day: float) -> Experience:
        r = self.rng
        country = r.choice(crew.countries)
        lang = COUNTRY[country][0]
        if country in ("SG", "MY") and r.random() < 0.35:
            lang = "zh"
        agent = r.choice(crew.agents[country])
        ev = Experience(crew, country, lang, day, agent)
        kind = crew.kind
        if kind in CHAT_KINDS:
            self._chat_events(ev, crew, agent, day)
        elif kind in CALL_KINDS:
            self._call_events(ev, crew, agent, day)
        else:
            self._sms_events(ev, crew, agent, day)
        return ev

    def _chat_events(self, ev: Experience, crew: Crew, agent: Agent, day: float) -> None:
        c, r = self.config, self.rng
        ev.add("contact", [agent.handle.take(day)], app=agent.platform)
        if agent.phone and r.random() < 0.35:
            ev.add("phone", [agent.phone.take(day)])
        has_platform = crew.kind in ("investment", "task") or (
            crew.kind == "romance" and r.random() < 0.5
        )
        if has_platform and crew.platform and crew.free_host:
            if agent.short and r.random() < 0.25:
                ev.add("link", [agent.short])
            host = crew.free_host if r.random() < c.free_host_share else crew.platform
            ev.add("link", [host.take(day)], invite=agent.invite)
        if crew.kind == "loan" or (has_platform and r.random() < 0.25):
            if crew.cdn and crew.cdn.host:
                host = crew.cdn.host.attrs["host"]
                path = f"{host}/download/{crew.brand or crew.id}.apk"
                apk = Value(f"url:{path}", "url", crew.id, {"host": host, "path": path})
                ev.add("app_link", [crew.cdn.host, apk], brand=crew.brand or crew.id)
            elif crew.platform:
                ev.add("app_link", [crew.platform.take(day)], brand=crew.brand or "app")
        if crew.support and r.random() < 0.15:
            ev.add("contact", [crew.support], app="email")
        mean = {"investment": 3.0, "task": 2.5, "romance": 2.2, "loan": 1.4}[crew.kind]
        n = 1 + min(7, int(r.expovariate(1 / (mean - 1))))
        crypto_p = {"investment": 0.55, "task": 0.35, "romance": 0.25, "loan": 0.0}[crew.kind]
        used_otc: Service | None = None
        usd = r.lognormvariate(math.log(400 if crew.kind != "investment" else 900), 0.8)
        for _ in range(n):
            usd *= r.uniform(1.0, 2.2)
            if crew.kind == "romance" and r.random() < 0.25:
                ev.add("gift", [], usd=usd)
            elif r.random() < crypto_p:
                if crew.otc and (used_otc or r.random() < self.config.otc_share):
                    used_otc = used_otc or r.choice(crew.otc)
                    if used_otc.handle and not ev.has("otc"):
                        ev.add("otc", [used_otc.handle], app="telegram")
                    ev.add("otc_bank", [used_otc.accounts[ev.country].take(day)], usd=usd)
                elif r.random() < c.deposit_per_victim:
                    wallet = ev.deposit or self.make.wallet(crew.id)
                    ev.deposit = wallet
                    ev.add("wallet", [wallet], usd=usd)
                elif crew.wallet:
                    ev.add("wallet", [crew.wallet.take(day)], usd=usd)
            else:
                ev.add("bank", [self.bank_payee(crew, ev.country, day)], usd=usd)
        if ev.has("wallet") and r.random() < c.consolidation_recall:
            target = crew.launder.wallet if crew.launder and crew.launder.wallet else None
            ev.add("consolidation", [target or crew.consolidation])  # type: ignore[list-item]

    def bank_payee(self, crew: Crew, country: str, day: float) -> Value:
        herders = crew.herders.get(country) or []
        if herders and self.rng.random() < self.config.herder_share:
            return self.rng.choice(herders).accounts[herders[0].country].take(day)
        return crew.accounts[country].take(day)

    def _call_events(self, ev: Experience, crew: Crew, agent: Agent, day: float) -> None:
        c, r = self.config, self.rng
        if r.random() < c.spoof_share:
            table = POLICE if crew.kind == "fake_police" else BANK_LINES
            ev.add("caller", [self.innocent_value("phone", r.choice(table[ev.country]))])
        elif crew.callback:
            ev.add("caller", [crew.callback.take(day)])
        if r.random() < 0.6:
            ev.add("contact", [agent.handle.take(day)], app=agent.platform)
        if crew.phishing and r.random() < (0.25 if crew.kind == "fake_police" else 0.45):
            ev.add("link", [crew.phishing.take(day)], invite="")
        usd = r.lognormvariate(math.log(3000), 1.0)
        for _ in range(1 + min(4, int(r.expovariate(1 / 0.8)))):
            if crew.kind == "fake_police" and r.random() < 0.1 and crew.wallet:
                ev.add("wallet", [crew.wallet.take(day)], usd=usd)
            else:
                ev.add("bank", [self.bank_payee(crew, ev.country, day)], usd=usd)
            usd *= r.uniform(0.6, 1.8)

    def _sms_events(self, ev: Experience, crew: Crew, agent: Agent, day: float) -> None:
        c, r = self.config, self.rng
        if crew.farms and r.random() < c.farm_share:
            ev.add("sms", [r.choice(crew.farms).numbers[ev.country].take(day)])
        elif crew.callback:
            ev.add("sms", [crew.callback.take(day)])
        if crew.phishing and r.random() < 0.85:
            ev.add("link", [crew.phishing.take(day)], invite="")
        if crew.callback and r.random() < 0.15:
            ev.add("phone", [crew.callback.take(day)])
        usd = r.lognormvariate(math.log(600), 0.9)
        if r.random() < 0.55:
            ev.add("card", [], usd=usd)
        else:
            ev.add("bank", [self.bank_payee(crew, ev.country, day)], usd=usd)


@dataclass
class Event:
    role: str
    values: list[Value]
    extra: dict[str, object]


@dataclass
class Experience:
    crew: Crew
    country: str
    lang: str
    day: float
    agent: Agent
    events: list[Event] = field(default_factory=list)
    deposit: Value | None = None

    def add(self, role: str, values: list[Value], **extra: object) -> None:
        self.events.append(Event(role, values, dict(extra)))

    def has(self, role: str) -> bool:
        return any(e.role == role for e in self.events)


RECALL = {
    "phone": 0.6, "link": 0.75, "app_link": 0.55, "bank": 0.85, "wallet": 0.8, "otc": 0.6,
    "otc_bank": 0.8, "caller": 0.8, "sms": 0.8, "consolidation": 1.0, "gift": 1.0, "card": 1.0,
}  # fmt: skip

# --------------------------------------------------------------------------- writing it down

APP_NAMES = {
    "telegram": {
        "*": ["Telegram", "TG", "telegram"],
        "zh": ["电报", "Telegram", "飞机"],
        "ko": ["텔레그램", "텔레"],
        "ja": ["テレグラム", "Telegram"],
    },
    "line": {
        "*": ["LINE", "Line", "LINE ID"],
        "th": ["ไลน์", "LINE", "ไอดีไลน์"],
        "ja": ["LINE", "ライン"],
    },
    "wechat": {"*": ["WeChat", "微信", "vx", "V信"]},
    "kakao": {"*": ["카톡", "카카오톡", "KakaoTalk"]},
    "whatsapp": {"*": ["WhatsApp", "WA", "Whatsapp"], "ko": ["왓츠앱", "WhatsApp"]},
    "zalo": {"*": ["Zalo", "zalo"]},
    "viber": {"*": ["Viber"]},
    "signal": {"*": ["Signal"]},
    "email": {"*": ["email", "e-mail"], "ja": ["メール"], "zh": ["邮箱"], "ko": ["이메일"]},
}
MSG = {
    "en": {
        "bank": "Please transfer to",
        "wallet": "Deposit USDT TRC20:",
        "hi": "Hi dear, it's",
        "call": "(phone call)",
        "sms": "Your parcel is on hold, update your address:",
    },
    "ja": {
        "bank": "振込先はこちら",
        "wallet": "入金アドレス",
        "hi": "こんにちは、",
        "call": "（通話）",
        "sms": "お荷物をお届けにあがりましたが不在のため持ち帰りました",
    },
    "zh": {
        "bank": "请转到",
        "wallet": "充值地址",
        "hi": "你好，我是",
        "call": "（来电）",
        "sms": "您的快递异常，请点击理赔",
    },
    "ko": {
        "bank": "입금계좌",
        "wallet": "입금 주소",
        "hi": "안녕하세요",
        "call": "(통화)",
        "sms": "[Web발신] 주소지 불명 확인바랍니다",
    },
    "th": {
        "bank": "โอนเข้าบัญชีนี้",
        "wallet": "ที่อยู่ฝาก",
        "hi": "สวัสดีค่ะ",
        "call": "(โทร)",
        "sms": "พัสดุของท่านตกค้าง กรุณายืนยันที่อยู่",
    },
    "vi": {
        "bank": "Chuyển khoản vào",
        "wallet": "Địa chỉ nạp",
        "hi": "Chào bạn, mình là",
        "call": "(cuộc gọi)",
        "sms": "Bưu phẩm của bạn bị giữ, cập nhật địa chỉ tại",
    },
    "id": {
        "bank": "Transfer ke",
        "wallet": "Alamat deposit",
        "hi": "Halo kak, saya",
        "call": "(telepon)",
        "sms": "Paket anda tertahan, konfirmasi alamat di",
    },
    "tl": {
        "bank": "Dito ka magpadala",
        "wallet": "Deposit address",
        "hi": "Hi po, ako si",
        "call": "(tawag)",
        "sms": "Ang parcel mo ay naka-hold, i-update ang address:",
    },
}
FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
OCR = [("0", "O"), ("1", "l"), ("l", "1"), ("O", "0"), ("5", "S"), ("8", "B"), ("rn", "m"),
       ("I", "l")]  # fmt: skip
PAYEE_ROLES = {"bank", "wallet", "otc_bank"}
CONTACT_ROLES = {"contact", "phone", "otc"}
HINTS = {"telegram": "telegram", "line": "line", "wechat": "wechat", "kakao": "kakao",
         "whatsapp": "whatsapp", "zalo": "zalo", "viber": "viber", "signal": "signal",
         "email": "email"}  # fmt: skip
RAILS = {"bank": "domestic_transfer", "otc_bank": "domestic_transfer",
         "wallet": "crypto_usdt_trc20", "gift": "gift_card", "card": "card"}  # fmt: skip
REPORTER_TYPES = {"investment": "investment", "romance": "romance", "task": "job",
                  "fake_police": "impersonation", "bank_imp": "impersonation",
                  "smishing": "phishing", "loan": "loan"}  # fmt: skip
FIRST_CHANNEL = {"investment": ["social_dm", "social_ad", "dating_app", "messaging_app"],
                 "romance": ["dating_app", "social_dm"], "task": ["messaging_app", "sms",
                 "recruitment_site"], "fake_police": ["voice_spoofed_cli", "voice"],
                 "bank_imp": ["voice", "voice_spoofed_cli"], "smishing": ["sms"],
                 "loan": ["social_ad", "search_ad"]}  # fmt: skip


class Writer:
    """Turns what happened to a victim into one report as a victim or relative would write it."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.rng = random.Random(f"world2-writer:{world.config.name}:{world.rng.random()}")
        self.seen: dict[str, Value] = {}

    # ----------------------------------------------------------------- values as written

    def digits_style(self, text: str, lang: str) -> str:
        r = self.rng
        if lang in ("ja", "zh") and r.random() < 0.15:
            return text.translate(FULLWIDTH)
        if lang == "th" and r.random() < 0.05:
            return text.translate(THAI_DIGITS)
        return text

    def slip(self, text: str, ocr: bool) -> tuple[str, bool]:
        """A typo (or an OCR confusion for a transcribed screenshot): no longer recoverable."""
        r = self.rng
        if ocr and r.random() < 0.05:
            for a, b in r.sample(OCR, len(OCR)):
                if a in text[2:]:
                    i = text.index(a, 2)
                    return text[:i] + b + text[i + len(a) :], False
        if r.random() < 0.015:
            idx = [i for i, ch in enumerate(text) if ch.isdigit()]
            if len(idx) > 4:
                i = r.choice(idx[2:])
                return text[:i] + str((int(text[i]) + r.randint(1, 9)) % 10) + text[i + 1 :], False
        return text, True

    def phone(self, v: Value, country: str, lang: str, ocr: bool) -> tuple[str, bool]:
        r = self.rng
        number = phonenumbers.parse(v.attrs["e164"])
        fmt = phonenumbers.PhoneNumberFormat
        intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
        recoverable = True
        if v.attrs.get("platform") == "whatsapp" and r.random() < 0.3:
            text = "wa.me/" + v.attrs["e164"][1:]
        elif v.attrs["region"] == country and r.random() < 0.55:
            text = phonenumbers.format_number(number, fmt.NATIONAL)
        else:
            roll = r.random()
            if roll < 0.45:
                text = intl
            elif roll < 0.7:
                text = v.attrs["e164"]
            elif roll < 0.85:
                text = intl[1:]
            elif roll < 0.95:
                text = "00" + intl[1:]
            else:
                text = phonenumbers.format_number(number, fmt.NATIONAL)
                recoverable = v.attrs["region"] == country
        if r.random() < 0.3:
            text = text.replace(" ", "-") if r.random() < 0.5 else text.replace(" ", "")
        if r.random() < 0.03 and " " in text.strip():
            i = text.rindex(" ")
            text = text[:i] + "\n" + text[i + 1 :]
        text = self.digits_style(text, lang)
        text, ok = self.slip(text, ocr)
        return text, recoverable and ok

    def handle(self, v: Value, ocr: bool) -> tuple[str, bool]:
        r = self.rng
        platform, name = v.attrs["platform"], v.attrs["name"]
        if platform == "telegram":
            shown = name if r.random() < 0.8 else name.capitalize()
            text = r.choices(
                [f"@{shown}", f"t.me/{shown}", f"https://t.me/{shown}", shown], weights=[5, 2, 1, 2]
            )[0]
        elif platform == "line" and not name.startswith("@"):
            text = r.choices([name, f"line.me/ti/p/~{name}", f"ID: {name}"], weights=[6, 2, 2])[0]
        else:
            text = name
        return self.slip(text, ocr)

    def bank(self, v: Value, lang: str, ocr: bool) -> tuple[str, bool]:
        r = self.rng
        country, digits = v.attrs["country"], v.attrs["digits"]
        names, _, groups = BANKS[country][int(v.attrs["bank"])]
        bank = r.choice(names)
        grouped = digits
        if groups and r.random() < 0.6:
            parts, i = [], 0
            for g in groups:
                parts.append(digits[i : i + g])
                i += g
            grouped = r.choice(["-", " ", "-"]).join(parts)
        if country == "JP":
            branch, code = v.attrs["branch"], v.attrs["branch_code"]
            text = r.choice(
                [
                    f"{bank} {branch}支店 普通 {digits}",
                    f"{bank}　{code}-{digits}",
                    f"{bank} 店番{code} 口座番号{digits}",
                    f"{bank}{branch}支店（{code}）普通預金{digits}",
                    f"{bank} {digits}",
                ]
            )
        elif country == "US":
            routing = US_ROUTING[names[0]]
            text = r.choice(
                [f"{bank} acct {digits} routing {routing}", f"{bank} account #{digits}"]
            )
        elif country == "AU":
            text = f"{bank} BSB {AU_BSB[names[0]]} Acc {digits}"
        elif country == "GB":
            text = f"{bank} sort code {GB_SORT[names[0]]} account {digits}"
        elif r.random() < 0.08:
            text = grouped  # the bank forgotten
        else:
            text = r.choice(
                [
                    f"{bank} {grouped}",
                    f"{grouped} ({bank})",
                    f"{bank} - {grouped}",
                    f"{bank}:{grouped}",
                ]
            )
        text = self.digits_style(text, lang)
        return self.slip(text, ocr)

    def wallet(self, v: Value, ocr: bool) -> tuple[str, bool]:
        r = self.rng
        address = v.attrs["address"]
        if r.random() < 0.04:
            return f"{address[:6]}...{address[-4:]}", False
        if v.attrs["chain"] == "eth" and r.random() < 0.1:
            address = "0x" + address[2:].upper()
        text = r.choice([address, address, address, f"TRC20 {address}", f"{address} (USDT)"])
        if v.attrs["chain"] == "eth":
            text = r.choice([address, f"ERC20 {address}"])
        return self.slip(text, ocr)

    def domain(self, v: Value, invite: str, ocr: bool) -> tuple[str, bool]:
        r = self.rng
        registrable = v.attrs["host"]
        host = v.attrs.get("sub", "") + registrable
        forms = [
            f"https://{host}/",
            host,
            f"http://{host}",
            f"https://{host}/#/login",
            f"{host}/index.html",
        ]
        if invite:
            forms += [
                f"https://{host}/#/register?code={invite}",
                f"https://{host}/h5/#/pages/register?invite={invite}",
            ]
        text = r.choice(forms)
        roll = r.random()
        if roll < 0.03:
            text = host.replace(".", "[.]")
        elif roll < 0.05:
            text = "hxxps://" + host
        elif roll < 0.07:
            text = "Https" + text[5:] if text.startswith("https") else text
        if r.random() < 0.02:
            i = r.randrange(1, max(2, registrable.index(".")))
            return text.replace(registrable, registrable[:i] + registrable[i + 1 :]), False
        return self.slip(text, ocr)

    def written(
        self, v: Value, role: str, ev: Experience, ocr: bool, extra: dict[str, object]
    ) -> tuple[str, bool]:
        if v.owner == "innocent" and "text" in v.attrs:
            text = v.attrs["text"]
            if self.rng.random() < 0.2:
                text = text.replace("-", " ")
            return text, True
        if v.kind == "phone":
            return self.phone(v, ev.country, ev.lang, ocr)
        if v.kind == "handle":
            return self.handle(v, ocr)
        if v.kind == "bank":
            return self.bank(v, ev.lang, ocr)
        if v.kind == "wallet":
            return self.wallet(v, ocr)
        if v.kind == "email":
            return v.attrs["address"], True
        if v.kind == "url":
            text = f"{v.attrs['host']}/{v.attrs['path']}"
            return (text if self.rng.random() < 0.5 else "https://" + text), True
        if role == "app_link":
            brand = str(extra.get("brand") or "app")
            path = f"{v.attrs['host']}/download/{brand}.apk"
            return (path if self.rng.random() < 0.3 else "https://" + path), True
        return self.domain(v, str(extra.get("invite") or ""), ocr)

    # ----------------------------------------------------------------- the report

    def references(self, ev: Experience, second_hand: bool) -> list[Event]:
        """What the victim mentions for innocent reasons: lines called, sites, own details."""
        r, w, rate = self.rng, self.world, self.world.config.reference_rate
        out: list[Event] = []
        k = ev.country
        p_bank = 0.3 if ev.crew.kind == "bank_imp" else 0.12
        for role, table, p in (
            ("ref_police", POLICE, 0.22),
            ("ref_bank", BANK_LINES, p_bank),
            ("ref_site", SITES, 0.12),
        ):
            if r.random() < min(0.9, p * rate):
                text = r.choice(table[k])
                kind = "site" if role == "ref_site" else "phone"
                out.append(Event(role, [w.innocent_value(kind, text)], {}))
        if ev.crew.kind in ("investment", "task", "romance") and r.random() < 0.03 * rate:
            out.append(Event("ref_embassy", [w.innocent_value("phone", r.choice(EMBASSIES))], {}))
        if ev.has("wallet") and r.random() < 0.35:
            text = r.choice(EXCHANGES.get(k, []) + EXCHANGES["*"])
            out.append(Event("ref_exchange", [w.innocent_value("site", text)], {}))
        if r.random() < 0.04 * rate:
            out.append(Event("ref_support", [w.innocent_value("site", r.choice(SUPPORT))], {}))
        if ev.has("bank") and r.random() < 0.08 and k in BANKS:
            out.append(Event("own_account", [w.own_value("bank", k)], {}))
        if not second_hand and r.random() < 0.05:
            out.append(Event("own_phone", [w.own_value("phone", k)], {}))
        return out

    def report(
        self, ev: Experience, ext_id: str, received: float, second_hand: bool, crew_id: str
    ) -> tuple[dict[str, object], dict[str, object]]:
        r = self.rng
        lang, kind, country = ev.lang, ev.crew.kind, ev.country
        ph = PHRASES[lang]
        style = r.choices(["form", "free", "chat"], weights=[4, 3.5 + 3 * second_hand, 2.5])[0]
        ocr = style == "chat" or (second_hand and r.random() < 0.3)
        recall_scale = 0.75 if second_hand else 1.0
        events = [
            e
            for e in ev.events
            if r.random() < RECALL.get(e.role, self.world.config.contact_recall) * recall_scale
        ]
        events += self.references(ev, second_hand)
        currency, rate = COUNTRY[country][1], COUNTRY[country][2]
        narrative: list[str] = []
        if second_hand:
            rel = r.choice(ph["rel"])
            narrative.append(r.choice(ph["second_hand"]).format(rel=rel))
        persona = ev.agent.persona
        narrative.append(r.choice(ph[f"intro.{kind}"]).format(persona=persona))
        messages: list[dict[str, object]] = []
        payments: list[dict[str, object]] = []
        identifiers: list[dict[str, object]] = []
        mentions: list[dict[str, object]] = []
        total = 0.0
        for e in events:
            usd = float(e.extra.get("usd", 0.0))  # type: ignore[arg-type]
            amount = self.amount(usd, currency, rate)
            total += float(amount)
            if not e.values:
                if style == "form":
                    payee = "Apple gift cards" if e.role == "gift" else "online card payment"
                    payments.append(
                        {
                            "currency": currency,
                            "amount": amount,
                            "rail": RAILS[e.role],
                            "payee": payee,
                        }
                    )
                continue
            v = e.values[0]
            text, ok = self.written(v, e.role, ev, ocr, e.extra)
            where = self.place(
                e,
                v,
                text,
                style,
                lang,
                persona,
                amount,
                currency,
                narrative,
                messages,
                payments,
                identifiers,
            )
            for value in e.values:
                self.seen[value.key] = value
                mentions.append(
                    {
                        "key": value.key,
                        "kind": value.kind,
                        "owner": value.owner,
                        "owner_type": value.owner_type,
                        "role": e.role,
                        "text": text,
                        "recoverable": ok,
                        "where": where,
                    }
                )
        if r.random() < 0.1:
            narrative.append(r.choice(ph["vague"]))
        loss = self.amount(total / rate if total else 0.0, currency, rate) if total else None
        if loss:
            narrative.append(r.choice(ph["loss"]).format(amount=f"{float(loss):,.0f} {currency}"))
        sep = "。" if lang in ("ja", "zh") else r.choice([". ", "\n", ". ", " "])
        narrative = [s.strip().rstrip("。.") for s in narrative]
        record: dict[str, object] = {
            "external_id": ext_id,
            "received_at": (EPOCH + timedelta(days=received)).isoformat(),
            "occurred_at": (EPOCH + timedelta(days=ev.day)).isoformat(),
            "victim_country": country,
            "language": lang,
            "channel": r.choice(FIRST_CHANNEL[kind]),
            "narrative": sep.join(s for s in narrative if s) + sep.strip(),
        }
        if messages:
            record["messages"] = messages
        if payments:
            record["payments"] = payments
        if identifiers:
            record["identifiers"] = identifiers
        if loss:
            record["loss"] = {"currency": currency, "amount": loss}
        if r.random() < 0.7:
            record["scam_type"] = REPORTER_TYPES[kind]
        if r.random() < 0.5:
            record["victim"] = {
                "name": r.choice(HOLDERS[lang]),
                "age_band": r.choice(["20-29", "30-39", "40-49", "50-59", "60-69", "70+"]),
            }
        truth = {
            "external_id": ext_id,
            "crew": crew_id,
            "kind": kind,
            "country": country,
            "language": lang,
            "second_hand": second_hand,
            "style": style,
            "mentions": mentions,
        }
        return record, truth

    def amount(self, usd: float, currency: str, rate: float) -> str:
        value = max(1.0, usd * rate)
        step = 10 ** max(0, int(math.log10(value)) - 2)
        return str(int(round(value / step) * step))

    def place(
        self,
        e: Event,
        v: Value,
        text: str,
        style: str,
        lang: str,
        persona: str,
        amount: str,
        currency: str,
        narrative: list[str],
        messages: list[dict[str, object]],
        payments: list[dict[str, object]],
        identifiers: list[dict[str, object]],
    ) -> str:
        """Put one identifier where this reporter would write it; say where."""
        r, ph, msg = self.rng, PHRASES[lang], MSG[lang]
        role = e.role
        app_key = str(e.extra.get("app") or v.attrs.get("platform") or "")
        names = APP_NAMES.get(app_key, {"*": [""]})
        app = r.choice(names.get(lang, names["*"]))
        holder = v.attrs.get("holder", "")
        where: list[str] = []
        if role in PAYEE_ROLES:
            if (style == "form" and r.random() < 0.85) or (style == "free" and r.random() < 0.2):
                pay: dict[str, object] = {
                    "currency": currency,
                    "amount": amount,
                    "rail": RAILS[role],
                    "payee": text,
                }
                if holder and r.random() < 0.7:
                    pay["payee_name"] = holder
                payments.append(pay)
                where.append("payments")
            elif style == "chat" and r.random() < 0.7:
                label = msg["bank"] if role != "wallet" else msg["wallet"]
                messages.append({"text": f"{label} {text}", "sender": "scammer"})
                where.append("messages")
        elif role in CONTACT_ROLES:
            if style == "form" and r.random() < 0.7:
                item: dict[str, object] = {"value": text, "role": "contact"}
                if r.random() < 0.5:
                    item["kind"] = HINTS.get(app_key, "phone" if v.kind == "phone" else "handle")
                identifiers.append(item)
                where.append("identifiers")
            elif style == "chat" and r.random() < 0.6:
                messages.append(
                    {
                        "text": f"{msg['hi']} {persona}",
                        "sender": "scammer",
                        "from_id": text,
                        "channel": app_key or "messaging_app",
                    }
                )
                where.append("messages.from_id")
        elif role in ("caller", "sms"):
            if style != "free" and r.random() < 0.75:
                channel = "sms" if role == "sms" else r.choice(["voice", "voice_spoofed_cli"])
                body = msg["sms"] if role == "sms" else msg["call"]
                messages.append(
                    {"text": body, "sender": "scammer", "from_id": text, "channel": channel}
                )
                where.append("messages.from_id")
        elif role in ("link", "app_link"):
            if style == "chat" and r.random() < 0.7:
                messages.append({"text": f"{text}", "sender": "scammer"})
                where.append("messages")
            elif style == "form" and r.random() < 0.5:
                item = {"value": text, "role": "link"}
                if r.random() < 0.5:
                    item["kind"] = "url"
                identifiers.append(item)
                where.append("identifiers")
        elif style == "form" and r.random() < 0.06:
            identifiers.append({"value": text})  # an officer copying every number given
            where.append("identifiers")
        if not where or r.random() < 0.35:
            key = role if role in ph else "contact"
            usd = float(e.extra.get("usd", 0.0))  # type: ignore[arg-type]
            shown = f"{usd:,.0f}" if role == "wallet" else f"{float(amount):,.0f} {currency}"
            phrase = r.choice(ph[key]).format(
                v=text, app=app or "", persona=persona, amount=shown, name=holder or persona
            )
            narrative.append(phrase)
            where.append("narrative")
        return "+".join(where)


# --------------------------------------------------------------------------- the world on disk


def write_world(config_name: str, seed: int, n_reports: int, out_dir: Path) -> dict[str, object]:
    """Write reports.jsonl, truth.jsonl and values.jsonl for one configuration and seed."""
    config = CONFIGS[config_name]
    world = World(config, seed, n_reports)
    writer = Writer(world)
    r = world.rng
    drafts: list[tuple[float, Experience, bool, str]] = []
    for crew in world.crews:
        days = sorted(crew.start + r.random() * crew.span for _ in range(crew.size))
        for day in days:
            ev = world.experience(crew, day)
            lag = r.expovariate(1 / 18.0) + (r.uniform(20, 90) if r.random() < 0.15 else 0.0)
            drafts.append((day + lag, ev, r.random() < config.second_hand, crew.id))
            if r.random() < config.duplicate:
                drafts.append((day + lag + r.uniform(1, 40), ev, r.random() < 0.6, crew.id))
    drafts.sort(key=lambda d: d[0])
    drafts = drafts[:n_reports]
    out_dir.mkdir(parents=True, exist_ok=True)
    owners: dict[str, Value] = {}
    uses: Counter[str] = Counter()
    with (
        (out_dir / "reports.jsonl").open("w", encoding="utf-8") as rep,
        (out_dir / "truth.jsonl").open("w", encoding="utf-8") as tru,
    ):
        for i, (received, ev, second_hand, crew_id) in enumerate(drafts):
            received = min(received, WORLD_DAYS + 60)
            ext_id = f"{ev.country}-W2-{seed}-{i:06d}"
            record, truth = writer.report(ev, ext_id, received, second_hand, crew_id)
            rep.write(json.dumps(record, ensure_ascii=False) + "\n")
            tru.write(json.dumps(truth, ensure_ascii=False) + "\n")
            for m in truth["mentions"]:  # type: ignore[attr-defined]
                uses[m["key"]] += 1
    owners.update(writer.seen)
    with (out_dir / "values.jsonl").open("w", encoding="utf-8") as fh:
        for key, v in sorted(owners.items()):
            if uses[key]:
                fh.write(
                    json.dumps(
                        {
                            "key": key,
                            "kind": v.kind,
                            "owner": v.owner,
                            "owner_type": v.owner_type,
                            "mentions": uses[key],
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    summary = {
        "config": config_name,
        "seed": seed,
        "reports": len(drafts),
        "crews": len({d[3] for d in drafts}),
        "description": config.description,
    }
    (out_dir / "world.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", choices=sorted(CONFIGS), default="mule_herders")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    print(json.dumps(write_world(args.config, args.seed, args.reports, args.out)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
