"""A fifth independent synthetic world of scam operations, for measuring report linking.

Author: the "world5" engineer session of 2026-12-06; generator and phrase banks
(bench/world5_phrases.py) written 13:50-14:00 UTC. Written BLIND to the linker: its author did
not open src/tipoff/link/, src/tipoff/indicators/, src/tipoff/simulate/,
src/tipoff/evaluation/, src/tipoff/assess/, docs/networks.md, docs/link-evaluation.md,
docs/indicators.md, docs/benchmarks.md, tests/link, tests/indicators, or the generators of the
other independent worlds (bench/independent_world*.py, bench/world*_phrases.py), except the
header docstring (lines 1-80) of bench/independent_world_4.py, read to see which structures it
already models and its style. What was read, with times (UTC):

- 13:49 /work/notes/common.md and /work/notes/issue-12.md (the issue text);
- 13:49 bench/independent_world_4.py lines 1-80; bench/bench_independent_world_4.py and
  tests/evaluation/test_world4.py in full;
- 13:49 in bench/bench_independent_world_2.py lines 41-182 and 341-345 only (Scores,
  pair_scores, ceiling_labels, tipoff, last_line, ingest_and_relink, read_networks, load_truth,
  labels, fmt); in bench/bench_independent_world_3.py lines 47-88 only (ceiling_labels,
  ingest_and_relink, load_truth, labels);
- 13:49 src/tipoff/intake/schema.py lines 100-289 (field and enum names, value limits) and
  the Role / TLP enums of src/tipoff/model.py;
- 13:49 /work/shared/docs/domain.md sections 0, 1.3 B (investment) and 1.3 G (impersonation);
  docs/identifiers.md lines 1-60 (which kinds exist; no extractor code).

Its author ran no tipoff linking (ingest or relink) on this world; the only linking figures
the author has seen are those quoted in issue 12.

EVALUATION DATA: never tune tipoff to it (its phrases, spellings, numbers, sizes, shares);
fix the general behaviour and report the figure as a held-out check.

What it models (structures the fourth world's header does not list). One operation (a
report's truth label) controls its own contacts, sites, wallets and accounts; services rented
by several operations, and values anyone may mention, are nobody's operation:

- ``fake_apps``: pig-butchering crews with fake trading APPS: parallel personas (one
  WhatsApp / LINE / Telegram / KakaoTalk account each, retired after about a dozen victims);
  app download domains rotating about every three weeks (some apps installed by a TestFlight
  link or a shortener path: the path is the crew's, the host nobody's); a "customer service"
  Telegram account; an in-app deposit address PER VICTIM (owned by the crew, never shared);
  "withdrawal fee" paid to mule accounts. Victims buy USDT through an OTC broker (a service
  several crews use) or a big exchange (the exchange's hot wallet is innocent). Among them,
  address-POISONING drainer crews: the victim copied a lookalike address (one per victim,
  the drainer's) instead of the exchange address it mimics (innocent), after visiting the
  drainer's fake airdrop site (the drainer's, rotating), to which some had also granted a token
  approval (the approved spender contract is the drainer's, rotating about every five months).
- ``safe_account``: 公检法 / ニセ警察 / 기관사칭 "safe account" crews: caller IDs that are the
  REAL police switchboard (spoofed; innocent), VoIP call-back numbers rotating every few days
  on several lines (some from a SIM-box service several crews rent), the fake officer's
  messenger account, a fake warrant site, FIRST-LAYER mule accounts per victim or two (the
  crew's), a SECOND-LAYER account shared by many victims for the "audit" transfer (the crew's,
  or a mule herder's that several crews rent). Victims name the anti-fraud hotline, their
  bank's hotline and the police site they reported to.
- ``loan_app``: predatory loan-app harassment crews: each crew runs many app names at once
  (an APK domain or a store URL with its package id per app), collector WhatsApp numbers
  retired after about ten debtors, repayment to a virtual account per debtor (the crew's,
  never shared) or to collectors' e-wallet numbers (the crew's, shared), through payment
  processors several crews use (a service). Victims name the regulator, the cyber-crime
  helpline and the app store.
- ``shops``: fake online shops and marketplace sellers: the same seller name on several
  platforms (Instagram, Facebook, Carousell, Shopee, TikTok; a handle per platform, all the
  crew's), shop domains rotating about every two weeks, and many bank / e-wallet accounts
  that take about five payments each. Those accounts belong to RECRUITED MULES: some reports
  are from people recruited by the same crew through a job ad, who name their own account
  (owned by the crew that uses it) and the recruiter's Telegram. Victims name the marketplace,
  the courier and a consumer-protection site.
- ``whatsapp_clubs``: investment clubs: a "professor" and assistants on WhatsApp, group
  invite links (chat.whatsapp.com/...) rotating per group that victims FORWARD to friends (the
  friend's own phone is the victim's, not the crew's), a fake platform domain, shell-company
  accounts or IBANs taking about eight deposits each; victims quote values from a public
  scam-warning post that belong to OTHER crews (mentioned, not paid), and name the securities
  regulator.

In every configuration: heavy-tailed crew sizes with one-off reports; rotation by time
(domains, numbers) and by use (accounts, personas), with a short overlap in which a report
may carry both; duplicates (the same victim again, maybe in another language, with fewer
details) and second-hand reports (a relative); innocent shared values that no list holds
(bank and anti-fraud hotlines, police and consumer-protection sites in many languages, telco
care lines, URL shorteners, app stores, money-transfer agents, exchange hot wallets); values
in free text and in structured fields, with kind hints that are sometimes wrong; obfuscated
writing: ``t . me / x``, zero-width spaces, full-width digits, a line break inside a number
(all recoverable), and unrecoverable mentions (spelled-out digits, a digit typo, a truncated
wallet), marked ``recoverable: false`` in the truth.

Owners in the truth: the operation's id (``op0042``), ``svc:<kind>:<n>`` for services rented
by several operations (OTC brokers, payment processors, mule herders, SIM boxes),
``innocent:<what>`` for values anyone may mention, and ``victim`` for the reporter's own phone
(and the friend who forwarded an invite). Files: reports.jsonl (intake format),
truth.jsonl (per report: external_id, operation, config, language, duplicate_of,
second_hand, mentions [{key, owner, recoverable, where, written}]), world.json.
"""

