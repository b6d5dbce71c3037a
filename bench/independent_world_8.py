"""The eighth independent world: synthetic scam reports with a known truth, for tipoff's linker.

Written blind (world8, 2026-12-06, from 22:15 UTC) by an author who did not read tipoff's
linker or extractor (src/tipoff/link/, src/tipoff/indicators/, src/tipoff/simulate/), the other
worlds' generators or phrase tables, docs/link-evaluation.md or docs/networks.md. Read, with
times (UTC):

- 22:15 /work/notes/common.md (the rules)
- 22:15 docs/intake.md (the report format tipoff ingest takes, the sighting roles)
- 22:15 bench/bench_independent_world_5.py, tests/evaluation/test_world5.py (harness shape)
- 22:16 bench/world_cli.py, and in bench/bench_independent_world_2.py / _3.py only
  ceiling_labels, pair_scores, read_networks, tipoff (the harness they import; no generator)
- 22:16 ../shared/docs/domain.md sections 1.G-1.L and 5 (typology, identifier formats,
  warninglist ideas)
- 22:17 src/tipoff/intake/schema.py lines 140-300 (the channel and rail names it accepts)
- 22:17 a grep for "class Role" over src/tipoff (skipping link/ and indicators/): the Role
  enum of src/tipoff/model.py and the header of a class in src/tipoff/evaluation/roles.py

Five configurations, each a structure the earlier worlds do not have:

- ``spoofed_caller``: fake-police and fake-bank crews (JP, KR, TH, CN) whose calls *display*
  real-looking switchboard numbers of police stations and banks. Those innocent numbers appear
  in most reports, as the caller id of a voice message and in the narrative, across many crews;
  the crews' own values are the messenger ids of the "officers", callback numbers and the "safe
  accounts".
- ``victim_mules``: task and romance crews that turn their victims into mules. A victim's own
  account, written in the first person ("my account"), later receives other victims' money;
  the crew's accounts are a chain of former victims' accounts, each live for a few reports.
- ``third_party``: investment crews whose reports come mostly through banks' fraud teams, NGOs
  and relatives: formal text, identifiers in the structured list, partial values (last digits,
  a half-visible wallet), and the reporting bank's or NGO's own desk number in a signature,
  which recurs across every crew that bank's customers met. Some victims are reported twice
  (by themselves and by their bank).
- ``cross_market``: one crew working several markets (JP, KR, TH, PH, VN, CN, ID) with each
  market's local phones and local bank accounts, written the local way in the local language;
  the markets join only through a few shared values (the platform domain, USDT wallets, a
  Telegram customer-service handle).
- ``app_subdomains``: investment-app crews whose download links sit on a fresh subdomain per
  victim of a few registered domains (some under two-label suffixes), on free-hosting
  subdomains whose parent host every crew shares, or behind TestFlight invites; victims are
  also sent to innocent app-store pages of real wallets, which every crew cites.

Every configuration also has a deep tail of one-report cases, and innocent services (delivery
firms' hotlines, marketplaces, bank hotlines, police portals) cited by crews and tail alike.

Truth: one row per report with its ``operation`` and its ``mentions`` (key, owner, where,
written, recoverable). The ceiling of bench/bench_independent_world_8.py joins two reports only
through a value their own operation controls and that is written recoverably.
"""

from __future__ import annotations

import hashlib
import json
import random
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from world8_phrases import APP_NAMES, FRAMES, THIRD_PARTY

CONFIGS = ("spoofed_caller", "victim_mules", "third_party", "cross_market", "app_subdomains")

TAIL_SHARE = 0.12
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
SYLLABLES = ("ka", "ki", "ko", "sa", "mi", "na", "ri", "zen", "max", "jin", "hao", "lee", "tan")


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Value:
    """One identifier: its truth key, its owner and the ways it is written."""

    key: str
    owner: str
    forms: tuple[str, ...]
    kind: str  # the hint a structured identifier gives: phone, account, wallet, url, telegram...


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def phone(rng: random.Random, cc: str, owner: str, line: str = "mobile") -> Value:
    """A national number written as locals write it, and in international forms."""
    if cc == "JP":
        if line == "landline":
            d = "3" + digits(rng, 8)
            local = f"03-{d[1:5]}-{d[5:]}"
        elif line == "ip":
            d = "50" + digits(rng, 8)
            local = f"050-{d[2:6]}-{d[6:]}"
        else:
            d = rng.choice(("90", "80", "70")) + digits(rng, 8)
            local = f"0{d[:2]}-{d[2:6]}-{d[6:]}"
        e164 = "+81" + d
        forms = (local, local.replace("-", ""), f"+81 {local[1:]}")
    elif cc == "KR":
        if line == "landline":
            d = "2" + digits(rng, 8)
            local = f"02-{d[1:5]}-{d[5:]}"
        else:
            d = "10" + digits(rng, 8)
            local = f"010-{d[2:6]}-{d[6:]}"
        e164 = "+82" + d
        forms = (local, local.replace("-", " "), f"+82 {local[1:]}")
    elif cc == "TH":
        if line == "landline":
            d = "2" + digits(rng, 7)
            local = f"02-{d[1:4]}-{d[4:]}"
        else:
            d = rng.choice("689") + digits(rng, 8)
            local = f"0{d[:2]}-{d[2:5]}-{d[5:]}"
        e164 = "+66" + d
        forms = (local, local.replace("-", ""), f"+66 {local[1:]}")
    elif cc == "PH":
        d = "9" + rng.choice(("17", "18", "27", "55", "66", "98")) + digits(rng, 7)
        e164 = "+63" + d
        forms = (f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d}", f"+63 {d[:3]} {d[3:6]} {d[6:]}")
    elif cc == "VN":
        d = rng.choice(("90", "91", "93", "96", "98", "33", "70")) + digits(rng, 7)
        e164 = "+84" + d
        forms = (f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d}", f"+84 {d}")
    elif cc == "CN":
        if line == "landline":
            d = "10" + str(rng.randint(2, 8)) + digits(rng, 7)
            local = f"010-{d[2:]}"
            e164 = "+86" + d
            forms = (local, f"+86 10 {d[2:]}")
        else:
            d = "1" + rng.choice(("38", "39", "58", "86", "77")) + digits(rng, 8)
            e164 = "+86" + d
            forms = (f"{d[:3]} {d[3:7]} {d[7:]}", d, f"+86 {d}")
    elif cc == "ID":
        d = "8" + rng.choice(("11", "12", "13", "21", "52", "77")) + digits(rng, 8)
        e164 = "+62" + d
        forms = (f"0{d[:3]}-{d[3:7]}-{d[7:]}", f"0{d}", f"+62 {d}")
    elif cc == "KH":
        d = rng.choice(("12", "15", "16", "17", "77", "96", "97")) + digits(rng, 7)
        e164 = "+855" + d
        forms = (f"+855 {d[:2]} {d[2:5]} {d[5:]}", f"+855{d}")
    elif cc == "US":
        d = (
            rng.choice(("469", "213", "646", "786", "929"))
            + str(rng.randint(2, 9))
            + digits(rng, 6)
        )
        e164 = "+1" + d
        forms = (f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}", f"+1 {d[:3]}-{d[3:6]}-{d[6:]}")
    elif cc == "GB":
        d = "7" + rng.choice(("4", "5", "7", "8", "9")) + digits(rng, 8)
        e164 = "+44" + d
        forms = (f"0{d[:4]} {d[4:]}", f"+44 {d[:4]} {d[4:]}")
    else:  # AU
        d = "4" + digits(rng, 8)
        e164 = "+61" + d
        forms = (f"0{d[:3]} {d[3:6]} {d[6:]}", f"+61 {d[:3]} {d[3:6]} {d[6:]}")
    return Value("phone:" + e164, owner, forms, "phone")


