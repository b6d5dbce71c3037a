"""Mule bank accounts in the victims' countries, written the way each country writes them.

Canonical keys follow ``bank_account:<country>:<bank code>[:<branch>]:<number>`` with
national bank codes (Japanese zengin codes, Chinese CNAPS, Korean KFTC, Thai BOT codes,
US ABA routing numbers); IBANs use ``iban:<compact IBAN>`` with a valid mod-97 checksum.
"""

from __future__ import annotations

import random

from schwifty import IBAN

from tipoff.simulate.identity import Ident

# (local name, English name, code) per country. Codes are the public national bank codes
# (VN: NAPAS BIN); where a country has none in common use (PH), the 8-character SWIFT BIC.
BANKS: dict[str, list[tuple[str, str, str]]] = {
    "JP": [
        ("三菱UFJ銀行", "MUFG Bank", "0005"),
        ("みずほ銀行", "Mizuho Bank", "0001"),
        ("三井住友銀行", "SMBC", "0009"),
        ("りそな銀行", "Resona Bank", "0010"),
        ("楽天銀行", "Rakuten Bank", "0036"),
        ("PayPay銀行", "PayPay Bank", "0033"),
        ("住信SBIネット銀行", "SBI Sumishin Net Bank", "0038"),
        ("GMOあおぞらネット銀行", "GMO Aozora Net Bank", "0310"),
    ],
    "CN": [
        ("中国工商银行", "ICBC", "102"),
        ("中国农业银行", "ABC", "103"),
        ("中国银行", "Bank of China", "104"),
        ("中国建设银行", "CCB", "105"),
        ("交通银行", "BOCOM", "301"),
        ("招商银行", "China Merchants Bank", "308"),
    ],
    "KR": [
        ("국민은행", "KB Kookmin Bank", "004"),
        ("신한은행", "Shinhan Bank", "088"),
        ("우리은행", "Woori Bank", "020"),
        ("하나은행", "Hana Bank", "081"),
        ("농협은행", "NH Bank", "011"),
        ("카카오뱅크", "KakaoBank", "090"),
    ],
    "TH": [
        ("ธนาคารกสิกรไทย", "Kasikornbank", "004"),
        ("ธนาคารไทยพาณิชย์", "SCB", "014"),
        ("ธนาคารกรุงเทพ", "Bangkok Bank", "002"),
        ("ธนาคารกรุงไทย", "Krungthai Bank", "006"),
    ],
    "VN": [
        ("Vietcombank", "Vietcombank", "970436"),
        ("Techcombank", "Techcombank", "970407"),
        ("MB Bank", "MB Bank", "970422"),
        ("BIDV", "BIDV", "970418"),
        ("ACB", "ACB", "970416"),
    ],
    "US": [
        ("Chase", "JPMorgan Chase", "021000021"),
        ("Bank of America", "Bank of America", "026009593"),
        ("Wells Fargo", "Wells Fargo", "121000248"),
        ("Citibank", "Citibank", "021000089"),
    ],
    "SG": [("DBS", "DBS Bank", "7171"), ("OCBC", "OCBC Bank", "7339"), ("UOB", "UOB", "7375")],
    "AU": [
        ("Commonwealth Bank", "CBA", "06"),
        ("Westpac", "Westpac", "03"),
        ("NAB", "NAB", "08"),
        ("ANZ", "ANZ", "01"),
    ],
    "ID": [
        ("BCA", "Bank Central Asia", "014"),
        ("Mandiri", "Bank Mandiri", "008"),
        ("BRI", "Bank Rakyat Indonesia", "002"),
        ("BNI", "Bank Negara Indonesia", "009"),
    ],
    "PH": [
        ("BDO", "BDO Unibank", "BNORPHMM"),
        ("BPI", "BPI", "BOPIPHMM"),
        ("Metrobank", "Metrobank", "MBTCPHMM"),
    ],
}
# Account-number group lengths as printed by each bank (digits joined by dashes).
_GROUPS: dict[tuple[str, str], tuple[int, ...]] = {
    ("KR", "004"): (6, 2, 6),
    ("KR", "088"): (3, 3, 6),
    ("KR", "020"): (4, 3, 6),
    ("KR", "081"): (3, 6, 5),
    ("KR", "011"): (3, 4, 4, 2),
    ("KR", "090"): (4, 2, 7),
    ("TH", "*"): (3, 1, 5, 1),
    ("TH", "014"): (3, 6, 1),
    ("VN", "970436"): (13,),
    ("VN", "970407"): (14,),
    ("VN", "970422"): (12,),
    ("VN", "970418"): (14,),
    ("VN", "970416"): (9,),
    ("US", "*"): (10,),
    ("SG", "7171"): (3, 6, 1),
    ("SG", "7339"): (3, 6, 3),
    ("SG", "7375"): (3, 3, 3, 1),
    ("AU", "*"): (8,),
    ("ID", "014"): (10,),
    ("ID", "008"): (13,),
    ("ID", "002"): (4, 2, 6, 2, 1),
    ("ID", "009"): (10,),
    ("PH", "BNORPHMM"): (4, 4, 4),
    ("PH", "BOPIPHMM"): (10,),
    ("PH", "MBTCPHMM"): (3, 3, 7),
}
_CN_BINS = {
    "102": "622202",
    "103": "622848",
    "104": "621661",
    "105": "621700",
    "301": "622262",
    "308": "622588",
}
_JP_BRANCHES = [
    "本店営業部",
    "新宿支店",
    "渋谷支店",
    "池袋支店",
    "上野支店",
    "横浜支店",
    "梅田支店",
    "難波支店",
    "名古屋支店",
    "札幌支店",
    "福岡支店",
    "神戸支店",
    "第一営業支店",
    "さくら支店",
]
_JP_HOLDERS = [
    "ヤマダ タロウ",
    "スズキ ケンジ",
    "タナカ ユウキ",
    "サトウ ミサキ",
    "カ）サンライズトレーディング",
    "ド）グローバルリンク",
    "ナカムラ ダイキ",
    "コバヤシ アヤ",
    "グエン ヴァン ナム",
    "ワン リー",
]
_EU_BANKS = [
    ("DE", "37040044", 10),
    ("DE", "50010517", 10),
    ("GB", "NWBK601613", 8),
    ("NL", "ABNA", 10),
    ("LT", "73000", 11),
    ("FR", "3000600001", 11),
]