from __future__ import annotations

import json
import random
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from world5_phrases import DIGIT_WORDS, INTRO, PHRASES, REF

CONFIGS = ("fake_apps", "safe_account", "loan_app", "shops", "whatsapp_clubs")
EPOCH = datetime(2025, 6, 1, tzinfo=UTC)
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ZWSP = "\u200b"
VIA_HOSTS = ("play.google.com", "apps.apple.com", "bit.ly", "tinyurl.com", "s.id")

# country: (calling code, national prefixes, subscriber length, trunk, groups)
PHONES: dict[str, tuple[str, tuple[str, ...], int, str, tuple[int, ...]]] = {
    "CN": ("86", ("138", "159", "186", "177"), 11, "", (3, 4, 4)),
    "JP": ("81", ("90", "80", "70"), 10, "0", (2, 4, 4)),
    "KR": ("82", ("10",), 10, "0", (2, 4, 4)),
    "TH": ("66", ("8", "9", "6"), 9, "0", (2, 3, 4)),
    "VN": ("84", ("9", "3", "8"), 9, "0", (2, 3, 4)),
    "ID": ("62", ("81", "85", "87"), 11, "0", (3, 4, 4)),
    "PH": ("63", ("91", "95", "99"), 10, "0", (3, 3, 4)),
    "KH": ("855", ("1", "9", "7"), 8, "0", (2, 3, 3)),
    "IN": ("91", ("9", "8", "7"), 10, "", (5, 5)),
    "BR": ("55", ("119", "219", "319"), 11, "", (2, 5, 4)),
    "ES": ("34", ("6",), 9, "", (3, 3, 3)),
    "DE": ("49", ("15", "17", "16"), 11, "0", (3, 8)),
    "AE": ("971", ("5",), 9, "0", (2, 3, 4)),
    "MX": ("52", ("55", "33"), 10, "", (2, 4, 4)),
    "US": ("1", ("2", "3", "4", "6", "7"), 10, "", (3, 3, 4)),
    "SG": ("65", ("8", "9"), 8, "", (4, 4)),
    "MY": ("60", ("1",), 9, "0", (2, 3, 4)),
    "GB": ("44", ("7",), 10, "0", (4, 6)),
    "TW": ("886", ("9",), 9, "0", (3, 3, 3)),
    "HK": ("852", ("5", "6", "9"), 8, "", (4, 4)),
    "UA": ("380", ("67", "50"), 9, "0", (2, 3, 4)),
}

# country: [(bank name as written, code, digits)]
BANKS: dict[str, list[tuple[str, str, int]]] = {
    "CN": [
        ("工商银行", "ICBC", 19),
        ("建设银行", "CCB", 19),
        ("农业银行", "ABC", 19),
        ("招商银行", "CMB", 16),
        ("浦发银行", "SPDB", 16),
    ],
    "JP": [
        ("三井住友銀行", "0009", 7),
        ("みずほ銀行", "0001", 7),
        ("楽天銀行", "0036", 7),
        ("PayPay銀行", "0033", 7),
    ],
    "KR": [
        ("국민은행", "004", 14),
        ("신한은행", "088", 12),
        ("우리은행", "020", 13),
        ("농협", "011", 13),
    ],
    "TH": [("กสิกรไทย", "004", 10), ("ไทยพาณิชย์", "014", 10), ("กรุงไทย", "006", 10)],
    "VN": [("Vietcombank", "VCB", 13), ("Techcombank", "TCB", 14), ("MB Bank", "MB", 12)],
    "ID": [("BCA", "014", 10), ("BRI", "002", 15), ("Mandiri", "008", 13), ("BNI", "009", 10)],
    "KH": [("ABA Bank", "ABA", 9), ("ACLEDA", "ACL", 12)],
    "MY": [("Maybank", "MBB", 12), ("CIMB", "CIMB", 14)],
    "SG": [("DBS", "DBS", 10), ("OCBC", "OCBC", 12)],
    "IN": [("SBI", "SBIN", 11), ("HDFC Bank", "HDFC", 14)],
    "MX": [("BBVA", "012", 18), ("Santander", "014", 18)],
    "PH": [("BDO", "BDO", 10), ("BPI", "BPI", 10)],
}
IBAN_LEN = {"DE": 22, "ES": 24, "LT": 20, "PT": 25, "NL": 18, "AE": 23, "GB": 22}

LANG_COUNTRY: dict[str, list[tuple[str, str]]] = {
    "en": [("US", "USD"), ("SG", "SGD"), ("GB", "GBP"), ("MY", "MYR"), ("IN", "INR")],
    "zh": [("CN", "CNY"), ("TW", "TWD"), ("MY", "MYR"), ("HK", "HKD")],
    "ja": [("JP", "JPY")],
    "ko": [("KR", "KRW")],
    "th": [("TH", "THB")],
    "vi": [("VN", "VND")],
    "id": [("ID", "IDR")],
    "tl": [("PH", "PHP")],
    "km": [("KH", "USD")],
    "es": [("ES", "EUR"), ("MX", "MXN")],
    "pt": [("BR", "BRL")],
    "de": [("DE", "EUR")],
    "ar": [("AE", "AED")],
    "hi": [("IN", "INR")],
}
CONFIG_LANGS: dict[str, dict[str, float]] = {
    "fake_apps": {
        "en": 3,
        "zh": 2,
        "ja": 1.5,
        "ko": 1,
        "th": 1,
        "vi": 1,
        "de": 1,
        "es": 1,
        "ar": 0.5,
    },
    "safe_account": {
        "zh": 4,
        "ja": 2,
        "ko": 1.5,
        "th": 1,
        "en": 0.7,
        "vi": 0.7,
        "id": 0.5,
        "km": 0.4,
    },
    "loan_app": {"id": 3, "hi": 2, "en": 1.5, "tl": 1.5, "es": 1.5, "th": 1, "vi": 1},
    "shops": {
        "en": 3,
        "de": 1.5,
        "es": 1,
        "pt": 1.5,
        "tl": 1,
        "th": 1,
        "ja": 1,
        "ko": 0.7,
        "id": 1,
    },
    "whatsapp_clubs": {
        "en": 3,
        "zh": 1.5,
        "hi": 1.5,
        "es": 1,
        "pt": 1,
        "de": 1,
        "ar": 0.7,
        "ja": 0.7,
        "ko": 0.7,
        "vi": 0.7,
    },
}
AMOUNT = {
    "USD": 900,
    "SGD": 1200,
    "GBP": 700,
    "MYR": 4000,
    "INR": 60000,
    "CNY": 30000,
    "TWD": 90000,
    "HKD": 7000,
    "JPY": 800000,
    "KRW": 5000000,
    "THB": 30000,
    "VND": 50000000,
    "IDR": 8000000,
    "PHP": 40000,
    "EUR": 800,
    "MXN": 15000,
    "BRL": 4000,
    "AED": 3000,
}