BANKS = {
    "JP": [
        ("三井住友銀行", "渋谷支店"),
        ("みずほ銀行", "新宿支店"),
        ("三菱UFJ銀行", "上野支店"),
        ("りそな銀行", "梅田支店"),
        ("楽天銀行", "第一営業支店"),
        ("PayPay銀行", "本店営業部"),
    ],
    "KR": [("국민은행", ""), ("신한은행", ""), ("우리은행", ""), ("하나은행", ""), ("농협", "")],
    "TH": [("กสิกรไทย", ""), ("ไทยพาณิชย์", ""), ("กรุงเทพ", ""), ("กรุงไทย", "")],
    "PH": [("BDO", ""), ("BPI", ""), ("Metrobank", ""), ("UnionBank", "")],
    "VN": [("Vietcombank", ""), ("Techcombank", ""), ("MB Bank", ""), ("ACB", "")],
    "CN": [("中国工商银行", ""), ("中国建设银行", ""), ("中国农业银行", ""), ("招商银行", "")],
    "ID": [("BCA", ""), ("BRI", ""), ("Mandiri", ""), ("BNI", "")],
    "GB": [("Barclays", ""), ("Lloyds", ""), ("Monzo", ""), ("Revolut", "")],
    "AU": [("Commonwealth Bank", ""), ("Westpac", ""), ("ANZ", ""), ("NAB", "")],
    "US": [("Chase", ""), ("Bank of America", ""), ("Wells Fargo", "")],
}
KANA = [
    "ヤマダ タロウ",
    "スズキ ハナコ",
    "タナカ ケンジ",
    "カ）エムケイトレーディング",
    "サトウ ユウキ",
    "グエン ヴァン アン",
]


