"""Generate the labelled extraction test set (src/tipoff/indicators/data/evalset.jsonl).

Run: .venv/bin/python bench/make_evalset.py [--seed 7] [--out PATH]

Every snippet's labels come from how the generator built it, never from
tipoff's extractor: values are drawn at random, made valid with the reference
libraries (phonenumbers for phone validity, schwifty for IBAN check digits,
base58/bech32m/keccak for address checksums), written in one of many spellings,
and wrapped in hand-written multilingual templates with noise (dates, amounts,
order numbers, postcodes, card numbers, file names). The canonical label is
computed from the drawn value by the rules in docs/indicators.md. A block of
hand-written hard cases (positives and hard negatives) is appended verbatim.

Labels per snippet are a set of {"kind", "value"}; a URL also labels its
registrable domain; t.me/wa.me/line.me links also label the handle (and, for
wa.me, the phone); a "WhatsApp: +…" mention labels both the handle and the phone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import string
from pathlib import Path

import base58
import bech32m
import phonenumbers
from Crypto.Hash import keccak
from schwifty import IBAN

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "tipoff" / "indicators" / "data" / "evalset.jsonl"
BANKS = json.loads(
    (ROOT / "src" / "tipoff" / "indicators" / "data" / "banks.json").read_text("utf-8")
)["banks"]

LANG_COUNTRIES = {
    "en": ["US", "SG", "PH", "MY", "HK"],
    "ja": ["JP"],
    "zh": ["CN", "HK", "SG", "MY"],
    "ko": ["KR"],
    "th": ["TH"],
    "vi": ["VN"],
    "id": ["ID"],
}

# National mobile layouts: (digit template, grouping for display). "N" = random digit.
PHONE_LAYOUTS = {
    "JP": ["090NNNNNNNN", "080NNNNNNNN", "070NNNNNNNN", "03NNNNNNNN", "06NNNNNNNN"],
    "CN": ["13NNNNNNNNN", "15NNNNNNNNN", "18NNNNNNNNN", "17NNNNNNNNN"],
    "KR": ["010NNNNNNNN", "02NNNNNNNN"],
    "TH": ["08NNNNNNNN", "09NNNNNNNN", "06NNNNNNNN", "02NNNNNNN"],
    "VN": ["09NNNNNNNN", "03NNNNNNNN", "08NNNNNNNN", "07NNNNNNNN"],
    "ID": ["0812NNNNNNNN", "0813NNNNNNN", "0857NNNNNNNN", "0878NNNNNNN"],
    "PH": ["0917NNNNNNN", "0918NNNNNNN", "0928NNNNNNN"],
    "MY": ["012NNNNNNN", "016NNNNNNN", "011NNNNNNNN"],
    "SG": ["8NNNNNNN", "9NNNNNNN"],
    "HK": ["5NNNNNNN", "6NNNNNNN", "9NNNNNNN"],
    "US": ["2NNNNNNNNN", "3NNNNNNNNN", "4NNNNNNNNN", "6NNNNNNNNN", "7NNNNNNNNN"],
    "KH": ["012NNNNNN", "097NNNNNNN", "088NNNNNNN", "015NNNNNN"],
}
CALLING = {
    "JP": "81",
    "CN": "86",
    "KR": "82",
    "TH": "66",
    "VN": "84",
    "ID": "62",
    "PH": "63",
    "MY": "60",
    "SG": "65",
    "HK": "852",
    "US": "1",
    "KH": "855",
}
TRUNK_ZERO = {"JP", "KR", "TH", "VN", "ID", "PH", "MY", "KH"}
TLDS = [
    "com",
    "top",
    "xyz",
    "vip",
    "cc",
    "net",
    "org",
    "io",
    "app",
    "shop",
    "online",
    "site",
    "co.jp",
    "com.vn",
    "co.th",
    "com.cn",
    "co.kr",
    "com.ph",
    "com.my",
    "com.sg",
    "co.id",
    "com.hk",
]
PRIVATE_SUFFIXES = ["web.app", "vercel.app", "github.io", "pages.dev", "netlify.app"]
SHORTENERS = ["bit.ly", "tinyurl.com", "cutt.ly", "s.id", "rb.gy"]
WORDS = [
    "bitget",
    "okx",
    "coin",
    "trade",
    "invest",
    "secure",
    "wallet",
    "login",
    "verify",
    "global",
    "asia",
    "pro",
    "vip",
    "gold",
    "future",
    "smart",
    "mega",
    "star",
    "apex",
    "usdt",
    "cashback",
    "mall",
    "task",
    "earn",
    "profit",
    "line",
    "shop",
    "post",
    "track",
    "parcel",
]


class Gen:
    """Draws values and their spellings from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    # --- phones -----------------------------------------------------------
    def phone(self, country: str) -> tuple[str, str]:
        """(written, e164) for a valid number of ``country`` in a random spelling."""
        while True:
            layout = self.r.choice(PHONE_LAYOUTS[country])
            national = "".join(self.r.choice(string.digits) if c == "N" else c for c in layout)
            number = phonenumbers.parse(national, country)
            if phonenumbers.is_valid_number(number):
                break
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return self.spell_phone(country, national), e164

    def spell_phone(self, country: str, national: str) -> str:
        significant = national[1:] if country in TRUNK_ZERO else national
        style = self.r.random()
        cc = CALLING[country]
        if style < 0.35:
            return self.group(national, self.r.choice(["-", " ", ".", "", "-"]))
        if style < 0.65:
            return "+" + cc + " " + self.group(significant, self.r.choice(["-", " ", " "]))
        if style < 0.72 and country in TRUNK_ZERO:
            return "+" + cc + " (0)" + self.group(significant, " ")
        if style < 0.78:
            return "+" + cc + significant
        if style < 0.84:
            return "00" + cc + " " + self.group(significant, " ")
        if style < 0.92:
            return to_fullwidth(self.group(national, "-"))
        if country == "US":
            return f"({national[:3]}) {national[3:6]}-{national[6:]}"
        return self.group(national, "-")

    def group(self, digits: str, sep: str) -> str:
        if len(digits) <= 8:
            cuts = [len(digits) // 2]
        elif len(digits) == 9:
            cuts = [3, 6]
        elif len(digits) == 10:
            cuts = self.r.choice([[3, 6], [2, 6], [4, 7], [3, 7]])
        elif len(digits) == 11:
            cuts = self.r.choice([[3, 7], [4, 8], [3, 6]])
        else:
            cuts = [4, 8]
        parts, last = [], 0
        for cut in cuts:
            parts.append(digits[last:cut])
            last = cut
        parts.append(digits[last:])
        return sep.join(parts)

    # --- money ------------------------------------------------------------
    def iban(self) -> tuple[str, str]:
        country, _bank_len, _acct_len = self.r.choice(
            [("DE", 8, 10), ("GB", 0, 0), ("FR", 0, 0), ("NL", 0, 0), ("ES", 0, 0), ("IT", 0, 0)]
        )
        specs = {
            "GB": ("NWBK", 6, 8),
            "NL": ("ABNA", 0, 10),
            "FR": ("3000", 6, 12),
            "ES": ("2100", 4, 12),
            "IT": ("X0542", 5, 12),
        }
        if country == "DE":
            iban = IBAN.generate(
                "DE",
                bank_code="".join(self.r.choices(string.digits, k=8)),
                account_code="".join(self.r.choices(string.digits, k=10)),
            )
        else:
            prefix, extra, acct = specs[country]
            bank_code = prefix + "".join(self.r.choices(string.digits, k=extra))
            try:
                iban = IBAN.generate(
                    country,
                    bank_code=bank_code,
                    account_code="".join(self.r.choices(string.digits, k=acct)),
                )
            except Exception:
                iban = IBAN.generate(
                    "DE",
                    bank_code="37040044",
                    account_code="".join(self.r.choices(string.digits, k=10)),
                )
        compact = iban.compact
        written = iban.formatted if self.r.random() < 0.6 else compact
        return written, compact

    def bank_account(self, country: str) -> tuple[str, str, str]:
        """(bank name as written, number as written, canonical value)."""
        bank = self.r.choice([b for b in BANKS if b["country"] == country])
        name = self.r.choice(bank["names"])
        if country == "JP":
            if bank["code"] == "9900":
                kigo, bango = (
                    "1" + "".join(self.r.choices(string.digits, k=4)),
                    "".join(self.r.choices(string.digits, k=8)),
                )
                return name, f"記号{kigo} 番号{bango}", f"JP:9900:{kigo}:{bango}"
            digits = "".join(self.r.choices(string.digits, k=7))
            if self.r.random() < 0.5:
                branch = "".join(self.r.choices(string.digits, k=3))
                return (
                    name,
                    self.r.choice(
                        [
                            f"店番{branch} 普通 {digits}",
                            f"支店番号{branch} 普通預金 {digits}",
                            f"{branch} {digits}",
                        ]
                    ),
                    f"JP:{bank['code']}:{digits}",  # keyed without the branch written
                )
            return (
                name,
                self.r.choice(
                    [
                        f"新宿支店 普通 {digits}",
                        f"渋谷支店 普通預金 口座番号 {digits}",
                        f"本店営業部 当座 {digits}",
                    ]
                ),
                f"JP:{bank['code']}:{digits}",
            )
        length = {
            "CN": self.r.choice([16, 19]),
            "KR": self.r.choice([12, 13, 14]),
            "TH": 10,
            "VN": self.r.choice([10, 13, 14]),
            "ID": self.r.choice([10, 13]),
            "PH": self.r.choice([10, 12]),
            "MY": self.r.choice([12, 14]),
            "SG": self.r.choice([9, 10]),
            "HK": 12,
            "US": self.r.choice([10, 12]),
            "KH": self.r.choice([9, 10]),
        }[country]
        digits = self.r.choice(string.digits[1:]) + "".join(
            self.r.choices(string.digits, k=length - 1)
        )
        if country == "TH" and self.r.random() < 0.6:
            written = f"{digits[:3]}-{digits[3]}-{digits[4:9]}-{digits[9]}"
        elif country == "KR" and self.r.random() < 0.6:
            written = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        elif length in (16, 19) and self.r.random() < 0.5:
            written = " ".join(digits[i : i + 4] for i in range(0, length, 4))
        else:
            written = digits
        return name, written, f"{country}:{bank['code']}:{digits}"

    # --- crypto -----------------------------------------------------------
    def wallet(self) -> tuple[str, str, str]:
        """(written, canonical, chain)."""
        kind = self.r.choices(
            ["tron", "eth", "eth_checksum", "btc1", "btc3", "bech32", "taproot", "ltc", "xrp"],
            weights=[5, 2, 2, 1, 1, 1, 1, 1, 1],
        )[0]
        payload = bytes(self.r.getrandbits(8) for _ in range(20))
        if kind == "tron":
            address = base58.b58encode_check(b"\x41" + payload).decode()
            return address, f"tron:{address}", "tron"
        if kind in ("eth", "eth_checksum"):
            hexpart = payload.hex()
            written = "0x" + (eip55(hexpart) if kind == "eth_checksum" else hexpart)
            return written, f"eth:0x{hexpart}", "eth"
        if kind in ("btc1", "btc3"):
            address = base58.b58encode_check(
                (b"\x00" if kind == "btc1" else b"\x05") + payload
            ).decode()
            return address, f"btc:{address}", "btc"
        if kind == "bech32":
            address = bech32m.encode("bc", 0, list(payload))
            return address, f"btc:{address}", "btc"
        if kind == "taproot":
            address = bech32m.encode(
                "bc", 1, list(payload + bytes(self.r.getrandbits(8) for _ in range(12)))
            )
            return address, f"btc:{address}", "btc"
        if kind == "ltc":
            address = base58.b58encode_check(b"\x30" + payload).decode()
            return address, f"ltc:{address}", "ltc"
        address = base58.b58encode_check(b"\x00" + payload, alphabet=base58.XRP_ALPHABET).decode()
        return address, f"xrp:{address}", "xrp"

    def corrupt(self, address: str) -> str:
        """One character changed: a checksum failure (hard negative)."""
        if address.startswith("0x"):
            # Lower-case EVM addresses carry no checksum: flip the case of one
            # letter of the EIP-55 spelling instead.
            mixed = "0x" + eip55(address[2:].lower())
            letters = [i for i, c in enumerate(mixed) if i > 1 and c.isalpha()]
            i = self.r.choice(letters)
            return mixed[:i] + mixed[i].swapcase() + mixed[i + 1 :]
        alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        i = self.r.randrange(3, len(address))
        choices = [c for c in alphabet if c != address[i]]
        return address[:i] + self.r.choice(choices) + address[i + 1 :]

    # --- links ------------------------------------------------------------
    def host(self) -> tuple[str, str]:
        """(host, registrable domain)."""
        name = "-".join(self.r.sample(WORDS, self.r.choice([1, 2]))) + (
            str(self.r.randint(1, 99)) if self.r.random() < 0.4 else ""
        )
        suffix = self.r.choice(PRIVATE_SUFFIXES) if self.r.random() < 0.1 else self.r.choice(TLDS)
        domain = f"{name}.{suffix}"
        sub = self.r.choice(["", "", "www.", "m.", "app.", "login."])
        return sub + domain, domain

    def url(self) -> tuple[str, str, str]:
        """(written, canonical url, domain)."""
        host, domain = self.host()
        scheme = self.r.choice(["https", "http", "https"])
        path = self.r.choice(
            [
                "/",
                "/login",
                "/#/register?code=" + self.token(6),
                "/download/app.apk",
                "/index.html?id=" + str(self.r.randint(100, 99999)),
                "/m/" + self.token(8),
                "",
            ]
        )
        canonical = f"https://{host}{path or '/'}"  # http, https and no scheme: one key
        written_host = host
        written_scheme = scheme + "://"
        style = self.r.random()
        if style < 0.2:
            written_host = host.replace(".", "[.]")
            written_scheme = scheme.replace("tt", "xx") + "://"
        elif style < 0.3:
            written_host = host.replace(".", "(.)", 1)
            written_scheme = scheme.replace("tt", "xx") + "[://]"
        elif style < 0.36:
            written_host = host.replace(".", "[dot]")
        elif style < 0.42:
            written_host = host.replace(".", "．")
        if style > 0.9 and path:
            return f"{written_host}{path}", canonical, domain
        return f"{written_scheme}{written_host}{path}", canonical, domain

    def email(self) -> tuple[str, str]:
        local = self.r.choice(
            ["support", "service", "kefu", "admin", "hr.recruit", "invest", "john.smith", "anna"]
        ) + str(self.r.randint(1, 999))
        _, host = self.host()
        if self.r.random() < 0.3:
            host = self.r.choice(
                ["gmail.com", "outlook.com", "yahoo.co.jp", "qq.com", "163.com", "naver.com"]
            )
        canonical = f"{local}@{host}"
        style = self.r.random()
        if style < 0.15:
            return f"{local}[at]{host.replace('.', '[.]')}", canonical
        if style < 0.25:
            return f"{local}(at){host}", canonical
        if style < 0.35:
            return f"{local.capitalize()}+promo@{host.upper()}", canonical
        return canonical, canonical

    def token(self, k: int) -> str:
        return "".join(self.r.choices(string.ascii_letters + string.digits, k=k))

    def username(self) -> str:
        first = self.r.choice(string.ascii_lowercase)
        return first + "".join(
            self.r.choices(string.ascii_lowercase + string.digits + "_", k=self.r.randint(5, 12))
        )


def eip55(hexpart: str) -> str:
    digest = keccak.new(digest_bits=256, data=hexpart.encode()).hexdigest()
    return "".join(
        c.upper() if c.isalpha() and int(d, 16) >= 8 else c
        for c, d in zip(hexpart, digest, strict=False)
    )


def to_fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# ---------------------------------------------------------------------------
# Templates: {phone} {url} {email} {wallet} {iban} {bank} {handle...} slots.
# ---------------------------------------------------------------------------

NOISE = {
    "en": [
        "On {date} at 10:30 I lost {amount}.",
        "Order #{order} was never delivered.",
        "My card ending 4821 was charged {amount}.",
        "The app file was called {file}.",
        "They said my case number is {order}.",
        "I live at 221B Baker St, postcode {zip}.",
        "e.g. they asked for USDT, i.e. crypto.",
        "Tracking number {order} was fake.",
        "Version v2.3.1 of the app.",
    ],
    "ja": [
        "{date}に{amount_ja}を振り込みました。",
        "注文番号 {order} の荷物は届きませんでした。",
        "〒150-0002 東京都渋谷区",
        "受付番号は{order}です。",
        "ファイル名は{file}でした。",
    ],
    "zh": [
        "我在{date}转了{amount_zh}。",
        "订单号 {order} 一直没有发货。",
        "快递单号{order}是假的。",
        "文件名是{file}。",
        "客服说要交税{amount_zh}。",
    ],
    "ko": [
        "{date}에 {amount_ko}을 송금했습니다.",
        "주문번호 {order} 는 가짜였습니다.",
        "운송장 번호 {order}",
        "인증번호 482913 을 알려줬어요.",
    ],
    "th": ["วันที่ {date} ฉันโอนเงิน {amount_th}", "เลขพัสดุ {order} ไม่มีจริง", "รหัสไปรษณีย์ 10110"],
    "vi": [
        "Ngày {date} tôi đã chuyển {amount_vi}.",
        "Mã đơn hàng {order} không tồn tại.",
        "Mã vận đơn {order}.",
    ],
    "id": [
        "Pada {date} saya transfer {amount_id}.",
        "Nomor resi {order} palsu.",
        "Nomor pesanan {order} tidak ada.",
    ],
}

TEMPLATES = {
    "en": [
        ("phone", "A man called me from {phone} claiming to be from the bank."),
        ("phone", "Text from {phone}: your parcel is held, pay the fee."),
        ("phone", "Contact the recruiter on {phone} (call or SMS)."),
        ("url", "The investment platform was {url} and I registered there."),
        ("url", "SMS said: your account is locked, verify at {url}"),
        ("email", "The 'HR manager' wrote from {email} offering a job."),
        ("email", "Send your documents to {email}."),
        ("wallet", "They told me to deposit {token} to {wallet} to unlock withdrawals."),
        ("wallet", "Wallet address: {wallet}"),
        ("iban", "I transferred EUR 5,000 to IBAN {iban} for the 'tax'."),
        ("bic", "Beneficiary bank SWIFT: {bic}, account in Bangkok."),
        ("bank", "I paid into {bankname} account {banknumber} as instructed."),
        ("bank_before", "Account {banknumber} ({bankname}) was given by the teacher."),
        ("telegram_at", "Add the mentor on Telegram {at_handle} for signals."),
        ("telegram_link", "Join the VIP group {tme}"),
        ("whatsapp_kw", "Message me on WhatsApp: {intl_phone}"),
        ("whatsapp_link", "Chat with our agent {wame}"),
        ("line_kw", "Add my LINE ID: {line_id}"),
        ("wechat_kw", "Add me on WeChat ID: {wechat_id}"),
        ("kakao_kw", "KakaoTalk ID: {kakao_id}"),
        ("viber_kw", "Viber: {intl_phone}"),
        ("signal_kw", "Signal: {intl_phone}"),
        ("zalo_kw", "Zalo: {intl_phone}"),
    ],
    "ja": [
        ("phone", "{phone}から電話があり、警察官を名乗りました。"),
        ("phone", "「料金未払い」のSMSが{phone}から届きました。"),
        ("url", "投資サイト{url}に登録させられました。"),
        ("email", "{email}からメールが来ました。"),
        ("wallet", "{token}を{wallet}に送金するよう言われました。"),
        ("bank", "振込先は{bankname} {banknumber}でした。"),
        ("line_kw", "ラインID：{line_id} を追加してと言われた。"),
        ("line_kw", "LINE ID: {line_id}で先生とやり取りしました。"),
        ("iban", "海外送金先のIBAN：{iban} に50万円を送りました。"),
        ("bic", "受取銀行のSWIFTコード：{bic} と書かれていた。"),
        ("telegram_link", "テレグラムのグループ {tme} に招待された。"),
        ("whatsapp_kw", "WhatsApp：{intl_phone} に連絡してください。"),
    ],
    "zh": [
        ("phone", "对方用{phone}给我打电话，说是公安局的。"),
        ("phone", "客服电话{phone}，说可以帮我退款。"),
        ("url", "他让我在{url}这个平台上投资。"),
        ("email", "对方邮箱是{email}。"),
        ("wallet", "让我把{token}打到{wallet}这个地址。"),
        ("bank", "收款账户：{bankname} {banknumber}。"),
        ("wechat_kw", "加我微信号：{wechat_id}"),
        ("iban", "对方给的境外账户 IBAN {iban}，说是手续费。"),
        ("bic", "银行SWIFT代码 SWIFT: {bic}"),
        ("wechat_kw", "微信：{wechat_id}，备注投资。"),
        ("telegram_at", "飞机：{at_handle} 联系导师"),
        ("telegram_link", "电报群 {tme}"),
    ],
    "ko": [
        ("phone", "{phone} 번호로 검찰이라고 전화가 왔습니다."),
        ("url", "{url} 사이트에서 투자하라고 했습니다."),
        ("email", "{email} 로 서류를 보내라고 했어요."),
        ("wallet", "{token} 을 {wallet} 주소로 보내라고 했습니다."),
        ("bank", "{bankname} {banknumber} 계좌로 입금했습니다."),
        ("kakao_kw", "카톡 아이디: {kakao_id}"),
        ("iban", "해외 계좌 IBAN {iban} 로 송금했습니다."),
        ("bic", "SWIFT 코드 {bic} 은행으로 보냈어요."),
        ("kakao_kw", "카카오톡 ID {kakao_id} 로 연락하세요."),
        ("telegram_at", "텔레그램 {at_handle} 로 오세요."),
    ],
    "th": [
        ("phone", "มีคนโทรมาจากเบอร์ {phone} อ้างว่าเป็นตำรวจ"),
        ("url", "ให้ลงทะเบียนที่ {url} เพื่อรับงาน"),
        ("email", "ส่งเอกสารไปที่ {email}"),
        ("wallet", "ให้โอน {token} ไปที่ {wallet}"),
        ("bank", "โอนเงินเข้า {bankname} {banknumber} แล้ว"),
        ("line_kw", "แอดไลน์ไอดี: {line_id}"),
        ("iban", "ให้โอนเข้า IBAN {iban} เป็นค่าธรรมเนียม"),
        ("bic", "รหัส SWIFT: {bic} ของธนาคารผู้รับ"),
        ("line_kw", "LINE: {line_id} ติดต่อแอดมิน"),
        ("line_link", "เพิ่มเพื่อนทาง {lineme}"),
    ],
    "vi": [
        ("phone", "Có người gọi từ số {phone} tự xưng là công an."),
        ("url", "Họ bảo tôi đăng ký trên trang {url} để làm nhiệm vụ."),
        ("email", "Gửi hồ sơ về {email}."),
        ("wallet", "Chuyển {token} vào ví {wallet}."),
        ("bank", "Tôi đã chuyển tiền vào {bankname} STK {banknumber}."),
        ("bank_before", "STK {banknumber} - {bankname} chủ TK Nguyen Van A."),
        ("zalo_kw", "Liên hệ Zalo: {phone}"),
        ("iban", "Chuyển khoản quốc tế tới IBAN {iban} để nhận thưởng."),
        ("bic", "Mã SWIFT {bic} của ngân hàng nhận."),
        ("telegram_link", "Tham gia nhóm Telegram {tme}"),
    ],
    "id": [
        ("phone", "Saya ditelepon dari nomor {phone} yang mengaku dari bank."),
        ("url", "Saya disuruh daftar di {url} untuk kerja paruh waktu."),
        ("email", "Kirim data ke {email}."),
        ("wallet", "Transfer {token} ke alamat {wallet}."),
        ("bank", "Saya transfer ke rekening {bankname} {banknumber} a.n. Budi."),
        ("whatsapp_kw", "Hubungi WA: {phone}"),
        ("iban", "Transfer ke IBAN {iban} untuk biaya pajak."),
        ("bic", "Kode SWIFT: {bic} bank penerima."),
        ("telegram_at", "Admin Telegram: {at_handle}"),
    ],
}


def fill_noise(g: Gen, lang: str) -> str:
    template = g.r.choice(NOISE[lang])
    year = g.r.choice([2023, 2024, 2025])
    month, day = g.r.randint(1, 12), g.r.randint(1, 28)
    date = g.r.choice(
        [
            f"{year}-{month:02d}-{day:02d}",
            f"{year}/{month:02d}/{day:02d}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
        ]
    )
    order = g.r.choice(
        [
            str(g.r.randint(10**7, 10**12)),
            "".join(g.r.choices(string.digits, k=10)),
            f"{g.r.randint(100, 999)}-{g.r.randint(1000000, 9999999)}",
        ]
    )
    return template.format(
        date=date,
        order=order,
        zip=g.r.randint(10000, 99999),
        file=g.r.choice(["invoice.pdf", "app-release.apk", "photo.jpg", "contract.docx"]),
        amount=g.r.choice(["$2,500", "USD 15,000", "1,200 USDT", "$980.50"]),
        amount_ja=g.r.choice(["150,000円", "¥2,300,000", "30万円"]),
        amount_zh=g.r.choice(["50000元", "¥120,000", "3万元"]),
        amount_ko=g.r.choice(["5,000,000원", "300만원"]),
        amount_th=g.r.choice(["50,000 บาท", "฿12,500"]),
        amount_vi=g.r.choice(["15.000.000 VND", "2.500.000đ", "50 triệu đồng"]),
        amount_id=g.r.choice(["Rp 1.250.000", "Rp2.500.000", "5 juta rupiah"]),
    )


def make_positive(g: Gen, lang: str, index: int) -> dict:
    country = g.r.choice(LANG_COUNTRIES[lang])
    slot, template = g.r.choice(TEMPLATES[lang])
    labels: list[dict] = []
    values: dict[str, str] = {}

    def label(kind: str, value: str) -> None:
        labels.append({"kind": kind, "value": value})

    if (
        slot == "phone"
        or (slot == "zalo_kw" and lang == "vi")
        or (slot == "whatsapp_kw" and lang == "id")
    ):
        phone_country = country if g.r.random() < 0.8 or lang != "en" else g.r.choice(list(CALLING))
        written, e164 = g.phone(phone_country)
        if phone_country != country and not written.startswith(("+", "00")):
            significant = e164[1 + len(CALLING[phone_country]) :]
            written = f"+{CALLING[phone_country]} {g.group(significant, ' ')}"
        values["phone"] = written
        label("phone", e164)
        if slot == "zalo_kw":
            label("handle", f"zalo:{e164}")
        if slot == "whatsapp_kw":
            label("handle", f"whatsapp:{e164}")
    if "{url}" in template:
        written, canonical, domain = g.url()
        values["url"] = written
        label("url", canonical)
        label("domain", domain)
    if "{email}" in template:
        written, canonical = g.email()
        values["email"] = written
        label("email", canonical)
    if "{wallet}" in template:
        written, canonical, chain = g.wallet()
        values["wallet"] = written
        values["token"] = {
            "tron": "USDT (TRC20)",
            "eth": "USDT-ERC20",
            "btc": "BTC",
            "ltc": "LTC",
            "xrp": "XRP",
        }[chain]
        label("wallet", canonical)
    if "{iban}" in template:
        written, compact = g.iban()
        values["iban"] = written
        label("iban", compact)
    if "{bic}" in template:
        bic = g.r.choice(
            [
                "BKKBTHBK",
                "KASITHBK",
                "SICOTHBK",
                "DBSSSGSG",
                "MBBEMYKL",
                "CHASUS33",
                "BOTKJPJT",
                "ICBKCNBJ",
                "HSBCHKHH",
                "BFTVVNVX",
            ]
        )
        values["bic"] = bic if g.r.random() < 0.6 else bic + "XXX"
        label("bic", bic + "XXX")
    if "{bankname}" in template:
        bank_country = country if any(b["country"] == country for b in BANKS) else "SG"
        if lang == "en" and g.r.random() < 0.3:
            bank_country = g.r.choice(["TH", "PH", "KH", "MY", "SG", "US"])
        name, number, canonical = g.bank_account(bank_country)
        values["bankname"], values["banknumber"] = name, number
        label("bank_account", canonical)
        country = bank_country if lang == "en" else country
    if "{at_handle}" in template:
        name = g.username()
        values["at_handle"] = "@" + (name.capitalize() if g.r.random() < 0.3 else name)
        label("handle", f"telegram:{name}")
    if "{tme}" in template:
        name = g.username()
        values["tme"] = g.r.choice(["https://t.me/", "t.me/", "http://telegram.me/"]) + name
        host = "telegram.me" if "telegram.me" in values["tme"] else "t.me"
        label("url", f"https://{host}/{name}")  # https-only hosts: keyed https in any spelling
        label("domain", host)
        label("handle", f"telegram:{name}")
    if "{wame}" in template:
        written, e164 = g.phone(g.r.choice(list(CALLING)))
        values["wame"] = "https://wa.me/" + e164[1:]
        label("url", "https://wa.me/" + e164[1:])
        label("domain", "wa.me")
        label("handle", f"whatsapp:{e164}")
        label("phone", e164)
    if "{lineme}" in template:
        ident = g.username()[:12]
        values["lineme"] = "https://line.me/ti/p/~" + ident
        label("url", values["lineme"])
        label("domain", "line.me")
        label("handle", f"line:{ident}")
    if "{intl_phone}" in template:
        phone_country = g.r.choice(list(CALLING))
        _, e164 = g.phone(phone_country)
        significant = e164[1 + len(CALLING[phone_country]) :]
        values["intl_phone"] = f"+{CALLING[phone_country]} {g.group(significant, ' ')}"
        platform = slot.split("_")[0]
        label("phone", e164)
        label("handle", f"{platform}:{e164}")
    for slot_name, platform in (
        ("line_id", "line"),
        ("wechat_id", "wechat"),
        ("kakao_id", "kakaotalk"),
    ):
        if "{" + slot_name + "}" in template:
            ident = g.username()[:14]
            values[slot_name] = ident if g.r.random() < 0.8 else ident.upper()
            label("handle", f"{platform}:{ident}")
    text = template.format(**values)
    noise_before = g.r.random() < 0.6
    noise_after = g.r.random() < 0.4
    parts = (
        ([fill_noise(g, lang)] if noise_before else [])
        + [text]
        + ([fill_noise(g, lang)] if noise_after else [])
    )
    sep = "" if lang in ("ja", "zh") else " "
    return {
        "id": f"gen-{index:05d}",
        "lang": lang,
        "country": country,
        "text": sep.join(parts),
        "labels": dedupe(labels),
        "tags": [slot],
    }


def make_negative(g: Gen, lang: str, index: int) -> dict:
    country = g.r.choice(LANG_COUNTRIES[lang])
    kind = g.r.choice(
        ["noise", "noise", "bad_wallet", "bad_iban", "card", "tx_hash", "short_number", "bad_phone"]
    )
    sep = "" if lang in ("ja", "zh") else " "
    parts = [fill_noise(g, lang) for _ in range(g.r.randint(1, 3))]
    if kind == "bad_wallet":
        written, _, _ = g.wallet()
        parts.append(f"{g.corrupt(written)}")
    elif kind == "bad_iban":
        written, compact = g.iban()
        digit = compact[2:4]
        bad = compact[:2] + f"{(int(digit) + 1) % 100:02d}" + compact[4:]
        parts.append(f"IBAN {bad}")
    elif kind == "card":
        parts.append("card 4111 1111 1111 1111 exp 12/27")
    elif kind == "tx_hash":
        parts.append("tx 0x" + hashlib.sha256(g.token(10).encode()).hexdigest())
    elif kind == "short_number":
        parts.append(f"OTP {g.r.randint(100000, 999999)}")
    elif kind == "bad_phone":
        parts.append(f"ID {g.r.randint(10**5, 10**6)}")
    return {
        "id": f"neg-{index:05d}",
        "lang": lang,
        "country": country,
        "text": sep.join(parts),
        "labels": [],
        "tags": ["negative", kind],
    }


def dedupe(labels: list[dict]) -> list[dict]:
    seen, result = set(), []
    for item in labels:
        key = (item["kind"], item["value"])
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result


HARD_CASES_FILE = Path(__file__).with_name("evalset_hard_cases.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--positives", type=int, default=1100)
    parser.add_argument("--negatives", type=int, default=300)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    g = Gen(args.seed)
    langs = list(TEMPLATES)
    rows = [make_positive(g, langs[i % len(langs)], i) for i in range(args.positives)]
    rows += [make_negative(g, langs[i % len(langs)], i) for i in range(args.negatives)]
    hard = [
        json.loads(line) for line in HARD_CASES_FILE.read_text("utf-8").splitlines() if line.strip()
    ]
    rows += hard
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} snippets ({len(hard)} hand-written) to {args.out}")


if __name__ == "__main__":
    main()