# --------------------------------------------------------------------------- values


@dataclass
class Val:
    key: str
    kind: str  # phone handle wallet acct iban url email
    data: dict
    owner: str = ""


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(n))


NAMES = (
    "anna",
    "lily",
    "kevin",
    "mike",
    "sophia",
    "jason",
    "emma",
    "leo",
    "coco",
    "vivian",
    "daniel",
    "grace",
    "ryan",
    "nina",
    "tony",
    "helen",
    "alex",
    "cindy",
    "mark",
    "yuki",
)
BRAND = (
    "coin",
    "fx",
    "gold",
    "quant",
    "bit",
    "trade",
    "capital",
    "prime",
    "apex",
    "nova",
    "zen",
    "luxe",
    "pay",
    "dana",
    "kredit",
    "cash",
    "loan",
    "rupee",
    "peso",
    "star",
)
TLDS = ("com", "net", "vip", "top", "app", "xyz", "cc", "co", "io", "shop", "online", "live")


def phone(rng: random.Random, country: str) -> Val:
    cc, prefixes, length, _trunk, _groups = PHONES[country]
    pre = rng.choice(prefixes)
    sub = pre + digits(rng, length - len(pre))
    return Val(f"phone:+{cc}{sub}", "phone", {"cc": cc, "sub": sub, "country": country})


def handle(rng: random.Random, platform: str, name: str | None = None) -> Val:
    name = name or f"{rng.choice(NAMES)}{rng.choice(['_', '.', ''])}{word(rng, 3)}{digits(rng, 2)}"
    return Val(f"handle:{platform}:{name.lower()}", "handle", {"platform": platform, "name": name})


def wallet(rng: random.Random, chain: str = "tron") -> Val:
    if chain == "tron":
        addr = "T" + "".join(rng.choice(B58) for _ in range(33))
        return Val(f"wallet:tron:{addr}", "wallet", {"chain": "tron", "addr": addr})
    if chain == "eth":
        addr = "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
        return Val(f"wallet:eth:{addr}", "wallet", {"chain": "eth", "addr": addr})
    addr = "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))
    return Val(f"wallet:btc:{addr}", "wallet", {"chain": "btc", "addr": addr})


def lookalike(rng: random.Random, target: Val) -> Val:
    """An address-poisoning twin: same first five and last four characters."""
    addr = target.data["addr"]
    alphabet = B58 if target.data["chain"] == "tron" else "0123456789abcdef"
    middle = "".join(rng.choice(alphabet) for _ in range(len(addr) - 9))
    twin = addr[:5] + middle + addr[-4:]
    chain = target.data["chain"]
    return Val(f"wallet:{chain}:{twin}", "wallet", {"chain": chain, "addr": twin})


def iban(rng: random.Random, country: str) -> Val:
    bban = digits(rng, IBAN_LEN[country] - 4)
    moved = bban + "".join(str(ord(c) - 55) for c in country) + "00"
    check = 98 - int(moved) % 97
    value = f"{country}{check:02d}{bban}"
    return Val(f"iban:{value}", "iban", {"iban": value})


def account(rng: random.Random, country: str) -> Val:
    if country in IBAN_LEN:
        return iban(rng, country)
    if country not in BANKS:
        country = "SG"
    name, code, n = rng.choice(BANKS[country])
    number = rng.choice("123456789") + digits(rng, n - 1)
    branch = digits(rng, 3) if country == "JP" else ""
    return Val(
        f"acct:{country}:{code}:{number}",
        "acct",
        {"bank": name, "number": number, "country": country, "branch": branch},
    )


def domain(rng: random.Random, stem: str) -> Val:
    host = f"{stem}{rng.choice(['', '-', ''])}{word(rng, rng.randint(2, 4))}.{rng.choice(TLDS)}"
    return Val(f"domain:{host}", "url", {"host": host, "path": ""})


def url(host: str, path: str) -> Val:
    return Val(f"url:{host}/{path}", "url", {"host": host, "path": path})


# --------------------------------------------------------------------------- writing