def luhn_tail(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return str((10 - total % 10) % 10)


def iban_gb(rng: random.Random) -> str:
    bank = rng.choice(("BARC", "LOYD", "MONZ", "REVO", "NWBK"))
    bban = bank + digits(rng, 14)
    moved = bban + "GB00"
    numeric = "".join(str(int(c, 36)) for c in moved)
    check = 98 - int(numeric) % 97
    return f"GB{check:02d}{bban}"


def account(rng: random.Random, cc: str, owner: str) -> Value:
    """A bank account as victims and banks write it in that country."""
    bank, branch = rng.choice(BANKS[cc])
    if cc == "JP":
        n = digits(rng, 7)
        forms = (
            f"{bank} {branch} 普通 {n}",
            f"{bank}{branch} 普通預金 口座番号{n}",
            f"{bank} {branch} {n}",
        )
    elif cc == "KR":
        n = digits(rng, 12)
        forms = (f"{bank} {n[:3]}-{n[3:6]}-{n[6:]}", f"{bank} {n}")
    elif cc == "TH":
        n = digits(rng, 10)
        forms = (f"{bank} {n[:3]}-{n[3]}-{n[4:9]}-{n[9]}", f"ธ.{bank} {n}")
    elif cc == "PH":
        n = digits(rng, 12)
        forms = (f"{bank} {n[:4]} {n[4:8]} {n[8:]}", f"{bank} account {n}")
    elif cc == "VN":
        n = digits(rng, 13)
        forms = (f"{bank} {n}", f"STK {n} ({bank})")
    elif cc == "CN":
        body = "62" + digits(rng, 16)
        n = body + luhn_tail(body)
        forms = (f"{bank} {n[:4]} {n[4:8]} {n[8:12]} {n[12:16]} {n[16:]}", f"{bank}卡号{n}")
    elif cc == "ID":
        n = digits(rng, 10)
        forms = (f"{bank} {n}", f"rek. {bank} {n}")
    elif cc == "GB":
        n = iban_gb(rng)
        spaced = " ".join(n[i : i + 4] for i in range(0, len(n), 4))
        forms = (n, spaced)
    else:
        bsb = digits(rng, 6)
        n = bsb + digits(rng, 9)
        forms = (f"{bank} BSB {bsb[:3]}-{bsb[3:]} acc {n[6:]}", f"BSB {bsb} account {n[6:]}")
    return Value(f"account:{cc}:{n}", owner, forms, "account")


def b58encode(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def tron_wallet(rng: random.Random, owner: str) -> Value:
    """A valid base58check TRON address (version byte 0x41)."""
    payload = b"\x41" + bytes(rng.randrange(256) for _ in range(20))
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    addr = b58encode(payload + check)
    return Value("wallet:" + addr, owner, (addr,), "wallet")


def eth_wallet(rng: random.Random, owner: str) -> Value:
    addr = "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
    return Value("wallet:" + addr, owner, (addr,), "wallet")


def handle_name(rng: random.Random) -> str:
    word = rng.choice(SYLLABLES) + rng.choice(SYLLABLES)
    tail = rng.choice(("_cs", "_vip", "_official", "", "_teacher", "_support", "_agent"))
    return f"{word}{tail}{rng.randint(1, 9999)}"


def telegram(rng: random.Random, owner: str) -> Value:
    name = handle_name(rng)
    return Value(
        "telegram:" + name.lower(),
        owner,
        (f"@{name}", f"t.me/{name}", f"https://t.me/{name}"),
        "telegram",
    )


def messenger(rng: random.Random, owner: str, app: str) -> Value:
    """A LINE, KakaoTalk, WeChat, Zalo or Viber id, written bare after the app's name."""
    name = handle_name(rng).replace("_", rng.choice(("_", ".", "")))
    return Value(f"{app}:{name.lower()}", owner, (name,), app)


def domain_word(rng: random.Random) -> str:
    """A brand-like registrable label: a platform name, a syllable and a number."""
    name = rng.choice(APP_NAMES).lower().replace(" ", rng.choice(("", "-")))
    return f"{name}{rng.choice(('', '-'))}{rng.choice(SYLLABLES)}{rng.randint(1, 9999)}"


# --------------------------------------------------------------------------- drafting


@dataclass
class Draft:
    """One report under construction, with the mentions its truth row will hold."""

    external_id: str
    operation: str
    language: str
    country: str
    sentences: list[str] = field(default_factory=list)
    messages: list[dict] = field(default_factory=list)
    payments: list[dict] = field(default_factory=list)
    identifiers: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    channel: str = "messaging_app"
    scam_type: str | None = None
    victim_phone: str | None = None
    second_hand: bool = False
    duplicate_of: str | None = None
    day: int = 0

    def mention(self, value: Value, where: str, written: str, recoverable: bool) -> None:
        self.mentions.append(
            {
                "key": value.key,
                "owner": value.owner,
                "where": where,
                "written": written,
                "recoverable": recoverable,
            }
        )

    def say(
        self, template: str, value: Value | None, written: str = "", ok: bool = True, **fmt: str
    ) -> None:
        """A narrative sentence; ``written`` is the value as this report writes it."""
        self.sentences.append(template.format(v=written, **fmt))
        if value is not None:
            self.mention(value, "narrative", written, ok)

    def message(
        self,
        text: str,
        value: Value | None,
        written: str,
        ok: bool,
        channel: str,
        from_id: Value | None = None,
        from_written: str = "",
        from_ok: bool = True,
    ) -> None:
        where = f"messages.{len(self.messages)}"
        msg: dict = {"text": text, "sender": "scammer", "channel": channel}
        if from_id is not None:
            msg["from_id"] = from_written
            self.mention(from_id, where, from_written, from_ok)
        self.messages.append(msg)
        if value is not None:
            self.mention(value, where, written, ok)

    def pay(
        self,
        value: Value,
        written: str,
        ok: bool,
        amount: int,
        currency: str,
        rail: str,
        payee_name: str | None = None,
    ) -> None:
        pay: dict = {"amount": str(amount), "currency": currency, "rail": rail, "payee": written}
        if payee_name:
            pay["payee_name"] = payee_name
        self.mention(value, f"payments.{len(self.payments)}", written, ok)
        self.payments.append(pay)

    def ident(self, value: Value, written: str, ok: bool, role: str, kind: str | None) -> None:
        item: dict = {"value": written, "role": role}
        if kind:
            item["kind"] = kind
        self.mention(value, f"identifiers.{len(self.identifiers)}", written, ok)
        self.identifiers.append(item)

    def report(self, currency: str) -> dict:
        joiner = "" if self.language in ("ja", "zh") else " "
        received = EPOCH + timedelta(days=self.day, hours=(hash_int(self.external_id) % 20))
        out: dict = {
            "external_id": self.external_id,
            "received_at": received.isoformat(),
            "occurred_at": (
                received - timedelta(days=3 + hash_int(self.external_id) % 30)
            ).isoformat(),
            "victim_country": self.country,
            "language": self.language,
            "channel": self.channel,
            "narrative": joiner.join(self.sentences),
        }
        for name in ("messages", "payments", "identifiers"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.payments:
            total = sum(int(p["amount"]) for p in self.payments if p["currency"] == currency)
            if total:
                out["loss"] = {"amount": str(total), "currency": currency}
        if self.scam_type:
            out["scam_type"] = self.scam_type
        if self.victim_phone:
            band = AGE_BANDS[hash_int(self.external_id + "age") % len(AGE_BANDS)]
            out["victim"] = {"phone": self.victim_phone, "age_band": band, "keep": ["age_band"]}
        return out

    def truth(self) -> dict:
        return {
            "external_id": self.external_id,
            "operation": self.operation,
            "mentions": self.mentions,
            "duplicate_of": self.duplicate_of,
            "second_hand": self.second_hand,
        }


AGE_BANDS = ("20-29", "30-39", "40-49", "50-59", "60-69", "60-69", "70+")
EPOCH = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def hash_int(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def write(rng: random.Random, value: Value, noise: float = 0.04) -> tuple[str, bool]:
    """One written form of a value; with chance ``noise`` a digit typo (unrecoverable)."""
    form = rng.choice(value.forms)
    if rng.random() >= noise:
        return form, True
    spots = [i for i, ch in enumerate(form) if ch.isdigit()]
    if value.kind == "wallet" and len(form) > 20:
        return f"{form[:6]}…{form[-4:]}", False
    if not spots:
        return form[:-2], False
    i = rng.choice(spots[len(spots) // 3 :])
    return form[:i] + str((int(form[i]) + rng.randint(1, 9)) % 10) + form[i + 1 :], False


def pick(rng: random.Random, pool: list[Value]) -> Value:
    """Earlier values of a pool are used more (a crew's main account outlives its spares)."""
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(pool))]
    return rng.choices(pool, weights)[0]


def frame(rng: random.Random, language: str, name: str) -> str:
    table = FRAMES.get(language, FRAMES["en"])
    return rng.choice(table.get(name) or FRAMES["en"][name])


CURRENCY = {
    "JP": "JPY",
    "KR": "KRW",
    "TH": "THB",
    "PH": "PHP",
    "VN": "VND",
    "CN": "CNY",
    "ID": "IDR",
    "GB": "GBP",
    "AU": "AUD",
    "US": "USD",
}
SCALE = {
    "JPY": 10_000,
    "KRW": 100_000,
    "THB": 1_000,
    "PHP": 1_000,
    "VND": 1_000_000,
    "CNY": 1_000,
    "IDR": 500_000,
    "GBP": 100,
    "AUD": 100,
    "USD": 100,
}
LANG = {
    "JP": "ja",
    "KR": "ko",
    "TH": "th",
    "PH": "tl",
    "VN": "vi",
    "CN": "zh",
    "ID": "id",
    "GB": "en",
    "AU": "en",
    "US": "en",
}
MESSENGER = {
    "JP": "line",
    "KR": "kakao",
    "TH": "line",
    "PH": "viber",
    "VN": "zalo",
    "CN": "wechat",
    "ID": "whatsapp",
}


def amount(rng: random.Random, currency: str) -> tuple[int, str]:
    n = SCALE[currency] * rng.randint(3, 300)
    return n, f"{n:,} {currency}"


# --------------------------------------------------------------------------- innocent services


OFFICIAL = {
    "JP": [
        "中央警察署",
        "県警本部",
        "さくら銀行コールセンター",
        "あおば信用金庫",
        "東和銀行 盗難紛失受付",
        "北町警察署",
    ],
    "KR": [
        "서울중앙경찰서",
        "한빛은행 고객센터",
        "금융사기신고센터",
        "누리저축은행",
        "남부지방검찰청",
    ],
    "TH": [
        "สถานีตำรวจนครบาลกลาง",
        "ธนาคารสยามรุ่งเรือง คอลเซ็นเตอร์",
        "ธนาคารเจ้าพระยา",
        "กองบังคับการปราบปราม",
    ],
    "CN": ["市公安局", "华兴银行客服", "区人民检察院", "东方银行信用卡中心"],
    "PH": ["Sampaguita Bank hotline", "PNP district office"],
    "VN": ["Ngân hàng Sao Việt", "Công an phường"],
    "ID": ["Bank Nusantara Jaya", "Polsek setempat"],
    "GB": ["Thamesbank fraud line", "Metro police non-emergency"],
    "AU": ["Harbour Bank", "state police assistance line"],
    "US": ["Lakeside Bank support", "county sheriff office"],
}
OTHER = {
    "JP": [("はやて急便", "hayate-kyubin.jp"), ("ひかり通販サポート", "hikari-tsuhan.jp")],
    "KR": [("누리택배", "nuri-taekbae.co.kr"), ("바다마켓 고객센터", "badamarket.co.kr")],
    "TH": [("ด่วนไทยขนส่ง", "duanthai-express.co.th"), ("ตลาดดีช้อป", "taladdeeshop.com")],
    "CN": [("快运速递", "kuaiyun-express.cn"), ("淘优购客服", "taoyougou.cn")],
    "PH": [("QuickPadala Express", "quickpadala.com.ph"), ("Bayanihan Mart", "bayanihanmart.ph")],
    "VN": [("Giao Nhanh Express", "giaonhanh.vn"), ("Chợ Tốt Online", "chotot-online.vn")],
    "ID": [("Kilat Ekspres", "kilatekspres.co.id"), ("Pasar Daring", "pasardaring.id")],
    "GB": [("SwiftParcel UK", "swiftparcel.co.uk"), ("Report a scam portal", "scamreport-uk.org")],
    "AU": [
        ("RedGum Couriers", "redgumcouriers.com.au"),
        ("Scam reporting service", "scamwatch-help.org.au"),
    ],
    "US": [
        ("ParcelNow", "parcelnow.com"),
        ("consumer complaint portal", "consumer-complaints.org"),
    ],
}
LANDLINES = ("JP", "KR", "TH", "CN")


def innocent_services(rng: random.Random) -> dict[str, list[tuple[str, Value]]]:
    """Per country: hotlines of police and banks (which fake-police crews spoof), and delivery
    firms' and marketplaces' numbers and sites that victims cite; made-up names and numbers that
    no warninglist holds. Officials come first in each list."""
    out: dict[str, list[tuple[str, Value]]] = {}
    for cc, orgs in OFFICIAL.items():
        line = "landline" if cc in LANDLINES else "mobile"
        rows = [(org, phone(rng, cc, f"innocent:{cc}:{i}", line)) for i, org in enumerate(orgs)]
        for j, (org, dom) in enumerate(OTHER[cc]):
            owner = f"innocent:{cc}:site{j}"
            rows.append(
                (
                    org,
                    Value(
                        "domain:" + dom, owner, (dom, f"https://www.{dom}/", f"www.{dom}"), "url"
                    ),
                )
            )
            rows.append((org, phone(rng, cc, f"innocent:{cc}:other{j}", line)))
        out[cc] = rows
    return out


# --------------------------------------------------------------------------- operations


def crew_sizes(rng: random.Random, n: int, lo: int = 2, hi: int = 160) -> list[int]:
    """Heavy-tailed crew sizes plus a deep tail of one-report cases, summing to ``n``."""
    singles = round(n * TAIL_SHARE)
    sizes: list[int] = []
    left = n - singles
    while left > 0:
        s = max(lo, min(hi, int(rng.lognormvariate(2.4, 1.0))))
        s = min(s, left)
        if s < lo and sizes:
            sizes[-1] += s
        else:
            sizes.append(s)
        left -= s
    return sizes + [1] * singles


def schedule(rng: random.Random, sizes: list[int]) -> list[tuple[int, int, int]]:
    """(operation, index in operation, day) in the order reports reach the agency."""
    rows = []
    for op, size in enumerate(sizes):
        start = rng.randint(0, 200)
        span = rng.randint(20, 120)
        days = sorted(start + rng.randint(0, span) for _ in range(size))
        rows.extend((op, i, d) for i, d in enumerate(days))
    rng.shuffle(rows)
    rows.sort(key=lambda r: r[2])
    return rows


def cite_innocent(
    rng: random.Random, d: Draft, services: dict, cc: str, share: float = 0.35
) -> None:
    """The victim cites a bank hotline, a delivery firm, a marketplace or a police portal."""
    if rng.random() >= share:
        return
    org, value = rng.choice(services[cc])
    written, ok = write(rng, value, 0.0)
    d.say(
        frame(rng, d.language, "ref_site" if value.kind == "url" else "ref_call"),
        value,
        written,
        ok,
        org=org,
    )


def quote_other_crew(
    rng: random.Random,
    d: Draft,
    ops: list[dict],
    values: Callable[[dict], list[Value]],
    frame_name: str = "earlier",
) -> None:
    """The victim was robbed before by another crew and names that crew's value too."""
    others = [o for o in ops if o["id"] != d.operation and o.get("country", d.country) == d.country]
    if not others:
        return
    value = rng.choice(values(rng.choice(others)))
    written, ok = write(rng, value)
    tables = THIRD_PARTY.get(d.language, THIRD_PARTY["en"]) if frame_name == "previous" else None
    template = rng.choice(tables[frame_name]) if tables else frame(rng, d.language, frame_name)
    d.say(template, value, written, ok)


def tail_report(rng: random.Random, d: Draft, services: dict, cc: str) -> None:
    """A one-report case: one value of its own and, often, an innocent popular service."""
    own = rng.choice(
        [
            lambda: phone(rng, cc, d.operation),
            lambda: account(rng, cc, d.operation),
            lambda: telegram(rng, d.operation),
            lambda: tron_wallet(rng, d.operation),
        ]
    )()
    opener = rng.choice(("open_police", "open_invest", "open_task"))
    d.say(frame(rng, d.language, opener), None, app=rng.choice(APP_NAMES))
    currency = CURRENCY[cc]
    if own.kind == "account":
        n, amt = amount(rng, currency)
        written, ok = write(rng, own)
        d.pay(own, written, ok, n, currency, "domestic_transfer")
    elif own.kind == "wallet":
        n, amt = amount(rng, currency)
        written, ok = write(rng, own)
        d.say(frame(rng, d.language, "pay_wallet"), own, written, ok, amt=amt)
    else:
        written, ok = write(rng, own)
        d.say(
            frame(rng, d.language, "handle" if own.kind == "telegram" else "callback"),
            own,
            written,
            ok,
        )
    cite_innocent(rng, d, services, cc, 0.8)
    cite_innocent(rng, d, services, cc, 0.3)
    d.say(frame(rng, d.language, "close"), None)


# --------------------------------------------------------------------------- spoofed_caller

CALL_NOTE = {
    "JP": "（通話・約40分）",
    "KR": "(음성통화)",
    "TH": "(สายเรียกเข้า)",
    "CN": "（来电，通话约30分钟）",
}


def spoofed_caller(rng: random.Random, n: int, services: dict) -> tuple[list[Draft], list[dict]]:
    markets = ("JP", "JP", "KR", "TH", "CN")
    # the numbers shown are the real hotlines of police and banks, which victims also call later
    spoofs = {cc: services[cc][: len(OFFICIAL[cc])] for cc in dict.fromkeys(markets)}
    sizes = crew_sizes(rng, n)
    ops = []
    for i, size in enumerate(sizes):
        cc = rng.choice(markets)
        op = f"op{i}"
        app = MESSENGER[cc]
        ops.append(
            {
                "id": op,
                "country": cc,
                "size": size,
                "spoofs": rng.sample(spoofs[cc], rng.randint(2, 4)),
                "officers": [messenger(rng, op, app) for _ in range(1 + size // 25)],
                "callbacks": [
                    phone(rng, rng.choice((cc, "KH", "US")), op, "ip" if cc == "JP" else "mobile")
                    for _ in range(1 + size // 40)
                ],
                "accounts": [account(rng, cc, op) for _ in range(1 + size // 12)],
                "wallets": [tron_wallet(rng, op) for _ in range(1 + size // 60)],
            }
        )
    drafts = []
    for k, (o, _, day) in enumerate(schedule(rng, sizes)):
        op = ops[o]
        cc = op["country"]
        d = Draft(
            f"W8-SC-{k:05d}",
            op["id"],
            LANG[cc],
            cc,
            day=day,
            channel="voice_spoofed_cli",
            scam_type="impersonation",
        )
        d.victim_phone = phone(rng, cc, "victim").forms[0]
        if op["size"] == 1:
            tail_report(rng, d, services, cc)
            drafts.append(d)
            continue
        d.say(frame(rng, d.language, "open_police"), None)
        org, spoof = rng.choice(op["spoofs"])
        if rng.random() < 0.85:
            written, ok = write(rng, spoof, 0.0)
            if rng.random() < 0.6:
                d.message(
                    CALL_NOTE[cc],
                    None,
                    "",
                    True,
                    rng.choice(("voice", "voice_spoofed_cli")),
                    spoof,
                    written,
                )
            if rng.random() < 0.7:
                d.say(frame(rng, d.language, "caller"), spoof, written, org=org)
            if rng.random() < 0.15:
                # the intake officer types the number shown into the form, as the caller's
                d.ident(spoof, written, True, "caller", "phone")
        owned = 0
        if rng.random() < 0.7:
            officer = pick(rng, op["officers"])
            written, ok = write(rng, officer)
            d.say(frame(rng, d.language, "line"), officer, written, ok)
            owned += 1
        if rng.random() < 0.3:
            cb = pick(rng, op["callbacks"])
            written, ok = write(rng, cb)
            d.say(frame(rng, d.language, "callback"), cb, written, ok)
            owned += 1
        if rng.random() < 0.75 or not owned:
            acct = pick(rng, op["accounts"])
            written, ok = write(rng, acct)
            n_amt, amt = amount(rng, CURRENCY[cc])
            if rng.random() < 0.6:
                d.pay(
                    acct,
                    written,
                    ok,
                    n_amt,
                    CURRENCY[cc],
                    "domestic_transfer",
                    rng.choice(KANA) if cc == "JP" else None,
                )
            else:
                d.say(frame(rng, d.language, "pay_acct"), acct, written, ok, amt=amt)
        if rng.random() < 0.12:
            w = pick(rng, op["wallets"])
            written, ok = write(rng, w)
            d.say(
                frame(rng, d.language, "pay_wallet"),
                w,
                written,
                ok,
                amt=amount(rng, CURRENCY[cc])[1],
            )
        cite_innocent(rng, d, services, cc, 0.3)
        d.say(frame(rng, d.language, "close"), None)
        drafts.append(d)
    return drafts, ops


# --------------------------------------------------------------------------- victim_mules


def victim_mules(rng: random.Random, n: int, services: dict) -> tuple[list[Draft], list[dict]]:
    markets = ("JP", "TH", "PH", "ID", "VN", "GB", "AU")
    sizes = crew_sizes(rng, n)
    ops = []
    for i, size in enumerate(sizes):
        cc = rng.choice(markets)
        op = f"op{i}"
        ops.append(
            {
                "id": op,
                "country": cc,
                "size": size,
                "handlers": [telegram(rng, op) for _ in range(1 + size // 30)],
                "wallets": [tron_wallet(rng, op) for _ in range(1 + size // 50)],
                "chain": [account(rng, cc, op)],  # the crew's first account, bought
                "live": 0,
            }
        )
    drafts = []
    for k, (o, _, day) in enumerate(schedule(rng, sizes)):
        op = ops[o]
        cc = op["country"]
        d = Draft(
            f"W8-VM-{k:05d}",
            op["id"],
            LANG[cc],
            cc,
            day=day,
            scam_type=rng.choice(("job.task", "romance")),
        )
        if op["size"] == 1:
            tail_report(rng, d, services, cc)
            drafts.append(d)
            continue
        d.say(
            frame(rng, d.language, rng.choice(("open_task", "open_invest"))),
            None,
            app=rng.choice(APP_NAMES),
        )
        currency = CURRENCY[cc]
        live = op["chain"][-1] if rng.random() < 0.8 else rng.choice(op["chain"][-3:])
        written, ok = write(rng, live)
        n_amt, amt = amount(rng, currency)
        if rng.random() < 0.65:
            d.pay(live, written, ok, n_amt, currency, "domestic_transfer")
        else:
            d.say(frame(rng, d.language, "pay_acct"), live, written, ok, amt=amt)
        if rng.random() < 0.45:
            h = pick(rng, op["handlers"])
            written, ok = write(rng, h)
            d.say(frame(rng, d.language, "handle"), h, written, ok)
        if rng.random() < 0.25:
            # the victim is turned: their own account becomes the crew's next receiving account
            mine = account(rng, cc, op["id"])
            op["chain"].append(mine)
            written, ok = write(rng, mine)
            d.say(frame(rng, d.language, "mule_self"), mine, written, ok)
            if rng.random() < 0.5:
                d.ident(mine, written, ok, "mentioned", "account")
            w = pick(rng, op["wallets"])
            written, ok = write(rng, w)
            if rng.random() < 0.5:
                d.pay(w, written, ok, amount(rng, currency)[0], currency, "crypto_usdt_trc20")
            else:
                d.say(frame(rng, d.language, "mule_forward"), w, written, ok)
            d.scam_type = "job.mule"
        elif rng.random() < 0.12:
            w = pick(rng, op["wallets"])
            written, ok = write(rng, w)
            d.say(
                frame(rng, d.language, "pay_wallet"), w, written, ok, amt=amount(rng, currency)[1]
            )
        if rng.random() < 0.05:
            quote_other_crew(
                rng, d, [o for o in ops if o["size"] > 1], lambda o: o["chain"][:1] + o["handlers"]
            )
        d.victim_phone = phone(rng, cc, "victim").forms[0]
        cite_innocent(rng, d, services, cc, 0.3)
        d.say(frame(rng, d.language, "close"), None)
        drafts.append(d)
    return drafts, [{k: v for k, v in op.items() if k != "live"} for op in ops]


# --------------------------------------------------------------------------- third_party

BANK_TEAMS = {
    "GB": ["Thamesbank", "Northgate Building Society", "Albion Bank"],
    "AU": ["Harbour Bank", "Wattle Credit Union"],
    "JP": ["さくら銀行", "あおば信用金庫"],
    "KR": ["한빛은행", "누리저축은행"],
    "TH": ["ธนาคารสยามรุ่งเรือง", "ธนาคารเจ้าพระยา"],
}
NGOS = {
    "GB": ["ScamAid UK", "Global Scam Survivors Network"],
    "AU": ["Scam Survivors Australia"],
    "JP": ["詐欺被害者支援ネット"],
    "KR": ["피해자지원센터"],
    "TH": ["มูลนิธิช่วยเหลือผู้เสียหาย"],
}


GREETING = {
    "en": "Hi dear, did you see today's signal? Deposit before 9pm to join the VIP round.",
    "ja": "おはようございます。本日のシグナルです。VIP枠は21時までに入金してください。",
    "ko": "오늘 리딩 수익 확인하세요. VIP 참여는 오후 9시 전에 입금하세요.",
    "th": "สวัสดีค่ะ วันนี้มีสัญญาณเทรดใหม่ โอนก่อนสามทุ่มเพื่อเข้ารอบ VIP",
}


def third_party(rng: random.Random, n: int, services: dict) -> tuple[list[Draft], list[dict]]:
    markets = ("GB", "AU", "JP", "KR", "TH")
    desks = {
        (cc, name): phone(
            rng, cc, f"svc:desk:{cc}:{name}", "landline" if cc in ("JP", "KR", "TH") else "mobile"
        )
        for table in (BANK_TEAMS, NGOS)
        for cc, names in table.items()
        for name in names
    }
    sizes = crew_sizes(rng, n)
    ops = []
    for i, size in enumerate(sizes):
        cc = rng.choice(markets)
        op = f"op{i}"
        ops.append(
            {
                "id": op,
                "country": cc,
                "size": size,
                "accounts": [account(rng, cc, op) for _ in range(1 + size // 10)],
                "wallets": [
                    tron_wallet(rng, op) if rng.random() < 0.7 else eth_wallet(rng, op)
                    for _ in range(1 + size // 30)
                ],
                "contacts": [
                    phone(rng, rng.choice(("KH", "US", "GB", cc)), op)
                    for _ in range(1 + size // 30)
                ],
                "sites": [
                    Value(f"domain:{w}", op, (w, f"https://{w}/", f"https://www.{w}/login"), "url")
                    for w in (
                        domain_word(rng) + rng.choice((".com", ".vip", ".top", ".net", ".io"))
                        for _ in range(1 + size // 60)
                    )
                ],
            }
        )
    drafts: list[Draft] = []
    reported: dict[str, Draft] = {}
    for k, (o, _, day) in enumerate(schedule(rng, sizes)):
        op = ops[o]
        cc = op["country"]
        lang = LANG[cc]
        d = Draft(f"W8-TP-{k:05d}", op["id"], lang, cc, day=day, scam_type="investment")
        if op["size"] == 1:
            tail_report(rng, d, services, cc)
            drafts.append(d)
            continue
        # a victim reported earlier is reported again, now by their bank
        twin = reported.get(op["id"]) if rng.random() < 0.08 else None
        who = rng.choices(("victim", "bank", "ngo", "family"), (0.35, 0.35, 0.15, 0.15))[0]
        if twin is not None:
            who = "bank"
        main = pick(rng, op["accounts"]) if rng.random() < 0.6 else pick(rng, op["wallets"])
        if twin is not None:
            shared = [m for m in twin.mentions if m["owner"] == op["id"]]
            if shared:
                main = next(
                    v
                    for v in op["accounts"] + op["wallets"] + op["contacts"] + op["sites"]
                    if v.key == shared[0]["key"]
                )
            d.duplicate_of = twin.external_id
        written, ok = write(rng, main)
        tables = THIRD_PARTY.get(lang, THIRD_PARTY["en"])
        if who == "victim":
            d.say(frame(rng, lang, "open_invest"), None, app=rng.choice(APP_NAMES))
            n_amt, amt = amount(rng, CURRENCY[cc])
            if main.kind == "account":
                d.pay(main, written, ok, n_amt, CURRENCY[cc], "domestic_transfer")
            else:
                d.say(frame(rng, lang, "pay_wallet"), main, written, ok, amt=amt)
            if rng.random() < 0.5:
                c = pick(rng, op["contacts"])
                cw, cok = write(rng, c)
                d.message(GREETING[lang], None, "", True, "whatsapp", c, cw, cok)
            if rng.random() < 0.4:
                s = pick(rng, op["sites"])
                sw, sok = write(rng, s)
                d.say(frame(rng, lang, "link"), s, sw, sok)
            d.victim_phone = phone(rng, cc, "victim").forms[0]
        else:
            d.second_hand = True
            org = rng.choice(
                BANK_TEAMS[cc] if who == "bank" else NGOS[cc] if who == "ngo" else [""]
            )
            line = rng.choice(tables[who])
            d.say(
                line,
                main,
                written,
                ok,
                org=org,
                ref=f"{rng.randint(100000, 999999)}",
                n=str(rng.randint(2, 9)),
            )
            if rng.random() < 0.6:
                d.ident(
                    main,
                    written,
                    ok,
                    "payee_wallet" if main.kind == "wallet" else "payee_account",
                    main.kind,
                )
            extra = rng.choice(op["contacts"] + op["sites"] + op["accounts"])
            if rng.random() < 0.7:
                ew, eok = write(rng, extra)
                d.ident(
                    extra,
                    ew,
                    eok,
                    "contact"
                    if extra.kind == "phone"
                    else "link"
                    if extra.kind == "url"
                    else "payee_account",
                    rng.choice((extra.kind, None)),
                )
            if rng.random() < 0.35:
                # only a fragment: last four digits or half a wallet
                frag_of = rng.choice(
                    op["accounts"] + op["wallets"] if "partial_wallet" in tables else op["accounts"]
                )
                form = frag_of.forms[0]
                if frag_of.kind == "wallet":
                    d.say(
                        rng.choice(tables["partial_wallet"]),
                        frag_of,
                        f"{form[:5]}…{form[-4:]}",
                        False,
                    )
                else:
                    d.say(rng.choice(tables["partial"]), frag_of, form[-4:], False)
            if who == "bank" and rng.random() < 0.06:
                quote_other_crew(
                    rng, d, [o for o in ops if o["size"] > 1], lambda o: o["accounts"], "previous"
                )
            if who in ("bank", "ngo") and rng.random() < 0.7:
                desk = desks[(cc, org)]
                dw, dok = write(rng, desk, 0.0)
                d.say(rng.choice(tables["signature"]), desk, dw, dok, org=org)
        reported.setdefault(op["id"], d)
        cite_innocent(rng, d, services, cc, 0.15)
        drafts.append(d)
    return drafts, ops


# --------------------------------------------------------------------------- cross_market


def cross_market(rng: random.Random, n: int, services: dict) -> tuple[list[Draft], list[dict]]:
    all_markets = ("JP", "KR", "TH", "PH", "VN", "CN", "ID")
    sizes = crew_sizes(rng, n)
    ops = []
    for i, size in enumerate(sizes):
        op = f"op{i}"
        markets = rng.sample(
            all_markets, min(len(all_markets), 1 + min(3, size // 12) + (size > 3))
        )
        ops.append(
            {
                "id": op,
                "size": size,
                "markets": markets,
                "shared": [tron_wallet(rng, op) for _ in range(1 + size // 50)]
                + [telegram(rng, op)]
                + [
                    Value(
                        f"domain:{w}",
                        op,
                        (
                            w,
                            f"https://{w}/#/register?code={rng.randint(1000, 9999)}",
                            f"https://m.{w}/",
                        ),
                        "url",
                    )
                    for w in (
                        domain_word(rng) + rng.choice((".com", ".cc", ".vip", ".top"))
                        for _ in range(1 + size // 80)
                    )
                ],
                "local": {
                    cc: [phone(rng, cc, op) for _ in range(1 + size // (20 * len(markets)))]
                    + [account(rng, cc, op) for _ in range(1 + size // (12 * len(markets)))]
                    + [messenger(rng, op, MESSENGER[cc])]
                    for cc in markets
                },
            }
        )
    drafts = []
    for k, (o, _, day) in enumerate(schedule(rng, sizes)):
        op = ops[o]
        cc = rng.choice(op["markets"])
        lang = "en" if cc == "PH" and rng.random() < 0.4 else LANG[cc]
        d = Draft(f"W8-XM-{k:05d}", op["id"], lang, cc, day=day, scam_type="investment")
        if op["size"] == 1:
            tail_report(rng, d, services, cc)
            drafts.append(d)
            continue
        d.say(frame(rng, lang, "open_invest"), None, app=rng.choice(APP_NAMES))
        local = op["local"][cc]
        bridged = rng.random() < 0.5
        tries = rng.choice((1, 1, 2)) if bridged else 3
        chosen = {v.key: v for v in (pick(rng, local) for _ in range(tries))}
        for value in chosen.values():
            written, ok = write(rng, value)
            if value.kind == "account":
                n_amt, amt = amount(rng, CURRENCY[cc])
                if rng.random() < 0.5:
                    d.pay(value, written, ok, n_amt, CURRENCY[cc], "domestic_transfer")
                else:
                    d.say(frame(rng, lang, "pay_acct"), value, written, ok, amt=amt)
            elif value.kind == "phone":
                d.say(frame(rng, lang, "wa"), value, written, ok)
            else:
                d.say(frame(rng, lang, "line"), value, written, ok)
        if bridged:
            value = pick(rng, op["shared"])
            written, ok = write(rng, value)
            name = {"wallet": "pay_wallet", "telegram": "handle", "url": "link"}[value.kind]
            if value.kind == "wallet" and rng.random() < 0.5:
                d.pay(
                    value,
                    written,
                    ok,
                    amount(rng, CURRENCY[cc])[0],
                    CURRENCY[cc],
                    "crypto_usdt_trc20",
                )
            else:
                d.say(frame(rng, lang, name), value, written, ok, amt=amount(rng, CURRENCY[cc])[1])
        cite_innocent(rng, d, services, cc, 0.3)
        d.say(frame(rng, lang, "close"), None)
        d.victim_phone = phone(rng, cc, "victim").forms[0]
        drafts.append(d)
    return drafts, ops


# --------------------------------------------------------------------------- app_subdomains

FREE_HOSTS = ("pages.dev", "web.app", "vercel.app", "netlify.app", "firebaseapp.com")
SUFFIXES = (".com", ".top", ".vip", ".xyz", ".cc", ".app", ".com.hk", ".co.uk", ".com.au", ".net")
STORE_APPS = [
    ("wallet app", "https://apps.apple.com/app/id1288339409"),
    ("exchange app", "https://apps.apple.com/us/app/id1436799971"),
    ("wallet app", "https://play.google.com/store/apps/details?id=com.wallet.crypto.trustapp"),
    ("exchange app", "https://play.google.com/store/apps/details?id=com.binance.dev"),
]


def app_link(rng: random.Random, site: Value) -> str:
    """A fresh download link on the crew's registered domain, free host or TestFlight invite."""
    host = site.forms[0]
    if site.kind == "testflight":
        return f"https://testflight.apple.com/join/{host}"
    if site.kind == "freehost":
        return rng.choice((f"https://{host}/", f"https://{host}/download", f"{host}/app.apk"))
    sub = rng.choice(
        (
            f"dl{rng.randint(1, 99)}",
            f"app{rng.randint(1, 999)}",
            f"m{rng.randint(1, 9)}",
            "".join(rng.choice(string.ascii_lowercase) for _ in range(5)),
            "h5",
            "download",
        )
    )
    path = rng.choice(
        (
            "/",
            "/app.apk",
            f"/download?code={rng.randint(100000, 999999)}",
            "/#/pages/login",
            f"/ios/{rng.randint(1, 9)}.mobileconfig",
        )
    )
    return f"https://{sub}.{host}{path}"


def app_subdomains(rng: random.Random, n: int, services: dict) -> tuple[list[Draft], list[dict]]:
    markets = ("JP", "CN", "KR", "TH", "VN", "ID", "GB", "AU", "US")
    stores = [
        Value(f"store:{i}", f"svc:store:{i}", (url,), "url")
        for i, (_, url) in enumerate(STORE_APPS)
    ]
    sizes = crew_sizes(rng, n)
    ops = []
    for i, size in enumerate(sizes):
        op = f"op{i}"
        sites = []
        for _ in range(1 + size // 40):
            style = rng.choices(("domain", "freehost", "testflight"), (0.65, 0.25, 0.10))[0]
            if style == "domain":
                dom = domain_word(rng) + rng.choice(SUFFIXES)
                sites.append(Value(f"domain:{dom}", op, (dom,), "domain"))
            elif style == "freehost":
                host = f"{domain_word(rng)}-{rng.randint(10, 99)}.{rng.choice(FREE_HOSTS)}"
                sites.append(Value(f"host:{host}", op, (host,), "freehost"))
            else:
                code = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(8))
                sites.append(Value(f"testflight:{code}", op, (code,), "testflight"))
        ops.append(
            {
                "id": op,
                "size": size,
                "country": rng.choice(markets),
                "sites": sites,
                "cs": [telegram(rng, op) for _ in range(1 + size // 60)],
                "wallets": [tron_wallet(rng, op) for _ in range(1 + size // 50)],
            }
        )
    drafts = []
    for k, (o, _, day) in enumerate(schedule(rng, sizes)):
        op = ops[o]
        cc = op["country"]
        lang = LANG[cc]
        d = Draft(
            f"W8-AS-{k:05d}",
            op["id"],
            lang,
            cc,
            day=day,
            channel=rng.choice(("social_ad", "dating_app", "messaging_app")),
            scam_type="investment",
        )
        if op["size"] == 1:
            tail_report(rng, d, services, cc)
            drafts.append(d)
            continue
        d.say(frame(rng, lang, "open_invest"), None, app=rng.choice(APP_NAMES))
        for _ in range(rng.choice((1, 1, 1, 2))):
            site = pick(rng, op["sites"])
            link = app_link(rng, site)
            ok = rng.random() > 0.03
            written = (
                link
                if ok
                else link.replace(
                    site.forms[0],
                    site.forms[0][:-1] if len(site.forms[0]) > 6 else site.forms[0] + "x",
                )
            )
            if rng.random() < 0.5:
                d.message(
                    rng.choice(("Download here 👉 ", "下载地址：", "ダウンロードはこちら ", ""))
                    + written,
                    site,
                    written,
                    ok,
                    rng.choice(("telegram", "whatsapp", "line", "sms")),
                )
            else:
                d.say(frame(rng, lang, "link"), site, written, ok)
        if rng.random() < 0.35:
            store = rng.choice(stores)
            d.say(frame(rng, lang, "link"), store, store.forms[0], True)
        if rng.random() < 0.35:
            cs = pick(rng, op["cs"])
            written, ok = write(rng, cs)
            d.say(frame(rng, lang, "handle"), cs, written, ok)
        if rng.random() < 0.3:
            w = pick(rng, op["wallets"])
            written, ok = write(rng, w)
            d.pay(w, written, ok, amount(rng, CURRENCY[cc])[0], CURRENCY[cc], "crypto_usdt_trc20")
        cite_innocent(rng, d, services, cc, 0.25)
        d.say(frame(rng, lang, "close"), None)
        drafts.append(d)
    return drafts, ops


# --------------------------------------------------------------------------- world

BUILDERS = {
    "spoofed_caller": spoofed_caller,
    "victim_mules": victim_mules,
    "third_party": third_party,
    "cross_market": cross_market,
    "app_subdomains": app_subdomains,
}


def describe(ops: list[dict]) -> list[dict]:
    """The operations as plain JSON (values by key)."""

    def plain(x: object) -> object:
        if isinstance(x, Value):
            return x.key
        if isinstance(x, dict):
            return {k: plain(v) for k, v in x.items()}
        if isinstance(x, list | tuple):
            return [plain(v) for v in x]
        return x

    return [plain(op) for op in ops]  # type: ignore[misc]


def build(config: str, seed: int, n_reports: int) -> tuple[list[dict], list[dict], dict]:
    """The reports, their truth rows and the world's description; pure in (config, seed, n)."""
    rng = random.Random(f"world8:{config}:{seed}")
    services = innocent_services(rng)
    drafts, ops = BUILDERS[config](rng, n_reports, services)
    owners: dict[str, str] = {}
    for d in drafts:
        for m in d.mentions:
            if owners.setdefault(m["key"], m["owner"]) != m["owner"]:
                raise ValueError(f"{config} seed {seed}: {m['key']} drawn for two owners")
    reports = [d.report(CURRENCY[d.country]) for d in drafts]
    truth = [d.truth() for d in drafts]
    world = {"config": config, "seed": seed, "operations": describe(ops)}
    return reports, truth, world


def write_world(config: str, seed: int, n_reports: int, out: Path) -> Path:
    """reports.jsonl, truth.jsonl and world.json under ``out``."""
    reports, truth, world = build(config, seed, n_reports)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("reports.jsonl", reports), ("truth.jsonl", truth)):
        with (out / name).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out / "world.json").write_text(
        json.dumps(world, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return out
