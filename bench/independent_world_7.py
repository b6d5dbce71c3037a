"""The seventh independent world: a held-out yardstick for tipoff's linker, WRITTEN BLIND.

Written without reading tipoff's linker or indicator code, the link-evaluation page or any
other world generator. Read, with times (UTC, 2026-12-06): /work/notes/common.md 19:15;
bench/world_cli.py, bench/bench_independent_world_6.py, tests/evaluation/test_world6.py 19:15;
bench/bench_independent_world_2.py lines 40-100 and 160-185 (pair_scores, ceiling_labels,
load_truth, labels) and bench/bench_independent_world_3.py lines 46-90, and the Role enum of
src/tipoff/model.py 19:15; src/tipoff/intake/schema.py 19:15; docs/intake.md "The intake
format" and /work/shared/docs/domain.md section 5 (identifiers, warninglists) 19:15.

Five configurations, one structure each:

- ``family_office``: pig-butchering crews of many parallel scammers, each with own phone,
  LINE, WhatsApp and Telegram; fake-exchange domains rotated every few weeks; USDT wallets
  rotated by use.
- ``recovery_rescam``: recovery crews contact earlier victims of OTHER crews; their reports
  quote the first crew's identifiers as history (owned by the first crew in the truth), some
  even list the earlier payment among the payments.
- ``sim_farm``: impersonation crews calling from SIM-box blocks of consecutive local numbers,
  each used a few times, spoofing police lines, paid into bank mule accounts used by many.
- ``marketplace``: fake buyers and sellers on classifieds, a heavy tail of one-off scammers
  beside a few crews, and escrow-phishing domains of kit sellers that many crews use (a shared
  service, ``svc:...``, which never joins operations in the ceiling).
- ``multilingual_mix``: crews across ja, ko, zh, th, vi, id, tl, km and en victims, values
  written in local ways (full-width digits, national phone formats, local bank and branch
  formats, "LINE: x", "카톡 x", "微信 x", "Zalo x"), and victims citing innocent values (police
  and bank hotlines, the anti-fraud portal, a real exchange's support domain).

Reports mix narrative-only, bank-filed (payments only) and structured ones (identifiers,
payments, messages beside a narrative); some are duplicates and some are relayed by a
relative. The truth gives each report's operation and each mention's owner (an operation,
``svc:...``, ``innocent:...`` or ``victim:...``), its key (the canonical value), where it is
written, as written, and whether it is recoverable (masked values are not).
EVALUATION DATA: never tune tipoff to it.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from world7_phrases import OPENINGS, RELAYED, SLOTS

CONFIGS = ("family_office", "recovery_rescam", "sim_farm", "marketplace", "multilingual_mix")
LANGS = ("ja", "ko", "zh", "th", "vi", "id", "tl", "km", "en")
COUNTRY = {
    "ja": "JP", "ko": "KR", "zh": "CN", "th": "TH", "vi": "VN",
    "id": "ID", "tl": "PH", "km": "KH", "en": "AU",
}  # fmt: skip
CURRENCY = {
    "JP": "JPY", "KR": "KRW", "CN": "CNY", "TH": "THB", "VN": "VND",
    "ID": "IDR", "PH": "PHP", "KH": "USD", "AU": "AUD",
}  # fmt: skip
USD_RATE = {
    "JPY": 150, "KRW": 1350, "CNY": 7, "THB": 35, "VND": 25000,
    "IDR": 16000, "PHP": 56, "USD": 1, "AUD": 1.5,
}  # fmt: skip
CALLING = {"JP": 81, "KR": 82, "CN": 86, "TH": 66, "VN": 84, "ID": 62, "PH": 63, "KH": 855}
CALLING |= {"AU": 61, "MM": 95}
MOBILE = {  # national significant number: prefixes and length after the prefix
    "JP": (("90", "80", "70"), 8), "KR": (("10",), 8), "CN": (("138", "139", "186", "150"), 8),
    "TH": (("81", "89", "96", "63"), 7), "VN": (("91", "98", "33", "86"), 7),
    "ID": (("812", "813", "857", "878"), 8), "PH": (("917", "918", "927", "995"), 7),
    "KH": (("12", "15", "97", "88"), 6), "AU": (("412", "422", "433"), 6),
    "MM": (("9",), 9),
}  # fmt: skip
BANKS = {  # local name, English name, account digits
    "JP": (
        ("三井住友銀行", "SMBC", 7),
        ("みずほ銀行", "Mizuho", 7),
        ("楽天銀行", "Rakuten Bank", 7),
    ),
    "KR": (
        ("국민은행", "KB Kookmin", 12),
        ("신한은행", "Shinhan", 11),
        ("카카오뱅크", "KakaoBank", 13),
    ),
    "CN": (("中国工商银行", "ICBC", 19), ("中国建设银行", "CCB", 19), ("中国农业银行", "ABC", 19)),
    "TH": (("กสิกรไทย", "KBank", 10), ("ไทยพาณิชย์", "SCB", 10), ("กรุงเทพ", "Bangkok Bank", 10)),
    "VN": (
        ("Vietcombank", "Vietcombank", 13),
        ("Techcombank", "Techcombank", 14),
        ("MB Bank", "MB", 12),
    ),
    "ID": (("BCA", "BCA", 10), ("BRI", "BRI", 15), ("Mandiri", "Mandiri", 13)),
    "PH": (("BDO", "BDO", 12), ("BPI", "BPI", 10), ("UnionBank", "UnionBank", 12)),
    "KH": (("ABA", "ABA Bank", 9), ("ACLEDA", "ACLEDA", 12), ("Wing", "Wing", 8)),
    "AU": (("CommBank", "CommBank", 8), ("Westpac", "Westpac", 8), ("ANZ", "ANZ", 9)),
}
JP_BRANCHES = ("渋谷", "新宿", "梅田", "池袋", "難波", "札幌", "博多", "横浜")
HANDLE_APP = {"ja": "line", "th": "line", "ko": "kakao", "zh": "wechat", "vi": "zalo"}
HANDLE_APP |= {"id": "whatsapp", "tl": "whatsapp", "km": "telegram", "en": "whatsapp"}
POLICE = {
    "JP": ("#9110", "110"),
    "KR": ("112", "1332"),
    "CN": ("96110", "110"),
    "TH": ("1441", "1599"),
    "VN": ("113", "069 219 4054"),
    "ID": ("110", "0800 1 500 655"),
    "PH": ("1326", "(02) 8723-0401"),
    "KH": ("117", "012 999 999"),
    "AU": ("131 444", "1300 292 371"),
}
PORTALS = {
    "JP": "www.npa.go.jp", "KR": "ecrm.police.go.kr", "CN": "www.gjfzpt.cn",
    "TH": "www.thaipoliceonline.go.th", "VN": "canhbao.khonggianmang.vn", "ID": "cekrekening.id",
    "PH": "cicc.gov.ph", "KH": "www.police.gov.kh", "AU": "www.scamwatch.gov.au",
}  # fmt: skip
EXCHANGES = ("www.binance.com", "www.okx.com", "www.bybit.com", "support.kraken.com")
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
SYL = ("ka", "mi", "ro", "na", "ta", "lu", "xin", "bo", "jia", "min", "su", "ra", "an", "vy")
TLDS = ("com", "net", "top", "vip", "io", "cc", "xyz", "app")
START = datetime(2025, 1, 6, tzinfo=UTC)
DAYS = 680


@dataclass
class Value:
    """One identifier with one owner: ``kind``, canonical ``key``, rendering data."""

    kind: str
    key: str
    owner: str
    data: dict
    start: int = 0
    end: int = DAYS


@dataclass
class Case:
    """One report before it is written: its operation and the values it mentions, by slot."""

    op: str
    structure: str
    story: str
    lang: str
    day: int
    items: list[tuple[Value, str]] = field(default_factory=list)
    second_hand: bool = False
    duplicate_of: int | None = None


class World:
    """The random source and the registry of keys, so that no key gets two owners."""

    def __init__(self, config: str, seed: int) -> None:
        self.rng = random.Random(f"world7:{config}:{seed}")
        self.keys: dict[str, Value] = {}
        self.innocent: dict[str, Value] = {}

    def fresh(self, kind: str, owner: str, make) -> Value:  # type: ignore[no-untyped-def]
        while True:
            key, data = make()
            if f"{kind}:{key}" not in self.keys:
                value = Value(kind, f"{kind}:{key}", owner, data)
                self.keys[value.key] = value
                return value

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(
            str(self.rng.randint(0, 9)) for _ in range(n - 1)
        )

    def name(self, lo: int = 2, hi: int = 3) -> str:
        return "".join(self.rng.choice(SYL) for _ in range(self.rng.randint(lo, hi)))

    # ----------------------------------------------------------------- value makers

    def phone(self, owner: str, country: str, nsn: str | None = None) -> Value:
        def make() -> tuple[str, dict]:
            prefixes, n = MOBILE[country]
            number = nsn or self.rng.choice(prefixes) + self.digits(n)
            return f"+{CALLING[country]}{number}", {"country": country, "nsn": number}

        return self.fresh("phone", owner, make)

    def bank(self, owner: str, country: str) -> Value:
        def make() -> tuple[str, dict]:
            bank = self.rng.randrange(len(BANKS[country]))
            digits = self.digits(BANKS[country][bank][2])
            branch = self.rng.randrange(len(JP_BRANCHES)) if country == "JP" else 0
            code = f"{country}:{bank}:{branch}:{digits}"
            return code, {"country": country, "bank": bank, "branch": branch, "digits": digits}

        return self.fresh("bank", owner, make)

    def wallet(self, owner: str) -> Value:
        def make() -> tuple[str, dict]:
            body = bytes([0x41]) + self.rng.randbytes(20)
            check = hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4]
            number = int.from_bytes(body + check, "big")
            out = ""
            while number:
                number, r = divmod(number, 58)
                out = B58[r] + out
            return out, {"address": out}

        return self.fresh("wallet", owner, make)

    def domain(self, owner: str, stem: str | None = None) -> Value:
        def make() -> tuple[str, dict]:
            base = stem or self.name()
            host = f"{base}-{self.rng.choice(('ex', 'pro', 'global', 'trade', 'fx', 'hk'))}"
            host = f"{host}{self.rng.randint(2, 99)}.{self.rng.choice(TLDS)}"
            return host, {"host": host}

        return self.fresh("domain", owner, make)

    def handle(self, owner: str, app: str) -> Value:
        def make() -> tuple[str, dict]:
            name = f"{self.name()}{self.rng.choice(('', '_', '.'))}{self.rng.randint(7, 999)}"
            name = name.strip("._") if app != "telegram" else name.replace(".", "_")
            return name.lower(), {"app": app, "name": name}

        return self.fresh(app, owner, make)

    def email(self, owner: str, host: str) -> Value:
        def make() -> tuple[str, dict]:
            address = f"{self.name()}.{self.rng.choice(('law', 'legal', 'desk', 'case'))}@{host}"
            return address, {"address": address}

        return self.fresh("email", owner, make)

    def cited(self, kind: str, country: str, written: str) -> Value:
        """An innocent value the victim cites (hotline, portal, exchange), one per key."""
        key = f"{kind}:{country}:{written}"
        if key not in self.innocent:
            value = Value(kind, key, f"innocent:{key}", {"written": written})
            self.keys[key] = self.innocent[key] = value
        return self.innocent[key]

    def innocents(self, lang: str, p: float) -> list[tuple[Value, str]]:
        country = COUNTRY[lang]
        out: list[tuple[Value, str]] = []
        rng = self.rng
        if rng.random() < p:
            out.append((self.cited("hotline", country, rng.choice(POLICE[country])), "hotline"))
        if rng.random() < p * 0.6:
            out.append((self.cited("portal", country, PORTALS[country]), "portal"))
        if rng.random() < p * 0.5:
            bank = rng.randrange(len(BANKS[country]))
            line = f"{'0120' if country == 'JP' else '1800'}-{700 + 37 * bank}-{4100 + 91 * bank}"
            out.append((self.cited("bank_hotline", country, line), "bank_hotline"))
        return out


def active(values: list[Value], day: int) -> list[Value]:
    live = [v for v in values if v.start <= day <= v.end]
    return live or [min(values, key=lambda v: abs(v.start - day))]


def rotate(values: list[Value], lo: int, hi: int, rng: random.Random) -> list[Value]:
    """Give ``values`` consecutive overlapping windows across [lo, hi]."""
    step = max(1, (hi - lo) // max(1, len(values)))
    for i, v in enumerate(values):
        v.start = lo + i * step - rng.randint(0, step // 3)
        v.end = lo + (i + 1) * step + rng.randint(step // 4, step // 2)
    return values


def sizes(rng: random.Random, n: int, ops: int, alpha: float) -> list[int]:
    """Heavy-tailed operation sizes summing to ``n`` (each at least 1)."""
    weights = [rng.paretovariate(alpha) for _ in range(ops)]
    total = sum(weights)
    out = [max(1, int(n * w / total)) for w in weights]
    i = 0
    while sum(out) < n:
        out[i % ops] += 1
        i += 1
    while sum(out) > n:
        j = max(range(ops), key=out.__getitem__)
        out[j] -= 1
    return out


def window(rng: random.Random, size: int) -> tuple[int, int]:
    span = min(DAYS, 60 + size * 4)
    lo = rng.randint(0, DAYS - span)
    return lo, lo + span


# --------------------------------------------------------------------------- configurations


def family_office(w: World, n: int) -> list[Case]:
    rng, cases = w.rng, []
    for o, size in enumerate(sizes(rng, n, max(3, n // 110), 1.3)):
        op = f"op{o:03d}"
        lo, hi = window(rng, size)
        base = rng.choice(("KH", "MM", "PH"))
        scammers = []
        for _ in range(max(1, min(16, size // 8 + rng.randint(1, 4)))):
            app_phone = w.phone(op, base)
            scammers.append(
                [app_phone, w.handle(op, "line"), w.phone(op, base), w.handle(op, "telegram")]
            )
        stem = w.name()
        domains = rotate([w.domain(op, stem) for _ in range(2 + size // 40)], lo, hi, rng)
        wallets = rotate([w.wallet(op) for _ in range(2 + size // 15)], lo, hi, rng)
        langs = rng.sample(("ja", "zh", "en", "ko", "th", "vi"), 3)
        for _ in range(size):
            day = rng.randint(lo, hi)
            lang = rng.choice(langs)
            person = rng.choice(scammers[: 1 + int(rng.random() ** 2 * len(scammers))])
            case = Case(op, "pig_butchering", "invest", lang, day)
            contacts = rng.sample(person, rng.choice((1, 1, 2)))
            case.items += [(v, "contact") for v in contacts]
            if rng.random() < 0.75:
                case.items.append((rng.choice(active(domains, day)), "site"))
            live = active(wallets, day)
            for wallet in rng.sample(live, min(len(live), rng.choice((1, 1, 2)))):
                case.items.append((wallet, "paid"))
            if rng.random() < 0.35:
                case.items.append((w.cited("exchange", "*", rng.choice(EXCHANGES)), "exchange"))
            case.items += w.innocents(lang, 0.15)
            cases.append(case)
    return cases


def recovery_rescam(w: World, n: int) -> list[Case]:
    rng, cases = w.rng, []
    first: list[list[Value]] = []
    n_first = int(n * 0.55)
    for o, size in enumerate(sizes(rng, n_first, max(3, n // 150), 1.4)):
        op = f"op{o:03d}"
        lo, hi = window(rng, size)
        country = rng.choice(("KH", "PH", "MM"))
        phones = rotate([w.phone(op, country) for _ in range(2 + size // 12)], lo, hi, rng)
        domains = rotate([w.domain(op) for _ in range(1 + size // 30)], lo, hi, rng)
        wallets = rotate([w.wallet(op) for _ in range(2 + size // 15)], lo, hi, rng)
        first.append(phones + domains + wallets)
        for _ in range(size):
            day = rng.randint(lo, hi)
            lang = rng.choice(("en", "ja", "zh", "ko"))
            story = rng.choice(("invest", "romance"))
            case = Case(op, "original", story, lang, day)
            case.items.append((rng.choice(active(phones, day)), "contact"))
            if rng.random() < 0.7:
                case.items.append((rng.choice(active(domains, day)), "site"))
            case.items.append((rng.choice(active(wallets, day)), "paid"))
            case.items += w.innocents(lang, 0.2)
            cases.append(case)
    n_rec = n - len(cases)
    for r, size in enumerate(sizes(rng, n_rec, max(2, n // 300), 1.6)):
        op = f"rec{r:03d}"
        lo, hi = window(rng, size)
        stem = rng.choice(("lex", "justitia", "asset", "recover", "claim")) + w.name(1, 2)
        firms = rotate([w.domain(op, stem) for _ in range(1 + size // 35)], lo, hi, rng)
        lawyers = rotate(
            [w.phone(op, rng.choice(("PH", "KH"))) for _ in range(2 + size // 20)], lo, hi, rng
        )
        mails = [w.email(op, rng.choice(("gmail.com", "outlook.com", "protonmail.com")))]
        accounts = rotate([w.wallet(op) for _ in range(1 + size // 25)], lo, hi, rng)
        for _ in range(size):
            day = rng.randint(lo, hi)
            lang = rng.choice(("en", "ja", "zh", "ko"))
            case = Case(op, "recovery", "recovery", lang, day)
            old_values = rng.choice(first)
            for old in rng.sample(old_values, min(len(old_values), rng.randint(1, 3))):
                case.items.append((old, "history"))
            case.items.append((rng.choice(active(lawyers, day)), "contact"))
            if rng.random() < 0.8:
                case.items.append((rng.choice(active(firms, day)), "site"))
            if rng.random() < 0.3:
                case.items.append((mails[0], "contact"))
            case.items.append((rng.choice(active(accounts, day)), "paid"))
            case.items += w.innocents(lang, 0.35)
            cases.append(case)
    return cases


def sim_farm(w: World, n: int) -> list[Case]:
    rng, cases = w.rng, []
    plan = sizes(rng, n, max(4, n // 140), 1.5)
    targets = rng.sample(("ja", "th", "ko", "vi", "id", "zh", "km"), min(7, len(plan) // 2))
    for o, size in enumerate(plan):  # crews share target countries: pairs at least
        op = f"op{o:03d}"
        lo, hi = window(rng, size)
        lang = targets[o % len(targets)]
        country = COUNTRY[lang]
        prefixes, length = MOBILE[country]
        sims: list[Value] = []
        for _ in range(1 + size // 60):
            head = rng.choice(prefixes) + w.digits(length - 2)
            while any(f"phone:+{CALLING[country]}{head}{t:02d}" in w.keys for t in range(40)):
                head = rng.choice(prefixes) + w.digits(length - 2)
            for tail in range(rng.randint(20, 40)):
                sims.append(w.phone(op, country, f"{head}{tail:02d}"))
        mules = rotate([w.bank(op, country) for _ in range(2 + size // 10)], lo, hi, rng)
        app = HANDLE_APP[lang]
        officer = w.phone(op, country) if app in ("zalo", "whatsapp") else w.handle(op, app)
        for _ in range(size):
            day = rng.randint(lo, hi)
            case = Case(op, "impersonation", "impersonation", lang, day)
            case.items.append((rng.choice(sims), "caller"))
            if rng.random() < 0.5:
                police = w.cited("hotline", country, rng.choice(POLICE[country]))
                case.items.append((police, "caller"))
            live = active(mules, day)
            for mule in rng.sample(live, min(len(live), rng.choice((1, 1, 2, 3)))):
                case.items.append((mule, "paid"))
            if rng.random() < 0.2:
                case.items.append((officer, "contact"))
            case.items += w.innocents(lang, 0.25)
            cases.append(case)
    return cases


def marketplace(w: World, n: int) -> list[Case]:
    rng, cases = w.rng, []
    kits = [
        (f"svc:kit{k}", [w.domain(f"svc:kit{k}", "escrow" + w.name(1, 1)) for _ in range(3)])
        for k in range(4)
    ]
    n_crew = int(n * 0.45)
    plan = [(f"crew{c:03d}", s) for c, s in enumerate(sizes(rng, n_crew, max(3, n // 250), 1.5))]
    o = 0
    while sum(s for _, s in plan) < n:
        plan.append(
            (f"op{o:04d}", min(rng.choice((1, 1, 1, 1, 2, 3)), n - sum(s for _, s in plan)))
        )
        o += 1
    for op, size in plan:
        lo, hi = window(rng, size)
        lang = rng.choice(("en", "ja", "tl", "id", "th", "vi", "km"))
        country = COUNTRY[lang]
        phones = rotate([w.phone(op, country) for _ in range(1 + size // 15)], lo, hi, rng)
        accounts = rotate([w.bank(op, country) for _ in range(1 + size // 12)], lo, hi, rng)
        app = HANDLE_APP[lang] if HANDLE_APP[lang] not in ("zalo", "whatsapp") else "telegram"
        profiles = [w.handle(op, app) for _ in range(1 + size // 30)]
        kit = rng.choice(kits)[1]
        for _ in range(size):
            day = rng.randint(lo, hi)
            structure = "crew" if op.startswith("crew") else "one_off"
            case = Case(op, structure, "marketplace", lang, day)
            case.items.append((rng.choice(active(phones, day)), "contact"))
            if rng.random() < 0.5:
                case.items.append((rng.choice(profiles), "contact"))
            if rng.random() < 0.55:
                case.items.append((rng.choice(kit), "site"))
                if rng.random() < 0.3:
                    case.items.append((rng.choice(active(accounts, day)), "paid"))
            else:
                case.items.append((rng.choice(active(accounts, day)), "paid"))
            case.items += w.innocents(lang, 0.2)
            cases.append(case)
    return cases


def multilingual_mix(w: World, n: int) -> list[Case]:
    rng, cases = w.rng, []
    for o, size in enumerate(sizes(rng, n, max(3, n // 120), 1.4)):
        op = f"op{o:03d}"
        lo, hi = window(rng, size)
        story = rng.choice(("romance", "invest", "job", "impersonation"))
        langs = rng.sample(LANGS, rng.randint(2, 4))
        handles = {
            lang: rotate(
                [
                    w.phone(op, COUNTRY[lang])
                    if HANDLE_APP[lang] in ("zalo", "whatsapp")
                    else w.handle(op, HANDLE_APP[lang])
                    for _ in range(1 + size // (12 * len(langs)))
                ],
                lo,
                hi,
                rng,
            )
            for lang in langs
        }
        mules = {
            lang: rotate([w.bank(op, COUNTRY[lang]) for _ in range(1 + size // 25)], lo, hi, rng)
            for lang in langs
        }
        wallets = rotate([w.wallet(op) for _ in range(1 + size // 30)], lo, hi, rng)
        domains = rotate([w.domain(op) for _ in range(1 + size // 40)], lo, hi, rng)
        for _ in range(size):
            day = rng.randint(lo, hi)
            lang = rng.choice(langs)
            case = Case(op, story, story, lang, day)
            case.items.append((rng.choice(active(handles[lang], day)), "contact"))
            if rng.random() < 0.5:
                case.items.append((rng.choice(active(mules[lang], day)), "paid"))
            else:
                case.items.append((rng.choice(active(wallets, day)), "paid"))
                if rng.random() < 0.6:
                    case.items.append((w.cited("exchange", "*", rng.choice(EXCHANGES)), "exchange"))
            if story in ("invest", "job") and rng.random() < 0.7:
                case.items.append((rng.choice(active(domains, day)), "site"))
            case.items += w.innocents(lang, 0.5)
            cases.append(case)
    return cases


BUILDERS = {
    "family_office": family_office,
    "recovery_rescam": recovery_rescam,
    "sim_farm": sim_farm,
    "marketplace": marketplace,
    "multilingual_mix": multilingual_mix,
}

# --------------------------------------------------------------------------- writing values


def group(digits: str, sizes_: tuple[int, ...]) -> str:
    out, i = [], 0
    for s in sizes_:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return "-".join(p for p in out if p)


LOCAL_GROUPS = {"JP": (2, 4), "KR": (2, 4), "CN": (3, 4), "ID": (3, 4), "PH": (3, 3), "AU": (3, 3)}
LOCAL_GROUPS |= {"TH": (2, 3), "VN": (2, 3), "KH": (2, 3), "MM": (1, 3)}


def write_phone(v: Value, lang: str, rng: random.Random) -> str:
    country, nsn = v.data["country"], v.data["nsn"]
    home = COUNTRY[lang] == country
    style = rng.choice(("local", "local", "intl", "compact")) if home else "intl"
    trunk = "" if country == "CN" else "0"
    if style == "local":
        text = trunk + group(nsn, LOCAL_GROUPS[country])
        return text.translate(FW) if lang in ("ja", "zh") and rng.random() < 0.3 else text
    if style == "compact":
        return trunk + nsn
    return f"+{CALLING[country]} " + group(nsn, (3, 3)).replace("-", " ")


def write_bank(v: Value, lang: str, rng: random.Random) -> str:
    d = v.data
    country, digits = d["country"], d["digits"]
    local, english, _ = BANKS[country][d["bank"]]
    if country == "JP":
        branch = f"{100 + d['branch'] * 7}"
        text = f"{local} {JP_BRANCHES[d['branch']]}支店({branch}) 普通 {digits}"
        if lang != "ja":
            text = f"{english} branch {branch} ordinary {digits}"
        return text.translate(FW) if lang == "ja" and rng.random() < 0.3 else text
    if country == "KR":
        return f"{local} {group(digits, (3, 3))}"
    if country == "CN":
        return f"{local} {' '.join(digits[i : i + 4] for i in range(0, len(digits), 4))}"
    if country == "TH":
        return f"{local if lang == 'th' else english} {group(digits, (3, 1, 5))}"
    if country == "AU":
        return f"{english} BSB 06{digits[:1]}-{digits[1:4]} acct {digits}"
    if country == "KH":
        return f"{english} {' '.join(digits[i : i + 3] for i in range(0, len(digits), 3))}"
    return f"{local} {digits}"


def write_handle(v: Value, lang: str, rng: random.Random) -> tuple[str, str]:
    app, name = v.data["app"], v.data["name"]
    labels = {
        "line": ("LINE: ", "LINE ID ", "line.me/ti/p/~"),
        "kakao": ("카톡 ", "카카오톡 ID: ", "KakaoTalk "),
        "wechat": ("微信 ", "微信号：", "WeChat: "),
        "telegram": ("Telegram: @", "@", "t.me/"),
    }[app]
    label = rng.choice(labels)
    if label.endswith("~") or label == "t.me/":
        return label + name, label + name
    return label + name, name


def render(v: Value, lang: str, rng: random.Random, masked: bool) -> tuple[str, str, bool]:
    """The fragment for a narrative, the value as written, and whether it is recoverable."""
    if v.kind in ("hotline", "portal", "bank_hotline", "exchange"):
        return v.data["written"], v.data["written"], True
    if v.kind == "phone":
        written = write_phone(v, lang, rng)
        if masked:
            digits = v.data["nsn"]
            written = f"0{digits[:2]}-****-{digits[-4:]}"
            return written, written, False
        app = HANDLE_APP.get(lang)
        if app == "zalo" and rng.random() < 0.5:
            return f"Zalo {written}", written, True
        if rng.random() < 0.25:
            link = f"wa.me/{CALLING[v.data['country']]}{v.data['nsn']}"
            return link, link, True
        return written, written, True
    if v.kind == "bank":
        if masked:
            written = f"***{v.data['digits'][-4:]}"
            return written, written, False
        written = write_bank(v, lang, rng)
        return written, written, True
    if v.kind == "wallet":
        address = v.data["address"]
        if masked:
            written = f"{address[:5]}…{address[-4:]}"
            return written, written, False
        return address, address, True
    if v.kind == "domain":
        host = v.data["host"]
        written = rng.choice((host, f"https://{host}/", f"https://www.{host}/login", f"www.{host}"))
        return written, written, True
    if v.kind == "email":
        return v.data["address"], v.data["address"], True
    fragment, written = write_handle(v, lang, rng)
    return fragment, written, True


KIND_HINT = {"phone": "phone", "bank": "bank_account", "wallet": "wallet", "domain": "url"}
KIND_HINT |= {"email": "email", "line": "line", "kakao": "kakao", "wechat": "wechat"}
KIND_HINT |= {"telegram": "telegram"}
RAIL = {"bank": "domestic_transfer", "wallet": "crypto_usdt_trc20", "phone": "e_wallet"}


def amount(rng: random.Random, currency: str) -> str:
    return str(int(rng.choice((300, 800, 2000, 5000, 12000, 40000)) * USD_RATE[currency]))


def when(day: int, rng: random.Random) -> str:
    return (START + timedelta(days=day, minutes=rng.randint(0, 1439))).isoformat()


def compose(case: Case, index: int, rng: random.Random, config: str) -> tuple[dict, dict]:
    """Write one case as an intake report and its truth row."""
    lang, country = case.lang, COUNTRY[case.lang]
    currency = "USD" if any(v.kind == "wallet" for v, _ in case.items) else CURRENCY[country]
    eid = f"W7-{config[:3].upper()}-{index:05d}"
    report: dict = {
        "external_id": eid,
        "received_at": when(case.day + rng.randint(1, 20), rng),
        "occurred_at": when(case.day, rng),
        "victim_country": country,
        "language": lang,
        "scam_type": case.story if rng.random() < 0.5 else None,
    }
    mentions: list[dict] = []
    own_paid = [v for v, slot in case.items if slot == "paid" and v.owner == case.op]
    mix = rng.random()
    bank_filed = bool(own_paid) and mix < 0.12 and all(v.kind != "phone" for v in own_paid)
    structured = not bank_filed and mix < 0.55
    sentences: list[str] = [RELAYED[lang]] if case.second_hand else []
    sentences.append(rng.choice(OPENINGS[lang][case.story]))
    payments: list[dict] = []
    identifiers: list[dict] = []
    messages: list[dict] = []
    anchored = False
    for v, slot in case.items:
        own = v.owner == case.op
        if bank_filed and slot != "paid":
            continue
        masked = (
            v.kind in ("phone", "bank", "wallet") and rng.random() < 0.12 and (anchored or not own)
        )
        fragment, written, recoverable = render(v, lang, rng, masked)
        anchored = anchored or (own and recoverable)
        where = "narrative"
        if (bank_filed or structured) and slot == "paid":
            payments.append(
                {
                    "currency": currency,
                    "amount": amount(rng, currency),
                    "paid_at": when(case.day, rng),
                    "rail": RAIL.get(v.kind, "other"),
                    "payee": written,
                }
            )
            where = f"payments.{len(payments) - 1}"
        elif structured and slot == "history" and v.kind == "wallet" and rng.random() < 0.4:
            payments.append(
                {"currency": "USD", "amount": amount(rng, "USD"), "payee": written,
                 "paid_at": when(max(0, case.day - rng.randint(30, 200)), rng)}
            )  # fmt: skip
            where = f"payments.{len(payments) - 1}"
        elif structured and slot == "caller" and v.kind == "phone" and rng.random() < 0.6:
            messages.append(
                {"text": OPENINGS[lang]["impersonation"][0], "from_id": written,
                 "channel": "sms", "sent_at": when(case.day, rng)}
            )  # fmt: skip
            where = f"messages.{len(messages) - 1}"
        elif structured and slot in ("contact", "site") and recoverable and rng.random() < 0.7:
            identifiers.append(
                {"value": written, "kind": KIND_HINT.get(v.kind, "handle"), "role": "contact"}
            )
            if slot == "site":
                identifiers[-1]["role"] = "link"
            where = f"identifiers.{len(identifiers) - 1}"
        else:
            slot_name = "masked" if masked and slot in ("caller", "contact") else slot
            money = f"{amount(rng, currency)} {currency}"
            sentences.append(rng.choice(SLOTS[lang][slot_name]).format(v=fragment, a=money))
        mentions.append(
            {"key": v.key, "owner": v.owner, "kind": v.kind, "slot": slot, "where": where,
             "written": written, "recoverable": recoverable}
        )  # fmt: skip
    victim_account: dict | None = None
    if not bank_filed:
        report["narrative"] = ("" if lang in ("ja", "zh") else " ").join(sentences)
        if rng.random() < 0.15:
            victim_account = {"lang": lang}
    if payments:
        report["payments"] = payments
    if identifiers:
        report["identifiers"] = identifiers
    if messages:
        report["messages"] = messages
    if rng.random() < 0.4:
        phone_nsn = rng.choice(MOBILE[country][0]) + "".join(
            str(rng.randint(0, 9)) for _ in range(MOBILE[country][1])
        )
        phone = ("" if country == "CN" else "0") + phone_nsn
        report["victim"] = {"phone": phone, "age_band": rng.choice(("40-49", "60-69", "70+"))}
        mentions.append(
            {"key": f"victim:{eid}:phone", "owner": f"victim:{eid}", "kind": "phone",
             "slot": "victim", "where": "victim", "written": phone, "recoverable": True}
        )  # fmt: skip
    if victim_account is not None:
        digits = "".join(str(rng.randint(0, 9)) for _ in range(10))
        written = f"{BANKS[country][0][0]} {digits}"
        report["narrative"] += (" " if lang not in ("ja", "zh") else "") + SLOTS[lang]["own"][
            0
        ].format(v=written)
        mentions.append(
            {"key": f"victim:{eid}:account", "owner": f"victim:{eid}", "kind": "bank",
             "slot": "own", "where": "narrative", "written": written, "recoverable": True}
        )  # fmt: skip
    report = {k: v for k, v in report.items() if v is not None}
    truth = {
        "external_id": eid,
        "operation": case.op,
        "structure": case.structure,
        "config": config,
        "language": lang,
        "bank_filed": bank_filed,
        "second_hand": case.second_hand,
        "duplicate_of": None,
        "mentions": mentions,
    }
    return report, truth


def build(config: str, seed: int, reports: int) -> tuple[list[dict], list[dict], dict]:
    """The world ``config`` with ``reports`` reports: (reports, truth, world)."""
    w = World(config, seed)
    n_dup = max(1, reports // 40)
    cases = BUILDERS[config](w, reports - n_dup)
    rng = w.rng
    rng.shuffle(cases)
    cases.sort(key=lambda c: c.day)
    owned: dict[str, list[Value]] = {}
    for case in cases:
        owned.setdefault(case.op, []).extend(v for v, _ in case.items if v.owner == case.op)
    ops = sorted(owned)
    for case in cases:
        case.second_hand = rng.random() < 0.06
        if rng.random() < 0.03:  # a repeat victim cites an earlier loss to another operation
            other = rng.choice(ops)
            if other != case.op and owned[other]:
                case.items.insert(0, (rng.choice(owned[other]), "history"))
    out_reports: list[dict] = []
    out_truth: list[dict] = []
    for i, case in enumerate(cases):
        report, row = compose(case, i, rng, config)
        out_reports.append(report)
        out_truth.append(row)
    for j in range(n_dup):
        original = rng.randrange(len(cases))
        case = cases[original]
        copy = Case(case.op, case.structure, case.story, case.lang, case.day + 3, list(case.items))
        report, row = compose(copy, len(cases) + j, rng, config)
        row["duplicate_of"] = out_truth[original]["external_id"]
        out_reports.append(report)
        out_truth.append(row)
    world = {
        "config": config,
        "seed": seed,
        "reports": len(out_reports),
        "operations": [
            {"id": op, "reports": sum(row["operation"] == op for row in out_truth)}
            for op in sorted({row["operation"] for row in out_truth})
        ],
        "services": sorted({v.owner for v in w.keys.values() if v.owner.startswith("svc:")}),
        "innocent": sorted(w.innocent),
    }
    return out_reports, out_truth, world


def write_world(config: str, seed: int, reports: int, out_dir: Path) -> Path:
    """Write reports.jsonl, truth.jsonl and world.json under ``out_dir``; return it."""
    out_reports, out_truth, world = build(config, seed, reports)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, rows in (("reports.jsonl", out_reports), ("truth.jsonl", out_truth)):
        with (out_dir / name).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out_dir / "world.json").write_text(
        json.dumps(world, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return out_dir