def spaced(sub: str, groups: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for g in groups:
        out.append(sub[i : i + g])
        i += g
    if i < len(sub):
        out[-1] += sub[i:]
    return sep.join(x for x in out if x)


def obfuscate(text: str, rng: random.Random) -> str:
    """A recoverable obfuscation of a digit run or link."""
    how = rng.random()
    if how < 0.3:
        return text.translate(FULLWIDTH)
    if how < 0.55:
        cut = rng.randint(2, max(2, len(text) - 2))
        return text[:cut] + ZWSP + text[cut:]
    if how < 0.8:
        cut = rng.randint(len(text) // 2, max(len(text) // 2, len(text) - 3))
        return text[:cut] + "\n" + text[cut:]
    return text.replace(".", " . ").replace("/", " / ")


def write(v: Val, rng: random.Random, country: str, lang: str) -> tuple[str, bool]:
    """How a reporter writes the value, and whether the value can be recovered from it."""
    d = v.data
    r = rng.random()
    if v.kind == "phone":
        cc, sub = d["cc"], d["sub"]
        groups = PHONES[d["country"]][4]
        if r < 0.03 and lang in DIGIT_WORDS:
            words = DIGIT_WORDS[lang]
            return " ".join(words[int(c)] for c in sub), False
        if r < 0.06:  # a digit typo
            i = rng.randrange(len(sub) - 1) + 1
            wrong = sub[:i] + str((int(sub[i]) + 1) % 10) + sub[i + 1 :]
            return f"+{cc}{wrong}", False
        if country == d["country"] and r < 0.45:
            text = PHONES[d["country"]][3] + spaced(sub, groups, rng.choice(["-", " ", ""]))
        elif r < 0.6:
            text = f"+{cc}{sub}"
        elif r < 0.72:
            text = f"+{cc} " + spaced(sub, groups, " ")
        elif r < 0.8:
            text = f"00{cc}{sub}"
        elif r < 0.88:
            text = f"{cc} " + spaced(sub, groups, rng.choice(["-", " "]))
        else:
            text = f"wa.me/{cc}{sub}"
        if rng.random() < 0.1:
            text = obfuscate(text, rng)
        return text, True
    if v.kind == "handle":
        p, name = d["platform"], d["name"]
        forms = {
            "telegram": [f"@{name}", f"t.me/{name}", f"Telegram: {name}", f"t . me / {name}"],
            "line": [f"LINE ID: {name}", f"line.me/ti/p/~{name}", f"ID LINE {name}"],
            "wechat": [f"微信号 {name}", f"vx: {name}", f"WeChat {name}"],
            "kakao": [f"카톡 ID {name}", f"KakaoTalk: {name}"],
            "instagram": [f"instagram.com/{name}", f"IG @{name}", f"Instagram: @{name}"],
            "facebook": [f"facebook.com/{name}", f"FB page {name}"],
            "tiktok": [f"tiktok.com/@{name}", f"TikTok @{name}"],
            "carousell": [f"carousell.sg/u/{name}", f"Carousell seller {name}"],
            "shopee": [f"shopee.ph/{name}", f"Shopee shop {name}"],
            "skype": [f"Skype: live:.cid.{name}"],
        }[p]
        return rng.choice(forms), True
    if v.kind == "wallet":
        addr = d["addr"]
        if r < 0.05:
            return f"{addr[:6]}...{addr[-4:]}", False
        if d["chain"] == "tron" and r < 0.3:
            return f"TRC20 {addr}", True
        if d["chain"] == "eth" and r < 0.2:
            return addr.upper().replace("0X", "0x"), True
        return addr, True
    if v.kind == "iban":
        value = d["iban"]
        if r < 0.4:
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4)), True
        if r < 0.5:
            return value.lower(), True
        return value, True
    if v.kind == "acct":
        number, bank = d["number"], d["bank"]
        if r < 0.04:
            return f"{bank} {number[:-3]}", False
        if d["country"] == "JP":
            br = f" {d['branch']}支店" if rng.random() < 0.6 else ""
            text = f"{bank}{br} 普通 {number}"
        elif d["country"] == "TH" and len(number) == 10:
            text = f"{bank} {number[:3]}-{number[3]}-{number[4:9]}-{number[9]}"
        elif rng.random() < 0.4:
            text = f"{bank} " + " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        else:
            text = f"{bank} {number}"
        if rng.random() < 0.08:
            text = text.translate(FULLWIDTH)
        return text, True
    if v.kind == "url":
        host, path = d["host"], d["path"]
        body = f"{host}/{path}" if path else host
        if r < 0.04 and not path:
            i = rng.randrange(len(host.split(".")[0]))
            bad = host[:i] + host[i + 1 :]
            return bad, False
        if r < 0.45:
            text = f"https://{body}"
        elif r < 0.55:
            text = f"http://{body}"
        elif r < 0.65 and not path:
            text = f"www.{host}"
        elif r < 0.75:
            text = body.replace(".", "[.]")
        else:
            text = body
        return text, True
    if v.kind == "email":
        return d["email"], True
    if v.kind == "raw":
        return d["text"], True
    raise ValueError(v.kind)


# --------------------------------------------------------------------------- rotation