def _digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def luhn_complete(partial: str) -> str:
    """Append the Luhn check digit (Chinese UnionPay cards are Luhn-valid)."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return partial + str((10 - total % 10) % 10)


def _grouped(rng: random.Random, groups: tuple[int, ...]) -> tuple[str, str]:
    digits = _digits(rng, sum(groups))
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i : i + g])
        i += g
    return digits, "-".join(parts)


def japanese_account(rng: random.Random) -> Ident:
    local, english, code = rng.choice(BANKS["JP"])
    branch_name = rng.choice(_JP_BRANCHES)
    branch = f"{rng.randrange(100, 990):03d}"
    number = _digits(rng, 7, "0123456789")
    holder = rng.choice(_JP_HOLDERS)
    kind_ja = "普通" if rng.random() < 0.9 else "当座"
    kind_en = "futsu" if kind_ja == "普通" else "toza"
    forms_ja = (
        f"{local} {branch_name} {kind_ja} {number}",
        f"{local}　{branch_name}（{branch}）　{kind_ja}預金　{number}　名義 {holder}",
        f"{local}{branch_name} {kind_ja}口座 {number}",
        f"{local} 支店番号{branch} {kind_ja} {number} {holder}",
    )
    forms_en = (
        f"{english} {branch_name} branch ({branch}) {kind_en} {number}",
        f"{english}, branch {branch}, {kind_en} account {number}",
    )
    return Ident(
        "bank_account",
        f"JP:{code}:{branch}:{number}",
        "JP",
        {"ja": forms_ja, "*": forms_en},
        attrs={
            "bank": local,
            "bank_code": code,
            "branch": branch,
            "type": kind_ja,
            "number": number,
            "holder": holder,
        },
        alt=(f"bank_account:JP:{code}:{number}",),
    )


def national_account(rng: random.Random, country: str) -> Ident:
    """A mule account of ``country`` (not Japan), with a bank named next to the number."""
    if country == "JP":
        return japanese_account(rng)
    local, english, code = rng.choice(BANKS[country])
    if country == "CN":
        digits = luhn_complete(
            _CN_BINS[code] + _digits(rng, 12 if code != "308" else 9, "0123456789")
        )
        spaced = " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
        forms = {
            "zh": (f"{local} {digits}", f"{local}卡号：{spaced}", f"收款账户 {digits}（{local}）"),
            "*": (f"{english} card {digits}", f"{english} {spaced}"),
        }
    elif country == "US":
        digits = _digits(rng, rng.choice((9, 10, 12)))
        forms = {
            "*": (
                f"{local} routing {code} account {digits}",
                f"{local} acct #{digits}, ABA {code}",
                f"routing number {code}, account number {digits} ({local})",
            )
        }
    elif country == "AU":
        bsb = f"{code}{rng.randrange(0, 10)}-{rng.randrange(0, 1000):03d}"
        digits = _digits(rng, 8)
        forms = {
            "*": (f"{local} BSB {bsb} account {digits}", f"BSB: {bsb} Acc: {digits} ({english})")
        }
        return Ident(
            "bank_account",
            f"AU:{bsb.replace('-', '')}:{digits}",
            "AU",
            forms,
            attrs={"bank": english, "bsb": bsb, "number": digits},
        )
    else:
        digits, dashed = _grouped(rng, _GROUPS.get((country, code)) or _GROUPS[(country, "*")])
        forms = _local_forms(country, local, english, digits, dashed)
    return Ident(
        "bank_account",
        f"{country}:{code}:{digits}",
        country,
        forms,
        attrs={"bank": local, "bank_code": code, "number": digits},
    )


def _local_forms(
    country: str, local: str, english: str, digits: str, dashed: str
) -> dict[str, tuple[str, ...]]:
    if country == "KR":
        return {
            "ko": (f"{local} {dashed}", f"{local} 계좌 {digits}", f"입금계좌: {local} {dashed}"),
            "*": (f"{english} {dashed}",),
        }
    if country == "TH":
        return {
            "th": (f"{local} {dashed}", f"{local} เลขบัญชี {digits}", f"บัญชี {local} {dashed}"),
            "*": (f"{english} {dashed}", f"{english} a/c {digits}"),
        }
    if country == "VN":
        return {
            "vi": (
                f"{local} STK {digits}",
                f"STK: {digits} - {local}",
                f"ngân hàng {local} số tài khoản {digits}",
            ),
            "*": (f"{english} account {digits}",),
        }
    if country == "ID":
        return {
            "id": (
                f"rek {local} {digits}",
                f"{local} no rek {dashed}",
                f"rekening {local} {digits}",
            ),
            "*": (f"{english} account {digits}",),
        }
    if country == "PH":
        return {
            "*": (f"{local} account {dashed}", f"{local} acct no. {digits}", f"{english} {dashed}")
        }
    return {"*": (f"{local} {dashed}", f"{english} account {digits}", f"{local} acc {dashed}")}


def european_iban(rng: random.Random) -> Ident:
    """A European IBAN with a correct mod-97 checksum (built through schwifty)."""
    country, bank, length = rng.choice(_EU_BANKS)
    iban = IBAN.generate(country, bank_code=bank, account_code=_digits(rng, length, "0123456789"))
    compact, spaced = str(iban.compact), iban.formatted
    bic = str(iban.bic) if iban.bic else ""
    forms = (
        compact,
        spaced,
        f"IBAN {spaced}",
        f"IBAN: {compact} BIC: {bic}" if bic else f"IBAN: {compact}",
        spaced.lower(),
    )
    return Ident("iban", compact, country, {"*": forms}, attrs={"bic": bic})