@dataclass
class Slot:
    """One kind of value an operation holds, rotating by time or by use, in parallel lanes."""

    name: str
    make: object  # callable(rng) -> Val
    p: float
    role: str
    mode: str = "time"  # time | use | fixed
    life: float = 30.0
    lanes: int = 1
    values: dict = field(default_factory=dict)
    used: dict = field(default_factory=dict)
    caps: dict = field(default_factory=dict)
    offsets: list = field(default_factory=list)

    def get(self, lane: int, i: int, rng: random.Random) -> Val:
        if (lane, i) not in self.values:
            self.values[(lane, i)] = self.make(rng)  # type: ignore[operator]
        return self.values[(lane, i)]

    def pick(self, day: float, rng: random.Random) -> list[Val]:
        if not self.offsets:
            self.offsets = [rng.uniform(0, self.life) for _ in range(self.lanes)]
        lane = rng.randrange(self.lanes)
        if self.mode == "fixed":
            return [self.get(lane, 0, rng)]
        if self.mode == "time":
            t = day + self.offsets[lane]
            i = int(t // self.life)
            out = [self.get(lane, i, rng)]
            into = t - i * self.life
            if into < self.life * 0.15 and i > 0 and rng.random() < 0.5:
                out.append(self.get(lane, i - 1, rng))
            return out
        i = self.used.setdefault(lane, 0)
        cap = self.caps.setdefault((lane, i), max(1, int(rng.uniform(0.5, 1.5) * self.life)))
        n = self.used.get((lane, "n"), 0) + 1
        out = [self.get(lane, i, rng)]
        if n >= cap:
            self.used[lane] = i + 1
            self.used[(lane, "n")] = 0
            if self.life > 1 and rng.random() < 0.35:  # "the old account is closed, use this"
                out.append(self.get(lane, i + 1, rng))
        else:
            self.used[(lane, "n")] = n
        return out


# --------------------------------------------------------------------------- shared values


def innocents(rng: random.Random) -> dict[str, list[tuple[str, Val]]]:
    """Values any victim may mention, by victim country (``*``: anyone)."""
    out: dict[str, list[tuple[str, Val]]] = {}

    def add(country: str, what: str, v: Val) -> None:
        v.owner = f"innocent:{what}"
        out.setdefault(country, []).append((what, v))

    def short(country: str, what: str, number: str) -> None:
        add(country, what, Val(f"phone:{country}:{number}", "raw", {"text": number}))

    for c, host in [
        ("CN", "www.12377.cn"),
        ("JP", "www.npa.go.jp"),
        ("JP", "www.kokusen.go.jp"),
        ("KR", "ecrm.police.go.kr"),
        ("KR", "www.fss.or.kr"),
        ("TH", "www.thaipoliceonline.go.th"),
        ("TH", "www.ocpb.go.th"),
        ("ID", "www.ojk.go.id"),
        ("IN", "cybercrime.gov.in"),
        ("IN", "sachet.rbi.org.in"),
        ("IN", "www.sebi.gov.in"),
        ("SG", "www.scamshield.gov.sg"),
        ("SG", "www.mas.gov.sg"),
        ("MY", "www.sc.com.my"),
        ("DE", "www.verbraucherzentrale.de"),
        ("DE", "www.watchlist-internet.at"),
        ("DE", "www.bafin.de"),
        ("ES", "www.incibe.es"),
        ("ES", "www.ocu.org"),
        ("ES", "www.cnmv.es"),
        ("MX", "www.condusef.gob.mx"),
        ("MX", "www.profeco.gob.mx"),
        ("BR", "www.consumidor.gov.br"),
        ("BR", "www.reclameaqui.com.br"),
        ("BR", "www.cvm.gov.br"),
        ("US", "reportfraud.ftc.gov"),
        ("GB", "www.actionfraud.police.uk"),
        ("PH", "www.sec.gov.ph"),
        ("VN", "canhbao.khonggianmang.vn"),
        ("AE", "www.ecrime.ae"),
        ("KH", "www.police.gov.kh"),
    ]:
        add(
            c,
            f"site:{host}",
            Val(f"domain:{host.removeprefix('www.')}", "url", {"host": host, "path": ""}),
        )
    for c, number, what in [
        ("CN", "96110", "anti-fraud"),
        ("CN", "95588", "icbc"),
        ("CN", "95533", "ccb"),
        ("CN", "10086", "china-mobile"),
        ("JP", "#9110", "police-advice"),
        ("JP", "188", "consumer"),
        ("KR", "1332", "fss"),
        ("KR", "112", "police"),
        ("KR", "1588-9999", "kb-bank"),
        ("TH", "1441", "aoc"),
        ("TH", "1599", "police"),
        ("TH", "02-888-8888", "kbank"),
        ("ID", "157", "ojk"),
        ("ID", "1500888", "bca"),
        ("IN", "1930", "cyber-helpline"),
        ("IN", "1800 1234", "sbi"),
        ("SG", "1799", "scamshield"),
        ("SG", "1800 111 1111", "dbs"),
        ("PH", "1326", "bsp"),
        ("VN", "1900 545 413", "vcb"),
        ("MY", "997", "nsrc"),
        ("US", "1-800-382-4357", "ftc"),
        ("ES", "017", "incibe"),
        ("BR", "0800 729 0722", "bb"),
        ("MX", "55 5340 0999", "condusef"),
        ("DE", "110", "police"),
        ("AE", "901", "police"),
        ("GB", "0300 123 2040", "actionfraud"),
        ("KH", "117", "police"),
    ]:
        short(c, f"line:{what}", number)
    # police switchboards that crews spoof as caller ID (real numbers, innocent)
    for c in ("CN", "JP", "KR", "TH", "VN", "ID", "SG", "MY"):
        for k in range(3):
            v = phone(rng, c)
            v.owner = f"innocent:police-switchboard:{c}{k}"
            out.setdefault(f"switch:{c}", []).append((f"police-switchboard:{c}{k}", v))
    for k, name in enumerate(("Binance", "OKX", "Bybit", "Coinbase", "Kraken")):
        for chain in ("tron", "eth"):
            v = wallet(rng, chain)
            add("*wallet", f"exchange-hot-wallet:{name}:{chain}:{k}", v)
    for c in ("MX", "PH", "IN", "AE", "ES"):
        for k in range(3):
            v = phone(rng, c)
            add(c, f"money-transfer-agent:{c}{k}", v)
    for host in VIA_HOSTS:
        add("*", f"site:{host}", Val(f"domain:{host}", "url", {"host": host, "path": ""}))
    return out


# --------------------------------------------------------------------------- operations


def sizes(rng: random.Random, n: int) -> list[int]:
    out: list[int] = []
    while sum(out) < n:
        if rng.random() < 0.3:
            out.append(1)
        else:
            out.append(min(int(rng.paretovariate(1.05) * 3), max(40, n // 5)))
    out[-1] -= sum(out) - n
    return [s for s in out if s > 0]


def op_country(rng: random.Random, config: str) -> tuple[str, str]:
    langs = CONFIG_LANGS[config]
    lang = rng.choices(list(langs), weights=list(langs.values()))[0]
    return lang, rng.choice(LANG_COUNTRY[lang])[0]


def slots_for(
    config: str, kind: str, rng: random.Random, home: str, size: int, services: dict
) -> list[Slot]:
    lanes = max(1, min(8, size // 12 + 1))
    stem = rng.choice(BRAND) + word(rng, 2)
    platform = {"CN": "wechat", "TW": "line", "JP": "line", "KR": "kakao", "TH": "line"}
    msg = platform.get(home, "telegram")
    acct_country = home if home in BANKS or home in IBAN_LEN else rng.choice(["LT", "SG", "MY"])
    if kind == "drainer":
        return [
            Slot("airdrop", lambda r: domain(r, stem + "-claim"), 0.8, "link", "time", 15),
            Slot("spender", lambda r: wallet(r, "eth"), 0.55, "mentioned", "time", 150),
            Slot("poison", None, 0.95, "payee_wallet", "use", 1),  # filled per report
        ]
    if config == "fake_apps":
        return [
            Slot(
                "persona",
                lambda r: phone(r, home) if r.random() < 0.5 else handle(r, msg),
                0.75,
                "contact",
                "use",
                12,
                lanes,
            ),
            Slot("app", lambda r: domain(r, stem), 0.8, "link", "time", 21),
            Slot(
                "testflight",
                lambda r: url("testflight.apple.com", "join/" + word(r, 8).upper()),
                0.15,
                "link",
                "time",
                40,
            ),
            Slot(
                "cs",
                lambda r: handle(r, "telegram", f"{stem}_support{digits(r, 2)}"),
                0.45,
                "contact",
                "time",
                45,
            ),
            Slot("deposit", lambda r: wallet(r, "tron"), 0.8, "payee_wallet", "use", 1),
            Slot("fee", lambda r: account(r, acct_country), 0.25, "payee_account", "use", 6),
        ]
    if config == "safe_account":
        return [
            Slot(
                "callback",
                lambda r: phone(r, r.choice(["KH", "PH", "MY", home])),
                0.65,
                "caller",
                "time",
                4,
                3,
            ),
            Slot(
                "officer",
                lambda r: handle(r, r.choice([msg, "skype", "telegram"])),
                0.75,
                "contact",
                "use",
                20,
                max(1, lanes // 2),
            ),
            Slot(
                "warrant",
                lambda r: url(domain(r, "gov-" + word(r, 3)).data["host"], "case/" + digits(r, 6)),
                0.4,
                "link",
                "time",
                14,
            ),
            Slot("layer1", lambda r: account(r, home), 0.85, "payee_account", "use", 1.6, lanes),
            Slot("layer2", lambda r: account(r, home), 0.5, "payee_account", "use", 25),
        ]
    if config == "loan_app":
        return [
            Slot(
                "app",
                lambda r: (
                    domain(r, stem)
                    if r.random() < 0.5
                    else url("play.google.com", f"store/apps/details?id=com.{stem}.{word(r, 4)}")
                ),
                0.75,
                "link",
                "time",
                30,
                3,
            ),
            Slot("collector", lambda r: phone(r, home), 0.8, "caller", "use", 10, max(2, lanes)),
            Slot("va", lambda r: account(r, home), 0.4, "payee_account", "use", 1),
            Slot("ewallet", lambda r: phone(r, home), 0.3, "payee_account", "use", 8),
            Slot(
                "cs",
                lambda r: Val(f"email:cs@{stem}.com", "email", {"email": f"cs@{stem}.com"}),
                0.25,
                "contact",
                "fixed",
            ),
        ]
    if config == "shops":
        seller = f"{stem}.{rng.choice(['store', 'official', 'shop', 'outlet'])}"
        return [
            Slot(
                "seller",
                lambda r: handle(
                    r, r.choice(["instagram", "facebook", "carousell", "shopee", "tiktok"]), seller
                ),
                0.7,
                "contact",
                "time",
                60,
                2,
            ),
            Slot("shop", lambda r: domain(r, stem), 0.5, "link", "time", 14),
            Slot(
                "mule",
                lambda r: account(r, home) if r.random() < 0.7 else phone(r, home),
                0.85,
                "payee_account",
                "use",
                5,
                2,
            ),
            Slot(
                "recruiter",
                lambda r: handle(r, "telegram", f"hr_{word(r, 5)}"),
                0.1,
                "contact",
                "time",
                60,
            ),
        ]
    # whatsapp_clubs
    return [
        Slot(
            "invite",
            lambda r: url(
                "chat.whatsapp.com",
                "".join(r.choice(string.ascii_letters + string.digits) for _ in range(22)),
            ),
            0.6,
            "link",
            "time",
            25,
            2,
        ),
        Slot(
            "professor",
            lambda r: phone(r, r.choice([home, "GB", "US", "SG"])),
            0.55,
            "contact",
            "time",
            40,
        ),
        Slot("assistant", lambda r: phone(r, home), 0.6, "contact", "use", 15, lanes),
        Slot("platform", lambda r: domain(r, stem), 0.6, "link", "time", 30),
        Slot("shell", lambda r: account(r, acct_country), 0.7, "payee_account", "use", 8, 2),
    ]


def make_services(config: str, rng: random.Random) -> list[tuple[str, Slot]]:
    """Services several operations rent: (name, a slot of values)."""
    out = []
    for k in range(4):
        if config == "fake_apps":
            s = Slot(
                "otc",
                lambda r: handle(r, "telegram", f"otc_{word(r, 5)}"),
                1,
                "contact",
                "time",
                60,
            )
        elif config == "safe_account":
            s = (
                Slot("herder", lambda r: account(r, "CN"), 1, "payee_account", "use", 30)
                if k % 2
                else Slot(
                    "simbox",
                    lambda r: phone(r, r.choice(["KH", "PH", "MY"])),
                    1,
                    "caller",
                    "time",
                    6,
                    2,
                )
            )
        elif config == "loan_app":
            s = Slot("processor", lambda r: domain(r, "pay" + word(r, 3)), 1, "link", "fixed")
        elif config == "shops":
            s = Slot("courier", lambda r: domain(r, word(r, 4) + "-express"), 1, "link", "fixed")
        else:
            s = Slot("processor", lambda r: account(r, "LT"), 1, "payee_account", "use", 40)
        out.append((f"svc:{s.name}:{k}", s))
    return out


# --------------------------------------------------------------------------- the world


@dataclass
class Plan:
    op: str
    day: float
    lang: str
    country: str
    mentions: list = field(default_factory=list)  # (Val, owner, role, slot)
    duplicate_of: int | None = None
    second_hand: bool = False
    recruit: Val | None = None
    victim_phone: Val | None = None
    friend: Val | None = None


def build(config: str, seed: int, n_reports: int) -> tuple[list[dict], list[dict], dict]:
    """(reports, truth rows, world description) for one configuration and seed."""
    rng = random.Random(f"world5:{config}:{seed}")
    inn = innocents(random.Random(f"world5:innocent:{config}:{seed}"))
    services = make_services(config, rng)
    n_dup = int(n_reports * 0.04)
    plans: list[Plan] = []
    ops = []
    for k, size in enumerate(sizes(rng, n_reports - n_dup)):
        op = f"op{k:04d}"
        kind = "drainer" if config == "fake_apps" and rng.random() < 0.12 else config
        lang, home = op_country(rng, config)
        slots = slots_for(config, kind, rng, home, size, {})
        rented = [s for s in services if rng.random() < 0.35]
        start = rng.uniform(0, 200)
        span = min(240.0, 20 + size * rng.uniform(0.5, 2.0))
        ops.append(
            {
                "id": op,
                "kind": kind,
                "home": home,
                "reports": size,
                "services": [name for name, _ in rented],
            }
        )
        days = sorted(rng.uniform(0, span) for _ in range(size))
        for day in days:
            # a crew's victims mostly share its home language, some come from elsewhere
            if rng.random() < 0.75:
                v_lang, country = (
                    lang,
                    home if home in dict(LANG_COUNTRY[lang]) else (LANG_COUNTRY[lang][0][0]),
                )
            else:
                v_lang, country = op_country(rng, config)
            plan = Plan(op, start + day, v_lang, country)
            for slot in slots:
                if slot.name == "poison" and rng.random() < slot.p:
                    _what, target = rng.choice(inn["*wallet"])
                    twin = lookalike(rng, target)
                    twin.owner = op
                    plan.mentions.append((target, target.owner, "mentioned", "poisoned-target"))
                    plan.mentions.append((twin, op, slot.role, slot.name))
                    continue
                if slot.make is None or rng.random() >= slot.p:
                    continue
                for v in slot.pick(day, rng):
                    plan.mentions.append((v, op, slot.role, slot.name))
            if size > 1 and not plan.mentions:
                slot = max((s for s in slots if s.make is not None), key=lambda s: s.p)
                plan.mentions.extend((v, op, slot.role, slot.name) for v in slot.pick(day, rng))
            for name, s in rented:
                if rng.random() < 0.3:
                    plan.mentions.extend((v, name, s.role, "service") for v in s.pick(day, rng))
            if config == "shops" and rng.random() < 0.08:
                mules = [m for m in plan.mentions if m[3] == "mule"]
                if mules:  # a recruited mule reporting: their own account is the crew's
                    plan.recruit = mules[0][0]
                    plan.mentions = [m for m in plan.mentions if m[3] != "mule"]
                    plan.mentions.append((plan.recruit, op, "mentioned", "recruit"))
            plans.append(plan)
    # second pass: innocent values, victims' own phones, forwarded invites, warning posts
    own_by_op: dict[str, list[Val]] = {}
    for p in plans:
        for v, owner, _, slot in p.mentions:
            if owner == p.op and slot not in ("deposit", "va", "poison", "layer1"):
                own_by_op.setdefault(p.op, []).append(v)
    op_ids = sorted(own_by_op)
    last_victim: dict[str, Val] = {}
    for p in plans:
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            pool = inn.get(p.country, []) + inn["*"]
            if config == "safe_account" and rng.random() < 0.5:
                pool = inn.get(f"switch:{p.country}", pool) or pool
            if config in ("fake_apps", "whatsapp_clubs") and rng.random() < 0.25:
                pool = inn["*wallet"]
            if config in ("loan_app", "whatsapp_clubs") and rng.random() < 0.2:
                pool = inn.get(p.country, pool)
            what, v = rng.choice(pool)
            role = "caller" if what.startswith("police-switchboard") else "mentioned"
            p.mentions.append((v, v.owner, role, "innocent"))
        if rng.random() < 0.5:
            p.victim_phone = phone(rng, p.country if p.country in PHONES else "SG")
        if config == "whatsapp_clubs" and p.op in last_victim and rng.random() < 0.4:
            p.friend = last_victim[p.op]
        if p.victim_phone is not None:
            last_victim[p.op] = p.victim_phone
        quote_p = 0.12 if config == "whatsapp_clubs" else 0.03
        if len(op_ids) > 1 and rng.random() < quote_p:
            other = rng.choice(op_ids)
            if other != p.op:
                p.mentions.append((rng.choice(own_by_op[other]), other, "mentioned", "quote"))
        p.second_hand = rng.random() < 0.06
    # duplicates: the same victim again (maybe to another agency, in another language)
    originals = len(plans)
    while len(plans) < originals + n_dup:
        i = rng.randrange(originals)
        orig = plans[i]
        lang = orig.lang if rng.random() < 0.7 else op_country(rng, config)[0]
        keep = [m for m in orig.mentions if rng.random() < 0.6] or orig.mentions[:1]
        plans.append(
            Plan(
                orig.op,
                orig.day + rng.uniform(1, 20),
                lang,
                orig.country,
                keep,
                duplicate_of=i,
                victim_phone=orig.victim_phone,
            )
        )
    reports, truth = [], []
    for idx, p in enumerate(plans):
        report, row = render(p, idx, config, seed, rng, plans)
        reports.append(report)
        truth.append(row)
    world = {
        "config": config,
        "seed": seed,
        "operations": ops,
        "services": [name for name, _ in services],
    }
    return reports, truth, world


def fill(template: str, value: str, amount: str = "", brand: str = "") -> str:
    return template.replace("{v}", value).replace("{a}", amount).replace("{n}", brand)


def render(
    p: Plan, idx: int, config: str, seed: int, rng: random.Random, plans: list[Plan]
) -> tuple[dict, dict]:
    lang = p.lang
    ph = PHRASES[lang]
    currency = dict(LANG_COUNTRY[lang]).get(p.country) or LANG_COUNTRY[lang][0][1]
    ext = f"w5-{config}-{seed}-{idx:05d}"
    form = rng.choices(["structured", "mixed", "narrative"], weights=[3, 4, 3])[0]
    report: dict = {
        "external_id": ext,
        "language": lang,
        "victim_country": p.country,
        "received_at": (EPOCH + timedelta(days=p.day + 2)).isoformat(),
        "occurred_at": (EPOCH + timedelta(days=p.day)).isoformat(),
        "narrative": "",
        "messages": [],
        "payments": [],
        "identifiers": [],
    }
    brand = f"{rng.choice(BRAND).capitalize()}{rng.choice(['Pro', 'X', ' Global', ''])}"
    intros = INTRO.get(config, {}).get(lang) or next(
        (b[lang] for b in INTRO.values() if lang in b), ["."]
    )
    text = [fill(rng.choice(intros), "", "", brand)]
    if p.duplicate_of is not None:
        text.append(rng.choice(ph["dup"]))
    if p.second_hand:
        text.append(rng.choice(ph["family"]))
    mentions = []
    for v, owner, role, slot in p.mentions:
        written, ok = write(v, rng, p.country, lang)
        amount = f"{rng.randint(1, 40) * AMOUNT.get(currency, 1000) // 10} {currency}"
        place = rng.random()
        if slot == "recruit":
            text.append(fill(rng.choice(ph["recruit"]), written))
            where = "narrative"
        elif role in ("payee_account", "payee_wallet") and form != "narrative" and place < 0.8:
            report["payments"].append(
                {
                    "currency": currency,
                    "amount": amount.split()[0],
                    "payee": written,
                    "rail": rail(v, rng),
                }
            )
            where = f"payments.{len(report['payments']) - 1}"
        elif (form == "structured" and place < 0.7) or (form == "mixed" and place < 0.35):
            ident: dict = {
                "value": written,
                "role": role if role != "payee_wallet" or v.kind == "wallet" else "payee_account",
            }
            hint = kind_hint(v, rng)
            if hint:
                ident["kind"] = hint
            report["identifiers"].append(ident)
            where = f"identifiers.{len(report['identifiers']) - 1}"
        elif role in ("contact", "caller") and form != "narrative" and place < 0.9:
            msg = {
                "text": fill(rng.choice(ph["site"] + ph["contact"]), written)
                if rng.random() < 0.3
                else "ok",
                "sender": "scammer",
                "from_id": written,
            }
            if "\n" in written or len(written) > 200:
                msg["from_id"] = None
                msg["text"] = written
            report["messages"].append(msg)
            where = f"messages.{len(report['messages']) - 1}"
        else:
            key = {
                "payee_account": "pay",
                "payee_wallet": "pay",
                "link": "site",
                "contact": "contact",
                "caller": "contact",
            }.get(role, "ref")
            bank = ph
            if slot == "service" and role in ("payee_account", "link"):
                key = "svc"
            elif slot == "quote":
                key = "quote"
            elif key == "ref":  # a third party the victim names, or the approved contract
                bank = REF[lang]
                key = {"phone": "line", "raw": "line", "wallet": "wallet"}.get(v.kind, "site")
                if owner == p.op:
                    key = "approve"
                elif owner.removeprefix("innocent:site:") in VIA_HOSTS:
                    key = "via"
            text.append(fill(rng.choice(bank[key]), written, amount))
            where = "narrative"
        mentions.append(
            {"key": v.key, "owner": owner, "recoverable": ok, "where": where, "written": written}
        )
    if p.friend is not None:
        written, ok = write(p.friend, rng, p.country, lang)
        text.append(fill(rng.choice(ph.get("friend", ph["own"])), written))
        mentions.append(
            {
                "key": p.friend.key,
                "owner": "victim",
                "recoverable": ok,
                "where": "narrative",
                "written": written,
            }
        )
    if p.victim_phone is not None:
        written, ok = write(p.victim_phone, rng, p.country, lang)
        if rng.random() < 0.6 and "\n" not in written:
            report["victim"] = {"phone": written}
            where = "victim.phone"
        else:
            text.append(fill(rng.choice(ph["own"]), written))
            where = "narrative"
        mentions.append(
            {
                "key": p.victim_phone.key,
                "owner": "victim",
                "recoverable": ok,
                "where": where,
                "written": written,
            }
        )
    report["narrative"] = "\n".join(text) if rng.random() < 0.5 else " ".join(text)
    report["scam_type"] = {
        "fake_apps": "investment.pig_butchering",
        "safe_account": "impersonation.authority",
        "loan_app": "advance_fee",
        "shops": "purchase",
        "whatsapp_clubs": "investment.group_teacher",
    }[config]
    report["channel"] = {
        "fake_apps": "dating_app",
        "safe_account": "voice_spoofed_cli",
        "loan_app": "other",
        "shops": "social_ad",
        "whatsapp_clubs": "messaging_app",
    }[config]
    for k in ("messages", "payments", "identifiers"):
        if not report[k]:
            del report[k]
    row = {
        "external_id": ext,
        "operation": p.op,
        "config": config,
        "language": lang,
        "duplicate_of": None
        if p.duplicate_of is None
        else f"w5-{config}-{seed}-{p.duplicate_of:05d}",
        "second_hand": p.second_hand,
        "mentions": mentions,
    }
    return report, row


def rail(v: Val, rng: random.Random) -> str:
    if v.kind == "wallet":
        return "crypto_usdt_trc20" if v.data["chain"] == "tron" else "crypto_other"
    if v.kind == "phone":
        return "e_wallet"
    if v.kind == "iban":
        return "international_wire"
    return rng.choice(["domestic_transfer", "domestic_transfer", "instant_qr"])


def kind_hint(v: Val, rng: random.Random) -> str | None:
    r = rng.random()
    if r < 0.35:
        return None
    right = {
        "phone": "phone",
        "wallet": "wallet",
        "iban": "iban",
        "acct": "bank_account",
        "url": "url",
        "email": "email",
        "raw": "phone",
    }.get(v.kind)
    if v.kind == "handle":
        right = v.data["platform"]
    if r < 0.85:
        return right
    return rng.choice(["phone", "url", "bank", "wallet", "other", "id"])  # sometimes wrong


def write_world(config: str, seed: int, n_reports: int, out: Path) -> Path:
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
